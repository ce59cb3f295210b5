"""Importers: the hand-made ACLED sample, the real CIR file, GeoJSON points."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from geo.countries import country_code, country_from_point
from geo.importacled import parse_acled
from geo.importcir import parse_cir, posted_date
from geo.importers import import_file, sniff_format
from geo.importgeojson import parse_geojson
from geo.table import COLUMNS, incidents_frame

FIX = Path(__file__).parent / "fixtures"
ACLED = FIX / "acled_sample.csv"
POINTS = FIX / "import_points.geojson"
CIR = Path("/work/shared/data/cir_events.csv")


def by_id(result):
    return {r["id"]: r for r in result.records}


def test_acled_sample_good_and_bad_rows():
    res = parse_acled(ACLED)
    assert res.summary() == {
        "loaded": 5,
        "skipped": [
            {"row": 5, "reason": "event_date '2024-13-01' is not a date (use YYYY-MM-DD)"},
            {"row": 6, "reason": "latitude 'not-a-lat' is not a number"},
            {"row": 7, "reason": "fatalities '-3' is not a whole number ≥ 0"},
            {"row": 8, "reason": "event_id_cnty is empty"},
            {"row": 9, "reason": "row has 7 fields, expected 31"},
            {"row": 10, "reason": "latitude '95.1' is outside -90..90"},
        ],
    }
    recs = by_id(res)
    kyiv = recs["acled:UKR100001"]
    assert set(COLUMNS) <= set(kyiv) and kyiv["layer"] == "acled"
    assert (kyiv["actor"], kyiv["attribution"], kyiv["country"]) == ("Russia", "stated", "UA")
    assert (kyiv["lat"], kyiv["lon"], kyiv["killed"]) == (50.4501, 30.5234, 5)
    assert kyiv["event_type"] == "missile strike"
    src = kyiv["sources"][0]
    assert src["article"] == "acled_sample.csv" and src["excerpt"].startswith("On 2 January 2024")
    assert "url" in src and src["outlet"] == "Ukrainska Pravda; Suspilne"
    # "10 January 2024"; Air Force unit still maps to Russia; drones named in the notes.
    kh = recs["acled:UKR100002"]
    assert (kh["date_start"], kh["actor"], kh["event_type"]) == (
        "2024-01-10",
        "Russia",
        "drone strike",
    )  # noqa: E501
    # time_precision 2 → a week; geo_precision 2 → 25 km; Ukraine as actor; Russia as country.
    bel = recs["acled:RUS200001"]
    assert (bel["date_start"], bel["date_end"], bel["date_precision"]) == (
        "2024-01-02",
        "2024-01-08",
        "week",
    )
    assert (bel["actor"], bel["country"], bel["radius_km"]) == ("Ukraine", "RU", 25.0)
    # time_precision 3 → the month; unidentified actor → null.
    pok = recs["acled:UKR100003"]
    assert (pok["date_start"], pok["date_end"], pok["actor"]) == ("2024-02-01", "2024-02-29", None)
    assert pok["killed"] is None
    incidents_frame(res.records)  # fits the typed table


def test_acled_whole_file_errors_are_plain_value_errors(tmp_path):
    with pytest.raises(ValueError, match="missing column"):
        parse_acled("a,b\n1,2\n")
    with pytest.raises(ValueError, match="empty"):
        parse_acled("")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes(
        "event_id_cnty,event_date,latitude,longitude\nX,2024-01-01,1,1 é\n".encode("latin-1")
    )  # noqa: E501
    with pytest.raises(ValueError, match="not UTF-8"):
        parse_acled(bad)
    with pytest.raises(ValueError, match="does not exist"):
        import_file(tmp_path / "nope.csv")


@pytest.mark.skipif(not CIR.exists(), reason="shared CIR data not present")
def test_cir_real_file():
    t0 = time.perf_counter()
    res = parse_cir(CIR)
    elapsed = time.perf_counter() - t0
    # 6,650 data rows: one exact repeat skipped, two repeats of UW0523 (rows 492, 493)
    # become extra sources of its incident → 6,647 incidents.
    assert res.summary() == {
        "loaded": 6647,
        "skipped": [{"row": 2219, "reason": "duplicate of row 2218"}],
    }  # noqa: E501
    assert elapsed < 10
    recs = by_id(res)
    assert len(recs) == 6647  # ids are unique
    first = recs["cir:UW0067"]
    assert (first["country"], first["place"], first["date_start"]) == (
        "BY",
        "Petrishki",
        "2022-01-01",
    )  # noqa: E501
    assert first["actor"] is None and first["attribution"] == "stated"
    assert (
        first["sources"][0]["url"] == "https://twitter.com/GirkinGirkin/status/1488544876908187650"
    )
    assert first["sources"][0]["excerpt"] == "Russian military equipment moving in Belarus"
    # Three rows, one event.
    assert recs["cir:UW0523"]["n_sources"] == 3 and len(recs["cir:UW0523"]["sources"]) == 3
    # An id reused for another event keeps both.
    assert recs["cir:UW0132-row167"]["date_start"] == "2022-02-09"
    # Rows without an id.
    assert recs["cir:row72"]["place"] == "Asipovicky"
    # Empty date: taken from the title's DD/MM/YYYY.
    assert recs["cir:UW0331"]["date_start"] == "2022-02-17"
    assert recs["cir:UW8530"]["date_start"] == "2022-06-02"
    # Year typos (2023/2024) corrected from the tweet's own posting date.
    assert recs["cir:UW4066"]["date_start"] == "2022-02-24"
    assert recs["cir:UW4067"]["date_start"] == "2022-02-24"
    assert recs["cir:UW4069"]["date_start"] == "2022-02-26"
    assert any("year corrected" in n for n in recs["cir:UW4067"]["notes"])
    assert max(r["date_start"] for r in res.records) < "2023-01-01"
    # Countries: typos, Crimea, blanks inferred when clearly inside, else null.
    assert recs["cir:UW0731"]["country"] == "UA"  # blank, Kharkiv
    assert recs["cir:UW0202"]["country"] == "UA"  # blank, Crimea
    assert recs["cir:UW0231"]["country"] is None  # "Kursk Oblast" 20 km from the border
    assert recs["cir:UW6588"]["country"] is None  # Limassol, "Other (type name in cell)"
    assert recs["cir:UW3700"]["country"] == "RS"
    codes = {r["country"] for r in res.records}
    assert codes == {"UA", "RU", "BY", "MD", "RS", None}
    # Province-only place; event types without the month.
    assert recs["cir:UW0132"]["place"] == "Buturlinovka"
    types = {r["event_type"] for r in res.records}
    assert "civilian infrastructure damage" in types and not any("2022" in t for t in types)
    assert recs["cir:UW1074"]["weapon"] is None
    incidents_frame(res.records)


def test_cir_hand_made_rows():
    text = (
        "entry,date,event_group,title,brief description,lat,lon,country,province,district,"
        "town/city,arms/munition,violence level,link,geolocation\n"
        "A1,,Other,05/03/2022 thing,desc,50.45,30.52,ukrain,Kyiv,,Kyiv,Grad,1,javascript:x,\n"
        "A2,2022-03-05,Other,t,d,abc,30.52,Ukraine,,,,,,,\n"
        "A3,2022-03-05,Other,t,d,,,Ukraine,,,,,,,\n"
        "A4,2022-02-30,Other,t,d,50,30,Ukraine,,,,,,,\n"
    )
    res = parse_cir(text, dataset="mine.csv")
    assert res.summary()["skipped"] == [
        {"row": 2, "reason": "latitude 'abc' is not a number"},
        {"row": 3, "reason": "lat/lon are empty"},
        {"row": 4, "reason": "date '2022-02-30' is not a date (use YYYY-MM-DD)"},
    ]
    (r,) = res.records
    assert (r["id"], r["country"], r["date_start"], r["weapon"]) == (
        "cir:A1",
        "UA",
        "2022-03-05",
        "Grad",
    )  # noqa: E501
    assert r["sources"][0]["url"] is None  # only http(s) links are kept
    assert r["articles"] == ["mine.csv"]


def test_geojson_points():
    res = parse_geojson(POINTS, layer="pts")
    assert res.summary() == {
        "loaded": 3,
        "skipped": [
            {"row": 4, "reason": "geometry is a Polygon; only points are imported"},
            {"row": 5, "reason": "longitude '200' is outside -180..180"},
            {"row": 6, "reason": "date 'yesterday' is not a date (use YYYY-MM-DD)"},
            {"row": 7, "reason": "not a GeoJSON Feature"},
        ],
    }
    recs = by_id(res)
    p1 = recs["pts:p1"]
    assert (p1["place"], p1["lat"], p1["lon"], p1["killed"], p1["actor"]) == (
        "Kyiv",
        50.4501,
        30.5234,
        5,
        "Russia",
    )
    assert p1["sources"][0]["url"] == "https://example.org/kyiv"
    p2 = recs["pts:p2"]
    assert (p2["place"], p2["date_start"], p2["actor"]) == ("Kharkiv", "2024-01-10", "Ukraine")
    assert p2["sources"][0]["url"] is None  # javascript: dropped
    p3 = recs["pts:p3"]
    assert p3["lat"] is None and p3["date_precision"] == "unknown"
    with pytest.raises(ValueError, match="invalid JSON"):
        parse_geojson("{nope")
    with pytest.raises(ValueError, match="FeatureCollection"):
        parse_geojson(json.dumps({"type": "Point", "coordinates": [1, 2]}))


def test_sniff_and_helpers(tmp_path):
    assert sniff_format(ACLED) == "acled"
    assert sniff_format(POINTS) == "geojson"
    if CIR.exists():
        assert sniff_format(CIR) == "cir"
    other = tmp_path / "x.csv"
    other.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="--format"):
        sniff_format(other)
    assert import_file(POINTS).layer == "import_points"
    assert country_code("Belaurs") == "BY" and country_code("Russa") == "RU"
    assert country_code("Other (type name in cell)") is None
    assert (
        posted_date("https://twitter.com/x/status/1496965140318769152").isoformat() == "2022-02-24"
    )  # noqa: E501
    assert posted_date("https://example.org/1") is None
    assert country_from_point(50.45, 30.52) == "UA"
    assert country_from_point(55.75, 37.6) == "RU"
    assert country_from_point(53.9, 27.56) == "BY"
    assert country_from_point(44.6, 33.5) == "UA"  # Sevastopol
    assert country_from_point(34.7, 33.0) is None  # Cyprus
