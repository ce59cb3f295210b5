"""Rules of language for coders' notes and footage captions (issue 12, fourth round).

What a strike leaves behind (an impact, remnants, a rocket stuck in the ground), present-tense
caption verbs, and place clauses that only look like non-events. Sentences are our own.
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
        ("Iskander missile impact near the station in Lozova, Kharkiv Oblast.", "Lozova"),
        ("Remnants of a cruise missile in a field in Bucha, Kyiv Oblast.", "Bucha"),
        ("Fragments of an Uragan rocket found in Okhtyrka, Sumy Oblast.", "Okhtyrka"),
        ("Rocket remains on a playground in Izium, Kharkiv Oblast.", "Izyum"),
        ("A Smerch rocket stuck in the pavement in Mykolaiv.", "Mykolayiv"),
        ("Casualties after the downing of a missile over Donetsk.", "Donetsk"),
        ("Ukrainian forces shell a fuel depot in Tokmak, Zaporizhzhia Oblast.", "Tokmak"),
        ("A drone bombs an armoured vehicle in Vasylivka, Zaporizhzhia Oblast.", "Vasylivka"),
        ("A port warehouse catching fire after a missile strike in Odesa.", "Odesa"),
    ],
)  # fmt: skip
def test_what_a_strike_leaves_behind_is_an_event_at_its_place(text: str, town: str) -> None:
    assert town in towns(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bombing of a Russian ammunition supply in Svatove, Luhansk Oblast.", "Svatove"),
        ("Shelling during the evacuation in Irpin, Kyiv Oblast.", "Irpin"),
    ],
)  # fmt: skip
def test_a_thing_struck_or_a_time_adverbial_is_no_non_event(text: str, town: str) -> None:
    assert town in towns(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trucks supply troops in Svatove, Luhansk Oblast.",
        "Residents were evacuated to Dnipro after the shelling.",
        "Parts of the bridge were repaired in Kherson.",
    ],
)
def test_supply_evacuation_and_parts_without_a_weapon_stay_non_events(text: str) -> None:
    assert not {"Svatove", "Dnipro", "Kherson"} & set(towns(text))


def test_a_foreign_transliteration_written_with_its_oblast_is_found() -> None:
    # "j" for й/ь as in Dutch, German or Polish spellings of Ukrainian villages.
    assert towns("Artillery fire hit houses in Kun'je, Kharkiv Oblast.") == ["Kunie"]
