"""Rules of the thirty-first round (issue 12, session 35): working notes of new kinds (a
ship's deck log, a crowd map's moderation queue, a photo desk's captions, a memorial site, a
NOTAM digest, a seismic log, a burial register, a tax office's notes, an archive catalogue,
a fans' forum in two alphabets, a tour operator's notes, video captions, a revision history)
and pages with the town a paragraph is about.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.attribution import find_actor
from geo.dates import find_dates
from geo.lexicon import NOT_A_STRIKE, STRIKE_WORDS
from geo.places import cyrillic_nominatives, default_resolver


def test_a_log_lines_own_stamp_dates_its_overnight_over_an_earlier_record() -> None:
    text = (
        " date 2022-08-20 MV Kestrel - deck log extract\n"
        "Extract typed from the deck log. All times UTC.\n"
        "\n"
        "12.08 Fri 1500 Loaded 2,100 t maize, departed Izmail. 2300 anchored outer roads.\n"
        "13.08 Sat 0200 flashes on the horizon. 0630 agent: Ukraine's Operational Command "
        "South reports strikes on Russian positions on Zmiinyi overnight.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Snake Island"
    assert days([found]) == [(date(2022, 8, 12), date(2022, 8, 13))]
    assert found.actor == "Ukraine" and found.sources[0].attribution == "claimed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Navy reports strikes on Russian positions near Kakhovka.", "Ukraine"),
        ("The ministry said it hit Ukrainian troops near Kupiansk.", "Russia"),
    ],
)
def test_a_sides_positions_struck_name_the_other_side(text: str, side: str) -> None:
    assert find_actor(text)[0] == side


def test_air_raid_sirens_are_no_strike_words() -> None:
    assert STRIKE_WORDS.search("Air raid sirens in Reni heard 3 times, nothing fell") is None
    assert STRIKE_WORDS.search("an air raid on the port") is not None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A rocket landed in a garden in Barvinkove, 14.05; nobody was hurt.", date(2022, 5, 14)),
        ("the russian strike of 03.05 on houses in Lozova", date(2022, 5, 3)),
        ("motel damaged by artillery 9.05. the General Staff says", date(2022, 5, 9)),
        ("on Monday 16.05 two civilians were killed", date(2022, 5, 16)),
    ],
)
def test_a_notes_day_and_month_closing_its_clause(text: str, day: date) -> None:
    found = [d.window.start for d in find_dates(text, date(2022, 5, 21))]
    assert day in found


@pytest.mark.parametrize(
    "text", ["shell hit the garage at 12.05, then", "Notified 19.05. Visit 20.05.", "up 1.12%"]
)
def test_a_clock_a_papers_own_day_and_a_figure_are_no_event_days(text: str) -> None:
    found = [d.window.start for d in find_dates(text, date(2022, 5, 21))]
    assert date(2022, 5, 12) not in found and date(2022, 5, 19) not in found


def test_a_moderators_rejected_report_is_no_event() -> None:
    text = (
        " date 2022-05-21 Moderation queue export\n"
        '#31001 | 20.05 18:52 | user a | "rocket on the club in Lozova" | -> APPROVED. '
        "Missile strike on the club in Lozova, 20.05 abt 17:00. 3 injured. side: RU\n"
        '#31002 | 21.05 08:03 | user b | "ammo depot blew up near Vovchansk" | -> REJECTED: '
        "one channel, deleted since. rumour\n"
        '#31003 | 21.05 08:30 | user c | "shell lying in the field near Chuhuiv" | -> '
        "REJECTED as event: UXO\n"
    )
    assert _towns(text) == ["Lozova"]
    assert days(incidents(text)) == [(date(2022, 5, 20),) * 2]


def test_a_caption_sheets_every_caption_has_its_own_dateline() -> None:
    text = (
        " date 2022-08-01 Caption sheet\n"
        "UKR-0801-003 ODESA, Ukraine - A worker clears glass after overnight Russian shelling "
        "hit the port, August 1, 2022. Photo: A. B.\n"
        "\n"
        "UKR-0801-004 MYKOLAIV, Ukraine - Candles at a stop where four people were killed by "
        "Russian shelling on Friday, July 29, 2022. Picture taken July 31. Photo: C. D.\n"
    )
    assert days(at(incidents(text), "Myko")) == [(date(2022, 7, 29),) * 2]


def test_struck_out_words_are_no_event() -> None:
    text = (
        " date 2023-02-22 access note\n"
        "- Kherson city: shelling of the centre on Thu 16.02, 1 killed.\n"
        "- ~~Chornobaivka school hit 20.02~~ - retracted by the partner, old photos.\n"
    )
    assert _towns(text) == ["Kherson"]


def test_a_later_clauses_own_day_dates_its_place() -> None:
    text = (
        " date 2023-02-22 note\n"
        "The OVA counted 40 attacks on Sunday 12.02, with 2 killed, and on Monday 13.02 one "
        "civilian was killed in Bilozerka.\n"
    )
    assert days(at(incidents(text), "Bilozerka")) == [(date(2023, 2, 13),) * 2]


def test_a_burial_registers_date_of_death_and_its_strike_cell() -> None:
    text = (
        " date 2022-10-12 Cemetery register, Kurakhove\n"
        "Columns: No | burial date | name | age | date of death | cause | plot.\n"
        '"obstril" = shelling.\n'
        "\n"
        "0501 | 23.09 | Petro V. Koval | 61 | 21.09 | killed in russian obstril of Kurakhove, "
        "house collapsed | N-1\n"
        "0502 | 24.09 | Oksana I. Koval | 58 | 22.09 | natural | N-2\n"
        "0503 | 30.09 | Ivan D. Bondar | 23 | 26.09 | serviceman, killed in action near Pisky | M-1\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Kurakhove"]
    assert days(found) == [(date(2022, 9, 21),) * 2]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Конотопі", "Конотоп"), ("Харкові", "Харків"), ("Києві", "Київ"), ("Лозовій", "Лозова")],
)
def test_a_declined_cyrillic_name_has_its_nominative(word: str, nominative: str) -> None:
    assert nominative in cyrillic_nominatives(word)
    assert default_resolver().is_known(word)


def test_a_ukrainian_line_tells_a_strike_at_its_declined_town() -> None:
    text = " date 2022-10-11 forum\n[10.10.2022 10:05] user: у нас в Конотопі теж прилетіло.\n"
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Konotop"


def test_an_aerodromes_icao_code_stands_for_its_town() -> None:
    text = (
        " date 2022-03-19 NOTAM digest\n"
        "- Aerodrome status:\n"
        "  - UKOH Kherson (Chornobaivka): hit by Russian strikes on 24 FEB.\n"
        "  - UKOH again: night 15/16 MAR the General Staff said Ukrainian forces struck Russian "
        "helicopters parked on the aerodrome.\n"
    )
    found = incidents(text)
    assert len(found) == 2
    assert sorted(d for d, _ in days(found)) == [date(2022, 2, 24), date(2022, 3, 15)]


def test_a_raion_struck_passes_its_role_to_the_town_it_qualifies() -> None:
    text = (
        " date 2022-10-06 seismic log\n"
        '2022-10-03 02:57 ML 1.1 EXPL? 55 km SW - substation "Trykhaty" 330 kV, Mykolaiv '
        "district, hit overnight (Ukrenergo).\n"
    )
    assert _towns(text) == ["Trykhaty"]


@pytest.mark.parametrize(
    "text",
    [
        "2022-07-11 08:02 ML 1.3 quarry blast, granite quarry 32 km N. NOT war-related.",
        "gas cylinder in a garage, no war link, 1 burned",
    ],
)
def test_civil_blasts_are_no_strikes(text: str) -> None:
    assert NOT_A_STRIKE.search(text) is not None


def test_a_sections_capital_town_before_its_quoted_title() -> None:
    text = (
        " date 2025-02-04 Tours - internal notes\n"
        'ODESA "Old Town weekend", 7-9 Feb - CANCELLED.\n'
        "Reason: the Russian missile strike on the historic centre on Friday, 31 January 2025 "
        "damaged our partner hotel. Last year a drone hit a block of flats on 2 March 2024 "
        "and then the double missile strike on 15 March 2024 killed 21.\n"
        "\n"
        'KHARKIV "Walk", 15 Feb - ON HOLD. No specific incident, just the situation.\n'
    )
    found = incidents(text)
    assert {i.place.name for i in found if i.place} == {"Odesa"}
    assert sorted(d for d, _ in days(found)) == [
        date(2024, 3, 2), date(2024, 3, 15), date(2025, 1, 31),
    ]  # fmt: skip


def test_a_registers_item_names_its_town_before_its_dash() -> None:
    text = (
        " date 2023-03-03 Tax office notes, February\n"
        "3. FOP Shevchuk (pharmacy point), Pokrovsk - premises destroyed when Russian rockets "
        "hit the building on Wed 15.02.2023. Act No. 97.\n"
        "4. TOV Kvitka (grain storage), Kurakhove - roof and trucks, Russian artillery on Tue "
        "21.02.2023 per the hromada head.\n"
    )
    assert _towns(text) == ["Kurakhove", "Pokrovsk"]


def test_a_page_about_one_town_dates_its_placeless_strikes_there() -> None:
    text = (
        " date 2025-02-05 Balakliia mourns\n"
        "A Russian missile struck the centre of Balakliia on Tuesday, 4 February, killing two. "
        "Seven were taken to hospitals in Kharkiv.\n"
        "\n"
        "For Balakliia it is the worst attack since the liberation. During the occupation the "
        "town suffered too: on 9 March 2022, a Russian air strike destroyed the central school.\n"
    )
    found = incidents(text)
    assert {i.place.name for i in found if i.place} == {"Balakliya"}
    assert sorted(d for d, _ in days(found)) == [date(2022, 3, 9), date(2025, 2, 4)]


def test_a_village_placed_by_a_later_sentence() -> None:
    text = (
        " date 2022-09-29 Donetsk Oblast\n"
        "Two people were killed in Toretsk, and one each in Bakhmut and Sieverne.\n"
        "Sieverne is a village in the Ocheretyne community, west of Avdiivka.\n"
    )
    # (GeoNames calls it Pivnichne; the one by Ocheretyne, not the one east of Horlivka)
    lats = sorted(i.place.lat for i in incidents(text) if i.place and i.place.lat)
    assert any(abs(lat - 48.13) < 0.05 for lat in lats), lats


def test_an_edits_stamp_is_not_the_day_of_the_strike_it_adds() -> None:
    text = (
        " date 2023-03-04 Kupiansk: Revision history\n"
        "(cur | prev) 08:57, 4 March 2023 Editor talk contribs (+402) . . (added Russian "
        "shelling of Kupiansk on 28 February 2023 that killed a man, ref)\n"
    )
    assert days(incidents(text)) == [(date(2023, 2, 28),) * 2]


def test_a_raion_by_its_adjective() -> None:
    text = (
        " date 2022-09-12 acled\n"
        "On 11 September 2022, Russian forces fired rockets at unspecified locations in "
        "Synelnykivskyi raion (Dnipropetrovsk). 2 civilians were killed.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Synelnykove Raion"


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv was quiet in the morning. On 24 April the office had its windows blown out "
        "during the Russian missile attack on the capital that night.",
        "On 24 April Russian drones and missiles targeted the capital; debris fell on a school.",
    ],
)
def test_the_capital_struck_is_kyiv(text: str) -> None:
    (found,) = incidents(" date 2025-05-20 report\n" + text + "\n")
    assert found.place is not None and found.place.name == "Kyiv"
