"""Rules of language and geography from the eighteenth round (issue 12, session 22).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates
from geo.placephrase import find_places
from geo.places import default_resolver


def test_a_day_named_later_narrows_a_strike_told_a_week_ago() -> None:
    text = (
        " date 2023-06-21 Kherson a week on\n\n"
        "One week after the Russian missile hit the building of the Kherson Regional"
        " Administration, rescuers have finished clearing the rubble. The final death toll of"
        " the strike on 14 June is 12 people, the State Emergency Service reported.\n"
    )
    assert days(at(incidents(text), "Kherson")) == [(date(2023, 6, 14), date(2023, 6, 14))]


def test_the_day_mourners_gathered_is_not_the_strike_day() -> None:
    text = (
        " date 2023-10-09 Funerals in Chernihiv\n\n"
        "Mourners gathered Monday in Chernihiv to bury the victims of a Russian missile strike"
        " that killed seven people.\n\n"
        "The missile struck on Saturday morning near the theatre, officials said.\n\n"
        "The attack on Chernihiv drew condemnation abroad.\n"
    )
    assert days(at(incidents(text), "Chernihiv")) == [(date(2023, 10, 7), date(2023, 10, 7))]


@pytest.mark.parametrize(
    "text",
    [
        "Russian bombs hit a supermarket in the north-east of Sumy on Friday.",
        "A drone struck a warehouse in the south of Odesa on Friday.",
    ],
)
def test_the_side_of_a_town_is_in_the_town(text: str) -> None:
    found = incidents(" date 2024-05-26 t\n\n" + text + "\n")
    assert [i.place.precision for i in found] == ["town"]


def test_a_comma_ends_a_place_name_before_an_officials_title() -> None:
    text = "Bombs hit a shop in Kharkiv, Oblast Governor Oleh Syniehubov reported on Friday."
    [place] = [p.place for p in find_places(text, default_resolver()) if p.place]
    assert (place.name, place.precision) == ("Kharkiv", "town")


FEED = """ date 2024-05-26 Sumy news feed
Sumy Today
City news | Feed | 26 May 2024

26 May, 10:40
The number of people killed by Saturday's Russian strike on the bus depot has risen to 9, the mayor said.

25 May, 16:45
Russian forces dropped two guided bombs on the bus depot in the north of Sumy, the governor reported.

25 May, 12:00
Reminder: on Thursday a school on Kirova street was hit by Russian missiles. Three were killed.
"""


def test_a_feed_entry_with_its_own_weekday_is_not_the_entry_before() -> None:
    found = at(incidents(FEED), "Sumy")
    assert (date(2024, 5, 25), date(2024, 5, 25)) in days(found)
    assert all(i.killed != 3 for i in found if i.date.start == date(2024, 5, 25))


def test_a_titles_town_takes_the_day_the_sentence_names() -> None:
    found = at(incidents(FEED), "Sumy")
    assert (date(2024, 5, 26), date(2024, 5, 26)) not in days(found)


def test_a_table_row_written_as_a_list_item_keeps_its_day_cell() -> None:
    [d] = find_dates("- 21.01 | Tuapse, Krasnodar krai | drones, fire |", date(2024, 3, 18))
    assert d.window.start == d.window.end == date(2024, 1, 21)


LOG = """ date 2023-08-03 ops notes, freight desk

night 18→19/7 – Odesa + Chornomorsk. russian Kalibr + Shaheds. Chornomorsk grain terminal hit, 2 workers wounded.

24/7 – Reni, Izmail raion: russian drones hit the river port around 02:00, 7 wounded.

night 1→2/8 – Izmail: Shaheds hit the port, grain destroyed.
"""


def test_a_log_lines_leading_day_and_dash_dates_its_record() -> None:
    found = incidents(LOG)
    assert days(at(found, "Chornomors")) == [(date(2023, 7, 18), date(2023, 7, 19))]
    assert days(at(found, "Reni")) == [(date(2023, 7, 24), date(2023, 7, 24))]


def test_around_the_clock_is_no_day() -> None:
    assert find_dates("the hotline is open 24/7 for evacuees", date(2023, 8, 3)) == []


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("04.08.2023 – Novorossiysk naval base: sea drone hit a landing ship at night", "Novoros"),
        ("Ust-Luga, Leningrad obl. – Sun 21.01 early hours: drones hit the gas terminal", "Ust"),
        ("Tuapse, Krasnodar krai: drones hit the refinery, fire", "Tuapse"),
        ("Kstovo, Nizhny Novgorod obl.: drones hit the refinery, fire", "Kstovo"),
    ],
)
def test_a_note_lines_label_with_its_day_before_or_after(line: str, town: str) -> None:
    found = incidents(" date 2024-01-24 sanctions desk notes\n\n" + line + "\n")
    assert [i.place.name[: len(town)] for i in found if i.place] == [town]


def test_an_emails_quoted_reply_is_read_without_its_quote_marks() -> None:
    text = (
        " date 2023-05-31 Re: coding\n\n"
        "> From: Tom\n>\n"
        "> 2) Odesa overnight (29→30): 20+ Shaheds, a warehouse in the port hit, 1 killed.\n"
    )
    found = at(incidents(text), "Odesa")
    assert [i.killed for i in found] == [1]


def test_a_memo_with_no_strikes_in_it_is_no_strike() -> None:
    text = " date 2023-05-31 Re: coding\n\nI'm on the Avdiivka memo (no strikes in it) till 3.\n"
    assert incidents(text) == []


def test_a_change_logs_row_takes_the_day_its_strike_cell_tells() -> None:
    text = (
        " date 2024-05-27 map changelog\n"
        "date time | editor | pin # | change | reason\n\n"
        "2024-05-27 09:12 | ak | #4471 | moved pin to Sumy city | strike of Sat 25.05 ~16:00,"
        " 2 KABs on a warehouse, fire. actor RU\n"
    )
    assert days(at(incidents(text), "Sumy")) == [(date(2024, 5, 25), date(2024, 5, 25))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("night 17→18 sep, fireball at the depot", date(2024, 9, 17), date(2024, 9, 18)),
        ("on 17 jan a drone hit the port", date(2024, 1, 17), date(2024, 1, 17)),
    ],
)
def test_a_notes_month_in_lower_case(text: str, start: date, end: date) -> None:
    [d] = find_dates(text, date(2024, 9, 22))
    assert (d.window.start, d.window.end) == (start, end)


@pytest.mark.parametrize("text", ["we may 3 times", "they march 5 km a day"])
def test_may_and_march_in_lower_case_are_words(text: str) -> None:
    assert find_dates(text, date(2024, 9, 22)) == []


def test_a_threads_numbered_head_runs_on_in_lower_case() -> None:
    text = (
        " date 2024-09-22 geoloc thread notes\n\n"
        "1/ Toropets, Tver obl. night 17→18 sep. fireball + secondaries visible in 5 clips\n"
        '   gov. Rudenya: "attack by UAVs", fire, 13 injured.\n'
    )
    found = at(incidents(text), "Toropets")
    assert days(found) == [(date(2024, 9, 17), date(2024, 9, 18))]


BRIEF = """ date 2024-03-16 SECURITY BRIEF – SOUTH

