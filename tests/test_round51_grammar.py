"""Rules of the fifty-first round (issue 12, session 55): a day's roundup "in a day", an
airport's measures, a strike "N days later" on a site told, more verbs of striking, a dateline
in the striker's own land, a note's own namesake, a village its sentence's district places, a log's
short weekdays, "nobody hurt" alone, sappers' work, "that plant", a vehicle named "infantry
fighting", a row marked "dup:" and a launch area "firing from".

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import at, days, incidents, sides
from textcases import towns as _towns

from geo.pipeline import year_by_weekday

# --- days ------------------------------------------------------------------------------------


def test_a_roundup_in_a_day_is_the_day_its_lead_names() -> None:
    found = incidents(
        " date 2023-05-15 How the enemy shelled the Kherson region in a day\n"
        "South news\n\n"
        "How the enemy shelled the Kherson region in a day\n\n"
        "15.05.2023, 09:10\n\n"
        "Yesterday, on 14 May, Russian troops shelled the region 60 times, the regional "
        "administration reported.\n\n"
        "In Bilozerka a man was injured and two houses were damaged.\n\n"
        "In Stanislav a barn burned down.\n"
    )
    assert {i.place.name for i in found} >= {"Bilozerka", "Stanislav"}
    assert set(days(found)) == {(date(2023, 5, 14), date(2023, 5, 14))}


def test_a_strike_some_days_later_on_the_site_told_is_another_event() -> None:
    found = at(
        incidents(
            " date 2024-02-05 Refinery hit twice\n\n"
            "Drones struck the Volgograd oil refinery on February 1, the regional governor said. "
            "Three days later, the refinery came under attack again.\n"
        ),
        "Volgograd",
    )
    assert sorted(days(found)) == [
        (date(2024, 2, 1), date(2024, 2, 1)),
        (date(2024, 2, 4), date(2024, 2, 4)),
    ]


def test_a_logs_short_weekdays_give_its_year() -> None:
    text = "Bakery book, spring\nMon 06.03 — flour came.\nFri 10.03 — oven fixed.\n"
    assert year_by_weekday(text, date(2026, 12, 2)) == date(2023, 3, 10)


def test_short_weekdays_that_fit_no_year_give_none() -> None:
    text = "Bakery book\nMon 06.03 — flour came.\nMon 07.03 — oven fixed.\n"
    assert year_by_weekday(text, date(2026, 12, 2)) is None


# --- what is a strike ------------------------------------------------------------------------


def test_flights_halted_at_far_airports_are_no_strikes_there() -> None:
    assert _towns(
        " date 2024-05-20 Raid\n\n"
        "Ukrainian drones struck an oil depot in Tambov overnight, the governor said. During the "
        "raid, flights were suspended at the airports of Samara and Saratov.\n"
    ) == ["Tambov"]


def test_a_city_pummeled_by_a_side_is_that_sides_strike() -> None:
    assert sides(
        " date 2024-03-22 Night\n\nRussia pummeled Kharkiv with missiles overnight, knocking out "
        "power, the mayor said.\n"
    ) == [("Russia", "stated")]


def test_nobody_hurt_alone_tells_no_strike() -> None:
    assert (
        _towns(
            " date 2023-04-02 Mill log\nSHIFT LOG — flour mill, line 2. Balakliia.\n\n"
            'Mon 27.03 — Grain from Izium came. Belt on line 2 "shot" off the pulley — NOT anything '
            "else, worn. Nobody hurt.\n"
        )
        == []
    )


def test_sappers_taking_away_an_old_shell_is_no_strike() -> None:
    assert (
        _towns(
            " date 2023-04-02 Farm log\nFarm log, near Izium.\n\n"
            "Tue 28.03 — Sappers took away an old shell found by the tractor driver in Kapytolivka; "
            "nothing happened.\n"
        )
        == []
    )


def test_an_infantry_fighting_vehicle_hit_is_a_strike() -> None:
    assert _towns(
        " date 2022-08-20 notes\n# Fields: id | day | hromada / raion / oblast | side/attr | note\n"
        "B-1 | 18.08.2022 | Blahodativska / Beryslavskyi / Kherson | Ukraine/claimed | On "
        "18.08.2022, Ukrainian artillery said it had hit a Russian infantry fighting vehicle in "
        "Blahodativka.\n"
    ) == ["Blahodativka"]


def test_a_row_whose_note_opens_dup_is_not_mapped() -> None:
    assert _towns(
        " date 2022-08-08 notes\n"
        "id | day | place | side | note\n"
        "A-1 | 03.08.2022 | Bashtanka | Russia | Russian missiles hit the bakery in Bashtanka.\n"
        "A-2 | 04.08.2022 | Snihurivka | - | dup: second video of the bakery strike\n"
    ) == ["Bashtanka"]


# --- places ----------------------------------------------------------------------------------


def test_a_strike_on_that_plant_is_at_the_town_of_the_sentence_before() -> None:
    assert _towns(
        " date 2024-06-20 Delivery news\n\n"
        "Our cotton comes from a mill in Shuya, next to the machine plant. On Monday, 17 June, two "
        "Ukrainian drones fell on the territory of that plant, the governor reported.\n"
    ) == ["Shuya"]


def test_a_dateline_in_the_strikers_own_land_is_not_where_it_struck() -> None:
    assert _towns(
        "Agency\nRussia | World | Economy\n\nThe Ministry of Defence reported a massive strike\n\n"
        "6 June 2025, 11:20\n\nMoscow. 6 June. AGENCY - The Russian armed forces delivered a "
        "massive strike on enterprises of the military-industrial complex of Ukraine overnight, "
        "the Defence Ministry said.\n\nUkrainian officials reported explosions in Lutsk.\n"
    ) == ["Lutsk"]


def test_a_launch_area_firing_from_is_not_struck() -> None:
    assert _towns(
        " date 2022-08-12 Notes\n\n"
        "On 11.08.2022, shelling killed one person in Marhanets, the governor said, blaming "
        "Russian forces firing from across the reservoir near Vodiane.\n"
    ) == ["Marhanets"]


def test_a_notes_own_namesake_is_not_the_one_it_sets_aside() -> None:
    found = incidents(
        " date 2023-02-13 Crew call list, Novhorod-Siverskyi district\n"
        "Call list of the gas crew, Novhorod-Siverskyi district.\n\n"
        "Wed 08.02 — Airstrike on Semenivka this morning, a house destroyed. NOT our Semenivka "
        "in Poltava oblast — this is ours.\n"
    )
    assert [i.place.admin1 for i in found] == ["Chernihiv Oblast"]


def test_a_district_named_before_the_colon_places_the_village_for_good() -> None:
    found = incidents(
        " date 2023-02-13 Call list, Chernihiv oblast\n"
        "Call list of the gas crew, Chernihiv oblast.\n\n"
        "Tue 07.02 — Call from a colleague in the Sumy district: the russians shelled Pavlivka "
        "today, a woman died.\n"
    )
    assert [i.place.admin1 for i in found] == ["Sumy Oblast"]


# --- the 90 sets' kinds ----------------------------------------------------------------------


def test_a_larger_toll_a_day_on_updates_the_logs_event() -> None:
    found = incidents(
        " date 2025-05-02 Workshop log, Dnipro\nWorkshop log, Dnipro.\n\n"
        "Tue 29.04 — In the night the russians hit Odesa with drones; a block of flats burned. "
        "By evening two dead, ten hurt.\n\n"
        "Wed 30.04 — The client writes: four dead, fifteen injured.\n"
    )
    assert [(i.place.name, i.killed, i.injured) for i in found] == [("Odesa", 4, 15)]


def test_a_late_toll_under_its_towns_label_updates_the_event() -> None:
    found = incidents(
        " date 2025-05-02 Workshop log, Lviv\nWorkshop log, Lviv.\n\n"
        "Tue 29.04 — A client calls: in the night the russians hit Odesa with drones, a block "
        "burned.\n\n"
        "Wed 30.04 — Odesa: four dead, fifteen injured. Mourning there.\n"
    )
    assert len(found) == 1 and (found[0].killed, found[0].injured) == (4, 15)


def test_a_masons_mortar_is_no_weapon() -> None:
    assert (
        _towns(
            " date 2023-03-06 Job book\nStove and flue service, Izium. Job book.\n\n"
            "Mon 20.02 — Job 23/009, school boiler house, brick chimney, mortar washed out at 10 m.\n"
        )
        == []
    )


def test_shelling_told_after_the_town_a_letter_comes_from_is_there() -> None:
    assert _towns(
        " date 2022-09-10 Kiosk book\nWatch kiosk book, Kherson.\n\n"
        "Sun 04.09 — Closed. My cousin writes from Bashtanka: shelling today, a man died.\n"
    ) == ["Bashtanka"]


def test_explosions_heard_from_the_side_of_an_airfield_are_at_it() -> None:
    found = incidents(
        " date 2024-05-20 Farm log\nFarm log, Bakhchysarai district.\n\n"
        "Wed 15.05 — In the night explosions from the side of the Saky airfield, a glow until "
        "morning.\n"
    )
    assert at(found, "Saky") or at(found, "Novofedorivka")


def test_an_english_catalogue_of_cyrillic_notes_is_read_in_english_and_fuzzy_is_held() -> None:
    found = incidents(
        " date 2022-10-24 notes.po\n"
        '#, fuzzy\nmsgctxt "K-1"\nmsgid "10.09.2022 у Ізюмі знову показали школу."\n'
        'msgstr "On 10.09.2022, photos of the school in Izium were posted again."\n\n'
        'msgctxt "K-2"\nmsgid "11.09.2022 російська ракета влучила в школу в Балаклії."\n'
        'msgstr "On 11.09.2022, a Russian missile hit a school in Balakliia."\n'
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Balakliya", date(2022, 9, 11))]


def test_an_rdf_graphs_held_note_is_not_mapped() -> None:
    assert _towns(
        " date 2022-11-14 graph.ttl\n"
        'ev:N-1 a ev:Note ; ev:qa "held" ; ev:why "dup" ;\n'
        '    rdfs:comment "02.04.2022 new footage of the burning depot in Kursk." .\n\n'
        'ev:N-2 a ev:Note ; ev:qa "kept" ;\n'
        '    rdfs:comment "On 01.04.2022, drones struck the oil depot in Bryansk." .\n'
    ) == ["Bryansk"]


def test_a_text_format_held_block_is_not_mapped() -> None:
    assert _towns(
        " date 2025-10-20 batch.textproto\n"
        'held {\n  id: "E-1"\n  reason: DUP\n  text: "25.04.2025 rescue work ends in Dnipro"\n}\n'
        'kept {\n  id: "E-2"\n  text: "On 24.04.2025, Russian missiles struck Poltava."\n}\n'
    ) == ["Poltava"]


def test_streets_listed_under_one_plural_are_no_villages() -> None:
    assert _towns(
        " date 2022-04-20 notes\n\nOn 14.04.2022, shells hit houses on Zarechnaya and Lenin "
        "streets in Klintsy, the governor said.\n"
    ) == ["Klintsy"]


def test_a_town_after_a_glossed_name_only_locates_it() -> None:
    assert _towns(
        " date 2022-09-20 notes\n\nOn 14.09.2022 a Russian strike destroyed the sports complex in "
        "Mykolaivka (Enerhetyk), near Sloviansk.\n"
    ) == ["Mykolaivka"]


def test_a_fire_caused_by_fireworks_is_no_strike() -> None:
    assert (
        _towns(
            " date 2023-01-03 News\n\nIn Syzran on January 2, a fire broke out in a garage "
            "cooperative; it was caused by New Year fireworks, the emergencies ministry said.\n"
        )
        == []
    )


def test_a_town_near_a_city_is_not_the_city() -> None:
    assert not at(
        incidents(
            " date 2024-09-10 News\n\nA woman has been killed after a drone struck a block of "
            "flats in a town near Kaluga, officials say.\n"
        ),
        "Kaluga",
    )


def test_the_first_minutes_of_the_new_year_in_lower_case_are_new_years_day() -> None:
    found = incidents(
        " date 2023-01-02 Page\n\nUkrainian forces struck a school building in occupied Makiivka "
        "in the first minutes of the new year, the army said.\n"
    )
    assert days(found) == [(date(2023, 1, 1), date(2023, 1, 1))]


def test_a_town_after_a_night_and_its_day_opens_the_clause() -> None:
    assert _towns(
        " date 2024-08-12 Page\n\nOn the night of Friday, 9 August, Kursk came under a massive "
        "attack by Ukrainian drones, the governor wrote.\n"
    ) == ["Kursk"]


def test_a_numbered_plant_named_for_a_city_stands_where_it_is_placed() -> None:
    assert _towns(
        " date 2022-09-20 notes\n\nAt about 20:00 on 11.09.2022, two Russian cruise missiles hit "
        "the Kharkiv TPP-5 at Podvirky; the plant caught fire.\n"
    ) == ["Podvirky"]


# --- the 91 sets' kinds ----------------------------------------------------------------------


def test_airfields_called_by_their_towns_in_quotes_are_struck() -> None:
    assert _towns(
        " date 2022-12-06 News\n\nThe ministry said the Kiev regime tried to strike the airfields "
        '"Morozovsk" in the Rostov region and "Millerovo" in the Rostov region with drones.\n'
    ) == ["Millerovo", "Morozovsk"]


def test_drones_used_to_target_a_base_tell_a_strike() -> None:
    found = incidents(
        " date 2022-12-06 News\n\nOn Monday, the ministry said Ukraine had used drones to target "
        "the Soltsy air base in the Novgorod region.\n"
    )
    assert [i.place.name for i in found] == ["Sol’tsy"]


def test_a_writer_in_a_town_telling_of_a_blast_there_places_it() -> None:
    assert _towns(
        " date 2023-02-06 Farm log\nGreenhouse log, Marhanets.\n\n"
        "Fri 03.02 — Seedlings up. The packer's cousin in Vasylivka writes that a car blew up "
        "there today.\n"
    ) == ["Vasylivka"]


def test_a_bomb_today_told_from_an_occupied_town_is_there() -> None:
    assert _towns(
        " date 2022-09-12 Farm log\nQuail farm log, Zaporizhzhia.\n\n"
        "Tue 06.09 — 4,100 eggs. Cousin writes from occupied Tokmak: a bomb near the "
        "administration building today, an official wounded.\n"
    ) == ["Tokmak"]


def test_our_district_by_its_soviet_name_is_the_home_citys() -> None:
    found = incidents(
        " date 2022-09-26 Shop log\nBAKERY — Kuibyshevsky district, Donetsk. Shop log.\n\n"
        "Sat 17.09 — The mayor says the AFU fired on the centre of Donetsk, two killed.\n\n"
        "Mon 19.09 — In the morning the AFU shelled our district, Kuibyshevsky, by the market, "
        "the mayor says.\n"
    )
    assert [i.place.name for i in found] == ["Donetsk", "Donetsk"]


def test_just_outside_a_city_after_the_place_struck_only_locates_it() -> None:
    assert _towns(
        " date 2022-03-20 Page\n\nEarly on Monday, 14 March, two missiles hit the tower at Antopil "
        "and the building next to it, just outside Rivne.\n"
    ) == ["Antopil"]


def test_a_tables_held_record_says_nothing_of_the_records_before_it() -> None:
    assert _towns(
        " date 2022-05-09 notes.lua\n-- qa = kept | held\nreturn {\n"
        '  { id = "A-1", qa = "kept", day = "07.03.2022",\n'
        '    note = "Late on 07.03.2022, a Russian air strike hit a residential area of Okhtyrka; '
        'five people were killed." },\n'
        '  { id = "A-2", qa = "held", day = "08.03.2022",\n'
        '    note = "DUP: evacuation convoy leaves Okhtyrka for Poltava; not a strike." },\n}\n'
    ) == ["Okhtyrka"]
