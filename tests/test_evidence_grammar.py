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


def figures(text: str) -> list[tuple[int | None, int | None]]:
    article = make_article("t.txt", f" date 2023-03-14 probe\n\n{text}\n")
    incidents = extract_incidents([article], default_resolver())
    per_source = [(s.killed, s.injured) for i in incidents for s in i.sources]
    return per_source + [(i.killed, i.injured) for i in incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # People treated or taken to hospital with wounds are the injured.
        ("A drone struck a bus in Nikopol on Monday. Four people are being treated for their "
         "injuries.", (None, 4)),
        ("A shell hit a yard in Kupiansk on Monday. The driver was taken to the district hospital "
         "with shrapnel wounds.", (None, 1)),
        # A later "also" adds people; "in total" updates the count.
        ("A missile hit a house in Pokrovske on Monday. A 36-year-old woman was injured. Her "
         "son was also injured.", (None, 2)),
        ("A drone hit a shop in Sumy on Monday. Two people were injured. Later, three more sought "
         "medical help. In total, five people were injured.", (None, 5)),

        # An aside between one person and the verb names no one new.
        ("A drone hit a car in Balakliia on Monday. His wife, a 55-year-old passenger, was "
         "injured.", (None, 1)),
        ("A shell hit a petrol station in Tetkino on Monday. A man born in 1974, an employee of "
         "the station, was wounded.", (None, 1)),
        # A counted group leads a list of people; each one after it adds one.
        ("A drone hit a minibus in Kherson on Monday. Four passengers, women aged 45 to 71, and "
         "the 58-year-old driver were injured.", (None, 5)),
        ("A shell hit a house in Orikhiv on Monday, killing a man and wounding his two sons.",
         (1, 2)),
        # The speaker after the victims is not one more victim; an aside of the dead is not
        # one of the wounded.
        ("Artillery shelled Zolochiv on Monday, wounding two men, the local military "
         "administration said.", (None, 2)),
        ("A missile hit Dnipro on Monday: 30 people were killed, including a 15-year-old girl, "
         "and 75 people were wounded.", (30, 75)),
    ],
)  # fmt: skip
def test_how_officials_count_the_wounded(text: str, want: tuple[int | None, int | None]) -> None:
    assert want in figures(text)


def test_the_wounded_who_died_later_are_killed() -> None:
    text = (
        "A Russian drone struck a car in Beryslav on Monday, wounding a man.\n\n"
        "The man who was wounded in Beryslav on Monday has died in hospital, officials said."
    )
    assert any(k == 1 for k, _ in figures(text))


def test_a_channels_next_post_goes_on_with_the_event() -> None:
    text = (
        "Ivan Petrenko | Sumy\nSumy. Explosions! Stay in shelters!\n👁 31.2K   02:38\n\n"
        "Ivan Petrenko | Sumy\nA drone hit a non-residential building. There is a fire.\n"
        "👁 29.8K   02:51\n\nIvan Petrenko | Sumy\nPreliminary: two people were injured.\n"
    )
    assert (None, 2) in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alerts sounded in Poltava and Kremenchuk, but the air force did not report any "
        "drone strikes there.",
        "Sirens sounded across Poltava during the hearing. No strikes on the city were reported.",
        "In the Poltava district, alerts were announced twice because of the threat of drones. "
        "No hits were recorded.",
    ],
)
def test_strikes_the_text_denies_are_no_incidents(text: str) -> None:
    assert towns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four miners were killed in a methane explosion at a coal mine in Antratsyt on Monday.",
        "Gunmen attacked a police post in Nalchik and in Baksan, killing three officers. "
        "Investigators opened a case. There was no indication that the attacks were linked to "
        "the war.",
    ],
)
def test_accidents_and_violence_outside_the_war_are_no_incidents(text: str) -> None:
    assert towns(text) == []


def test_a_name_that_begins_a_compound_place_is_that_place() -> None:
    text = "Drones set fire to the Slavyansk refinery in the town of Slavyansk-na-Kubani on Friday."
    assert towns(text) == ["Slavyansk-na-Kubani"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A missile struck Poltava on Monday. The strike led to the resignation of an adviser to "
         "the president's office in Kyiv.", "Kyiv"),
        ("Drones hit Poltava on Monday, as the president, back in Kyiv from Davos, asked allies "
         "for air defence.", "Kyiv"),
        ("Funerals were held in Lviv on Saturday for some of the 39 people killed in Friday's "
         "barrage of missiles.", "Lviv"),
        ("Alerts sounded in Kyiv overnight, but the air force reported no strikes on the "
         "capital.", "Kyiv"),
    ],
)  # fmt: skip
def test_offices_homecomings_funerals_and_denials_are_no_strike_places(
    text: str, absent: str
) -> None:
    assert absent not in towns(text)


def test_a_strike_on_a_home_in_a_city_is_at_that_city() -> None:
    assert "Mykolayiv" in towns("Russian rockets hit their home in Mykolaiv overnight.")


def test_a_year_opening_a_sentence_dates_its_event() -> None:
    article = make_article(
        "t.txt",
        " date 2025-01-14 probe\n\nIn 2023, Russian missiles struck Kharkiv, killing two.\n",
    )
    (incident,) = extract_incidents([article], default_resolver())
    assert (incident.date.start.isoformat(), incident.date.precision) == ("2023-01-01", "year")


def test_a_reaction_someone_wants_to_provoke_is_no_evidence() -> None:
    text = (
        "A drone hit a house in Shebekino on Monday, the governor said. They do this to force "
        "us into striking back, he added."
    )
    article = make_article("t.txt", f" date 2023-03-14 probe\n\n{text}\n")
    excerpts = [
        s.excerpt for i in extract_incidents([article], default_resolver()) for s in i.sources
    ]
    assert excerpts and not any("force us" in e for e in excerpts)
