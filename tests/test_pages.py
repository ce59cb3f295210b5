"""Page tests with streamlit.testing.v1.AppTest against the fixture data dir.

AppTests assert on text and widgets, never on the map component.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS, make_data_dir  # noqa: E402

APP = str(Path(__file__).resolve().parent.parent / "app.py")
M = len(RECORDS)
SCRIPT = "<script>alert(1)</script>"


class _NavigationPagesManager(PagesManager):
    """AppTest resets ``PagesManager.uses_pages_directory`` before every run, and a
    ``pages/`` folder beside app.py then turns on the legacy pages-directory mode,
    so reruns execute only the page script (no sidebar). A real server leaves that
    mode for good once ``st.navigation`` runs; do the same here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        PagesManager.uses_pages_directory = False


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def make_app(params: dict | None = None, page: str | None = None) -> AppTest:
    """Open the app at ``page`` (default: the Map) with the URL parameters ``params``.

    AppTest can only switch to an ``st.navigation`` page after a first run, so a
    deep link to another page is simulated by switching and then setting the URL.
    """
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params or {})
    at.run()
    if page:
        at.switch_page(page)
        at.query_params.clear()
        at.query_params.update(params or {})
        at.run()
    return at


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def showing(at: AppTest) -> str:
    hits = [t for t in texts(at) if t.startswith("Showing ")]
    assert len(hits) == 1, texts(at)
    return hits[0]


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


# ---- Map page --------------------------------------------------------------------------


def test_map_default_shows_everything(data_dir):
    at = make_app()
    no_errors(at)
    assert showing(at) == f"Showing {M} of {M} incidents"
    assert at.slider(key="f_dates").value == (date(2024, 1, 2), date(2024, 2, 29))
    assert at.multiselect(key="f_actors").options == ["Russia", "Ukraine", "Unknown"]
    assert at.query_params == {}
    assert not warnings(at)
    # The unlocated incident is listed under the map.
    assert any(s.value.startswith("Not on the map (1)") for s in at.subheader)
    assert any(t.startswith("- a village near the front · 2024") for t in texts(at))


def test_map_offers_every_export_of_the_view(data_dir):
    at = make_app({"actor": "Russia"})
    no_errors(at)
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert list(buttons) == [
        "CSV (ACLED columns)",
        "GeoJSON",
        "Brief pack (zip)",
        "Slides (PPTX)",
        "Brief (PDF)",
        "Google Earth (KML)",
    ]
    # Built on click (deferred), so a rerun never builds a deck nobody asked for.
    assert all(b.proto.deferred_file_id for b in buttons.values())


def test_date_boxes_move_the_slider_and_the_url(data_dir):
    at = make_app()
    assert at.date_input(key="f_from").value == date(2024, 1, 2)  # the boxes show the range
    at.date_input(key="f_to").set_value(date(2024, 1, 7)).run()
    no_errors(at)
    assert at.slider(key="f_dates").value == (date(2024, 1, 2), date(2024, 1, 7))
    assert showing(at) == f"Showing 3 of {M} incidents"
    assert at.query_params == {"to": "2024-01-07"}
    at.slider(key="f_dates").set_value((date(2024, 1, 6), date(2024, 1, 7))).run()
    assert at.date_input(key="f_from").value == date(2024, 1, 6)  # and follow the slider


def test_slider_changes_count_and_url(data_dir):
    at = make_app()
    at.slider(key="f_dates").set_value((date(2024, 1, 2), date(2024, 1, 7))).run()
    no_errors(at)
    # Kyiv (2 Jan), Belgorod (4–6 Jan) and the undated Donetsk incident.
    assert showing(at) == f"Showing 3 of {M} incidents"
    assert at.query_params == {"to": "2024-01-07"}
    at.slider(key="f_dates").set_value((date(2024, 1, 6), date(2024, 1, 7))).run()
    assert showing(at) == f"Showing 2 of {M} incidents"
    assert at.query_params == {"from": "2024-01-06", "to": "2024-01-07"}


