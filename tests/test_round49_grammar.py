"""Rules of the forty-ninth round (issue 12, session 53): a strike told by its state sets the
day, a freedom's day and a weekday that denies a year, namesakes by the towns told and by the
word "town", a river town's short form, a place named twice in a sentence, verdicts in notes
and in comment blocks, records whose fields quote a note, items dropped by their status.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo import lexicon as lx
from geo.tablerows import dropped_spans

# --- days ----------------------------------------------------------------------------------


def test_a_placeless_came_under_fire_sets_the_day_of_the_next_sentence() -> None:
    found = incidents(
        " date 2022-05-09 The choir's concert of 7 May is moved\n\n"
        "The concert of Saturday, 7 May, is postponed. On Wednesday, 4 May, at about noon, the "
        "settlement came under fire. According to the governor, Ukrainian shells hit houses on "
        "Lenin Street in Tetkino.\n"
    )
    assert days(found) == [(date(2022, 5, 4), date(2022, 5, 4))]


def test_the_day_a_town_was_freed_is_not_the_day_it_was_shelled() -> None:
    found = incidents(
        " date 2022-10-06 Notes\n\n"
        "Kupiansk was freed on 10 September, but on Monday, 3 October, Russian artillery shelled "
        "the town again, the police said.\n"
    )
    assert days(at(found, "Kup")) == [(date(2022, 10, 3), date(2022, 10, 3))]


def test_a_weekday_that_falls_in_the_pages_year_beats_the_year_told_before() -> None:
    found = incidents(
        " date 2024-05-20 Station status\n\n"
        "Orikhiv: closed since Friday, 3 March 2023, when shelling hit the forecourt.\n\n"
        "Huliaipole: closed this week. On Tuesday, 14 May, a Russian guided bomb exploded in "
        "Huliaipole, the regional administration said.\n"
    )
    assert days(at(found, "Huly")) == [(date(2024, 5, 14), date(2024, 5, 14))]


def test_a_placeless_log_lines_yesterday_beats_its_stamp() -> None:
    found = incidents(
        " date 2022-08-20 Swimming coach, Kharkiv: pool book\n"
        "POOL BOOK - youth team, Kharkiv.\n\n"
        "Tue 09.08 — 10 present. Intervals.\n"
        "Fri 12.08 — Yesterday evening the russians shelled the tram depot, people were "
        "killed. Session cancelled.\n"
    )
    assert [d for d in days(found) if d[0].month == 8] == [(date(2022, 8, 11), date(2022, 8, 11))]


def test_a_flashback_day_does_not_carry_into_the_next_paragraph() -> None:
    found = incidents(
        " date 2022-09-30 Shelling on the eve of the ceremony\n\n"
        "In Horlivka, a civilian was killed yesterday during shelling by Ukrainian forces, the "
        "mayor reported.\n\n"
        "Also last Friday, the militia said, Ukrainian forces struck warehouses in Svatovo. Two "
        "warehouses were destroyed.\n\n"
        "In Nova Kakhovka, an official was killed by a night strike from HIMARS.\n"
    )
    (nk,) = at(found, "Nova Kakhovka")
    assert nk.date.start >= date(2022, 9, 28)


# --- places --------------------------------------------------------------------------------


def test_a_numbered_items_namesake_lies_by_the_items_towns() -> None:
    found = incidents(
        " date 2022-10-10 Insurance cases\n\n"
        "1. Vovchansk, 29 September. Russian artillery shelled the centre of Vovchansk.\n\n"
        "2. Pervomaiskyi, 26 September. A Russian missile destroyed two private houses there.\n"
    )
    assert [i.place.admin1 for i in found if i.date.start == date(2022, 9, 26)] == [
        "Kharkiv Oblast"
    ]


def test_a_river_towns_short_form_is_that_town() -> None:
    assert _towns(
        " date 2024-03-18 Tackle shop news\n"
        "Tackle shop · Slavyansk-na-Kubani, Krasnodar Krai\n\n"
        "On the night of 16 to 17 March, Ukrainian drones attacked the Slavyansk oil refinery, "
        "the regional headquarters said.\n"
    ) == ["Slavyansk-na-Kubani"]


def test_a_region_keeps_its_name_beside_a_river_town() -> None:
    found = incidents(
        " date 2022-06-22 Refinery halted\n\n"
        "Two drones struck the Novoshakhtinsk refinery on the morning of 22 June, Rostov "
        "regional governor Vasily Golubev said. A trader in Rostov-on-Don said runs had been "
        "cut.\n"
    )
    assert not at(found, "Rostov-on-Don")


def test_a_town_locator_means_the_town_not_a_nearer_hamlet() -> None:
    found = incidents(
        " date 2022-09-20 Driver's story\n\n"
        "Our driver is from Bereznehuvate, the district town north of Snihurivka; on 3 September "
        "a Russian shell killed a child in Bereznehuvate.\n"
    )
    assert {(round(i.place.lat, 2), round(i.place.lon, 2)) for i in found} == {(47.31, 32.85)}


def test_a_place_named_twice_in_a_sentence_is_one_event_on_the_day_told() -> None:
    found = incidents(
        " date 2022-10-03 Deliveries\n\n"
        "Our partner's warehouse is in Svatove, and on Thursday, 29 September, two people died "
        "when Ukrainian artillery shelled Svatove, the prosecutor said. The lorry left only on "
        "Saturday.\n"
    )
    assert days(at(found, "Svat")) == [(date(2022, 9, 29), date(2022, 9, 29))]


def test_a_common_named_village_far_from_its_listed_neighbour_is_kept_by_it() -> None:
    found = incidents(
        " date 2025-08-20 Shift log, Unecha\n"
        "DRYING SHOP - shift log, Unecha (Bryansk region).\n\n"
        "Wed 13.08 — In the night explosions over Unecha and Vysokoye, windows rattled.\n"
    )
    assert found and all(i.place.admin1 == "Bryansk Oblast" for i in found)


def test_a_unique_name_far_from_the_dateline_keeps_its_place() -> None:
    found = incidents(
        " date 2023-06-22 Bridge damaged\n\n"
        "KYIV — A missile strike overnight damaged the Chonhar bridge, Russian-installed "
        "officials said Thursday.\n"
    )
    assert [i.place.name for i in found] == ["Chonhar"]


def test_a_trip_books_through_head_is_where_the_shelling_was() -> None:
    found = incidents(
        " date 2022-10-03 Restaurant car: trip book\n"
        "RESTAURANT CAR - trip book. Train Kyiv - Kramatorsk.\n\n"
        "Mon 26.09 — Through Lozova (the station): the russians shelled the houses by the "
        "station this morning.\n"
    )
    assert _names(found) == ["Lozova"]


def test_a_log_line_opened_by_a_verb_of_travel_names_no_person() -> None:
    found = incidents(
        " date 2022-06-06 Board line, Soledar: foreman's log (copied out in Dnipro)\n"
        "BOARD LINE — foreman's log, gypsum board plant, Soledar. Copied out in Dnipro.\n\n"
        "Tue 17.05 — About 15:00 the russians hit our plant.\n"
        "Thu 02.06 — Left Soledar by the Kramatorsk road.\n"
    )
    assert _names(found) == ["Soledar"]


def test_the_district_of_a_city_pointed_back_to_is_the_city() -> None:
    found = incidents(
        " date 2025-08-20 Notes\n\n"
        "On 18.08.2025, drones struck a five-storey building in the same district of Kharkiv.\n"
    )
    assert [i.place.precision for i in found] == ["town"]


def test_a_site_whose_site_is_at_a_village_is_placed_there() -> None:
    found = incidents(
        " date 2022-11-14 Review sheet\n\n"
        "On 16.10.2022, a Russian strike damaged the Chernihiv substation, whose site is at "
        "Khmilnytsia (Chernihiv oblast), some 17 km north-west of the city.\n"
    )
    assert _names(found) == ["Khmilnytsia"]


def test_drones_that_set_a_refinery_on_fire_strike_its_town() -> None:
    found = incidents(
        " date 2024-06-10 Notes\n\n"
        "During the night of 05 to 06.06.2024, drones set the Novoshakhtinsk refinery (Rostov "
        "region, Russia) on fire.\n"
    )
    assert _names(found) == ["Novoshakhtinsk"]


# --- what is no strike --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Mon 11.04 — Cyclone 2 gave a loud bang at 14:20: static discharge. NOT an explosion, "
        "nothing burned.",
        "Tue 15.03 — Hides overlimed, downgraded. Our fault, NOT the bombing.",
        "Tue 01.08 — Fungicide by the drone on fields C1-C5 (blast disease spots on the leaves).",
    ],
)
def test_a_notes_own_verdict_or_tool_tells_no_strike(line: str) -> None:
    assert not incidents(f" date 2022-09-01 Works log, Sumy\nWORKS LOG - Sumy.\n\n{line}\n")


def test_villages_where_power_was_switched_off_were_not_struck() -> None:
    found = incidents(
        " date 2023-03-25 Notes\n\n"
        "Tue 21.03 — The AFU attacked the pumping station near Novozybkov with a drone, power "
        "was switched off in five villages, among them Starye Bobovichi.\n"
    )
    assert _names(found) == ["Novozybkov"]


def test_a_ceremonys_place_and_a_regions_restrictions_are_not_struck() -> None:
    found = incidents(
        " date 2022-09-30 News\n\n"
        "On the eve of the ceremony in the Kremlin, Ukrainian formations shelled Donetsk, "
        "the mayor said. Network restrictions remain in the Odesa region after earlier attacks "
        "on energy facilities.\n"
    )
    assert _names(found) == ["Donetsk"]


def test_a_seasons_strikes_are_a_sum_not_an_event() -> None:
    assert not incidents(
        " date 2023-02-18 News\n\n"
        "Meanwhile in Kharkiv, crews continue restoring the energy infrastructure damaged by "
        "Russian missile strikes during the winter.\n"
    )


def test_an_attempt_with_its_time_between_is_an_attack() -> None:
    found = incidents(
        " date 2022-12-06 News\n\n"
        "The ministry said Ukraine tried early Monday to hit the Engels base in the Saratov "
        "region with Soviet-made jet drones.\n"
    )
    assert _names(found) == ["Engels"]


# --- records ------------------------------------------------------------------------------


def test_a_records_fields_quoting_a_note_are_read_as_prose() -> None:
    found = incidents(
        " date 2022-11-21 C source export\n"
        "static const struct note kept[] = {\n"
        '    { .id = "U22-0625-IZ", .date = "25.06.2022",\n'
        '      .admin = { "Iziumska", "Iziumskyi", "Kharkivska" }, .side = SIDE_UA, .killed = -1,\n'
        '      .text = "On 25.06.2022, HIMARS rockets fired by Ukrainian forces struck a Russian '
        'base in occupied Izium." },\n'
        "};\n"
    )
    assert [i.place.name for i in found] == ["Izyum"]


def test_an_item_headed_by_its_id_and_a_dropping_status_is_dropped() -> None:
    text = (
        "@table @code\n"
        "@item K22-0419-LV (dup, 19.04.2022)\n"
        "Smoke over Lviv filmed the next morning; the fire from the strike of K22-0418-LV.\n"
        "@item K22-0420-LV (ok, 20.04.2022)\n"
        "Russian missiles hit Lviv.\n"
        "@end table\n"
    )
    spans = dropped_spans(text)
    assert [text[a:b].splitlines()[0] for a, b in spans] == ["@item K22-0419-LV (dup, 19.04.2022)"]


def test_a_verdict_in_a_block_of_comment_lines_drops_the_line_above() -> None:
    assert not incidents(
        " date 2022-10-10 Translation catalogue\n"
        "#. fuzzy: ns | 25.09.2022 | Melitopolska\n"
        "#. A car blew up in Melitopol; the installed administration named the dead man a "
        "saboteur.\n"
        "#. No strike by either army; not coded.\n"
        'msgid "S22-0925-ME"\n'
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [("Melitopol: car explosion. Not a strike.", True), ("A strike hit Melitopol.", False)],
)
def test_not_a_strike_opening_its_sentence_is_a_verdict(text: str, verdict: bool) -> None:
    assert (lx.CODER_VERDICT.search(text) is not None) is verdict


def _names(found: list) -> list[str]:
    return sorted({i.place.name for i in found if i.place is not None})


# --- the 85 sets' rules --------------------------------------------------------------------


def test_a_tolls_places_told_sentence_by_sentence_keep_its_day() -> None:
    found = incidents(
        " date 2022-09-09 During the day, the Russians killed six civilians of the region\n\n"
        "Yesterday, September 8, the Russian occupiers killed 6 civilians of the Donetsk region, "
        "and 15 were injured. About this informed the governor in his telegram channel.\n\n"
        "According to him, the dead were recorded in several communities. In Siversk of the "
        "Bakhmut district, one person was killed. In Lyman of the Kramatorsk district one "
        "resident died.\n"
    )
    assert days(at(found, "Lyman")) == [(date(2022, 9, 8), date(2022, 9, 8))]


def test_a_resident_of_a_town_where_a_shell_hit_is_its_toll() -> None:
    assert _towns(
        " date 2022-09-12 Live\n\n"
        "Yesterday the Russians killed three civilians of the Donetsk region and wounded eight, "
        "the governor reported. One of the dead is a resident of Siversk, where a shell hit a "
        "private house in the afternoon.\n"
    ) == ["Siversk"]


def test_a_bare_name_takes_the_raion_the_sentence_before_named() -> None:
    found = incidents(
        " date 2022-09-19 News\n\n"
        "A Russian missile hit the industrial zone of the nuclear plant near Pivdennoukrainsk on "
        "Monday, the operator said.\n\n"
        "The head of the regional administration reported that on Sunday the Russian troops "
        "fired about 60 shells at the Nikopol district. In Pokrovske, a 55-year-old man was "
        "killed.\n"
    )
    assert [i.place.admin1 for i in at(found, "Pokrovske")] == ["Dnipropetrovsk Oblast"]


def test_a_clock_in_another_zone_names_no_day() -> None:
    found = incidents(
        " date 2022-09-20 News\n\n"
        "A Russian missile exploded 300 metres from the reactors of the plant near Pivdennoukrainsk "
        "shortly after midnight on Monday. The blast at 00:20 local time (2120 GMT Sunday) damaged "
        "buildings at the site, which lies near the town of Pivdennoukrainsk in the Mykolaiv "
        "region.\n"
    )
    assert {i.date.start for i in found} == {date(2022, 9, 19)}


def test_an_occupations_killings_and_a_searchs_day_tell_no_strike_of_their_own() -> None:
    assert not incidents(
        " date 2022-04-29 News\n\n"
        "Earlier on Thursday, the delegation visited Bucha and Irpin, where authorities say hundreds "
        "of civilians were killed during the Russian occupation in March.\n"
    )
    found = incidents(
        " date 2022-04-30 Producer killed\n\n"
        "She was killed when a Russian missile hit the building where she lived in Kyiv on "
        "Thursday. Rescuers found her body in the rubble on the morning of April 29. The missile "
        "destroyed the first two floors of the building.\n"
    )
    assert days(found) == [(date(2022, 4, 28), date(2022, 4, 28))]


def test_a_page_that_sets_aside_a_shop_of_a_similar_name_keeps_its_city() -> None:
    found = incidents(
        " date 2022-08-05 Pawnshop news\n"
        "ZOLOTO pawnshop · Mykolaiv\n\n"
        "At about four in the morning on Tuesday, 2 August, Russian missiles struck several "
        "districts of Mykolaiv, the mayor said.\n\n"
        "We have nothing to do with the shop of a similar name in the town of Mykolaiv in the Lviv "
        "region.\n"
    )
    assert {i.place.admin1 for i in found} == {"Mykolaiv Oblast"}


def test_a_trips_limit_and_a_named_villages_locator_sentence() -> None:
    found = incidents(
        " date 2022-09-12 Bus timetable\n\n"
        "The Nova Kakhovka route stays suspended. On Thursday, 8 September, a Ukrainian strike on "
        "a residential building there killed three people, and our drivers refuse to go beyond "
        "Kakhovka.\n"
    )
    assert _names(found) == ["Nova Kakhovka"]
    found = incidents(
        " date 2022-09-20 Digest\n\n"
        "Rogov claimed two people were killed in the village of Pryshyb when Ukrainian forces fired "
        "HIMARS rockets at it. Pryshyb lies in the occupied part of the Vasylivka district of the "
        "Zaporizhzhia region; the Pryshyb villages of the Poltava region are not meant.\n"
    )
    assert {i.place.admin1 for i in found} == {"Zaporizhzhia Oblast"}


def test_a_glossary_by_dashes_tells_no_strike() -> None:
    assert not incidents(
        " date 2022-09-26 Digest\n\n"
        '"Kiev regime" — the government of Ukraine · "the Republic" — the occupation entity in '
        'Donetsk or Luhansk · "punitive shelling" — any shelling the source blames on Ukraine\n'
    )


def test_going_to_a_village_where_artillery_killed_is_that_village() -> None:
    assert _towns(
        " date 2022-09-25 Taxi orders\n\n"
        "A family going to relatives in the LPR, to Krasnorechenskoye, where, according to the "
        "LPR office, Ukrainian artillery killed seven civilians on the night of 19 to 20 "
        "September.\n"
    ) == ["Krasnorichenske"]


@pytest.mark.parametrize(
    "lines",
    [
        # a tab-indented note wrapped over two lines
        "L22-0224-RY  #ok  23-24.02.2025\n\tDuring the night of 23 to 24.02.2025, drones struck "
        "the Ryazan oil refinery and started a fire at a\n\tprimary processing unit.\n",
        # a line cut after a bracket, under a record's row
        "Kept notes:\n\n  N23-0711-BE | ok | 11.07.2023 | Berdianska | -/-\n     On 11.07.2023, a "
        "Ukrainian strike hit a hotel used as barracks in occupied Berdiansk.\n"
        "  N23-0827-OD | ok | 27.08.2023 | Zolochivska | 1/-\n     At about 01:00 on "
        "27.08.2023, Russian rocket fire hit a house in Odnorobivka (Zolochivska hromada)\n"
        "     and killed a 39-year-old woman.\n",
    ],
)
def test_a_records_wrapped_note_keeps_its_own_day(lines: str) -> None:
    found = incidents(f" date 2025-11-10 Export\n{lines}")
    named = [i for i in found if i.place.name.startswith(("Ryazan", "Odnorobivka"))]
    assert [i.date.end.day for i in named] == [24 if "Ryazan" in lines else 27]


def test_a_village_placed_by_its_hromada_and_raion_is_the_one_by_the_seat() -> None:
    found = incidents(
        " date 2022-10-20 Sheet\n\n"
        "On 11.10.2022, a Russian strike damaged the Dniprovska substation at Vasylivka "
        "(Bozhedarivska hromada, Kamianskyi raion, Dnipropetrovsk oblast).\n"
    )
    assert [(round(i.place.lat, 2), round(i.place.lon, 2)) for i in at(found, "Vasylivka")] == [
        (48.42, 34.03)
    ]


def test_an_airport_which_stands_in_a_village_is_placed_there() -> None:
    assert _towns(
        " date 2022-03-10 Sheet\n\n"
        "On 06.03.2022, Russian missiles struck Vinnytsia International Airport, which stands in "
        "Havryshivka (Vinnytska hromada); the runway was destroyed.\n"
    ) == ["Havryshivka"]


@pytest.mark.parametrize(
    "row",
    [
        "E24-0516-VO | ns | 16.05.2024 | Evacuation from Vovchansk announced; no strike.",
        "// HELD E24-0714-BU | dup | 14.07.2024 | Toll update for the Budy strike.",
    ],
)
def test_a_held_row_by_its_status_cell_is_dropped(row: str) -> None:
    text = f"{row}\nE24-0520-ST | ok | 20.05.2024 | Russian forces shelled Stepnohirsk.\n"
    assert [text[a:b] for a, b in dropped_spans(text)] == [row]


def test_a_primary_name_beats_its_neighbours_alias_and_a_blast_freezer_is_no_blast() -> None:
    assert _towns(
        " date 2022-05-01 Hatchery book\n\n"
        "Tue 26.04 - In the evening the russians hit the Zatoka bridge with a missile, the whole "
        "road to Odesa now goes round.\n"
    ) == ["Zatoka"]
    assert not incidents(
        " date 2022-05-03 Cold store log, Vasylkiv\nCOLD STORE LOG - Vasylkiv.\n"
        "Chambers CH-1 to CH-4 at -22 °C, CH-5 = blast freezer, -35 °C.\n\n"
        "Mon 02.05 - Occupancy 71%.\n"
    )


def test_a_training_centre_by_a_town_is_that_town() -> None:
    assert _towns(
        " date 2022-03-20 Order book, Lviv\nORDER BOOK - Lviv.\n\n"
        "Sun 13.03 - Early this morning russian missiles hit the training centre by Yavoriv, "
        "dozens dead.\n"
    ) == ["Yavoriv"]


def test_a_line_opening_on_its_day_is_prose_though_a_wrap_cut_its_stop() -> None:
    found = incidents(
        " date 2023-11-02 Review\nKept notes, second half:\n\n"
        "  N23-0711-BE | ok | 11.07.2023 | Berdianska | -/-\n"
        "     On 11.07.2023, a Ukrainian strike hit a hotel used as barracks in occupied Berdiansk.\n"
        "  N23-0827-OD | ok | 27.08.2023 | Zolochivska | 1/-\n"
        "     At about 01:00 on 27.08.2023, Russian rocket fire hit a house in Odnorobivka "
        "(Zolochivska hromada)\n"
        "     The woman who lived there died in hospital.\n"
    )
    assert days(at(found, "Odnorobivka")) == [(date(2023, 8, 27), date(2023, 8, 27))]
