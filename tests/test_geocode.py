"""Resolving names in context, parsing queries, and the opt-in online fallback."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from geopy.exc import GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut

from geo.gazetteer import Gazetteer
from geo.geocode import geocode, geocode_records, parse_query, resolve
from geo.onlinegeocoder import OnlineGeocoder
from geo.placerank import GeoHints, haversine_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "admin1", "lat", "lon"),
    [
        ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23),
        ("Kharkov", "Kharkiv Oblast", 49.99, 36.23),
        ("Khar'kiv", "Kharkiv Oblast", 49.99, 36.23),
        ("Zaporozhye", "Zaporizhzhia Oblast", 47.84, 35.14),
        ("Zaporizhia", "Zaporizhzhia Oblast", 47.84, 35.14),
        ("Artemovsk", "Donetsk Oblast", 48.60, 38.00),
        ("Kiev", "Kyiv City", 50.45, 30.52),
        ("Odessa", "Odesa Oblast", 46.48, 30.73),
        ("Donetsk", "Donetsk Oblast", 48.02, 37.80),
        ("Dnepropetrovsk", "Dnipropetrovsk Oblast", 48.46, 35.04),
        ("Kirovograd", "Kirovohrad Oblast", 48.51, 32.26),
        ("Nikolaev", "Mykolaiv Oblast", 46.97, 32.00),
        ("Lugansk", "Luhansk Oblast", 48.57, 39.31),
        ("Krivoy Rog", "Dnipropetrovsk Oblast", 47.91, 33.39),
        ("Slavyansk", "Donetsk Oblast", 48.85, 37.60),
        ("Sloviansk", "Donetsk Oblast", 48.85, 37.60),
        ("Severodonetsk", "Luhansk Oblast", 48.95, 38.49),
        ("Izyum", "Kharkiv Oblast", 49.21, 37.26),
        ("Ugledar", "Donetsk Oblast", 47.78, 37.25),
        ("Krasnoarmeysk", "Donetsk Oblast", 48.28, 37.18),
        ("Konstantinovka", "Donetsk Oblast", 48.53, 37.71),
        ("Energodar", "Zaporizhzhia Oblast", 47.50, 34.66),
        ("Volchansk", "Kharkiv Oblast", 50.29, 36.94),
        ("Graivoron", "Belgorod Oblast", 50.48, 35.68),
        ("Sudzha", "Kursk Oblast", 51.19, 35.27),
        ("Shebekino", "Belgorod Oblast", 50.41, 36.90),
        ("Engels", "Saratov Oblast", 51.48, 46.11),
        ("Yeysk", "Krasnodar Krai", 46.71, 38.28),
    ],
)
def test_spellings_resolve_to_the_war_zone_town(gaz: Gazetteer, name: str, admin1: str,
                                                lat: float, lon: float) -> None:
    p = resolve(gaz, name).place
    assert p is not None and p.lat is not None and p.lon is not None
    assert (p.admin1, p.precision) == (admin1, "town")
    assert haversine_km((p.lat, p.lon), (lat, lon)) < 10


def test_odessa_is_ukraine_unless_the_text_is_about_texas(gaz: Gazetteer) -> None:
    assert resolve(gaz, "Odessa").place.country == "UA"  # type: ignore[union-attr]
    assert resolve(gaz, "Odessa", GeoHints(countries=("US",))).place.country == "US"  # type: ignore[union-attr]


def test_donetsk_in_rostov_when_hinted(gaz: Gazetteer) -> None:
    res = resolve(gaz, "Donetsk", GeoHints(regions=("Rostov Oblast",)))
    assert res.place is not None and res.place.country == "RU"
    assert res.place.admin1 == "Rostov Oblast"
    assert geocode(gaz, "Donetsk, Rostov region").place.admin1 == "Rostov Oblast"  # type: ignore[union-attr]


def test_pervomaiske_follows_its_oblast(gaz: Gazetteer) -> None:
    kharkiv = geocode(gaz, "Pervomaiske, Kharkiv Oblast").place
    mykolaiv = geocode(gaz, "Pervomaiske, Mykolaiv Oblast").place
    assert kharkiv is not None and mykolaiv is not None
    assert kharkiv.admin1 == "Kharkiv Oblast" and mykolaiv.admin1 == "Mykolaiv Oblast"
    assert kharkiv.key != mykolaiv.key


def test_bare_common_village_name_is_ambiguous(gaz: Gazetteer) -> None:
    res = resolve(gaz, "Novoselivka")
    assert res.place is not None and res.ambiguous and len(res.candidates) > 3


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Kharkiv region", "any", "Kharkiv Oblast"),
        ("Kharkiv Oblast", "any", "Kharkiv Oblast"),
        ("Kharkivska oblast", "any", "Kharkiv Oblast"),
        ("Kharkov region", "any", "Kharkiv Oblast"),
        ("region of Kharkiv", "any", "Kharkiv Oblast"),
        ("the Kharkiv region", "any", "Kharkiv Oblast"),
        ("Kharkiv", "region", "Kharkiv Oblast"),
        ("Belgorod region", "any", "Belgorod Oblast"),
        ("Kursk Oblast", "any", "Kursk Oblast"),
        ("Krasnodar Krai", "any", "Krasnodar Krai"),
        ("Belgorod", "region", "Belgorod Oblast"),
        ("Korochansky district", "any", "Korochansky district"),
        ("Sudzha district", "any", "Sudzhansky district"),
        ("Donbas", "any", "Donbas"),
        ("Donbass", "any", "Donbas"),
        ("Crimea", "any", "Crimea"),
    ],
)
def test_regions_and_districts(gaz: Gazetteer, name: str, kind: str, expected: str) -> None:
    res = resolve(gaz, name, kind=kind)
    assert res.place is not None and res.place.name == expected
    assert res.place.precision == "region" and res.place.radius_km > 0


def test_town_beats_region_of_same_name(gaz: Gazetteer) -> None:
    assert resolve(gaz, "Kharkiv").place.precision == "town"  # type: ignore[union-attr]


def test_donbas_centre_and_radius(gaz: Gazetteer) -> None:
    p = resolve(gaz, "Donbas").place
    assert p is not None and p.lat is not None and p.lon is not None
    assert haversine_km((p.lat, p.lon), (48.0, 38.0)) < 30 and 100 <= p.radius_km <= 200


@pytest.mark.parametrize(
    ("name", "code"),
    [("Ukraine", "UA"), ("Russia", "RU"), ("Belarus", "BY"), ("Moldova", "MD"),
     ("Poland", "PL"), ("Romania", "RO"), ("Georgia", "GE"), ("United States", "US"),
     ("United Kingdom", "GB"), ("Britain", "GB"), ("Germany", "DE"), ("France", "FR")],
)
def test_countries(gaz: Gazetteer, name: str, code: str) -> None:
    res = resolve(gaz, name, kind="country")
    assert res.place is not None and res.place.country == code
    assert res.place.precision == "country"
    assert resolve(gaz, name).place.precision == "country"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Xyzzyville", "", "   ", "Oblast", "Qwertz district"])
def test_unknown_names_return_none(gaz: Gazetteer, name: str) -> None:
    res = resolve(gaz, name)
    assert res.place is None and res.candidates == () and not res.ambiguous


def test_bad_kind_is_a_programming_error(gaz: Gazetteer) -> None:
    with pytest.raises(ValueError):
        resolve(gaz, "Kharkiv", kind="village")


def test_near_hint_breaks_ties(gaz: Gazetteer) -> None:
    res = resolve(gaz, "Novoselivka", GeoHints(near=(49.1, 37.7)))
    assert res.place is not None and res.place.admin1 == "Donetsk Oblast"


@pytest.mark.parametrize(
    ("query", "name", "regions", "first_country"),
    [
        ("Pervomaiske, Kharkiv Oblast", "Pervomaiske", ("Kharkiv Oblast",), "UA"),
        ("Pervomaiske (Kharkiv Oblast)", "Pervomaiske", ("Kharkiv Oblast",), "UA"),
        ("Donetsk, Rostov Oblast, Russia", "Donetsk", ("Rostov Oblast",), "RU"),
        ("Kharkiv", "Kharkiv", (), "UA"),
        ("Odessa, US", "Odessa", (), "US"),
    ],
)
def test_parse_query(query: str, name: str, regions: tuple[str, ...], first_country: str) -> None:
    got_name, hints = parse_query(query)
    assert got_name == name and hints.regions == regions
    assert hints.countries[0] == first_country


# ---------------------------------------------------------------- online fallback


class FakeLocation:
    def __init__(self, lat: Any, lon: Any, raw: dict[str, Any] | None = None) -> None:
        self.latitude, self.longitude = lat, lon
        self.address = "Atlantis, Ocean"
        self.raw = raw if raw is not None else {"osm_type": "node", "osm_id": 42,
                                                "name": "Xyzzyville", "addresstype": "town",
                                                "address": {"country_code": "xx"}}


class FakeGeocoder:
    """Records calls; answers from a script (a value, an exception or None)."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[str] = []

    def geocode(self, query: str, exactly_one: bool = True, **kwargs: Any) -> Any:
        self.calls.append(query)
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def _online(tmp_path: Path, answer: Any) -> tuple[OnlineGeocoder, FakeGeocoder]:
    fake = FakeGeocoder(answer)
    return OnlineGeocoder(fake, tmp_path / "online.json", min_delay_seconds=0.0), fake


