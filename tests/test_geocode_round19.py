"""Round 19 of the geocoder: rules found on CIR's even rows, tested on made-up places.

A small gazetteer is built from invented towns (the curated oblasts are real), so each test
checks a rule of spelling or geography, never a real place's answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from geo import gazetteer as gz
from geo.gazetteer import Gazetteer
from geo.gazetteerbuild import CITIES_ENV, _add_section
from geo.gazetteerindex import _IndexBuilder, _Tables
from geo.geocode import parse_query, resolve
from geo.landmarks import Landmark
from geo.model import Place
from geo.translit import slavic_adjective_forms

# (geonameid, name, lat, lon, population, admin1 code): invented, in the style of real ones.
_TOWNS = [
    (9900001, "Hlybokoiarsk", 49.40, 36.90, 15_000, "07"),  # Kharkiv Oblast
    (9900002, "Hlybokoiarske", 49.10, 35.60, 20_000, "07"),
    (9900003, "Korsunka", 49.70, 37.10, 9_000, "07"),
    (9900004, "Korsunya", 49.20, 35.90, 0, "07"),
    (9900005, "Stepohirsk", 48.30, 38.00, 40_000, "05"),  # Donetsk Oblast, by Luhansk's
    (9900006, "Tykhodolyn", 48.25, 38.05, 600, "05"),
    (9900007, "Nova Mlynivka", 49.80, 36.60, 300, "07"),
    (9900008, "Verkhnia Solonka", 49.60, 36.20, 150, "07"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    tmp = tmp_path_factory.mktemp("round19")
    cities = tmp / "cities.json"
    records = {
        str(gid): {
            "geonameid": gid, "name": name, "latitude": lat, "longitude": lon,
            "countrycode": "UA", "population": pop, "admin1code": a1, "alternatenames": [],
        }
        for gid, name, lat, lon, pop, a1 in _TOWNS
    }  # fmt: skip
    cities.write_text(json.dumps(records), encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(CITIES_ENV, str(cities))
        gz.clear_memo()
        yield Gazetteer.load(tmp / "cache")
    gz.clear_memo()


def _where(gaz: Gazetteer, query: str) -> Place | None:
    name, hints = parse_query(query)
    return resolve(gaz, name, hints).place


def test_a_misspelling_means_the_town_fewest_slips_away(gaz: Gazetteer) -> None:
    # one swapped pair from Hlybokoiarsk, two slips from the bigger Hlybokoiarske
    place = _where(gaz, "Hlybokoairsk, Kharkiv Oblast, Ukraine")
    assert place is not None and place.name == "Hlybokoiarsk"


def test_a_misspelling_means_the_town_ten_times_the_village(gaz: Gazetteer) -> None:
    # one slip from both: the town of 9,000, not the village of unknown size
    place = _where(gaz, "Korsuna, Kharkiv Oblast, Ukraine")
    assert place is not None and place.name == "Korsunka"


def test_a_town_just_across_the_written_oblast_border(gaz: Gazetteer) -> None:
    place = _where(gaz, "Stepohirsk, Luhansk Oblast, Ukraine")
    assert place is not None and place.name == "Stepohirsk"


def test_a_far_town_or_a_village_across_the_border_is_no_slip_of_the_oblast(
    gaz: Gazetteer,
) -> None:
    far = _where(gaz, "Stepohirsk, Lviv Oblast, Ukraine")
    village = _where(gaz, "Tykhodolyn, Luhansk Oblast, Ukraine")
    assert far is not None and far.precision == "region"
    assert village is not None and village.precision == "region"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("New Mlynivka, Kharkiv Oblast, Ukraine", "Nova Mlynivka"),
        ("Upper Solonka, Kharkiv Oblast", "Verkhnia Solonka"),
    ],
)
def test_an_english_adjective_is_the_slavic_one(gaz: Gazetteer, query: str, expected: str) -> None:
    place = _where(gaz, query)
    assert place is not None and place.name == expected


def test_slavic_adjective_forms() -> None:
    forms = slavic_adjective_forms("Old Kruty")
    assert "Staryi Kruty" in forms and "Staraya Kruty" in forms
    assert slavic_adjective_forms("Newport") == []
    assert slavic_adjective_forms("New") == []


def _with_sections() -> Gazetteer:
    """One oblast, its city and two of the city's sections (GeoNames PPLX), built by hand."""
    t = _Tables()
    ix = _IndexBuilder(t)
    oblast = t.add("cur:zorianska", "Zorianska Oblast", "UA", 49.0, 33.0, "region",
                   "Zorianska Oblast", radius=100.0, curated=True)  # fmt: skip
    t.regions[("UA", "Zorianska Oblast")] = oblast
    ix.add("Zorianska Oblast", oblast, alternate=False)
    city = t.add("gn:9900100", "Zoriansk", "UA", 49.0, 33.0, "town", "Zorianska Oblast", 300_000)
    ix.add("Zoriansk", city, alternate=False)
    for gid, name, names, lat, pop in [
        ("9900101", "Lisnivka", "Lisnivka|Lesnovka", 49.05, 120_000),
        ("9900102", "Tsentralnyi", "Tsentralnyi", 48.95, 0),
    ]:
        rec = {"id": gid, "name": name, "cc": "UA", "lat": str(lat), "lon": "33.0",
               "population": str(pop), "names": names}  # fmt: skip
        _add_section(t, rec, "Zorianska Oblast")
    ix.finish()
    return Gazetteer(t)


def test_a_section_of_a_city_written_with_its_oblast() -> None:
    gaz = _with_sections()
    for query in ("Lisnivka, Zorianska Oblast", "Lesnovka, Zorianska Oblast"):
        place = _where(gaz, query)
        assert place is not None and place.name == "Lisnivka" and place.precision == "town"
    # a section is never a town alone: bare, the name stays unknown
    assert gaz.lookup("Lisnivka") == []
    assert resolve(gaz, "Lisnivka").place is None


def test_a_named_site_no_town_is_called(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    isle = Place(key="site:vorony-isle", name="Vorony Isle", country="UA", lat=46.0,
                 lon=31.0, precision="town", admin1="Odesa Oblast", source="landmarks")  # fmt: skip
    site = Landmark(re.compile(r"\b(?:Crow Island|Vorony Isle)\b", re.IGNORECASE), isle)
    monkeypatch.setattr("geo.regionfallbacks.load_landmarks", lambda: (site,))
    assert _where(gaz, "Crow Island, Ukraine") == isle
    assert _where(gaz, "Crow Island, Odesa Oblast, Ukraine") == isle
    elsewhere = _where(gaz, "Crow Island, Kharkiv Oblast, Ukraine")
    assert elsewhere is not None and elsewhere.precision == "region"
