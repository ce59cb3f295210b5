"""Rules of language and geography from the twelfth round (issue 12, session 16).

Each test is our own sentence of a kind the round's blind sets showed; none is a set's text.
"""

from __future__ import annotations

import pytest
from textcases import incidents

from geo.attribution import find_actor
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.places import default_resolver


def roles(sentence: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(sentence, default_resolver())}


def km(incident, lat: float, lon: float) -> float:
    return haversine_km((incident.place.lat, incident.place.lon), (lat, lon))


def test_a_vehicle_struck_leaving_a_town_was_struck_by_that_town() -> None:
    found = roles(
        "A Russian drone hit a minibus evacuating residents from the town of Vovchansk "
        "in the Kharkiv region, killing two."
    )
    assert found == {"Vovchansk in the Kharkiv region": "target"}


def test_where_the_wounded_were_taken_is_no_strike_even_named_after_a_comma() -> None:
    text = (
        " date 2024-05-20 Drone hits minibus near Vovchansk\n"
        "A Russian drone hit a minibus evacuating residents from the town of Vovchansk "
        "in the Kharkiv region on Monday, killing two people. The injured were taken to "
        "hospitals in the regional capital, Kharkiv."
    )
    [one] = incidents(text)
    assert one.place.name == "Vovchansk"


def test_a_crash_whose_cause_is_being_established_is_no_strike() -> None:
    text = (
        " date 2023-05-10 Helicopter crash\n"
        "A military helicopter crashed near Uzyn in the Kyiv region on Wednesday morning. "
        "Two crew members died. Three people on the ground were hurt. The causes of the crash "
        "are being established, the police said."
    )
    assert incidents(text) == []


def test_a_village_qualified_by_its_region_keeps_it_whatever_region_comes_later() -> None:
    text = (
        " date 2023-03-10 Strikes\n"
        "On Thursday a missile hit a house in the village of Novosofiivka in the "
        "Zaporizhzhia region, and strikes on substations left part of the Kharkiv region "
        "without power."
    )
    near = [i for i in incidents(text) if i.place.precision == "town"]
    assert near and km(near[0], 47.904, 35.393) < 10


@pytest.mark.parametrize("verb", ["produced", "manufactured", "designed"])
def test_where_a_weapon_was_made_is_no_strike(verb: str) -> None:
    assert roles(f"The drones were Tu-141s, a Soviet model {verb} in Kharkiv.") == {
        "Kharkiv": "context"
    }


def test_bombers_at_the_base_struck_are_not_the_striker() -> None:
    text = (
        " date 2023-01-06 Explosions at airfield\n"
        "Explosions were reported early on Thursday at the Shaykovka airfield, the home base "
        "of the Tu-22M3 bombers, the Kaluga governor said, blaming Ukrainian drones."
    )
    [one] = incidents(text)
    assert one.actor == "Ukraine"


def test_a_body_named_after_its_town_is_who_speaks() -> None:
    assert roles("A source in the Kursk emergency services told TASS a tank had burned.") == {
        "Kursk": "weak"
    }


def test_sites_listed_after_explosions_were_heard_are_struck() -> None:
    found = roles(
        "On Monday explosions were heard at two airfields: Engels-2 in the Saratov region, "
        "home to strategic bombers, and Dyagilevo near Ryazan."
    )
    assert found.get("Engels-2") == "target" and found.get("Dyagilevo") == "target"


def test_a_site_and_the_town_it_is_named_after_are_one_incident() -> None:
    text = (
        " date 2022-12-27 Drone attack on Engels\n"
        "On Monday a Ukrainian drone was shot down on approach to the Engels-2 air base, "
        "Russia's defence ministry said. Residents of Engels reported an explosion near the "
        "base on Monday."
    )
    assert len(incidents(text)) == 1


