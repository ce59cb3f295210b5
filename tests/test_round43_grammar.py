"""Rules of the forty-third round (issue 12, session 47): a strike's day in a "since …, when"
clause, an almanac's year entries, a byline's town, whose home a possessive or "there"
means, bracket notes inside a label, stage slang, damage whose cause is denied, a log's day
over its label, a namesake told apart by the town it lies by, and a region's attack with the
downed drone that fell in one of its towns.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.articles import make_article, split_sentences
from geo.attribution import _figure
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


# --- days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "when Russian rockets brought down a block of flats in Toretsk",
        "when Russian missiles destroyed the bus station in Toretsk",
    ],
)
def test_since_a_day_when_a_weapon_struck_is_the_strikes_day(clause: str) -> None:
    text = f" date 2022-10-20 Club news\n\nWe have been closed since 14 August, {clause}.\n"
    assert days(at(incidents(text), "Toretsk")) == [(date(2022, 8, 14), date(2022, 8, 14))]


def test_an_aside_that_closes_leaves_the_sentences_day() -> None:
    text = (
        " date 2022-06-20 Bakery news\n\nOur kiosk in Ochakiv, which we opened in 2019 by the "
        "pier, has not reopened since 3 May, when a Russian missile hit the pier on the other "
        "side of the street.\n"
    )
    assert days(incidents(text)) == [(date(2022, 5, 3), date(2022, 5, 3))]


def test_a_year_told_before_the_words_of_a_witness_is_no_period() -> None:
    text = (
        " date 2022-11-02 Pharmacy blog\n\nA customer who has come to us from Lyman since 2018 "
        "told us that on 12 October Russian shells killed a man of his street.\n"
    )
    assert days(incidents(text)) == [(date(2022, 10, 12), date(2022, 10, 12))]


def test_a_birth_day_is_not_the_strikes() -> None:
    text = (
        " date 2022-12-05 Live\n\nA girl born just three days ago has been killed after a "
        "Russian rocket hit the hospital in Huliaipole overnight, the governor said.\n"
    )
    found = incidents(text)
    assert days(found) == [(date(2022, 12, 4), date(2022, 12, 5))]
    assert _figure("A girl born just three days ago has been killed.", True) == 1


_ALMANAC = (
    " date 2024-03-14 Calendar\nKALENDAR · what happened on this day\n\n14 MARCH\n\n"
    "EVENTS\n\n"
    "2023 — A Russian missile hit Kupiansk; one woman was killed, another found later that day.\n"
    "1919 — After days of shelling, troops entered Kyiv.\n"
)


def test_an_almanacs_year_entry_is_that_day_of_that_year() -> None:
    found = incidents(_ALMANAC)
    assert len(found) == len(at(found, "Kup")) == 1
    assert days(found) == [(date(2023, 3, 14), date(2023, 3, 14))]


def test_a_timelines_year_entry_elsewhere_is_the_year() -> None:
    text = " date 2024-03-14 Timeline\n\n2023 — A Russian missile hit Kupiansk.\n"
    assert days(incidents(text)) == [(date(2023, 1, 1), date(2023, 12, 31))]


def test_a_logs_day_over_its_label_dates_the_lines_under_it() -> None:
    text = (
        " date 2023-04-02 Chess club log, Dnipro\nCLUB LOG\nClocks: 5+3 blitz, 15+10 rapid.\n"
        "Rule since 2022: no evening games after the curfew.\n\n"
        "Sat 04.03 | rapid, 10 players | winner Oleh 4.5/5\n\n"
        "Sat 11.03 | club evening, 12 players\n"
        "Ihor (from Nikopol) said the russians hit a house there yesterday, two dead.\n\n"
        "Sat 18.03 | blitz, 9 players\nNothing new.\n"
    )
    assert days(at(incidents(text), "Nikopol")) == [(date(2023, 3, 10), date(2023, 3, 10))]


# --- places ------------------------------------------------------------------------------


def test_a_bylines_town_places_its_writers_unnamed_building() -> None:
    text = (
        " date 2022-09-01 Apple jam for the cellar days\nHOME COOKING · recipes\n\n"
        "APPLE JAM FOR THE CELLAR DAYS\nBy Oksana from Bakhmut · 1 September 2022\n\n"
        "Then, early on Sunday, 28 August, Russian missiles destroyed the music school, where "
        "people had been sheltering.\n"
    )
    assert _towns(text) == ["Bakhmut"]


def test_her_home_is_in_the_town_the_sentence_before_gave_her() -> None:
    text = (
        " date 2023-05-02 Beekeepers' news, Poltava\n\nOn 1 May, Russian drones hit a house in "
        "Poltava.\n\nA word about a member. Maria, who has "
        "kept bees since 2001 in Vovchansk, the town near the border, will not come. Her "
        "apiary is a kilometre from where a Russian strike killed a man on 20 April.\n"
    )
    assert _towns(text) == ["Poltava", "Vovchansk"]


def test_she_was_there_is_in_the_last_town_named() -> None:
    text = (
        " date 2023-10-02 Service news, Dnipro\n\nOn 28 September, a Russian missile hit a "
        "warehouse in Dnipro.\n\nOur engineer Pavlo moved his aunt to Lviv, "
        "and his mother came to the city from Marhanets. She was at the market there on "
        "4 September last year, when Russian shelling killed two people.\n"
    )
    assert _towns(text) == ["Dnipro", "Marhanets"]


def test_a_patient_from_a_town_tells_of_his_street_there() -> None:
    roles = _roles(
        "A patient who comes to us from Avdiivka told us that on 2 May Russian shells killed a "
        "neighbour of his street; he has now moved in with his son in Pavlohrad."
    )
    assert roles["Avdiivka"] == "target"
    assert roles["Pavlohrad"] == "context"


def test_a_colon_after_the_town_tells_what_was_hit_there() -> None:
    roles = _roles("Another crate from Kupiansk: the warehouse where they kept it was hit at noon.")
    assert roles["Kupiansk"] == "target"


def test_killed_while_evacuating_people_from_a_village_is_there() -> None:
    roles = _roles(
        "Two volunteers were killed on Saturday while evacuating people from the village of "
        "Kozacha Lopan, the governor said."
    )
    assert roles["Kozacha Lopan"] == "target"


@pytest.mark.parametrize(
    "text",
    [
        "A drone exploded 200 meters (about 650 feet) from the Khmelnytskyi nuclear power plant.",
    ],
)
def test_metres_from_a_site_with_its_conversion_is_the_site(text: str) -> None:
    assert "target" in _roles(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied that Kyiv was behind the attack.",
        "A Defence Ministry spokesman in Kyiv declined to comment on the strike.",
    ],
)
def test_a_capital_as_its_government_is_no_target(text: str) -> None:
    assert _roles(text)["Kyiv"] == "context"


def test_a_song_named_for_a_town_is_no_persons_surname() -> None:
    text = (
        " date 2023-03-30 Choir news\n\nWe think of our graduate Oksana, who teaches at the "
        "lyceum in Kozelets. Early on 25 March, Russian drones hit the lyceum and its hostel "
        'there; two people were killed.\n\nListen: "For Kozelets" — our choir.\n'
    )
    assert "Kozelets" in _towns(text)


def test_a_labels_venue_after_its_town_heads_the_lines_under_it() -> None:
    text = (
        " date 2022-10-30 Tour notebook\nTOUR NOTEBOOK\n\n"
        "Tue 11.10 — Kharkiv, day off\nRested.\n\n"
        "Fri 21.10 — Mykolaiv, basement stage under the old shipyard club (cap. 90)\n"
        "This morning the russians destroyed a warehouse near the road to the hall.\n"
    )
    assert _towns(text) == ["Mykolayiv"]


def test_a_bracketed_capacity_is_no_sentence_end() -> None:
    a = make_article("t.txt", " date 2022-10-30 t\n\nMon 10.10 — Lviv, city club (cap. 120)\n")
    assert [s.span.text for s in split_sentences(a)][-1].endswith("(cap. 120)")


def test_a_namesake_told_apart_by_the_town_it_lies_by() -> None:
    text = (
        " date 2023-02-20 Order book\nORDERS\n\n"
        "R-7 | Nina, Pavlivka (the one by Bilopillia, not the Poltava Pavlivka) | cancelled\n\n"
        "Nina called: the russians shelled Pavlivka today, a woman died.\n"
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Sumy Oblast"]


def test_a_translators_note_does_not_hide_the_headers_town() -> None:
    text = (
        " date 2024-05-02 Runner's notebook, Kursk region (translated)\n"
        "[Translated from Russian.\nTN = translator's note.]\n\n"
        "RUNNING NOTEBOOK — Kursk and the region\n\n"
        "Fri 26.04.2024 | park loop | Khinshtein writes that a Ukrainian drone hit a block of "
        "flats in the city today, a man killed.\n"
        "Sat 27.04.2024 | long run | legs heavy.\n"
    )
    assert _towns(text) == ["Kursk"]


# --- not strikes, and strikes after all ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "I bombed in Rivne. Completely.",
        "Killed it in Ternopil, the bit raised 20,000.",
        "The show in Uzhhorod was a blast (in the good sense).",
    ],
)
def test_stage_slang_tells_no_strike(line: str) -> None:
    text = f" date 2022-10-24 Tour notebook\nTOUR NOTEBOOK\n\nSat 03.09 — gig\n{line}\n"
    assert incidents(text) == []


def test_damage_whose_cause_is_denied_leaves_the_strike_told_before() -> None:
    text = (
        " date 2022-04-25 Studio book, Kharkiv\nSTUDIO BOOK — Kharkiv\n\nWed 09.03\n"
        "The russians hit the municipal gallery this morning, windows gone. A frame broke while "
        "packing — NOT from the blast, my fault.\n"
    )
    assert _towns(text) == ["Kharkiv"]


def test_a_rows_damage_denied_as_the_shellings_is_no_strike() -> None:
    text = (
        " date 2022-06-05 Library notes, Druzhkivka\nNo. | date | book | notes\n\n"
        "No. 4 | Wed 11.05 | Shevchenko | Copies damaged — NOT by the shelling, damp in the "
        "basement.\n"
    )
    assert incidents(text) == []


def test_a_night_elsewhere_in_the_row_is_not_the_strikes() -> None:
    text = (
        " date 2022-04-05 Club notes, Kostiantynivka\nNo. | date | book | notes\n\n"
        "— | Wed 09.03 | — | Moved. The russians hit the area by the station this morning. "
        "The dog ran off, found at night.\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 9), date(2022, 3, 9))]


def test_a_regions_attack_and_its_downed_drone_in_a_town_are_one() -> None:
    text = (
        " date 2024-02-10 Cruise news\n\nIn the early hours of Saturday, 3 February, drones "
        "attacked the Saratov region. The governor said that a downed drone fell on the "
        "territory of the Saratov oil refinery and set off a fire.\n"
    )
    assert len(incidents(text)) == 1


def test_a_relative_clause_between_people_and_their_deaths() -> None:
    line = "Two firefighters who had come to put out the fire after the first hit were killed."
    assert _figure(line, True) == 2


# --- exports: merge conflicts, gettext files, shell objects, register columns ---------------

_CONFLICT = (
    " date 2022-11-14 Unresolved merge in strikes.psv\n"
    "# id|date|location|oblast|notes\n"
    "A-1|02.05.2022|Lozova|Kharkivska|On 2 May 2022, a Russian missile hit a school in Lozova.\n"
    "<<<<<<< HEAD (pass 2)\n"
    "A-2|24.03.2022|Okhtyrka|Sumska|On 24 March 2022, a Russian strike hit the depot in Okhtyrka.\n"
    "=======\n"
    "A-2|23.03.2022|Okhtyrka|Sumska|On 23 March 2022, the depot in Okhtyrka was hit.\n"
    ">>>>>>> coder-b/pass-1\n\n"
)


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Resolved all hunks in favour of HEAD (pass 2).", date(2022, 3, 24)),
        ("Resolved in favour of pass 1: the depot burned on the 23rd.", date(2022, 3, 23)),
    ],
)
def test_a_merge_conflicts_losing_side_is_dropped(note: str, day: date) -> None:
    found = at(incidents(_CONFLICT + note + "\n"), "Okhtyrka")
    assert days(found) == [(day, day)]


def test_an_unresolved_conflict_keeps_both_sides() -> None:
    assert len(at(incidents(_CONFLICT), "Okhtyrka")) == 2


def test_a_gettext_files_obsolete_entries_and_translations_are_dropped() -> None:
    text = (
        " date 2023-03-06 uk.po\n# Obsolete entries (#~) are removed rows.\n"
        'msgid ""\nmsgstr ""\n\n'
        '#: sheet.csv:3\nmsgid "On 7 February 2023, Russian forces shelled Pavlivka (Bilopilska '
        'hromada, Sumskyi raion, Sumy oblast)."\n'
        'msgstr "7 лютого 2023 року російські війська обстріляли Павлівку (Білопільська '
        'громада, Сумський район, Сумська область)."\n\n'
        '#~ msgid "On 6 February 2023, Russian shelling hit Vuhledar."\n'
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Sumy Oblast"]


def test_a_shells_object_with_its_qa_off_is_dropped() -> None:
    text = (
        " date 2022-12-12 mongosh session\n> db.notes.find({qa: {$ne: 'OK'}})\n[\n"
        "  { code: 'X-1', event_date: '12.07.2022', location: 'Nova Kakhovka', qa: 'DUP',\n"
        "    notes: 'Crater in Nova Kakhovka after the strike of the night before.' }\n]\n"
        "> db.notes.find({qa: 'OK'})\n[\n"
        "  { code: 'X-2', event_date: '11.07.2022', location: 'Melitopol', qa: 'OK',\n"
        "    notes: 'On 11 July 2022, a Ukrainian rocket strike hit a depot in Melitopol.' }\n]\n"
    )
    assert _towns(text) == ["Melitopol"]


def test_a_registers_hromada_column_is_no_raion() -> None:
    text = (
        " date 2022-11-14 sheet\n# id|date|location|hromada|raion|oblast|notes\n"
        "K-1|10.10.2022|Pryvokzalne|Popivska|Konotopskyi|Sumska|On 10 October 2022, a Russian "
        "strike damaged the substation at Pryvokzalne.\n"
    )
    found = incidents(text)
    assert [round(i.place.lat, 1) for i in found if i.place is not None] == [51.2]


@pytest.mark.parametrize("side", ["Russian-held", "Kyiv-held"])
def test_a_town_held_by_a_side_is_still_a_town(side: str) -> None:
    assert _roles(f"A strike damaged the hotel in {side} Svatove.")["Svatove"] == "target"


def test_a_towns_official_speaks_and_its_resident_died() -> None:
    roles = _roles(
        "A resident of Zaitseve (Horlivska hromada, Horlivskyi raion) died of wounds from "
        "shelling, Horlivka's Russian-installed mayor said."
    )
    assert roles["Horlivka"] == "context"
    assert roles["Zaitseve (Horlivska hromada, Horlivskyi raion)"] == "target"


def test_a_logic_programs_record_set_off_drops_all_its_facts() -> None:
    text = (
        " date 2022-08-01 events.pl\n%% strikes, July 2022\n"
        "event(a_1, '19.07.2022', 'Zatoka').\n"
        'note(a_1, "On 19 July 2022, a Russian missile hit the Zatoka bridge.").\n'
        "qa(a_1, ok).\n\n"
        "event(a_2, '24.07.2022', 'Kobzartsi').\n"
        'note(a_2, "On 24 July 2022, a Russian strike hit the pumping station near Kobzartsi.").\n'
        "qa(a_2, del).   % no source says who fired\n"
    )
    assert _towns(text) == ["Zatoka"]


def test_killed_while_evacuating_from_a_village_places_the_toll() -> None:
    text = (
        " date 2022-09-19 Wire\n\nIn the east, two volunteers were killed on Saturday while "
        "evacuating civilians from the village of Kozacha Lopan, the governor said. He said "
        "Russian forces had fired on their van.\n"
    )
    assert _towns(text) == ["Kozacha Lopan"]


def test_they_hit_it_there_is_the_town_they_came_from() -> None:
    roles = _roles(
        "Olena was driving in from Rivne and turned back: they hit the substation there."
    )
    assert roles["Rivne"] == "target"


def test_a_long_since_phrase_is_a_periods_start() -> None:
    text = (
        " date 2024-05-23 Local news\n\nSince the beginning of the Russian offensive in the north "
        "of the Sumy region on 10 May, the enemy has intensified attacks on Sumy with glide bombs, "
        "the mayor noted.\n"
    )
    assert [d for d in days(incidents(text)) if d[0] == date(2024, 5, 10)] == []


# --- who says so -------------------------------------------------------------------------


def _attributions(text: str) -> list[tuple[str | None, str]]:
    return [(i.actor, i.attribution) for i in incidents(" date 2023-02-09 News\n\n" + text + "\n")]


@pytest.mark.parametrize(
    "speaker",
    ["the Melitopol city military administration said", 'the Operational Command "South" said'],
)
def test_a_ukrainian_body_telling_ukraines_strike_claims_it(speaker: str) -> None:
    found = _attributions(f"Ukrainian forces hit the airfield in occupied Melitopol, {speaker}.")
    assert found == [("Ukraine", "claimed")]


def test_a_ukrainian_body_telling_russias_strike_states_it() -> None:
    found = _attributions(
        "Russian missiles hit Kharkiv overnight, the Kharkiv city military administration said."
    )
    assert found == [("Russia", "stated")]


def test_the_striking_side_saying_what_it_was_hitting_claims_it() -> None:
    found = _attributions(
        "On Monday, a HIMARS strike hit a cafe in Kadiivka, the head of the city administration "
        "reported. Several people were wounded. The Kiev regime claims that it was hitting a "
        "base of the Wagner PMC."
    )
    assert found == [("Ukraine", "claimed")]


def test_a_grid_tables_wrapped_row_is_read_as_one_row() -> None:
    text = (
        " date 2022-11-28 sector notes (reStructuredText)\n\n"
        "+------+------------+-----------------------------------+\n"
        "| id   | date       | notes                             |\n"
        "+======+============+===================================+\n"
        "| S-01 | 12.05.2022 | On 12 May 2022, Russian forces    |\n"
        "|      |            | fired cluster munitions at        |\n"
        "|      |            | Zelenodolsk. 2 civilians injured. |\n"
        "+------+------------+-----------------------------------+\n"
        "| S-02 | 02.07.2022 | Russian shelling damaged school   |\n"
        "|      |            | No. 1 in Novovorontsovka.         |\n"
        "+------+------------+-----------------------------------+\n"
    )
    found = incidents(text)
    assert sorted((i.place.name, i.date.start) for i in found if i.place is not None) == [
        ("Novovorontsovka", date(2022, 7, 2)),
        ("Zelenodolsk", date(2022, 5, 12)),
    ]


def test_a_grid_table_is_rewritten_at_the_same_length() -> None:
    from geo.gridtables import reflowed

    text = "+---+---+\n| a | b |\n| c | d |\n+---+---+\nrest\n"
    assert len(reflowed(text)) == len(text)
    assert reflowed(text).splitlines()[1].rstrip() == "| a c | b d |"


# --- the second batch: live blogs, notebooks, exports ------------------------------------


def test_a_live_blogs_dotted_clocks_are_no_days() -> None:
    text = (
        " date 2024-08-11 Live\nLive: the latest\n\n22.05\nNo news\n\nNothing new tonight.\n\n"
        "13.10\nDebris hits block\n\nDebris from a downed drone fell on a building in Belgorod "
        "overnight, the governor said.\n\n08.45\nQuiet morning\n\nNothing to report.\n"
    )
    assert [d[1] for d in days(incidents(text))] == [date(2024, 8, 11)]


def test_the_early_hours_of_a_stamped_day_are_that_day() -> None:
    text = (
        " date 2022-10-10 Club log, Kharkiv\nCLUB LOG — Kharkiv\nRule: no forest maps.\n\n"
        "Sat 05.03 — chat only.\n\n"
        "Sat 28.05 — no outing. In the early hours two russian missiles hit the substation "
        "outside Merefa.\n"
    )
    assert days(incidents(text)) == [(date(2022, 5, 28), date(2022, 5, 28))]


def test_a_weekday_written_with_a_day_fixes_its_year() -> None:
    text = (
        " date 2023-09-18 Sales book, Vylkove, 2022–2023\nSALES BOOK\n\n"
        "Sat 15.01.2022 — ice strong enough.\n\n"
        "Tue 26.04 — lorries waited for the bridge. Around midday a russian missile hit the "
        "bridge over the Dniester estuary at Zatoka.\n"
    )
    assert days(incidents(text)) == [(date(2022, 4, 26), date(2022, 4, 26))]


@pytest.mark.parametrize(
    "line",
    [
        "22-036 | 12.06 | KL-1 | 9 | shell fragment, fresh edges | — | NOT dug, flagged.",
        "22-033 | 23.04 | KL-1 | 30 | mortar tail fin, rusted | 1943 | X — NOT from this war.",
    ],
)
def test_a_piece_of_a_weapon_found_is_no_strike(line: str) -> None:
    text = (
        " date 2022-10-10 Finds log, Kharkiv\nFINDS LOG — Kharkiv\n"
        "Columns: No. | date | site | depth | object | period | status\n\n" + line + "\n"
    )
    assert incidents(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Thu 18.08 — die-off in six trays. Not from the sirens: thermometer 37 °C, fan dead.",
        "Sat 16.07 — Taras came: the bread factory in Makariv is still a shell.",
    ],
)
def test_a_machine_dead_and_a_ruins_shell_tell_no_strike(line: str) -> None:
    text = " date 2022-11-21 Farm log, Dnipro\nFARM LOG — Dnipro\nNotes.\n\n" + line + "\n"
    assert incidents(text) == []


def test_her_block_is_in_the_town_the_next_line_gives_her() -> None:
    text = (
        " date 2022-10-01 Rehab log, Dnipro\nREHAB LOG — Dnipro\nCodes: ROM, HEP.\n\n"
        "Sun 24.07 — P-22/118 phoned: the russians shelled the school next to her block "
        "overnight, windows gone. She is staying in Kramatorsk until Thursday.\n"
    )
    assert _towns(text) == ["Kramatorsk"]


def test_a_namelist_group_set_off_and_a_field_per_line() -> None:
    text = (
        " date 2023-03-06 feb23.nml\n! qa = 'OK' | 'DEL'\n"
        "&event\n  id = 'A-1',\n  date = '01.02.2023',\n"
        "  notes = 'On 1 February 2023, Russian shelling hit Kupiansk.',\n  qa = 'DEL'\n/\n"
        "&event\n  id = 'A-2',\n  date = '03.02.2023',\n  location = 'Barvinkove',\n"
        "  notes = 'On 3 February 2023, a Russian rocket hit a house in Barvinkove.',\n"
        "  qa = 'OK'\n/\n"
    )
    assert _towns(text) == ["Barvinkove"]


def test_a_records_date_field_dates_its_title() -> None:
    text = (
        " date 2022-11-21 QuickStatements batch\nCREATE\n"
        'LAST|Len|"MK-0531-01 strike on Novyi Buh"\nLAST|P12|"31.05.2022"\n'
        'LAST|P14|"Novyi Buh"\n'
        'LAST|P20|"On 31 May 2022, a Russian strike destroyed buildings in Novyi Buh."\n'
    )
    assert days(incidents(text)) == [(date(2022, 5, 31), date(2022, 5, 31))]


def test_a_texinfo_dropped_chapter_and_a_flush_wrapped_line() -> None:
    text = (
        " date 2022-12-05 notes.texi\n@node Coded\n@chapter Coded events\n\n"
        "@item VI-01 --- 06.03.2022 --- Vinnytsia\n"
        "On 6 March 2022, Russian cruise missiles destroyed the Vinnytsia airport at Havryshivka\n"
        "(Vinnytskyi raion, Vinnytsia oblast); the terminal burned.\n\n"
        "@node Dropped\n@chapter Dropped entries\n\n"
        "@item OD-99 --- 01.05.2022 --- Dachne\n"
        "On 1 May 2022, civilian houses were shelled in Dachne (Odeskyi raion, Odesa oblast).\n"
    )
    found = incidents(text)
    assert [(i.place.name, i.date.start) for i in found if i.place is not None] == [
        ("Havryshivka", date(2022, 3, 6))
    ]


def test_a_name_goes_on_over_a_wrapped_line() -> None:
    text = (
        " date 2022-09-30 sas log\n\n"
        "ZP-01   On 7 September 2022, Russian forces shelled an aid point in Mala\n"
        "        Tokmachka (Polohivskyi raion, Zaporizhzhia oblast), according to the\n"
        "        oblast head. 3 civilians killed.\n"
    )
    assert _towns(text) == ["Mala Tokmachka"]


def test_a_site_put_out_of_action_with_its_region_between() -> None:
    roles = _roles(
        "The ministry said its weapons had put the Starokostiantyniv air base, in the "
        "neighbouring Khmelnytskyi region, out of action."
    )
    assert roles["Starokostiantyniv"] == "target"


def test_a_cafes_road_between_two_towns_places_neither() -> None:
    roles = _roles(
        "Russian shelling destroyed a cafe in Klymentove (Okhtyrskyi raion), on the road "
        "between Okhtyrka and Trostianets."
    )
    assert (roles["Okhtyrka"], roles["Trostianets"]) == ("context", "context")