KEY INCIDENTS
1. ODESA – Fri 15.03 ~11:00. two russian Iskander-M missiles hit the Peresyp district near a gas station. 21 KIA.
2. KHERSON – D-1: city shelled 40+ times (OVA). 1 KIA, 4 WIA.
"""


def test_a_city_items_district_named_like_a_far_hamlet_is_the_city() -> None:
    found = incidents(BRIEF)
    assert [i.killed for i in at(found, "Odesa")] == [21]


def test_a_briefs_d_minus_one_is_the_day_before() -> None:
    [d] = find_dates("2. KHERSON – D-1: city shelled 40+ times", date(2024, 3, 16))
    assert d.window.start == d.window.end == date(2024, 3, 15)


def test_a_recap_of_what_happened_on_a_weekday_dates_the_lines_after_it() -> None:
    text = (
        " date 2023-12-30 Live updates\n\n"
        "21:30\nA reminder of what happened on Friday. Russia launched a large combined air"
        " attack. In Lviv, at least 2 people were killed when a missile hit a warehouse.\n\n"
        "20:15\nAir raid alerts in the west.\n"
    )
    assert days(at(incidents(text), "Lviv")) == [(date(2023, 12, 29), date(2023, 12, 29))]


def test_one_sides_claim_that_nothing_struck_does_not_unmake_the_event() -> None:
    text = (
        " date 2022-08-10 Explosions at an airfield\n\n"
        "On 9 August, a series of powerful explosions rang out at the Saky military airfield"
        " in occupied Crimea. The Russian Defense Ministry claimed that ammunition detonated"
        ' and that "there was no fire impact" on the airfield.\n'
    )
    found = incidents(text)
    assert days(found) == [(date(2022, 8, 9), date(2022, 8, 9))]


def test_a_day_and_overnight_is_that_day_and_the_night_after() -> None:
    text = (
        " date 2023-01-03 Strikes over the holiday\n\n"
        "On 31 December and overnight, Russian drones attacked Odesa; one person was killed.\n"
    )
    assert days(at(incidents(text), "Odesa")) == [(date(2022, 12, 31), date(2023, 1, 1))]


def test_a_town_and_the_part_of_the_country_it_lies_in_is_the_subject_struck() -> None:
    text = (
        " date 2022-07-15 Strikes\n\n"
        "The city of Mykolaiv in the south was also shelled on Friday morning, the mayor said.\n"
    )
    assert days(at(incidents(text), "Mykola")) == [(date(2022, 7, 15), date(2022, 7, 15))]


@pytest.mark.parametrize(
    "line",
    [
        "Meanwhile, Russian troops continue attacks near Pokrovsk and Toretsk, the General Staff said.",
        "In the eastern city of Bakhmut, Russian forces continued to attack, the military said.",
    ],
)
def test_troops_that_go_on_attacking_a_front_town_are_ground_fighting(line: str) -> None:
    assert incidents(" date 2025-04-05 Front\n\n" + line + "\n") == []


def test_a_plant_named_after_a_towns_road_is_in_the_town() -> None:
    found = find_places(
        "missiles struck hangars near the Kremenchuk road machinery plant", default_resolver()
    )
    assert [(p.text, p.role) for p in found] == [("Kremenchuk", "target")]


def test_an_area_named_like_a_far_hamlet_is_the_city_told() -> None:
    text = (
        " date 2024-03-16 SECURITY ADVISORY - ODESA\n\n"
        "- Sat 02/03: a Shahed hit a 9-storey building in Odesa, 12 killed.\n"
        "- Fri 15/03 ~10:40: two Russian missiles hit the Peresyp area near the port. 21 killed.\n"
    )
    assert sorted(i.killed for i in at(incidents(text), "Odesa")) == [12, 21]
