"""Rules of language and geography from the sixteenth round (issue 12, session 20).

Each test is our own sentence of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, incidents

from geo import lexicon as lx
from geo.attribution import find_figure
from geo.dates import find_dates
from geo.placephrase import find_places, surnames
from geo.places import default_resolver
from geo.story import entry_name


def test_a_city_in_a_list_of_cities_is_not_qualified_by_the_next_one() -> None:
    # GeoNames has a hamlet called Lviv in Dnipropetrovsk oblast: "Lviv, Dnipro" is a list
    found = find_places("Missiles strike Kyiv, Lviv, Dnipro after the blast", default_resolver())
    [lviv] = [p for p in found if p.text == "Lviv"]
    assert lviv.place is not None and lviv.place.admin1 == "Lviv Oblast"
    # a region's own name after a city still qualifies it (the namesake village there)
    [village] = find_places("Kamianske, Zaporizhzhia", default_resolver())
    assert village.place is not None and village.place.admin1 == "Zaporizhzhia Oblast"


def test_an_event_another_is_measured_from_is_its_own_incident_with_its_own_day() -> None:
    found = incidents(
        " date 2025-04-25 Strikes\n"
        "Russian missiles hit Odesa overnight, killing four people, officials said on Thursday."
        "\n\nThe strike on Odesa came a day after a Russian drone hit a minibus in the town of "
        "Nikopol in the Dnipropetrovsk region on Wednesday morning, killing three people."
    )
    [odesa], [nikopol] = at(found, "Odes"), at(found, "Nikopol")
    assert nikopol.date.start == nikopol.date.end == date(2025, 4, 23)
    assert nikopol.killed == 3 and odesa.killed == 4
    assert odesa.date.end >= date(2025, 4, 24)


def test_a_strike_measured_from_talks_stays_one_incident() -> None:
    found = incidents(
        " date 2022-03-29 Strike\n"
        "A missile hit the regional administration in Mykolaiv on Tuesday, killing 12.\n\n"
        "The strike on Mykolaiv came hours before Russia promised to reduce activity around "
        "Kyiv."
    )
    assert [i.place.name for i in found] == ["Mykolayiv"]


def test_a_community_heading_without_a_colon_heads_its_entry() -> None:
    entry = entry_name("Sumy city community", default_resolver(), ("Sumy",))
    assert entry is not None and entry.place is not None and entry.place.name == "Sumy"
    found = incidents(
        " date 2024-10-21 Sumy region: a day of shelling, community by community\n"
        "Over the past day, Russian forces fired at 20 settlements of the Sumy region.\n\n"
        "Sumy city community\n"
        "Russian artillery hit residential areas in the Zarichnyi district. A man was killed.\n\n"
        "Krasnopillia community\n"
        "A drone dropped an explosive on a shop in Krasnopillia. Two women were wounded."
    )
    [sumy] = at(found, "Sumy")
    assert sumy.place.precision == "town" and sumy.killed == 1


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("- night 30->31: RU arty on the port area", date(2022, 3, 30), date(2022, 3, 31)),
        ("night of 14/15: drones over the city", date(2022, 3, 14), date(2022, 3, 15)),
        ("- 30.03 afternoon: cluster rounds on the private sector", date(2022, 3, 30), None),
        ("27.03: two KABs on the outskirts", date(2022, 3, 27), None),
        (
            "On the night of 18 to 19 July, missiles struck the port",
            date(2021, 7, 18),
            date(2021, 7, 19),
        ),
    ],
)
def test_an_analysts_numeric_days_and_nights(text: str, start: date, end: date | None) -> None:
    [found] = find_dates(text, date(2022, 4, 1))
    assert (found.window.start, found.window.end) == (start, end or start)


@pytest.mark.parametrize("text", ["at 10.15 the mayor said", "a 25.05 km road", "0845 local"])
def test_clock_times_and_decimals_are_no_days(text: str) -> None:
    assert find_dates(text, date(2022, 4, 1)) == []


def test_a_heading_over_bullets_places_them_and_a_placeless_one_ends_it() -> None:
    found = incidents(
        " date 2022-04-01 Working notes\n"
        "SOUTH - working notes\n\n"
        "Ochakiv\n"
        "- night 30->31: RU arty/MLRS on the port area; 1 WIA (woman, 74).\n"
        "Not strikes / context\n"
        "- volunteers delivered water; shelling damage assessed by the council.\n"
    )
    [ochakiv] = at(found, "Ochakiv")
    assert (ochakiv.date.start, ochakiv.date.end) == (date(2022, 3, 30), date(2022, 3, 31))
    assert ochakiv.injured == 1
    assert len(found) == 1


def test_a_surname_cited_as_a_source_is_no_village() -> None:
    # GeoNames has villages called Terekhiv; "Terekhov says" is Kharkiv's mayor
    text = "Kharkiv: two strikes on energy infrastructure, Terekhov says."
    assert "Terekhov" in surnames(text, default_resolver())
    assert "Seltso" not in surnames(
        "Residents of Seltso said they heard blasts.", default_resolver()
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Sun 01JUN, afternoon MSK: drones hit the base", date(2025, 6, 1)),
        ("SITREP 020800JUN25", date(2025, 6, 2)),
        ("12MAR24 strike on the refinery", date(2024, 3, 12)),
    ],
)
def test_military_day_month_groups_are_days(text: str, when: date) -> None:
    [found] = find_dates(text, date(2025, 6, 2))
    assert found.window.start == found.window.end == when


def test_a_sitreps_numbered_item_in_capitals_places_its_sentences_and_indented_lines() -> None:
    found = incidents(
        " date 2023-01-03 SITREP 03 JAN 23\n"
        "SITREP 031200JAN23\n\n"
        "1. HORLIVKA (Gorlovka), Donetsk obl. - occupied. On 01JAN, rockets hit a school used "
        "as a barracks.\n"
        "   Secondary explosions on video; RU side: 12 KIA.\n\n"
        "2. VUHLEDAR (Ugledar in RU copy): heavy fighting continues. Ground only, no strike "
        "entries.\n"
    )
    [horlivka] = at(found, "Horlivka")
    assert horlivka.date.start == date(2023, 1, 1)
    assert not at(found, "Vuhledar")


def test_a_surname_before_a_lower_case_institution_is_no_village() -> None:
    found = find_places(
        "A missile hit the square by the Shevchenko drama theatre in the centre of our city.",
        default_resolver(),
    )
    assert [p.text for p in found if p.place is not None] == []


def test_the_city_of_a_local_outlet_is_the_one_its_masthead_names() -> None:
    found = incidents(
        " date 2024-05-27 Hypermarket strike: toll rises to 18\n"
        "Vechirnii Kharkiv online\n"
        "Home  City news  Oblast  Opinions\n\n"
        "Hypermarket strike: toll rises to 18\n\n"
        "Russian forces struck a hypermarket on the city's outskirts with two guided bombs on "
        "Saturday, killing 18 people."
    )
    [kharkiv] = at(found, "Kharkiv")
    assert kharkiv.date.start == date(2024, 5, 25) and kharkiv.killed == 18


def test_a_site_placed_by_an_apposition_then_destroyed_is_struck() -> None:
    found = find_places(
        "The coal-fired Trypillia thermal plant, near the town of Ukrainka in the Obukhiv "
        'district, was "completely destroyed", the company said.',
        default_resolver(),
    )
    assert [p.role for p in found if p.text.startswith("Trypillia")] == ["target"]


def test_a_flashback_day_is_not_the_day_the_story_goes_on_with() -> None:
    found = incidents(
        " date 2024-04-11 Strikes on the grid\n"
        "Russia hit energy facilities in an overnight missile barrage, officials said.\n\n"
        "That plant had already been knocked out by Russian missiles on March 22.\n\n"
        "In the city of Sumy, missiles and drones hit critical infrastructure, and a man was "
        "injured."
    )
    [sumy] = at(found, "Sumy")
    assert sumy.date.start >= date(2024, 4, 10)


def test_the_bridge_to_the_russian_mainland_is_the_kerch_bridge() -> None:
    found = find_places(
        "Sea drones struck the bridge linking Crimea to the Russian mainland before dawn.",
        default_resolver(),
    )
    assert [p.place.name for p in found if p.place is not None] == ["Crimean Bridge (Kerch)"]


def test_the_targets_listed_after_the_targets_were_are_struck() -> None:
    found = incidents(
        " date 2025-06-02 Drones hit air bases\n"
        "Ukraine said its drones hit 41 aircraft on Sunday.\n\n"
        "The targets, according to the SBU, were the Olenya base near Olenegorsk; Dyagilevo, on "
        "the edge of the city of Ryazan; and the Engels base, south-east of Moscow."
    )
    names = {i.place.name for i in found if i.place is not None}
    assert {"Olenya air base (Olenegorsk)", "Dyagilevo air base (Ryazan)"} <= names
    assert "Moscow" not in names


def test_each_strike_named_by_its_day_keeps_that_day() -> None:
    found = incidents(
        " date 2025-02-20 Case sent to court\n"
        "Prosecutors say the same regiment carried out two other strikes: the July 1, 2022, "
        "strike on an apartment building in the village of Serhiivka, south of Odesa, which "
        "killed 21 people, and the Jan. 14, 2023, strike on an apartment building in Dnipro."
    )
    [serhiivka], [dnipro] = at(found, "Serhiivka"), at(found, "Dnipro")
    assert serhiivka.date.start == date(2022, 7, 1)
    assert dnipro.date.start == date(2023, 1, 14)


def test_a_strike_named_by_its_year_is_not_the_day_of_the_news() -> None:
    [found] = [
        d
        for d in find_dates("they carried out the 2022 missile strike on a mall", date(2025, 2, 20))
    ]
    assert (found.window.start, found.window.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_words_said_at_the_time_are_of_the_event_told() -> None:
    found = incidents(
        " date 2025-02-20 Case sent to court\n"
        "On the afternoon of June 27, 2022, two missiles struck Kremenchuk, killing 22 people."
        "\n\nRussia's Defense Ministry said at the time that its forces had struck hangars "
        "storing weapons at the Kremenchuk plant."
    )
    assert [(i.date.start, i.date.end) for i in at(found, "Kremenchuk")] == [
        (date(2022, 6, 27), date(2022, 6, 27))
    ]


def test_drones_that_reached_an_arsenal_struck_it_and_its_owner_is_not_the_attacker() -> None:
    found = incidents(
        " date 2024-09-21 Drones and arsenals\n"
        "In the early hours of Wednesday, September 18th, a swarm of drones reached the main "
        "arsenal of Russia's army near Toropets, a small town in the Tver region.\n\n"
        "It was the first time drones had reached Siberia."
    )
    [toropets] = at(found, "Toropets")
    assert toropets.date.start == date(2024, 9, 18) and toropets.actor == "Ukraine"
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("- Fri 4th, ~18:45: strike on a playground", date(2025, 4, 4)),
        ("Sun 6th: 20 KIA", date(2025, 4, 6)),
        ("- 5/IV, morning: drone on a minibus", date(2025, 4, 5)),
        ("on 12.XI the plant was hit", date(2024, 11, 12)),
    ],
)
def test_a_weekday_with_its_day_and_a_roman_month(text: str, when: date) -> None:
    [found] = find_dates(text, date(2025, 4, 7))
    assert found.window.start == found.window.end == when


def test_a_dated_bullet_opened_by_a_place_in_capitals_places_and_dates_its_tolls() -> None:
    found = incidents(
        " date 2025-04-07 Wk 14 notes\n"
        "wk 14 / 2025 - loose notes\n\n"
        "- Fri 4th, ~18:45: DNIPRO. Iskander-M with cluster warhead on a residential area. "
        "Mayor 4 Apr evening: 16 KIA incl. 6 children. Sun 6th: 20 KIA, 61 WIA (RMA).\n"
        "- 5/IV, morning: KHERSON - RU drone dropped a munition on a minibus; 1 KIA, 3 WIA (OVA).\n"
    )
    [dnipro], [kherson] = at(found, "Dnipro"), at(found, "Kherson")
    assert dnipro.date.start == dnipro.date.end == date(2025, 4, 4)
    assert kherson.date.start == date(2025, 4, 5) and (kherson.killed, kherson.injured) == (1, 3)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2. NIKOPOL (Dnipropetrovsk obl.), 29 JUN, morning: RU arty", date(2023, 6, 29)),
        ("- 16.04, Ivanivka (Chernihiv r-n): shelling", date(2023, 4, 16)),
        ("Chaus (OVA), 18.04: 18 KIA, 78 WIA", date(2023, 4, 18)),
        ("Pushilin, 21.01, 11:20: a strike on a market", date(2023, 1, 21)),
        ("1. Khotin (Sumy r-n): 14.02 ~1530, RU FPV drone hit a car", date(2023, 2, 14)),
    ],
)
def test_a_sitreps_capital_months_and_a_bullets_own_day(text: str, when: date) -> None:
    [found] = find_dates(text, date(2023, 6, 30))
    assert found.window.start == found.window.end == when


def test_an_agencys_capital_month_dateline_is_no_event_day() -> None:
    found = incidents(
        " date 2022-07-12 Depot hit\n"
        "(ANSA) - ROME, JUL 12 - Ukraine's armed forces on Tuesday said they had destroyed a "
        "Russian ammunition depot in Nova Kakhovka in a strike on Monday evening."
    )
    [depot] = at(found, "Nova Kakhovka")
    assert depot.date.start == depot.date.end == date(2022, 7, 11)


def test_an_analysts_verdict_takes_the_line_off_the_map() -> None:
    found = incidents(
        " date 2024-04-19 Notes\n"
        "NOT STRIKES\n"
        "- 16.04, Ivanivka (Chernihiv r-n): tractor drove over an AT mine, driver killed. UXO "
        "accident, not a strike.\n"
        "- 18.04, Novhorod-Siverskyi: RU mortar fire on the town outskirts, 2 WIA.\n"
    )
    assert [i.place.name for i in found] == ["Novhorod-Siverskyi"]


def test_a_handovers_sections_date_their_lines_and_a_cross_reference_dates_nothing() -> None:
    found = incidents(
        " date 2024-03-13 Night shift handover\n"
        "HANDOVER 13.03.2024 0800\n\n"
        "CARRY-OVER from day shift 12.03:\n"
        "* Kstovo (Nizhny Novgorod obl.) - refinery: drone hit on a distillation unit, fire.\n"
        "* Belgorod obl.: incursions near the border. Ground fighting. [cf. the 22 May 2023 raid]\n"
        "\n"
        "OVERNIGHT 12/13.03:\n"
        "* 0210 Ryazan - Rosneft refinery: fire at a CDU.\n"
        "* 0340 Kirishi (Leningrad obl.) - KINEF: 3 UAVs downed, one fell on the refinery grounds.\n"
    )
    [kstovo], [ryazan], [kirishi] = at(found, "Kstovo"), at(found, "Ryazan"), at(found, "Kirishi")
    assert kstovo.date.start == kstovo.date.end == date(2024, 3, 12)
    for night in (ryazan, kirishi):
        assert (night.date.start, night.date.end) == (date(2024, 3, 12), date(2024, 3, 13))


def test_our_city_is_the_one_in_a_local_outlets_menu_and_moscows_ministry_speaks() -> None:
    found = incidents(
        " date 2025-04-05 Our city has never known such grief\n"
        "Kryvbas Online\n"
        "News  Kryvyi Rih  Communities  Sport  Announcements\n\n"
        "On Friday evening, a Russian ballistic missile with a cluster warhead exploded above a "
        "residential neighbourhood of our city, killing 18 people.\n\n"
        "In Moscow, the Russian Defence Ministry claimed that it had carried out a strike on a "
        "restaurant in the city."
    )
    [city] = at(found, "Kryvyy Rih")
    assert city.date.start == date(2025, 4, 4) and city.killed == 18
    assert not at(found, "Moscow")


def test_a_town_that_took_most_of_the_blows_was_struck() -> None:
    found = incidents(
        " date 2024-10-14 District under fire\n"
        "Over the past day Russian forces attacked the district more than twenty times.\n\n"
        "Marhanets itself took most of the blows. Two people were wounded."
    )
    [town] = at(found, "Marhanets")
    assert town.injured == 2


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("RU Shahed hit a private house. Woman, 81, killed. OVA 0640.", 1, None),
        ("a 53-year-old man and a woman, 38, injured; building destroyed.", None, 2),
    ],
)
def test_a_notes_person_and_age_line(text: str, killed: int | None, injured: int | None) -> None:
    assert (find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)) == (killed, injured)


def test_a_translated_posts_own_label_inside_its_quote() -> None:
    found = find_places(
        'Kherson OVA, 13:05: "Bilozerka: the occupiers shelled the village centre again."',
        default_resolver(),
    )
    assert [(p.text, p.role) for p in found if p.text == "Bilozerka"] == [("Bilozerka", "target")]


def test_a_sitrep_items_capital_place_is_placed_by_the_regions_its_line_writes() -> None:
    found = incidents(
        " date 2022-07-31 SITREP 31 JUL 22\n"
        "SITREP 311800JUL22\n\n"
        "1. OLENIVKA (RU: Yelenovka), Donetsk obl., Kalmiuskyi r-n. Not the one in Crimea.\n"
        "   Night 28/29 JUL: barracks at the penal colony destroyed by a blast; 53 killed.\n"
    )
    [olenivka] = at(found, "Olenivka")
    assert olenivka.place.admin1 == "Donetsk Oblast"


def test_a_notes_title_abbreviation_does_not_end_the_sentence() -> None:
    found = incidents(
        " date 2024-03-13 Handover\n"
        "OVERNIGHT 12/13.03:\n"
        "* 0340 Kirishi (Leningrad obl.) - KINEF: Gov. Drozdenko: 3 UAVs downed, one fell on the "
        "refinery grounds, fire put out, no casualties.\n"
    )
    [kirishi] = at(found, "Kirishi")
    assert (kirishi.date.start, kirishi.date.end) == (date(2024, 3, 12), date(2024, 3, 13))
