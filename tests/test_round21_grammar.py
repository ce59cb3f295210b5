"""Rules of language from the twenty-first round (issue 12, session 25): logs and diaries
whose lines open with their own day, and places a note's layout hides.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates


@pytest.mark.parametrize(
    "line",
    [
        "- 04.06 (Tue) ~09:15 Mykolaiv: russian missile strike on the port, 3 killed.",
        "04.06 Tue Mykolaiv: russian missile strike on the port, 3 killed.",
        "Tue 04.06 ~09:15 Mykolaiv: russian missile strike on the port, 3 killed.",
        "Tue 4/6 | Mykolaiv | russian missile strike on the port, 3 killed",
    ],
)
def test_a_log_lines_stamp_is_no_word_of_its_clause(line: str) -> None:
    text = f" date 2024-06-05 duty log\n{line}\n"
    (mykolaiv,) = at(incidents(text), "Mykola")
    assert days([mykolaiv]) == [(date(2024, 6, 4), date(2024, 6, 4))]


def test_a_diary_lines_day_and_month_is_no_clock_time() -> None:
    text = (
        " date 2023-09-20 orchard diary\n"
        "11.09 Mon — pears picked, 2 t.\n"
        "12.09 Tue — night 11→12: russian rockets from across the river for an hour. Kherson"
        " worst: 4 killed, a clinic burning.\n"
        "13.09 Wed — rain.\n"
    )
    (kherson,) = at(incidents(text), "Kherson")
    start, end = days([kherson])[0]
    assert date(2023, 9, 11) <= start <= end <= date(2023, 9, 12)


def test_today_in_a_stamped_diary_line_is_that_lines_day() -> None:
    text = (
        " date 2023-09-20 orchard diary\n"
        "12.09 Tue — shelling all night from across the river, the sky red. In Bilozerka"
        " russian shells hit houses and the school, two injured. nobody in the orchard today,"
        " people went to help\n"
        "13.09 Wed — rain.\n"
    )
    (bilozerka,) = at(incidents(text), "Bilozerka")
    assert days([bilozerka]) == [(date(2023, 9, 12), date(2023, 9, 12))]


def test_a_two_date_stamp_still_dates_the_rest_of_its_line() -> None:
    text = (
        " date 2023-09-20 orchard diary\n"
        "12.09 Tue — night 11→12: russian rockets from across the river, for hours. Bilozerka"
        " worst: 2 killed.\n"
    )
    (bilozerka,) = at(incidents(text), "Bilozerka")
    start, end = days([bilozerka])[0]
    assert date(2023, 9, 11) <= start <= end <= date(2023, 9, 12)


def test_a_stadium_named_after_a_person_is_not_a_town() -> None:
    text = (
        " date 2023-03-05 Letter from Chernihiv\n"
        "On March 11, 2022, a Russian bomb tore a crater in the pitch of the Gagarin stadium in"
        " Chernihiv.\n"
    )
    found = incidents(text)
    assert not at(found, "Gagarin")
    (chernihiv,) = at(found, "Chernihiv")
    assert days([chernihiv]) == [(date(2022, 3, 11), date(2022, 3, 11))]


def test_a_numbered_paragraph_opened_by_its_town_tells_of_that_town() -> None:
    text = (
        " date 2025-04-30 Monthly update\n\n"
        "4. Kharkiv city was repeatedly struck during the month. On 18 April, a missile with"
        " cluster munitions hit an enterprise and residential areas of the city, killing one"
        " civilian.\n"
    )
    (kharkiv,) = at(incidents(text), "Kharkiv")
    assert days([kharkiv]) == [(date(2025, 4, 18), date(2025, 4, 18))]


def test_a_numbered_paragraph_without_a_town_gets_none() -> None:
    text = (
        " date 2025-04-30 Monthly update\n\n"
        "4. Attacks went on during the month. On 18 April, a missile with cluster munitions hit"
        " an enterprise and residential areas of the city, killing one civilian.\n"
    )
    assert not at(incidents(text), "Kharkiv")


def test_a_dotted_day_alone_is_still_not_read_as_a_day_in_prose() -> None:
    # (the line stamp is read at a line's head only: a figure in prose stays a figure)
    assert not find_dates("the river rose 10.08 metres that week", date(2023, 9, 20))


# (reference: Thursday 16 March 2023)
@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("the day before yesterday drones hit", date(2023, 3, 14), date(2023, 3, 14)),
        ("the night before last drones hit", date(2023, 3, 14), date(2023, 3, 15)),
        ("On the 9th, drones hit the port", date(2023, 3, 9), date(2023, 3, 9)),
        ("on 14th at 05:00 a drone hit", date(2023, 3, 14), date(2023, 3, 14)),
        ("Sat am: a drone hit the depot", date(2023, 3, 11), date(2023, 3, 11)),
        ("Sat night drones hit the port", date(2023, 3, 11), date(2023, 3, 12)),
        ("Tues: a drone hit the depot", date(2023, 3, 14), date(2023, 3, 14)),
        ("last nite drones hit the port", date(2023, 3, 15), date(2023, 3, 16)),
        ("this am a drone hit the depot", date(2023, 3, 16), date(2023, 3, 16)),
        ("hit 2 wks ago", date(2023, 2, 27), date(2023, 3, 5)),
        ("hit 3d ago", date(2023, 3, 13), date(2023, 3, 13)),
        ("on 21/2 drones hit", date(2023, 2, 21), date(2023, 2, 21)),
        ("13-14.03: drones over the port", date(2023, 3, 13), date(2023, 3, 14)),
        ("14.01.2023 (Sat afternoon) a missile hit", date(2023, 1, 14), date(2023, 1, 14)),
    ],
)
def test_a_notes_date_forms(words: str, first: date, last: date) -> None:
    found = find_dates(words, date(2023, 3, 16))
    assert [(d.window.start, d.window.end) for d in found] == [(first, last)]


@pytest.mark.parametrize(
    "words",
    [
        "a shell hit the 9th floor of a block",
        "on the 9th floor of a block",
        "On the 3rd anniversary of the strike",
        "the shop is open 24/7",
        "(Dnipropetrovsk OVA, 16/1)",
        "[Reuters 18/9; UP citing SBU]",
        "the sun was out",
    ],
)
def test_words_that_are_no_notes_date(words: str) -> None:
    assert not find_dates(words, date(2023, 3, 16))


def test_the_city_under_a_diary_days_heading_is_the_title_town_on_that_day() -> None:
    text = (
        " date 2022-10-12 visit notes - Mykolaiv 8-11 Oct\n"
        "Sat 8 Oct\n"
        "- arrived by train, partner met us at the station.\n"
        "Sun 9 Oct\n"
        "- russian missiles hit residential buildings in the city centre, one block partly"
        " collapsed. 5 killed (OVA).\n"
    )
    (mykolaiv,) = at(incidents(text), "Mykola")
    assert days([mykolaiv]) == [(date(2022, 10, 9), date(2022, 10, 9))]


def test_a_working_notes_title_town_places_its_first_placeless_strike() -> None:
    text = (
        ' date 2024-05-31 expense notes - May (bakery "Khlib", Mykolaiv)\n'
        "Hi Ira, notes for the books.\n\n"
        "1) 23.05 (Thu) — flour order lost at the mill. Their warehouse was hit by russian"
        " missiles that afternoon, 3 people killed.\n"
    )
    (mykolaiv,) = at(incidents(text), "Mykola")
    assert days([mykolaiv]) == [(date(2024, 5, 23), date(2024, 5, 23))]


def test_a_deminers_notes_title_town_is_no_strikes_place() -> None:
    text = (
        " date 2024-05-31 EOD team notes - Mykolaiv sector\n"
        "team lead notes from the tablet.\n\n"
        "1) 23.05 — a shell exploded while the team was clearing a field, 3 people injured.\n"
    )
    assert not at(incidents(text), "Mykola")


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("It was Friday, the fourth of April, the first warm day", date(2025, 4, 4)),
        ("on the twenty-first of March a drone hit", date(2025, 3, 21)),
        ("On April the 4th a missile hit", date(2025, 4, 4)),
        ("March twelfth was the worst day", date(2025, 3, 12)),
        ("In March last year, on the twelfth, another one hit", date(2024, 3, 12)),
    ],
)
def test_a_day_written_as_an_ordinal_word(words: str, day: date) -> None:
    found = find_dates(words, date(2025, 4, 12))
    assert [(d.window.start, d.window.end) for d in found] == [(day, day)]


@pytest.mark.parametrize(
    "words", ["the first of many strikes", "On the first day of the war", "on the second floor"]
)
def test_an_ordinal_word_that_is_no_day(words: str) -> None:
    assert not find_dates(words, date(2025, 4, 12))


def test_the_hospital_where_the_hurt_lie_is_no_place_struck() -> None:
    text = (
        " date 2025-04-12 A mother's story\n\n"
        "A week after the Russian missile strike on a neighbourhood in Kryvyi Rih, which killed"
        " 20 people, Oksana, 36, is still sleeping in a chair in the corridor of the children's"
        " hospital in Dnipro.\n"
    )
    found = incidents(text)
    assert at(found, "Kryv") and not at(found, "Dnipro")


def test_a_hospital_struck_is_still_a_place_struck() -> None:
    text = " date 2024-07-08 Kyiv\n\nOn 8 July a Russian missile hit the children's hospital in Kyiv.\n"
    assert at(incidents(text), "Kyiv")


def test_a_past_perfect_clause_dates_its_own_strike_not_the_places_before_it() -> None:
    text = (
        " date 2022-10-11 Kyiv Post\n\n"
        "On Monday, Russian missiles struck Kyiv. Missiles also hit Lviv, where the city lost"
        " power, and Sumy, which had already lost 13 residents in a strike on Sunday.\n"
    )
    (lviv,) = at(incidents(text), "Lviv")
    assert days([lviv]) == [(date(2022, 10, 10), date(2022, 10, 10))]


def test_the_lead_paragraphs_first_strike_is_at_its_datelines_town() -> None:
    text = (
        " date 2023-08-20 The Towns Behind the Line\n\n"
        "KRAMATORSK, Ukraine—The hotel on the main street was where the journalists stayed."
        " On the evening of August 7, a Russian missile hit the building next to it. Nine people"
        " were killed.\n"
    )
    (town,) = at(incidents(text), "Kramatorsk")
    assert days([town]) == [(date(2023, 8, 7), date(2023, 8, 7))]


def test_a_strike_told_a_day_after_another_keeps_its_own_day() -> None:
    text = (
        " date 2024-03-13 Refineries hit for a second day\n\n"
        "Ukrainian drones struck Rosneft's 17.1mn t/yr Ryazan refinery early today, a day after an"
        " attack on Lukoil's Norsi refinery in the Nizhny Novgorod region.\n"
    )
    (ryazan,) = at(incidents(text), "Ryazan")
    assert days([ryazan]) == [(date(2024, 3, 13), date(2024, 3, 13))]


def test_a_follow_up_a_day_after_the_strike_still_counts_back() -> None:
    text = (
        " date 2024-03-14 x\n\n"
        "Rescuers finished searching the rubble in Odesa on Thursday, a day after the strike on"
        " the port.\n"
    )
    (odesa,) = at(incidents(text), "Odesa")
    assert days([odesa]) == [(date(2024, 3, 13), date(2024, 3, 13))]


@pytest.mark.parametrize(
    "title",
    [
        "Russia: drone strike halts Novoshakhtinsk refinery",
        "Drones set fire to a unit of the Novoshakhtinsk refinery",
    ],
)
def test_the_plant_an_attack_stopped_is_the_place_struck(title: str) -> None:
    text = f" date 2022-06-22 {title}\n\n{title}.\n"
    assert at(incidents(text), "Novoshakhtinsk")


def test_a_list_item_after_anothers_where_clause_keeps_the_lists_verb() -> None:
    text = (
        " date 2022-10-11 Kyiv Post\n\n"
        "On Monday missiles also hit Lviv, where the city lost power and hot water, Dnipro, where"
        " a missile hit a bus, and Poltava, which had already lost power on Sunday.\n"
    )
    assert at(incidents(text), "Poltava")


def test_each_stamped_line_of_a_town_log_tells_a_strike_in_that_town() -> None:
    text = (
        " date 2023-02-22 delivery log - soup kitchen, Mykolaiv, 16-22 Feb\n"
        "day | route | portions | notes\n"
        "Thu 16/2 | centre | 340 | left late — russian shelling in the centre, a woman killed\n"
        "Fri 17/2 | north | 210 | quiet\n"
        "Tue 21/2 | centre | 120 | russian Grad on the centre, bus stop + houses, 6 killed\n"
    )
    found = at(incidents(text), "Mykola")
    assert (date(2023, 2, 21), date(2023, 2, 21)) in days(found)


def test_a_short_stamped_line_without_its_full_stop_is_an_entry_not_a_heading() -> None:
    text = (
        " date 2023-02-22 van log - Mykolaiv route\n"
        "Thu 16/2: left late — russian shelling in Ochakiv, a woman killed\n"
        "Fri 17/2: quiet\n"
    )
    (ochakiv,) = at(incidents(text), "Ochak")
    assert days([ochakiv]) == [(date(2023, 2, 16), date(2023, 2, 16))]


def test_a_logs_day_heading_in_capitals_dates_its_lines() -> None:
    text = (
        " date 2025-05-19 dispatch log, Sumy bus station - Sat 17 to Mon 19 May\n"
        "SAT 17.05\n"
        "05:30 shift opened.\n"
        "06:40 call from the police: a bus hit by a russian drone on the road just outside"
        " Bilopillia, ~06:20. many dead.\n"
        "\n"
        "MON 19.05\n"
        "07:30 routes as planned.\n"
    )
    (town,) = at(incidents(text), "Bilopil")
    assert days([town]) == [(date(2025, 5, 17), date(2025, 5, 17))]


def test_an_air_force_tallys_bracketed_launch_areas_are_not_struck() -> None:
    text = (
        " date 2024-07-08 Air Force: the morning's attack\n\n"
        "The enemy attacked with 38 missiles of different types:\n"
        "– 3 Kh-22 cruise missiles (Tu-22M3 long-range bombers, Kursk region);\n"
        "– 8 Iskander-M ballistic missiles (from the Kursk and Belgorod regions);\n"
        "Unfortunately, there are hits in Kyiv and in Dnipro.\n"
    )
    found = incidents(text)
    assert at(found, "Kyiv") and not at(found, "Kursk") and not at(found, "Belgorod")


def test_a_night_told_by_its_days_with_the_year_written() -> None:
    found = find_dates("event: night 30→31.07.2025, combined attack", date(2025, 8, 1))
    assert [(d.window.start, d.window.end) for d in found] == [
        (date(2025, 7, 30), date(2025, 7, 31))
    ]


def test_a_city_regions_name_in_a_notes_title_is_its_city() -> None:
    text = (
        " date 2025-08-01 KYIV CITY structural inspection checklist, team 4\n"
        "object: 9-storey residential building\n\n"
        "[x] event: night 30→31.07.2025, russian missile hit ~03:00, entrances 2–3 collapsed.\n"
    )
    (kyiv,) = at(incidents(text), "Kyiv")
    assert days([kyiv]) == [(date(2025, 7, 30), date(2025, 7, 31))]
