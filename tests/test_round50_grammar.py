"""Rules of the fiftieth round (issue 12, session 54): a raion its region places, weapons only
one side fields, a record's units in its heading, its region column or another table under the
same id, things of a town struck, advice and rates that are no strike, the writer's own town,
a plant named after a far hamlet, aliases made of function words, and a night's written year.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

from textcases import at, days, incidents, sides
from textcases import towns as _towns

from geo.attribution import _figure
from geo.places import default_resolver

# --- places: raions, records, namesakes ------------------------------------------------------


def test_a_russian_raion_its_region_places_is_not_the_city_told_before() -> None:
    found = incidents(
        " date 2023-03-02 Two strikes\n\n"
        "Ukrainian rockets hit a barracks in Donetsk overnight, the city's mayor said.\n\n"
        "On the morning of 2 March, a Ukrainian drone attacked the Pogarsky district of the "
        "Bryansk region, the governor said.\n"
    )
    assert any(i.place.name.startswith("Pogarsky") for i in found)


def test_a_raion_across_the_border_is_not_a_district_of_the_city_told() -> None:
    found = incidents(
        " date 2023-03-02 Two strikes\n\n"
        "Russian missiles hit Kharkiv overnight, the mayor said. Across the border, the governor "
        "of Russia's Kursk region said a Ukrainian drone struck a substation in the Glushkovsky "
        "district on Thursday.\n"
    )
    assert any(i.place.name.startswith("Glushkovsky") for i in found)


def test_iranian_made_drones_are_russias() -> None:
    assert sides(
        " date 2023-01-03 Night\n\nTwenty Iranian-made drones were launched at Odesa overnight, "
        "the regional governor said.\n"
    ) == [("Russia", "stated")]


def test_drones_sent_towards_a_city_tell_a_strike() -> None:
    assert _towns(
        " date 2023-01-03 Night\n\nThirty drones were sent towards Zhytomyr overnight, the "
        "governor said.\n"
    ) == ["Zhytomyr"]


def test_a_hyphenated_raion_adjective_places_the_records_village() -> None:
    found = incidents(
        " date 2023-09-01 notes\n"
        "N-01 | 29.08.2023 | Semenivska / Novhorod-Siverskyi / Chernihiv | Russia/stated\n"
        "    On 29.08.2023, Russian artillery hit Semenivka; no casualties.\n"
    )
    assert [i.place.admin2 for i in found] == ["7406"]


def test_a_records_region_column_places_its_village_over_the_regions_above() -> None:
    found = incidents(
        " date 2023-09-01 notes\n"
        "N-01 | 26.04.2023 | - / - / Sevastopol (occupied Crimea) | Ukraine/alleged\n"
        "    On 26.04.2023, drones hit a fuel depot in Sevastopol, the installed governor said.\n"
        "N-02 | 29.08.2023 | Klimovsky district / - / Bryansk region (RU) | Ukraine/alleged\n"
        "    On 29.08.2023, Grad rockets hit the settlement of Klimovo, the governor said.\n"
    )
    assert [i.place.country for i in at(found, "Klimovo")] == ["RU"]


def test_a_region_someone_sets_aside_places_nothing() -> None:
    found = incidents(
        " date 2022-09-23 Interview\n\n"
        "Yesterday the russians shelled Karlivka, I mean Karlivka in our Pokrovsk district, not "
        "the Karlivka in Poltava region. One man was killed.\n"
    )
    assert [i.place.admin1 for i in at(found, "Karlivka")] == ["Donetsk Oblast"]


def test_a_records_heading_above_its_note_gives_the_raion() -> None:
    found = incidents(
        " date 2025-01-01 notes\n\n"
        "### N-0512 · 12.05.2024 · Zolochivska / Bohodukhivskyi / Kharkiv · Russia/stated\n"
        "On 12.05.2024, a Russian guided bomb hit a house in Zolochiv; one man was killed.\n\n"
        "* Copies to the Lviv desk.\n"
    )
    assert [i.place.admin1 for i in at(found, "Zolochiv")] == ["Kharkiv Oblast"]


def test_a_record_whose_units_stand_in_another_table_under_its_id() -> None:
    found = incidents(
        " date 2025-10-06 export\n"
        "|id         |hromada     |raion       |oblast  |\n"
        "|E25-0301-AN|Khersonska  |Khersonskyi |Kherson |\n\n"
        "E25-0301-AN | On 01.03.2025, Russian drones attacked Antonivka; a man was killed.\n"
    )
    assert [i.place.admin1 for i in at(found, "Antonivka")] == ["Kherson Oblast"]


def test_a_village_of_a_hromada_whose_seat_name_many_towns_share() -> None:
    found = incidents(
        " date 2022-07-10 notes\n\nOn 06.07.2022, Russian artillery pounded the village of "
        "Blahodatne (Zavodska hromada), Mykolaiv oblast.\n"
    )
    assert [i.place.admin1 for i in found] == ["Mykolaiv Oblast"]


def test_an_alias_of_function_words_is_no_place() -> None:
    assert default_resolver().resolve("Or An", (), "any") is None


# --- roles -----------------------------------------------------------------------------------


def test_the_facilities_of_a_town_after_its_centre_are_the_towns() -> None:
    assert _towns(
        " date 2024-09-13 notes\n\nOn 12.09.2024, Russian strikes hit the centre and the "
        "water facilities of Shostka; the mayor said the city lost water.\n"
    ) == ["Shostka"]


def test_a_stop_by_a_towns_plant_is_in_the_town() -> None:
    assert _towns(
        " date 2022-05-09 notes\n\nThat day Russian shelling hit the bus stop by the Kramatorsk "
        "machine plant when workers were going home.\n"
    ) == ["Kramatorsk"]


def test_the_same_site_named_by_its_village_is_the_village() -> None:
    assert _towns(
        " date 2022-07-09 notes\n\nOn 03.07.2022, Russian artillery hit the same Tsyrkuny "
        "grain store again; no people hurt.\n"
    ) == ["Tsyrkuny"]


def test_a_referendums_places_are_where_the_vote_was() -> None:
    found = incidents(
        " date 2022-09-24 Report\n\n"
        "Ukrainian artillery shelled Horlivka on Friday, the city's mayor said. The shelling took "
        "place on the first day of the referendums, which started in the DPR, the LPR, as well "
        "as in the Zaporizhzhia and Kherson regions.\n"
    )
    assert [i.place.name for i in found] == ["Horlivka"]


def test_a_plant_named_after_a_town_there_stands_where_there_is() -> None:
    found = incidents(
        " date 2025-01-14 Salon book\n"
        "SALON — booking book, Bryansk.\n\n"
        "Tue 14.01 — Yesterday evening, explosions over Sel'tso, the windows shook here too. The "
        "Ukrainian General Staff writes that they struck the Bryansk chemical plant there.\n"
    )
    assert [i.place.name for i in found] == ["Sel’tso"]


# --- no strike ---------------------------------------------------------------------------------


def test_advice_for_shelling_is_no_strike() -> None:
    assert (
        incidents(
            " date 2023-02-27 Notice board\nHOUSE BOARD — Kherson.\n\n"
            "Neighbours, please bring the fuel money by Friday and do not stand in the yard "
            "during shelling.\n"
        )
        == []
    )


def test_a_rate_of_shelling_is_no_strike() -> None:
    assert (
        incidents(
            " date 2022-09-08 Report\n\nThe villages west of the town lie along the front line "
            "and Vuhledar is shelled several times a day.\n"
        )
        == []
    )


def test_months_of_patients_after_the_strikes_are_no_strike() -> None:
    assert (
        incidents(
            " date 2024-06-03 Clinic schedule\nCLINIC — Sumy.\n\n"
            "Since the end of May many patients have come to us with injuries after the "
            "strikes, so in June the doctor works every day, including Sunday.\n"
        )
        == []
    )


def test_explosions_heard_to_the_north_are_not_the_log_towns() -> None:
    found = incidents(
        " date 2022-03-01 Job book\nBUILDERS — job book, Balakliia.\n\n"
        "Thu 24.02 — Explosions to the north all night.\n"
    )
    assert found == []


def test_a_rockets_tail_found_in_a_yard_is_no_strike() -> None:
    found = incidents(
        " date 2022-06-02 Job list\nINSTALLER — job list, Chuhuiv.\n\n"
        "Wed 01.06 — Client's yard: found a tail of a rocket near the fuel tank; the rescuers "
        "took it.\n"
    )
    assert found == []


# --- the writer's town, days and figures --------------------------------------------------------


def test_our_city_is_the_writers_town_not_the_town_the_line_named() -> None:
    found = incidents(
        " date 2022-11-21 Job book (Mykolaiv)\nWORKSHOP — job book, Mykolaiv.\n\n"
        "Tue 12.07 — The russians shelled the city this morning.\n"
        "Fri 11.11 — Kherson is free! Early the same morning a russian missile hit a "
        "five-storey building in our city, seven people dead.\n"
    )
    assert {i.place.name for i in found if i.date.start == date(2022, 11, 11)} == {"Mykolayiv"}


def test_a_night_with_its_year_written_keeps_that_year() -> None:
    found = incidents(
        " date 2025-12-08 review\n"
        "X24-0927-IZ   During the night of 26 to 27.09.2024, Russian drones hit homes in Izmail.\n"
        "E25-0916-SA   During the night of 15 to 16.09.2025, Ukrainian drones struck the Saratov "
        "refinery, the General Staff said.\n"
    )
    assert days(at(found, "Saratov")) == [(date(2025, 9, 15), date(2025, 9, 16))]


def test_a_flat_number_before_lives_is_no_toll() -> None:
    assert _figure("The family from flat 61 lives in the next street.", True) is None
    assert _figure("The strike claimed 61 lives.", True) == 61


def test_kin_listed_and_a_count_with_how_many_of_them_were_children() -> None:
    text = "a father, a mother and an uncle were killed, and four people, two of them children, were injured."
    assert (_figure(text, True), _figure(text, False)) == (3, 4)


# --- later in the round: labels, persons' homes, sites named after towns ----------------------


def test_a_line_that_says_its_town_is_free_heads_nothing() -> None:
    found = incidents(
        " date 2022-09-20 Log\nBALLOON OPERATOR — log, Sloviansk.\n\n"
        "Sat 12.03 — Russian bombs hit the Lavra in Sviatohirsk.\n"
        "Fri 16.09 — Sviatohirsk is free. Went to the barn: roof gone, the old basket burned.\n"
    )
    assert days(found) == [(date(2022, 3, 12), date(2022, 3, 12))]


def test_a_womans_home_by_her_first_name_is_no_place() -> None:
    found = incidents(
        " date 2024-05-13 Groomer's notes\nDOG GROOMER — notes, Belgorod.\n\n"
        "Sun 12.05 — around noon a Ukrainian drone hit the garage near Marina's house, the "
        "governor says.\n"
    )
    assert not any(i.place.name.startswith("Mar") for i in found)


def test_a_day_the_side_killed_someone_in_the_city_is_its_own_event() -> None:
    found = incidents(
        " date 2023-02-20 Report\n\n"
        "Yesterday, February 19, Russian shelling killed a man in Toretsk, the governor said.\n\n"
        "This is not the only loss of Toretsk in recent days. On Wednesday, February 15, the "
        "Russians killed one more resident of the city, the governor said then.\n"
    )
    assert sorted(days(at(found, "Toretsk"))) == [
        (date(2023, 2, 15), date(2023, 2, 15)),
        (date(2023, 2, 19), date(2023, 2, 19)),
    ]


def test_a_town_before_its_numbered_airfield_is_the_town() -> None:
    assert _towns(
        " date 2025-01-09 Notes\n\nUkraine's General Staff said its drones had struck the oil "
        "depot in Engels, which supplies fuel to the Engels-2 airfield.\n"
    ) == ["Engels"]


def test_a_referendum_day_does_not_hide_the_town_shelled() -> None:
    assert _towns(
        " date 2022-09-28 Notes\n\nOn 27 September 2022, during the referendum, shelling by "
        "the Armed Forces of Ukraine killed three people in Stakhanov, the LPR mission said.\n"
    ) == ["Kadiyivka"]


# --- the 87 sets' rules: rivers' villages, held calls, when-clauses, accidents, denials ---------


def test_the_area_of_a_village_named_after_its_river_is_the_village() -> None:
    found = incidents(
        " date 2023-02-05 notes\n\nOn 02.02.2023, Russian artillery fired on the Inhulets area "
        "in the Khersonskyi raion, the regional administration said.\n"
    )
    assert [i.place.name for i in found] == ["Inhulets"]


def test_a_held_call_with_its_status_and_day_is_dropped() -> None:
    found = incidents(
        " date 2022-04-10 batch\n"
        'call :held N22-0401-TR ns 01.04.2022 "Okhtyrka: Russian shelling reported, not confirmed."\n'
        "echo     On 03.04.2022, a Russian strike hit a checkpoint near Kolychivka.\n"
    )
    assert [i.place.name for i in found] == ["Kolychivka"]


def test_a_missile_exploding_among_a_towns_houses_is_the_towns() -> None:
    assert _towns(
        " date 2024-05-01 Residence news\n\nSome of you remember the morning of 25 April, when "
        "a Russian missile exploded among the private houses of Uman, the mayor said.\n"
    ) == ["Uman"]


def test_the_day_a_when_clause_hangs_on_beats_a_month_told_first() -> None:
    found = incidents(
        " date 2024-06-24 News\n\nOur point reopened in March after the morning of Wednesday, "
        "7 February, when a Russian missile hit a plant in Stryi.\n"
    )
    assert days(found) == [(date(2024, 2, 7), date(2024, 2, 7))]


def test_a_list_for_households_with_damaged_roofs_is_no_strike_list() -> None:
    found = incidents(
        " date 2023-02-27 Yard news\n\n"
        "For households from Dvorichna and Kivsharivka with damaged roofs:\n"
        "1. Film at cost price.\n"
        "2. Delivery to Kivsharivka on Tuesday and Friday.\n"
    )
    assert found == []


def test_an_object_that_exploded_in_a_mans_hands_is_no_strike() -> None:
    found = incidents(
        " date 2022-09-04 Police\n\nOn September 2, a resident of Novyi Buh picked up an unknown "
        "object in a field and brought it home. The object exploded in his hands.\n"
    )
    assert found == []


def test_a_blast_the_next_sentence_says_was_not_shelling() -> None:
    found = incidents(
        " date 2022-09-05 Report\n\nThe administration explained a loud explosion that "
        "residents of Balakliia heard on Sunday evening. This was not shelling: sappers "
        "destroyed a batch of old shells.\n"
    )
    assert found == []


def test_districts_swept_without_naming_settlements_are_no_place() -> None:
    found = incidents(
        " date 2022-09-05 Report\n\nOver the past day, the enemy also shelled the Kupiansk and "
        "Izium districts, the governor added, without naming specific settlements.\n"
    )
    assert found == []


def test_a_ground_assault_on_a_town_is_no_strike_there() -> None:
    assert _towns(
        " date 2024-02-04 Report\n\nA Ukrainian strike hit a bakery in Lysychansk on Saturday, "
        "Russian officials said. The strike came as Russia pressed its assault on Avdiivka.\n"
    ) == ["Lysychansk"]


def test_a_code_before_a_town_is_no_first_name() -> None:
    assert _towns(
        " date 2022-06-20 Job list\nRIGGERS — job list, Kramatorsk base.\n\n"
        "Sun 12.06 — Job BS-1418 Vuhledar. The russians shelled the town again today: school "
        "No. 3 hit.\n"
    ) == ["Vuhledar"]


def test_a_visitor_from_a_town_tells_its_strike_after_a_colon() -> None:
    assert _towns(
        " date 2022-07-30 Workshop book\nSTAINED GLASS — workshop book, Druzhkivka.\n\n"
        "Sun 24.07 — Client from Toretsk, director of school No. 6: last night russian shelling "
        "destroyed the school building.\n"
    ) == ["Toretsk"]


# --- the 88 sets' rules: people by "who", kilns, fire safety, regimes, the Kremlin struck --------


def test_a_name_followed_by_who_is_a_person() -> None:
    assert _towns(
        " date 2022-08-20 Station notes\nHEMP STATION — notes, Hlukhiv.\n\n"
        "Thu 18.08 — Anna, who does the tests for us, is from Pavlivka in the Sumy district: the "
        "russians shelled the village from across the border this morning.\n"
    ) == ["Pavlivka"]


def test_a_potters_firing_is_no_strike() -> None:
    assert (
        incidents(
            " date 2024-04-01 Studio news\nPOTTERY STUDIO · Odesa\n\n"
            "Bisque firing — Tuesday, 2 April · Glaze firing — Friday, 5 April · Pick-up of fired "
            "pieces — from Saturday.\n"
        )
        == []
    )


def test_a_fire_from_welding_is_no_strike() -> None:
    found = incidents(
        " date 2023-05-03 News\n\nAlso on Wednesday, a fire broke out in a warehouse in Lyubertsy "
        "near Moscow. The cause was a violation of fire safety rules during welding.\n"
    )
    assert found == []


def test_a_regime_named_by_its_capital_with_an_epithet_is_no_place() -> None:
    found = incidents(
        " date 2023-05-03 News\n\nThe speaker said the deputies would demand weapons capable of "
        "destroying the Kiev terrorist regime.\n"
    )
    assert found == []


def test_drones_that_targeted_the_kremlin_struck_moscow() -> None:
    found = incidents(
        " date 2023-05-03 News\n\nIn Moscow, the Kremlin said two drones had targeted the "
        "Kremlin overnight and were disabled by electronic warfare.\n"
    )
    assert [i.place.name for i in found] == ["Moscow Kremlin"]


def test_carriages_replaced_in_a_town_are_no_strike_there() -> None:
    assert _towns(
        " date 2023-05-03 News\n\nShelling hit the station area in Kherson and set a carriage on "
        "fire. The railway said the damaged carriages would be replaced in Mykolaiv.\n"
    ) == ["Kherson"]


def test_a_sides_charge_meanwhile_is_not_the_strikes_actor() -> None:
    assert (
        sides(
            " date 2023-05-03 News\n\nRussian artillery pounded Kherson on Wednesday, killing at least "
            "12 people, local officials said, while Moscow accused Ukraine of a drone attack on the "
            "Kremlin.\n"
        )[0][0]
        == "Russia"
    )


def test_the_day_an_attack_is_named_with_beats_the_day_of_a_visit() -> None:
    found = incidents(
        " date 2025-06-19 News\n\nThe president on Thursday laid flowers at the building in Dnipro "
        "that was destroyed by a Russian missile during a massive attack on the night of June "
        "16–17.\n"
    )
    assert days(found) == [(date(2025, 6, 16), date(2025, 6, 17))]


def test_a_part_of_a_refinery_set_on_fire_is_the_refinerys_town() -> None:
    assert _towns(
        " date 2024-01-26 notes\n\nDuring the night of 24 to 25.01.2024, drones set a vacuum unit "
        "of the Volgograd refinery on fire, the governor said.\n"
    ) == ["Volgograd"]


def test_a_held_make_variable_with_pipes_is_dropped() -> None:
    found = incidents(
        " date 2023-12-10 notes\n"
        "HELD_1  := M23-1204-NO|dup|04.12.2023|Avdiivka toll update: a body found; same strike.\n"
        "KEEP_1  := On 02.12.2023, Russian shells hit a house in Toretsk.\n"
    )
    assert [i.place.name for i in found] == ["Toretsk"]


def test_a_town_after_from_before_who_is_still_the_town() -> None:
    found = incidents(
        " date 2022-03-12 Podcast\n\nThis week we speak to Iryna, a midwife from Mariupol, who "
        "reached us by phone. On Wednesday afternoon, 9 March, a Russian airstrike hit the "
        "maternity hospital in Mariupol.\n"
    )
    assert [i.place.name for i in found] == ["Mariupol"]


def test_a_sides_cover_story_of_fire_safety_does_not_undo_the_strike() -> None:
    found = incidents(
        " date 2022-08-12 Explainer\n\nA series of explosions tore through the Saky air base on "
        "9 August. The installed authorities said one person had been killed, and Moscow blamed "
        "a violation of fire safety rules.\n"
    )
    assert len(found) == 1
