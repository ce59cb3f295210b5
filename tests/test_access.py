"""Viewers and editors (issue 14): the policy, the identity a trusted proxy vouches for, and
every write page under each mode (AppTest, against a temporary data dir)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_pages import _NavigationPagesManager, make_app, no_errors  # noqa: E402

from geo.access import (  # noqa: E402
    AccessPolicy,
    author,
    identity_from,
    load_policy,
    may_write,
    parse_mode,
    parse_proxies,
)
from store.migrate import open_seeded  # noqa: E402

INCIDENTS = "pages/incidents.py"
ADD = "pages/add_article.py"


@pytest.mark.parametrize(
    ("value", "mode"),
    [(None, "open"), ("", "open"), ("open", "open"), ("READ-ONLY", "read-only"),
     ("read_only", "read-only"), ("readonly", "read-only"), (" editors ", "editors")],
)  # fmt: skip
def test_modes_as_written(value: str | None, mode: str) -> None:
    assert parse_mode(value) == mode


@pytest.mark.parametrize("value", ["opne", "admin", "viewer", "read only please"])
def test_a_mistyped_mode_is_refused_not_opened(value: str) -> None:
    with pytest.raises(ValueError, match="open, read-only or editors"):
        parse_mode(value)


def test_editors_mode_needs_editors_and_proxies_need_addresses() -> None:
    with pytest.raises(ValueError, match="INCIDENT_ATLAS_EDITORS"):
        load_policy({"INCIDENT_ATLAS_MODE": "editors"})
    with pytest.raises(ValueError, match="'proxy.local' is not an IP address"):
        parse_proxies("10.0.0.2, proxy.local")
    policy = load_policy({"INCIDENT_ATLAS_MODE": "editors", "INCIDENT_ATLAS_EDITORS": "olena, ivan",
                          "INCIDENT_ATLAS_TRUSTED_PROXIES": "10.0.0.2"})  # fmt: skip
    assert policy.editors == {"olena", "ivan"} and policy.proxies == {"10.0.0.2"}


EDITORS = AccessPolicy(
    mode="editors", editors=frozenset({"olena"}), proxies=frozenset({"10.0.0.2"})
)


@pytest.mark.parametrize(
    ("headers", "peer", "who"),
    [
        ({"X-Forwarded-User": "olena"}, "10.0.0.2", "olena"),  # the proxy vouches
        ({"x-forwarded-user": "olena"}, "10.0.0.2", "olena"),  # header names have no case
        ({"X-Forwarded-User": "olena"}, "203.0.113.9", None),  # sent by a visitor: spoofed
        ({"X-Forwarded-User": "olena"}, None, None),  # local peer, but no local proxy trusted
        ({}, "10.0.0.2", None),
        ({"X-Forwarded-User": "<b>boss</b>"}, "10.0.0.2", None),  # no name, markup
        ({"X-Forwarded-User": "olena"}, "not an address", None),
    ],
)
def test_only_a_trusted_proxy_names_the_user(
    headers: dict, peer: str | None, who: str | None
) -> None:
    assert identity_from(EDITORS, headers, peer) == who


@pytest.mark.parametrize(
    ("mode", "identity", "ok"),
    [("open", None, True), ("read-only", None, False), ("read-only", "olena", False),
     ("editors", None, False), ("editors", "ivan", False), ("editors", "olena", True)],
)  # fmt: skip
def test_who_may_write(mode: str, identity: str | None, ok: bool) -> None:
    policy = AccessPolicy(mode=mode, editors=frozenset({"olena"}))  # type: ignore[arg-type]
    assert may_write(policy, identity) is ok


def test_a_write_records_the_identity_not_a_typed_name() -> None:
    assert author(EDITORS, "olena", "@SUM(1)<b>boss</b>") == "olena"
    assert author(AccessPolicy(), None, "  Ivan  ") == "Ivan"
    with pytest.raises(PermissionError):
        author(EDITORS, None, "olena")


# ---- the pages under each mode --------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def as_visitor(monkeypatch, headers: dict[str, str], peer: str | None) -> None:
    """AppTest has no HTTP request: the request's headers and peer come from this seam."""
    import ui.access

    monkeypatch.setattr(ui.access, "request_headers", lambda: headers)
    monkeypatch.setattr(ui.access, "request_peer", lambda: peer)


