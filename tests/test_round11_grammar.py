"""Rules of language and geography from the eleventh round (issue 12, session 15).

Each test is our own sentence of a kind the round's blind sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import incidents

from geo import lexicon as lx
from geo.attribution import find_actor, find_figure
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.places import default_resolver


def roles(sentence: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(sentence, default_resolver())}


def km(incident, lat: float, lon: float) -> float:
    return haversine_km((incident.place.lat, incident.place.lon), (lat, lon))


# --- dataset notes ------------------------------------------------------------------------

NOTE = """ date 2023-08-15 ACLED | Explosions/Remote violence: Shelling/artillery/missile attack | {town}
Source: {source}

On 14 August 2023, Russian forces shelled {town} ({raion} raion, {oblast}) with artillery, damaging
3 private houses. 1 civilian was injured.
"""


@pytest.mark.parametrize(
    ("town", "raion", "oblast", "lat", "lon"),
    [
        ("Kamianske", "Vasylivka", "Zaporizhzhia", 47.539, 35.374),
        ("Zolochiv", "Bohodukhiv", "Kharkiv", 50.280, 35.982),
        ("Pokrovske", "Synelnykove", "Dnipropetrovsk", 47.981, 36.234),
    ],
)
def test_a_notes_bare_headline_name_is_the_place_its_body_qualifies(
    town: str, raion: str, oblast: str, lat: float, lon: float
) -> None:
    text = NOTE.format(town=town, raion=raion, oblast=oblast, source="Regional police")
    [one] = incidents(text)
    assert km(one, lat, lon) < 10


def test_a_source_line_cites_and_leaves_the_notes_own_voice() -> None:
    text = NOTE.format(
        town="Kamianske", raion="Vasylivka", oblast="Zaporizhzhia",
        source="Zaporizhzhia Regional Military Administration",
    )  # fmt: skip
    [one] = incidents(text)
    assert (one.actor, one.attribution) == ("Russia", "stated")


def test_a_headline_is_the_event_its_story_dates_not_the_rescues_day() -> None:
    text = (
        " date 2023-01-18 ACLED | Explosions/Remote violence: Shelling/artillery/missile attack"
        " | Dnipro\n\nOn 14 January 2023, Russian forces struck a residential building in Dnipro"
        " (Dnipro raion, Dnipropetrovsk) with a Kh-22 missile. 46 fatalities and 80 injured; the"
        " search and rescue operation ended on 17 January.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 1, 14)


# --- places -------------------------------------------------------------------------------


def test_a_road_named_after_a_town_is_not_the_town() -> None:
    assert roles("Videos filmed on the Simferopol highway show smoke over the depot.") == {
        "Simferopol": "context"
    }
    assert roles("A missile hit the Chonhar road bridge on Thursday.")["Chonhar"] == "target"


def test_a_village_in_the_one_region_named_is_that_regions_namesake() -> None:
    [one] = incidents(
        " date 2024-06-19 Depot hit\n\nThe Tambov region governor said drones struck an oil"
        " depot in Kotovsk overnight.\n"
    )
    assert one.place.precision == "town" and km(one, 52.590, 41.503) < 10


def test_a_part_of_a_city_the_index_lacks_is_placed_at_the_city() -> None:
    [one] = incidents(
        " date 2024-06-24 Beach\n\nOn 23 June 2024, submunitions exploded over a beach near"
        " Liubymivka in the Nakhimovskyi district of Sevastopol, killing 4 people.\n"
    )
    assert km(one, 44.666, 33.549) < 10  # not a Liubymivka 500 km away


def test_a_site_named_after_a_village_is_struck_in_the_town_it_is_in() -> None:
    [one] = incidents(
        " date 2023-08-31 Airfield\n\nOn the night of 29 to 30 August 2023, drones attacked the"
        " Kresty military airfield in Pskov, damaging four transport aircraft.\n"
    )
    assert km(one, 57.819, 28.332) < 10


@pytest.mark.parametrize("owner", ["Zelenskiy's hometown of", "the birthplace of", "the native"])
def test_a_hometown_is_a_descriptor_of_the_town_struck(owner: str) -> None:
    assert roles(f"A missile strike on {owner} Kryvyi Rih killed 19.")["Kryvyi Rih"] == "target"


def test_an_earlier_strike_with_its_day_after_since_is_an_incident() -> None:
    sentence = "It was the deadliest attack since a Russian airstrike on March 16 destroyed a theater in Mariupol."
    assert roles(sentence)["Mariupol"] == "target"
    assert roles(sentence.replace(" on March 16", ""))["Mariupol"] == "context"


# --- sides and figures ----------------------------------------------------------------------


def test_who_intercepted_is_not_who_struck() -> None:
    side, _ = find_actor(
        "Fragments fell on a beach after the missile was intercepted by Russian air defence."
    )
    assert side != "Russia"
    assert find_actor("The bridge was destroyed by Ukrainian forces.")[0] == "Ukraine"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("an attack on an apartment building in February 2023 killed three.", 3),
        ("A strike on April 8, 2022, killed 61 people, and an attack in 2023 killed three.", 61),
    ],
)
def test_a_year_is_never_a_toll(text: str, killed: int) -> None:
    assert find_figure(text, lx.KILLED) == killed


def test_a_man_born_in_a_year_is_still_one_person_hurt() -> None:
    assert find_figure("A man born in 1965 was injured.", lx.INJURED) == 1


# --- days of words ------------------------------------------------------------------------


def test_a_strike_told_the_next_day_is_the_strike_told_before() -> None:
    text = (
        " date 2023-06-28 Kramatorsk\n\nA Russian missile strike on a restaurant in Kramatorsk on"
        " the evening of June 27 killed 10 people.\n\nRussia's Defense Ministry claimed on June 28"
        " that it had struck a command post in Kramatorsk.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 6, 27)
    assert one.attribution == "claimed"


def test_words_about_a_strike_in_the_city_on_another_day_are_no_new_strike() -> None:
    text = (
        " date 2022-07-15 Vinnytsia\n\nA Russian missile strike on the city of Vinnytsia killed 23"
        " people on Thursday.\n\nRussia's defence ministry said on Friday that the strike had"
        " targeted a meeting at the city's House of Officers.\n"
    )
    assert len(incidents(text)) == 1


def test_an_attack_named_as_what_words_are_about_is_the_one_told() -> None:
    text = (
        " date 2024-01-01 Toll\n\nA Russian strike hit Kharkiv on Saturday evening, injuring 28"
        " people.\n\nSpeaking in a hospital on Monday, Putin called the Belgorod attack terror. He"
        " did not mention the attack on Kharkiv.\n"
    )
    [one] = incidents(text)
    assert one.date.start == date(2023, 12, 30)


# --- the story's day ------------------------------------------------------------------------


def test_a_paragraph_opened_by_its_day_alone_is_that_days() -> None:
    text = (
        " date 2024-04-15 Energy under fire\nFortnightly brief | 15 April 2024\n\nSummary\n\n"
        "Between 22 March and 11 April, Russia attacked the energy system four times.\n\n"
        "22 March. The first attack of the series hit the DniproHES dam in Zaporizhzhia.\n\n"
        "11 April. Missiles destroyed the Trypilska TPP near Ukrainka.\n"
    )
    days = sorted((i.date.start, i.date.end) for i in incidents(text))
    assert days == [(date(2024, 3, 22), date(2024, 3, 22)), (date(2024, 4, 11), date(2024, 4, 11))]


def test_the_attack_told_carries_its_day_through_its_paragraph() -> None:
    text = (
        " date 2023-12-31 Strikes\n\nThe strikes came a day after Russia launched its largest"
        " aerial attack of the war on Friday.\n\nThat barrage killed at least 39 people. Sixteen"
        " of them died in Kyiv. In the central city of Dnipro, five people were killed when"
        " missiles hit a maternity hospital. Four people died in the port of Odesa, where a drone"
        " hit a block, and one person was killed in the western city of Lviv, officials said.\n"
    )
    found = {i.place.name: (i.date.start, i.killed) for i in incidents(text)}
    friday = date(2023, 12, 29)
    assert found == {"Kyiv": (friday, 16), "Dnipro": (friday, 5), "Odesa": (friday, 4),
                     "Lviv": (friday, 1)}  # fmt: skip


def test_a_strike_retold_with_its_day_says_which_of_the_news_two_days() -> None:
    text = (
        " date 2023-12-31 Belgorod\n\nKyiv (AFP) - Moscow vowed to punish Kyiv for an attack on"
        " the Russian city of Belgorod that killed 24 people, officials said Sunday.\n\nThe strike"
        " on Belgorod on Saturday afternoon was one of the deadliest on Russian soil.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 12, 30)


def test_a_day_of_mourning_is_not_the_day_of_the_strike() -> None:
    text = (
        " date 2023-10-06 Mourning\n\nUkraine on October 6 held a day of mourning for the"
        " victims of a Russian missile strike on a cafe in the village of Hroza.\n\nThe missile"
        " hit the cafe at 1:15 p.m. local time on October 5. Six people were wounded.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2023, 10, 5)


def test_the_early_hours_of_a_story_of_today_are_todays() -> None:
    text = (
        " date 2022-10-10 Barrage\n\nKYIV, Oct 10 (Reuters) - Russian missiles slammed into Kyiv"
        " during the Monday morning rush hour.\n\nMissiles also hit the southern city of"
        " Zaporizhzhia, where one person was killed when a block was struck in the early hours.\n"
    )
    days = {i.place.name: (i.date.start, i.date.end) for i in incidents(text)}
    assert days["Zaporizhzhya"] == (date(2022, 10, 10), date(2022, 10, 10))


def test_a_toll_told_the_next_day_is_of_the_day_the_story_tells() -> None:
    text = (
        " date 2024-07-09 Mourning\n\nA wave of Russian missile strikes on Monday killed at least"
        " 41 people across the country.\n\nIn total, 33 people were killed and 121 injured in"
        " Kyiv, city officials said on Tuesday.\n"
    )
    [one] = incidents(text)
    assert (one.date.start, one.killed) == (date(2024, 7, 8), 33)


def test_a_range_may_name_its_month_twice() -> None:
    text = (
        " date 2023-08-02 Ports\n\nRussia pounded the Black Sea ports of Odesa and Chornomorsk"
        " on three consecutive nights from July 18 to July 20.\n"
    )
    days = {(i.date.start, i.date.end) for i in incidents(text)}
    assert days == {(date(2023, 7, 18), date(2023, 7, 20))} and len(incidents(text)) == 2


def test_what_followed_the_attack_on_a_town_is_no_new_attack() -> None:
    text = (
        " date 2023-08-02 Izmail\n\nRussian drones struck the port of Izmail overnight.\n\n"
        "Russia first struck the port of Reni on July 24.\n\nWheat futures rose more than 1% after"
        " the attack on Izmail.\n"
    )
    assert sorted(i.place.name for i in incidents(text)) == ["Izmayil", "Reni"]


def test_a_list_goes_on_after_a_semicolon_and_its_locator_places_each_name() -> None:
    sentence = (
        "Air strikes hit the areas of Synkivka of Kharkiv oblast; Makiivka and Bilohorivka of"
        " Luhansk oblast; Klishchiivka, Andriivka and Kurdiumivka of Donetsk oblast."
    )
    places = {p.text.split(" of ")[0]: p for p in find_places(sentence, default_resolver())}
    assert {p.role for p in places.values()} == {"target"}
    assert places["Makiivka"].place.admin1 == "Luhansk Oblast"
    andriivka = places["Andriivka"].place
    assert haversine_km((andriivka.lat, andriivka.lon), (48.502, 37.967)) < 10  # by Klishchiivka


def test_a_place_of_the_village_is_the_village_told_of() -> None:
    text = (
        " date 2023-11-02 Hroza\n\nThe village of Hroza, in the Kupiansk district, had 330"
        " inhabitants.\n\nAlmost every family lost someone on 5 October, when a Russian missile"
        " struck the village café during a memorial meal.\n"
    )
    [one] = incidents(text)
    assert one.place.name == "Hroza" and one.date.start == date(2023, 10, 5)


def test_a_day_written_beats_hours_counted_from_the_story() -> None:
    text = (
        " date 2023-11-02 Hroza\n\nOn 5 October a missile struck a cafe in Hroza.\n\nHours later,"
        " at about 1:30 a.m. on 6 October, two Russian missiles struck Kharkiv.\n"
    )
    days = {i.place.name: i.date.start for i in incidents(text)}
    assert days["Kharkiv"] == date(2023, 10, 6)


def test_a_day_inside_the_words_reported_is_the_events() -> None:
    text = (
        " date 2024-04-09 Donetsk\n\nThe day before, on April 8, Russian forces shelled"
        " Sloviansk.\n\nThe governor also reported that over the past day the Russians struck"
        " Kurakhove, where a man was killed.\n"
    )
    days = {i.place.name: (i.date.start, i.date.end) for i in incidents(text)}
    assert days["Kurakhove"] == (date(2024, 4, 8), date(2024, 4, 9))


def test_a_citys_own_district_after_a_comma_is_the_city() -> None:
    [one] = [
        p
        for p in find_places(
            "In Odesa, in the Prymorskyi district, a missile hit a building.", default_resolver()
        )
    ]
    assert one.place.name == "Odesa"


def test_a_part_of_a_town_in_the_area_of_a_name_is_the_town() -> None:
    text = (
        " date 2024-02-14 Drones repelled near Lyubimovka\n\nLast night air defence repelled a"
        " drone attack on Sevastopol in the area of Lyubimovka. Two UAVs were shot down.\n"
    )
    [one] = incidents(text)  # the headline's bare name too: not a Lyubimovka 100 km off
    assert one.place.name == "Sevastopol"


def test_where_a_lists_drones_were_launched_from_is_not_struck() -> None:
    text = (
        " date 2023-12-29 Air Force\n\nOn 29 December the enemy struck Ukraine with 158 means of"
        " air attack:\n- 36 Shaheds launched from the Kursk region and from Cape Chauda;\n- 90"
        " cruise missiles launched by Tu-95MS bombers from the area of Engels.\n\nMissiles and"
        " drones were shot down over Kyiv and Lviv oblasts.\n"
    )
    names = {i.place.name for i in incidents(text)}
    assert names == {"Kyiv Oblast", "Lviv Oblast"}


def test_the_republic_of_crimea_is_crimea() -> None:
    sentence = "Air defence destroyed 9 UAVs over the territory of the Republic of Crimea."
    assert roles(sentence) == {"Crimea": "target"}


def test_a_chats_lowercase_line_is_body_not_a_heading() -> None:
    text = (
        " date 2023-06-28 recap (chat paste)\n\nsources will follow\n\nalso russians shelled"
        " kostiantynivka this morning ~07:00 per the city mil admin, 1 injured\n"
    )
    [one] = incidents(text)
    assert one.place.name == "Kostyantynivka" and one.injured == 1


def test_a_span_of_months_is_a_period_not_an_event() -> None:
    text = (
        " date 2025-04-01 Report\n\nOn March 2, 2025, a drone struck an aid point in Bilozerka,"
        " killing one woman.\n\nRegional authorities said that between July 2024 and March 2025,"
        " drone attacks killed at least 95 civilians in the Kherson region.\n"
    )
    [one] = incidents(text)
    assert (one.place.name, one.killed) == ("Bilozerka", 1)


def test_the_day_in_a_clause_about_the_attack_is_the_attacks_not_the_words() -> None:
    text = (
        " date 2023-07-07 Lviv toll rises\n\nLVIV -- The death toll from a Russian missile strike"
        " on an apartment building in the city of Lviv has risen to 10, the governor said on July"
        " 7.\n\nLviv Governor Maksym Kozytskyy said 37 people were wounded in the attack, which hit"
        " a residential block shortly before 3 a.m. on July 6.\n"
    )
    [one] = incidents(text)
    assert (one.date.start, one.date.end, one.killed, one.injured) == (
        date(2023, 7, 6), date(2023, 7, 6), 10, 37,
    )  # fmt: skip


def test_a_regional_administration_names_its_region_for_namesakes() -> None:
    text = (
        " date 2024-08-15 Interview\n\nOleksandr Prokudin has headed the Kherson regional"
        " military administration since June 2023.\n\nOn Sunday evening artillery hit a street"
        " in Stanislav, and a woman of 70 was wounded.\n"
    )
    [one] = incidents(text)
    assert (one.place.name, one.place.admin1) == ("Stanislav", "Kherson Oblast")


def test_a_weekday_inside_this_week_is_the_day() -> None:
    text = (
        " date 2024-06-23 Police update\n\nThis is the second strike on Kharkiv this week: on"
        " Wednesday a bomb hit a warehouse in the Industrialnyi district of Kharkiv.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2024, 6, 19)


def test_a_governors_closing_toll_is_the_days_sum_not_the_last_villages() -> None:
    text = (
        " date 2023-11-20 Governor\n\nIn Bilozerka, a Russian drone attacked a car; two people"
        " were injured.\n\nIn Tiahynka, Russian aircraft dropped two guided bombs.\n\nAs a result"
        " of Russian aggression, 1 person was killed and 6 people were injured over the past"
        " day.\n"
    )
    figures = {i.place.name: (i.killed, i.injured) for i in incidents(text)}
    assert figures == {"Bilozerka": (None, 2), "Tiahynka": (None, None)}


def test_an_aside_in_brackets_makes_no_habit_of_the_event() -> None:
    text = (
        " date 2024-10-02 Hromada\n\nToday drones dropped explosives near the school building in"
        " Bratenytsia (the school has not been working since 2022).\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Bratenytsia"]


def test_places_after_in_particular_are_struck_only_after_a_strike() -> None:
    struck = (
        "Settlements came under Russian shelling, in particular Antonivka, Bilozerka and Stanislav."
    )
    assert set(roles(struck).values()) == {"target"}
    aim = "The aim was to stop air attacks on cities, in particular the Kherson region and Odesa."
    assert set(roles(aim).values()) == {"context"}


def test_a_time_of_day_after_the_day_named_is_of_that_day() -> None:
    text = (
        " date 2024-04-02 The border in March\n\nThe worst day was Saturday, 16 March. According"
        " to the governor, rockets fired from Ukraine hit Belgorod in the afternoon, killing two.\n"
    )
    [one] = incidents(text)
    assert one.date.start == one.date.end == date(2024, 3, 16)


def test_a_year_in_an_asides_background_is_not_carried_on() -> None:
    text = (
        " date 2024-04-02 The border in March\n\nThe Shebekino district, which had been emptied"
        " of its residents in the summer of 2023, is nearly deserted. On 20 March, shelling of"
        " Shebekino killed one man.\n"
    )
    [one] = incidents(text)
    assert one.date.start == date(2024, 3, 20)