def test_a_paragraph_led_by_its_place_goes_on_with_the_day_of_the_paragraph_before() -> None:
    text = (
        " date 2023-02-11 Russia fires missiles across Ukraine\n"
        "The Friday attacks began at dawn, when explosions were heard in Zaporizhzhia. A "
        "missile hit an energy facility there, officials said.\n\n"
        "In the western city of Khmelnytskyi, two missiles struck an industrial site, the "
        "mayor said. In the Ivano-Frankivsk region, a missile hit a power plant."
    )
    days = {
        i.place.name: (i.date.start.isoformat(), i.date.end.isoformat()) for i in incidents(text)
    }
    assert days["Khmelnytskyi"] == ("2023-02-10", "2023-02-10")
    assert days["Ivano-Frankivsk Oblast"] == ("2023-02-10", "2023-02-10")


def test_a_background_day_does_not_reach_the_next_paragraph() -> None:
    text = (
        " date 2024-04-12 Power plants hit\n"
        "Russian missiles destroyed the Trypilska thermal power plant early on Thursday. Its "
        "Zmiiv plant was destroyed by Russian missiles on March 22. The company has now lost "
        "all its generation. Repairs will take years.\n\n"
        "In Kharkiv, Russian drones hit energy facilities, the mayor said."
    )
    kharkiv = next(i for i in incidents(text) if i.place.name == "Kharkiv")
    assert kharkiv.date.end.isoformat() >= "2024-04-11"


def test_an_attempted_strike_names_its_attacker() -> None:
    text = "The ministry said that Ukraine had attempted to strike the airfield with drones."
    assert find_actor(text) == ("Ukraine", "subject")


def test_a_strike_named_as_what_something_answered_keeps_its_side() -> None:
    text = "He called the fire a punishment for the Russian missile strike on Uman."
    assert find_actor(text)[0] == "Russia"


def test_an_institution_named_after_a_city_but_placed_in_another_is_in_that_other() -> None:
    found = roles("Bombs fell on the Kharkiv National University building in Izium on Monday.")
    assert found["Izium"] == "target"
    assert found["Kharkiv National University"] == "context"


def test_the_defenders_of_a_place_are_people_not_a_strike_there() -> None:
    found = roles(
        "A blast destroyed a barracks near Olenivka where prisoners were held, many of them "
        "defenders of the Azovstal plant in Mariupol."
    )
    assert found["Olenivka"] == "target" and found["Azovstal"] == "context"


def test_a_drone_downed_as_it_approached_a_base_was_downed_there() -> None:
    assert roles(
        "Air defence shot down a drone as it approached the Morozovsk airfield overnight."
    ) == {"Morozovsk airfield": "target"}


def test_a_site_written_near_a_town_at_a_lists_head_is_struck() -> None:
    found = roles("The Khalino airfield near Kursk and the Baltimor airfield were also attacked.")
    assert found["Khalino airfield"] == "target"


def test_a_tickers_stamped_bulleted_lines_are_its_body() -> None:
    text = (
        " date 2024-11-07 TV ticker\n"
        "13:02 ▶ POLTAVA: Russian missiles hit an industrial enterprise — 2 killed, 9 injured\n"
        "13:09 ▶ WEATHER: rain in the west by evening\n"
        "14:05 ▶ CHERNIHIV: Russian drone hit a private house — 1 injured\n"
    )
    assert {i.place.name for i in incidents(text)} == {"Poltava", "Chernihiv"}


def test_a_forums_bold_place_heads_its_bullets() -> None:
    text = (
        " date 2023-01-15 Daily summary (Saturday, Jan 14)\n"
        "**Odesa** 🕯️\n"
        "- In the afternoon a Russian missile hit a warehouse near the port.\n"
        "- Toll as of this morning: 3 dead, 11 injured.\n"
    )
    [one] = incidents(text)
    assert one.place.name == "Odesa" and one.killed == 3


def test_a_bulleted_district_line_locates_the_village_named_next() -> None:
    text = (
        " date 2024-05-25 Governor's evening post\n"
        "Other consequences of enemy shelling today:\n\n"
        "🔹 Kupiansk district. In Kivsharivka, enemy artillery damaged a house. A woman, 56, "
        "was injured.\n"
    )
    [one] = incidents(text)
    assert one.place.name == "Kivsharivka" and one.injured == 1


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("As of 16 March 2024, 12:00 (local time)", "2024-03-16"),
        ("Published 5 April 2024. Covering 1 to 31 March 2024.", "2024-04-05"),
        ("Issued in Kyiv and Geneva, 6 February 2024", "2024-02-06"),
    ],
)
def test_a_reports_line_of_publication_is_its_date(line: str, day: str) -> None:
    from geo.articles import page_stamp

    assert str(page_stamp(f"Monthly update\n{line}\n\nText.")) == day


