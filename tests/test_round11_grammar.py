"""Rules of language and geography from the eleventh round (issue 12, session 15).

Each test is our own sentence of a kind the round's blind sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo import lexicon as lx
from geo.articles import make_article
from geo.attribution import find_actor, find_figure
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


# --- dataset notes ------------------------------------------------------------------------

NOTE = """ date 2023-08-15 ACLED | Explosions/Remote violence: Shelling/artillery/missile attack | {town}
Source: {source}

On 14 August 2023, Russian forces shelled {town} ({raion} raion, {oblast}) with artillery, damaging
3 private houses. 1 civilian was injured.
"""


@pytest.mark.parametrize(
    ("town", "raion", "oblast", "lat", "lon"),
    [
        ("Kamianske", "Vasylivka", "Zaporizhzhia", 47.539, 35.374),
        ("Zolochiv", "Bohodukhiv", "Kharkiv", 50.280, 35.982),
        ("Pokrovske", "Synelnykove", "Dnipropetrovsk", 47.981, 36.234),
    ],
)
def test_a_notes_bare_headline_name_is_the_place_its_body_qualifies(
    town: str, raion: str, oblast: str, lat: float, lon: float
) -> None:
    text = NOTE.format(town=town, raion=raion, oblast=oblast, source="Regional police")
    [one] = incidents(text)
    assert km(one, lat, lon) < 10


def test_a_source_line_cites_and_leaves_the_notes_own_voice() -> None:
    text = NOTE.format(
        town="Kamianske", raion="Vasylivka", oblast="Zaporizhzhia",
        source="Zaporizhzhia Regional Military Administration",
    )  # fmt: skip
    [one] = incidents(text)
    assert (one.actor, one.attribution) == ("Russia", "stated")


def test_a_headline_is_the_event_its_story_dates_not_the_rescues_day() -> None:
    text = (
        " date 2023-01-18 ACLED | Explosions/Remote violence: Shelling/artillery/missile attack"
        " | Dnipro\n\nOn 14 January 2023, Russian forces struck a residential building in Dnipro"
        " (Dnipro raion, Dnipropetrovsk) with a Kh-22 missile. 46 fatalities and 80 injured; the"
        " search and rescue operation ended on 17 January.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 1, 14)


# --- places -------------------------------------------------------------------------------


def test_a_road_named_after_a_town_is_not_the_town() -> None:
    assert roles("Videos filmed on the Simferopol highway show smoke over the depot.") == {
        "Simferopol": "context"
    }
    assert roles("A missile hit the Chonhar road bridge on Thursday.")["Chonhar"] == "target"


def test_a_village_in_the_one_region_named_is_that_regions_namesake() -> None:
    [one] = incidents(
        " date 2024-06-19 Depot hit\n\nThe Tambov region governor said drones struck an oil"
        " depot in Kotovsk overnight.\n"
    )
    assert one.place.precision == "town" and km(one, 52.590, 41.503) < 10


def test_a_part_of_a_city_the_index_lacks_is_placed_at_the_city() -> None:
    [one] = incidents(
        " date 2024-06-24 Beach\n\nOn 23 June 2024, submunitions exploded over a beach near"
        " Liubymivka in the Nakhimovskyi district of Sevastopol, killing 4 people.\n"
    )
    assert km(one, 44.666, 33.549) < 10  # not a Liubymivka 500 km away


def test_a_site_named_after_a_village_is_struck_in_the_town_it_is_in() -> None:
    [one] = incidents(
        " date 2023-08-31 Airfield\n\nOn the night of 29 to 30 August 2023, drones attacked the"
        " Kresty military airfield in Pskov, damaging four transport aircraft.\n"
    )
    assert km(one, 57.819, 28.332) < 10


@pytest.mark.parametrize("owner", ["Zelenskiy's hometown of", "the birthplace of", "the native"])
def test_a_hometown_is_a_descriptor_of_the_town_struck(owner: str) -> None:
    assert roles(f"A missile strike on {owner} Kryvyi Rih killed 19.")["Kryvyi Rih"] == "target"


def test_an_earlier_strike_with_its_day_after_since_is_an_incident() -> None:
    sentence = "It was the deadliest attack since a Russian airstrike on March 16 destroyed a theater in Mariupol."
    assert roles(sentence)["Mariupol"] == "target"
    assert roles(sentence.replace(" on March 16", ""))["Mariupol"] == "context"


# --- sides and figures ----------------------------------------------------------------------


def test_who_intercepted_is_not_who_struck() -> None:
    side, _ = find_actor(
        "Fragments fell on a beach after the missile was intercepted by Russian air defence."
    )
    assert side != "Russia"
    assert find_actor("The bridge was destroyed by Ukrainian forces.")[0] == "Ukraine"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("an attack on an apartment building in February 2023 killed three.", 3),
        ("A strike on April 8, 2022, killed 61 people, and an attack in 2023 killed three.", 61),
    ],
)
def test_a_year_is_never_a_toll(text: str, killed: int) -> None:
    assert find_figure(text, lx.KILLED) == killed


def test_a_man_born_in_a_year_is_still_one_person_hurt() -> None:
    assert find_figure("A man born in 1965 was injured.", lx.INJURED) == 1


# --- days of words ------------------------------------------------------------------------


def test_a_strike_told_the_next_day_is_the_strike_told_before() -> None:
    text = (
        " date 2023-06-28 Kramatorsk\n\nA Russian missile strike on a restaurant in Kramatorsk on"
        " the evening of June 27 killed 10 people.\n\nRussia's Defense Ministry claimed on June 28"
        " that it had struck a command post in Kramatorsk.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 6, 27)
    assert one.attribution == "claimed"


def test_words_about_a_strike_in_the_city_on_another_day_are_no_new_strike() -> None:
    text = (
        " date 2022-07-15 Vinnytsia\n\nA Russian missile strike on the city of Vinnytsia killed 23"
        " people on Thursday.\n\nRussia's defence ministry said on Friday that the strike had"
        " targeted a meeting at the city's House of Officers.\n"
    )
    assert len(incidents(text)) == 1


def test_an_attack_named_as_what_words_are_about_is_the_one_told() -> None:
    text = (
        " date 2024-01-01 Toll\n\nA Russian strike hit Kharkiv on Saturday evening, injuring 28"
        " people.\n\nSpeaking in a hospital on Monday, Putin called the Belgorod attack terror. He"
        " did not mention the attack on Kharkiv.\n"
    )
    [one] = incidents(text)
    assert one.date.start == date(2023, 12, 30)
