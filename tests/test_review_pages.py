"""The two-person rule and undoing a merge on the Incidents page (AppTest, issue 14): one
editor proposes, another accepts or rejects; the author cannot accept their own; the audit
log shows every step; a merge is undone through the log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_access import INCIDENTS, as_visitor, stored_log  # noqa: E402
from test_pages import _NavigationPagesManager, make_app, no_errors  # noqa: E402

from geo.corrections import entry_ref, make_correction  # noqa: E402
from store.migrate import open_seeded  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def as_editor(monkeypatch, who: str) -> None:
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena,ivan")
    monkeypatch.setenv("INCIDENT_ATLAS_TWO_PERSON", "1")
    as_visitor(monkeypatch, {"X-Forwarded-User": who}, None)  # the local proxy vouches


def ids(at) -> list[str]:
    return list(at.dataframe[0].value["id"].astype(str))


def audit(at) -> list[tuple[str, str]]:
    table = next(d for d in at.dataframe if "reason" in d.value.columns).value
    return list(zip(table["who"], table["action"], strict=True))


def propose_dismissal(monkeypatch) -> tuple[object, str]:
    as_editor(monkeypatch, "olena")
    at = make_app(page=INCIDENTS)
    iid = at.selectbox(key="corr_incident").value
    at.selectbox(key="corr_action").set_value("Not an incident").run()
    at.text_input(key="corr_reason").set_value("A forecast, not an attack")
    at.button(key="corr_save").click().run()
    no_errors(at)
    return at, iid


def test_a_proposal_waits_and_its_author_cannot_accept_it(data_dir, monkeypatch):
    at, iid = propose_dismissal(monkeypatch)
    assert any("another editor accepts" in s.value for s in at.success)
    assert iid in ids(at)  # not applied yet
    (entry,) = stored_log(data_dir)
    assert (entry.who, entry.action, entry.field) == ("olena", "proposed", "not_incident")
    ref = entry_ref(entry)
    assert at.button(key=f"review_accept_{ref}").disabled
    assert at.button(key=f"review_reject_{ref}").label == "Withdraw"
    # A replayed click would meet geo.review.decide's refusal (tests/test_review.py).


def test_a_second_editor_accepts_and_it_applies(data_dir, monkeypatch):
    _at, iid = propose_dismissal(monkeypatch)
    ref = entry_ref(stored_log(data_dir)[0])
    as_editor(monkeypatch, "ivan")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not at.button(key=f"review_accept_{ref}").disabled
    at.button(key=f"review_accept_{ref}").click().run()
    no_errors(at)
    assert iid not in ids(at)
    log = stored_log(data_dir)
    assert [(c.who, c.action) for c in log] == [("olena", "proposed"), ("ivan", "accepted")]
    assert log[1].old_value == ref
    assert audit(at) == [("ivan", "accepted"), ("olena", "proposed")]
    assert not [b for b in at.button if b.key == f"review_accept_{ref}"]  # decided: gone


def test_a_rejection_needs_a_note_and_closes_the_proposal(data_dir, monkeypatch):
    _at, iid = propose_dismissal(monkeypatch)
    ref = entry_ref(stored_log(data_dir)[0])
    as_editor(monkeypatch, "ivan")
    at = make_app(page=INCIDENTS)
    at.button(key=f"review_reject_{ref}").click().run()
    assert any("reason is required" in e.value for e in at.error)
    at.text_input(key=f"review_note_{ref}").set_value("The article reports a strike")
    at.button(key=f"review_reject_{ref}").click().run()
    no_errors(at)
    assert iid in ids(at)
    assert audit(at) == [("ivan", "rejected"), ("olena", "proposed")]


def test_a_merge_is_undone_through_the_log(data_dir, monkeypatch):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    monkeypatch.delenv("INCIDENT_ATLAS_TWO_PERSON", raising=False)
    store, _report = open_seeded(data_dir)
    try:
        from geo.catalog import load_catalog

        a, b = (str(i) for i in load_catalog(store).incidents["id"].iloc[:2])
        store.append_corrections(
            [make_correction(a, "merge", new_value=b, reason="Same strike", who="ivan")]
        )
    finally:
        store.close()
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert b not in ids(at)
    at.text_input(key="undo_reason").set_value("Two strikes on the same day")
    at.button(key="undo_save").click().run()
    no_errors(at)
    assert a in ids(at) and b in ids(at)
    assert [c.action for c in stored_log(data_dir)] == ["merge", "restore"]
    assert not [s for s in at.selectbox if s.key == "undo_merge"]  # nothing left to undo