@pytest.mark.parametrize(
    ("name", "district"),
    [("Belgorod district", "Belgorodsky district"), ("Shebekino district", "Shebekinsky district")],
)
def test_a_russian_district_written_by_its_towns_name_is_the_district(
    name: str, district: str
) -> None:
    place = default_resolver().resolve(name, (), "region")
    assert place is not None and place.name == district


def test_a_jet_crash_on_a_training_flight_is_no_strike() -> None:
    text = (
        " date 2022-10-18 Jet crash\n"
        "A Su-34 crashed into an apartment building in the city of Yeysk on Monday shortly "
        "after takeoff, killing 13 people. The ministry said an engine caught fire during a "
        "training flight and the pilots ejected."
    )
    assert incidents(text) == []


def test_where_an_army_tries_to_advance_is_no_strike() -> None:
    found = roles(
        "Artillery has pounded Bakhmut for weeks as Russia tries to advance on Kramatorsk."
    )
    assert found["Kramatorsk"] == "context"


def test_people_killed_where_they_were_standing_were_struck_there() -> None:
    found = roles("Ten people who were queuing for bread in Chernihiv were killed by shelling.")
    assert found["Chernihiv"] == "target"


def test_a_town_just_outside_a_city_is_located_by_it() -> None:
    found = roles("Shells struck a school in Merefa, a town just outside Kharkiv, killing 21.")
    # (the locator is no place of its own: context, or dropped as the town's qualifier)
    assert found["Merefa"] == "target" and found.get("Kharkiv", "context") == "context"


def test_a_feeds_stamped_posts_take_their_own_days_and_tolls() -> None:
    text = (
        " date 2024-04-18 Governor's posts\n"
        "17 April, 09:07\n"
        "SUMY. Russia struck the city centre with missiles. There are casualties.\n\n"
        "17 April, 18:45\n"
        "As of now, 6 people have been killed in Sumy, 20 injured.\n\n"
        "18 April, 08:15\n"
        "A woman rescued from the rubble died overnight. The toll has risen to 7 killed.\n"
    )
    [one] = incidents(text)
    assert one.date.start.isoformat() == one.date.end.isoformat() == "2024-04-17"


def test_a_channels_next_post_opened_by_a_toll_goes_on_with_the_event() -> None:
    text = (
        " date 2024-05-25 Governor's channel\n"
        "16:21\n"
        "POLTAVA. The occupiers struck a shopping centre with a missile. A fire broke out. "
        "Rescuers are working. Stay in shelters!\n\n"
        "17:48\n"
        "Preliminarily, 3 people were killed and 12 injured as a result of the strike.\n"
    )
    [one] = incidents(text)
    assert one.killed == 3 and one.injured == 12


def test_an_as_clause_of_anothers_accusation_keeps_the_first_clauses_actor() -> None:
    text = (
        " date 2023-05-04 Shelling\n"
        "Russian shelling killed 9 people in Kherson on Wednesday, the governor said, as "
        "Moscow accused Kyiv of a drone attack on the Kremlin."
    )
    kherson = next(i for i in incidents(text) if i.place.name == "Kherson")
    assert kherson.actor == "Russia" and kherson.killed == 9


def test_speaking_in_the_regional_capital_is_where_words_were_said() -> None:
    found = roles(
        "Missiles hit a factory in Mukachevo, the governor said, speaking in the regional "
        "capital Uzhhorod."
    )
    assert found["Uzhhorod"] == "context"