def test_online_used_only_on_offline_miss(gaz: Gazetteer, tmp_path: Path) -> None:
    online, fake = _online(tmp_path, FakeLocation(10.0, 20.0))
    assert geocode(gaz, "Kharkiv", online=online).place.source == "gazetteer"  # type: ignore[union-attr]
    assert fake.calls == []
    res = geocode(gaz, "Xyzzyville", online=online)
    assert res.place is not None and res.place.source == "online"
    assert (res.place.lat, res.place.lon, res.place.country) == (10.0, 20.0, "XX")
    assert res.place.key == "osm:node42" and fake.calls == ["Xyzzyville"]


def test_online_cache_hit_avoids_second_call(gaz: Gazetteer, tmp_path: Path) -> None:
    online, fake = _online(tmp_path, FakeLocation(10.0, 20.0))
    geocode(gaz, "Xyzzyville", online=online)
    geocode(gaz, "Xyzzyville", online=online)
    assert fake.calls == ["Xyzzyville"]
    # and across processes: a new wrapper reads the answer from disk
    again, fake2 = _online(tmp_path, FakeLocation(0.0, 0.0))
    assert geocode(gaz, "Xyzzyville", online=again).place.lat == 10.0  # type: ignore[union-attr]
    assert fake2.calls == []


def test_online_not_found_is_cached_too(gaz: Gazetteer, tmp_path: Path) -> None:
    online, fake = _online(tmp_path, None)
    assert geocode(gaz, "Xyzzyville", online=online).place is None
    assert geocode(gaz, "Xyzzyville", online=online).place is None
    assert fake.calls == ["Xyzzyville"]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (GeocoderTimedOut("Service timed out"), "timeout"),
        (GeocoderRateLimited("HTTP Error 429: Too Many Requests"), "rate limited"),
        (GeocoderServiceError("HTTP Error 503: Service Unavailable"), "503"),
        (ConnectionError("network down"), "network down"),
        (FakeLocation("garbage", None), "unavailable"),
        (FakeLocation(123.0, 20.0), "unavailable"),
        ("not a location at all", "unavailable"),
    ],
)
def test_online_faults_fall_back_with_a_message(gaz: Gazetteer, tmp_path: Path, answer: Any,
                                                reason: str) -> None:
    online, fake = _online(tmp_path, answer)
    res = geocode(gaz, "Xyzzyville", online=online)
    assert res.place is None and res.message is not None
    assert "online geocoder unavailable" in res.message and reason in res.message
    geocode(gaz, "Xyzzyville", online=online)
    assert len(fake.calls) == 2  # faults are not cached: the next call tries again


def test_corrupt_online_cache_is_rebuilt_with_warning(gaz: Gazetteer, tmp_path: Path) -> None:
    (tmp_path / "online.json").write_text("{not json", encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="corrupt"):
        online, fake = _online(tmp_path, FakeLocation(1.0, 2.0))
    assert geocode(gaz, "Xyzzyville", online=online).place is not None
    assert json.loads((tmp_path / "online.json").read_text(encoding="utf-8"))


def test_geocode_records(gaz: Gazetteer, tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rows = geocode_records(["Kharkiv", "Kharkiv region", "Ukraine", "Xyzzyville"], gaz)
    assert [r["precision"] for r in rows] == ["town", "region", "country", None]
    assert rows[0]["country"] == "UA" and rows[0]["source"] == "gazetteer"
    assert rows[1]["source"] == "curated"
    assert rows[3] == {"query": "Xyzzyville", "name": None, "country": None, "lat": None,
                       "lon": None, "precision": None, "source": None}
    assert set(rows[0]) == {"query", "name", "country", "lat", "lon", "precision", "source"}
