"""Nothing executes: hostile text in every input reaches every output as inert text.

The hostile data dir (see :mod:`tests.hostile.payloads`) goes through the real
pipeline, the map, the Sources highlight, every app page (AppTest) and the exports;
outputs are *parsed* (``html.parser``) and checked for live tags, event-handler
attributes and script URLs, and CSV cells for spreadsheet formulas.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from test_pages import _NavigationPagesManager  # noqa: E402

from geo.catalog import (  # noqa: E402
    Catalog,
    article_marks,
    load_catalog,
)
from geo.catalog import article_text as stored_text  # noqa: E402
from geo.table import from_geojson, to_csv  # noqa: E402
from hostile.payloads import (  # noqa: E402
    BROWSER_PAYLOADS,
    PAYLOADS,
    article_text,
    formula_cells,
    html_text,
    html_violations,
    make_hostile_data_dir,
    markdown_violations,
)
from render.markup import highlight_html  # noqa: E402
from store import AtlasStore  # noqa: E402
from store.migrate import migrate_data_dir, open_seeded  # noqa: E402

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_hostile_data_dir(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def records(hostile_dir: Path) -> list[dict[str, Any]]:
    doc = json.loads((hostile_dir / "incidents.geojson").read_text(encoding="utf-8"))
    return from_geojson(doc)


def test_corpus_is_big_enough() -> None:
    assert len(PAYLOADS) >= 30
    assert any(len(p) >= 100_000 for p in PAYLOADS.values())


def test_hostile_articles_still_yield_incidents(records: list[dict[str, Any]]) -> None:
    built = [r for r in records if not str(r["id"]).startswith("x")]
    cited = {a for r in built for a in r["articles"]}
    # Nearly every payload article still gives its incident (same towns/dates merge).
    assert len(cited) >= len(PAYLOADS) - 3, sorted(cited)
    for r in built:
        for s in r["sources"]:
            assert "<" not in s["excerpt"], s["excerpt"]  # the payload paragraph is no event


@pytest.mark.parametrize("unit", ["A", "A-", "A. ", "Mr. ", "word ", "<b>"])
def test_long_lines_do_not_stall_the_extractor(unit: str) -> None:
    from geo.articles import make_article
    from geo.extract import extract_mentions
    from geo.places import default_resolver

    a = make_article("long.txt", article_text(0, (unit * 100_000)[:100_000]))
    t0 = time.perf_counter()
    extract_mentions(a, a.published, default_resolver())
    assert time.perf_counter() - t0 < 10  # was minutes (quadratic regexes) before the fix


# ---------------------------------------------------------------------------- map

_BIND = re.compile(r"\.bind(Popup|Tooltip)\((\"(?:[^\"\\]|\\.)*\")")


def test_map_html_is_inert(records: list[dict[str, Any]]) -> None:
    from render.mapview import build_map

    ids = [r["id"] for r in records if r["lat"] is not None]
    for selected in (None, ids[-1]):
        page = build_map(records, selected_id=selected, tiles="none").get_root().render()
        assert html_violations(page, allow_scripts=True) == []
        bound = _BIND.findall(page)
        assert len(bound) >= 2 * len(ids)
        seen = ""
        for kind, literal in bound:
            inner = json.loads(literal)
            assert html_violations(inner) == [], (kind, inner[:300])
            for a in re.findall(r'href="([^"]*)"', inner):
                assert a.startswith("./sources?") or a == "#", a
            seen += html_text(inner)
        # The payloads read as text in the popups.
        for p in ("<script>alert(1)</script>", '" onmouseover="alert(1)', "[x](javascript:alert(1))"):
            assert p in seen


def test_popup_and_tooltip_text_reads_as_text(records: list[dict[str, Any]]) -> None:
    from render.mapview import popup_html, tooltip_html

    for r in records:
        for markup in (popup_html(r), tooltip_html(r)):
            assert html_violations(markup) == []
        assert str(r["place"]) in html_text(tooltip_html(r))


def test_timeline_is_inert_and_reads_as_text() -> None:
    import pandas as pd

    from render.timeline import timeline_html

    counts = pd.DataFrame({
        "period": pd.to_datetime(["2024-01-01"] * len(PAYLOADS)),
        "actor": [str(p) for p in PAYLOADS],
        "incidents": [1] * len(PAYLOADS),
    })
    out = timeline_html(counts, "week")
    assert html_violations(out, allowed_tags=frozenset({"div", "span"})) == []
    text = html_text(out)
    for p in PAYLOADS:  # legend entries (cut at 60 characters) read as the text they are
        assert str(p)[:60].strip() in text


# ---------------------------------------------------------------------------- sources

def catalog_of(data_dir: Path) -> tuple[AtlasStore, Catalog]:
    store, _report = open_seeded(data_dir)  # as the app opens it
    try:
        return store, load_catalog(store)
    except BaseException:
        store.close()
        raise


def test_sources_highlight_is_inert_and_reads_as_text(hostile_dir: Path) -> None:
    store, cat = catalog_of(hostile_dir)
    files = cat.articles["file"].astype(str).tolist()
    assert len(files) >= len(PAYLOADS)
    for f in files:
        text = stored_text(store, f)
        if text is None:
            continue
        marks = article_marks(text, cat.incidents, f)
        for focus in (None, marks[0].incident if marks else None):
            out = highlight_html(text, marks, focus=focus)
            assert html_violations(out, allowed_tags=frozenset({"div", "a", "mark"})) == []
            assert html_text(out) == text
            for href in re.findall(r'href="([^"]*)"', out):
                assert href.startswith("./map?incident="), href


def test_catalog_notice_escapes_file_names(hostile_dir: Path, tmp_path: Path) -> None:
    """The refused empty article's *name* is a payload; the notice is Markdown."""
    from geo.catalog import import_notes
    from store import open_store

    store = open_store(tmp_path)  # a fresh store: the import refuses the empty article
    try:
        notes = import_notes(migrate_data_dir(hostile_dir, store))
    finally:
        store.close()
    assert notes and all(markdown_violations(n) == [] for n in notes), notes


