"""Rules of the thirty-second round (issue 12, session 36): working notes of new kinds (an
estate agent's listings, a garage's job cards, a radio log, a bus company's notices, a fuel
chain's station list, a pharmacy table, a dentist's cancellations, a dean's notices, an
ombudsman complaint, field notes, a wedding planner's e-mails, a map desk's bullets, work
orders, a courier chat) and pages and wires that tell two strikes in one sentence.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.articles import make_article, split_sentences
from geo.attribution import find_actor
from geo.dates import find_dates
from geo.lexicon import NOT_A_STRIKE, STRIKE_WORDS
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


def test_an_items_sub_lines_are_its_towns() -> None:
    text = (
        " date 2022-10-01 station list, week 39\n"
        "Filling stations, regional division. Internal.\n"
        "\n"
        "ST-04 Bohodukhiv, vul. Sumska (exit to the highway) — CLOSED since 12.05.2022.\n"
        " > canopy destroyed by shelling on 12.05, shop windows out. staff ok.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Bohodukhiv")
    assert days([found]) == [(date(2022, 5, 12), date(2022, 5, 12))]


def test_a_street_word_ends_no_sentence_and_names_no_place() -> None:
    art = make_article("t.txt", " date 2022-11-01 notes\nhouse, Korosten, vul. Shevchenka 4\n")
    assert len(split_sentences(art)) == 2  # the title and one line, not three
    assert "Shevchenka" not in _roles("a shell hit a house on vul. Shevchenka in Korosten")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("russian planes bombed the town yesterday 08.02 in the afternoon", date(2023, 2, 8)),
        ("the day they hit the school, yday 11.05", date(2022, 5, 11)),
    ],
)
def test_a_day_written_after_yesterday_is_the_day(text: str, day: date) -> None:
    found = find_dates(text, date(2023, 2, 20))
    assert [d.window.start for d in found] == [day]


def test_that_morning_is_the_day_written_before_it_in_the_sentence() -> None:
    found = find_dates(
        "windows out since 25.02 - the school was hit that morning", date(2022, 3, 21)
    )
    assert {d.window.start for d in found} == {date(2022, 2, 25)}


def test_russian_planes_are_the_attacker_even_over_occupied_towns() -> None:
    assert find_actor("the Russian planes bombed Melitopol on 08.02")[0] == "Russia"


@pytest.mark.parametrize(
    "text",
    [
        "windscreen cracked by a STONE on the road, not a blast — I checked",
        "construction materials to repair 140 damaged homes in two communities",
        "Russian troops were pressing their attack on the town",
    ],
)
def test_verdicts_aid_and_assaults_are_no_strikes(text: str) -> None:
    assert NOT_A_STRIKE.search(text) is not None


@pytest.mark.parametrize(
    "text", ["- Zelenodolsk: route dropped since August", '"rocket danger" siren 3 times']
)
def test_a_route_dropped_and_a_rocket_danger_alert_name_no_weapon(text: str) -> None:
    assert STRIKE_WORDS.search(text) is None


def test_explosions_east_of_the_city_are_not_the_logs_town() -> None:
    text = (
        " date 2022-03-10 station log (Vinnytsia)\n"
        "All times UTC.\n"
        "\n"
        "2022-03-06 0805 local rx: many loud explosions E of the city, windows rattled.\n"
    )
    assert incidents(text) == []


def test_a_site_code_and_its_number_label_a_notes_line() -> None:
    text = (
        " date 2022-10-03 timetable notices\n"
        "Kremenchuk AS-2 (bus station): due to the missile strike on the station area on "
        "Thu 29.09, platforms 1-4 are closed.\n"
    )
    assert _towns(text) == ["Kremenchuk"]


def test_a_person_doing_something_when_killed_is_counted() -> None:
    text = (
        " date 2022-09-30 notes\n"
        "Lozova: on Sat 10.09 a russian rocket hit a yard, a man walking his dog was killed.\n"
    )
    (found,) = incidents(text)
    assert found.killed == 1


def test_notices_headed_by_their_days_tell_of_the_headers_town() -> None:
    text = (
        " date 2022-09-01 Dean's notices, summer 2022\n"
        "Faculty of History, State University, Sumy.\n"
        "\n"
        "--- Notice 12, 15.07.2022, 12:10\n"
        "This morning the library building was hit by a russian missile.\n"
        "\n"
        "--- Notice 14, 02.08.2022\n"
        "Exams are moved online.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Sumy"
    assert days([found]) == [(date(2022, 7, 15), date(2022, 7, 15))]


@pytest.mark.parametrize(
    "text",
    [
        'Bakery "Kolos na Rynku", Poltava. A rocket hit the market on 2 May.',
        '"Smile Line" dental clinic, Poltava. A rocket hit the market on 2 May.',
    ],
)
def test_a_firms_quoted_name_is_no_place(text: str) -> None:
    assert "Kolos" not in _roles(text) and "Smile" not in _roles(text)


def test_a_namesake_set_aside_and_a_town_measured_from_are_not_the_paragraphs_town() -> None:
    text = (
        " date 2022-09-24 supplier notes\n"
        "Bakery notes, Kryvyi Rih.\n"
        "\n"
        "SUPPLIERS\n"
        "- Flour: from the mill in Pokrovske — the one in Synelnykove r-n, east of Dnipro, not "
        "the Nikopol one. Their warehouse was hit by a russian missile on 2 May.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Pokrovske"


def test_a_table_rows_period_is_not_the_rows_day() -> None:
    text = (
        " date 2022-07-04 cancelled appointments\n"
        "date | time | code | note\n"
        "18.05 | 16:30 | OT | her house in Bucha was destroyed during the occupation, moved away\n"
    )
    assert incidents(text) == []


def test_a_heading_is_no_list_heading_when_it_follows_a_sentence_on_its_line() -> None:
    text = (
        " date 2024-06-01 notes for the accountant (print shop, Kharkiv)\n"
        "Notes for the books.\n"
        "\n"
        "1) 23.05 — order LOST at the printer. Their plant was hit by russian missiles that "
        "afternoon. Reprint ordered in Poltava, delivery 4.06.\n"
        "2) 25.05 — the car damaged at the hypermarket parking when russian guided bombs hit "
        "the hypermarket.\n"
    )
    assert "Poltava" not in _towns(text)


def test_a_work_orders_date_cell_dates_its_lines() -> None:
    text = (
        " date 2023-02-06 work orders\n"
        "FOP Kovalenko, electrical works, Pavlohrad. Work orders from my book.\n"
        "\n"
        "WO 22/071 | 21.07.2022 | vul. Myru (houses behind school No. 3)\n"
        "- the russian rocket hit school No. 3 early this morning, blast over the block.\n"
        "- line cut by shrapnel in 3 spans.\n"
        "\n"
        "WO 22/094 | 07.09.2022 | vul. Lenina\n"
        "- planned work, no damage.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Pavlohrad"
    assert days([found]) == [(date(2022, 7, 21), date(2022, 7, 21))]


def test_an_emails_sent_line_is_the_day_its_yesterday_counts_from() -> None:
    text = (
        " date 2022-10-12 sent e-mails\n"
        '"Lilac Weddings", Lviv - sent e-mails about date changes.\n'
        "\n"
        "Sent: 19.04.2022 09:12\n"
        "To: A & K\n"
        "\n"
        "Dear both, yesterday morning the russian missiles hit Lviv, and the florist's van "
        "burned.\n"
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2022, 4, 18), date(2022, 4, 18))]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Written in Kyiv on 22 June 2023, the day the strike hit the Chonhar bridge.", "Kyiv", "weak"),
        ("the missiles hit the substation at Demydiv, south of Lviv towards Mykolaiv", "Mykolaiv", "context"),
        ("the shelling pushed fuel prices in Moscow and St Petersburg to highs", "Moscow", "context"),
        ("trains on the Kharkiv - Izium - Lyman route are running late", "Kharkiv", "context"),
        ("the missiles were launched from the airspace over Russia's Bryansk region", "Bryansk region", "context"),
        ("Russian forces shelled the residential sector of the village of Komyshany", "Komyshany", "target"),
        ("a man was hurt at the bus stop on Sadova when the stop was shelled", "Sadova", None),
    ],
)  # fmt: skip
def test_what_a_name_is_in_its_sentence(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name) == role


def test_the_daily_shelling_of_a_village_is_a_habit_whatever_day_the_sentence_names() -> None:
    text = (
        " date 2025-04-14 complaint\n"
        "Because of the daily shelling of Komyshany, on 20.04.2023 I left for my son.\n"
    )
    assert incidents(text) == []


def test_notes_set_aside_under_not_mapped_stay_off_the_map() -> None:
    text = (
        " date 2022-09-14 daily map update\n"
        "(B) STRIKES IN THE REAR\n"
        "- Orikhiv, Tue 13 Sep: RU MLRS fire on the town, a woman killed.\n"
        "\n"
        "NOT mapped (and why)\n"
        '- RU MoD: "high-precision strikes on deployment points near Kupiansk" — no places. Skip.\n'
    )
    assert _towns(text) == ["Orikhiv"]


def test_a_note_takers_doubt_and_a_rumour_drop_the_line() -> None:
    text = (
        " date 2022-10-28 field notes\n"
        "Tue 25.10 — Zolochiv\n"
        '- R-14 says "they bombed the bridge at Staryi Saltiv yesterday" — I could not '
        "confirm, not writing it as fact.\n"
        "- forum: someone says explosions near Derhachi every night — no idea, rumours.\n"
    )
    assert incidents(text) == []


@pytest.mark.parametrize("word", ["CUT", "Log", "Port", "Human"])
def test_english_words_that_are_small_places_read_as_words(word: str) -> None:
    assert word not in _roles(f"{word}. The plant was hit by russian missiles on Tue 18.10.")


def test_a_chats_speaker_is_no_place() -> None:
    assert "Artem" not in _roles("[23.04.22 16:05] Artem: sorry phone died")


def test_a_second_day_clause_whose_verb_follows_its_day() -> None:
    text = (
        " date 2023-02-19 news\n"
        "On Thursday, 16 February, one resident of Kupiansk was killed by shelling, and on "
        "8 February a woman was killed and a girl was wounded.\n"
    )
    assert sorted(days(at(incidents(text), "Kup"))) == [
        (date(2023, 2, 8), date(2023, 2, 8)),
        (date(2023, 2, 16), date(2023, 2, 16)),
    ]


def test_a_town_west_of_occupied_donetsk_is_the_namesake_on_that_side() -> None:
    found = find_places(
        "Russian shelling set fire to a school in Krasnohorivka, a town west of occupied Donetsk",
        default_resolver(),
    )
    krasno = next(p for p in found if p.text.startswith("Krasnohorivka"))
    assert krasno.place is not None and round(krasno.place.lon, 1) == 37.5


def test_an_undated_lead_under_a_dateline_is_the_next_sentences_town() -> None:
    text = (
        " date 2023-02-08 border villages\n"
        "SUMY, Ukraine (AP) — The shell landed in the yard just after 9 a.m.\n"
        "\n"
        "The woman died on the spot, her neighbors said.\n"
        "\n"
        "She was killed Tuesday in Pavlivka, a village near the border.\n"
    )
    assert _towns(text) == ["Pavlivka"]


def test_a_tolls_lead_takes_the_day_the_story_tells_the_strike() -> None:
    text = (
        " date 2022-09-28 Number of injured in strike on Lozova rises to five\n"
        "In Lozova, the number of people injured in the Russian missile strike has risen to "
        "five.\n"
        '"Two more residents turned to doctors on September 27," the governor wrote.\n'
        "On the evening of September 26, Russian troops struck Lozova with S-300 missiles.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 26), date(2022, 9, 26))]


def test_the_deadliest_since_a_ground_advance_dates_no_strike() -> None:
    found = find_dates(
        "The strike was the deadliest in the region since Ukrainian forces pushed Russian "
        "troops back in mid-September.",
        date(2022, 9, 27),
    )
    assert found == []


def test_a_raion_coded_row_is_the_raion() -> None:
    text = (
        " date 2023-03-01 pipe export\n"
        "Format: admin1 | admin2 | admin3 | location || event_date | sub_event_type | notes\n"
        "\n"
        "Dnipropetrovsk | Nikopolskyi | | [raion] || 11 Sep 2022 | Shelling/artillery/missile "
        "attack | Russian forces fired shells at communities of Nikopolskyi raion.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and "Nikopol" in found.place.name
    assert found.place.precision == "region"


def test_a_world_city_abroad_is_not_the_village_named_after_it() -> None:
    gaz = default_resolver()
    assert [p.place.name for p in find_places("The Council met in New York.", gaz) if p.place] in (
        [],
        ["New York City"],
    )
    (placed,) = find_places("Russian shelling hit New York in the Donetsk region", gaz)
    assert placed.place is not None and placed.place.admin1 == "Donetsk Oblast"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Two Kherson residents were killed in Russian shelling on Monday.", "target"),
        ("Number of Donetsk residents killed in shelling rises to seven.", "target"),
        ("Kherson residents fled to Mykolaiv on Monday.", "context"),
    ],
)
def test_a_towns_people_hurt_name_the_town_struck(text: str, role: str) -> None:
    assert next(iter(_roles(text).values())) == role