def test_a_heading_that_dates_a_section_and_a_topic_heading_that_ends_it() -> None:
    text = (
        " date 2024-04-28 A year after\n"
        "A year after the missile, the town remembers.\n\n"
        "What happened on 28 April 2023\n\n"
        "The attack on Uman came before dawn. One missile hit a block on a quiet street in "
        "Uman, after a long night. Twenty-three people were killed.\n\n"
        "Rebuilding\n\n"
        "The block was rebuilt this year. On the night of 24 to 25 April, a drone was shot "
        "down over Uman; debris damaged a farm.\n"
    )
    days = sorted((i.date.start.isoformat(), i.date.end.isoformat()) for i in incidents(text))
    assert days == [("2023-04-28", "2023-04-28"), ("2024-04-24", "2024-04-25")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday the missiles reached Kyiv, striking the city centre.",
        "An explosion brought down part of the Kerch bridge on Saturday.",
    ],
)
def test_what_weapons_reached_or_brought_down_was_struck(sentence: str) -> None:
    assert "target" in roles(sentence).values()


def test_a_day_of_its_own_in_a_one_town_letter_is_another_strike_there() -> None:
    text = (
        " date 2022-10-14 Letter from Zaporizhzhia\n"
        "On September 30, a missile hit a convoy of cars in Zaporizhzhia, killing 30.\n\n"
        "On October 6, missiles struck apartment buildings in the centre of Zaporizhzhia. "
        "Eleven people were killed. At about 3am on October 9, as I lay awake in a hotel, a "
        "series of explosions shook the windows. Twelve missiles had hit a residential "
        "district.\n"
    )
    days = sorted(i.date.start.isoformat() for i in incidents(text))
    assert days == ["2022-09-30", "2022-10-06", "2022-10-09"]


def test_that_morning_is_the_morning_of_the_day_just_told() -> None:
    text = (
        " date 2022-10-14 Letter\n"
        "The first warning came on September 30. That morning, a Russian missile hit a convoy "
        "of cars on the edge of Zaporizhzhia, killing 30.\n"
    )
    [one] = incidents(text)
    assert one.date.start.isoformat() == "2022-09-30"


def test_a_placeless_were_targeted_sets_the_day_of_the_next_sentence() -> None:
    text = (
        " date 2024-04-05 Monthly review\n"
        "On 13 March, two more refineries were targeted. In Ryazan, drones struck the "
        "refinery and started a fire.\n"
    )
    [one] = incidents(text)
    assert one.date.start.isoformat() == "2024-03-13"


def test_a_tractor_that_ran_over_a_mine_is_no_strike() -> None:
    text = (
        " date 2024-11-07 Ticker\n"
        "A tractor driver was injured after running over a mine in a field in the Balakliia "
        "community on Thursday."
    )
    assert incidents(text) == []


def test_the_village_anaphor_takes_the_namesake_of_the_articles_region() -> None:
    text = (
        " date 2024-05-06 Belgorod region\n"
        "Drones have hit the Belgorod region every day this week.\n\n"
        "Saturday in Bessonovka\n\n"
        "The day our correspondent arrived in Bessonovka, a village of 3,000 people, "
        "residents were clearing glass from the street. On Saturday, a drone hit a private "
        "house in the village, wounding two people.\n"
    )
    [one] = incidents(text)
    assert one.place.admin1 == "Belgorod Oblast"


def test_rockets_and_submunitions_that_fell_on_a_place_struck_it() -> None:
    assert roles(
        "That afternoon, rockets and cluster submunitions fell on the centre of Belgorod."
    ) == {"Belgorod": "target"}


def test_a_long_lead_adverbial_still_leaves_the_subject_town() -> None:
    found = roles("On 31 May and 1 June 2023, Shebekino came under the heaviest fire yet.")
    assert found == {"Shebekino": "subject"}


def test_a_road_named_after_two_towns_is_neither() -> None:
    found = roles("A drone attacked a gas station on the Belgorod–Kharkiv highway.")
    assert found == {"Belgorod": "context", "Kharkiv": "context"}


def test_where_saboteurs_tried_to_cross_the_border_is_no_strike() -> None:
    found = roles(
        "The ministry said it had repelled attempts to cross the border near the village of "
        "Kozinka."
    )
    assert found["Kozinka"] == "context"


