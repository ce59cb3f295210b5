"""Rules of the thirty-fourth round (issue 12, session 38): working notes of new kinds (a fleet's
incident sheet, a brewery's batch log, an exam board's minutes, a conductor's trip report, a
club's translated minutes) and pages that date or place a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.articles import make_article
from geo.dates import find_dates
from geo.pipeline import with_reference_dates
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


def test_a_district_of_the_notes_city_is_that_citys_not_a_far_village() -> None:
    text = (
        " date 2022-04-02 Courier hub, Kyiv: damaged parcels\n"
        "Courier hub | city: Kyiv | lost parcels, March\n"
        "\n"
        "P-301 | Wed 16.03 | Obolon, by the embankment | a russian shell hit the block "
        "before dawn, our van burned. Two people killed. | write-off\n"
        "P-302 | 18.03 | Bucha road | van could not pass, returned | -\n"
    )
    found = incidents(text)
    assert [round(i.place.lat, 1) for i in found] == [50.5]  # Kyiv's Obolon, not Poltava's
    assert days(found) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_a_rows_strike_cell_dates_the_strike_not_the_rows_other_day() -> None:
    text = (
        " date 2023-05-02 Bakery No. 3, Uman: oven log\n"
        "Bakery No. 3, Uman - OVEN LOG\n"
        "columns: batch | bread | bake day | remarks\n"
        "\n"
        "K-41 | rye | Thu 27.04.2023 | oven 2 ok. Night 27->28.04 the russian missile hit a "
        "nine-storey block in the town, 23 dead. Bakers safe.\n"
        "K-42 | wheat | 29.04.2023 | normal.\n"
    )
    found = at(incidents(text), "Uman")
    assert days(found) == [(date(2023, 4, 27), date(2023, 4, 28))]


def test_a_short_name_in_capitals_is_no_village_abroad() -> None:
    assert "APA" not in _roles("B-7 | APA 'Zoloto' | brewed Tuesday, shells fell on the town")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2024-02-06/07 | the drones hit the depot", (date(2024, 2, 6), date(2024, 2, 7))),
        ("2024-02-29/03-01 | the drones hit the depot", (date(2024, 2, 29), date(2024, 3, 1))),
        ("2024-02-06/09 | four nights of alerts", (date(2024, 2, 6), date(2024, 2, 6))),
    ],
)
def test_a_logs_night_written_as_its_two_days(text: str, want: tuple) -> None:
    got = [(d.window.start, d.window.end) for d in find_dates(text, date(2024, 3, 10))]
    assert got[0] == want


def test_a_text_that_says_when_it_was_written_is_dated_so() -> None:
    text = (
        "Beekeepers' society, Romny - notes for the members [written 14.11.2022]\n"
        "Hives lost: on the night of 7 to 8 March the bombs fell on Sumy, 21 dead.\n"
        "Next season: the first fair from 01.05.2023, if the situation allows.\n"
    )
    (article,) = with_reference_dates([make_article("t.txt", text)])
    assert article.published == date(2022, 11, 14)
    assert days(at(incidents(text), "Sumy")) == [(date(2022, 3, 7), date(2022, 3, 8))]


def test_a_town_said_to_lie_near_another_is_placed_by_it() -> None:
    roles = _roles("- Hlukhiv - the town near Shostka, not the village: on 09.10 shelling hit it")
    assert roles["Hlukhiv"] == "target"
    assert roles.get("Shostka", "context") == "context"  # (a locator is no place of its own)


def test_a_strike_dated_in_a_since_clause_is_told_in_its_own_right() -> None:
    text = "Trains are slow since the russian drones hit the substation at Fastiv on the night to Tue 05.03."
    assert _roles(text)["Fastiv"] == "target"


@pytest.mark.parametrize(
    "text",
    ["alert at 02:10, train held, nothing hit on our section", "sirens all night; nothing was hit"],
)
def test_nothing_hit_denies_the_strike(text: str) -> None:
    assert lx.NOTHING_STRUCK.search(text)


def test_a_reports_numbered_item_places_and_dates_its_lines_and_ends_with_it() -> None:
    text = (
        " date 2025-03-10 Driver's shift report, bus 14\n"
        "1. Mon 03.03. Route as planned, no delays.\n"
        "\n"
        "2. Fri 07.03, Kupiansk bus station, boarding for Kharkiv finished ~09:10.\n"
        "~09:20 a russian drone hit the bus on the next platform.\n"
        "Three passengers were injured.\n"
        "\n"
        "3. Fuel: 40 litres, receipts attached.\n"
        "4. Seats: two torn in the burned bus, act to be signed.\n"
    )
    found = incidents(text)
    assert [i.place.name[:3] for i in found] == ["Kup"]
    assert days(found) == [(date(2025, 3, 7), date(2025, 3, 7))]


def test_subjected_to_shelling_is_struck() -> None:
    text = "On 4 May the Ukrainian forces subjected the city of Shebekino to massive shelling."
    assert _roles(text)["Shebekino"] == "target"


def test_a_route_named_after_its_towns_is_no_town_even_at_a_station() -> None:
    assert lx.ROAD_NAMED.match("–Lviv route at a station in the city")
    text = "the blast damaged a train on the Kyiv–Lviv route at a station in the city"
    assert _roles(text)["Kyiv"] == "context"


def test_the_same_attack_is_on_the_attacks_day() -> None:
    text = (
        " date 2025-07-02 Flash update: strikes on Poltava region\n"
        "Poltava. At about 10:00 on 30 June, Russian missiles hit an industrial site in "
        "Poltava. Three people were killed.\n"
        "Repairs began.\n"
        "Crews cleared the site.\n"
        "\n"
        "Myrhorod. In the same attack, a missile hit a warehouse in Myrhorod. One man was hurt.\n"
    )
    assert days(at(incidents(text), "Myrhorod")) == [(date(2025, 6, 30), date(2025, 6, 30))]


def test_a_strike_years_before_the_invasion_told_after_it_is_history() -> None:
    text = (
        " date 2024-05-02 Depots that burn\n"
        "Ukrainian drones struck an arsenal near Toropets on Wednesday night.\n"
        "The explosions at the Svatove arsenal in October 2015 went on for days.\n"
    )
    assert at(incidents(text), "Svatove") == []


def test_an_official_named_by_surname_alone_alleges_the_other_sides_strike() -> None:
    text = (
        " date 2024-05-20 Patrol book, Shebekino forestry (translated)\n"
        "16.03 (Sat) - no patrol. Gladkov wrote that a Ukrainian drone hit a truck in "
        "Shebekino. Nobody was hurt.\n"
        "19.03 (Tue) - Gladkov's summary for the past day: in Shebekino the Ukrainians' "
        "shelling damaged two houses.\n"
    )
    found = at(incidents(text), "Shebekino")
    assert {(i.actor, i.attribution) for i in found} == {("Ukraine", "alleged")}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("in the village the Ukrainians' shelling killed a man", "Ukraine"),
        ("the russians fired about 40 shells at the district", "Russia"),
    ],
)
def test_a_plural_possessive_and_a_lower_case_side_name_who_struck(text: str, side: str) -> None:
    from geo.attribution import find_actor

    assert find_actor(text)[0] == side


def test_a_logs_weapon_over_the_towns_beach_is_the_logs_town() -> None:
    text = (
        " date 2024-06-28 Cellar log, Yalta winery (translated)\n"
        "Cellar log, winery, Yalta\n"
        "02.06 - racking, tank 4.\n"
        "23.06 (Sun) - about 12:15 an ATACMS exploded over the beach, fragments fell on the "
        "swimmers. 4 dead.\n"
        "24.06 - no work, people gave blood.\n"
    )
    found = incidents(text)
    assert [(i.place.name, i.date.start) for i in found] == [("Yalta", date(2024, 6, 23))]


def test_a_lines_day_and_the_night_that_ended_on_it_told_in_the_line() -> None:
    text = (
        " date 2024-04-02 Bakery shift book, Odesa\n"
        "Bakery shift book, Odesa\n"
        "24.03 (Sun) - In the night of 23 to 24 March drones hit the port of Odesa, "
        "two people were injured.\n"
        "25.03 - normal shift.\n"
    )
    assert days(incidents(text)) == [(date(2024, 3, 23), date(2024, 3, 24))]


def test_a_general_staff_that_boasted_of_its_hit_claims_it() -> None:
    from geo.lexicon import OWN_FORCES_CLAIM

    assert OWN_FORCES_CLAIM.search("the General Staff boasted that they had hit two ships")


def test_the_rescue_paragraph_counts_the_events_dead() -> None:
    text = (
        " date 2022-03-15 Rescue operation completed\n"
        "On 14 March a Russian missile struck the tower in the village of Antopil, Rivne "
        "district.\n"
        "\n"
        "Rescue units worked at the site for 28 hours. 8 people were rescued from under the "
        "debris. The bodies of 19 dead were recovered. 9 people were injured.\n"
    )
    (found,) = incidents(text)
    assert (found.killed, found.injured) == (19, 9)


def test_a_masthead_in_capitals_is_the_official_bodys_voice() -> None:
    from geo.articles import make_article as mk
    from geo.articles import split_sentences
    from geo.storyplaces import official_voice

    text = "Title\nSTATE EMERGENCY SERVICE OF UKRAINE\nOfficial web portal\n\nBody here.\n"
    voice = official_voice(split_sentences(mk("t.txt", text)))
    assert voice is not None and voice[0] == "Ukraine"


def test_a_digests_region_items_carry_the_day_told_over_them() -> None:
    text = (
        " date 2022-03-15 SES: consequences of attacks\n"
        "Other consequences of enemy attacks on 14 March reported by the regions:\n"
        "\n"
        "Sumy region. In Sumy, shelling damaged the water station. Water was cut.\n"
        "\n"
        "Poltava region. In Poltava, rocket cargo sections with submunitions fell on the "
        "territory of the zoo.\n"
    )
    assert days(at(incidents(text), "Poltava")) == [(date(2022, 3, 14), date(2022, 3, 14))]


@pytest.mark.parametrize(
    "text",
    [
        "crew checked the craters in the village: patching needs 4 t of hot mix",
        "day off. Shelling heard across the river again at night, normal for us now.",
    ],
)
def test_craters_told_before_and_the_usual_are_no_strike(text: str) -> None:
    doc = (
        f" date 2022-09-26 Road crew log, Marhanets\nRoad crew log, Marhanets\nMon 19.09 - {text}\n"
    )
    assert incidents(doc) == []


def test_a_soviet_district_name_of_one_city_and_a_street_named_like_a_village() -> None:
    text = (
        " date 2023-02-27 Notebook, Donetsk, Artyoma str. (translated)\n"
        "Notebook of a dealer, Donetsk, Artyoma str.\n"
        "19.02 - our shop window on Artyoma cracked, glass ordered.\n"
        "23.02 - a Ukrainian shell killed a woman in the Budyonnovsky district.\n"
    )
    found = incidents(text)
    assert [(i.place.name, i.date.start) for i in found] == [("Donetsk", date(2023, 2, 23))]


def test_where_the_wounded_lie_and_a_habit_with_a_day_of_another_clause() -> None:
    text = (
        " date 2023-02-27 Notebook, Donetsk\n"
        "02.01 - the nephew was there, wounded, in the hospital in Rostov now.\n"
        "26.02 - a client from Gorlovka offers a samovar. They get shelled there every day, he "
        "says; he can come only on Sunday.\n"
    )
    names = [i.place.name for i in incidents(text)]
    assert "Rostov-on-Don" not in names and "Horlivka" not in names


def test_the_road_from_a_town_towards_another_places_the_strike_at_the_first() -> None:
    roles = _roles(
        "a Ukrainian drone hit a truck on the road from Shebekino towards Maslova Pristan"
    )
    assert roles["Shebekino"] == "target"
    assert _roles("the road from Tokmak closed after shelling, he says")["Tokmak"] == "context"


def test_a_rows_night_and_its_weapon_and_a_plan_before_the_strike() -> None:
    text = (
        " date 2023-03-06 Booking sheet, Zaporizhzhia\n"
        "Booking sheet, Zaporizhzhia\n"
        "22.09.2022 Thu | D | session 2 | MOVED to 27.09. Morning russian S-300s on the city, "
        "1 killed.\n"
        "02.03.2023 Thu | D + K | 2 sessions | CLOSED. In the night the russian S-300 hit the "
        "five-storey building, 13 dead.\n"
    )
    assert days(incidents(text)) == [
        (date(2022, 9, 22), date(2022, 9, 22)),
        (date(2023, 3, 1), date(2023, 3, 2)),
    ]


def test_a_chat_messages_stamp_is_when_it_was_written_not_the_quoted_notes_day() -> None:
    text = (
        " date 2022-10-05 coding chat export\n"
        '[Mon 03.10 09:58] Iryna: #06a "On 17-18 September 2022, the Russian MoD said its '
        "aviation dealt a 'massive blow' to Ukrainian units near Huliaipole (Polohivskyi raion, "
        'Zaporizhzhia oblast)." fat 0\n'
    )
    (found,) = incidents(text)
    assert days([found]) == [(date(2022, 9, 17), date(2022, 9, 18))]
    assert (found.actor, found.attribution) == ("Russia", "claimed")


def test_a_town_its_holder_names_and_a_tally_in_a_clause_of_its_own() -> None:
    text = (
        " date 2022-07-04 Monday roundup\n"
        "Russian shelling damaged a school in Kharkiv on Monday, the director said; Kharkiv "
        "has been shelled almost daily since February.\n"
        "In Russian-controlled Horlivka, a fire broke out on Monday after a Ukrainian strike.\n"
    )
    assert {i.place.name for i in incidents(text)} == {"Kharkiv", "Horlivka"}


def test_where_an_official_speaks_from_and_a_hotels_name_are_no_scene() -> None:
    roles = _roles("Governor Kyrylenko, speaking from his office in Kramatorsk, said nine died.")
    assert roles["Kramatorsk"] == "context"
    roles = _roles("Missiles hit the center of Pokrovsk, destroying part of the Druzhba hotel.")
    assert list(roles) == ["Pokrovsk"]


def test_a_flashbacks_day_is_not_the_days_story() -> None:
    text = (
        " date 2024-04-11 Energy strikes\n"
        "Overnight, Russian missiles hit the Zmiiv thermal plant in Slobozhanske. That plant had "
        "already been knocked out by Russian missiles on March 22.\n"
        "In the city of Kharkiv, 200,000 customers lost power after drones hit infrastructure.\n"
    )
    kharkiv = [i for i in incidents(text) if i.place.name == "Kharkiv"]
    assert days(kharkiv) == [(date(2024, 4, 10), date(2024, 4, 11))]


def test_a_channels_posts_spaced_footer_dates_each_post() -> None:
    text = (
        " date 2024-03-15 Channel mirror\n"
        "Regional administration\n"
        "Another night attack of russian Shahed drones on Odesa region. No one was injured.\n"
        "👁 120K   11.03.2024 07:58\n"
        "\n"
        "Regional administration\n"
        "Air-raid alert in the south of the region. Stay in shelters!\n"
        "👁 88.4K   14.03.2024 22:47\n"
    )
    assert days(incidents(text)) == [(date(2024, 3, 10), date(2024, 3, 11))]


def test_a_placeless_strike_right_after_the_one_town_its_paragraph_named() -> None:
    text = (
        " date 2024-03-15 Channel mirror\n"
        "The search at the building on Zabolotnoho Street in Odesa has been completed. As a "
        "result of the attack by a russian drone on 2 March, 12 people were killed.\n"
    )
    (found,) = incidents(text)
    assert (found.place.name, found.date.start, found.killed) == ("Odesa", date(2024, 3, 2), 12)


def test_a_headers_city_of_rank_stays_whatever_namesake_a_line_places() -> None:
    text = (
        " date 2022-07-01 Minutes No. 7 (Kherson)\n"
        "Faculty of Law, Kherson\n"
        "1. Student Ya. asks to sit exams online from Kherson - NB it is the village Kherson "
        "in Lviv oblast, not our city. Approved.\n"
        "2. Exam of Wed 29.06 postponed: in the early morning a russian missile hit a "
        "five-storey building in the city; 8 dead.\n"
    )
    found = incidents(text)
    assert [round(i.place.lat) for i in found] == [47]  # Kherson city, not a Lviv village


def test_a_headers_village_that_is_a_section_of_the_headers_city() -> None:
    text = (
        " date 2023-06-05 Observing log, May 2023 (balcony in Obolon)\n"
        "OBSERVING LOG - amateur, Kyiv (Obolon), 9th floor balcony\n"
        "format: date | target | notes\n"
        "2023-05-31/06-01 | nothing | woke up to interceptions, the russians fired 10 "
        "Iskanders, the debris fell here next to the clinic. 3 killed.\n"
    )
    found = incidents(text)
    assert [round(i.place.lat, 1) for i in found] == [50.5]
    assert days(found) == [(date(2023, 5, 31), date(2023, 6, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "23:14 a bright fireball, fragmented. NOT an explosion, it was a meteor.",
        "Same in Odesa, loud but no hits in our area.",
    ],
)
def test_a_lines_own_denial(text: str) -> None:
    assert lx.NEGATED_STRIKE.search(text)


def test_a_town_its_day_and_what_struck_there() -> None:
    roles = _roles(
        "Remember Poltava on 1 February, a russian Kh-22 took out a whole entrance there."
    )
    assert roles["Poltava"] == "target"
    roles = _roles(
        "The commentators in Kiev-controlled Zaporozhye are already writing that it was fake."
    )
    assert roles["Zaporozhye"] == "context"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On the night of 31 May to 1 June, missiles hit Kyiv",
            (date(2023, 5, 31), date(2023, 6, 1)),
        ),
        ("overnight 31 Dec - 1 Jan the drones hit Kyiv", (date(2022, 12, 31), date(2023, 1, 1))),
    ],
)
def test_a_night_across_two_months(text: str, want: tuple) -> None:
    got = [(d.window.start, d.window.end) for d in find_dates(text, date(2023, 6, 5))]
    assert got[0] == want


def test_strikes_counted_over_hours_are_a_tally() -> None:
    text = (
        " date 2025-10-27 Annual review\n"
        "Three Russian air attacks on Kyiv in 72 hours; two of them killed people.\n"
    )
    assert incidents(text) == []


def test_the_same_attack_as_a_sentences_subject_keeps_its_day() -> None:
    text = (
        " date 2025-10-27 Annual review\n"
        "On 24 June 2025, around 11:00, Russian ballistic missiles hit Dnipro. 19 killed.\n"
        "The same attack hit the town of Samar, about 25 km to the north-east: 2 killed.\n"
    )
    assert days(at(incidents(text), "Samar")) == [(date(2025, 6, 24), date(2025, 6, 24))]


def test_another_places_denial_leaves_the_last_strike() -> None:
    text = (
        " date 2025-08-26 Night attack on Sumy region\n"
        "During the night, the Russians also damaged non-residential premises in the Putyvl "
        "community.\n"
        "In the Konotop community, the air raid alert lasted three hours, but no hits were "
        "recorded there, the city council said.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Putyvl"]


def test_among_the_struck_was_the_site_and_a_fire_blamed_on_drones() -> None:
    roles = _roles("Among the facilities hit on Monday was the Burshtyn thermal power plant.")
    assert roles["Burshtyn thermal power plant"] == "target"
    assert lx.TRIGGER.search("a fire on Jan. 21 that officials attributed to Ukrainian drones")


def test_a_lines_day_keeps_its_strike_apart_from_another_days() -> None:
    text = (
        " date 2023-03-01 Courier notes, Donetsk (translated)\n"
        "[A courier's personal notes, Donetsk. Written 1 March 2023]\n"
        "19.02 (Sun) - 14 orders. Around noon shelling of the centre by the Ukrainian troops, "
        "says the DPR headquarters: 1 dead, 11 wounded.\n"
        "23.02 (Thu) - Budyonnovsky district: a woman killed in shelling by the AFU.\n"
    )
    assert sorted(i.date.start for i in incidents(text)) == [date(2023, 2, 19), date(2023, 2, 23)]


@pytest.mark.parametrize(
    "text",
    [
        "Rivne (city): alert 02:10-02:50, MiG-31K airborne - no impacts anywhere in the obl.",
        "[AN: Rostov is where the wounded went; not an event.]",
        '7/ "explosions in Donetsk" video from 31/10 - no landmarks, skip.',
    ],
)
def test_an_analysts_own_verdicts(text: str) -> None:
    assert lx.NEGATED_STRIKE.search(text)


def test_a_launch_area_and_where_the_wounded_were_flown_are_no_scene() -> None:
    roles = _roles("Dnipro, ~15:30: Kh-22 (RU, Tu-22M3 launch over Kursk obl.) hit the block.")
    assert roles["Kursk obl."] == "context"
    roles = _roles('3 Jan: "The wounded from Makeevka have been flown to Rostov-on-Don."')
    assert roles["Rostov-on-Don"] == "context"


def test_a_year_before_the_war_is_the_stories_history_not_a_born_year() -> None:
    text = (
        " date 2025-01-14 Mine blast\n"
        "In 2007, an explosion at the Zasyadko mine in Donetsk killed more than 100 miners.\n"
        "In Yenakiieve, a drone dropped an explosive device on a car on Sunday; the driver, a "
        "man born in 1979, was wounded.\n"
    )
    assert [i.place.name[:4] for i in incidents(text)] == ["Yena"]


def test_the_officials_table_names_each_surname_once_with_a_side() -> None:
    from geo.officials import official_named, officials

    table = officials()
    assert len(table) >= 50 and set(table.values()) == {"Russia", "Ukraine"}
    assert official_named("… Bocharov said a drone attack caused a fire") == ("Russia", "Bocharov")
    assert official_named("Hryhorov wrote that drones hit Shostka") == ("Ukraine", "Hryhorov")
    assert official_named("a resident said the windows went") is None
