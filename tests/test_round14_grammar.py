"""Rules of language and geography from the fourteenth round (issue 12, session 18).

Each test is our own sentence of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import incidents

from geo.eventday import dates_told
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.places import Place, default_resolver
from geo.story import Reading


def days(text: str, published: date) -> list[tuple[date | None, date | None]]:
    events, _ = dates_told(text, Reading(published, None, sentences=[]), 0)
    return [(d.window.start, d.window.end) for d in events]


@pytest.mark.parametrize(
    ("phrase", "town"),
    [
        ("a refinery in Ryazan, southeast of Moscow", "Ryazan"),
        ("an arsenal in Toropets, 380 km northwest of Moscow", "Toropets"),
        ("a depot in Pavlohrad, east of Dnipro", "Pavlohrad"),
    ],
)
def test_a_bearing_or_a_distance_places_a_known_town_however_far(phrase: str, town: str) -> None:
    [found] = find_places(f"Drones hit {phrase}.", default_resolver())[:1]
    assert found.place is not None and found.place.name.startswith(town)


def test_near_still_takes_the_namesake_a_short_drive_away() -> None:
    gaz = default_resolver()
    found = find_places("Shelling hit Ivanivka, near Vysokopillia, on Monday.", gaz)
    by = gaz.resolve("Vysokopillia", (), "town")
    assert found[0].place is not None and by is not None
    assert km(found[0].place, by) < 40


def km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km((a.lat, a.lon), (b.lat, b.lon))


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a day earlier than the follow-up's day, not than the page's
        (
            "Kyiv held a day of mourning on Tuesday for the victims of the missile barrage a "
            "day earlier.",
            (date(2024, 7, 8), date(2024, 7, 8)),
        ),
        # hours after: the day before the day told
        (
            "Rescuers were still searching the rubble on Sunday, more than 24 hours after a "
            "missile tore through the block.",
            (date(2024, 7, 6), date(2024, 7, 6)),
        ),
        (
            "Crews cleared debris on Friday, 48 hours after the strike on the depot.",
            (date(2024, 7, 3), date(2024, 7, 3)),
        ),
    ],
)
def test_a_follow_ups_day_counts_back_to_the_strike(sentence: str, want: tuple) -> None:
    assert days(sentence, date(2024, 7, 10))[0] == want


def test_a_day_that_opens_the_words_of_the_side_that_struck_dates_the_claim() -> None:
    # "its forces had struck": the claim's day; the strike came before it
    assert (
        days(
            "On Wednesday, the defence ministry said its forces had struck a depot.",
            date(2024, 7, 10),
        )
        == []
    )


def test_a_governors_past_perfect_still_dates_the_strike() -> None:
    got = days("On Sunday, the governor said drones had again targeted the city.", date(2024, 7, 8))
    assert got == [(date(2024, 7, 7), date(2024, 7, 7))]


def test_a_dated_note_keeps_its_date_whatever_the_tense() -> None:
    got = days(
        "On 4 October 2023, the ministry said its forces had struck a depot.", date(2023, 10, 9)
    )
    assert got == [(date(2023, 10, 4), date(2023, 10, 4))]


@pytest.mark.parametrize("words", ["The same night", "At about the same time"])
def test_the_same_night_is_the_night_of_the_event_told_before(words: str) -> None:
    text = (
        " date 2025-03-10 Missiles hit Dobropillia\n"
        "On the night of 7 to 8 March, Russian missiles struck the centre of Dobropillia, "
        "killing 11 people.\n\n"
        f"{words}, Russian drones attacked Bohodukhiv, injuring a man."
    )
    found = {i.place.name: i.date for i in incidents(text)}
    assert found["Bohodukhiv"] == found["Dobropillia"]
    assert found["Bohodukhiv"].end == date(2025, 3, 8)


def test_the_same_night_follows_the_day_the_story_went_on_to_tell() -> None:
    text = (
        " date 2024-04-20 Energy monitor\n"
        "22 March. Missiles hit the dam in Zaporizhzhia.\n\n"
        "11 April. On the night of 10 to 11 April, Russia launched 82 missiles and drones at "
        "power plants. The same night, a power plant in Slobozhanske in the Kharkiv region was "
        "hit."
    )
    found = {i.place.name: i.date for i in incidents(text)}
    assert found["Slobozhanske"].end == date(2024, 4, 11)


def test_strikes_on_a_date_date_the_places_after_them_not_the_possessive_before() -> None:
    text = (
        " date 2022-12-27 Drone downed over air base\n"
        "Monday's attack followed strikes on Dec. 5 on the Engels air base and on the "
        "Dyagilevo air base near the city of Ryazan."
    )
    assert {i.date.start for i in incidents(text)} == {date(2022, 12, 5)}


def test_an_agencys_bracketed_name_makes_a_dateline_whatever_the_agency() -> None:
    text = (
        " date 2022-12-27 Three killed at air base\n"
        "Dec. 27 (UPI) -- Three servicemen were killed early Monday when a drone was shot down "
        "over the Engels air base, the ministry said."
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2022, 12, 26)


def test_the_next_day_is_the_day_after_the_event_told() -> None:
    text = (
        " date 2022-12-27 Air bases hit\n"
        "On 5 December, drones struck the Engels air base, the ministry said.\n\n"
        "The next day, a drone set fire to an oil tank at the Khalino airfield outside Kursk."
    )
    found = {i.place.name: i.date for i in incidents(text)}
    [khalino] = [d for name, d in found.items() if "Khalino" in name]
    assert khalino.start == khalino.end == date(2022, 12, 6)


def test_words_said_the_next_day_leave_the_event_its_night() -> None:
    text = (
        " date 2023-07-25 Port attacks\n"
        "On the night of 17 to 18 July, Russian drones and missiles struck port infrastructure in "
        "Odesa. The ministry said the next day that it had carried out a strike on workshops "
        "near Odesa."
    )
    assert {(i.date.start, i.date.end) for i in incidents(text)} == {
        (date(2023, 7, 17), date(2023, 7, 18))
    }


def test_the_facilities_of_several_towns_are_struck_in_each() -> None:
    found = find_places(
        "Its missiles had destroyed equipment at the stations of Krasnoarmeysk, Slavyansk and "
        "Barvenkovo.",
        default_resolver(),
    )
    assert [p.role for p in found] == ["target", "target", "target"]


def test_a_house_number_is_no_toll() -> None:
    text = (
        " date 2023-01-15 Toll rises\n"
        "The number of people killed by a missile that hit a block at 118 Naberezhna Peremohy in "
        "Dnipro on Saturday has risen to 30."
    )
    [one] = incidents(text)
    assert one.killed == 30


def test_a_district_of_the_capital_is_the_capital_struck() -> None:
    found = find_places(
        "Missile debris fell on a yard in Kyiv's Holosiivskyi district.", default_resolver()
    )
    assert [p.role for p in found] == ["target"]
    state = find_places("Moscow's Black Sea Fleet lost a ship.", default_resolver())
    assert [p.role for p in state] == ["context"]


def test_a_search_ended_on_a_day_leaves_the_strike_its_own_day() -> None:
    text = (
        " date 2023-01-17 Search ends\n"
        "Rescue crews ended their search of an apartment building in Dnipro on Tuesday, with the "
        "death toll from Saturday's missile strike standing at 45."
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 1, 14)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The ministry said on Sunday that it had struck military facilities in Kharkiv overnight.",
            (date(2023, 12, 30), date(2023, 12, 31)),
        ),
        # no day of the words: the night into the page's day, as before
        (
            "Overnight shelling of Kharkiv killed one person, officials said.",
            (date(2023, 12, 31), date(2024, 1, 1)),
        ),
    ],
)
def test_overnight_is_the_night_before_the_day_of_the_words(sentence: str, want: tuple) -> None:
    assert days(sentence, date(2024, 1, 1))[0] == want


def test_a_tally_under_its_head_is_one_event_per_region() -> None:
    text = (
        " date 2025-02-12 Air Force report\n"
        "On the night of 12 February, the enemy attacked with 123 Shahed drones.\n\n"
        "As of 09:00, 71 drones have been confirmed shot down:\n"
        "Poltava region – 29;\nSumy region – 24;\nChernihiv region – 18.\n"
    )
    assert {i.place.name for i in incidents(text)} == {
        "Poltava Oblast", "Sumy Oblast", "Chernihiv Oblast",
    }  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The main direction of the missile strike was the city of Kyiv.",
        "The target of the drone attack was Odesa.",
    ],
)
def test_what_a_strike_was_aimed_at_is_its_target(sentence: str) -> None:
    [found] = find_places(sentence, default_resolver())
    assert found.role == "target"


def test_every_region_of_russia_is_a_region() -> None:
    found = find_places(
        "Drones attacked airfields in the Murmansk, Irkutsk, Ivanovo, Ryazan and Amur regions.",
        default_resolver(),
    )
    assert [p.place.name for p in found if p.place] == [
        "Murmansk Oblast", "Irkutsk Oblast", "Ivanovo Oblast", "Ryazan Oblast", "Amur Oblast",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "sites"),
    [
        ("The attack targeted the Belaya air base, as well as the Olenya base.", 2),
        ("Drones hit the Dyagilevo and Ivanovo air bases.", 2),
    ],
)
def test_listed_air_bases_are_each_struck(sentence: str, sites: int) -> None:
    found = find_places(sentence, default_resolver())
    struck = [
        p for p in found if p.role == "target" and p.place and p.place.key.startswith("site:")
    ]
    assert len(struck) == sites


def test_a_capital_awaiting_comment_is_no_place_struck() -> None:
    [found] = find_places(
        "In Moscow, there was no immediate comment from the Kremlin on the attacks.",
        default_resolver(),
    )
    assert found.role == "context"


def test_a_record_whose_cells_name_themselves_is_read_by_its_labels() -> None:
    text = (
        " date 2024-01-08 Data export\n"
        "Export of 8 January 2024 | Fields: Event date | Location | Admin1 | Notes | Fatalities\n\n"
        "Event date: 29 December 2023 | Location: Dnipro | Admin1: Dnipropetrovsk | Admin2: "
        "Dniprovskyi | Notes: On 29 December 2023, Russian military forces struck Dnipro city, "
        "hitting a maternity hospital. 6 civilians were killed and 30 injured. | Fatalities: 6\n"
    )
    [one] = incidents(text)
    assert one.place.name == "Dnipro"
    assert (one.killed, one.injured) == (6, 30)


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        # the name in brackets glosses the quoted one and takes its role
        (
            'Artillery shelled "Gorlovka" (Horlivka, Horlivskyi raion, Donetsk) on Monday.',
            ["target"],
        ),
        # the people struck were where their clause says; where they fled to is not struck
        (
            "Troops shelled civilians who were crossing the bridge in Irpin while evacuating "
            "towards Kyiv.",
            ["target", "context"],
        ),
        # drones heading for a city are still downed over it
        ("Air defences shot down all of the drones heading for Kyiv.", ["target"]),
    ],
)
def test_roles_of_glosses_and_of_the_people_struck(sentence: str, roles: list[str]) -> None:
    assert [p.role for p in find_places(sentence, default_resolver())] == roles


def test_a_part_the_gazetteer_lacks_is_placed_at_the_town_the_paragraph_tells_of() -> None:
    text = (
        " date 2024-12-22 Drones hit Kazan\n"
        "On Saturday morning, drones attacked Kazan, the authorities said. Six drones hit "
        "high-rise buildings in the Novo-Savinovsky district."
    )
    found = incidents(text)
    assert found and all(i.place is not None and i.place.located for i in found)
    assert {round(i.place.lat, 1) for i in found} == {55.8}


CSV_EXPORT = (
    " date 2022-10-18 Data export (CSV)\n"
    "event_id_cnty,event_date,sub_event_type,actor1,admin1,admin2,location,notes,fatalities\n"
    "UKR1,12 October 2022,Shelling/artillery/missile attack,Military Forces of Ukraine (2019-),"
    'Kherson,Beryslavskyi,Beryslav,"On 12 October 2022, Military Forces of Ukraine struck '
    'Russian positions near Beryslav with artillery, claiming 5 armoured vehicles.",0\n'
    "UKR2,14 October 2022,Looting/property destruction,Military Forces of Russia (2000-),"
    'Zaporizhzhia,Vasylivskyi,Vasylivka,"On 14 October 2022, Russian forces looted grain from '
    'a farm in Vasylivka, hitting nobody.",0\n'
)


def test_a_csv_export_is_read_row_by_row_by_its_header() -> None:
    found = incidents(CSV_EXPORT)
    assert [(i.place.name, i.date.start) for i in found] == [("Beryslav", date(2022, 10, 12))]


def test_a_header_written_as_prose_names_the_columns() -> None:
    from geo.tablerows import figure_columns

    line = "Paste format (semicolon-separated): event_date;location;admin1;admin2;notes;fatalities"
    assert figure_columns(line) == {"when": 0, "place": 1, "region": 2, "district": 3, "killed": 5}
    listed = "# Export. Columns: event_date, event_type, admin1, location, notes, fatalities"
    assert figure_columns(listed) == {"when": 0, "region": 2, "place": 3, "killed": 5}


def test_prose_with_commas_is_no_csv_row() -> None:
    from geo.tablerows import cells_of

    assert (
        cells_of("Kyiv, Lviv, Dnipro, Odesa and Kharkiv were hit by 1,200 drones, 3,400 shells.")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # a clause opens before the part: its own verb follows the place
        ("Ten were wounded when the center of Belgorod came under fire on Saturday.", "subject"),
        ("Three drones were shot down over the industrial zone of Kirishi.", "target"),
    ],
)
def test_a_part_of_a_town_in_a_clause_of_its_own(sentence: str, role: str) -> None:
    [found] = find_places(sentence, default_resolver())
    assert found.role == role


def test_remembered_dates_come_back_as_a_fresh_list() -> None:
    from geo.dates import find_dates

    first = find_dates("Drones hit Kyiv on Monday.", date(2024, 7, 10))
    first.clear()
    assert [d.text for d in find_dates("Drones hit Kyiv on Monday.", date(2024, 7, 10))] == [
        "on Monday"
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "The most seriously injured will be flown by aircraft to federal clinics in Moscow.",
            "context",
        ),
        ("The wounded were airlifted to Kyiv.", "context"),
        ("On Friday, a Russian missile hit a medical clinic in Dnipro.", "target"),
        (
            "Two helicopters had flown in at low altitude and fired on a fuel depot in Belgorod.",
            "target",
        ),
    ],
)
def test_where_the_wounded_are_flown_is_no_place_struck(sentence: str, role: str) -> None:
    [found] = find_places(sentence, default_resolver())
    assert found.role == role


def test_a_region_under_frequent_attack_is_a_habit_not_an_event() -> None:
    text = (
        " date 2024-05-13 Block collapses\n"
        "The Belgorod region has come under frequent attack this year. In March, the authorities "
        "evacuated 9,000 children from the city of Belgorod after repeated shelling."
    )
    assert incidents(text) == []


def test_a_lands_adjective_before_the_city_of_is_no_verb() -> None:
    found = find_places(
        "Russia summoned the ambassador over a missile attack on the Crimean city of Sevastopol.",
        default_resolver(),
    )
    assert [(p.text, p.role) for p in found][-1] == ("Sevastopol", "target")


def test_a_city_ready_to_receive_the_injured_is_no_place_struck() -> None:
    text = (
        " date 2023-12-30 Belgorod shelled\n"
        "Shelling of the centre of Belgorod killed 14 people on Saturday, the governor said. "
        "Moscow Mayor Sergei Sobyanin said the city was ready to receive the most seriously "
        "injured for treatment at the capital's hospitals."
    )
    assert [i.place.name for i in incidents(text)] == ["Belgorod"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        (
            "On Thursday, Russia's Defence Ministry said its forces had struck a military train at "
            "the Chaplyne station, killing reservists of the Ukrainian armed forces.",
            "Russia",
        ),
        (
            "Russia's Defence Ministry claimed that it had hit a gathering of the command of "
            "Ukraine's military intelligence in Odesa.",
            "Russia",
        ),
        # the ministry's own defence is no strike of its own
        (
            "Russia's Defence Ministry said it had destroyed 20 Ukrainian drones over Kursk.",
            "Ukraine",
        ),
    ],
)
def test_the_other_side_named_in_a_ministrys_claim_was_struck(sentence: str, actor: str) -> None:
    [one] = incidents(f" date 2022-08-26 Claims\n{sentence}\n")
    assert one.actor == actor


def test_an_occupations_killings_and_a_comparison_name_no_strike() -> None:
    text = (
        " date 2022-04-09 Station struck\n"
        "A missile struck the railway station in Kramatorsk on Friday, killing 50 people.\n\n"
        "Russian troops withdrew from the areas around Kyiv last week, and images of civilians "
        "killed in Bucha have prompted new sanctions.\n\n"
        '"Like the massacres in Bucha, the missile strike on Kramatorsk must be one of the '
        'charges at the tribunal," he said.'
    )
    assert [i.place.name for i in incidents(text)] == ["Kramatorsk"]
