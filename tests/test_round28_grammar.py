"""Rules of the twenty-eighth round (issue 12, session 32): working notes of new kinds (a night
desk's log, a family chat, an outage log, a translator's draft, a farm diary, a geolocation
notebook) and wire copy.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents
from textcases import towns as _towns

from geo.dates import find_dates
from geo.places import default_resolver
from geo.translit import press_variants


def test_a_night_logs_evening_lines_are_the_day_before_its_morning() -> None:
    text = (
        " date 2023-03-11 night desk log fri -> sat\n"
        "[20:10] handover from the day desk.\n"
        "- Balakliia: a Russian missile hit the bus depot around noon today, 4 wounded.\n"
        "[22:40] air alert, nothing to write.\n"
        "[01:15] quiet.\n"
        "[06:30] handover to the morning desk.\n"
    )
    assert days(at(incidents(text), "Balak")) == [(date(2023, 3, 10), date(2023, 3, 10))]


def test_a_chats_speaker_and_her_bracketed_town_are_no_places() -> None:
    text = (
        " date 2024-05-02 chat export\n"
        "[01.05.24, 21:02] Mama: explosions again, very close!!\n"
        "[01.05.24, 21:03] Ira (Ternopil): are you in the corridor?\n"
        "[01.05.24, 21:10] Mama: yes. the windows shook\n"
    )
    assert _towns(text) == []


def test_a_city_hromada_places_its_village_against_a_disclaimed_namesake() -> None:
    text = (
        " date 2023-04-03 sitrep\n"
        "On 1 April one man was killed by shelling in Sadove (the Sadove in Kherson city "
        "hromada, NOT Sadove in Skadovsk raion).\n"
    )
    (found,) = at(incidents(text), "Sadove")
    assert found.place.lat > 46.6  # the one by Kherson, not the Skadovsk raion's (46.36)


def test_a_mine_accident_a_verdict_sets_aside_is_no_strike() -> None:
    text = (
        " date 2023-04-03 sitrep\n"
        "- On 2 April a farmer was injured by an anti-tank mine near Vysokopillia (a mine "
        "accident - do NOT count with shelling casualties).\n"
    )
    assert _towns(text) == []


def test_an_elderly_couple_is_two_dead() -> None:
    text = " date 2023-04-03 x\nOn 2 April a shell hit a house in Zmiivka, killing an elderly couple.\n"
    assert [i.killed for i in at(incidents(text), "Zmiiv")] == [2]


def test_a_log_line_naming_a_town_and_a_part_of_it_heads_its_entry() -> None:
    text = (
        " date 2022-06-04 team log (base: Kramatorsk)\n"
        "[09:40] Druzhkivka, private sector on the eastern edge of the town. Team saw craters "
        "and two burnt houses from the strike of 02.06.\n"
    )
    assert _towns(text) == ["Druzhkivka"]


def test_a_framed_day_heading_with_a_town_places_its_entrys_lines() -> None:
    text = (
        " date 2022-07-02 notebook wk 26\n"
        "=== notebook, week 26 ===\n"
        "conventions: coords as pinned.\n\n"
        "-- 2022-06-28 (tue) ALCHEVSK (LPR) --\n"
        "vids: depot burning, secondary detonations.\n\n"
        "-- 2022-06-30 (thu) PERVOMAISK, LPR --\n"
        "LPR says AFU rockets hit the bread factory.\n"
    )
    found = incidents(text)
    assert days(at(found, "Alch")) == [(date(2022, 6, 28),) * 2]
    # (Pervomaisk, Luhansk oblast, is Sokolohirsk since its renaming)
    assert [i.place.admin1 for i in found if i.date.start == date(2022, 6, 30)] == [
        "Luhansk Oblast"
    ]


def test_attributing_it_to_a_russian_missile_is_an_accusation() -> None:
    text = (
        " date 2022-06-04 x\nOn 2 June a strike hit two blocks in Lozova. The city "
        "administration attributes it to a Russian missile and says 3 people were injured.\n"
    )
    assert [i.attribution for i in at(incidents(text), "Lozov")] == ["alleged"]


def test_a_part_of_a_site_burning_after_shelling_is_struck() -> None:
    text = " date 2022-06-04 x\nOn 4 June the wing of the Sviatohirsk Lavra is burning after Russian shelling.\n"
    assert _towns(text) == ["Svyatohirsk"]


def test_a_register_row_naming_only_a_building_is_the_registers_town() -> None:
    text = (
        " date 2022-10-12 damage register - Velyka Kostromka, Kryvyi Rih r-n\n"
        "no | date | address | object | cause | people\n"
        "1 | 16.09 | centre | shop, 4 private houses | russian shelling (MLRS) | 2 wounded, taken "
        "to hospital in Kryvyi Rih\n"
        "2 | 11.10 | school | gym and 2 classrooms | russian shelling | nobody hurt\n"
    )
    found = incidents(text)
    assert all(i.place is not None and i.place.name == "Velyka Dolyna" for i in found)
    assert sorted(i.injured for i in found) == [0, 2]


def test_a_rumour_called_not_true_and_the_day_of_the_strike_tell_no_strike() -> None:
    text = (
        " date 2022-11-16 notes\n"
        "- Kupiansk: rumour in Viber on 12.11 that the market was hit - NOT TRUE, all fine.\n"
        "- Mon 14.11: inspection (14.11 is the inspection date, not the date of the strike).\n"
    )
    assert _towns(text) == []


def test_a_region_then_its_town_in_a_notes_path_is_the_town() -> None:
    text = " date 2022-10-12 outage notes\n10.10 mon  Poltava obl., SS Myrhorod: MIL, missile hit on the SS.\n"
    assert _towns(text) == ["Myrhorod"]


def test_a_drivers_drop_is_no_strike() -> None:
    text = (
        " date 2022-07-11 evac log\n"
        "10.07 sun | back to Kramatorsk via Druzhkivka, dropped 3 pax at their daughter's in "
        "Druzhkivka | 120 km\n"
    )
    assert _towns(text) == []


def test_a_site_named_again_by_its_noun_is_where_it_stands() -> None:
    text = (
        " date 2022-06-10 newsletter\n"
        "On 4 June the Sviatohirsk Lavra was hit by Russian shelling.\n\n"
        "It is not the first time. On 12 March the Lavra courtyard was hit by Russian shelling.\n"
    )
    assert sorted(days(at(incidents(text), "Svya"))) == [
        (date(2022, 3, 12),) * 2,
        (date(2022, 6, 4),) * 2,
    ]


def test_an_entry_near_a_town_takes_the_namesake_near_it() -> None:
    text = (
        " date 2022-06-10 newsletter\n"
        "Ivanivka, near Kherson. On 3 May a Russian missile damaged the church.\n"
    )
    (found,) = incidents(text)
    assert abs(found.place.lat - 46.64) < 0.3 and abs(found.place.lon - 32.6) < 0.5


def test_a_headings_nota_bene_places_its_name() -> None:
    text = (
        " date 2022-07-08 notebook\n"
        "MYRNE (7.07) - NB: Myrne in Mykolaiv r-n, NOT the Myrne in Skadovsk r-n!\n"
        "- 27.06 (mon): russian rockets hit the school and the railway line.\n"
    )
    (found,) = incidents(text)
    assert found.place.admin1 == "Mykolaiv Oblast"


def test_a_chat_posts_shouted_town_heads_the_post() -> None:
    text = (
        " date 2022-07-21 channel copy\n"
        "[15.07.22 13:41] PAVLOHRAD!!! Explosions. russian missiles hit a plant.\n"
    )
    assert _towns(text) == ["Pavlohrad"]


def test_a_source_line_dates_its_quoted_item_and_its_yesterday() -> None:
    text = (
        " date 2023-02-25 translation draft\n"
        "[1] Source: DPR JCCC, Telegram, 24.02.2023\n"
        '"Ukrainian formations shelled Horlivka, a civilian was killed."\n'
        "[2] Source: Kherson region emergency services, 12.02.2023\n"
        '"Yesterday, Russian artillery destroyed a fuel depot near Beryslav."\n'
    )
    found = incidents(text)
    assert days(at(found, "Horl")) == [(date(2023, 2, 24),) * 2]
    assert days(at(found, "Beryslav")) == [(date(2023, 2, 11),) * 2]


def test_a_diarys_day_written_out_heads_its_entry() -> None:
    text = (
        " date 2022-07-26 farm diary\n"
        "20 June, Monday. Sprayed the sunflower, 40 ha.\n"
        "23 June, Thursday. Went to Balakliia for diesel. About 11 o'clock they started "
        "shelling the centre, near the market.\n"
    )
    assert days(at(incidents(text), "Balak")) == [(date(2022, 6, 23),) * 2]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the night of 17/18 Sept 2024", date(2024, 9, 17), date(2024, 9, 18)),
        ("the night of 2/3 May 2022", date(2022, 5, 2), date(2022, 5, 3)),
        ("(17/03)", date(2024, 3, 17), date(2024, 3, 17)),
    ],
)
def test_two_days_by_a_slash_before_their_month(phrase: str, start: date, end: date) -> None:
    (found,) = find_dates(phrase, date(2024, 10, 1))
    assert (found.window.start, found.window.end) == (start, end)


def test_a_claim_made_the_next_day_does_not_date_the_strike() -> None:
    text = (
        " date 2024-10-01 notes\n"
        "4. Toropets (Tver obl.), night of 17/18 Sept 2024. Drones hit the arsenal. An SBU "
        "source claimed the strike the next day.\n"
    )
    assert days(at(incidents(text), "Torop")) == [(date(2024, 9, 17), date(2024, 9, 18))]


def test_an_entrys_own_oblast_named_in_its_sentence_leaves_the_entrys_town() -> None:
    text = (
        " date 2025-03-14 literature notes\n"
        "1. Chuhuiv, 24 Feb 2022. Russian missile hit a block near the airbase; first civilian "
        "casualties of the war in Kharkiv oblast.\n"
    )
    assert _towns(text) == ["Chuhuyiv"]


def test_a_site_said_again_in_the_next_paragraph_dates_the_strike() -> None:
    text = (
        " date 2022-07-24 wire\n"
        "Russia's military said Sunday that its missiles had struck a warship in the port of "
        "Odesa.\n\n"
        "Ukrainian officials said two missiles hit the port's infrastructure on Saturday.\n"
    )
    assert days(at(incidents(text), "Odesa")) == [(date(2022, 7, 23),) * 2]


def test_a_day_after_the_strike_counts_back_from_the_words_day() -> None:
    text = (
        " date 2022-11-01 regional news\n"
        "A day after the Russian missile strike on the thermal power plant in Ladyzhyn, power "
        "is back in all districts, the city administration said on Tuesday.\n"
    )
    (found,) = at(incidents(text), "Lady")
    assert found.date.start == date(2022, 10, 31)


def test_a_countrys_capital_named_by_its_adjective() -> None:
    text = (
        " date 2023-08-30 wire\n"
        "In the Ukrainian capital, Russia launched its largest drone attack in months "
        "overnight. Two people were killed.\n"
    )
    assert _towns(text) == ["Kyiv"]


def test_a_ukrainian_city_keeps_its_namesake_beside_a_russian_region() -> None:
    text = (
        " date 2024-08-10 wire\n"
        "A Russian strike hit a market in the eastern Ukrainian city of Kostiantynivka on "
        "Friday, officials said, as the incursion into Russia's Kursk region went on.\n"
    )
    (found,) = at(incidents(text), "Kost")
    assert found.place.admin1 == "Donetsk Oblast"


def test_a_villages_russian_name_finds_it_in_the_raion_written() -> None:
    place = default_resolver().resolve("Nikolayevka", ("Beryslav district",), "town", strict=True)
    assert place is not None and place.admin2 == "6502" and place.name == "Mykolaivka"
    assert "Nikolayevka" in press_variants("Mykolaivka")
    assert "Novonikolayevka" in press_variants("Novomykolaivka")


def test_an_aside_counting_the_wars_strikes_keeps_the_one_told() -> None:
    text = (
        " date 2023-04-14 wire\n"
        "Last August, a Russian strike destroyed School No. 8 in Druzhkivka, one of dozens of "
        "schools hit across the region since the start of the invasion.\n"
    )
    assert _towns(text) == ["Druzhkivka"]


def test_a_second_strike_on_the_same_site_is_its_own_day() -> None:
    text = (
        " date 2022-09-20 case summary\n"
        "On 14.09.2022 at about 07:20 Russian missiles hit the dam of a reservoir in the city of "
        "Kryvyi Rih. On 15.09.2022 at about 18:30 a second strike hit the same hydraulic "
        "structures.\n"
    )
    assert sorted(days(at(incidents(text), "Kryvy"))) == [
        (date(2022, 9, 14),) * 2,
        (date(2022, 9, 15),) * 2,
    ]


def test_an_entry_qualified_by_an_abbreviated_raion_heads_its_lines() -> None:
    text = (
        " date 2022-08-20 vet notes\n"
        "Orikhiv (Polohy r-n). Russian shelling in the night 17->18.08: a barn was hit.\n"
    )
    assert days(at(incidents(text), "Orikh")) == [(date(2022, 8, 17), date(2022, 8, 18))]


def test_the_day_a_strike_is_named_by_beats_an_interviews_day() -> None:
    text = (
        " date 2024-11-20 footnotes\n"
        "[14] Interview with a resident of Siversk, 14 March 2024 (the interviewee lost her "
        "house in the strike of 9 July 2022).\n"
    )
    assert days(at(incidents(text), "Sivers")) == [(date(2022, 7, 9),) * 2]


def test_a_change_logs_added_lines_are_its_entries() -> None:
    text = (
        " date 2023-03-10 map change log\n"
        "v3.4 (10.03.2023)\n"
        "+ added: Nikopol, riverside houses hit by Russian artillery, 02.03.2023 ~01:40\n"
        "+ added: Kupiansk, hospital, shelled 05.03.2023\n"
    )
    assert _towns(text) == ["Kupyansk", "Nikopol"]


def test_a_power_cut_reaches_a_town_the_strike_did_not_hit() -> None:
    text = (
        " date 2022-10-11 radio notes\n"
        "07:00 news: yesterday the energy facility in Ladyzhyn was hit by a missile, power cuts "
        "in Vinnytsia city until evening.\n"
    )
    assert _towns(text) == ["Ladyzhyn"]


def test_the_facilities_a_ministry_names_among_those_hit_are_struck() -> None:
    text = (
        " date 2024-03-23 agency copy\n"
        "On Friday Russian forces struck energy facilities. Among the facilities hit, the "
        "ministry named the Zmiyevskaya thermal power plant in the Kharkov region.\n"
    )
    found = incidents(text)
    assert any(i.place is not None and abs(i.place.lat - 49.6) < 0.15 for i in found)


def test_a_chats_next_clause_after_a_full_stop_labels_its_village() -> None:
    text = (
        " date 2023-02-09 volunteers chat\n"
        "[08/02/2023, 11:40] Ihor: done at the warehouse. also Chornobaivka - shelled this "
        "morning 9:30, school windows gone\n"
    )
    assert days(at(incidents(text), "Chornob")) == [(date(2023, 2, 8),) * 2]


def test_a_fact_checks_unproven_row_is_set_aside() -> None:
    text = (
        " date 2023-02-20 claims table\n"
        "CLAIM | SOURCE | VERDICT | EVIDENCE\n"
        '"Missile hit a school in Sloviansk" (15.02) | city council | TRUE: the school yard was '
        "hit on 15.02 | photos\n"
        '"Explosions in Berdiansk port" (16.02) | channels | UNPROVEN: no footage | -\n'
    )
    assert _towns(text) == ["Slovyansk"]


def test_a_lines_code_before_its_town_labels_the_town() -> None:
    text = (
        " date 2023-07-25 route notes\n"
        "RT-17 Odesa city: depot not accessible after the missile strike on the port area on "
        "20.07 at night.\n"
    )
    assert _towns(text) == ["Odesa"]
