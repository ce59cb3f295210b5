"""Rules of the forty-sixth round (issue 12, session 50): trade books and logs whose lines keep
the day of the row above them, console and diff pastes with their dropped records, days told
inside someone's words, and places named only to say what something is like or who someone is.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import days, incidents
from textcases import towns as _towns

# --- days ----------------------------------------------------------------------------------


def test_a_clock_past_midnight_dates_the_night_by_its_later_day() -> None:
    text = (
        " date 2023-01-10 Notes from the tailor's shop\n\n"
        "On New Year's night, ten minutes after midnight, rockets hit a hostel in Horlivka.\n"
    )
    assert days(incidents(text)) == [(date(2023, 1, 1), date(2023, 1, 1))]


def test_the_day_inside_words_told_is_the_strikes_not_the_tellers() -> None:
    text = (
        " date 2023-03-06 Translation bureau news\n\n"
        "A farmer came in on Friday with his papers and told us that on Wednesday, 1 March, "
        "Russian shelling of Novoselivka had destroyed his barn.\n"
    )
    assert days(incidents(text)) == [(date(2023, 3, 1), date(2023, 3, 1))]


def test_a_strike_named_by_its_day_beats_the_day_of_the_words() -> None:
    text = (
        " date 2024-06-25 World news\n\n"
        "Moscow summoned the ambassador on Tuesday after a missile attack on Sunday killed two "
        "people on a beach near Yevpatoria, Russian officials said.\n"
    )
    assert days(incidents(text)) == [(date(2024, 6, 23), date(2024, 6, 23))]


def test_a_year_heading_dates_the_stamped_rows_under_it() -> None:
    text = (
        " date 2025-06-02 Seed lab sample book\n"
        "Seed laboratory, Poltava. Sample book.\n\n"
        "2022\n"
        '22/140, Tue 24.05 — Karlivka, farm "Nyva", 9 samples. Received. Courier phoned at '
        "15:00: this afternoon a russian missile hit the grain elevator in Karlivka.\n"
    )
    assert days(incidents(text)) == [(date(2022, 5, 24), date(2022, 5, 24))]


def test_a_line_led_by_a_column_code_keeps_the_day_of_the_row_above() -> None:
    text = (
        " date 2022-10-24 Pump station shift log\n"
        "Columns: time / pump / pressure / remark. Remark codes: S stop, O other.\n\n"
        "Tue 14.06 — 08:00 pump 2: 4.1 atm.\n"
        "O: Yesterday evening russian missiles hit the water works at Mala Danylivka, the big "
        "fire went on past midnight.\n"
    )
    assert days(incidents(text)) == [(date(2022, 6, 13), date(2022, 6, 13))]


def test_a_line_led_by_the_time_of_day_in_words_keeps_the_day_of_the_row_above() -> None:
    text = (
        " date 2022-07-25 Bakery shift log, Kharkiv\n"
        "BAKERY — SHIFT LOG, Kharkiv\n\n"
        "Wed 13.07 — 6 people, 400 loaves.\n"
        "Around noon the russians shelled the Barabashovo market, our kiosk is burning.\n"
    )
    assert days(incidents(text)) == [(date(2022, 7, 13), date(2022, 7, 13))]


def test_a_section_number_before_a_day_in_words_is_no_stamp() -> None:
    text = (
        " date 2022-12-05 Energy strikes review\n\n"
        "3.5 Thursday 20 October\n"
        "Ladyzhyn: Russian missiles hit the thermal power plant (Vinnytsia oblast); a fire broke "
        "out.\n"
    )
    found = incidents(text)
    assert all(start.month != 5 for start, _ in days(found))


# --- what a text drops ---------------------------------------------------------------------


def test_an_ocaml_record_with_its_status_is_dropped_up_to_its_closing_brace() -> None:
    text = (
        " date 2024-12-02 utop session\n"
        "utop # Sheet.dropped sheet;;\n"
        '[{id = "E24-0601-KH"; date = Day "01.06.2024"; qa = Del;\n'
        '  notes = "Drones over Kherson, no place hit; parked."}]\n'
        "utop # Sheet.kept sheet |> List.iter Event.print;;\n"
        "E24-0602-NI | 02.06.2024 | Dnipropetrovsk / Nikopolskyi / Nikopolska\n"
        "  On 2 June 2024, Russian artillery hit a house in Nikopol, Dnipropetrovsk oblast.\n"
    )
    assert _towns(text) == ["Nikopol"]


def test_a_pasted_diffs_removed_lines_are_no_incidents() -> None:
    text = (
        " date 2023-09-04 strike log, pass 1 vs pass 2\n\n"
        "diff --git a/log.tsv b/log.tsv\n"
        "--- a/log.tsv\n"
        "+++ b/log.tsv\n"
        "@@ -1,2 +1,2 @@\n"
        " id | date | place | notes\n"
        "-E23-0410-BL | 10.04.2023 | Bilopillia | Drones over Bilopillia, a house damaged.\n"
        "+E23-0410-SU | 10.04.2023 | Sumy | On 10 April 2023, a Russian drone hit a house in "
        "Sumy.\n"
    )
    assert _towns(text) == ["Sumy"]


def test_a_notebooks_legend_of_fiction_keeps_its_lines_off_the_map() -> None:
    text = (
        " date 2022-05-09 Novelist's notebook\n"
        "Working notebook for the novel. Everything below marked DRM is the dream diary, not "
        "real.\n\n"
        "Sat 12.03 — DRM: night, the village of Hlevakha is shelled, the cellar shakes.\n"
    )
    assert _towns(text) == []


def test_a_blast_in_scare_quotes_denied_next_is_no_strike() -> None:
    text = (
        " date 2023-10-20 Boiler room log, Kursk\n\n"
        'Thu 12.10 — "steam explosion" in boiler 2 at 11:20, the valve gave way. NOT an '
        "explosion.\n"
    )
    assert _towns(text) == []


def test_a_road_knock_is_no_strike() -> None:
    text = (
        " date 2023-02-28 Grader crew shift book, Druzhkivka roads\n\n"
        "Fri 10.02 — the grader hit a kerb by the market, blade bent.\n"
    )
    assert _towns(text) == []


# --- places --------------------------------------------------------------------------------


def test_a_train_hit_on_its_way_is_not_hit_where_it_was_going() -> None:
    text = (
        " date 2025-06-30 Conductor's notebook, Dnipro\n\n"
        "Tue 24.06 — russian missiles on Dnipro before noon: the train from Kyiv to Kryvyi Rih "
        "hit at the station.\n"
    )
    assert _towns(text) == ["Dnipro"]


def test_a_likeness_named_without_its_day_is_no_scene() -> None:
    text = (
        " date 2024-04-03 News\n\n"
        "On Tuesday drones struck a refinery in Ukhta. The company compared the attack to the "
        "shelling of Shebekino and said production went on.\n"
    )
    assert _towns(text) == ["Ukhta"]


def test_a_relative_of_an_official_names_no_scene() -> None:
    text = (
        " date 2024-06-24 News\n\n"
        "Yesterday, June 23, missiles hit the beach in Sevastopol. Among the dead is the son of "
        "a deputy head of Norilsk, the administration of that city said.\n"
    )
    assert _towns(text) == ["Sevastopol"]


def test_a_village_someone_came_from_sets_no_sense_of_the_city() -> None:
    text = (
        " date 2025-02-02 Sumy news\n\n"
        "On Saturday, 1 February, a Russian drone hit an apartment block in Sumy. Among the "
        "injured is a man who came to the city from the village of Sumy in the Kherson district "
        "of Kherson region.\n"
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Sumy Oblast"]


def test_a_bare_district_of_the_logs_city_is_that_city() -> None:
    text = (
        " date 2022-05-16 Ship chandler's order book, Odesa\n"
        "SHIP CHANDLER — ORDER BOOK, Odesa\n\n"
        "Sun 03.04 — Early in the morning russian missiles hit the oil depot at Peresyp.\n"
    )
    assert _towns(text) == ["Odesa"]


def test_a_namesake_with_the_same_name_as_ours_gives_no_region() -> None:
    text = (
        " date 2022-09-20 Apiary news\n"
        "Apiary and honey shop · Zolochiv community, Kharkiv region\n\n"
        "On Monday, 5 September, Russian shelling killed two people in Zolochiv, our town.\n\n"
        "Our jars come from a factory in Zolochiv, Lviv region — a town with the same name as "
        "ours.\n"
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Kharkiv Oblast"]


def test_a_cyrillic_name_spelled_otherwise_than_the_gazetteer_is_found() -> None:
    text = (
        " date 2022-09-26 Field notebook, Sumy border villages\n\n"
        "Mon 19.09 — a colleague writes that yesterday the russians shelled Вольфине, one man "
        "killed.\n"
    )
    assert _towns(text) == ["Volfyne"]


def test_an_indented_yaml_item_with_its_status_is_dropped() -> None:
    text = (
        " date 2024-12-10 export.yaml\n"
        "events:\n"
        "  - id: E24-0701-KH\n"
        '    note: "On 1 July 2024, a Russian guided bomb hit a shop in Kharkiv."\n'
        "    qa: ok\n\n"
        "  - id: E24-0702-KH\n"
        '    note: "Funeral of the shop assistant in Kharkiv; not a strike. Russian shelling '
        'named in the eulogy."\n'
        "    qa: ns\n"
    )
    assert days(incidents(text)) == [(date(2024, 7, 1), date(2024, 7, 1))]


def test_an_sql_row_whose_last_value_drops_it_is_no_incident() -> None:
    text = (
        " date 2022-10-05 events.sql\n"
        "INSERT INTO events VALUES\n"
        "('S22-0905-KR','05.09.2022','On 5 September 2022, Russian shelling killed a man in "
        "Kurakhove.','ok'),\n"
        "('S22-0906-DO','06.09.2022','Oblast total: Russian shelling killed six in Donetsk "
        "oblast.','del');\n"
    )
    assert _towns(text) == ["Kurakhove"]


def test_a_review_notes_last_words_not_coded_drop_it() -> None:
    text = (
        " date 2024-12-10 Review\n\n"
        "- Balakliia: prosecutors say the missiles were fired from the Belgorod region; launch "
        "area, not coded.\n"
    )
    assert _towns(text) == []


def test_a_town_named_as_liberated_is_still_struck() -> None:
    text = (
        " date 2022-09-30 Police report\n\n"
        "On 29 September 2022, Russian troops shelled the liberated town of Balakliia and one "
        "resident was killed, police said.\n"
    )
    assert _towns(text) == ["Balakliya"]


def test_tracked_changes_read_as_the_text_kept() -> None:
    text = (
        " date 2025-11-17 Sample sheet, review copy with tracked changes\n"
        "Columns: row | ID | date | place | note | QA\n\n"
        "row 2 | S-22-0301-KH | [Deleted: 28.02.2022][Inserted: 01.03.2022] | Kharkiv | Russian "
        "missiles hit the regional administration in Kharkiv. | OK\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 1), date(2022, 3, 1))]


def test_a_missile_brought_down_that_fell_on_a_site_struck_it() -> None:
    text = (
        " date 2022-06-20 Notes\n\n"
        "On 14 June 2022, a Russian missile shot down by air defence fell on a warehouse in "
        "Stryi, Lviv oblast.\n"
    )
    assert _towns(text) == ["Stryi"]


def test_a_works_shift_heading_dates_the_lines_under_it() -> None:
    text = (
        " date 2022-09-12 Rolling shop shift log, Bakhmut\n\n"
        "Tue 17.05, shift A\n"
        "Stopped at 09:10 by the alert. Russian missiles destroyed the college buildings across "
        "town this morning.\n"
    )
    assert days(incidents(text)) == [(date(2022, 5, 17), date(2022, 5, 17))]


def test_the_city_the_writer_came_into_is_struck_not_the_one_left() -> None:
    text = (
        " date 2022-10-20 Inspector's notebook, Dnipro\n\n"
        "Thu 29.09\n"
        "Inspection at the bakery on Kalynova. The russians hit the bus station with a missile "
        "this morning.\n\n"
        "Tue 11.10\n"
        "Visit in Kryvyi Rih. Left Dnipro 05:30 by car. When I came into the city the russians "
        "were striking it again this morning: a shop on the main road destroyed.\n"
    )
    assert _towns(text) == ["Dnipro", "Kryvyy Rih"]


def test_a_year_heading_dates_the_day_headings_under_it() -> None:
    text = (
        " date 2025-11-24 Night log of a courier, Ternopil, 2022–2025\n\n"
        "2022\n\n"
        "Sat 11.06\n"
        "Picked up 14 scooters, two with broken throttles.\n\n"
        "Sun 12.06\n"
        "Last night russian missiles hit Chortkiv; windows out in the blocks around.\n"
    )
    assert days(incidents(text)) == [(date(2022, 6, 11), date(2022, 6, 12))]


def test_a_far_hamlets_name_in_our_city_is_our_city() -> None:
    text = (
        " date 2025-11-24 Night log of a courier, Ternopil\n\n"
        "Wed 19.11\n"
        "At about four in the morning the russians hit our city: missiles on two blocks in "
        "Sonyachnyi.\n"
    )
    assert _towns(text) == ["Ternopil"]


def test_a_town_that_was_burning_after_an_attack_is_struck() -> None:
    text = (
        " date 2025-10-20 Flight book, Koktebel\n\n"
        "Mon 13.10\n"
        "No flights. In the night Feodosia was burning. Aksyonov: a fire broke out after a UAV "
        "attack.\n"
    )
    assert _towns(text) == ["Feodosiya"]


def test_a_blast_denied_names_no_strike() -> None:
    text = (
        " date 2022-06-10 Observatory log, Mykolaiv\n\n"
        "Thu 02.06\n"
        "Mirror of the guide scope dusty — NOT the blast waves, the seal is old.\n"
    )
    assert _towns(text) == []


def test_a_town_the_strike_was_not_in_is_no_scene() -> None:
    text = (
        " date 2022-09-20 Boiler engineer's notebook\n\n"
        "Sun 18.09\n"
        "The power plant is not in Sloviansk at all but in Mykolaivka, up the road — the "
        "russians shelled it today.\n"
    )
    assert _towns(text) == ["Mykolaivka"]


def test_a_place_destroyed_by_a_missile_after_its_name_is_struck() -> None:
    text = (
        " date 2025-02-10 Museum acquisitions\n\n"
        "- No. 88: a door sign of the village council of Kurylivka, destroyed by a Russian "
        "missile on 3 March 2023.\n"
    )
    assert _towns(text) == ["Kurylivka"]


def test_a_strike_on_a_site_there_is_of_the_town_told() -> None:
    text = (
        " date 2022-09-01 Locksmith's news\n\n"
        "Our new colleague came to us from Mariupol in April and does not talk about the siege, "
        "or about the Russian air strike on the drama theatre there on 16 March.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Mariupol"]
    assert days(found) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_a_since_clause_of_a_building_burned_after_shelling_dates_it() -> None:
    text = (
        " date 2022-09-12 Car wash news\n\n"
        "Our box near the railway station in Horlivka has been closed since 5 August, when the "
        "station building burned after shelling.\n"
    )
    assert days(incidents(text)) == [(date(2022, 8, 5), date(2022, 8, 5))]


def test_regions_a_drone_flew_over_are_no_scenes() -> None:
    text = (
        " date 2024-01-21 News\n\n"
        "On Sunday night drones attacked the Novatek terminal in Ust-Luga. The drones could have "
        "flown over the Pskov and Novgorod regions.\n"
    )
    assert _towns(text) == ["Ust’-Luga"]


def test_a_region_struck_at_a_site_of_its_town_is_that_town() -> None:
    text = (
        " date 2024-03-13 News\n\n"
        "In the Leningrad region, three drones were shot down on the approach to the Kirishi "
        "refinery on Wednesday morning, the governor said.\n"
    )
    assert _towns(text) == ["Kirishi"]


def test_the_day_rescuers_pulled_more_bodies_is_no_strikes_day() -> None:
    text = (
        " date 2024-06-09 News\n\n"
        "Rescuers in the Russian-occupied city of Luhansk pulled two more bodies from the rubble "
        "of an apartment block on Saturday, bringing the death toll from Friday's missile strike "
        "to six.\n"
    )
    assert days(incidents(text)) == [(date(2024, 6, 7), date(2024, 6, 7))]
