"""Rules of the fifty-fourth round (issue 12, session 58): a region's toll shared out by place
("one each in …", "two of them in …"), villages listed together lie together, a namesake set
aside beside its neighbour, the gazetteer's noise (a city "also called" a hundred villages'
name, a raion seat's stray alias), raions named by their pre-2020 seats, a translator's gloss
inside a locator, victims named by their killing, people counted by their ages or their origin,
sites listed bare after their noun, a claim by "its operation", old ordnance found or met.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents, sides

from geo.merge import _site_of_town
from geo.model import Place
from geo.places import default_resolver

# --- a region's toll, shared out by place --------------------------------------------------------


def test_one_each_in_a_list_gives_each_place_one() -> None:
    found = incidents(
        " date 2022-10-05 Evening summary\n\nThe governor said Russian shelling killed three "
        "civilians in the region on Tuesday, one each in Kurakhove, Hirnyk and Ukrainsk."
    )
    assert {i.place.name: i.killed for i in found} == {"Kurakhove": 1, "Hirnyk": 1, "Ukrayinsk": 1}


def test_some_of_them_in_a_place_is_that_places_toll() -> None:
    found = incidents(
        " date 2022-10-05 Evening summary\n\nRussian shelling killed eight civilians in the "
        "region on Tuesday, two of them in Vuhledar, the governor said."
    )
    assert [i.killed for i in at(found, "Vuhledar")] == [2]


# --- namesakes -----------------------------------------------------------------------------------


def test_villages_listed_together_lie_together() -> None:
    # Heorhiivka alone is the Luhansk town of 6,000; beside Marinka's villages, it is theirs
    found = incidents(
        " date 2022-10-05 Evening summary\n\nRussian artillery shelled Pobieda, Heorhiivka and "
        "Paraskoviivka on Tuesday, the governor said."
    )
    (heorhiivka,) = at(found, "Heorhiivka")
    assert heorhiivka.place.admin1 == "Donetsk Oblast" and heorhiivka.place.lat < 48.1


def test_the_other_namesake_set_aside_with_its_district_leaves_the_one_by_the_neighbour() -> None:
    found = incidents(
        " date 2022-10-05 Work log\n\nMon 03.10 Russian shelling hit Heorhiivka, the guard "
        "said. Heorhiivka is the one by Marinka, NOT the other Heorhiivka, the one down in the "
        "Volnovakha district.\nTue 04.10 Quiet."
    )
    (heorhiivka,) = at(found, "Heorhiivka")
    assert abs(heorhiivka.place.lon - 37.44) < 0.1  # (by Marinka, not at 36.9 nor in Luhansk)


@pytest.mark.parametrize("alias", ["Aleksandrovka", "Oleksandrivka", "Novooleksandrivka"])
def test_a_citys_alias_that_many_villages_bear_is_a_villages_name(alias: str) -> None:
    place = default_resolver().resolve(alias, (), "any")
    assert place is not None and place.population < 100_000  # (not Donetsk, not Melitopol)


def test_a_raion_seats_stray_alias_names_no_raion() -> None:
    # GeoNames "also calls" Nikopol Sloviansk: the Sloviansk district is not the Nikopol raion
    place = default_resolver().resolve("Sloviansk district", (), "region")
    assert place is None or "Nikopol" not in place.name


@pytest.mark.parametrize(
    ("district", "raion"), [("Snihurivka district", "Bashtanka"), ("Tokmak raion", "Polohy")]
)
def test_a_raion_before_2020_is_named_by_its_seat(district: str, raion: str) -> None:
    place = default_resolver().resolve(district, (), "region")
    assert place is not None and place.name.startswith(raion)


@pytest.mark.parametrize("adjective", ["Petrovsky district", "Sovetsky district"])
def test_a_former_raions_adjective_is_left_to_the_citys_districts(adjective: str) -> None:
    place = default_resolver().resolve(adjective, (), "region")
    assert place is None or place.admin1 not in ("Kirovohrad Oblast", "Crimea")


def test_a_translators_gloss_does_not_break_a_locator() -> None:
    found = incidents(
        " date 2023-02-26 Job book [translated from Russian]\n\nWed 22.02 The JCCC office: "
        "shelling from the side of the AFU, a woman was wounded in Aleksandrovka "
        "[TN: Oleksandrivka] on the western outskirts of Donetsk.\nThu 23.02 Quiet."
    )
    assert [round(i.place.lon, 1) for i in found] == [
        37.6
    ]  # (the village; Donetsk only says where)


# --- victims, counted --------------------------------------------------------------------------


def test_the_victim_named_by_the_killing_is_the_killing_told() -> None:
    found = incidents(
        " date 2022-09-25 Route sheets\n\nTue 20.09 The governor: the russians killed a man in "
        "Siversk today.\nThu 22.09 A passenger says the man killed in Siversk was the "
        "school caretaker, 63.\nSat 24.09 Quiet."
    )
    assert days(at(found, "Siversk")) == [(date(2022, 9, 20), date(2022, 9, 20))]


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A married couple from the Kursk Region were killed in their car.", 2, None),
        ("Russian drones hit Nikopol: men aged 41 and 67 were wounded.", None, 2),
        ("Three women, aged 40, 52 and 77, were injured in Nikopol.", None, 3),
    ],
)
def test_people_counted_by_origin_or_ages(sentence: str, killed: int, injured: int) -> None:
    from geo import lexicon as lx
    from geo.attribution import find_figure

    assert (find_figure(sentence, lx.KILLED), find_figure(sentence, lx.INJURED)) == (
        killed,
        injured,
    )


def test_one_of_the_wounded_dying_is_one_killed() -> None:
    from geo import lexicon as lx
    from geo.attribution import find_figure

    assert find_figure("The governor said that one of them had died in hospital.", lx.KILLED) == 1


# --- sites -----------------------------------------------------------------------------------------


def test_a_site_near_the_writers_town_is_struck() -> None:
    found = incidents(
        " date 2024-05-20 Shop news, Engels\n\nOn Sunday, 19 May, the Engels airfield near our "
        "town was attacked by drones, the governor said."
    )
    assert [i.place.key.startswith("site:") for i in found] == [True]


def test_sites_listed_bare_after_their_noun_are_those_sites() -> None:
    found = incidents(
        " date 2025-06-02 News\n\nOn Sunday, 1 June, drones hit aircraft at three airfields, "
        "including Engels in the Saratov region and Shaykovka in the Kaluga region."
    )
    assert sorted(i.place.key.startswith("site:") for i in found) == [True, True]


def test_a_site_and_the_town_it_is_named_by_are_one_place() -> None:
    site = Place("site:x", "Belaya air base (Sredny)", "RU", 52.915, 103.575, "town")
    town = Place("gn:1", "Sredniy", "RU", 52.888, 103.490, "town")
    assert _site_of_town(site, town)


# --- who struck -----------------------------------------------------------------------------------


def test_a_security_service_telling_of_its_operation_claims_it() -> None:
    found = sides(
        " date 2025-06-02 News\n\nOn Sunday, 1 June, the Security Service of Ukraine said its "
        "operation had hit 12 Russian aircraft at the Engels air base."
    )
    assert found == [("Ukraine", "claimed")]


def test_authorities_installed_by_a_side_are_not_its_strike() -> None:
    found = sides(
        " date 2023-06-02 News\n\nIn May, authorities installed by Moscow in Luhansk said an "
        "explosion in the city, which they blamed on HIMARS rockets, had injured four people."
    )
    assert found == [("Ukraine", "alleged")]


# --- not strikes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Near Balakliia, a farmer found an artillery shell from the Second World War in his field.",
        "On Tuesday a tractor driver was injured near Izium when his plough struck an old "
        "anti-tank mine left in a field.",
    ],
)
def test_ordnance_found_or_met_is_no_strike(sentence: str) -> None:
    assert incidents(f" date 2023-06-02 News\n\n{sentence}") == []


# --- a record's day in an iCalendar export ------------------------------------------------------


def test_an_icalendar_events_start_dates_its_note_not_its_stamp() -> None:
    found = incidents(
        " date 2022-03-21 Calendar export\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:q-0312@desk\n"
        "DTSTAMP:20220320T181500Z\nDTSTART;VALUE=DATE:20220312\nSUMMARY:KEPT Kupiansk\n"
        "DESCRIPTION:Russian shelling hit the bakery in Kupiansk.\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert days(at(found, "Kup")) == [(date(2022, 3, 12), date(2022, 3, 12))]
