"""Rules of language for headlines, captions and short posts (issue 12, third round).

Present and progressive verbs, nouns of impact, and clauses whose non-event word is
overruled by a strike word nearer the place. Sentences are our own.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article
from geo.pipeline import extract_incidents
from geo.places import default_resolver


def towns(text: str) -> list[str]:
    article = make_article("t.txt", f" date 2023-03-14 probe\n\n{text}\n")
    return [i.place.name for i in extract_incidents([article], default_resolver()) if i.place]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Impact of a Kh-101 missile in Fastiv, Kyiv Oblast.", "Fastiv"),
        ("A rocket lands near a school in Chuhuiv, Kharkiv Oblast.", "Chuhuyiv"),
        ("Rocket motor impacted into a garden in Izium, Kharkiv Oblast.", "Izyum"),
        ("Footage of artillery destroying a bridge in Kupiansk, Kharkiv Oblast.", "Kupyansk"),
        ("A tank firing on houses in Siversk, Donetsk Oblast.", "Siversk"),
        ("A drone drops a grenade on a car in Beryslav, Kherson Oblast.", "Beryslav"),
        ("A helicopter launching rockets at positions near Bilohorivka, Luhansk Oblast.",
         "Bilohorivka"),
    ],
)  # fmt: skip
def test_headline_verbs_and_impact_nouns_are_events(text: str, town: str) -> None:
    assert town in towns(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Smoke coming from a paint factory after it was struck in Sumy, Sumy Oblast.", "Sumy"),
        ("Video showing a strike on a delivery service warehouse in Poltava.", "Poltava"),
    ],
)  # fmt: skip
def test_a_strike_word_nearer_the_place_overrules_a_non_event_word(text: str, town: str) -> None:
    assert towns(text) == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Aid deliveries reached Kherson on Tuesday, a week after the shelling stopped.",
        "Drones launched from Kursk struck Sumy on Tuesday.",
        "Missiles seen flying over Vinnytsia, heading west.",
    ],
)
def test_non_event_words_still_hold_without_a_nearer_strike(text: str) -> None:
    assert "Kherson" not in towns(text) and "Kursk" not in towns(text)
    assert "Vinnytsia" not in towns(text)


def test_a_victim_wounded_earlier_in_a_district_of_the_city_places_the_event() -> None:
    text = ("A woman who was wounded earlier in the Kyivskyi district of Donetsk by shelling "
            "died in hospital, the mayor said.")  # fmt: skip
    assert towns(text) == ["Donetsk"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Aftermath of a strike on a block of flats in Chasiv yar, Donetsk Oblast.", "Chasiv Yar"),
        ("Russian missiles hit Kryvyi rih on Monday.", "Kryvyy Rih"),
    ],
)  # fmt: skip
def test_a_known_name_typed_in_lower_case_is_still_the_place(text: str, town: str) -> None:
    assert towns(text) == [town]


def test_a_region_phrase_in_lower_case_stays_a_region() -> None:
    assert towns("Russian shelling hit Kharkiv region villages on Monday.") == ["Kharkiv Oblast"]


def test_a_video_timestamp_is_no_tally_of_strikes() -> None:
    assert towns("1:15 Russian strikes on a school in Balakliia, Kharkiv Oblast.") == ["Balakliya"]


def test_a_position_coming_under_fire_is_an_event() -> None:
    assert towns("A position coming under heavy fire in Bilohorivka, Luhansk Oblast.") == [
        "Bilohorivka"
    ]
