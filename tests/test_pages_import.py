"""AppTests for the Import-layer page: upload, preview, save into the store, the sidebar's
Layers; bad files save nothing; a read-only atlas has no such page; a stale tab's save is
refused. Every test points the app at a TEMP data dir, never at ``data/``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_pages import M, _NavigationPagesManager, make_app, no_errors, showing  # noqa: E402

from store.migrate import open_seeded  # noqa: E402

IMPORT = "pages/import_layer.py"
MAP = "pages/map.py"
FIXTURES = Path(__file__).parent / "fixtures"
ACLED = (FIXTURES / "acled_sample.csv").read_bytes()
POINTS = (FIXTURES / "import_points.geojson").read_bytes()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.delenv("INCIDENT_ATLAS_MODE", raising=False)
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    # AppTest cannot fire the job's polling fragment: the run waits for the job (ui.jobs).
    monkeypatch.setenv("INCIDENT_ATLAS_JOB_WAIT", "50")
    return data


def stored_layers(data: Path) -> dict[str, int]:
    """The saved layers and their sizes (the store of the data dir, as the app opens it)."""
    from geo.layers import read_layer_infos

    store, _report = open_seeded(data)
    try:
        return {i.name: i.count for i in read_layer_infos(store)}
    finally:
        store.close()


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "text/csv")).run()
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def page_text(at: AppTest) -> str:
    return "\n".join(
        [m.value for m in at.markdown]
        + [c.value for c in at.caption]
        + [s.value for s in at.subheader]
    ).replace("\\", "")


def test_acled_upload_preview_then_save_into_the_store(data_dir):
    at = make_app(page=IMPORT)
    no_errors(at)
    assert [i.value for i in at.info] == ["Nothing to preview yet."]
    upload(at, "acled_sample.csv", ACLED)
    no_errors(at)
    assert "Preview: 5 incident(s) will be imported" in page_text(at)
    assert metrics(at) == {"Rows loaded": "5", "On the map": "5", "Rows skipped": "6"}
    text = page_text(at)
    assert "Skipped:" in text and "event_date" in text and "latitude" in text
    skipped = at.dataframe[0].value
    assert len(skipped) == 6 and set(skipped.columns) == {"row", "reason"}
    rows = at.dataframe[1].value
    assert rows["id"].iloc[0] == "acled:UKR100001"
    assert not rows.apply(lambda c: c.astype(str).str.startswith("=")).any().any()
    assert at.text_input(key=next(t.key for t in at.text_input)).value == "acled"
    assert stored_layers(data_dir) == {}  # previewing writes nothing

    at.text_input[0].set_value("acled-jan").run()
    at.button(key="imp_save").click().run()
    no_errors(at)
    assert any("Saved the layer acled-jan: 5 incidents" in s.value for s in at.success)
    assert stored_layers(data_dir) == {"acled-jan": 5}
    assert at.toggle(key="layer_acled-jan").value is True  # in the sidebar's Layers
    assert [i.value for i in at.info] == ["Nothing to preview yet."]  # a fresh upload widget

    at.switch_page(MAP).run()
    no_errors(at)
    assert showing(at) == f"Showing {M + 5} of {M + 5} incidents"


def test_geojson_upload_with_a_chosen_colour(data_dir):
    at = make_app(page=IMPORT)
    upload(at, "points.geojson", POINTS)
    no_errors(at)
    assert metrics(at) == {"Rows loaded": "3", "On the map": "2", "Rows skipped": "4"}
    assert "geometry is a Polygon; only points are imported" in page_text(at)
    assert at.text_input[0].value == "points"
    at.color_picker[0].set_value("#123ABC").run()
    at.button(key="imp_save").click().run()
    no_errors(at)
    from geo.layers import read_layer_infos

    store, _ = open_seeded(data_dir)
    try:
        assert [(i.name, i.color, i.count) for i in read_layer_infos(store)] == [
            ("points", "#123abc", 3)
        ]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.csv", b"a,b\n1,2\n", "not an ACLED export, the CIR CSV or GeoJSON"),
        ("a.geojson", b"{not json", "invalid JSON"),
        ("a.csv", b"\xff\xfebad", "not UTF-8"),
    ],
)
def test_bad_files_give_a_message_and_save_nothing(data_dir, name, data, message):
    at = make_app(page=IMPORT)
    upload(at, name, data)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "Nothing can be saved from this file" in errors[0]
    assert message in errors[0].replace("\\", "")
    assert not [b for b in at.button if b.key == "imp_save"]
    assert stored_layers(data_dir) == {}


def test_a_bad_name_is_refused_and_an_existing_layer_needs_confirming(data_dir):
    at = make_app(page=IMPORT)
    upload(at, "acled_sample.csv", ACLED)
    at.text_input[0].set_value("Bad Name!").run()
    assert any("lower-case letters" in e.value.replace("\\", "") for e in at.error)
    assert not [b for b in at.button if b.key == "imp_save"]
    at.text_input[0].set_value("acled").run()
    at.button(key="imp_save").click().run()
    assert stored_layers(data_dir) == {"acled": 5}
    upload(at, "acled_sample.csv", ACLED)  # the same name again
    assert any("saving replaces it" in w.value for w in at.warning)
    assert at.button(key="imp_save").disabled
    at.checkbox(key="imp_replace").check().run()
    assert not at.button(key="imp_save").disabled


def test_read_only_has_no_import_page(data_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_ATLAS_MODE", "read-only")
    at = make_app()
    no_errors(at)
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # not registered
        at.switch_page(IMPORT).run()


def test_a_save_from_a_tab_that_lost_its_right_is_refused(data_dir, monkeypatch):
    import ui.access

    at = make_app(page=IMPORT)
    upload(at, "acled_sample.csv", ACLED)
    # The page was drawn for an editor; by the click the visitor may no longer write. The
    # navigation and the page's gate pass (as for a run already under way); the save itself
    # asks again.
    calls = iter([True, True])
    monkeypatch.setattr(ui.access, "can_write", lambda: next(calls, False))
    at.button(key="imp_save").click().run()
    assert any("read-only for you" in e.value for e in at.error)
    assert stored_layers(data_dir) == {}


CIR = (
    b"entry,date,event_group,title,brief description,lat,lon,country,province,district,"
    b"town/city,arms/munition,violence level,link,geolocation\n"
    b"UW1,2024-01-03,Civilian Casualty January 2024,03/01/2024 Strike on a school,"
    b"A school hit,50.45,30.52,Ukraine,Kyiv,,Pervomaiske,,3,"
    b"https://x.com/a/status/1742000000000000000,https://x.com/geo/status/1\n"
    b"UW2,2024-01-04,Bombing or Explosion January 2024,04/01/2024 Shelling,"
    b"Shelling,49.99,36.23,Ukraine,Kharkiv,,Kharkiv,,2,javascript:alert(1),\n"
)


def test_a_cir_layer_shows_under_unknown_with_its_links_and_is_not_queued(data_dir):
    at = make_app(page=IMPORT)
    upload(at, "cir_excerpt.csv", CIR)
    at.button(key="imp_save").click().run()
    no_errors(at)
    assert stored_layers(data_dir) == {"cir": 2}

    at.switch_page(MAP).run()
    at.multiselect(key="f_actors").set_value(["Unknown"]).run()
    no_errors(at)
    shown = int(showing(at).split()[1])
    assert shown >= 2  # the CIR rows have no actor: "Unknown" shows them
    at.selectbox(key="incident_pick").set_value("cir:UW1").run()
    no_errors(at)
    links = [m.value for m in at.markdown if "↗](" in m.value]
    assert links == [
        "[Source ↗](https://x.com/a/status/1742000000000000000) · "
        "[Geolocation ↗](https://x.com/geo/status/1)"
    ]
    at.selectbox(key="incident_pick").set_value("cir:UW2").run()
    assert "No link in the dataset." in [m.value for m in at.markdown]
    assert not any("javascript" in m.value for m in at.markdown)

    at.switch_page("pages/incidents.py").run()
    no_errors(at)
    table = at.dataframe[0].value
    cir = table[table["id"].astype(str).str.startswith("cir:")]
    assert len(cir) == 2 and (cir["review"] == "").all()  # hand-placed: never in the queue
