"""Rules of language and geography from the thirteenth round (issue 12, session 17).

Each test is our own sentence of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import incidents

from geo.attribution import find_actor
from geo.placephrase import find_places
from geo.places import default_resolver


def by_place(text: str) -> dict[str, object]:
    return {i.place.name: i for i in incidents(text)}


def test_a_day_that_opens_the_words_dates_the_words_not_the_strike_they_date() -> None:
    text = (
        " date 2024-07-12 Navy hits patrol boat\n"
        "On Friday, the Ukrainian navy said its sea drones had destroyed a patrol boat near "
        "Chornomorske on Thursday."
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2024, 7, 11)


def test_a_day_that_opens_the_words_still_dates_a_strike_they_give_no_day() -> None:
    text = (
        " date 2024-07-12 Missile hits Odesa\n"
        "On Thursday, the governor said a missile had hit a warehouse in Odesa, injuring two."
    )
    [one] = incidents(text)
    assert one.date.start == date(2024, 7, 11)


def test_a_search_day_is_not_the_day_of_the_building_that_fell_before_it() -> None:
    text = (
        " date 2023-10-03 Rescuers end search in Zaporizhzhia\n"
        "Rescuers on Tuesday finished clearing the rubble of a five-storey block in "
        "Zaporizhzhia that partly collapsed on Sunday after a Russian missile hit it, with "
        "the death toll rising to four, the emergency service said."
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 10, 1)


def test_a_site_and_the_town_it_stands_in_are_one_marker() -> None:
    text = (
        " date 2024-04-11 Power plant destroyed\n"
        "Russian missiles destroyed the Trypillia thermal power plant in the town of Ukrainka, "
        "south of Kyiv, overnight, its operator said."
    )
    assert len(incidents(text)) == 1


def test_a_site_told_in_the_passive_after_and_the_is_struck() -> None:
    text = (
        " date 2024-04-11 Plants hit\n"
        "The company has lost most of its capacity, and the Zmiiv power plant had again been "
        "heavily damaged by Russian missiles on Tuesday."
    )
    [one] = incidents(text)
    assert "Zmiiv" in one.place.name
    assert one.date.start == date(2024, 4, 9)


def test_a_habit_of_another_clause_does_not_make_this_clause_a_habit() -> None:
    text = (
        " date 2024-06-04 Drone hits bus\n"
        "Nikopol has been shelled almost daily since 2022, and on Monday a Russian drone "
        "hit a bus in Marhanets, wounding five."
    )
    found = by_place(text)
    assert "Marhanets" in found and "Nikopol" not in found


def test_drones_downed_over_the_region_are_not_the_shelling_of_a_town_told_before() -> None:
    text = (
        " date 2024-02-08 Shelling of Tyotkino\n"
        "Ukrainian artillery shelled the village of Tyotkino in the Kursk region on Thursday "
        "afternoon, killing a man, the governor said.\n\n"
        "Earlier, the Kursk region's operational headquarters said that air defences had shot "
        "down seven Ukrainian drones over the region overnight."
    )
    names = {i.place.name for i in incidents(text)}
    assert len(names) == 2 and "Kursk Oblast" in names


def test_an_oblasts_administration_stands_in_its_seat_city() -> None:
    found = find_places(
        "A missile hit the building of the Kharkiv Oblast State Administration.",
        default_resolver(),
    )
    assert [p.place.name for p in found if p.place] == ["Kharkiv"]


def test_a_childrens_hospital_is_where_the_wounded_went_and_the_city_stays_the_one_struck() -> None:
    text = (
        " date 2023-06-06 Shelling of Beryslav\n"
        "Russian artillery shelled Beryslav on Tuesday, wounding six people. A girl was flown "
        "to a children's hospital in Dnipro, and two men were taken to Mykolaiv.\n\n"
        "The shells hit the central market and two streets of the city, the governor said."
    )
    assert {i.place.name for i in incidents(text)} == {"Beryslav"}


def test_a_capital_where_a_statement_was_released_is_no_target() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "The ministry, in a statement released in Moscow, said its forces had struck "
            "a depot in Kramatorsk.",
            default_resolver(),
        )
    }
    assert roles.get("Moscow") == "context"


def test_a_country_named_in_a_regions_story_is_the_country_not_its_village_alias() -> None:
    found = find_places(
        "In neighbouring Moldova, officials said debris fell near the border.",
        default_resolver(),
        ("Odesa Oblast",),
    )
    assert found[0].place.precision == "country"


def test_an_attack_reported_on_a_day_happened_that_day() -> None:
    text = (
        " date 2023-08-23 Drones over Russia\n"
        "A drone attack was reported on Tuesday morning at the airfield in Soltsy, the "
        "regional governor said on Wednesday."
    )
    [one] = incidents(text)
    assert one.date.start == date(2023, 8, 22)


def test_a_place_of_the_main_clause_takes_its_own_day_not_the_lead_clauses() -> None:
    text = (
        " date 2023-08-30 Drones hit airfields\n"
        "After the blasts at the Soltsy airfield on Saturday, August 19, a drone attack was "
        "reported on Tuesday evening at the airfield in Pskov."
    )
    pskov = by_place(text)["Pskov"]
    assert pskov.date.start == date(2023, 8, 29)


def test_weapons_a_relative_clause_describes_name_no_side() -> None:
    text = (
        "Explosions were heard at the Shaykovka air base, the home of Russia's Tu-22M3 "
        "bombers, which fire Kh-22 missiles at Ukrainian cities."
    )
    assert find_actor(text)[0] is None
    text = (
        " date 2024-01-10 Explosions at air base\n"
        f"On Wednesday morning, {text[0].lower()}{text[1:]}"
    )
    [one] = incidents(text)
    assert one.actor != "Russia"


def test_the_lead_clause_place_keeps_its_own_actor() -> None:
    text = (
        " date 2022-12-26 Explosions at Engels\n"
        "Explosions were heard at the Engels air base early on Monday, local residents said.\n\n"
        "Hours after the explosions at Engels, Russia launched a new wave of missiles at "
        "Ukrainian power plants."
    )
    engels = [i for i in incidents(text) if "Engels" in i.place.name]
    assert engels and all(i.actor != "Russia" for i in engels)


def test_a_raid_into_a_region_is_a_ground_incursion_not_a_strike_on_it() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "Russian volunteer units said they had launched a raid into the Bryansk region.",
            default_resolver(),
        )
    }
    assert roles == {"Bryansk region": "context"}


def test_attacks_more_and_more_often_in_recent_weeks_are_a_trend() -> None:
    text = (
        " date 2025-05-20 Trend\n"
        "In recent weeks, Russian troops have been shelling the town of Pokrovske more and "
        "more often."
    )
    assert incidents(text) == []


def test_this_is_not_the_first_strike_counts_the_event_told_and_adds_none() -> None:
    text = (
        " date 2024-05-16 Airfield hit\n"
        "On the night of 15 May, Ukrainian drones struck the Saky airfield in Crimea, the "
        "navy said. This is not the third strike on targets near Yevpatoriia this month."
    )
    assert len(incidents(text)) == 1


def test_a_city_military_administration_is_an_office_not_an_attacker() -> None:
    actor, _ = find_actor(
        "Air defence shot down nine drones over the capital, the Kyiv City Military "
        "Administration reported."
    )
    assert actor is None


# An analyst's working notes: day lines, "Place: what happened", shorthand (our own lines).
NOTES = (
    " date 2023-05-20 desk notes 18-20 May\n"
    "notes, times local\n\n"
    "18/05/23\n"
    "Odessa/Odesa ~02:10: port warehouse hit by RU Kalibr msl, fire. 1 KIA / 3 WIA (src: OVA).\n"
    "Troop mov't near Kupiansk, nothing to log as strike.\n\n"
    "19.05.23\n"
    "Zaporizhzhia obl., Huliaipole (Polohy r-n) - RU arty on residential area, 2 WIA.\n\n"
    "20 May 23\n"
    "Nikopol rail station hit ~09:00 by RU MLRS; nobody hurt.\n"
)


def test_an_analysts_day_lines_and_labelled_places_are_incidents() -> None:
    found = {i.place.name[:4]: i for i in incidents(NOTES)}
    assert set(found) == {"Odes", "Huly", "Niko"}
    assert found["Odes"].date.start == date(2023, 5, 18)
    assert (found["Odes"].killed, found["Odes"].injured) == (1, 3)
    assert found["Odes"].actor == "Russia"
    assert found["Huly"].date.start == date(2023, 5, 19)
    assert found["Huly"].injured == 2
    assert found["Niko"].date.start == date(2023, 5, 20)


def test_shorthand_dates_read_day_first_with_the_century_left_out() -> None:
    from geo.dates import find_dates

    ref = date(2023, 5, 20)
    assert [d.window.start for d in find_dates("14.03.22", ref)] == [date(2022, 3, 14)]
    assert [d.window.start for d in find_dates("18/03/22", ref)] == [date(2022, 3, 18)]
    assert [d.window.start for d in find_dates("15 Mar 22", ref)] == [date(2022, 3, 15)]
    assert [d.window.start for d in find_dates("yday (17/05)", ref)][-1] == date(2023, 5, 17)
    assert find_dates("at 14.30 local", ref) == []


def test_a_dateline_with_an_agency_is_no_note_label() -> None:
    text = (
        " date 2023-12-31 Belgorod\n\n"
        "Kyiv (AFP) - Moscow vowed to punish Kyiv for an attack on the Russian city of "
        "Belgorod that killed 24 people, officials said Sunday."
    )
    assert {i.place.name for i in incidents(text)} == {"Belgorod"}


def test_an_acled_oblast_over_its_raion_label_is_no_incident() -> None:
    text = (
        " date 2023-06-28 Donetsk - Kramatorskyi: On 27 June 2023, a Russian missile hit a "
        "cafe in central Kramatorsk. 13 killed."
    )
    assert {i.place.name for i in incidents(text)} == {"Kramatorsk"}


def test_a_factboxs_sections_in_capitals_place_their_paragraphs() -> None:
    text = (
        " date 2022-10-11 Factbox: where missiles struck\n"
        "Russia fired missiles at cities across Ukraine on Monday.\n\n"
        "VINNYTSIA\n\n"
        "Missiles hit an energy facility in the morning, the governor said.\n\n"
        "ENERGY MARKETS\n\n"
        "A truck exploded on a bridge on Saturday, investigators said.\n"
    )
    found = incidents(text)
    assert [i.place.name[:5] for i in found] == ["Vinny"]


def test_the_city_struck_days_before_is_another_event_of_that_city() -> None:
    text = (
        " date 2022-10-11 Strikes\n"
        "One person was killed when a missile hit a plant in Zaporizhzhia on Monday morning. "
        "The city had already been hit in the early hours of Sunday, when missiles destroyed "
        "part of a block, killing 13 people."
    )
    days = sorted((i.date.start, i.killed) for i in incidents(text))
    assert days == [(date(2022, 10, 9), 13), (date(2022, 10, 10), 1)]


def test_a_clock_goes_on_into_its_bracket() -> None:
    text = (
        " date 2023-06-28 Missile hits restaurant\n\n"
        "Rescuers searched the ruins of a restaurant in Kramatorsk on Wednesday after a "
        "Russian missile struck it.\n\n"
        "The Iskander short-range missile hit the restaurant at about 7:30 p.m. (1630 GMT) on "
        "Tuesday, when the terrace was full."
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 6, 27)


def test_a_logs_first_day_heads_its_first_entry_under_a_header_line() -> None:
    text = (
        " date 2024-01-25 notes\n"
        "(notes, east desk; times local)\n\n"
        "06/01/24 (Sat)\n"
        "Kostiantynivka ~15:00: RU S-300 on private houses. 3 KIA.\n\n"
        "25.01.24\n"
        "Vil. Kurakhivka (Pokrovsk r-n) same salvo: 2 WIA.\n"
        "Kursk: AD exercise with live firing at the range announced for 26/01.\n"
    )
    found = {i.place.name[:5]: i for i in incidents(text)}
    assert set(found) == {"Kosty", "Kurak"}
    assert found["Kosty"].date.start == date(2024, 1, 6)
    assert found["Kurak"].date.start == date(2024, 1, 25)


@pytest.mark.parametrize(
    ("town", "day", "side"),
    [
        ("Donetsk", "2024-01-21", "Ukraine"),  # held since 2014
        ("Melitopol", "2023-05-01", "Ukraine"),  # held since February 2022
        ("Henichesk", "2023-08-10", "Ukraine"),  # held since February 2022
        ("Kherson", "2024-01-21", "Russia"),  # raion split by the river: not listed
        ("Kramatorsk", "2024-01-21", "Russia"),  # never held
    ],
)
def test_an_unattributed_strike_is_guessed_from_who_held_the_town_that_day(
    town: str, day: str, side: str
) -> None:
    text = f" date {day} x\n\nA market in {town} was shelled today, killing two people.\n"
    [one] = incidents(text)
    assert one.actor == side


def test_a_digests_key_developments_on_a_day_set_the_day_told() -> None:
    text = (
        " date 2025-04-05 War latest\n\n"
        "This digest is compiled by the news desk from official statements.\n\n"
        "Key developments on April 4:\n\n"
        "Russian attacks across the Kherson region over the past day killed one person, "
        "the governor said.\n"
    )
    [one] = incidents(text)
    assert (one.date.start, one.date.end) == (date(2025, 4, 3), date(2025, 4, 4))


def test_the_woman_wounded_when_a_drone_hit_a_bus_in_a_town_places_that_strike() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "The man who was wounded when a drone hit a bus in Marhanets on Monday has died.",
            default_resolver(),
        )
    }
    assert roles == {"Marhanets": "target"}


def test_the_roof_of_a_towns_station_is_the_town_struck() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "A drone struck the roof of the Bryansk railway station.", default_resolver()
        )
    }
    assert roles == {"Bryansk": "target"}


def test_a_notes_line_that_names_its_own_quiet_place_spares_the_lines_before() -> None:
    text = (
        " date 2022-10-18 notes\nnotes\n\n[2022-10-10]\n"
        "Rivne - 2 hits on energy infra, city w/o power.\n"
        "Kropyvnytskyi: alert, msl overflew the city, no impacts.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Rivne"]


LOG = (
    " date 2022-07-15 scratchpad\n"
    "-- analyst scratchpad, all times local --\n\n"
    "27.06.22 (Mon)\n"
    "Kremenchuk (Poltava obl.): mall hit ~15:50 by 2x Kh-22. 16 KIA / 59 WIA (SES).\n"
    "MoD RU (28/06) claims it struck hangars with Western weapons nearby.\n\n"
    "01/07/2022\n"
    "Serhiivka resort, Bilhorod-Dnistrovskyi r-n, Odesa obl. - 3 RU Kh-22 ~01:00 overnight.\n"
    "Kremenchuk upd: 21 KIA, 9 still missing.\n\n"
    "14/07/22\n"
    "14/07 ~10:50 Vinnytsia: 3 Kalibr from a sub, city centre.\n"
)


def test_a_logs_follow_ups_and_bracketed_words_keep_the_strikes_day() -> None:
    found = {i.place.name[:5]: i for i in incidents(LOG)}
    assert found["Kreme"].date.start == date(2022, 6, 27)
    assert found["Kreme"].killed == 21  # the update, not a new strike on 1 July
    assert len([i for i in incidents(LOG) if i.place.name.startswith("Kreme")]) == 1


def test_a_notes_line_naming_only_its_weapon_is_a_strike_there() -> None:
    found = {i.place.name[:5]: i for i in incidents(LOG)}
    assert found["Vinny"].date.start == date(2022, 7, 14)


def test_a_raion_and_its_oblast_after_a_village_settle_its_namesake() -> None:
    found = {i.place.name[:5]: i for i in incidents(LOG)}
    serhiivka = next(v for k, v in found.items() if k.startswith("Serh"))
    assert serhiivka.place.admin1 == "Odesa Oblast"


@pytest.mark.parametrize(
    ("line", "killed", "injured"),
    [
        ("Marhanets same night: RU shelling, woman 61 KIA (src: RVA).", 1, None),
        ("Shebekino this morning: AFU shelling, man, 45, WIA, 3 houses dmg.", None, 1),
        ("Yavoriv: 35 KIA / 134 WIA (src: OVA).", 35, 134),
    ],
)
def test_an_analysts_killed_and_wounded_in_action_counts(
    line: str, killed: int | None, injured: int | None
) -> None:
    from geo import lexicon as lx
    from geo.attribution import find_figure

    assert (find_figure(line, lx.KILLED), find_figure(line, lx.INJURED)) == (killed, injured)


def test_the_side_that_shot_drones_down_is_not_the_attacker() -> None:
    actor, _ = find_actor(
        "The ministry said Russian forces destroyed 31 Ukrainian drones over the Bryansk region."
    )
    assert actor == "Ukraine"


UCDP_ROWS = (
    " date 2022-09-17 UCDP candidate events\n"
    "Format: date | sub-event | admin1 - admin2 | where | note | deaths. Notes by the analyst.\n\n"
    "2022-09-05 | Shelling | Kharkiv - Bohodukhivskyi | Zolochiv | Russian forces shelled "
    "Zolochiv in the morning; two men were killed. | deaths: best 2 (low 2, high 2)\n\n"
    "2022-09-10 | Armed clash | Kharkiv - Kupianskyi | Kupiansk | Ukrainian forces entered "
    "Kupiansk. In a separate event on the same day, a Russian rocket hit a street in Balakliia, "
    "killing a woman. | deaths: best 1 (low 1, high 1)\n"
)


def test_a_coders_rows_take_the_where_column_and_the_best_estimate() -> None:
    found = {i.place.name: i for i in incidents(UCDP_ROWS)}
    assert found["Zolochiv"].killed == 2
    assert found["Zolochiv"].date.start == date(2022, 9, 5)


def test_a_separate_event_inside_a_rows_note_is_its_own_incident() -> None:
    names = {i.place.name[:5] for i in incidents(UCDP_ROWS)}
    assert "Balak" in names and "Kupia" not in names


def test_a_russian_district_adjective_is_its_towns_not_a_ukrainian_villages_old_name() -> None:
    place = default_resolver().resolve("Proletarsky district", ("Rostov Oblast",), "any")
    assert place is not None and place.country == "RU"


def test_a_reprisal_is_not_dated_by_the_strike_it_avenges() -> None:
    text = (
        " date 2023-01-08 Ministry\n\n"
        "As a retaliation for the strike on Makeyevka on New Year's night, a massive missile "
        "strike was carried out on units of the Armed Forces of Ukraine in Kramatorsk, the "
        "ministry said."
    )
    [one] = incidents(text)
    assert one.place.name == "Kramatorsk"
    assert one.date.start != date(2022, 12, 31)


def test_a_weapon_destroyed_names_no_attacker() -> None:
    text = (
        " date 2023-01-08 Ministry\n\n"
        "Over the past day, a US-made HIMARS launcher was destroyed near Kurakhove, the "
        "ministry said."
    )
    [one] = incidents(text)
    assert one.actor == "Russia"


def test_a_named_day_told_overnight_is_the_night_into_that_day() -> None:
    text = (
        " date 2023-07-21 Notes\n\n"
        "On 20 July 2023, Russian forces attacked Mykolaiv with missiles overnight; a "
        "residential building was hit and 19 people were injured. [fatalities=0]"
    )
    [one] = incidents(text)
    assert (one.date.start, one.date.end) == (date(2023, 7, 19), date(2023, 7, 20))


def test_where_the_bombers_flew_is_the_launch_area_not_a_target() -> None:
    text = (
        " date 2023-01-15 Missile hits block\n\n"
        "A Russian missile hit an apartment block in Dnipro on Saturday, killing 20 people. "
        "The air force said the missiles were fired by long-range bombers flying over Russia's "
        "Kursk region."
    )
    assert {i.place.name for i in incidents(text)} == {"Dnipro"}
