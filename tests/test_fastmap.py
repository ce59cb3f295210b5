"""The fast map (render.fastmap): the payload decodes to the same points, the large-data path
shows the same incidents as the small-data path for the same filters, clicks map back to ids."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from geo.filters import filter_incidents, located_mask
from geo.table import incidents_frame, to_geojson
from geo.urlstate import UNKNOWN, ViewState
from render import fastmap, fastpayload, fastview
from render.mapview import marker_style

PLACES = [("Kharkiv", 49.99, 36.23), ("Belgorod", 50.6, 36.59), ("Odesa", 46.48, 30.72),
          ("Kherson", 46.64, 32.61), ("Kursk", 51.73, 36.19), ("Lviv", 49.84, 24.03)]


def records(n: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        place, lat, lon = rng.choice(PLACES)
        day = date(2022, 3, 1) + timedelta(days=rng.randrange(700))
        roll = rng.random()
        r = {
            "id": f"t-{k:05d}",
            "place": place if roll > 0.02 else None,
            "lat": None if roll < 0.01 else round(lat + rng.uniform(-0.2, 0.2), 6),
            "lon": None if roll < 0.01 else round(lon + rng.uniform(-0.2, 0.2), 6),
            "precision": "town",
            "date_start": None if roll > 0.97 else day.isoformat(),
            "date_end": None if roll > 0.97 else (day + timedelta(days=int(roll * 5))).isoformat(),
            "date_precision": "unknown" if roll > 0.97 else rng.choice(["day", "days", "month"]),
            "actor": rng.choice(["Russia", "Ukraine", "Russian forces", None]),
            "attribution": rng.choice(["stated", "claimed", "alleged", None]),
            "alleged_by": rng.choice([None, "Ukraine's air force"]),
            "event_type": rng.choice(["shelling", "drone strike", None]),
            "sources": [{"article": "a.txt", "excerpt": "x" * 50}],
            "articles": ["a.txt"],
            "notes": [],
        }
        out.append(r)
    return out


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return incidents_frame(records(3000))


def test_payload_decodes_to_the_same_points(frame: pd.DataFrame) -> None:
    payload = fastpayload.encode(frame)
    loc = frame[located_mask(frame)].reset_index(drop=True)
    back = fastpayload.decode(json.loads(payload.json))
    assert payload.n == len(loc) == len(back)
    assert list(payload.ids) == loc["id"].tolist()
    assert (abs(back["lat"] - loc["lat"].astype(float)) <= 0.5 / fastpayload.COORD_SCALE + 1e-9).all()
    assert (abs(back["lon"] - loc["lon"].astype(float)) <= 0.5 / fastpayload.COORD_SCALE + 1e-9).all()
    for col in ["date_start", "date_end", "place", "actor", "attribution", "alleged_by",
                "event_type", "date_precision"]:
        want = [None if pd.isna(v) else str(v) for v in loc[col]]
        assert back[col].tolist() == want, col


def test_styles_match_the_mapview_legend(frame: pd.DataFrame) -> None:
    payload = fastpayload.encode(frame)
    back = fastpayload.decode(payload.doc)
    styles = payload.doc["styles"]
    for _, row in back.iterrows():
        want = marker_style(row["actor"], row["attribution"])
        got = styles[int(row["style"])]
        assert (got["c"], got["f"], got["o"], got["w"], got["ring"]) == (
            want["color"], want["fill_color"], want["fill_opacity"], want["weight"], want["ring"]
        )


@pytest.mark.parametrize(
    "view",
    [
        ViewState(),
        ViewState(date_from=date(2022, 6, 1), date_to=date(2022, 9, 30)),
        ViewState(date_from=date(2023, 1, 1)),
        ViewState(actors=("Russia",)),
        ViewState(actors=(UNKNOWN,), types=("shelling",)),
        ViewState(date_from=date(2030, 1, 1)),  # only the undated remain
    ],
)
def test_fast_path_shows_the_same_incidents(frame: pd.DataFrame, view: ViewState) -> None:
    payload = fastpayload.payload_for(frame)
    shown = filter_incidents(frame, view)
    small_path = set(shown[located_mask(shown)]["id"])  # what render.mapview would draw
    doc = fastview.view_doc(payload, shown)
    mask = fastview.decode_mask(doc["mask"], payload.n)
    assert set(payload.ids[mask]) == small_path
    assert doc["count"] == len(small_path)


def test_layers_get_their_colour_and_are_filtered_like_the_rest(frame: pd.DataFrame) -> None:
    from geo.layers import combine, visible, with_layer

    extra = with_layer(incidents_frame(records(50, seed=9)).assign(
        id=lambda d: "L-" + d["id"]), "cir")
    both = combine(frame, extra)
    payload = fastpayload.encode(both, {"cir": "#e67e22"})
    back = fastpayload.decode(payload.doc)
    layer_rows = [i for i, x in enumerate(payload.ids) if str(x).startswith("L-")]
    assert layer_rows and {payload.doc["styles"][back["style"][i]]["f"] for i in layer_rows} == {
        "#e67e22"}
    shown = visible(both, ["cir"])
    mask = fastview.shown_mask(payload, shown)
    assert not any(mask[i] for i in layer_rows)


def test_click_reference_maps_back_to_the_id(frame: pd.DataFrame) -> None:
    payload = fastpayload.payload_for(frame)
    k = 17
    clicked = {"last_object_clicked": {"lat": 1.0, "lng": 2.0},
               "last_object_clicked_popup": f"Kharkiv 3 Jul 2022 ia:{payload.version}:{k}"}
    out = fastmap.translate_click(payload, clicked)
    assert out is not None and out["last_object_clicked_popup"] == payload.ids[k]
    from geo.filters import incident_from_click

    assert incident_from_click(frame, out) == payload.ids[k]
    stale = {"last_object_clicked_popup": f"ia:{'0' * 12}:{k}", "last_object_clicked": None}
    assert fastmap.clicked_row(payload, stale) is None
    assert fastmap.clicked_row(payload, {"last_object_clicked_popup": "ia:zz:1"}) is None
    assert fastmap.translate_click(payload, None) is None


def test_selection_and_cache(frame: pd.DataFrame) -> None:
    p1 = fastpayload.payload_for(frame)
    assert fastpayload.payload_for(frame.copy()) is p1  # same data → cached payload
    sel = str(p1.ids[5])
    assert fastview.view_doc(p1, frame, sel)["sel"] == 5
    assert fastview.view_doc(p1, frame, "no-such-id")["sel"] == -1
    changed = frame.copy()
    changed.loc[changed.index[0], "place"] = "Elsewhere"
    assert fastpayload.payload_for(changed).version != p1.version


def test_version_from_the_files_stamp(frame: pd.DataFrame) -> None:
    stamp = ((("/d/incidents.geojson", 1700000000000000000, 1234),), ())
    v = fastpayload.version_of(stamp, {"cir": "#123456"})
    assert re.fullmatch(r"[0-9a-f]{12}", v)  # travels in click references: ia:<v>:<row>
    assert fastpayload.version_of(stamp, {"cir": "#123456"}) == v
    touched = ((("/d/incidents.geojson", 1700000000000000001, 1234),), ())
    assert fastpayload.version_of(touched, {"cir": "#123456"}) != v  # file rewritten
    assert fastpayload.version_of(stamp, {"cir": "#654321"}) != v  # layer recoloured
    payload = fastpayload.encode(frame, version=v)
    row = 3
    out = fastmap.translate_click(payload, {"last_object_clicked_popup": f"ia:{v}:{row}"})
    assert out is not None and out["last_object_clicked_popup"] == payload.ids[row]


def test_map_html_is_offline_and_script_safe() -> None:
    recs = records(40)
    recs[0]["place"] = "</script><script>alert(1)</script>{{ x }}"
    df = incidents_frame(recs)
    payload = fastpayload.encode(df)
    html = fastmap.map_html(payload, df)
    assert re.search(r"static/fastmap/bundle\.[0-9a-f]{10}\.js", html)
    assert "</script><script>alert" not in html
    assert "cdn" not in html.lower().replace("cdnjs", "")  # no CDN asset
    assert fastpayload.decode(payload.json)["place"][0] == recs[0]["place"]
    assert len(fastview.view_doc(payload, df)["mask"]) < 20


def test_committed_bundle_is_its_sources() -> None:
    """static/fastmap/bundle.<hash>.js must be today's leaflet + supercluster + fastmap.js
    (after editing one: ``python -c "from render.fastmap import write_bundle; write_bundle()"``)."""
    bundles = sorted(fastmap.FASTMAP_DIR.glob("bundle.*.js"))
    text = fastmap.bundle_text()
    assert [b.name for b in bundles] == [fastmap.bundle_name(text)]
    assert bundles[0].read_text(encoding="utf-8") == text
    for source in fastmap.BUNDLE_SOURCES:
        assert source.read_text(encoding="utf-8") in text


def test_bundle_name_follows_content(tmp_path: Path) -> None:
    assert fastmap.bundle_name("a") != fastmap.bundle_name("b")
    (tmp_path / "bundle.0000000000.js").write_text("stale")
    written = fastmap.write_bundle(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [written.name]


def test_use_fast_threshold() -> None:
    assert not fastmap.use_fast(incidents_frame(records(100)))
    assert fastmap.use_fast(incidents_frame(records(2300)))


def test_map_page_uses_the_fast_path_for_large_tables(tmp_path: Path, monkeypatch) -> None:
    from streamlit.testing.v1 import AppTest

    (tmp_path / "incidents.geojson").write_text(json.dumps(to_geojson(records(2600))))
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INCIDENT_ATLAS_TILES", "none")
    at = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "app.py"),
                           default_timeout=120)
    at.run()
    assert not at.exception
    assert any("Showing 2600 of 2600" in m.value for m in at.markdown)
    assert any("first 1,000 of" in c.value for c in at.caption)
    assert len(at.selectbox(key="incident_pick").options) <= fastmap_pick_limit() + 2


def fastmap_pick_limit() -> int:
    return 1000
