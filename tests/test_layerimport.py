"""geo.layerimport (the app's import, pure), the layers' links, the actor filter on a CIR
layer and the review queue's exemption of imported rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo import filters, layers
from geo.confidence import hand_placed, in_review
from geo.importcir import parse_cir
from geo.layerimport import (
    MAX_UPLOAD_MB,
    LayerPreview,
    dataset_name,
    parse_colour,
    parse_layer_name,
    read_for_preview,
    read_upload,
    renamed,
    skip_reasons,
    suggest_name,
)
from geo.table import incidents_frame
from geo.urlstate import ViewState
from render.layermarkers import add_layer_markers
from render.markup import markdown_links
from render.popups import popup_html

FIXTURES = Path(__file__).parent / "fixtures"
ACLED = (FIXTURES / "acled_sample.csv").read_bytes()
POINTS = (FIXTURES / "import_points.geojson").read_bytes()
CIR_HEADER = (
    "entry,date,event_group,title,brief description,lat,lon,country,province,district,"
    "town/city,arms/munition,violence level,link,geolocation\n"
)
CIR = (
    CIR_HEADER + "UW1,2022-03-01,Civilian Casualty March 2022,01/03/2022 Strike on a school,"
    "A school hit,50.45,30.52,Ukraine,Kyiv,,Kyiv,,3,"
    "https://x.com/a/status/1498700000000000000,https://x.com/geo/status/1\n"
    + "UW2,2022-03-02,Bombing or Explosion March 2022,02/03/2022 =HYPERLINK(1),"
    "Shelling,49.99,36.23,Ukraine,Kharkiv,,Kharkiv,,2,javascript:alert(1),not a url\n"
    + "UW3,2022-03-02,Bombing or Explosion March 2022,bad,bad,,36.23,Ukraine,,,,,,,\n"
).encode()


# ---- colour and name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "colour"),
    [("#E67E22", "#e67e22"), ("e67e22", "#e67e22"), (" #abc ", "#aabbcc"), ("#000000", "#000000")],
)
def test_parse_colour_accepts_hex(value, colour):
    assert parse_colour(value) == colour


@pytest.mark.parametrize("value", ["", "red", "#12345", "#1234567", "#ggg", "rgb(1,2,3)", None])
def test_parse_colour_refuses_anything_else_with_a_clear_message(value):
    with pytest.raises(ValueError, match=r"is not a colour: give it as #rrggbb"):
        parse_colour(value)


@pytest.mark.parametrize("value", ["cir", " acled-2024 ", "layer_1", "0a"])
def test_parse_layer_name_accepts_store_names(value):
    assert parse_layer_name(value) == value.strip()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "needs a name"),
        ("   ", "needs a name"),
        ("CIR", "lower-case"),
        ("a b", "lower-case"),
        ("<script>", "lower-case"),
        ("x" * 41, "1 to 40"),
        ("-x", "starting with"),
    ],
)
def test_parse_layer_name_refuses_with_a_reason(value, message):
    with pytest.raises(ValueError, match=message):
        parse_layer_name(value)


@pytest.mark.parametrize(
    ("filename", "fmt", "name"),
    [("acled.csv", "acled", "acled"), ("cir_events.csv", "cir", "cir"),
     ("My Points (v2).geojson", "geojson", "my-points-v2")],
)  # fmt: skip
def test_suggest_name(filename, fmt, name):
    assert suggest_name(filename, fmt) == name


@pytest.mark.parametrize(
    ("filename", "name"),
    [("../../etc/x.csv", "x.csv"), ("C:\\data\\a.csv", "a.csv"), ("a\x00b.csv", "ab.csv"),
     ("", "upload")],
)  # fmt: skip
def test_dataset_name_is_a_plain_file_name(filename, name):
    assert dataset_name(filename) == name


# ---- reading an upload -------------------------------------------------------------------


def test_acled_upload_previews_loaded_skipped_and_reasons():
    result = read_upload(ACLED, "acled_sample.csv", layer="acled")
    pv = LayerPreview.of(result)
    assert (pv.format, pv.dataset, pv.loaded, pv.located) == ("acled", "acled_sample.csv", 5, 5)
    assert len(pv.skipped) == 6 and sum(n for _, n in pv.reasons) == 6
    assert all(isinstance(reason, str) and n >= 1 for reason, n in pv.reasons)
    assert [r["id"] for r in pv.rows][:2] == ["acled:UKR100001", "acled:UKR100002"]
    # The file's formula is neutralised in the preview table (it can be downloaded).
    assert not any(v.startswith(("=", "+", "@")) for row in pv.rows for v in row.values())
    assert len(pv.points) == 5


def test_geojson_upload_is_sniffed_by_its_extension():
    pv = LayerPreview.of(read_upload(POINTS, "points.geojson", layer="points"))
    assert pv.format == "geojson" and pv.loaded == 3 and pv.located == 2
    assert {r["source"] for r in pv.rows} == {"https://example.org/kyiv", ""}  # no javascript:


def test_cir_upload_keeps_links_and_skips_rows_with_reasons():
    result = read_upload(CIR, "cir_excerpt.csv", layer="cir")
    pv = LayerPreview.of(result)
    assert (pv.format, pv.loaded) == ("cir", 2)
    assert pv.reasons == (("only one of latitude/longitude is given", 1),)
    first = result.records[0]["sources"][0]
    assert layers.source_links(first) == [
        ("Source", "https://x.com/a/status/1498700000000000000"),
        ("Geolocation", "https://x.com/geo/status/1"),
    ]
    assert layers.source_links(result.records[1]["sources"][0]) == []  # only http(s) links
    assert pv.rows[1]["geolocation"] == ""


def test_progress_is_reported_to_the_end():
    seen: list[tuple[int, int]] = []
    rows = "".join(
        f"UW{k},2022-03-01,Civilian Casualty,t{k},d,50.{k},30.5,Ukraine,,,Kyiv,,1,,\n"
        for k in range(1, 1201)
    )
    read_upload(
        (CIR_HEADER + rows).encode(), "c.csv", layer="cir", progress=lambda *a: seen.append(a)
    )
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "a.csv", "empty"),
        (b"   \n", "a.csv", "empty"),
        (b"\xff\xfe\x00bad", "a.csv", "not UTF-8"),
        (b"a,b\n1,2\n", "a.csv", "not an ACLED export, the CIR CSV or GeoJSON"),
        (b"{not json", "a.geojson", "invalid JSON"),
        (b'{"type": "Topology"}', "a.json", "not a GeoJSON FeatureCollection"),
        (CIR_HEADER.encode(), "a.csv", "it has no rows"),
        (CIR_HEADER.encode() + b"UW9,2022-01-01,g,t,d,x,y,,,,,,,,\n", "a.csv", "row 1: latitude"),
        (b"x" * (MAX_UPLOAD_MB * 1024 * 1024 + 1), "a.csv", f"over {MAX_UPLOAD_MB} MB"),
        (ACLED, "a.xlsx", "not .xlsx"),
    ],
)
def test_bad_files_raise_a_clear_message(data, filename, message):
    with pytest.raises(ValueError, match=message):
        read_upload(data, filename, layer="x")


def test_a_forced_format_that_does_not_fit_names_the_missing_columns():
    with pytest.raises(ValueError, match="missing column"):
        read_upload(ACLED, "a.csv", fmt="cir", layer="x")


def test_renamed_changes_ids_and_layer_only():
    result = read_upload(ACLED, "acled_sample.csv", layer="acled")
    other = renamed(result, "acled-2024")
    assert other.layer == "acled-2024" and result.layer == "acled"
    assert [r["id"] for r in other.records][0] == "acled-2024:UKR100001"
    assert {r["layer"] for r in other.records} == {"acled-2024"}
    strip = [{k: v for k, v in r.items() if k not in ("id", "layer")} for r in other.records]
    assert strip == [
        {k: v for k, v in r.items() if k not in ("id", "layer")} for r in result.records
    ]
    assert renamed(result, "acled") is result
    with pytest.raises(ValueError):
        renamed(result, "Bad Name")


def test_the_preview_read_packs_the_records_and_renames_without_them():
    read = read_for_preview(ACLED, "acled_sample.csv", None)
    result = read_upload(ACLED, "acled_sample.csv", layer="acled")
    assert read.preview == LayerPreview.of(result)
    assert read.preview.layer == "acled" and len(read.packed) < 4096
    assert read.preview.renamed("acled") is read.preview
    assert read.preview.renamed("acled-2024") == LayerPreview.of(renamed(result, "acled-2024"))
    back = read.result("acled-2024")
    assert back == renamed(result, "acled-2024")
    with pytest.raises(ValueError, match="name"):
        read.preview.renamed("Bad Name")


def test_skip_reasons_group_by_their_words():
    from geo.importcore import Skip

    skips = [Skip(1, "duplicate of row 3"), Skip(5, "duplicate of row 4"),
             Skip(7, "latitude '95.1' is outside -90..90")]  # fmt: skip
    assert skip_reasons(skips) == [
        ("duplicate of row N", 2),
        ("latitude … is outside -N..N", 1),
    ]


# ---- saving with a chosen colour ---------------------------------------------------------


def test_save_layer_keeps_the_chosen_colour(store):
    result = read_upload(ACLED, "acled_sample.csv", layer="acled")
    assert layers.save_layer(store, result, "#123abc") == "acled"
    assert [(i.name, i.color, i.count) for i in layers.read_layer_infos(store)] == [
        ("acled", "#123abc", 5)
    ]
    with pytest.raises(ValueError, match="#rrggbb"):
        layers.save_layer(store, result, "red")


# ---- links on the popup ------------------------------------------------------------------


def test_popup_links_only_http_urls_and_escapes_them():
    result = parse_cir(CIR.decode(), layer="cir", dataset="c.csv")
    ok, bad = (popup_html(r) for r in result.records)
    assert 'href="https://x.com/geo/status/1"' in ok and "Geolocation ↗" in ok
    assert "javascript:" not in bad and "Geolocation" not in bad


def test_layer_markers_have_a_popup_with_the_links():
    import folium

    fmap = folium.Map()
    records = parse_cir(CIR.decode(), layer="cir", dataset="c.csv").records
    add_layer_markers(fmap, records, {"cir": "#e67e22"})
    page = fmap.get_root().render()
    assert "https://x.com/geo/status/1" in page and "javascript:alert" not in page


# ---- the actor filter and the review queue -------------------------------------------------


def cir_table() -> pd.DataFrame:
    base = incidents_frame([])
    rows = pd.DataFrame(parse_cir(CIR.decode(), layer="cir", dataset="c.csv").records)
    return layers.combine(base, layers.with_layer(incidents_frame(rows.to_dict("records")), "cir"))


def test_cir_rows_without_an_actor_show_under_unknown():
    table = cir_table()
    assert filters.actors_present(table) == ["Unknown"]
    view = ViewState(date(2022, 1, 1), date(2022, 12, 31), ("Unknown",), ())
    assert len(filters.filter_incidents(table, view)) == 2
    assert filters.filter_incidents(table, ViewState(None, None, ("Russia",), ())).empty


@pytest.mark.parametrize(
    ("layer", "placed"), [("cir", True), (None, False), ("", False), (float("nan"), False),
                          (pd.NA, False)],
)  # fmt: skip
def test_hand_placed_is_any_imported_row(layer, placed):
    assert hand_placed(layer) is placed


@pytest.mark.parametrize(
    ("score", "ambiguous", "placed", "queued"),
    [(0.2, True, True, False), (0.2, False, False, True), (None, True, False, True),
     (None, False, True, False), (0.9, False, False, False)],
)  # fmt: skip
def test_hand_placed_rows_never_enter_the_review_queue(score, ambiguous, placed, queued):
    assert in_review(score, ambiguous, False, placed) is queued


def test_saved_layers_carry_no_confidence(store):
    result = parse_cir(CIR.decode(), layer="cir", dataset="c.csv")
    doc = layers.layer_document(result, "#e67e22")
    for f in doc["features"]:
        f["properties"]["confidence"] = 0.1  # a file that claims a low score
        f["properties"]["reasons"] = ["not located"]
    store.save_layer("cir", doc)
    rows, _, _ = layers.load_layers(store)
    assert rows["confidence"].isna().all()
    assert not any(in_review(None if pd.isna(s) else s, False, False) for s in rows["confidence"])


@pytest.mark.parametrize(
    ("src", "markdown"),
    [
        ({"url": "https://a.org/x", "geolocation": "http://g.org/y"},
         "[Source ↗](https://a.org/x) · [Geolocation ↗](http://g.org/y)"),
        ({"url": "https://en.wikipedia.org/wiki/A_(b)"},
         "[Source ↗](https://en.wikipedia.org/wiki/A_%28b%29)"),
        ({"url": "javascript:alert(1)", "geolocation": "data:text/html,x"}, ""),
        ({"url": "https://a.org/x y"}, ""),
        ({}, ""),
    ],
)  # fmt: skip
def test_markdown_links_only_http_urls(src, markdown):
    assert markdown_links(src) == markdown


def test_the_upload_limit_is_the_servers():
    import tomllib

    config = Path(__file__).parent.parent / ".streamlit" / "config.toml"
    assert tomllib.loads(config.read_text())["server"]["maxUploadSize"] == MAX_UPLOAD_MB
