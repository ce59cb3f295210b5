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
