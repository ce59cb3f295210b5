"""Rules of the thirty-fifth round (issue 12, session 39): working notes of new kinds (a
sauna's booking book, an escape room's sheet, a pottery's kiln log, a chimney sweep's job
list, a buyer's notes in two alphabets, a removals board) and reports and wire copy that date
or place a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.attribution import find_figure
from geo.dates import find_dates
from geo.placephrase import find_places
from geo.places import default_resolver

REF = date(2024, 9, 2)


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


def _found(text: str, ref: date = REF) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.window.start, d.window.end) for d in find_dates(text, ref)]


def test_a_headers_word_read_as_a_far_hamlet_yields_to_the_city_it_names() -> None:
    found = incidents(
        " date 2024-09-02 Banya booking book, Belgorod outskirts, 2024\n"
        "Booking book of the bathhouse, owner's remarks\n"
        "\n"
        "30.08 (Fri) - evening. The AFU fired rockets at the city, 3 dead, Gladkov says. "
        "Two guests stayed in the cellar.\n"
        "01.09 - glass replaced.\n"
    )
    assert [i.place.name for i in found] == ["Belgorod"]
    assert days(found) == [(date(2024, 8, 30), date(2024, 8, 30))]


def test_a_citys_station_named_like_a_far_hamlet_is_the_citys() -> None:
    found = incidents(
        " date 2024-06-24 Board games cafe, Kharkiv: cancellations\n"
        "Board games cafe, Kharkiv - cancellations and notes\n"
        "\n"
        "Fri 14.06 - the russians hit Kharkiv with two guided bombs, 1 killed.\n"
        "Sat 22.06 - guided bombs again; one hit a block near the Levada station, 3 killed.\n"
    )
    assert {i.place.name for i in found} == {"Kharkiv"}
    assert (date(2024, 6, 22), date(2024, 6, 22)) in days(found)


def test_a_village_known_only_by_a_far_places_former_name_is_no_marker() -> None:
    found = incidents(
        " date 2024-08-31 Belgorod: drones over the district\n"
        "Gladkov said Ukrainian drones hit Belgorod and Shebekino on Friday, and a house "
        "burned in Dubovoye, two wounded. Maisky and Stary Oskol were quiet.\n"
    )
    assert not at(found, "Spaske")  # (a Zaporizhzhia village once called Dubovoye)
    assert at(found, "Belgorod")


def test_blasts_on_a_notes_stamped_line_date_the_next_line() -> None:
    found = incidents(
        " date 2022-10-03 Flower shop, Odesa: stock and notes\n"
        "Flower shop, Odesa - stock log\n"
        "\n"
        "14.09 - roses from Kyiv, 2 boxes broken.\n"
        "Fri 23/9 ~10:20 - blasts near the port. Russian drones hit an office building "
        "in the city, 1 killed.\n"
    )
    assert days(at(found, "Odesa")) == [(date(2022, 9, 23), date(2022, 9, 23))]


@pytest.mark.parametrize(
    "line",
    [
        "Livestock losses are written as DOA (dead on arrival).",
        "- Lviv: bring our own speakers, last time the monitor was dead.",
    ],
)
def test_a_legend_or_a_dead_device_is_no_death(line: str) -> None:
    assert lx.NOT_A_STRIKE.search(line)


def test_in_town_with_a_toll_is_the_header_towns_strike() -> None:
    found = incidents(
        " date 2023-02-20 Glazier's job list, Vovchansk, February 2023\n"
        "GLASS JOBS - Vovchansk and villages\n"
        "\n"
        "wed 8/2\n"
        "- X Sadova 7. Russian shelling of Vovchansk at noon, a woman killed.\n"
        "\n"
        "thu 16/2\n"
        "- X Lisna 5. In town again shelling in the morning, one man died.\n"
    )
    assert days(at(found, "Vovchansk")) == [
        (date(2023, 2, 8), date(2023, 2, 8)),
        (date(2023, 2, 16), date(2023, 2, 16)),
    ]
    assert not at(found, "Lisna")  # (a street and its house number)


def test_a_line_opening_on_yesterday_names_the_day_its_next_line_tells() -> None:
    found = incidents(
        " date 2023-02-20 Roofer's job list, Vovchansk, February 2023\n"
        "ROOF JOBS - Vovchansk\n"
        "\n"
        "thu 16/2\n"
        "- Myru 3, gutter. Russian shelling of Vovchansk at dawn, one man killed.\n"
        "\n"
        "sun 19/2 (writing in the evening)\n"
        "- yesterday (sat) we were on the roof at Myru 31 when it started. "
        "Shelling, a man killed two streets away and two wounded.\n"
    )
    last = max(at(found, "Vovchansk"), key=lambda i: i.date.start)
    assert (last.date.start, last.killed, last.injured) == (date(2023, 2, 18), 1, 2)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Shelling, a man killed two streets away.", 1),
        ("Sat 10.09 shelling, the neighbour across the road killed.", 1),
        ("six civilians waiting for the bus were killed", 6),
        ("killed 24 people including four children and injured 108", 24),
    ],
)
def test_tolls_read_past_distances_places_and_doings(text: str, killed: int) -> None:
    assert find_figure(text, lx.KILLED) == killed


def test_the_injured_count_is_not_a_count_including_children() -> None:
    text = "killed 24 people including four children and injured 108, officials said"
    assert find_figure(text, lx.INJURED) == 108


def test_capital_and_cyrillic_weekday_stamps() -> None:
    assert lx.LINE_STAMP_HEAD.match("THU 12.05 BARVINKOVE. show outdoors")
    assert lx.LINE_STAMP_HEAD.match("нд 18.09 - Вольфине / Volfyne: shelling")
    assert lx.LINE_STAMP_HEAD.match("Notes 13.09 (Tue): the pupil did not come")
    assert _found("нд 18.09 - shelling again", date(2022, 10, 3)) == [
        ("18.09", date(2022, 9, 18), date(2022, 9, 18))
    ]


def test_a_line_led_by_a_weekday_under_a_weeks_heading_is_that_weeks_day() -> None:
    found = incidents(
        " date 2025-02-14 Cleaning crew schedule, Kyiv\n"
        "Cleaning crew, Kyiv - schedule and notes\n"
        "\n"
        "05.02 - harness replaced.\n"
        "\n"
        "Week 7 (10-14.02):\n"
        "Mon - office, done.\n"
        "Wed - around 04:30 russian missiles, a fire in an office building in Kyiv, "
        "one man killed.\n"
    )
    assert days(at(found, "Kyiv")) == [(date(2025, 2, 12), date(2025, 2, 12))]


def test_a_tour_line_with_its_days_is_no_weeks_heading() -> None:
    found = incidents(
        " date 2025-02-04 Tour desk notes\n"
        "ODESA weekend, 7-9 Feb (22 pax) - CANCELLED.\n"
        "Reason: the Russian missile strike on the centre on Friday, 31 January 2025, "
        "seven injured.\n"
    )
    assert [i.place.name for i in found] == ["Odesa"]


def test_a_cyrillic_name_glossed_in_latin_labels_its_line() -> None:
    text = (
        "18.08 (чт/Thu) - Павлівка / Pavlivka (our Pavlivka, by the border - not the one "
        "where my aunt lives): russian artillery hit the school"
    )
    label = next(p for p in find_places(text, default_resolver()) if p.text == "Pavlivka")
    assert label.role == "target"


def test_the_oblast_of_a_notes_header_raion() -> None:
    found = incidents(
        " date 2022-10-03 Honey buying notes, Sumy r-n, summer 2022\n"
        "BUYING NOTES - collection point, Sumy r-n\n"
        "\n"
        "29.09 - Zhyvytskyi (OVA): the russians shelled the border hromadas of the oblast "
        "again, 1 dead.\n"
    )
    assert [i.place.name for i in found] == ["Sumy Oblast"]


def test_her_village_is_the_town_she_was_placed_in() -> None:
    found = incidents(
        " date 2022-09-19 Pottery studio log, Zaporizhzhia\n"
        "Pottery studio, Zaporizhzhia - log\n"
        "\n"
        "Notes 07.09: the glaze lady from Mala Tokmachka called. The russians fired at "
        "the shop in her village, 2 killed.\n"
    )
    assert days(at(found, "Mala Tokmachka")) == [(date(2022, 9, 7), date(2022, 9, 7))]


def test_a_night_of_its_own_inside_a_line_is_another_event() -> None:
    found = incidents(
        " date 2022-03-28 Watch repair tickets, Okhtyrka\n"
        "REPAIRS - kiosk by the market, Okhtyrka\n"
        "ticket book, March 2022\n"
        "\n"
        "0401 | 01.03 | wristwatch | battery\n"
        "   (kiosk closed for a week. On Thu 03.03 the russian planes bombed the power plant, "
        "the whole town without heat.)\n"
        "0402 | 08.03 | clock | hands\n"
        "   (in the night to Thu 10.03 a series of blasts in town, houses damaged. Nobody "
        "knows who fired.)\n"
    )
    assert days(at(found, "Okhtyrka")) == [
        (date(2022, 3, 3), date(2022, 3, 3)),
        (date(2022, 3, 9), date(2022, 3, 10)),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2.2 Tuesday 11 October", [("11 October", date(2022, 10, 11), date(2022, 10, 11))]),
        (
            "Friday 21 and Saturday 22 October",
            [("Friday 21 and Saturday 22 October", date(2022, 10, 21), date(2022, 10, 22))],
        ),
        # (the page is of Monday 5 December: that Monday's late evening, one day)
        (
            "Late on Monday night, bombs fell",
            [("Late on Monday night", date(2022, 12, 5), date(2022, 12, 5))],
        ),
    ],
)
def test_report_sections_and_late_nights(text: str, want: list) -> None:
    assert _found(text, date(2022, 12, 5)) == want


def test_an_annex_item_is_its_own_line() -> None:
    roles = _roles("A.1 Chernihiv, 16 March 2022: Russian shelling of a bread queue; 10 killed.")
    assert roles["Chernihiv"] == "target"


def test_a_capitals_heading_dates_its_bullets() -> None:
    found = incidents(
        " date 2024-08-26 Weekly coding summary\n"
        "RUSSIA - BORDER REGIONS, night of 20 to 21 August, from the MoD morning list\n"
        "- Kursk oblast: two drones shot down over the region.\n"
    )
    assert days(found) == [(date(2024, 8, 20), date(2024, 8, 21))]


def test_a_time_clause_opens_its_villages_clause() -> None:
    roles = _roles(
        "Two people were killed on Monday when the village of Prishib in the Vasilyevka "
        "district came under fire, Rogov said."
    )
    assert roles["Prishib in the Vasilyevka district"] in ("target", "subject")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Troops rolled into the city of Kherson on Friday, after shelling of Mykolaiv.",
            "Kherson",
        ),
        (
            "Officials evacuated the town of Nova Kakhovka, which they said could come under fire.",
            "Nova Kakhovka",
        ),
    ],
)
def test_places_of_ground_moves_and_feared_strikes_are_context(text: str, name: str) -> None:
    assert _roles(text)[name] == "context"


def test_the_regional_governors_region_said_again_is_its_own_event() -> None:
    found = incidents(
        " date 2022-09-30 Strikes this week\n"
        "On Thursday, Russian shelling hit a bus stop in Mykolaiv, killing three people.\n"
        "Also on Thursday, Sumy regional governor Dmytro Zhyvytskyi accused Russian troops of "
        "shelling communities in the northeastern region, saying a man was killed.\n"
    )
    assert [(i.place.name, i.killed) for i in at(found, "Myk")] == [("Mykolayiv", 3)]
    assert at(found, "Sumy")


def test_the_city_after_a_sentence_that_told_a_town_struck() -> None:
    found = incidents(
        " date 2024-04-20 Missile attack on the region\n"
        "On Friday Russian missiles hit Dnipro, killing two.\n"
        "\n"
        "It is not the first time Pavlohrad has been hit. A year ago, on 1 May 2023, a "
        "Russian missile attack on the city killed two people.\n"
    )
    assert days(at(found, "Pavlohrad")) == [(date(2023, 5, 1), date(2023, 5, 1))]


def test_an_efe_dateline_is_the_words_day_not_the_events() -> None:
    found = incidents(
        " date 2022-03-25 Rockets hit aid queue\n"
        "Kharkiv (Ukraine), Mar 25 (EFE).- Six people were killed on Thursday when Russian "
        "rockets hit a bread queue in the centre of Kharkiv.\n"
    )
    assert days(found) == [(date(2022, 3, 24), date(2022, 3, 24))]


def test_a_notes_sentence_opened_by_its_weekday() -> None:
    assert _found("Tue the russians shelled the village, one killed.", date(2023, 2, 10)) == [
        ("Tue", date(2023, 2, 7), date(2023, 2, 7))
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "3. Son wounded on 18 September when the russians shelled Volfyne, still in rehab in "
            "Sumy.",
            "Sumy",
        ),
        (
            "2. House damaged in October when the russians hit Vorozhba station. Letter to OVA in "
            "Sumy.",
            "Sumy",
        ),
    ],
)
def test_where_the_wounded_recover_or_the_letters_go_is_no_target(text: str, name: str) -> None:
    assert _roles(text)[name] in ("context", "weak")


def test_where_the_wounded_came_from_with_the_strike_told_was_struck() -> None:
    roles = _roles(
        "- 2300: 3 transfers from Kostiantynivka by ambulance - wounded from the block where "
        "russian rockets hit this morning."
    )
    assert roles["Kostiantynivka"] == "target"


def test_a_log_day_line_with_its_weekday_first_and_its_shifts_hours() -> None:
    found = incidents(
        " date 2023-02-17 ER - shift notes\n"
        "wed 15.02, night shift 20-08\n"
        "- 2300: 2 transfers from Kostiantynivka by ambulance - wounded from the market where "
        "russian rockets hit this morning.\n"
        "\n"
        "fri 17.02\n"
        "- quiet.\n"
    )
    assert days(at(found, "Kost")) == [(date(2023, 2, 15), date(2023, 2, 15))]


def test_a_chat_speakers_full_name_and_just_now() -> None:
    found = incidents(
        ' date 2023-02-17 WhatsApp chat export - "Kherson trip" (fixer, Anna)\n'
        "[16/02/2023, 11:26] Ihor Fixer: just now a russian shell in the centre, a woman 70 y.o. "
        "killed on the street. you ok?\n"
        "[16/02/2023, 13:05] Ihor Fixer: also Zmiivka, Beryslav district: russian shell into a "
        "house, two dead.\n"
    )
    assert days(at(found, "Kherson")) == [(date(2023, 2, 16), date(2023, 2, 16))]
    assert [i.killed for i in at(found, "Kherson")] == [1]
    assert at(found, "Zmiivka")


def test_a_work_log_is_the_city_whose_districts_its_lines_name() -> None:
    found = incidents(
        " date 2022-11-16 Tree crew 5 - work log, war damage only\n"
        "10.10 Mon: Shevchenko park - crater after the russian missile hit in the morning.\n"
        "15.11 Tue: Pecherskyi r-n - russian missile hit a 5-storey house, 1 dead.\n"
    )
    assert {i.place.name for i in found} == {"Kyiv"}
    assert (date(2022, 10, 10), date(2022, 10, 10)) in days(found)
