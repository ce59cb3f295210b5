"""AppTests for "Since the last brief" (pages/briefs.py): save the view as a brief, then an
article arrives and a correction is appended, and the page lists the new article's
incident as new and the corrected one as changed with its reason (issue 15's "Done when",
in AppTest; the real-browser half is not written yet)."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_pages import SCRIPT, _NavigationPagesManager, make_app, no_errors  # noqa: E402

from geo.corrections import make_correction  # noqa: E402
from render.diffpage import PACK_ENTRY  # noqa: E402
from store.migrate import open_seeded  # noqa: E402
from ui.state import CONTEXT_KEY  # noqa: E402

BRIEFS = "pages/briefs.py"
SUMY = (
    "Russian missiles struck the centre of Sumy on 3 March 2024, killing two people "
    "and injuring ten, the regional governor said.\n"
)


@pytest.fixture
def built_dir(tmp_path, monkeypatch):
    """The fixture articles without a geojson: the app builds incidents itself."""
    data = make_data_dir(tmp_path)
    (data / "incidents.geojson").unlink()
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def page_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\\", "")


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def section(at: AppTest, status: str) -> str:
    """The Markdown list under the heading ``**New (n)**`` (and so on)."""
    values = [m.value for m in at.markdown]
    start = next(i for i, v in enumerate(values) if v.startswith(f"**{status} ("))
    rest = values[start + 1 :]
    return (rest[0] if rest else "").replace("\\", "")


def save(at: AppTest, name: str, who: str = "ana") -> AppTest:
    at.text_input(key="brief_name").set_value(name)
    at.text_input(key="brief_who").set_value(who)
    return at.button(key="brief_save").click().run()


def test_a_saved_brief_shows_the_new_article_and_the_correction_since(built_dir):
    at = make_app(page=BRIEFS)
    no_errors(at)
    assert any("No brief saved yet" in i.value for i in at.info)
    save(at, "Morning brief")
    no_errors(at)
    assert any("Saved the brief “Morning brief”" in s.value for s in at.success)
    n = len(at.session_state[CONTEXT_KEY].shown)
    assert n >= 4 and metrics(at) == {"New": "0", "Changed": "0", "Retracted": "0",
                                      "Unchanged": str(n)}  # fmt: skip
    store, _ = open_seeded(built_dir)
    try:
        (info,) = store.briefs()
        assert (info.name, info.created_by, info.revision) == ("Morning brief", "ana", 1)
        kharkiv = next(f[0] for f in store.brief("Morning brief").snapshot["rows"]
                       if f[0].startswith("kharkiv-"))  # fmt: skip
        # Since the brief: an article arrives, and an analyst corrects an incident.
        store.add_article(SUMY, file="a4_sumy.txt")
        store.append_corrections([make_correction(
            kharkiv, "set", field="injured", old_value="3", new_value="4",
            reason="A fourth victim in hospital", who="bo")])  # fmt: skip
    finally:
        store.close()

    at.run()  # the next run (the live poll reruns a real page within 5 s)
    no_errors(at)
    assert metrics(at)["New"] == "1" and metrics(at)["Changed"] == "1"
    assert metrics(at)["Retracted"] == "0"
    new = section(at, "New")
    assert "Sumy · 2024-03-03" in new and "a4_sumy.txt" in new
    changed = section(at, "Changed")
    assert "Kharkiv" in changed and "injured: 3 → 4 — A fourth victim in hospital (bo," in changed

    # The brief pack's first page is this diff.
    atlas = at.session_state[CONTEXT_KEY]
    from ui import briefing

    pack = zipfile.ZipFile(io.BytesIO(briefing.brief_pack(atlas, atlas.shown)))
    assert pack.namelist()[0] == PACK_ENTRY
    first = pack.read(PACK_ENTRY).decode()
    assert "Morning brief" in first and "A fourth victim in hospital" in first
    # With the audit log of its incidents, and the whole log since the brief.
    for name in ("audit_log.csv", "audit_since_last_brief.csv"):
        rows = list(csv.DictReader(io.StringIO(pack.read(name).decode("utf-8"))))
        assert [(r["incident_id"], r["who"], r["why"]) for r in rows] == [
            (kharkiv, "bo", "A fourth victim in hospital")
        ]
    assert "Morning brief" in pack.read("audit_since_last_brief.html").decode()


def test_a_dismissed_incident_is_retracted_and_a_name_saved_again_is_the_latest(built_dir):
    at = make_app(page=BRIEFS)
    save(at, "weekly")
    store, _ = open_seeded(built_dir)
    try:
        odesa = next(f[0] for f in store.brief("weekly").snapshot["rows"] if "odesa" in f[0])
        store.append_corrections([make_correction(odesa, "not_incident",
                                                  reason="A forecast, not an attack")])  # fmt: skip
    finally:
        store.close()
    at.run()
    assert metrics(at)["Retracted"] == "1"
    assert "dismissed: not an incident — A forecast, not an attack" in section(at, "Retracted")
    save(at, "weekly", who="cy")  # the same name again: the new one is the brief
    no_errors(at)
    assert "revision 2" in [s.value for s in at.success][0]
    assert metrics(at)["Retracted"] == "0"
    assert at.selectbox(key="brief_pick").options == ["weekly — " + at.selectbox(
        key="brief_pick").options[0].split(" — ", 1)[1]]  # fmt: skip


def test_names_and_reasons_are_escaped_and_a_bad_name_is_refused(built_dir):
    at = make_app(page=BRIEFS)
    save(at, "   ")
    assert any("needs its name" in e.value for e in at.error)
    save(at, f"brief {SCRIPT}", who=f"ana {SCRIPT}")
    no_errors(at)
    shown = [c.value for c in at.caption] + [s.value for s in at.success]
    assert not any(SCRIPT in v for v in shown)  # escaped: <script> → \<script\>
    assert any("\\<script\\>" in v for v in shown)


def test_read_only_visitors_compare_but_do_not_save(built_dir, monkeypatch):
    at = make_app(page=BRIEFS)
    save(at, "before")
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    at = make_app(page=BRIEFS)
    no_errors(at)
    assert not [t for t in at.text_input if t.key == "brief_name"]
    assert any("read-only" in i.value for i in at.info)
    assert metrics(at)["Unchanged"] == str(len(at.session_state[CONTEXT_KEY].shown))
