"""Rules of language and geography from the twelfth round (issue 12, session 16).

Each test is our own sentence of a kind the round's blind sets showed; none is a set's text.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article
from geo.attribution import find_actor
from geo.pipeline import extract_incidents
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.places import default_resolver


def incidents(text: str) -> list:
    return extract_incidents([make_article("t.txt", text)], default_resolver())


def roles(sentence: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(sentence, default_resolver())}


def km(incident, lat: float, lon: float) -> float:
    return haversine_km((incident.place.lat, incident.place.lon), (lat, lon))


def test_a_vehicle_struck_leaving_a_town_was_struck_by_that_town() -> None:
    found = roles(
        "A Russian drone hit a minibus evacuating residents from the town of Vovchansk "
        "in the Kharkiv region, killing two."
    )
    assert found == {"Vovchansk in the Kharkiv region": "target"}


def test_where_the_wounded_were_taken_is_no_strike_even_named_after_a_comma() -> None:
    text = (
        " date 2024-05-20 Drone hits minibus near Vovchansk\n"
        "A Russian drone hit a minibus evacuating residents from the town of Vovchansk "
        "in the Kharkiv region on Monday, killing two people. The injured were taken to "
        "hospitals in the regional capital, Kharkiv."
    )
    [one] = incidents(text)
    assert one.place.name == "Vovchansk"


def test_a_crash_whose_cause_is_being_established_is_no_strike() -> None:
    text = (
        " date 2023-05-10 Helicopter crash\n"
        "A military helicopter crashed near Uzyn in the Kyiv region on Wednesday morning. "
        "Two crew members died. Three people on the ground were hurt. The causes of the crash "
        "are being established, the police said."
    )
    assert incidents(text) == []


def test_a_village_qualified_by_its_region_keeps_it_whatever_region_comes_later() -> None:
    text = (
        " date 2023-03-10 Strikes\n"
        "On Thursday a missile hit a house in the village of Novosofiivka in the "
        "Zaporizhzhia region, and strikes on substations left part of the Kharkiv region "
        "without power."
    )
    near = [i for i in incidents(text) if i.place.precision == "town"]
    assert near and km(near[0], 47.904, 35.393) < 10


@pytest.mark.parametrize("verb", ["produced", "manufactured", "designed"])
def test_where_a_weapon_was_made_is_no_strike(verb: str) -> None:
    assert roles(f"The drones were Tu-141s, a Soviet model {verb} in Kharkiv.") == {
        "Kharkiv": "context"
    }


def test_bombers_at_the_base_struck_are_not_the_striker() -> None:
    text = (
        " date 2023-01-06 Explosions at airfield\n"
        "Explosions were reported early on Thursday at the Shaykovka airfield, the home base "
        "of the Tu-22M3 bombers, the Kaluga governor said, blaming Ukrainian drones."
    )
    [one] = incidents(text)
    assert one.actor == "Ukraine"


def test_a_body_named_after_its_town_is_who_speaks() -> None:
    assert roles("A source in the Kursk emergency services told TASS a tank had burned.") == {
        "Kursk": "weak"
    }


def test_sites_listed_after_explosions_were_heard_are_struck() -> None:
    found = roles(
        "On Monday explosions were heard at two airfields: Engels-2 in the Saratov region, "
        "home to strategic bombers, and Dyagilevo near Ryazan."
    )
    assert found.get("Engels-2") == "target" and found.get("Dyagilevo") == "target"


def test_a_site_and_the_town_it_is_named_after_are_one_incident() -> None:
    text = (
        " date 2022-12-27 Drone attack on Engels\n"
        "On Monday a Ukrainian drone was shot down on approach to the Engels-2 air base, "
        "Russia's defence ministry said. Residents of Engels reported an explosion near the "
        "base on Monday."
    )
    assert len(incidents(text)) == 1


def test_a_paragraph_led_by_its_place_goes_on_with_the_day_of_the_paragraph_before() -> None:
    text = (
        " date 2023-02-11 Russia fires missiles across Ukraine\n"
        "The Friday attacks began at dawn, when explosions were heard in Zaporizhzhia. A "
        "missile hit an energy facility there, officials said.\n\n"
        "In the western city of Khmelnytskyi, two missiles struck an industrial site, the "
        "mayor said. In the Ivano-Frankivsk region, a missile hit a power plant."
    )
    days = {
        i.place.name: (i.date.start.isoformat(), i.date.end.isoformat()) for i in incidents(text)
    }
    assert days["Khmelnytskyi"] == ("2023-02-10", "2023-02-10")
    assert days["Ivano-Frankivsk Oblast"] == ("2023-02-10", "2023-02-10")


def test_a_background_day_does_not_reach_the_next_paragraph() -> None:
    text = (
        " date 2024-04-12 Power plants hit\n"
        "Russian missiles destroyed the Trypilska thermal power plant early on Thursday. Its "
        "Zmiiv plant was destroyed by Russian missiles on March 22. The company has now lost "
        "all its generation. Repairs will take years.\n\n"
        "In Kharkiv, Russian drones hit energy facilities, the mayor said."
    )
    kharkiv = next(i for i in incidents(text) if i.place.name == "Kharkiv")
    assert kharkiv.date.end.isoformat() >= "2024-04-11"


def test_an_attempted_strike_names_its_attacker() -> None:
    text = "The ministry said that Ukraine had attempted to strike the airfield with drones."
    assert find_actor(text) == ("Ukraine", "subject")


def test_a_strike_named_as_what_something_answered_keeps_its_side() -> None:
    text = "He called the fire a punishment for the Russian missile strike on Uman."
    assert find_actor(text)[0] == "Russia"


def test_an_institution_named_after_a_city_but_placed_in_another_is_in_that_other() -> None:
    found = roles("Bombs fell on the Kharkiv National University building in Izium on Monday.")
    assert found["Izium"] == "target"
    assert found["Kharkiv National University"] == "context"


def test_the_defenders_of_a_place_are_people_not_a_strike_there() -> None:
    found = roles(
        "A blast destroyed a barracks near Olenivka where prisoners were held, many of them "
        "defenders of the Azovstal plant in Mariupol."
    )
    assert found["Olenivka"] == "target" and found["Azovstal"] == "context"


def test_a_drone_downed_as_it_approached_a_base_was_downed_there() -> None:
    assert roles(
        "Air defence shot down a drone as it approached the Morozovsk airfield overnight."
    ) == {"Morozovsk airfield": "target"}


def test_a_site_written_near_a_town_at_a_lists_head_is_struck() -> None:
    found = roles("The Khalino airfield near Kursk and the Baltimor airfield were also attacked.")
    assert found["Khalino airfield"] == "target"
