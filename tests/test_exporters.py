"""Exporters: ACLED-like CSV (formula-safe), RFC 7946 GeoJSON, the brief pack."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from datetime import date
from pathlib import Path

from geo.importacled import parse_acled
from geo.importgeojson import parse_geojson
from geo.table import COLUMNS, from_geojson, incidents_frame, neutralise, to_geojson_doc
from geo.urlstate import ViewState
from render.exporters import brief_pack, permalink, sources_html, to_acled_csv

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS  # noqa: E402

ACLED = Path(__file__).parent / "fixtures" / "acled_sample.csv"
EXTERNAL = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.I)


def records():
    return [*RECORDS, *parse_acled(ACLED).records]


def test_csv_acled_columns_and_formula_neutralisation():
    recs = records()
    evil = dict(
        RECORDS[0],
        id="x1",
        place="=cmd|' /C calc'!A0",
        actor="@SUM(1)",
        event_type="+1",
        weapon="-2",
        lat=-33.9,
        lon=18.4,
    )
    evil["sources"] = [
        dict(RECORDS[0]["sources"][0], excerpt="=1+1"),
        {"article": "b", "excerpt": "\rCR"},
    ]  # noqa: E501
    rows = list(csv.DictReader(io.StringIO(to_acled_csv([*recs, evil]))))
    assert list(rows[0])[:17] == [
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "admin1",
        "admin2",
        "admin3",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ]
    assert len(rows) == len(recs) + 1
    e = rows[-1]
    assert e["location"] == "'=cmd|' /C calc'!A0" and e["actor1"] == "'@SUM(1)"
    assert e["event_type"] == "'+1" and e["sub_event_type"] == "'-2"
    assert e["notes"].startswith("'=1+1")
    assert [neutralise(c) for c in ("\tx", "\rx", "-x", "ok", "")] == [
        "'\tx",
        "'\rx",
        "'-x",
        "ok",
        "",
    ]  # noqa: E501
    assert e["latitude"] == "-33.9"  # our own numbers stay numbers
    for row in rows:
        for cell in row.values():
            assert (
                not cell
                or cell[0] not in "=+@\t\r"
                and not (cell[0] == "-" and not re.fullmatch(r"-[\d.]+", cell))
            )
    hyper = next(r for r in rows if r["event_id_cnty"] == "acled:UKR100003")
    assert hyper["notes"].startswith("'=HYPERLINK")
    kyiv = next(r for r in rows if r["event_id_cnty"] == "acled:UKR100001")
    assert (kyiv["event_date"], kyiv["fatalities"], kyiv["actor1"]) == ("2024-01-02", "5", "Russia")


def test_geojson_is_rfc7946_and_round_trips():
    recs = records()
    doc = to_geojson_doc(incidents_frame(recs))
    text = json.dumps(doc, allow_nan=False)  # no NaN anywhere
    back = json.loads(text)
    assert back["type"] == "FeatureCollection" and "crs" not in back
    for f in back["features"]:
        assert f["type"] == "Feature" and isinstance(f["id"], str)
        g = f["geometry"]
        if g is not None:
            lon, lat = g["coordinates"]
            assert g["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    again = from_geojson(back)
    for a, b in zip(recs, again, strict=True):
        for col in COLUMNS:
            assert a.get(col) == b.get(col), col
    # And the importer reads our own export back, sources and all.
    res = parse_geojson(text, layer="back")
    assert not res.skipped and len(res.records) == len(recs)
    assert res.records[0]["sources"] == recs[0]["sources"]


def test_brief_pack_contents_offline_and_escaped():
    view = ViewState(date(2024, 1, 1), date(2024, 1, 31), ("Russia",))
    data = brief_pack(records(), view, base_url="http://localhost:8501/map")
    z = zipfile.ZipFile(io.BytesIO(data))
    assert {"map.html", "incidents.csv", "sources.html", "permalink.txt"} <= set(z.namelist())
    page = z.read("map.html").decode("utf-8")
    assert "<script" in page and "L.map" in page and len(page) > 100_000  # Leaflet inlined
    assert not EXTERNAL.search(page)
    sources = z.read("sources.html").decode("utf-8")
    assert "<script>alert" not in sources and "&lt;script&gt;alert(1)&lt;/script&gt;" in sources
    assert "a1_kyiv.txt" in sources and "characters " in sources
    link = z.read("permalink.txt").decode("utf-8").strip()
    assert link == "http://localhost:8501/map?from=2024-01-01&to=2024-01-31&actor=Russia"
    assert link == permalink(view)
    assert z.read("incidents.csv").decode("utf-8").startswith("event_id_cnty,")


def test_sources_html_drops_unsafe_links():
    rec = dict(RECORDS[0], sources=[{"article": "x", "excerpt": "e", "url": "javascript:alert(1)"}])
    assert "javascript:" not in sources_html([rec])
