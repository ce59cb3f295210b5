"""The offline gazetteer: normalisation, lookups, regions, countries and its disk cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo import gazetteer as gz
from geo.gazetteer import Gazetteer
from geo.gazetteerbuild import CITIES_ENV
from geo.placenames import MAX_NAME_WORDS, normalize_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kharkiv", "kharkiv"),
        ("Khar'kiv", "kharkiv"),
        ("Khar’kiv", "kharkiv"),
        ("KHARKIV", "kharkiv"),
        ("Bila Tserkva", "bila tserkva"),
        ("Bila-Tserkva", "bila tserkva"),
        ("  Bila   Tserkva ", "bila tserkva"),
        ("St. Petersburg", "saint petersburg"),
        ("Saint Petersburg", "saint petersburg"),
        ("Dnipropetrovs’k", "dnipropetrovsk"),
        ("Łódź", "lodz"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("U.S.", "u s"),
        ("Харків", "харків"),  # Cyrillic is kept (KATOTTG and GeoNames' Cyrillic names)
        ("Куп’янськ", "купянськ"),
        ("Щёкино", "щекино"),
        ("Йосипівка", "йосипівка"),
        ("東京", ""),
    ],
)
def test_normalize_name(text: str, key: str) -> None:
    assert normalize_name(text) == key


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Kharkiv", "Kharkiv", "UA"),
        ("Kharkov", "Kharkiv", "UA"),
        ("Khar'kiv", "Kharkiv", "UA"),
        ("Kiev", "Kyiv", "UA"),
        ("Artemovsk", "Bakhmut", "UA"),
        ("Belgorod", "Belgorod", "RU"),
        ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", "UA"),
    ],
)
def test_lookup_best_prior_first(gaz: Gazetteer, name: str, expected: str, country: str) -> None:
    towns = [p for p in gaz.lookup(name) if p.country == country and p.precision == "town"]
    assert towns and towns[0].name == expected


def test_primary_name_outranks_alternate_name(gaz: Gazetteer) -> None:
    # GeoNames lists 'Bilhorod-Dnistrovskyi' among Belgorod's alternate names.
    first = gaz.lookup("Bilhorod-Dnistrovskyi")[0]
    assert first.name == "Bilhorod-Dnistrovskyi" and first.admin1 == "Odesa Oblast"


def test_airport_codes_are_not_names(gaz: Gazetteer) -> None:
    assert all(p.name != "Belgorod" for p in gaz.lookup("EGO"))


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Kharkiv region", "Kharkiv Oblast"),
        ("Kharkiv Oblast", "Kharkiv Oblast"),
        ("Kharkivska oblast", "Kharkiv Oblast"),
        ("Kharkivs'ka oblast", "Kharkiv Oblast"),
        ("Kharkov region", "Kharkiv Oblast"),
        ("region of Kharkiv", "Kharkiv Oblast"),
        ("Belgorod region", "Belgorod Oblast"),
        ("Kursk Oblast", "Kursk Oblast"),
        ("Krasnodar Krai", "Krasnodar Krai"),
        ("Korochansky district", "Korochansky district"),
        ("Donbass", "Donbas"),
        ("Crimea", "Crimea"),
    ],
)
def test_curated_regions(gaz: Gazetteer, name: str, region: str) -> None:
    places = gaz.lookup(name)
    assert places[0].name == region
    assert places[0].precision == "region" and places[0].source == "curated"
    assert places[0].key.startswith("cur:") and places[0].radius_km > 0


def test_region_of_town_and_district(gaz: Gazetteer) -> None:
    kharkiv = gaz.lookup("Kharkiv")[0]
    region = gaz.region_of(kharkiv)
    assert region is not None and region.name == "Kharkiv Oblast"
    district = gaz.lookup("Korochansky district")[0]
    parent = gaz.region_of(district)
    assert parent is not None and parent.name == "Belgorod Oblast"
    assert gaz.region_of(gaz.lookup("Paris")[0]) is None


@pytest.mark.parametrize(("code", "name"), [("UA", "Ukraine"), ("RU", "Russia"),
                                            ("GB", "United Kingdom"), ("US", "United States"),
                                            ("fr", "France")])
def test_countries(gaz: Gazetteer, code: str, name: str) -> None:
    place = gaz.country(code)
    assert place is not None and place.name == name and place.precision == "country"
    assert place.located and place.radius_km > 0


def test_is_known_and_max_words(gaz: Gazetteer) -> None:
    assert gaz.is_known("Khar'kiv") and gaz.is_known("Britain")
    assert not gaz.is_known("Xyzzyville")
    assert gaz.lookup("Xyzzyville") == [] and gaz.lookup("") == []
    assert 3 <= gaz.max_words <= MAX_NAME_WORDS


def test_lookup_is_deterministic(gaz: Gazetteer) -> None:
    assert [p.key for p in gaz.lookup("Pervomaiske")] == [p.key for p in gaz.lookup("Pervomaiske")]


def test_a_warm_load_finds_the_same_places(gaz: Gazetteer) -> None:
    # the load time itself is measured by `python -m benchmarks.gazetteer`, not asserted here
    gz.clear_memo()
    again = Gazetteer.load()
    assert len(again.lookup("Kharkiv")) == len(gaz.lookup("Kharkiv"))


def _tiny_cities(tmp_path: Path) -> Path:
    path = tmp_path / "cities.json"
    rec = {"geonameid": 706483, "name": "Kharkiv", "latitude": 49.98, "longitude": 36.25,
           "countrycode": "UA", "population": 1421125, "admin1code": "07",
           "alternatenames": ["Kharkov", "EGO", "Харків"]}
    path.write_text(json.dumps({"706483": rec}), encoding="utf-8")
    return path


def test_corrupt_cache_is_rebuilt_with_warning(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CITIES_ENV, str(_tiny_cities(tmp_path)))
    cache = tmp_path / "cache"
    gz.clear_memo()
    first = Gazetteer.load(cache)
    assert [p.name for p in first.lookup("Kharkov")] == ["Kharkiv", "Kharkiv Oblast"]
    assert not first.is_known("EGO")
    cache_file = next(cache.glob("gazetteer-v*.pickle"))
    cache_file.write_bytes(b"\x80\x05 definitely not a pickle")
    gz.clear_memo()
    with pytest.warns(RuntimeWarning, match="corrupt"):
        again = Gazetteer.load(cache)
    assert again.lookup("Kharkiv")[0].key == "gn:706483"
    gz.clear_memo()
    Gazetteer.load(cache)  # the rebuilt file loads without a warning


def test_stale_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cities = _tiny_cities(tmp_path)
    monkeypatch.setenv(CITIES_ENV, str(cities))
    gz.clear_memo()
    Gazetteer.load(tmp_path)
    cities.write_text(cities.read_text().replace("1421125", "1421126"), encoding="utf-8")
    gz.clear_memo()
    with pytest.warns(RuntimeWarning, match="stale"):
        assert Gazetteer.load(tmp_path).lookup("Kharkiv")[0].population == 1421126
    gz.clear_memo()