# ---------------------------------------------------------------------------- exports

def test_build_csv_neutralises_formulas(records: list[dict[str, Any]]) -> None:
    out = to_csv(records)
    assert formula_cells(out) == []
    assert "'=HYPERLINK(" in out and "'-2+3" in out
    assert ",46.0," in out or ",46.0\n" in out or "46.0" in out  # numbers untouched


def test_exports_are_inert(records: list[dict[str, Any]]) -> None:
    exporters = pytest.importorskip("render.exporters")
    assert formula_cells(exporters.to_acled_csv(records)) == []
    if hasattr(exporters, "sources_html"):
        assert html_violations(exporters.sources_html(records)) == []
    if hasattr(exporters, "map_html"):
        assert html_violations(exporters.map_html(records), allow_scripts=True) == []


# ---------------------------------------------------------------------------- pages

@pytest.fixture
def hostile_app(hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(hostile_dir))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return hostile_dir


def _open(page: str | None = None, params: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    if page or params:
        if page:
            at.switch_page(page)
        at.query_params.clear()
        at.query_params.update(params or {})
        at.run()
    return at


_TEXT_ELEMENTS = ("markdown", "caption", "title", "header", "subheader", "info", "warning",
                  "error", "success")


def _page_violations(at: AppTest) -> list[str]:
    bad = [f"exception: {e.value}" for e in at.exception]
    for kind in _TEXT_ELEMENTS:
        for el in getattr(at, kind):
            body = str(el.value)
            if getattr(el.proto, "allow_html", False):
                bad += html_violations(body)
            elif any(p in html_text(body) or p in body for p in BROWSER_PAYLOADS.values()
                     if len(p) > 6) or "javascript" in body.lower():
                bad += markdown_violations(body)
    for el in at.get("html"):
        bad += html_violations(el.proto.body)
    return bad


def test_every_page_is_inert(hostile_app: Path, records: list[dict[str, Any]]) -> None:
    hostile_ids = [r["id"] for r in records if str(r["id"]).startswith("x")]
    at = _open()
    assert _page_violations(at) == []
    for iid in hostile_ids[::3]:
        at = _open("pages/map.py", {"incident": iid})
        assert _page_violations(at) == [], iid
        assert at.selectbox(key="incident_pick").value == iid
    store, cat = catalog_of(hostile_app)
    store.close()
    for f in cat.articles["file"].astype(str).tolist()[::4]:
        at = _open("pages/sources.py", {"article": f})
        assert _page_violations(at) == [], f
        assert at.selectbox(key="article_pick").value == f
    for page in ("pages/incidents.py", "pages/about.py"):
        assert _page_violations(_open(page)) == [], page
