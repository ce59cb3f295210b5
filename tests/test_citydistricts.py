"""City districts by name (geo.citydistricts): KATOTTG's, and their former names from
GeoNames, in any common spelling."""

from __future__ import annotations

import pytest

from geo.citydistricts import cities_with_district, district_key, has_district
from geo.places import default_resolver


@pytest.mark.parametrize(
    ("written", "cities"),
    [
        ("Kholodnohirskyi", {"Kharkiv"}),
        ("Kholodnogorsky district", {"Kharkiv"}),  # the Russian spelling
        ("Nemyshlianskyi distr.", {"Kharkiv"}),
        ("Pechersky", {"Kyiv"}),
        ("Saltivskyi", {"Kharkiv"}),
        ("Industrialnyi", {"Kharkiv", "Dnipro"}),
        # a Soviet name GeoNames keeps for a district (Kharkiv's Saltivskyi, Donetsk's
        # Smolianskyi), under any spelling
        ("Moskovskyi", {"Kharkiv"}),
        ("Kuibyshevsky district", {"Donetsk"}),
        ("Voroshilovsky", {"Donetsk"}),
        # a name a district bears today is not another city's former one
        ("Slobidskyi", {"Kharkiv"}),
        # no district is so called
        ("Zhytomyrskyi", set()),
    ],
)
def test_a_districts_cities(written: str, cities: set[str]) -> None:
    assert set(cities_with_district(written)) == cities


def test_spellings_meet_on_their_consonants() -> None:
    assert district_key("Kievsky") == district_key("Kyivskyi")
    assert district_key("Shevchenkovsky") == district_key("Shevchenkivskyi")


def test_a_town_has_its_districts_under_its_gazetteer_spelling() -> None:
    kharkiv = next(p for p in default_resolver().namesakes("Kharkiv") if p.country == "UA")
    assert has_district(kharkiv, "Kyivskyi")
    assert not has_district(kharkiv, "Pecherskyi")


def test_a_city_named_with_its_district_keeps_an_old_districts_name() -> None:
    from geo.citydistricts import the_districts_city

    gaz = default_resolver()
    donetsk = next(p for p in gaz.namesakes("Donetsk") if p.country == "UA" and p.population > 1e5)
    # (Leninskyi is Sevastopol's in KATOTTG 2024; Donetsk's was renamed)
    assert the_districts_city("Leninsky", donetsk, None, gaz, here=True) == donetsk
    assert the_districts_city("Kholodnohirskyi", None, None, gaz).name == "Kharkiv"
