"""Rules of the forty-second round (issue 12, session 46): exports whose dropped entries say
nothing (calendars, INI, TOML, BibTeX, text protos, changelogs, boards), a record's admin
field, hromada seats in another raion, capitals in a sitrep, a page's own city from its
menu of districts, title or location field, reviews headed by their day, a namesake set
aside by the town it is near, and sites named after one town standing in another.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.articles import make_article, split_sentences
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.tablerows import dropped_spans, rejecting_codes


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


# --- exports' dropped entries ------------------------------------------------------------

_CALENDAR = (
    " date 2022-05-02 queue.ics - coding calendar\n"
    "BEGIN:VCALENDAR\n"
    "BEGIN:VEVENT\n"
    "SUMMARY:Irpin - bridge\n"
    "DESCRIPTION:On 4 March 2022\\, Russian shelling hit the bridge in Irpin. No casualties.\n"
    "STATUS:CONFIRMED\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "SUMMARY:Boryspil - warehouse\n"
    "X-QA:DUP of the row above\n"
    "DESCRIPTION:On 5 March 2022\\, a Russian missile hit a warehouse in Boryspil.\n"
    "STATUS:CANCELLED\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_a_calendars_cancelled_event_is_dropped_whatever_comes_first() -> None:
    assert _towns(_CALENDAR) == ["Irpin"]


def test_a_calendars_escaped_commas_read_as_commas() -> None:
    text = (
        " date 2022-05-02 queue.ics\nBEGIN:VEVENT\n"
        "DESCRIPTION:On 9 March 2022\\, Russian artillery struck houses in Liutizh (Petrivska "
        "hromada\\, Vyshhorodskyi raion).\nEND:VEVENT\n"
    )
    (found,) = incidents(text)
    assert found.place.name == "Liutizh" and found.place.admin1 == "Kyiv Oblast"


@pytest.mark.parametrize(
    ("entry", "kept"),
    [
        # an INI section's status key
        ("[R-1]\nqa = OK\nnotes = On 3 April 2022, shelling hit a school in Lyman.\n\n"
         "[R-2]\nqa = DEL\nnotes = On 4 April 2022, shelling hit a shop in Izium.\n", "Lyman"),
        # TOML's array of tables
        ('[[event]]\nqa = "OK"\nnotes = "On 3 April 2022, shelling hit a school in Lyman."\n\n'
         '[[event]]\nqa = "DUP"\nnotes = "On 4 April 2022, shelling hit a shop in Izium."\n',
         "Lyman"),
        # a BibTeX entry's braces
        ("@event{A1,\n  notes = {On 3 April 2022, shelling hit a school in Lyman.},\n  qa = {OK}\n}\n"
         "@event{A2,\n  notes = {On 4 April 2022, shelling hit a shop in Izium.},\n  qa = {DEL}\n}\n",
         "Lyman"),
        # a text proto's block
        ('row {\n  qa: OK\n  notes: "On 3 April 2022, shelling hit a school in Lyman."\n}\n'
         'row {\n  qa: DEL\n  notes: "On 4 April 2022, shelling hit a shop in Izium."\n}\n', "Lyman"),
    ],
)  # fmt: skip
def test_an_exports_entry_its_status_drops(entry: str, kept: str) -> None:
    assert _towns(" date 2022-05-01 export\n" + entry) == [kept]


def test_a_changelogs_removed_section_is_dropped_and_places_nothing() -> None:
    text = (
        " date 2022-06-01 CHANGELOG.md\n# Changelog\n\n## [0.2.0] - 01.06.2022\n### Added\n"
        "- R-7 | 10.03.2022 | Rubizhne | Siverskodonetskyi raion |\n"
        "  On 10 March 2022, Russian shelling damaged the town hall in Rubizhne.\n\n"
        "### Removed\n"
        "- R-5 (DEL) | 11.03.2022 | Rubizhne, Chuhuivskyi raion (Kharkiv oblast) | church hit.\n"
        "  On 11 March 2022, a bomb damaged the church in Rubizhne.\n\n"
        "### Changed\n- R-3: date corrected.\n"
    )
    (found,) = incidents(text)
    assert found.place.name == "Rubizhne" and found.place.admin1 == "Luhansk Oblast"
    assert days([found]) == [(date(2022, 3, 10), date(2022, 3, 10))]


def test_a_boards_lists_its_rule_keeps_off_are_dropped() -> None:
    text = (
        " date 2023-09-04 Board print\nBoard rule: Parked and Rejected cards are NOT coded.\n\n"
        "==== LIST: Coded (1) ====\n\n--- CARD #1 | Sumy\n"
        "Description: On 3 September 2023, Russian shelling hit a house in Sumy.\n\n"
        "==== LIST: Parked (1) ====\n\n--- CARD #2 | Okhtyrka\n"
        "Description: On 2 September 2023, a drone hit a shop in Okhtyrka.\n\n"
        "==== LIST: Rejected (1) ====\n\n--- CARD #3 | Lebedyn\n"
        "Description: On 1 September 2023, a drone hit a barn in Lebedyn.\n"
    )
    assert _towns(text) == ["Sumy"]


def test_a_comment_line_that_starts_with_excluded_drops_no_section() -> None:
    text = "# excluded (not shelling): 2023-02-18 mine blast\ndate,settlement\n2023-02-03,Toretsk\n"
    assert dropped_spans(text) == []


def test_a_legends_one_letter_codes_keep_rows_off() -> None:
    head = ["Status codes: K = keep, D = duplicate, X = delete, N = not a strike."]
    assert rejecting_codes(head) == frozenset({"D", "X", "N"})


def test_a_rows_note_under_a_deleted_row_is_dropped_too() -> None:
    text = (
        " date 2023-03-13 review form\nStatus codes: K = keep, X = delete.\n\n"
        "| 01 | 02.02.2023 | Toretsk | K |\n"
        "Note 01: On 2 February 2023, Russian forces shelled Toretsk. 1 civilian killed.\n\n"
        "| 02 | 02.02.2023 | Bakhmut | X |\n"
        "Note 02: A paper reported the death of a volunteer in Bakhmut. No day. Deleted.\n"
    )
    assert _towns(text) == ["Toretsk"]


@pytest.mark.parametrize("verdict", ["Not coded.", "Not coded until a second source is found."])
def test_a_coders_sentence_after_the_row_keeps_it_off(verdict: str) -> None:
    text = (
        " date 2025-12-01 review\n"
        f"> # Penza: blasts on a pipeline, nobody named as the attacker, 8 September. {verdict}\n"
    )
    assert incidents(text) == []


def test_a_cards_admin_field_places_its_namesake() -> None:
    text = (
        " date 2023-09-04 Board\n--- CARD #9 | Shyroka Balka 13.08.2023\n"
        "Admin: Kherson oblast / Khersonskyi raion / Stanislavska hromada\n"
        "Description: On 13 August 2023, Russian artillery hit a house in Shyroka Balka.\n"
    )
    (found,) = incidents(text)
    assert found.place.admin1 == "Kherson Oblast"


# --- places ------------------------------------------------------------------------------


def test_a_hromada_seat_in_another_raion_is_no_seat() -> None:
    (p,) = find_places(
        "Shelling struck houses in Liutizh (Petrivska hromada, Vyshhorodskyi raion).",
        default_resolver(),
    )
    assert p.place is not None and p.place.name == "Liutizh"


def test_a_hromada_named_without_its_apostrophe_is_the_towns() -> None:
    (p,) = find_places("In Heorhiivka, a village in the Marinka hromada, a man was killed.",
                       default_resolver(), ("Donetsk",))  # fmt: skip
    assert p.place is not None and p.place.admin1 == "Donetsk Oblast"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Drones struck the Kremenchuk oil refinery at Piddubne overnight.", "Kremenchuk", "context"),
        ("Shelling hit the Druzhba plant in the Zavodskyi district of Kamianske.", "Druzhba",
         "context"),
        ("Drones struck the Ilsky oil refinery in Krasnodar Krai overnight.", "Ilsky", "target"),
        ("Missiles hit the Novoshakhtinsk refinery in Russia's Rostov region.", "Novoshakhtinsk",
         "target"),
        ("Missiles hit Kyiv and a power plant in Lviv.", "Kyiv", "target"),
        ("A missile destroyed the hangar next to Odesa airport.", "Odesa", "target"),
        ("A drone hit a minibus carrying evacuees out of Vovchansk.", "Vovchansk", "target"),
        ("The allies should increase pressure on Moscow, she said after the strike.", "Moscow",
         "context"),
        ("The governor said so in a video address recorded in Sumy.", "Sumy", "weak"),
    ],
)  # fmt: skip
def test_what_the_words_say_was_struck(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


def test_the_town_a_namesake_is_set_aside_by_is_not_struck() -> None:
    text = "In the night the russians hit the station in Ivanivka - NOT Ivanivka near Kupiansk."
    assert _roles(text).get("Kupiansk", "context") == "context"


@pytest.mark.parametrize(
    "text",
    [
        "RUSSIAN FORCES SHELLED POKROVSK AGAIN. 2 CIVILIANS KILLED.",
        "ON 3 MAY 2023, RUSSIAN ARTILLERY SHELLED KUPIANSK (KHARKIV OBLAST).",
    ],
)
def test_a_sitreps_capitals_are_no_first_names(text: str) -> None:
    assert any(p.role == "target" for p in find_places(text, default_resolver()))


@pytest.mark.parametrize(
    "text",
    [
        "Missiles hit two blocks in the Pivnichnyi neighbourhood of Kropyvnytskyi.",
        "The blast damaged the bridge over the Irpin and shops nearby.",
    ],
)
def test_a_towns_part_and_a_river_are_no_villages(text: str) -> None:
    names = [p.text for p in find_places(text, default_resolver())]
    assert "Pivnichnyi" not in names and "Irpin" not in names


def test_a_namesake_set_aside_by_the_town_it_is_near_leaves_the_other() -> None:
    text = (
        " date 2023-03-01 Notebook, Kherson\n"
        "Mon 13.02 | call from Inhulets village in our district - NOT Inhulets town near "
        "Kryvyi Rih. The russians shelled Inhulets in the afternoon, one man killed.\n"
    )
    (found,) = incidents(text)
    assert found.place.admin1 == "Kherson Oblast"


def test_a_line_break_makes_no_full_name() -> None:
    text = (
        " date 2022-03-07 x\nNews of the region\nMain | War | Weather\n\n"
        "Ovruch after the night: 3 wounded\n\n"
        "On the night of March 6 the occupiers struck a residential area of Ovruch.\n"
    )
    assert _towns(text) == ["Ovruch"]


# --- the page's own city --------------------------------------------------------------------


def test_a_menu_of_a_citys_districts_is_the_city() -> None:
    text = (
        " date 2022-08-03 Repairs after the shelling\nCITY WATER UTILITY\n"
        "Districts: Tsentralnyi · Zavodskyi · Inhulskyi · Korabelnyi\n"
        "Press centre › 03.08.2022\n\n"
        "On the morning of Friday, 29 July, Russian munitions hit a bus stop in the Korabelnyi "
        "district. Seven people died.\n"
    )
    assert _towns(text) == ["Mykolayiv"]


def test_a_two_sentence_title_names_the_storys_town() -> None:
    text = (
        " date 2023-04-17 Water from the Tanker Truck. A Kherson Summer – a memoir\n"
        "Some Publishing House\n\n"
        "The book is about one week. On the morning of 29 July 2022, Russian shelling hit the bus "
        "stop where the author's neighbours waited; seven people died. Four days later, on 2 "
        "August, a Russian strike destroyed the dormitory across the road.\n"
    )
    assert days(at(incidents(text), "Kherson")) == [
        (date(2022, 7, 29), date(2022, 7, 29)),
        (date(2022, 8, 2), date(2022, 8, 2)),
    ]


def test_a_pages_location_field_places_the_strike_it_tells() -> None:
    text = (
        " date 2023-05-08 Reconstruction of the manor\nBUREAU · architecture\n\n"
        "Location: Stepanivka, Sumy region\nArea: 640 m²\n\n"
        "The manor house was destroyed by a Russian missile on the night of 6 to 7 May 2022.\n"
    )
    assert _towns(text) == ["Stepanivka"]


def test_the_writers_own_branch_is_at_home_after_another_towns_strike() -> None:
    text = (
        " date 2022-05-09 Library news\nCity Library System\n"
        "Districts: Kyivskyi · Saltivskyi · Shevchenkivskyi · Kholodnohirskyi\n\n"
        "On 6 May a Russian missile hit the museum in Skovorodynivka.\n\n"
        "On 24 March a Russian rocket strike hit people queuing next to our branch No. 14: six "
        "people were killed.\n"
    )
    assert "Kharkiv" in _towns(text)


def test_the_attack_told_again_is_no_new_strike_at_home() -> None:
    text = (
        " date 2022-05-12 Case file: shelling of a bread queue, Chernihiv\n\n"
        "On 16 March 2022 Russian forces shelled a bread queue in Chernihiv.\n\n"
        "Method\nVideo filmed minutes after the attack shows the victims.\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_that_school_is_the_one_named_before() -> None:
    text = (
        " date 2022-05-13 School news\n\n"
        "We think of the school in the village of Bilohorivka in the Luhansk region. Last "
        "Saturday a Russian aircraft dropped a bomb on that school.\n"
    )
    assert _towns(text) == ["Bilohorivka"]


# --- days --------------------------------------------------------------------------------


def test_a_reviews_day_dates_its_yesterday() -> None:
    text = (
        " date 2022-10-03 App page and reviews\nRatings and reviews\n\n"
        "Olena K. ★★★★☆ 24 September 2022\n"
        "Odesa. Yesterday morning the Russian drones hit the port area of Odesa.\n\n"
        "Petro ★★★★★ 30 September 2022\nWorks well in Lviv, no false alerts.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 23), date(2022, 9, 23))]


def test_the_same_night_after_a_day_written_is_that_days() -> None:
    text = (
        " date 2022-07-11 Client log, Sloviansk\nClient | due | notes\n\n"
        "A.S. | 18.06 | Sloviansk | Thu 02.06: a russian missile hit the blocks near her street.\n"
        "N.P. | 05.07 | Sloviansk | Tue 05.07: the russians shelled the central market, people "
        "dead. She gave birth the same night.\n"
    )
    assert days(incidents(text)) == [
        (date(2022, 6, 2), date(2022, 6, 2)),
        (date(2022, 7, 5), date(2022, 7, 5)),
    ]


def test_a_news_pages_rubric_after_its_stamp_dates_it() -> None:
    text = "Town news\n\nHeadline\n\n07.03.2022 10:40 | War | 4 112 views\n\nText.\n"
    assert make_article("p.txt", text).published == date(2022, 3, 7)


def test_a_relatives_town_struck_as_the_village_in_a_row() -> None:
    text = (
        " date 2024-07-22 Shop notebook, Belgorod\nCols: date | takings | notes\n\n"
        "Sun 14.07 | closed | Sister-in-law from Murom called: the Ukrainians shelled the "
        "village today, two wounded.\n"
    )
    assert _towns(text) == ["Murom"]


def test_the_sentences_are_split_for_the_calendar_test() -> None:
    # (the calendar above is read line by line: its escaped commas stay inside one line)
    sentences = split_sentences(make_article("c.ics", _CALENDAR))
    assert any("Irpin" in s.span.text for s in sentences)


# --- second batch: notebooks and pages ------------------------------------------------------


def test_a_year_alone_on_its_line_dates_the_days_under_it() -> None:
    text = (
        " date 2025-07-21 Field notebook, Kursk\n\n2023\n"
        "Fri 09.06 — Session cancelled. A Ukrainian drone fell on a house in the centre of Kursk.\n"
        "2024\nSat 10.02 — Quiet.\n"
    )
    assert days(incidents(text)) == [(date(2023, 6, 9), date(2023, 6, 9))]


def test_a_logs_line_with_its_stamp_tells_a_strike_on_its_streets() -> None:
    text = (
        " date 2022-07-25 Installs, Mykolaiv — job list\nJob list. WF-xxx = job no.\n\n"
        "Sat 12.03 — WF-101, flat on the 5th floor. Paid.\n"
        "Sun 13.03 — WF-102 cancelled. Russian rockets hit the streets around the client's block.\n"
    )
    assert days(at(incidents(text), "Mykola")) == [(date(2022, 3, 13), date(2022, 3, 13))]


def test_a_line_with_no_weapon_and_no_side_is_no_strike_at_home() -> None:
    text = (
        " date 2023-02-20 Snowplough crew, Sumy\nCrew log.\n\n"
        "Wed 08.02 — blade hit a kerb at the bus stop, pin sheared.\n"
    )
    assert incidents(text) == []


def test_a_labels_bracket_places_its_line() -> None:
    text = "Thu 02.06 — S site (block repair, Lyman): a russian missile hit the blocks next to the site."
    assert _roles(text)["Lyman"] == "target"


def test_a_big_city_section_named_alone_is_that_section() -> None:
    (p,) = find_places("Shelling hit the school next to his block in Saltivka.", default_resolver())
    assert p.place is not None and p.place.admin1 == "Kharkiv Oblast"


def test_a_part_of_odesa_is_odesas_not_a_far_village() -> None:
    text = (
        " date 2022-07-04 Beach patrol log, Odesa\nVolunteer log (Odesa city beaches).\n\n"
        "Thu 17.03 — No walk. The russians shelled the shore at Malyi Fontan this morning.\n"
    )
    (found,) = incidents(text)
    assert found.place.lat == pytest.approx(46.49, abs=0.05)


@pytest.mark.parametrize(
    "line",
    [
        'Tue 11.10 — The word "bomb" in the feedback means "very good".',
        'Fri 03.06 — EPS boards "exploded" out of the pack in the heat.',
        "Mon 15.08 — one pot broken: the cleaner knocked it, NOT the blast.",
    ],
)
def test_words_that_tell_no_strike(line: str) -> None:
    assert incidents(" date 2022-11-21 Notes, Lviv\nRunning notes.\n\n" + line + "\n") == []


def test_a_neighbour_struck_near_a_persons_house_is_in_their_town() -> None:
    text = (
        " date 2022-12-05 Society news\n\n"
        "And L.M. from Nova Vodolaha asks us to post hers: on Saturday, 10 September, a Russian "
        "rocket killed a woman two streets from her house.\n"
    )
    assert _towns(text) == ["Nova Vodolaha"]


@pytest.mark.parametrize("mark", [";", ":"])
def test_an_aside_ends_at_its_clause(mark: str) -> None:
    text = (
        " date 2022-12-05 Society news\n\n"
        f"V.P., who kept our archive, lived in Odnorobivka{mark} on Sunday, 4 September, Russian "
        "shelling killed a man in the village.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 4), date(2022, 9, 4))]


def test_the_town_people_left_when_it_was_struck() -> None:
    text = (
        "Many of them are from Rubizhne and left after 5 April, when a Russian strike hit the "
        "acid tank at the plant."
    )
    assert _roles(text)["Rubizhne"] == "target"


def test_a_screenplays_int_is_no_town() -> None:
    names = [
        p.text
        for p in find_places("SC-14: night, the village is shelled, INT.", default_resolver())
    ]
    assert "INT" not in names


# --- third batch: news ------------------------------------------------------------------------


def test_a_day_of_words_before_its_speaker_is_not_the_strikes() -> None:
    text = (
        " date 2022-06-12 x\nEarlier on Sunday, Ukrainian media reported, citing the governor, "
        "that four missiles had hit Chortkiv on Saturday evening.\n"
    )
    assert days(incidents(text)) == [(date(2022, 6, 11), date(2022, 6, 11))]


def test_every_town_of_a_list_said_hit_is_hit() -> None:
    roles = _roles("The governor said the cities of Izium and Balakliia were also hit on Friday.")
    assert roles["Izium"] == roles["Balakliia"] == "target"


def test_a_river_by_its_bank_is_no_town() -> None:
    names = [p.text for p in find_places(
        "A block in the Obolonskyi district, on the right bank of the Dnipro, was hit.",
        default_resolver(),
    )]  # fmt: skip
    assert "Dnipro" not in names


def test_the_items_a_strike_verb_lists_are_struck() -> None:
    text = (
        "Drone units struck two refineries overnight: the Syzran refinery in the Samara region, "
        "on the Volga, and the Novokuibyshevsk refinery in the Samara region."
    )
    roles = {name.split()[0]: role for name, role in _roles(text).items()}
    assert roles["Syzran"] == roles["Novokuibyshevsk"] == "target"
