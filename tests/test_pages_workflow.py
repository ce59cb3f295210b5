"""AppTests for the analysts' workflow: the Add-article page and corrections on Incidents.

Every test points the app at a TEMP data dir (``INCIDENT_ATLAS_DATA_DIR``), never
at the repository's ``data/``.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_pages import _NavigationPagesManager, make_app, no_errors, texts  # noqa: E402

from geo.corrections import Correction, make_correction  # noqa: E402
from store.migrate import open_seeded  # noqa: E402
from ui.state import CONTEXT_KEY  # noqa: E402

ADD = "pages/add_article.py"
INCIDENTS = "pages/incidents.py"
KHARKIV = (
    "Russian missiles struck the centre of Kharkiv on 3 March 2024, killing two people "
    "and injuring ten, the regional governor said. Rescue workers searched the rubble of "
    "a five-storey building through the night.\n"
)


@pytest.fixture
def built_dir(tmp_path, monkeypatch):
    """The fixture articles without a geojson: the app builds incidents itself."""
    data = make_data_dir(tmp_path)
    (data / "incidents.geojson").unlink()
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    # AppTest cannot fire the job's polling fragment: the run waits for the job (ui.jobs).
    monkeypatch.setenv("INCIDENT_ATLAS_JOB_WAIT", "50")
    return data


def listing(data: Path) -> list[str]:
    """The stored articles (the store of the data dir, as the app opens it)."""
    store, _report = open_seeded(data)
    try:
        return sorted(store.articles()["file"])
    finally:
        store.close()


def stored_log(data: Path) -> list[Correction]:
    """The corrections log (the store of the data dir, as the app opens it)."""
    store, _report = open_seeded(data)
    try:
        return store.corrections()
    finally:
        store.close()


def files(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "articles").iterdir())


def body(at: AppTest) -> str:
    return "\n".join(texts(at) + [c.value for c in at.caption]).replace("\\", "")


def paste(at: AppTest, text: str, **meta: str) -> AppTest:
    at.text_area(key="add_text").set_value(text)
    for k, v in meta.items():
        at.text_input(key=f"add_{k}").set_value(v)
    return at.run()


# ---- Add article -------------------------------------------------------------------------


def test_paste_preview_then_save(built_dir):
    at = make_app(page=ADD)
    no_errors(at)
    before, before_files = listing(built_dir), files(built_dir)
    paste(at, KHARKIV, title="Missiles hit Kharkiv", outlet="Example")
    no_errors(at)
    page = body(at)
    assert "Preview: 1 incident(s) will be added" in [s.value for s in at.subheader]
    assert "**Kharkiv**" in page and "2024-03-03" in page
    assert "struck the centre of Kharkiv" in page
    assert listing(built_dir) == before  # previewing writes nothing
    at.button(key="add_save").click().run()
    no_errors(at)
    assert any("Saved as 000_missiles-hit-kharkiv.txt" in s.value for s in at.success)
    new = Path("000_missiles-hit-kharkiv.txt")
    store, _report = open_seeded(built_dir)
    assert store.article_text(new.name) == KHARKIV
    rows = {r["file"]: r for r in store.articles().to_dict("records")}
    store.close()
    assert rows[new.name]["title"] == "Missiles hit Kharkiv"
    assert rows[new.name]["outlet"] == "Example"
    assert listing(built_dir) == sorted([*before, new.name])
    assert files(built_dir) == before_files  # the data dir's files are never modified
    assert at.text_area(key="add_text").value == ""
    # The app's incidents include the new article's on the next view.
    at.switch_page(INCIDENTS).run()
    no_errors(at)
    catalog = at.session_state[CONTEXT_KEY].catalog
    assert any(new.name in a for a in catalog.incidents["articles"])
    # A fresh session (full date range) lists it in the table.
    at = make_app(page=INCIDENTS)
    table = at.dataframe[0].value
    assert any(new.name in a for a in table["articles"])


def test_a_title_typed_after_the_preview_does_not_run_it_again(built_dir):
    at = make_app(page=ADD)
    paste(at, KHARKIV)
    job = at.session_state["add_job"].job  # the preview's worker job (ui.jobs)
    paste(at, KHARKIV, title="Missiles hit Kharkiv", url="https://example.org/k")
    no_errors(at)
    assert at.session_state["add_job"].job == job
    assert "Preview: 1 incident(s) will be added" in [s.value for s in at.subheader]
    paste(at, KHARKIV, url="not a url")  # checked on the page, the preview kept
    assert any("http:// or https://" in e.value for e in at.error)
    paste(at, KHARKIV.replace("Kharkiv", "Kherson"))  # a new text: a new job
    assert at.session_state["add_job"].job != job


def test_duplicate_warns_and_needs_confirmation(built_dir):
    existing = (built_dir / "articles" / "a2_belgorod.txt").read_text(encoding="utf-8")
    at = make_app(page=ADD)
    paste(at, existing + "\nOfficials gave no further details.\n")
    no_errors(at)
    assert any("already in the atlas" in w.value and "a2_belgorod.txt" in w.value
               for w in at.warning)
    assert at.button(key="add_save").disabled
    before = listing(built_dir)
    assert listing(built_dir) == before
    at.checkbox(key="add_confirm").check().run()
    assert not at.button(key="add_save").disabled
    at.button(key="add_save").click().run()
    no_errors(at)
    assert len(listing(built_dir)) == len(before) + 1


@pytest.mark.parametrize(
    ("text", "meta", "message"),
    [
        ("hello world", {}, "fewer than 5 words"),
        ("\x00\x01\x02 binary \x03\x04" * 40, {}, "binary"),
        ("word " * 450_000, {}, "MB"),
        (KHARKIV, {"url": "ftp://example.org/x"}, "http:// or https://"),
        (KHARKIV, {"title": "t" * 400}, "at most 300"),
    ],
)
def test_bad_input_shows_message_and_writes_nothing(built_dir, text, meta, message):
    before = {p.name: p.stat().st_mtime_ns for p in (built_dir / "articles").iterdir()}
    at = make_app(page=ADD)
    paste(at, text, **meta)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any(message in e for e in errors), errors
    assert not [b for b in at.button if b.key == "add_save"]  # no save offered
    after = {p.name: p.stat().st_mtime_ns for p in (built_dir / "articles").iterdir()}
    assert after == before


# ---- Corrections on the Incidents page ---------------------------------------------------


def incident_row(at: AppTest, prefix: str):
    table = at.dataframe[0].value
    hit = table[table["id"].astype(str).str.startswith(prefix)]
    assert len(hit) == 1, list(table["id"])
    return hit.iloc[0]


def test_correction_applies_and_survives_rebuild(built_dir):
    at = make_app(page=INCIDENTS)
    no_errors(at)
    kharkiv = str(incident_row(at, "kharkiv-")["id"])
    at.selectbox(key="corr_incident").set_value(kharkiv).run()
    at.selectbox(key="corr_action").set_value("Actor / attribution").run()
    at.text_input(key=f"corr_actor__{kharkiv}").set_value("Ukraine")
    at.selectbox(key=f"corr_attribution__{kharkiv}").set_value("claimed")
    at.button(key="corr_save").click().run()
    # No reason: refused, nothing written.
    assert any("reason" in e.value for e in at.error)
    assert stored_log(built_dir) == []
    at.text_input(key="corr_reason").set_value("The SBU claimed it on Telegram")
    at.button(key="corr_save").click().run()
    no_errors(at)
    row = incident_row(at, "kharkiv-")
    assert (row["actor"], row["attribution"], row["review"]) == ("Ukraine", "claimed", "reviewed")
    log = stored_log(built_dir)
    assert not (built_dir / "corrections.csv").exists()  # the log is the store's, no file
    assert [(c.incident_id, c.field, c.old_value, c.new_value) for c in log] == [
        (kharkiv, "actor", "Russia", "Ukraine"), (kharkiv, "attribution", "stated", "claimed")]
    assert all(c.reason == "The SBU claimed it on Telegram" and c.who == "analyst" for c in log)

    # A rebuild (a new article arrives in the store) keeps the correction applied.
    store, _report = open_seeded(built_dir)
    store.add_article(KHARKIV.replace("Kharkiv", "Sumy"), file="a4_new.txt")
    store.close()
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert len(incident_row(at, "sumy-")) and incident_row(at, "kharkiv-")["actor"] == "Ukraine"


def _figures(at: AppTest, iid: str, who: str, killed: str) -> None:
    """One analyst fills in the figures form for ``iid`` (not saved yet)."""
    at.selectbox(key="corr_incident").set_value(iid).run()
    at.selectbox(key="corr_action").set_value("Figures (killed, injured)").run()
    at.text_input(key=f"corr_killed__{iid}").set_value(killed)
    at.text_input(key="corr_reason").set_value(f"{who} read a later report")
    at.text_input(key="corr_who").set_value(who)


def test_two_analysts_at_once_both_kept_the_later_wins_and_both_are_told(built_dir):
    ana, bo = make_app(page=INCIDENTS), make_app(page=INCIDENTS)
    kharkiv = str(incident_row(ana, "kharkiv-")["id"])
    _figures(ana, kharkiv, "ana", "3")
    _figures(bo, kharkiv, "bo", "4")  # both forms open on the same table
    ana.button(key="corr_save").click().run()
    no_errors(ana)
    assert not ana.warning and not ana.info  # nobody else had saved: nothing to tell
    bo.button(key="corr_save").click().run()  # bo saves later, not having seen ana's entry
    no_errors(bo)
    assert incident_row(bo, "kharkiv-")["killed"] == 4  # the later entry wins
    told_bo = [i.value for i in bo.info]
    assert len(told_bo) == 1 and "ana's entry (3" in told_bo[0] and "Yours (4)" in told_bo[0]
    assert not bo.warning

    ana.run()  # ana's next run: her entry was superseded, and she is told so, once
    no_errors(ana)
    assert incident_row(ana, "kharkiv-")["killed"] == 4
    told_ana = [w.value for w in ana.warning]
    assert len(told_ana) == 1 and "superseded" in told_ana[0] and "bo's entry (4" in told_ana[0]
    ana.run()
    assert not [w for w in ana.warning if "superseded" in w.value]

    log = stored_log(built_dir)  # both entries kept, in the order they were saved
    assert [(c.who, c.field, c.old_value, c.new_value) for c in log] == [
        ("ana", "killed", "", "3"), ("bo", "killed", "", "4")]  # both saw it unknown


def test_mark_not_incident_and_orphan_reported(built_dir):
    store, _report = open_seeded(built_dir)
    store.append_corrections([make_correction(
        "vanished-2023-01-01-abcdef", "set", field="actor", new_value="Russia",
        reason="before the rebuild")])
    store.close()
    at = make_app(page=INCIDENTS)
    no_errors(at)
    assert any("no longer exist" in w.value for w in at.warning)
    orphan_tables = [d.value for d in at.dataframe[1:]]
    assert any("vanished-2023-01-01-abcdef" in set(t.get("incident_id", [])) for t in orphan_tables)
    odesa = str(incident_row(at, "odesa-")["id"])
    n = len(at.dataframe[0].value)
    at.selectbox(key="corr_incident").set_value(odesa).run()
    at.selectbox(key="corr_action").set_value("Not an incident").run()
    at.text_input(key="corr_reason").set_value("A forecast, not an attack")
    at.button(key="corr_save").click().run()
    no_errors(at)
    assert len(at.dataframe[0].value) == n - 1
    assert odesa not in set(at.dataframe[0].value["id"])
    # The orphan is still in the log, not lost.
    assert [c.incident_id for c in stored_log(built_dir)][0] == (
        "vanished-2023-01-01-abcdef")


def test_place_correction_from_candidates_and_review_queue(built_dir):
    at = make_app(page=INCIDENTS)
    kyiv = str(incident_row(at, "kyiv-")["id"])
    at.selectbox(key="corr_incident").set_value(kyiv).run()
    at.selectbox(key="corr_action").set_value("Place").run()
    no_errors(at)
    pick = at.selectbox(key=f"corr_place__{kyiv}")
    region = next(o for o in pick.options if o.startswith("Kyiv Oblast"))
    pick.set_value(region)
    at.text_input(key="corr_reason").set_value("The strike hit the oblast, not the city")
    at.button(key="corr_save").click().run()
    no_errors(at)
    row = incident_row(at, "kyiv-")
    assert row["place"] == "Kyiv Oblast" and row["precision"] == "region"


def test_a_full_server_refuses_the_preview_with_a_message_and_keeps_the_text(
    built_dir, monkeypatch
):
    """Another visitor's preview holds the one worker and there is no queue: the page says
    the server is busy, keeps the pasted text, and previews it once the worker is free."""
    import jobs_helpers as h

    from ui import jobs

    runner = jobs.runner()  # the app's runner: cache_resource is shared with the AppTest
    monkeypatch.setattr(runner, "limits", replace(runner.limits, workers=1, queue=0))
    other = runner.submit(h.sleep_for, 60)
    try:
        deadline = time.monotonic() + 30
        while runner.poll(other).state != "running":  # its worker has started
            assert time.monotonic() < deadline, runner.poll(other)
            runner.wait(other, 0.05)
        at = make_app(page=ADD)
        assert any("1 at a time on this server and none waiting" in c.value for c in at.caption)
        paste(at, KHARKIV)
        no_errors(at)
        assert [w.value for w in at.warning] == [
            "The server is busy: 1 job running; try again in a moment. What you entered is kept."
        ]
        assert at.text_area(key="add_text").value == KHARKIV
        assert not at.subheader
        runner.cancel(other)
        at.button(key="add_job_again").click().run()
        no_errors(at)
        assert "Preview: 1 incident(s) will be added" in [s.value for s in at.subheader]
    finally:
        runner.forget(other)