def test_stale_url_does_not_undo_the_slider(data_dir):
    """A rerun asked for while the previous one ran carries the URL from before that run
    wrote its new one; the user's newest slider value must win over that stale URL."""
    at = make_app()
    at.slider(key="f_dates").set_value((date(2024, 1, 2), date(2024, 1, 7))).run()
    at.slider(key="f_dates").set_value((date(2024, 1, 3), date(2024, 1, 7))).run()
    at.query_params.clear()
    at.query_params.update({"to": "2024-01-07"})  # what the browser still shows
    at.slider(key="f_dates").set_value((date(2024, 1, 6), date(2024, 1, 7))).run()
    no_errors(at)
    assert at.slider(key="f_dates").value == (date(2024, 1, 6), date(2024, 1, 7))
    assert showing(at) == f"Showing 2 of {M} incidents"
    assert at.query_params == {"from": "2024-01-06", "to": "2024-01-07"}


def test_pasted_link_still_wins(data_dir):
    at = make_app()
    at.slider(key="f_dates").set_value((date(2024, 1, 2), date(2024, 1, 7))).run()
    at.query_params.clear()
    at.query_params.update({"actor": "Ukraine"})  # never written by this session
    at.run()
    no_errors(at)
    assert at.multiselect(key="f_actors").value == ["Ukraine"]
    assert at.slider(key="f_dates").value == (date(2024, 1, 2), date(2024, 2, 29))


def _save_layer(data_dir, result):
    """Save an imported layer in the data dir's store (as the app opens it)."""
    from geo.layers import save_layer
    from store.migrate import open_seeded

    store, _report = open_seeded(data_dir)
    try:
        save_layer(store, result)
    finally:
        store.close()


def _with_acled_layer(data_dir):
    from geo.importers import import_file

    _save_layer(data_dir, import_file(Path(__file__).parent / "fixtures" / "acled_sample.csv",
                                      fmt="acled"))


def test_imported_points_are_not_queued_as_ambiguous_places(data_dir, tmp_path):
    from geo.importers import import_file

    # A hand-placed point at a name that fits many villages (14 Mykolaivkas in Donetsk oblast).
    rows = (Path(__file__).parent / "fixtures" / "acled_sample.csv").read_text().splitlines()
    sample = tmp_path / "acled_mykolaivka.csv"
    sample.write_text("\n".join([rows[0], rows[1].replace(",Kyiv,50.4501,30.5234,",
                                                           ",Mykolaivka,48.87,37.48,")]))
    _save_layer(data_dir, import_file(sample, fmt="acled"))
    at = make_app(page="pages/incidents.py")
    no_errors(at)
    table = at.dataframe[0].value
    imported = table[table["id"].astype(str).str.startswith("acled:")]
    assert len(imported) and not imported["review"].astype(str).str.contains("ambiguous").any()


def test_a_layer_saved_while_the_app_runs_shows_on_the_next_run(data_dir):
    at = make_app()
    no_errors(at)
    assert not [t for t in at.toggle if t.key == "layer_acled"]
    _with_acled_layer(data_dir)  # another process saves it: a new data version
    at.run()
    no_errors(at)
    assert at.toggle(key="layer_acled").value is True  # no file time involved


def test_layer_toggle_is_in_the_url_and_the_url_hides_it(data_dir):
    _with_acled_layer(data_dir)
    at = make_app()
    no_errors(at)
    total = int(showing(at).split()[3])
    assert showing(at) == f"Showing {total} of {total} incidents" and total > M
    at.toggle(key="layer_acled").set_value(False).run()
    no_errors(at)
    assert showing(at) == f"Showing {M} of {total} incidents"
    assert at.query_params == {"hide": "acled"}
    # The shared link opens with the layer off; a bad name warns and is ignored.
    at2 = make_app({"hide": ["acled", "nope"]})
    no_errors(at2)
    assert at2.toggle(key="layer_acled").value is False
    assert showing(at2) == f"Showing {M} of {total} incidents"
    assert any("'hide'" in w for w in warnings(at2))