def test_a_town_in_the_community_named_after_it_is_that_town() -> None:
    found = {p.text: p.place.name for p in find_places(
        "Nikopol and the town of Pokrov (Pokrovska community) came under fire.", default_resolver()
    ) if p.place}  # fmt: skip
    assert found["Pokrov (Pokrovska community)"] == "Pokrov"


def test_what_the_occupiers_do_from_a_base_is_a_habit_not_a_strike() -> None:
    text = (
        " date 2025-01-08 General Staff\n"
        "Overnight, units of the Defence Forces struck a fuel depot in the Engels district of "
        "the Saratov region. From there, the occupiers launch missile strikes on peaceful "
        "Ukrainian cities, including Kyiv and Lviv."
    )
    assert {i.place.name for i in incidents(text)} == {"Engels"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Accounts mixed the clip with old footage of a 2022 strike on Kharkiv.", "context"),
        ("They shared footage of a 2022 strike on Kharkiv.", "context"),
        ("The ministry released drone footage of an Iskander strike on Myrhorod.", "target"),
    ],
)
def test_old_pictures_of_a_strike_are_no_strike_but_the_news_own_are(
    sentence: str, role: str
) -> None:
    assert list(roles(sentence).values()) == [role]


def test_a_second_town_struck_in_a_where_clause_keeps_its_own_toll() -> None:
    text = (
        " date 2024-07-08 Strikes\n"
        "On Monday, Russian missiles hit a plant in Kryvyi Rih, killing 10 people and injuring "
        "47, and struck Dnipro, where one person was killed and five were injured."
    )
    figures = {i.place.name: (i.killed, i.injured) for i in incidents(text)}
    assert figures["Kryvyy Rih"] == (10, 47) and figures["Dnipro"] == (1, 5)


def test_a_post_of_another_mark_after_a_list_is_no_item_of_it() -> None:
    text = (
        " date 2024-06-13 Ministry of Defence\n"
        "Air defence systems intercepted and destroyed 20 Ukrainian UAVs:\n"
        "— 14 over the territory of the Bryansk region,\n"
        "— 6 over the territory of the Kursk region.\n\n"
        "🔹 In addition, from 07:30 to 08:15 Moscow time, aviation destroyed 5 uncrewed boats "
        "in the Black Sea.\n"
    )
    assert {i.place.name for i in incidents(text)} == {"Bryansk Oblast", "Kursk Oblast"}


def test_a_second_site_the_same_verb_struck_is_struck() -> None:
    found = roles(
        "The drones targeted the Dyagilevo air base near the city of Ryazan, and the Engels "
        "air base in the Saratov region."
    )
    assert found["Engels air base"] == "target"


def test_a_place_the_paragraph_just_dated_keeps_that_day_for_its_toll() -> None:
    text = (
        " date 2022-12-06 Drones hit two air bases\n"
        "RIGA — The ministry said Tuesday that drones attacked two airfields on Monday.\n\n"
        "It said the drones targeted the Dyagilevo air base and the Engels air base. It said "
        "the drones had been shot down. Three servicemen were killed at Dyagilevo when a fuel "
        "truck exploded.\n"
    )
    dyagilevo = [i for i in incidents(text) if i.place.name.startswith("Dyagilevo")]
    assert len(dyagilevo) == 1 and dyagilevo[0].killed == 3


def test_the_one_town_rule_leaves_another_place_and_the_strike_told() -> None:
    text = (
        " date 2023-08-16 Drones hit Izmail\n"
        "Russian drones struck the port of Izmail overnight, the governor said. Drones also hit "
        "Izmail on Aug. 2.\n\n"
        "The smaller port of Reni, upstream on the Danube, was hit by drones on July 24, in the "
        "first attack on the river ports.\n\n"
        "On 7 August, missiles struck the centre of Izmail. The ministry claimed the strike hit "
        "a command post.\n"
    )
    places = sorted((i.place.name, i.date.start.isoformat()) for i in incidents(text))
    assert ("Izmayil", "2023-07-24") not in places
    assert [p for p in places if p[0] == "Izmayil" and p[1] == "2023-08-07"] == [
        ("Izmayil", "2023-08-07")
    ]
