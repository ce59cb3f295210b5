"""Rules of the fifty-third round (issue 12, session 57): a record's day wherever its file keeps
it (a day field in any syntax, a day value after the record's id, a note keyed by that id), rows
that run over lines (AsciiDoc tables, a notebook's JSON source lines, a literal's next item), a
habit bounded by its month, a district named by its town's adjective, a duplicate's verdict, a
city's edge as a locator, and a record type's declared fields.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.gridtables import reflowed

# --- a record's day, wherever its file keeps it -------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        # YAML
        "  - ref: Q-17\n    occurred_date: 12.03.2023\n    note: >\n"
        "      Russian shelling hit the bakery in Kupiansk.\n",
        # a PHP array
        "  ['ref' => 'Q-17', 'date' => '12.03.2023',\n"
        "   'text' => 'Russian shelling hit the bakery in Kupiansk.'],\n",
        # a Go struct literal
        '\t{Ref: "Q-17", Date: "12.03.2023",\n'
        '\t\tText: "Russian shelling hit the bakery in Kupiansk."},\n',
        # a Lisp plist
        '(:ref "Q-17" :day "12.03.2023"\n :text "Russian shelling hit the bakery in Kupiansk.")\n',
    ],
)
def test_a_records_day_field_dates_its_note(record: str) -> None:
    found = incidents(f" date 2023-03-20 Weekly export\n\nkept:\n{record}")
    assert days(at(found, "Kup")) == [(date(2023, 3, 12), date(2023, 3, 12))]


@pytest.mark.parametrize(
    "call", ['Rec("Q2-0312-01", "12.03.2023",', '("Q2-0312-01", "12.03.2023",']
)
def test_a_day_value_after_the_records_id_dates_its_note(call: str) -> None:
    found = incidents(
        " date 2023-03-20 Weekly export\n\nkept = [\n"
        f'    {call} "Kupiansk",\n'
        '        "Russian shelling hit the bakery in Kupiansk."),\n]\n'
    )
    assert days(at(found, "Kup")) == [(date(2023, 3, 12), date(2023, 3, 12))]


def test_a_note_keyed_by_its_records_id_takes_the_records_day() -> None:
    found = incidents(
        " date 2023-03-20 Do-file\n\ninput str12 ref str10 day str20 town\n"
        '"Q2-0312-01" "12.03.2023" "Kupiansk"\n'
        '"Q2-0315-02" "15.03.2023" "Izium"\nend\n\n'
        "* Q2-0312-01: Russian shelling hit the bakery in Kupiansk.\n"
        "* Q2-0315-02: A Russian drone hit a shop in Izium.\n"
    )
    assert days(at(found, "Kup")) == [(date(2023, 3, 12), date(2023, 3, 12))]
    assert days(at(found, "Iz")) == [(date(2023, 3, 15), date(2023, 3, 15))]


def test_a_fields_row_over_its_note_dates_the_note() -> None:
    found = incidents(
        " date 2023-03-20 Desk mail\n\n"
        "KEPT Q2-301 | 12.03.2023 | Kupiansk, Kupiansk raion | side: Russia | stated\n"
        "Russian shelling hit the bakery in Kupiansk.\n"
    )
    assert days(at(found, "Kup")) == [(date(2023, 3, 12), date(2023, 3, 12))]


def test_two_day_fields_on_one_line_are_a_tables_row_not_one_records_day() -> None:
    # (a line with two days gives neither as the record's: the strike's own day stands)
    found = incidents(
        " date 2023-03-20 Export\n\n"
        "date: 12.03.2023, day: 13.03.2023\n"
        "On 14 March 2023, Russian shelling hit the bakery in Kupiansk.\n"
    )
    assert days(at(found, "Kup")) == [(date(2023, 3, 14), date(2023, 3, 14))]


# --- rows that run over lines -------------------------------------------------------------------


def test_an_asciidoc_rows_note_on_the_next_line_joins_its_row() -> None:
    text = (
        '[cols="1,2,3,4"]\n|===\n|id |day |place |note\n\n'
        "|Q-1 |12.03.2023 |Kupiansk\n|Russian shelling hit the bakery.\n|===\n"
    )
    out = reflowed(text)
    assert len(out) == len(text)
    assert "|Q-1 |12.03.2023 |Kupiansk |Russian shelling hit the bakery." in out


def test_a_notebooks_source_lines_are_read_without_their_quotes() -> None:
    text = '  "source": [\n    "a = 1\\n",\n    "note = \'Shelling hit Izium.\'\\n",\n  ]'
    out = reflowed(text)
    assert len(out) == len(text)
    assert "note = 'Shelling hit Izium.'" in out and '\\n"' not in out


def test_one_quoted_line_is_left_as_written() -> None:
    text = 'He wrote:\n  "Shelling hit Izium.\\n",\n'
    assert reflowed(text) == text


def test_a_literals_next_item_is_not_the_rest_of_the_one_above() -> None:
    found = incidents(
        " date 2023-03-20 Held rows\n\nheld = [\n"
        "  ('Q-7', '12.03.2023', 'Izium', 'DUP: the depot still burning the next day'),\n"
        "  ('Q-8', '13.03.2023', 'Balakliia', 'NS: an aid convoy for people from Kupiansk'),\n]\n"
    )
    assert not at(found, "Kup")


# --- a habit bounded by its month ---------------------------------------------------------------


def test_a_habit_bounded_by_its_month_is_that_months_strikes() -> None:
    found = incidents(
        " date 2023-05-02 Orikhiv\n\n"
        "Throughout April 2023 Russian forces shelled Orikhiv almost daily.\n"
    )
    assert days(at(found, "Orikhiv")) == [(date(2023, 4, 1), date(2023, 4, 30))]


def test_a_habit_from_a_month_on_is_no_strike() -> None:
    assert not incidents(
        " date 2023-05-02 Orikhiv\n\nRussian forces have shelled Orikhiv almost daily since April 2023.\n"
    )


# --- places ------------------------------------------------------------------------------------


def test_a_district_named_by_its_towns_adjective_is_placed_at_that_town() -> None:
    found = incidents(
        " date 2024-07-15 Refinery fire\n\n"
        "On 13 July 2024, a drone attack set fire to a fuel depot in the Morozovsky district, "
        "the governor of the Rostov region wrote.\n"
    )
    assert at(found, "Morozovsk")


def test_a_citys_edge_after_a_village_locates_the_village() -> None:
    found = incidents(
        " date 2022-09-14 Substation\n\n"
        "On 11 September 2022, Russian missiles hit the substation at Podvirky (Podvorki), on the "
        "north-western edge of Kharkiv.\n"
    )
    assert at(found, "Podvirky") and not at(found, "Kharkiv")


def test_a_strike_on_a_citys_edge_is_the_citys() -> None:
    found = incidents(
        " date 2022-09-14 Warehouse\n\nOn 11 September 2022, Russian missiles hit a warehouse "
        "on the northern edge of Kharkiv.\n"
    )
    assert at(found, "Kharkiv")


# --- not events ---------------------------------------------------------------------------------


def test_a_duplicates_verdict_keeps_its_line_off_the_map() -> None:
    found = incidents(
        " date 2022-08-08 Held\n\n"
        "On 31 July 2022, Russian artillery hit a farm in Myropillia, Sumy oblast.\n\n"
        "Myropillia again on 01.08.2022 - the owner counted the dead cattle; same event.\n"
    )
    assert days(at(found, "Myropillia")) == [(date(2022, 7, 31), date(2022, 7, 31))]


def test_a_record_types_declared_fields_are_no_event() -> None:
    assert not incidents(
        " date 2023-01-23 Kotlin script for the Kharkiv desk\n\n"
        "data class Note(val id: String, val place: String, val killed: Int?, val injured: Int?)\n"
    )


def test_a_site_of_one_city_at_another_place_is_at_that_place() -> None:
    found = incidents(
        " date 2022-03-08 Airport\n\nOn 6 March 2022, Russian missiles hit the airport of "
        "Vinnytsia at Havryshivka, the president said.\n"
    )
    assert at(found, "Havryshivka") and not at(found, "Vinny")


def test_a_town_across_the_water_locates_the_village() -> None:
    found = incidents(
        " date 2022-09-14 Warehouse\n\nOn 11 September 2022, a grain warehouse in Velyka "
        "Znamianka, across the reservoir from Nikopol, was destroyed by Russian shelling.\n"
    )
    assert at(found, "Velyka Znam") and not at(found, "Nikopol")


def test_a_records_raion_field_picks_the_namesake() -> None:
    found = incidents(
        ' date 2022-07-04 Export\n\nid: "Q-1" date: "26.06.2022" place: "Maiaky" raion: '
        '"Kramatorsk" oblast: "Donetsk"\n'
        '  text: "On 26.06.2022 a Russian strike destroyed the school in Maiaky."\n'
    )
    (found_one,) = at(found, "Ma")
    assert found_one.place.admin1 == "Donetsk Oblast"


def test_a_json_record_held_by_its_status_is_off_the_map() -> None:
    assert not incidents(
        ' date 2022-08-01 Queue\n\n{"id":"Q-2","qa":"held","date":"26.07.2022",'
        '"text":"On 26.07.2022 Russian shelling hit a farm in Izium."}\n'
    )


def test_a_checks_finding_of_the_same_event_keeps_the_record() -> None:
    found = incidents(
        " date 2023-03-02 QA log\n\n"
        '"On 16 February 2023, Russian forces shelled Vovchansk. 1 civilian was killed." '
        "Cross-checked against the paste of 20 February: same event.\n"
    )
    assert at(found, "Vov")