def test_actor_filter_changes_count_and_url(data_dir):
    at = make_app()
    at.multiselect(key="f_actors").set_value(["Ukraine"]).run()
    no_errors(at)
    assert showing(at) == f"Showing 2 of {M} incidents"
    assert at.query_params == {"actor": "Ukraine"}
    at.multiselect(key="f_actors").set_value(["Russia", "Unknown"]).run()
    assert showing(at) == f"Showing 4 of {M} incidents"
    assert at.query_params == {"actor": ["Russia", "Unknown"]}
    at.slider(key="f_dates").set_value((date(2024, 1, 2), date(2024, 1, 7))).run()
    assert showing(at) == f"Showing 1 of {M} incidents"


def test_type_filter(data_dir):
    at = make_app()
    at.multiselect(key="f_types").set_value(["shelling"]).run()
    assert showing(at) == f"Showing 2 of {M} incidents"
    assert at.query_params == {"type": "shelling"}


def test_url_restores_view(data_dir):
    at = make_app(
        {"from": "2024-01-02", "to": "2024-01-07", "actor": ["Russia", "Ukraine"],
         "incident": "kyiv-2024-01-02"}
    )
    no_errors(at)
    assert not warnings(at)
    assert at.slider(key="f_dates").value == (date(2024, 1, 2), date(2024, 1, 7))
    assert at.multiselect(key="f_actors").value == ["Russia", "Ukraine"]
    assert showing(at) == f"Showing 3 of {M} incidents"
    assert at.selectbox(key="incident_pick").value == "kyiv-2024-01-02"
    # from = the data's first day is the default, so it leaves the URL.
    assert at.query_params == {
        "to": "2024-01-07", "actor": ["Russia", "Ukraine"], "incident": "kyiv-2024-01-02"
    }


def test_selected_incident_card_shows_every_source(data_dir):
    at = make_app({"incident": "kyiv-2024-01-02"})
    no_errors(at)
    body = "\n".join(texts(at))
    assert "sources disagree" in body and "highest is 7" in body
    assert "Sources (2)" in body
    assert "a missile strike on Kyiv killed five people and injured 20" in body
    assert "the 2 January missile strike killed seven people" in body


def test_picking_an_incident_updates_url(data_dir):
    at = make_app()
    at.selectbox(key="incident_pick").set_value("belgorod-2024-01-05").run()
    no_errors(at)
    assert at.query_params == {"incident": "belgorod-2024-01-05"}
    assert any("alleged by Russia" in t for t in texts(at))


def test_filters_persist_across_pages(data_dir):
    at = make_app()
    at.multiselect(key="f_actors").set_value(["Ukraine"]).run()
    at.switch_page("pages/incidents.py").run()
    no_errors(at)
    assert showing(at) == f"Showing 2 of {M} incidents"
    assert at.multiselect(key="f_actors").value == ["Ukraine"]
    at.switch_page("pages/map.py").run()
    assert showing(at) == f"Showing 2 of {M} incidents"


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"from": "not-a-date"}, "from"),
        ({"to": SCRIPT}, "to"),
        ({"from": "2024-01-20", "to": "2024-01-10"}, "to"),
        ({"to": "9" * 5000}, "to"),
        ({"actor": "Martians"}, "actor"),
        ({"actor": SCRIPT}, "actor"),
        ({"actor": ["Russia"] * 500}, "actor"),
        ({"type": "picnic"}, "type"),
        ({"incident": "no-such-incident"}, "incident"),
        ({"incident": SCRIPT}, "incident"),
    ],
)
def test_tampered_url_warns_and_falls_back(data_dir, params, bad):
    at = make_app(params)
    no_errors(at)
    ws = warnings(at)
    assert any(f"'{bad}'" in w for w in ws), ws
    assert all("<script" not in w and len(w) < 200 for w in ws)
    assert showing(at) == f"Showing {M} of {M} incidents"
    # The URL is rewritten to the (default) view: nothing tampered survives.
    assert at.query_params == {}