def test_read_only_hides_every_write_control(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "corr_save"]
    assert any("read-only" in i.value for i in at.info)
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # not registered
        at.switch_page(ADD).run()


def test_editors_mode_anonymous_visitor_cannot_write(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena")
    monkeypatch.setenv("INCIDENT_ATLAS_TRUSTED_PROXIES", "10.0.0.2")
    as_visitor(monkeypatch, {"X-Forwarded-User": "olena"}, "203.0.113.9")  # spoofed header
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "corr_save"]
    assert any("editors" in i.value for i in at.info)


def test_an_editor_writes_under_her_own_name(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "editors")
    monkeypatch.setenv("INCIDENT_ATLAS_EDITORS", "olena")
    monkeypatch.setenv("INCIDENT_ATLAS_TRUSTED_PROXIES", "10.0.0.2")
    as_visitor(monkeypatch, {"X-Forwarded-User": "olena"}, "10.0.0.2")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [t for t in at.text_input if t.key == "corr_who"]  # no typed name to fake
    at.selectbox(key="corr_action").set_value("Not an incident").run()
    at.text_input(key="corr_reason").set_value("A forecast, not an attack")
    at.button(key="corr_save").click().run()
    no_errors(at)
    log = stored_log(data_dir)
    assert log and all(c.who == "olena" for c in log)


def test_open_mode_keeps_todays_behaviour(data_dir, monkeypatch):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    at = make_app(page=ADD)
    no_errors(at)
    assert [b for b in at.button if b.key == "add_save"] or at.text_area(key="add_text")


# ---- restore and audit ----------------------------------------------------------------------


def _dismiss(data_dir, who: str = "ivan") -> str:
    from geo.catalog import load_catalog
    from geo.corrections import make_correction

    store, _report = open_seeded(data_dir)  # the app's store: the log is read from it
    try:
        iid = str(load_catalog(store).incidents["id"].iloc[0])
        store.append_corrections(
            [make_correction(iid, "not_incident", reason="A forecast", who=who)]
        )
    finally:
        store.close()
    return iid


def stored_log(data_dir):
    store, _report = open_seeded(data_dir)
    try:
        return store.corrections()
    finally:
        store.close()


def test_restore_undoes_a_dismissal_through_the_log(data_dir, monkeypatch):
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    iid = _dismiss(data_dir)
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert iid not in list(at.dataframe[0].value["id"].astype(str))
    at.selectbox(key="restore_incident").set_value(iid)
    at.text_input(key="restore_reason").set_value("It did happen: the governor confirmed it")
    at.button(key="restore_save").click().run()
    no_errors(at)
    assert iid in list(at.dataframe[0].value["id"].astype(str))
    log = stored_log(data_dir)
    assert [(c.incident_id, c.action) for c in log] == [(iid, "not_incident"), (iid, "restore")]


def test_the_audit_log_shows_who_did_what_filtered_by_person(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    _dismiss(data_dir, who="ivan")
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert not [b for b in at.button if b.key == "restore_save"]  # read-only: no restore
    audit = next(d for d in at.dataframe if "reason" in d.value.columns)
    assert list(audit.value["who"]) == ["ivan"] and list(audit.value["action"]) == ["not_incident"]
    at.selectbox(key="audit_who").set_value("ivan").run()
    assert at.selectbox(key="audit_who").options == ["Everyone", "ivan"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\u202egpj.exe", "gpj.exe"),
        ("Ivan\u2066 \u2069Petrenko", "Ivan Petrenko"),
        ("Olena", "Olena"),
    ],
)
def test_bidi_controls_never_reach_the_log_or_the_articles(typed: str, stored: str) -> None:
    from geo.corrections import make_correction
    from geo.intake import parse_submission

    c = make_correction("i1", "set", field="actor", new_value=typed, reason=typed, who=typed)
    assert (c.who, c.reason, c.new_value) == (stored, stored, stored)
    sub = parse_submission(text="A missile hit Kharkiv on Monday.", title=typed, outlet=typed)
    assert (sub.title, sub.outlet) == (stored, stored)
