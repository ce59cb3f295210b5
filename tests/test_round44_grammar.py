"""Rules of the forty-fourth round (issue 12, session 48): exports' layout (string literals
joined over lines, fields wrapped under their labels, records and their status fields, git
blame prefixes), places told by their sites, streets, footers and labels, context that is no
scene (visits, mobilisation, weather, damage found later), days of shift books, of the same
weekday and of words reported, and a side guessed that the next sentence names.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import days, incidents
from textcases import sides as _sides
from textcases import towns as _towns

from geo.dates import find_dates
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.placetypes import PlaceResolver


def gaz() -> PlaceResolver:
    return default_resolver()


# --- layout ------------------------------------------------------------------------------


def test_a_string_literal_joined_over_lines_is_one_sentence() -> None:
    text = (
        "* notes.sps, saved 02.10.2022\n\n"
        "COMPUTE note = 'On 4 September 2022, Russian artillery shelled the market of '+\n"
        "  'Orikhiv (Polohivskyi raion). 2 civilians killed.'.\n"
        "COMPUTE note = 'Weekly total for the oblast, no settlement named.'.\n"
    )
    found = incidents(text)
    assert _towns(text) == ["Orikhiv"]
    assert days(found) == [(date(2022, 9, 4), date(2022, 9, 4))]
    assert found[0].killed == 2


# --- sides -------------------------------------------------------------------------------


def test_a_guessed_side_gives_way_to_the_next_sentences_side() -> None:
    text = (
        " date 2022-10-04 Notes\n\nOn 2 September 2022, shelling hit Yasynuvata, then held by "
        "Russian forces. The DPR mission said Ukrainian artillery killed 4 of its workers.\n"
    )
    assert _sides(text) == [("Ukraine", "alleged")]
    assert incidents(text)[0].killed == 4


def test_a_blame_in_the_next_sentence_names_the_side() -> None:
    text = (
        " date 2022-10-04 Notes\n\nOn 3 September 2022, a woman was killed by shelling in "
        "Horlivka. The city's mayor blamed Ukrainian forces.\n"
    )
    assert _sides(text) == [("Ukraine", "alleged")]


def test_a_field_wrapped_under_its_label_goes_on() -> None:
    text = (
        " date 2025-01-13 transcript\n\n"
        "id       : X-0106\n"
        "notes    : On 6 January 2024, a missile destroyed a house in the village of Rivne\n"
        "           (Myrnohradska hromada, Pokrovskyi raion). 6 civilians killed.\n"
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Donetsk Oblast"]


def test_a_record_rows_oblast_places_the_note_under_it() -> None:
    text = (
        " date 2022-11-07 Coded notes\n\n"
        "|N-0626 |26.06.2022 |Cherkaska |Cherkaskyi |Cherkaska |Cherkasy\n"
        "|On 26 June 2022, Russian missiles hit the bridge at Cherkasy. 1 civilian injured.\n\n"
        "|N-0731 |31.07.2022 |Sumska |Sumskyi |Myropilska |Myropillia\n"
        "|On 31 July 2022, Russian shelling hit a farm in Myropillia. No people hurt.\n"
    )
    regions = {i.place.name: i.place.admin1 for i in incidents(text) if i.place is not None}
    assert regions["Myropillia"] == "Sumy Oblast"


def test_a_reviewers_notes_section_retells_no_event() -> None:
    text = (
        " date 2022-11-07 Coded notes\n= Notes\n\n== Kept rows\n\n"
        "On 31 July 2022, Russian shelling hit a farm in Myropillia (Sumy oblast).\n\n"
        "== Review notes\n\n"
        "* Myropillia: cross-border shelling reported by the oblast administration.\n"
    )
    assert days(incidents(text)) == [(date(2022, 7, 31), date(2022, 7, 31))]


def test_a_row_withdrawn_by_its_status_drops_the_note_under_it() -> None:
    text = (
        " date 2022-11-21 Review print\n\n"
        "C-1005 | 05.10.2022 | Volynska / Kovelskyi | Kovel | [withdrawn] DEL\n"
        "    Satellite image of damage at the Kovel substation after a strike; no date.\n"
        "C-1021 | 21.10.2022 | Rivnenska / Rivnenskyi | Rivne | OK\n"
        "    On 21 October 2022, a Russian strike damaged the Rivne substation.\n"
    )
    assert _towns(text) == ["Rivne"]


def test_a_short_value_repeated_in_the_next_record_is_kept() -> None:
    text = (
        " date 2022-11-30 redis session\n\n"
        "> HMGET ev:1 date admin1 location notes\n"
        '1) "02.07.2022"\n2) "Donetska"\n3) "Horlivka"\n'
        '4) "On 2 July 2022, shelling hit a market in Horlivka."\n'
        "> HMGET ev:2 date admin1 location notes\n"
        '1) "18.09.2022"\n2) "Donetska"\n3) "Molodizhne"\n'
        '4) "On 18 September 2022, shelling hit the colony at Molodizhne."\n'
    )
    regions = {i.place.name: i.place.admin1 for i in incidents(text) if i.place is not None}
    assert regions.get("Molodizhne") == "Donetsk Oblast"


# --- places ------------------------------------------------------------------------------


def test_the_town_after_a_bay_or_street_takes_its_role() -> None:
    assert _towns(
        " date 2023-05-01 Notes\n\nOn 29 April 2023, a drone set fire to fuel tanks at a depot "
        "in Striletska Bay, Sevastopol.\n"
    ) == ["Sevastopol"]


def test_where_the_site_struck_stands_is_the_target() -> None:
    text = (
        " date 2022-10-20 Notes\n\nOn 10 October 2022, Russian missiles set fire to the "
        "fuel depot of the Kremenchuk bakery, which stands at Pishchane (Kremenchutskyi raion).\n"
    )
    assert _towns(text) == ["Pishchane"]


def test_a_convoy_hit_leaving_through_a_town_places_it_there() -> None:
    text = (
        " date 2022-03-20 Notes\n\nOn 16 March 2022, Russian artillery fired on a column of "
        "civilian cars passing through Vasylivka.\n"
    )
    assert _towns(text) == ["Vasylivka"]


def test_a_weapons_name_is_no_village() -> None:
    text = (
        " date 2024-01-03 Notes\n\nOn 2 January 2024, the MoD said 10 Vilkha rockets were shot "
        "down over Belgorod; falling debris injured 4 people.\n"
    )
    assert _towns(text) == ["Belgorod"]


def test_prisoners_of_war_killed_are_a_strikes_victims() -> None:
    text = (
        " date 2022-09-20 Notes\n\nOn 18 September 2022, shelling hit the penal colony at "
        "Olenivka. The DPR command blamed Ukrainian forces: 2 prisoners of war killed.\n"
    )
    found = incidents(text)
    assert _sides(text) == [("Ukraine", "alleged")]
    assert found[0].killed == 2


def test_a_source_that_owns_the_drone_claims_the_strike() -> None:
    text = (
        " date 2024-02-01 Notes\n\nOn 31 January 2024, a drone came down on an oil depot in "
        "Klintsy. A source in Ukraine's SBU said the drone was theirs.\n"
    )
    assert _sides(text) == [("Ukraine", "claimed")]


def test_an_attack_by_a_side_named_by_a_governor_is_alleged() -> None:
    text = (
        " date 2024-05-18 Notes\n\nThe same night, drones targeted the port of Tuapse. The "
        'governor spoke of an "attack by the Ukrainian armed forces". No casualties.\n'
    )
    assert _sides(text) == [("Ukraine", "alleged")]


# --- notes -------------------------------------------------------------------------------


def test_a_shift_books_day_heading_dates_its_lines() -> None:
    text = (
        " date 2022-07-04 Shift book, pumping station\n\n"
        "Sat 02.04 day shift\n"
        "08:15 — the russians hit the oil depot in Kremenchuk with missiles this morning.\n\n"
        "Wed 04.05 evening shift\n"
        "21:40 — the russians hit the railway bridge in Dnipro with a missile.\n"
    )
    assert days(incidents(text)) == [
        (date(2022, 4, 2), date(2022, 4, 2)),
        (date(2022, 5, 4), date(2022, 5, 4)),
    ]


def test_a_city_then_its_own_districts_is_the_city() -> None:
    text = (
        " date 2022-12-20 Notes\n\nOn 19 December 2022, russian drones hit infrastructure in "
        "Kharkiv, Kyivskyi and Saltivskyi districts.\n"
    )
    assert _towns(text) == ["Kharkiv"]


def test_a_far_namesake_under_a_town_label_is_the_labels_town() -> None:
    text = (
        " date 2025-08-20 Vet's round book, Bryansk region\n\n"
        "Wed 13.08 | In the night Surazh again: the pumping station at Vysokoye on fire.\n"
    )
    assert _towns(text) == ["Surazh"]


def test_a_cause_denied_in_a_row_tells_no_strike() -> None:
    text = (
        " date 2022-09-05 Trainer's log, Kharkiv\n"
        "Columns: date | dog | exercise | result | notes\n\n"
        "Mon 21.03 | Luna | yard runs | 3 | shakes at loud noises. NOT from the shelling: she was "
        "like this since the breeder.\n"
    )
    assert incidents(text) == []


def test_a_trades_exercises_are_no_military_drill() -> None:
    text = (
        " date 2022-09-05 Trainer's log, Kharkiv\n"
        "Columns: date | dog | exercise | result | notes\n\n"
        "Sat 02.04 | Bars | stairs | 3 | In the evening the russians hit the park with a rocket, "
        "the alley where we did the crowd exercises last summer.\n"
    )
    assert _towns(text) == ["Kharkiv"]


def test_a_park_named_after_a_village_is_in_the_logs_town() -> None:
    text = (
        " date 2022-10-01 Robotics club log, Zaporizhzhia\n\n"
        "Mon 26.09 | lesson cancelled: in the afternoon the russians shelled the Dubovyi Hai "
        "park, a block from the school.\n"
    )
    assert _towns(text) == ["Zaporizhzhya"]


def test_a_logs_home_town_chooses_a_namesake_before_any_strike() -> None:
    text = (
        " date 2022-06-06 Orchard notebook, farm near Малин\n\n"
        "Пт 25.02 | nothing, all at home | The road is closed at the bridge.\n"
        "Сб 26.02 | nothing | Quiet.\n"
        "Пн 07.03 | pruning | In the morning the russians destroyed the church in В'язівка.\n"
    )
    found = incidents(text)
    assert [i.place.admin1 for i in found if i.place is not None] == ["Zhytomyr Oblast"]


# --- more places ---------------------------------------------------------------------------


def test_a_works_title_in_quotes_names_no_place() -> None:
    text = (
        " date 2022-08-01 Scenery workshop job book, Kharkiv\n"
        "Columns: job | production | status | notes\n\n"
        'SC-1 | "Kupiansk Waltz" (play, touring version) | packed Tue 12.04 | The russians '
        "shelled the block by the school this morning.\n"
    )
    assert _towns(text) == ["Kharkiv"]


def test_a_chats_name_in_quotes_still_names_its_town() -> None:
    roles = {
        p.text: p.role
        for p in find_places('WhatsApp chat export - "Kherson trip Feb" (Dima, Olha)', gaz())
    }
    assert "Kherson" in roles


def test_a_trade_before_a_first_name_is_a_person() -> None:
    assert "Lida" not in {
        p.text for p in find_places("Our painter Lida waits for her bus there.", gaz())
    }


def test_a_job_code_is_no_date() -> None:
    assert [d.text for d in find_dates("SC-22/09 | packed Tue 12.04", date(2022, 8, 1))] == [
        "12.04"
    ]


def test_a_road_named_after_a_town_but_not_a_plant_of_the_town() -> None:
    text = (
        " date 2022-06-29 Notes\n\nOn 27 June 2022, Russian missiles struck hangars near the "
        "Kremenchuk road machinery plant.\n"
    )
    assert _towns(text) == ["Kremenchuk"]


def test_a_spelling_in_brackets_then_its_qualifier() -> None:
    found = find_places(
        "On 2 February 2023, Ukrainian forces shelled Vladimirovka (Volodymyrivka) "
        "(Volnovaskyi, Donetsk). 1 person was killed.",
        gaz(),
    )
    place = next(p.place for p in found if p.role == "target")
    assert place is not None and abs(place.lat - 47.73) < 0.05


def test_a_retold_strike_with_its_own_toll_and_day_is_an_incident() -> None:
    text = (
        " date 2024-12-21 Drones hit Kazan\n\nThe attack came a day after a Ukrainian rocket "
        "strike on the town of Lgov in the Kursk region killed six people on Friday evening, "
        "the governor said.\n"
    )
    assert "L’gov" in _towns(text)


def test_where_soldiers_were_mobilised_is_no_scene() -> None:
    text = (
        " date 2023-01-04 Toll rises\n\nRockets struck a school used as barracks in Makiivka on "
        "1 January. Most of those killed had been mobilised in the Samara region.\n"
    )
    assert _towns(text) == ["Makiyivka"]


def test_a_village_of_the_city_community_is_the_one_by_the_city() -> None:
    text = (
        " date 2023-02-17 Roundup\n\nOn Friday morning, Russian troops shelled the Kherson city "
        "community. One person was killed in Sadove, a village that belongs to the city "
        "community, the administration said.\n"
    )
    found = [i for i in incidents(text) if i.place is not None and i.place.name == "Sadove"]
    assert found and abs(found[0].place.lat - 46.70) < 0.05


def test_a_sum_over_regions_and_days_is_no_incident() -> None:
    text = (
        " date 2023-02-17 Roundup\n\nRussian strikes over the past days killed at least five "
        "civilians in the Dnipropetrovsk, Kherson and Donetsk regions, officials said.\n"
    )
    assert incidents(text) == []


def test_a_site_of_a_town_named_before_it_burned() -> None:
    text = (
        " date 2022-09-05 School news\n\nThe central market of Bakhmut burned on the morning of "
        "21 July, after Russian shelling set the containers on fire.\n"
    )
    assert _towns(text) == ["Bakhmut"]


def test_the_village_school_told_after_the_village() -> None:
    text = (
        " date 2022-09-26 Sowing news\n\nThe warehouse in Bohoiavlenka works as usual. Many of "
        "you asked about the building across the road: it was the village school, destroyed by "
        "a Russian strike on 15 July.\n"
    )
    assert days(incidents(text)) == [(date(2022, 7, 15), date(2022, 7, 15))]


# --- more days ---------------------------------------------------------------------------


def test_the_same_weekday_is_the_day_just_told() -> None:
    text = (
        " date 2022-09-26 Dairy shop\n\nOn Saturday, 3 September, Russian shells hit Vysunsk. "
        "The same Saturday Russian shelling killed a boy in Zelenodolsk.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 3), date(2022, 9, 3))] * 2


def test_a_day_in_the_when_clause_of_a_year() -> None:
    text = (
        " date 2025-05-05 Board news\n\nHer sister's family from Zelenodolsk lost their house in "
        "2022, when Russian shelling killed a boy there on 3 September.\n"
    )
    assert days(incidents(text)) == [(date(2022, 9, 3), date(2022, 9, 3))]


def test_the_day_a_business_opened_is_no_strikes_day() -> None:
    text = (
        " date 2025-10-06 Dance school\n\nIn Chuhuiv we opened in 2019, and on 23 June 2022 "
        "Russian shelling of the city centre broke every window of our hall.\n"
    )
    assert days(incidents(text)) == [(date(2022, 6, 23), date(2022, 6, 23))]


def test_a_main_clause_after_a_who_aside_keeps_its_day() -> None:
    text = (
        " date 2022-09-12 Shop news\n\nBakhmut. Our partner there, who sold our batteries at the "
        "market, lost the container on 21 July, when Russian shelling set the market on fire.\n"
    )
    assert days(incidents(text)) == [(date(2022, 7, 21), date(2022, 7, 21))]


def test_a_paragraphs_own_day_is_another_event() -> None:
    text = (
        " date 2024-11-19 Odesa\n\nA Russian missile killed ten people in Odesa on Monday, "
        "November 18.\n\nThe day before, on Sunday, November 17, Russia fired 120 missiles at "
        "power plants. In Odesa, Russian strikes hit energy infrastructure.\n"
    )
    assert sorted(days(incidents(text))) == [
        (date(2024, 11, 17), date(2024, 11, 17)),
        (date(2024, 11, 18), date(2024, 11, 18)),
    ]


def test_a_pages_footer_gives_its_town() -> None:
    text = (
        " date 2025-05-05 Board news\nAnnouncements · Repair fund\n\n"
        "On the night of 25 to 26 April, a Russian drone hit the building across the yard.\n\n"
        "Condominium · Building No. 14 · Kamianske, Dnipropetrovsk oblast\n"
    )
    assert _towns(text) == ["Kamyanske"]


# --- exports and notes of the second batch -----------------------------------------------


def test_a_git_blames_commit_day_is_no_events_day() -> None:
    text = (
        " date 2022-11-28 git blame\n\n"
        "1c04e7a (Iryna K.  2022-03-16 09:12:44 +0200   3) KS-01 | 15.03.2022 | Kherson | "
        "Chornobaivka\n"
        "1c04e7a (Iryna K.  2022-03-16 09:12:44 +0200   4)   On 15 March 2022, a Ukrainian "
        "strike set fire to the Russian-held airport at Chornobaivka.\n"
    )
    assert days(incidents(text)) == [(date(2022, 3, 15), date(2022, 3, 15))]


def test_a_pascal_records_status_drops_it() -> None:
    text = (
        " date 2022-10-03 Pascal unit\n\n"
        "    (Id: 'DN-01'; Date: '25.02.2022'; Place: 'Buhas';\n"
        "     Actor: acRussia; Qa: qaOk;\n"
        "     Notes: 'On 25 February 2022, a Russian artillery strike hit Buhas (Volnovaskyi "
        "raion).'),\n"
        "    (Id: 'DN-02'; Date: '30.04.2022'; Place: 'Snizhne';\n"
        "     Actor: acUnknown; Qa: qaDel;\n"
        "     Notes: 'Tochka-U rocket body photographed in Snizhne after a strike; no date.'),\n"
    )
    assert _towns(text) == ["Buhas"]


def test_an_arff_rows_quoted_note_is_one_cell_and_its_status_counts() -> None:
    text = (
        " date 2023-12-04 ARFF export\n\n@DATA\n"
        "'DP-1','01.05.2023','Dnipropetrovsk','Pavlohradskyi','Pavlohrad',russia,stated,2,40,ok,"
        "'Overnight into 1 May 2023, Russian cruise missiles hit a residential area of "
        "Pavlohrad.'\n"
        "'KV-2','23.03.2023','Kyiv','Obukhivskyi','Rzhyshchiv',russia,stated,9,?,dup,"
        "'Rescuers finished clearing the rubble at the lyceum; same attack.'\n"
    )
    assert _towns(text) == ["Pavlohrad"]


def test_a_markdown_section_of_rejected_entries_runs_to_its_level() -> None:
    text = (
        " date 2024-12-09 Desk log\n# Desk log\n\n"
        "### E-1 · 17.04.2024 · Dzhankoi\n"
        "> In the early hours of 17 April 2024, Ukrainian forces struck the airfield at "
        "Dzhankoi.\n\n"
        "## Not events (struck at review)\n\n"
        "### E-2 · 18.04.2024 · Dzhankoi\n"
        "> List of the equipment hit at the airfield, published the next day.\n"
    )
    assert days(incidents(text)) == [(date(2024, 4, 17), date(2024, 4, 17))]


def test_an_entry_headings_day_dates_its_note() -> None:
    text = (
        " date 2024-12-09 Desk log\n# Desk log\n\n"
        "### E-3 · 24-25.08.2024 · Balakliia\n"
        "* Admin: Kharkiv oblast\n"
        "> In the evening, Russian missiles hit the private sector of Balakliia.\n"
    )
    assert days(incidents(text)) == [(date(2024, 8, 25), date(2024, 8, 25))]


def test_a_field_aligned_by_its_colon_is_its_own_line() -> None:
    text = (
        " date 2022-12-01 REPL\n\nEvent KH-1\n"
        "  admin    : Kharkiv oblast / Kharkivskyi raion\n"
        "  location : Pisochyn\n"
        '  notes    : "On 11 April 2022, Russian forces fired cluster munitions at Pisochyn '
        '(Kharkivskyi raion, Kharkiv oblast)."\n'
    )
    assert _towns(text) == ["Pisochyn"]


def test_a_status_box_sets_a_row_aside() -> None:
    text = (
        " date 2025-10-01 grep\n\n"
        "- [ok] 17.05.2025 | Sumy oblast | Bilopillia | RU | A Russian drone struck a bus near "
        "Bilopillia. | 9/7\n"
        "- [del] 29.05.2025 | Sumy oblast | Bilopilska hromada | RU | Night drone strikes on "
        "the community. | 1/1\n"
    )
    assert days(incidents(text)) == [(date(2025, 5, 17), date(2025, 5, 17))]


def test_a_region_name_on_a_building_is_no_place() -> None:
    assert "Donbass" not in {
        p.text
        for p in find_places(
            "The rockets hit the dormitories of the Donbass State Technical Institute.", gaz()
        )
    }


def test_a_city_and_its_own_district_is_the_city() -> None:
    found = find_places("BRITVA · barbershop · Zaporizhzhia, Oleksandrivskyi district", gaz())
    assert found and found[0].place is not None and abs(found[0].place.lat - 47.85) < 0.05


def test_where_a_weapon_killed_after_a_persons_town() -> None:
    assert _towns(
        " date 2023-10-23 Barbershop\n\nOur barber comes from Vasylivka, where Russian "
        "artillery killed a woman on 11 February.\n"
    ) == ["Vasylivka"]


def test_a_trucks_run_names_no_scene() -> None:
    text = (
        " date 2022-09-20 Farm log\nColumns: day | field | t | notes\n\n"
        'Tue 09.08 | P2 | 11.2 | Kyiv truck. The biggest one 14.6 kg, the kids call it "the '
        'bomb".\n'
    )
    assert incidents(text) == []


def test_lightning_is_no_strike() -> None:
    text = (
        " date 2022-08-01 Fire-watch log, Derhachi forestry\n\n"
        "Thu 09.06 — Lightning strike in quarter 41, a pine split to the root, small fire.\n"
    )
    assert incidents(text) == []


def test_damage_found_later_is_no_strike_told() -> None:
    text = (
        " date 2022-10-06 Live\n\nInvestigators reached a summer camp near the village of "
        "Hlushkivka, which police said was found destroyed after the Russian retreat.\n"
    )
    assert incidents(text) == []


def test_the_day_words_give_after_the_place_named() -> None:
    text = (
        " date 2022-12-20 Plant log, Belgorod\n\n"
        "Mon 19.12 — shift A. Sergey was delivering to Krasnaya Yaruga today and says that "
        "yesterday evening the AFU shelled the village: two wounded.\n"
    )
    assert days(incidents(text)) == [(date(2022, 12, 18), date(2022, 12, 18))]


def test_a_summarys_day_is_no_strikes_day() -> None:
    text = (
        " date 2023-02-18 Roundup\n\nThe Russian ministry, in its summary on Friday, claimed "
        "that its artillery destroyed a howitzer near Shyroka Balka on Thursday.\n"
    )
    assert days(incidents(text)) == [(date(2023, 2, 16), date(2023, 2, 16))]