# ---- Sources page ------------------------------------------------------------------------


def test_sources_deep_link_highlights_excerpts(data_dir):
    at = make_app({"article": "a1_kyiv.txt"}, page="pages/sources.py")
    no_errors(at)
    assert at.selectbox(key="article_pick").value == "a1_kyiv.txt"
    assert at.query_params.get("article") == "a1_kyiv.txt"
    page_html = at.get("html")[0].proto.body
    assert page_html.count("<mark ") == 2
    assert ">a missile strike on Kyiv killed five people and injured 20</mark>" in page_html
    assert 'href="./map?incident=kyiv-2024-01-02"' in page_html
    # The article's own markup is shown as text, never as HTML.
    assert "<script>" not in page_html and "&lt;script&gt;" in page_html
    # Metadata: known values shown, unknown ones say "unknown".
    assert any("Example Post" in t for t in texts(at))


def test_sources_unknown_metadata_and_incident_focus(data_dir):
    at = make_app({"incident": "odesa-2024-02"}, page="pages/sources.py")
    no_errors(at)
    # No article given: the incident's article opens, its excerpt emphasised.
    assert at.selectbox(key="article_pick").value == "a2_belgorod.txt"
    page_html = at.get("html")[0].proto.body
    assert 'class="ia-mark focus"' in page_html
    assert any("**title:**" not in t and "unknown" in t for t in texts(at))


@pytest.mark.parametrize("value", ["../../etc/passwd", "nope.txt", SCRIPT])
def test_sources_tampered_article(data_dir, value):
    at = make_app({"article": value}, page="pages/sources.py")
    no_errors(at)
    assert any("'article'" in w for w in warnings(at))
    assert at.selectbox(key="article_pick").value == "a1_kyiv.txt"


def test_sources_picker_updates_url(data_dir):
    at = make_app(page="pages/sources.py")
    at.selectbox(key="article_pick").set_value("a3_village.txt").run()
    no_errors(at)
    assert at.query_params.get("article") == "a3_village.txt"


# ---- Incidents and About pages -----------------------------------------------------------


def test_incidents_table_follows_filters(data_dir):
    at = make_app({"type": "shelling"}, page="pages/incidents.py")
    no_errors(at)
    assert showing(at) == f"Showing 2 of {M} incidents"
    table = at.dataframe[0].value
    assert set(table["id"]) == {"village-2024-01-20", "donetsk-undated"}
    assert "date unknown" in set(table["when"])


def test_incidents_review_queue_by_confidence(data_dir):
    """Doubtful incidents come first, least sure first, each saying why."""
    at = make_app(page="pages/incidents.py")
    no_errors(at)
    table = at.dataframe[0].value
    assert list(table["id"][:2]) == ["donetsk-undated", "odesa-2024-02"]
    assert "date known only to the month" in table["review"][1]
    assert float(table["confidence"][0]) == 0.5
    assert any("Review queue" in c.value for c in at.caption)


def test_about_page(data_dir):
    at = make_app(page="pages/about.py")
    no_errors(at)
    body = "\n".join(texts(at))
    for word in ("alleged", "claimed", "stated", "town", "region", "country", "Undated",
                 "GeoNames", "CC BY 4.0", "KATOTTG", "confidence"):  # fmt: skip
        assert word in body


def test_missing_data_tells_user_to_build(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(tmp_path / "empty"))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    at = make_app()
    no_errors(at)
    assert showing(at) == "Showing 0 of 0 incidents"
    assert any("python -m geo build" in i.value for i in at.info)


def test_incidents_page_opens_an_imported_incident_from_the_url(data_dir):
    # An imported row has no corrections column of its own: pandas fills it with NaN.
    _with_acled_layer(data_dir)
    at = make_app({"incident": "acled:UKR100001"}, page="pages/incidents.py")
    no_errors(at)
    assert any("Kyiv" in m.value for m in at.markdown)
