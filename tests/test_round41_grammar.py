"""Rules of the forty-first round (issue 12, session 45): the lines a note writes under a
day's row, places that only place another, habits and casualty words that tell no strike,
ages in words, comparisons and asides that date another event, and works named after a
far town.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.attribution import find_figure
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


# --- days -----------------------------------------------------------------------------

_BAKERY = (
    " date 2023-03-20 Bakery round book, Kramatorsk\n"
    "BAKERY - ROUND BOOK (Kramatorsk, the van).\n"
    "Columns: date | loaves | shops | cash | remarks\n\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Tue 07.03 | 310 | 6 | 9 400 |",  # the notes cell left open at its last bar
        "Tue 07.03 | 310 | 6 | 9 400 | short round.",  # or the row ends on a cell of its own
    ],
)
def test_a_line_under_a_days_row_is_of_that_day(row: str) -> None:
    text = (
        _BAKERY + "Mon 06.03 | 300 | 6 | 9 100 | all fine.\n\n" + row + "\n"
        "Early this morning the russians shelled the market in Druzhkivka; two sellers wounded.\n"
    )
    assert days(at(incidents(text), "Druzhkivka")) == [(date(2023, 3, 7), date(2023, 3, 7))]


def test_a_rows_own_stamp_beats_a_day_heading_above_it() -> None:
    text = (
        _BAKERY + "Wed 08.03 - oven thermostat replaced, NOT anything else.\n\n"
        "B-12 | Fri 10.03 | Sloviansk shop | 40 | X |\n"
        "Cancelled: in the afternoon the russians shelled Sloviansk again, the road closed.\n"
    )
    assert days(at(incidents(text), "Slov")) == [(date(2023, 3, 10), date(2023, 3, 10))]


def test_a_weekday_in_a_rows_note_counts_back_from_the_rows_day() -> None:
    text = (
        _BAKERY + "Mon 13.03 | 280 | 5 | 8 700 | The driver was at his sister's on Saturday when "
        "the russians hit the bus station in Kostiantynivka.\n"
    )
    assert days(at(incidents(text), "Kost")) == [(date(2023, 3, 11), date(2023, 3, 11))]


def test_a_day_in_a_past_perfect_aside_is_the_earlier_strikes() -> None:
    text = (
        _BAKERY + "Fri 17.03 | 250 | 5 | 8 000 |\n"
        "In the evening the russians hit the Raihorodok bridge again, the one they had "
        "damaged last week.\n"
    )
    assert days(at(incidents(text), "Raihorodok")) == [(date(2023, 3, 17), date(2023, 3, 17))]


def test_a_day_the_strike_is_likened_to_is_not_its_own() -> None:
    text = (
        _BAKERY + "Sat 18.03 | 260 | 5 | 8 200 |\n"
        "At night the russians hit the five-storey block in Druzhkivka, the same quarter as "
        "in February.\n"
    )
    assert days(at(incidents(text), "Druzhkivka")) == [(date(2023, 3, 18), date(2023, 3, 18))]


# --- places ---------------------------------------------------------------------------


def test_a_town_in_brackets_after_another_only_places_it() -> None:
    text = "Our seller from Zmiivka (the village by the river near Beryslav) wrote: it was shelled."
    assert _roles(text)["Beryslav"] == "context"


def test_the_village_of_a_caller_placed_by_a_city_is_the_village_struck() -> None:
    text = (
        " date 2022-03-20 Dairy round book\n"
        "Columns: date | litres | remarks\n\n"
        "Fri 11.03 | 1 500 l | The driver's wife from Bytytsia (by Sumy) called: at night russian "
        "planes bombed the village, two houses burned.\n"
    )
    found = incidents(text)
    assert at(found, "Bytytsia") and not at(found, "Sumy")


def test_a_side_of_town_is_a_bearing_not_a_place_struck() -> None:
    assert (
        _roles("In the evening a missile hit Odesa - on the Tairove side.")["Tairove"] == "context"
    )


def test_a_buildings_street_in_the_genitive_is_no_village() -> None:
    text = (
        " date 2022-03-30 Shop notes, Chernihiv\n"
        "SHOP NOTES (Chernihiv, the centre).\n\n"
        "Sat 12.03 | closed | The russians bombed the old cinema on Shevchenka this morning.\n"
    )
    found = incidents(text)
    assert at(found, "Chernihiv") and not at(found, "Shevchenka")


def test_a_works_named_after_a_far_town_is_the_notes_own_towns() -> None:
    text = (
        " date 2022-07-04 Print shop notes, Kyiv\n"
        "PRINT SHOP - DAY NOTES (Kyiv, Lukianivka).\n"
        "Columns: date | jobs | notes\n\n"
        "Sun 26.06 | - |\n"
        "Early morning russian missiles hit a block near the Artem plant; one man killed.\n"
    )
    found = incidents(text)
    assert at(found, "Kyiv") and not at(found, "Art")


def test_a_town_found_by_its_compound_names_first_word_keeps_to_the_story() -> None:
    text = (
        " date 2022-04-10 Kennel log, Makariv hromada\n"
        "KENNEL LOG (by Makariv, Kyiv oblast).\n\n"
        "Mon 07.03 | 12 dogs | In the morning the russians shelled Buzova, the houses by the road.\n"
    )
    assert at(incidents(text), "Buzova")[0].place.admin1 == "Kyiv Oblast"


def test_a_town_the_writer_could_not_reach_is_the_village_struck() -> None:
    text = (
        " date 2022-06-10 Van route book\n\n"
        "Thu 26.05 | R-2 | 3/8 |\n"
        "Did not go to Tetkino. At dawn the Ukrainians shelled the village, the governor writes.\n"
    )
    assert days(at(incidents(text), "T")) == [(date(2022, 5, 26), date(2022, 5, 26))]


# --- strike or not --------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Heard guns all night from the Vovchansk side. Nobody on the farm hurt.",
        "Mykola says in Vovchansk they hear shelling every day now.",
        "Egg shells for the bakery in Vovchansk - 30 pcs, they asked.",
    ],
)
def test_a_row_that_tells_no_strike_makes_none(note: str) -> None:
    text = f" date 2022-06-01 Farm log\nColumns: date | eggs | notes\n\nMon 23.05 | 400 | {note}\n"
    assert not incidents(text)


def test_tanks_seen_firing_at_a_town_is_a_strike() -> None:
    text = (
        " date 2022-03-20 Feed log\n\n"
        "Tue 01.03 | 150 |\n"
        "The driver saw russian tanks fire at the houses in Borodianka on the way back.\n"
    )
    assert at(incidents(text), "Borodianka")


def test_a_side_that_fired_at_it_tells_the_strike_on_the_town() -> None:
    text = (
        " date 2022-04-20 Workshop book, Belgorod\n"
        "WORKSHOP BOOK. Workshop on the edge of Belgorod.\n"
        "Columns: date | kg | notes\n\n"
        "Fri 01.04 | 0 |\n"
        "No work. The governor says two Ukrainian helicopters came in low and fired at the oil "
        "depot, two workers were injured.\n"
    )
    assert at(incidents(text), "Belgorod")


def test_a_cause_in_general_is_no_strike() -> None:
    assert lx.HABIT_NOUN.search("- March: 9 orders, 2 cancelled because of shelling (K-3, K-5).")
    assert not lx.HABIT_NOUN.search("Closed because of shelling on the market street.")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The russians shelled the village this morning and a girl of seven died.", 1),
        ("A boy of twelve was killed when the shell hit the yard.", 1),
    ],
)
def test_an_age_in_words_is_no_toll(text: str, killed: int) -> None:
    assert find_figure(text, lx.KILLED) == killed


@pytest.mark.parametrize(
    "text", ["Nobody on the route hurt.", "No one in the shop injured.", "nobody hurt"]
)
def test_nobody_hurt_without_its_verb_is_a_zero(text: str) -> None:
    assert lx.NO_ONE_HURT.search(text)


# --- exports --------------------------------------------------------------------------


def test_a_hanging_indent_goes_on_with_its_entry() -> None:
    text = (
        " date 2022-10-04 dump\n"
        "NOTES (one line per ROWID, wrapped)\n"
        "K0201  On 12 September 2022, Russian forces shelled Siversk (Bakhmut raion, Donetsk\n"
        "       oblast) with artillery; 2 civilians killed, per the oblast administration.\n"
    )
    found = at(incidents(text), "Siversk")
    assert days(found) == [(date(2022, 9, 12), date(2022, 9, 12))] and found[0].killed == 2


def test_a_folded_block_is_one_text() -> None:
    text = (
        " date 2023-01-09 YAML export\n"
        "- id: Q-07\n"
        "  review: OK\n"
        "  notes: >\n"
        "    On 3 June 2022, the border village of Krasnaya Yaruga (Belgorod oblast) came\n"
        "    under mortar fire, the governor said, blaming the Ukrainian armed forces.\n"
    )
    assert at(incidents(text), "Krasnaya Yaruga")


@pytest.mark.parametrize(
    "record",
    [
        '<event id="Q-1" qa="DUP">\n  <notes>On 14 March 2022, Russian missiles struck '
        "Lutsk airfield.</notes>\n</event>\n",
        "- id: Q-1\n  review: DEL\n  notes: >\n    On 14 March 2022, Russian missiles struck "
        "Lutsk airfield.\n",
    ],
)
def test_an_exports_record_its_status_drops_is_no_event(record: str) -> None:
    assert not incidents(" date 2022-04-01 export\n" + record)


def test_a_range_with_its_year_is_one_window() -> None:
    text = (
        " date 2022-07-11 export\n\n"
        "Overnight 30.06–01.07.2022, Russian missiles hit a block of flats in Serhiivka.\n"
    )
    assert days(at(incidents(text), "Serh")) == [(date(2022, 6, 30), date(2022, 7, 1))]


# --- places, again ----------------------------------------------------------------------


def test_a_site_named_before_its_town_is_the_towns() -> None:
    roles = _roles("A missile destroyed the Troitskyi market and damaged a block in Dnipro.")
    assert roles == {"Troitskyi": "context", "Dnipro": "target"}


def test_artillery_fired_from_across_the_border_at_a_village_hit_it() -> None:
    text = (
        " date 2022-10-04 dump\n\n"
        "On 18 September 2022, Russian artillery fired from across the border at Yunakivka "
        "(Sumy raion); 1 civilian killed.\n"
    )
    assert at(incidents(text), "Yunak")


def test_a_witness_from_one_town_places_the_strike_told_next() -> None:
    text = (
        " date 2022-03-20 Podcast episode\n\n"
        "This week we hear Olha, a nurse from Chernihiv, who called us from a cellar. On "
        "Wednesday, 16 March, a Russian strike hit the queue for bread by the supermarket.\n"
    )
    assert days(at(incidents(text), "Chernihiv")) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_a_russian_spelling_of_a_city_district_is_that_citys() -> None:
    from geo.citydistricts import cities_with_district

    assert cities_with_district("Nikitovsky") == cities_with_district("Mykytivskyi")


# --- pages and notes of one town ------------------------------------------------------


def test_a_firms_page_places_a_dated_strike_on_a_building_in_its_town() -> None:
    text = (
        " date 2022-08-20 Route changes\n"
        "SUMY CITY BUSES · Sumy\n"
        "Timetables   Fares   Contacts\n\n"
        "On the evening of 16 August, Russian shelling hit the bus depot on the ring road; two "
        "buses burned.\n"
    )
    assert days(at(incidents(text), "Sumy")) == [(date(2022, 8, 16), date(2022, 8, 16))]


def test_a_list_of_strikes_is_no_strike_of_the_pages_town() -> None:
    text = (
        " date 2022-08-20 Route changes\n"
        "SUMY CITY BUSES · Sumy\n\n"
        "August 20 - Here are some of the strikes on bus depots this summer:\n"
    )
    assert not incidents(text)


def test_an_items_day_in_brackets_dates_the_lines_under_it() -> None:
    text = (
        " date 2022-05-09 Shoot plan\n"
        "FOOD CHANNEL — shoot plan (base: Poltava)\n\n"
        'EP-11 — Poltava, "Halushky" (Sat 02.04)\n'
        "Shot at the kitchen by the station.\n\n"
        'EP-12 — Uman, "Pies by the river" (planned Thu 14.04)\n'
        "CANCELLED. The russians hit the oil depot in Uman that morning; our hosts spent the day "
        "in the basement.\n"
    )
    assert days(at(incidents(text), "Uman")) == [(date(2022, 4, 14), date(2022, 4, 14))]


def test_a_jobs_code_before_its_day_heads_a_section() -> None:
    text = (
        " date 2023-02-13 Parquet jobs\n\n"
        "P-311, Wed 18.01.2023\n"
        "School gym started. Laid 40 m².\n\n"
        "P-312, Mon 13.02.2023\n"
        "New client from Orikhiv: on Saturday russian artillery hit her street, her aunt was "
        "killed.\n"
    )
    assert days(at(incidents(text), "Orikhiv")) == [(date(2023, 2, 11), date(2023, 2, 11))]


@pytest.mark.parametrize(
    "line",
    [
        "In the night the russian Grads worked on our side of town again; the swings are gone.",
        "Something big fell by the stadium this morning, the library across the road is gone.",
    ],
)
def test_a_witness_word_for_a_strike_at_home(line: str) -> None:
    text = (
        " date 2022-04-13 Repair book, Chernihiv\nREPAIR BOOK, Chernihiv\n\n"
        "Mon 28.02\nWorking from home.\n\nTue 29.03\n" + line + "\n"
    )
    assert at(incidents(text), "Chernihiv")


def test_a_towns_own_building_struck_is_in_that_town() -> None:
    assert _roles("But the Balakliia lyceum was hit in the morning by russian grads.") == {
        "Balakliia": "target"
    }


def test_a_year_named_with_a_thing_dates_its_day() -> None:
    text = (
        " date 2025-06-30 Conference page\n\n"
        "Our 2023 edition opened in Dnipro on 1 June, hours after a Russian missile killed two "
        "people in the city.\n"
    )
    assert days(at(incidents(text), "Dnipro")) == [(date(2023, 6, 1), date(2023, 6, 1))]


def test_a_forum_pastes_rows_are_read_through_its_tags() -> None:
    text = (
        " date 2022-10-10 Coding thread\n"
        "[code]04.09.2022 | Mykolaiv | Mykolaivskyi | Ochakivska | Ochakiv\n"
        "On 4 September 2022, Russian shelling destroyed the grain elevator in Ochakiv.[/code]\n\n"
        "[s][code]10.06.2022 | Mykolaiv | Mykolaivskyi | Kutsurubska | Kutsurub\n"
        "On 10 June 2022, Russian shelling hit Kutsurub.[/code][/s]\n"
    )
    found = incidents(text)
    assert days(at(found, "Ochakiv")) == [(date(2022, 9, 4), date(2022, 9, 4))]
    assert not at(found, "Kutsurub")


# --- the last of the round ----------------------------------------------------------------


def test_a_commenter_saying_where_they_are_places_the_strike_next() -> None:
    text = (
        " date 2022-10-17 Thread\n\n"
        "Kherson here. This morning the russians hit the river port, the smoke is black.\n"
    )
    assert days(at(incidents(text), "Kherson")) == [(date(2022, 10, 17), date(2022, 10, 17))]


def test_a_forums_other_posts_are_no_events_of_the_page() -> None:
    text = (
        " date 2022-10-17 Thread\n\nKyiv: drones hit the centre this morning, four dead.\n\n"
        "More posts you may like\n"
        "- Sumy governor reports shelling of Bilopillia, no casualties (r/worldevents)\n"
    )
    found = incidents(text)
    assert at(found, "Kyiv") and not at(found, "Bilopil") and not at(found, "Sumy")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Russia launched 400 drones overnight, with Lviv as the main target.", "Lviv", "target"),
        (
            "Shelling killed two electricians who were repairing a line near the village of "
            "Bilozerka.",
            "Bilozerka",
            "target",
        ),
    ],
)
def test_what_the_words_say_was_struck(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_a_regions_toll_is_not_the_towns() -> None:
    text = (
        " date 2023-05-04 Video page\n\n"
        "On Wednesday, 3 May, Russian artillery shelled Kherson, hitting a hypermarket. Across "
        "the region 23 people were killed that day; in the city alone, 16 people died.\n"
    )
    assert [i.killed for i in at(incidents(text), "Kherson")] == [16]


def test_a_clock_before_the_day_dates_the_deed_not_the_words() -> None:
    text = (
        " date 2025-05-03 Log\n\n"
        "At about 09:30 on 1 May 2025, the installed governor said Ukrainian drones struck the "
        "market of occupied Oleshky.\n"
    )
    assert days(at(incidents(text), "Oleshky")) == [(date(2025, 5, 1), date(2025, 5, 1))]


def test_the_district_an_official_speaks_of_is_in_his_city() -> None:
    text = (
        " date 2022-10-01 Agency\n\n"
        "The city head of Gorlovka reported that a woman wounded during the shelling of the "
        "Nikitovsky district on Friday had died in hospital.\n"
    )
    assert at(incidents(text), "Horlivka")


def test_an_institutions_name_line_gives_its_small_town() -> None:
    text = (
        " date 2022-09-20 Chronicle\n"
        "HOLY TRINITY MONASTERY · Sviatohirsk\n"
        "Monastery | History | Chronicle\n\n"
        "Since the spring, refugees have lived in the monastery.\n\n"
        "On 12 March, a Russian air strike hit near the monastery: the blast shattered windows.\n"
    )
    assert days(at(incidents(text), "Svya")) == [(date(2022, 3, 12), date(2022, 3, 12))]
