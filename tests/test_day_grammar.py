"""Rules of language for the day of an event (issue 12, seventh round).

A dispatch's dateline and a page's publication stamp date the page, not the news it tells; a
night named with its morning's date is that night; a live blog's entries are stamped with a
time zone; a list's opening line dates its entries. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from geo.articles import is_stamp, make_article, split_sentences, stamp_hour
from geo.dates import find_dates
from geo.model import DateWindow
from geo.pipeline import extract_incidents, year_by_weekday
from geo.places import default_resolver
from geo.sectionday import section_day
from geo.story import Reading


def windows(text: str) -> dict[str, tuple[date | None, date | None]]:
    article = make_article("t.txt", text)
    found = extract_incidents([article], default_resolver())
    return {i.place.name: (i.date.start, i.date.end) for i in found if i.place}


NIGHT = (date(2025, 3, 10), date(2025, 3, 11))


def test_an_agency_dateline_does_not_date_the_night_it_reports() -> None:
    text = (
        " date 2025-03-11 Drones downed\nTULA, March 11 – Regional News.\n\n"
        "Air defences destroyed 40 drones over Russian regions on the night of March 10 to 11, "
        "the defence ministry said.\n\n"
        "According to the ministry, 20 drones were destroyed over the Tula region.\n"
    )
    assert windows(text)["Tula Oblast"] == NIGHT


def test_a_page_stamp_does_not_date_an_overnight_attack() -> None:
    text = (
        " date 2025-03-11 Power plant hit\nMarch 11, 2025, 10:12 GMT+2\n\n"
        "Russia hit a thermal power plant in an overnight missile attack, its operator said.\n\n"
        "In Poltava, missiles struck a substation, the mayor said later.\n"
    )
    assert windows(text)["Poltava"] == NIGHT


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("March 11, 2025, 10:12 GMT+2", True),
        ("Updated 14:32 EET, 3 May 2024", True),
        ("11.03.2025 09:15", True),
        ("On March 11, 2025, drones hit Poltava", False),
        ("Poltava, 11 March", False),
    ],
)
def test_what_a_publication_stamp_is(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the enemy attacked overnight on 8 December", date(2024, 12, 7), date(2024, 12, 8)),
        ("drones struck overnight on August 10-11", date(2024, 8, 10), date(2024, 8, 11)),
        ("during the night on 3 March, drones", date(2024, 3, 2), date(2024, 3, 3)),
    ],
)
def test_a_night_named_with_its_morning_is_that_night(text: str, start: date, end: date) -> None:
    w = find_dates(text, date(2024, 12, 9))[0].window
    assert (w.start, w.end) == (start, end)


def test_live_blog_entries_stamped_with_a_time_zone_are_the_day_of_publication() -> None:
    text = (
        " date 2024-06-14 Live: war updates\n\n"
        "Key events\n- A missile hit Kharkiv overnight, officials said.\n\n"
        "16.25 BST\nTalks in Geneva ended without a statement.\n\n"
        "15.40 BST\nA guided bomb hit the centre of Zolochiv at about 3pm, the governor said.\n"
    )
    assert windows(text)["Zolochiv"] == (date(2024, 6, 14), date(2024, 6, 14))


def test_a_lists_opening_line_dates_its_entries() -> None:
    text = (
        " date 2024-06-14 Toll rises\n\n"
        "The toll from the strike on Kharkiv on 11 June rose to nine, the governor said on Friday.\n\n"
        "Other consequences of Russian attacks in the region over the past day:\n\n"
        "Chuhuiv – the Russians shelled the town centre; a woman was injured.\n"
    )
    assert windows(text)["Chuhuyiv"] == (date(2024, 6, 13), date(2024, 6, 14))


def incidents(text: str) -> list[tuple[str, str | None, str]]:
    article = make_article("t.txt", f" date 2023-09-04 probe\n\n{text}\n")
    found = extract_incidents([article], default_resolver())
    return [(i.place.name, i.actor, i.attribution) for i in found if i.place]


def test_who_reported_a_strike_did_not_make_it() -> None:
    text = (
        "On 4 September 2023, Russian forces launched drones at the port of Reni (Izmail, "
        "Odesa oblast), damaging grain silos, as reported by the Ukrainian Air Force."
    )
    assert incidents(text) == [("Reni", "Russia", "stated")]


def test_a_place_qualified_by_its_own_region_stays_there_whatever_else_is_named() -> None:
    text = (
        "On 4 September 2023, Russian forces shelled Zelenodolsk (Kryvyi Rih, Dnipropetrovsk "
        "oblast) from the occupied left bank of Kherson oblast. 1 civilian was injured."
    )
    (found,) = incidents(text)
    assert found[0] == "Zelenodolsk"


def test_a_crimean_village_known_by_its_russian_name_is_found_by_its_ukrainian_one() -> None:
    place = default_resolver().resolve("Olenivka", ("Crimea",), "town")
    assert place is not None and place.admin1 == "Crimea"
    assert place.lon is not None and place.lon < 33.0  # Olenevka on Tarkhankut, not Yelenovka


def test_the_early_hours_are_those_of_the_day_just_named() -> None:
    text = (
        " date 2024-04-03 Review\n\n"
        "The worst day of the month was 22 March. In the early hours, Russian missiles "
        "destroyed the thermal power plant in Slobozhanske.\n\n"
        "Overnight, Russian drones also attacked Poltava, the governor said.\n"
    )
    found = windows(text)
    assert found["Slobozhanske"] == (date(2024, 3, 22), date(2024, 3, 22))
    assert found["Poltava"] == (date(2024, 4, 2), date(2024, 4, 3))  # news' "overnight"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Drones hit the Novoshakhtinsky refinery in the Rostov region overnight.", "Novoshakhtinsk"),
        ("Drones attacked the Kropotkinskaya oil pumping station in the Krasnodar region.", "Kropotkin"),
        ("Missiles destroyed the Okhtyrska TPP in the Sumy region.", "Okhtyrka"),
    ],
)  # fmt: skip
def test_a_facility_named_by_its_towns_adjective_is_in_that_town(text: str, town: str) -> None:
    assert [name for name, _, _ in incidents(text)] == [town]


def test_a_story_that_opens_on_a_funeral_tells_the_strike_in_the_town_that_mourns() -> None:
    text = (
        " date 2023-04-18 Funeral\n\n"
        "Kostiantynivka on Tuesday buried a couple who were killed when a Russian missile hit "
        "their house on Friday, 14 April.\n\n"
        "Hundreds came to the funeral in Kramatorsk of a soldier.\n"
    )
    assert windows(text) == {"Kostyantynivka": (date(2023, 4, 14), date(2023, 4, 14))}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("MOSCOW, July 2. The ministry reported on Tuesday a strike on Monday.", date(2024, 7, 2)),
        ("KYIV, March 3 - Drones struck on Sunday, officials said.", date(2024, 3, 3)),
        ("MOSCOW, July 2. The ministry reported a strike.", None),  # no weekday: no guess
    ],
)
def test_a_page_without_a_year_is_dated_by_its_weekdays(text: str, day: date | None) -> None:
    assert year_by_weekday(text, date(2026, 12, 2)) == day


def test_a_roundups_day_carries_through_its_list_of_communities() -> None:
    text = (
        " date 2024-12-03 Border shelled 40 times over the day\n\n"
        "Over the day of December 2, the Russian army shelled the border areas of Sumy region "
        "40 times. 120 explosions were recorded.\n\n"
        "Among the affected communities:\n\n"
        "Khotin community: mortar shelling (6 explosions).\n"
        "Yunakivka community: the enemy dropped a guided aerial bomb. Two houses were damaged.\n"
        "Myropillia community: an FPV drone attack. A man was injured.\n"
        "Krasnopillia community: artillery shelling (12 explosions).\n"
    )
    days = set(windows(text).values())
    assert days == {(date(2024, 12, 2), date(2024, 12, 2))}


def test_communities_named_by_their_adjective_and_struck_after_a_common_noun() -> None:
    text = (
        "Russian troops hit the district centre and the Marhanets, Chervonohryhorivka and "
        "Myrivska communities with drones."
    )
    names = {name for name, _, _ in incidents(text)}
    assert {"Marhanets", "Chervonohryhorivka", "Myrove"} <= names


def test_a_community_entry_places_its_villages_by_its_seat_and_quiet_districts_are_none() -> None:
    text = (
        "Semenivka community: the Russians shelled the villages of Oleksandrivka (mortars, 16 "
        "explosions), Pokrovske (artillery, 9 explosions) and Mykolaivka (an FPV drone).\n\n"
        "Koriukivka district: there was no shelling."
    )
    head = " date 2024-03-12 Chernihiv region: the border shelled 29 times"
    article = make_article("t.txt", f"{head}\n\n{text}\n")
    found = extract_incidents([article], default_resolver())
    places = {i.place.name: i.place for i in found if i.place}
    assert set(places) == {"Oleksandrivka", "Pokrovske", "Mykolaivka"}
    # all three in the Semenivka hromada (Chernihiv oblast, near 52.18 N 32.58 E)
    assert all(abs((p.lat or 0) - 52.2) < 0.2 for p in places.values())


def test_where_weapons_may_be_used_is_no_place_struck() -> None:
    text = (
        "Officials said Ukraine was authorized to use long-range missiles, initially expected "
        "to be used in Russia's Kursk region."
    )
    assert incidents(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A year ago today, on 7 August 2023, missiles hit", date(2023, 8, 7), date(2023, 8, 7)),
        ("A year ago today, missiles hit the centre", date(2023, 8, 7), date(2023, 8, 7)),
        ("two years ago Russia struck the city", date(2022, 1, 1), date(2022, 12, 31)),
        ("three days ago, missiles hit", date(2024, 8, 4), date(2024, 8, 4)),
        ("2 hours ago · Sumy oblast", date(2024, 8, 7), date(2024, 8, 7)),
    ],
)
def test_years_ago(text: str, start: date, end: date) -> None:
    w = find_dates(text, date(2024, 8, 7))[0].window
    assert (w.start, w.end) == (start, end)


def test_each_place_takes_the_day_written_after_it_and_a_city_keeps_its_rank() -> None:
    text = (
        " date 2024-03-01 Under fire\n\n"
        "Russian forces killed a man in Nikopol on Wednesday and wounded two people in the "
        "border town of Vovchansk on Thursday, officials said, as troops pushed west from "
        "Avdiivka.\n\n"
        "In Nikopol, across the Kakhovka reservoir, a drone struck a car.\n"
    )
    found = windows(text)
    assert found["Vovchansk"] == (date(2024, 2, 29), date(2024, 2, 29))
    assert found["Nikopol"] == (date(2024, 2, 28), date(2024, 2, 28))
    assert "Kakhovka" not in found  # water named after a town
    article = make_article("t.txt", text)
    nikopol = [i.place for i in extract_incidents([article], default_resolver()) if i.place]
    assert all(p.lon is None or p.lon < 35 for p in nikopol if p.name == "Nikopol")  # the city


def test_a_drone_attack_beaten_off_over_a_refinery_is_an_incident_a_ground_one_is_not() -> None:
    air = (
        "A fire broke out at the Syzran refinery after the attack, while the attack on the "
        "Novokuybyshevsk refinery was repelled, the governor wrote."
    )
    assert {n for n, _, _ in incidents(air)} == {"Syzran", "Novokuybyshevsk"}
    ground = "Ukrainian forces repelled an assault near Robotyne, the General Staff said."
    assert incidents(ground) == []


def test_an_attempted_strike_shot_down_is_an_incident_and_a_military_airfield_its_base() -> None:
    text = (
        "On December 5, the Ukrainian armed forces attempted to strike the Dyagilevo military "
        "airfield in the Ryazan region with jet drones, which were shot down."
    )
    assert [n for n, _, _ in incidents(text)] == ["Dyagilevo air base (Ryazan)"]
    assert incidents("Morozovsk is home to a regiment of Su-34 bombers.") == []


def test_weapons_used_for_months_to_shell_a_town_tell_no_one_strike() -> None:
    text = (
        "The Kiev regime has for months been using Western weapons to shell Belgorod, "
        "deliberately targeting residential neighbourhoods, the diplomat said."
    )
    assert incidents(text) == []


def test_a_facility_of_a_town_attacked_in_the_passive_is_in_that_town() -> None:
    text = "This morning, the Ryazan oil refinery was attacked by UAVs. A fire broke out."
    assert [n for n, _, _ in incidents(text)] == ["Ryazan’"]


def test_a_timed_entry_with_its_district_heads_its_paragraph() -> None:
    text = (
        " date 2024-06-19 Kharkiv Regional Military Administration\n"
        "14:47 Zolochiv, Bohodukhiv district. The occupiers dropped a guided aerial bomb on the "
        "settlement. A 71-year-old man was injured.\n"
    )
    article = make_article("t.txt", text)
    (found,) = extract_incidents([article], default_resolver())
    assert found.place is not None and found.place.admin1 == "Kharkiv Oblast"  # not Lviv's
    assert (found.date.start, found.injured) == (date(2024, 6, 19), 1)


def test_osint_notes_a_bearing_from_a_village_and_a_road_between_two() -> None:
    lancet = (
        "Geolocated: a Russian Lancet loitering munition hits a Ukrainian self-propelled gun "
        "in a treeline NW of Mala Tokmachka, Zaporizhzhia oblast."
    )
    assert [n for n, _, _ in incidents(lancet)] == ["Mala Tokmachka"]
    road = (
        "Geolocated: FPV drones destroy a Russian BTR-82A on the road between Krynky and "
        "Korsunka, on the left bank of the Dnipro in Kherson oblast."
    )
    assert "Krynky" in {n for n, _, _ in incidents(road)}
    vow = "The Defence Forces continue to destroy the offensive capabilities of the occupiers."
    assert incidents(vow) == []


def test_a_regions_own_border_areas_name_it_and_a_hromada_reaches_forty_km() -> None:
    text = (
        " date 2024-11-23 Border areas of Chernihiv region shelled 11 times\n\n"
        "Over the past day, Russian troops shelled the border areas of Chernihiv region 11 "
        "times. The shelling came from Russia's Bryansk region.\n\n"
        "In Semenivka, a Russian FPV drone hit a car. The driver was injured.\n\n"
        "In the village of Hremiach of the Novhorod-Siverskyi hromada, a drone dropped "
        "explosives on a farm.\n\n"
        "The Horodnia hromada came under mortar fire.\n"
    )
    article = make_article("t.txt", text)
    found = {
        i.place.name: i.place for i in extract_incidents([article], default_resolver()) if i.place
    }
    assert set(found) == {"Semenivka", "Hremiach", "Horodnia"}
    assert all(p.admin1 == "Chernihiv Oblast" for p in found.values())


def test_a_resort_village_is_struck_and_romanisations_of_one_name_rank_by_size() -> None:
    text = (
        " date 2022-07-01 Missiles hit Odesa region resort\n\n"
        "Russian missiles slammed into an apartment building in the Black Sea resort village "
        "of Serhiivka early Friday, killing at least 21 people, officials in the Odesa region "
        "said.\n"
    )
    article = make_article("t.txt", text)
    (found,) = extract_incidents([article], default_resolver())
    # the coastal Serhiivka (5,300, GeoNames "Serhiyivka"), not the inland one (1,400)
    assert found.place is not None and found.place.lon is not None and found.place.lon > 30.2
    city = default_resolver().resolve("Zaporizhzhia", ("Dnipropetrovsk",), "any")
    assert city is not None and city.population > 500_000  # a big city's name is its own


def test_a_claim_called_fake_is_no_incident_and_a_sites_town_is_no_second_place() -> None:
    fake = (
        "Russian channels are spreading claims of a missile hit on a grain ship in the port of "
        "Chornomorsk. This is fake. The port is operating normally."
    )
    assert incidents(fake) == []
    site = "Geolocated: a Ukrainian ATACMS strike on Belbek airbase, Sevastopol, overnight."
    assert [n for n, _, _ in incidents(site)] == ["Belbek air base (Sevastopol)"]


def test_a_storys_lead_is_its_news_not_the_older_strike_it_recalls_at_the_end() -> None:
    text = (
        " date 2022-04-01 Fire at Belgorod oil depot caused by helicopter strike\n"
        "BELGOROD, April 1. A fire at an oil depot in Belgorod was caused by an airstrike "
        "carried out by two helicopters, the governor said on Friday.\n\n"
        "On Tuesday evening, a series of explosions occurred at an ammunition depot near "
        "Belgorod.\n"
    )
    found = sorted(windows_all(text))
    assert found == [(date(2022, 3, 29), date(2022, 3, 29)), (date(2022, 4, 1), date(2022, 4, 1))]


def windows_all(text: str) -> list[tuple[date | None, date | None]]:
    found = extract_incidents([make_article("t.txt", text)], default_resolver())
    return [(i.date.start, i.date.end) for i in found]


@pytest.mark.parametrize(
    ("head", "hour"),
    [
        ("23 November 2024, 10:05", 10),
        ("17.12.2024 09:36", 9),  # the date's day and month are no time
        ("Regional administration — evening update, 22 May 2024, 20:17", 20),
        ("Updated 6:03 PM EST, Tue January 17, 2023", 18),
        ("Suspilne Chernihiv", None),
    ],
)
def test_the_hour_a_page_was_stamped(head: str, hour: int | None) -> None:
    assert stamp_hour(f"Title\n{head}\n\nBody.\n") == hour


def test_a_morning_pages_evening_is_yesterday_and_an_evening_pages_day_is_today() -> None:
    morning = (
        " date 2024-11-23 Border areas shelled\n23 November 2024, 10:05\n\n"
        "Over the past day, Russian troops shelled the border areas of Chernihiv region.\n\n"
        "In Semenivka, a Russian FPV drone hit a car in the afternoon.\n"
    )
    assert windows(morning)["Semenivka"] == (date(2024, 11, 22), date(2024, 11, 22))
    evening = (
        " date 2024-05-22 Nikopol district under fire\n"
        "Regional administration — evening update, 22 May 2024, 20:17\n\n"
        "The enemy attacked Nikopol during the day. A man was injured.\n"
    )
    assert windows(evening)["Nikopol"] == (date(2024, 5, 22), date(2024, 5, 22))


def test_a_photo_caption_dated_a_day_later_does_not_keep_two_reports_apart() -> None:
    one = (
        " date 2025-03-08 Strike kills 11 in Dobropillia\n"
        "KYIV. March 8 (Interfax-Ukraine) – Russian troops struck the town of Dobropillia on Friday evening, "
        "killing 11 people, the regional governor said.\n"
    )
    two = (
        " date 2025-03-08 Russian attack on Dobropillia kills 11\n"
        "A Russian attack on the eastern town of Dobropillia killed 11 people on Friday, "
        "officials said.\n\n"
        "Firefighters work at the site of a Russian strike in Dobropillia, Donetsk region, "
        "Ukraine, March 8, 2025.\n"
        "Firefighters work at the site of a Russian strike in Dobropillia, Donetsk region, "
        "Ukraine, March 8, 2025.\n"
    )
    arts = [make_article("a.txt", one), make_article("b.txt", two)]
    found = [i for i in extract_incidents(arts, default_resolver()) if i.place]
    assert len(found) == 1 and {s.article for s in found[0].sources} == {"a.txt", "b.txt"}


def test_an_officials_quote_in_the_next_paragraph_goes_on_with_the_event() -> None:
    text = (
        " date 2022-04-01 x\nBELGOROD, April 1. A fire at an oil depot in Belgorod was caused "
        "by an airstrike, the governor said on Friday.\n\n"
        '"A fire broke out at the oil depot as a result of an airstrike," he wrote on his '
        "Telegram channel. According to the governor, two employees of the depot were "
        "injured.\n"
    )
    (found,) = extract_incidents([make_article("t.txt", text)], default_resolver())
    assert found.injured == 2


def test_villages_named_by_their_community_and_towns_said_not_to_be_shelled() -> None:
    text = (
        " date 2024-04-03 Donetsk region: 7 wounded\n\n"
        "On April 2, the Russians wounded 7 residents of Donetsk region: 1 in Ivanivka of the "
        "Lyman community and 1 in Siversk.\n\n"
        "In the Lyman community, Ivanivka came under artillery fire: one person was wounded.\n\n"
        "Sloviansk, Kramatorsk and Druzhkivka were not shelled over the past day.\n\n"
        "The exact number of casualties in Mariupol and Volnovakha remains unknown.\n"
    )
    article = make_article("t.txt", text)
    found = {
        i.place.name: i.place for i in extract_incidents([article], default_resolver()) if i.place
    }
    assert not {
        "Sloviansk",
        "Slovyansk",
        "Kramatorsk",
        "Druzhkivka",
        "Mariupol",
        "Volnovakha",
    } & set(found)
    assert "Lyman" not in found  # the community only says where Ivanivka is
    assert found["Ivanivka"].lat is not None and found["Ivanivka"].lat > 49.0  # by Lyman


def test_a_numbered_list_of_targets_hit_and_numbered_entries() -> None:
    text = (
        " date 2024-06-12 x\n\nOvernight on 12 June 2024, special units of the Defence "
        "Intelligence of Ukraine carried out a special operation in the temporarily occupied "
        "Crimea.\n\nThe following targets of the Russian invaders were hit:\n\n"
        "1. Near the village of Olenivka on Cape Tarkhankut – a radar of the S-400 system.\n\n"
        "2. Near Dzhankoi – a launcher of the S-300 system.\n"
    )
    found = [i for i in extract_incidents([make_article("t.txt", text)], default_resolver())]
    assert {i.actor for i in found} == {"Ukraine"}  # the invaders own the targets
    olenivka = next(i.place for i in found if i.place and i.place.name.startswith("Olen"))
    assert olenivka.admin1 == "Crimea"
    entries = (
        " date 2024-05-25 Governor\n\n1. Sudzha. In the morning, the enemy attacked a petrol "
        "station with an FPV drone. A man was wounded.\n"
    )
    (sudzha,) = extract_incidents([make_article("t.txt", entries)], default_resolver())
    assert sudzha.injured == 1


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "On 20 May 2023, Russian forces carried out a missile strike on a depot near "
            "Kostiantynivka (Kramatorsk, Donetsk oblast), as claimed by the Russian MoD.",
            "claimed",
        ),
        (
            "On 20 June 2024, Ukrainian forces carried out a drone strike on the oil refinery in "
            "Novoshakhtinsk (Rostov oblast, Russia), as claimed by a source in the SBU.",
            "claimed",
        ),
        (
            "On 20 May 2023, Ukrainian forces shelled Shebekino (Belgorod oblast, Russia), as "
            "claimed by the Belgorod governor.",
            "alleged",
        ),
    ],
)
def test_acleds_as_claimed_by(text: str, attribution: str) -> None:
    assert {a for _, _, a in incidents(text)} == {attribution}


def test_a_town_and_its_villages_as_one_subject_and_a_sites_town_after_its_kind() -> None:
    text = "Vovchansk and its outskirts came under artillery fire on Monday, the governor said."
    assert [n for n, _, _ in incidents(text)] == ["Vovchansk"]
    dam = (
        "On the same night Russia also struck the DniproHES hydroelectric dam in Zaporizhzhia; "
        "the dam's upper road was destroyed."
    )
    assert [n for n, _, _ in incidents(dam)] == ["Dnipro Hydroelectric Station (Zaporizhzhia)"]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the day named inside "the past day" is the news' day, for every entry of the list
        ("Over the past day, May 3, the enemy shelled 4 communities of the region.",
         (date(2024, 5, 3), date(2024, 5, 3))),
        # a span from one morning to the next is both days
        ("Over the past day, from 08:00 on 3 May to 08:00 on 4 May, the enemy shelled 4 "
         "communities of the region.", (date(2024, 5, 3), date(2024, 5, 4))),
    ],
)  # fmt: skip
def test_a_day_named_inside_the_headlines_past_day_dates_the_roundup(
    body: str, want: tuple[date, date]
) -> None:
    text = (
        " date 2024-05-04 Over the past day, the enemy shelled border communities 20 times\n"
        "Regional Military Administration\n\n"
        f"{body}\n\n"
        "Khotinska hromada: 11 explosions (mortar, artillery).\n"
    )
    assert windows(text)["Khotin"] == want


@pytest.mark.parametrize(
    ("text", "ref", "want"),
    [
        # which weekday, not which day
        ("She died in Sumy on 17 November, when a missile struck on a Sunday morning.",
         date(2024, 12, 3), [(date(2024, 11, 17), date(2024, 11, 17))]),
        ("The market is shelled every Sunday.", date(2024, 12, 3), []),
        ("A year ago tonight, missiles struck the village.", date(2023, 7, 1),
         [(date(2022, 7, 1), date(2022, 7, 1))]),
        # the date told inside a relative year
        ("Two years ago, on 1 July 2022, missiles struck the village.", date(2024, 9, 1),
         [(date(2022, 7, 1), date(2022, 7, 1))]),
        ("The first night people speak of is in August, 2022.", date(2024, 9, 13),
         [(date(2022, 8, 1), date(2022, 8, 31))]),
    ],
)  # fmt: skip
def test_days_of_a_retold_past(
    text: str, ref: date, want: list[tuple[date, date]]
) -> None:
    assert [(d.window.start, d.window.end) for d in find_dates(text, ref)] == want


def test_a_month_told_with_its_year_dates_the_next_sentences_of_its_paragraph() -> None:
    told = (
        "The first night people here speak of is in August, 2022. On the night of August 9th, "
        "Russian forces fired Grad rockets into Marhanets, killing eleven."
    )
    text = f" date 2024-09-13 Letter from Nikopol\n\n{told}\n"
    assert windows(text)["Marhanets"] == (date(2022, 8, 9), date(2022, 8, 9))
    # a new paragraph is today's news again
    text = (
        " date 2025-04-05 Strikes\n\nOn June 13, 2023, a missile strike on a building in "
        "Kryvyi Rih killed 12 people.\n\nOvernight on April 4, drones attacked Kharkiv, "
        "killing five people.\n"
    )
    assert windows(text)["Kharkiv"][1] == date(2025, 4, 4)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Between 3 and 7 March 2022, the guns shelled the village.",
         [(date(2022, 3, 3), date(2022, 3, 7))]),
        ("Large-scale attacks on 22 and 29 March left the city dark.",
         [(date(2024, 3, 22), date(2024, 3, 22))]),
    ],
)  # fmt: skip
def test_a_span_of_days_and_two_days_named(text: str, want: list[tuple[date, date]]) -> None:
    assert [(d.window.start, d.window.end) for d in find_dates(text, date(2024, 5, 2))] == want


def test_the_same_days_in_a_month_told_before_are_of_its_year() -> None:
    text = (
        " date 2024-05-02 Feature\n\nBetween 3 and 5 March 2022, Russian guns shelled the "
        "village of Malynivka.\n\nThe town lived through a cold winter after that.\n\n"
        "Russian artillery also shelled Chuhuiv during the same days in March, killing two.\n"
    )
    assert windows(text)["Chuhuyiv"] == (date(2022, 3, 1), date(2022, 3, 31))


def test_links_to_other_stories_are_not_news() -> None:
    text = (
        " date 2024-10-22 Verdict\n\nA court in Kyiv sentenced a colonel in absentia.\n\n"
        "Read also: In Kherson, a tank commander's trial for the shelling of a maternity ward; "
        "The ICC's docket, two years on\n"
    )
    assert windows(text) == {}


def test_a_possessive_day_after_by_and_a_press_release_dateline() -> None:
    found = find_dates("I am appalled by this morning's strike on a clinic.", date(2023, 5, 26))
    assert [(d.window.start, d.window.end) for d in found] == [(date(2023, 5, 26),) * 2]
    assert find_dates("Repairs must be finished by this morning.", date(2023, 5, 26)) == []
    text = (
        " date 2022-04-05 MSF\n\n5 April 2022 — An MSF team was at the oncology hospital in "
        "Mykolaiv when it was hit by cluster munitions on 4 April.\n"
    )
    assert windows(text)["Mykolayiv"] == (date(2022, 4, 4), date(2022, 4, 4))


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Sumy, 27 February 2024 · 09:05", True),
        ("Kyiv, 12.03.2024", True),
        ("Russian shelling, 27 February 2024", False),
        ("Russian troops shelled Sumy on 27 February 2024", False),
    ],
)
def test_a_stamp_may_name_the_town_it_was_issued_in(line: str, stamp: bool) -> None:
    assert is_stamp(line) is stamp


def test_a_stamp_before_the_credits_and_a_block_of_links() -> None:
    text = (
        "INFORM-Z.\nNews | Incidents\n\nVilniansk buries the victims of Saturday's strike\n\n"
        "01.07.2024, 16:05   Text: Anna Serdiuk   Photo: City Council\n\n"
        "Vilniansk is burying those killed in the Russian strike on the town on 29 June.\n\n"
        "Read also:\n• Zaporizhzhia: two injured in a drone attack on the Komunarskyi district\n"
    )
    assert windows(text) == {"Vilnyansk": (date(2024, 6, 29), date(2024, 6, 29))}


def test_a_placeless_strike_sets_the_day_or_night_the_next_places_are_told_on() -> None:
    text = (
        " date 2025-08-22 Druzhba hit again\n\nUkraine struck the Unecha oil pumping station in "
        "Russia's Bryansk region overnight, a commander said on Friday.\n\n"
        "The attacks came a day after Russia launched one of its biggest air attacks of the "
        "year, firing 574 drones and 40 missiles overnight into Thursday.\n\n"
        "In the city of Mukachevo, two cruise missiles hit an electronics factory, injuring 15.\n"
    )
    assert windows(text)["Mukachevo"] == (date(2025, 8, 20), date(2025, 8, 21))


def test_overnight_on_a_weekday_is_the_night_into_it() -> None:
    found = find_dates("Ukraine hit an airfield near Dzhankoi overnight on Wednesday.", date(2024, 4, 18))
    assert [(d.window.start, d.window.end) for d in found] == [(date(2024, 4, 16), date(2024, 4, 17))]


def test_each_clause_of_a_sentence_keeps_its_own_day() -> None:
    text = (
        " date 2024-05-01 Analysis\n\nOn March 22, 2024, missiles destroyed the Zmiiv thermal "
        "power plant in the Kharkiv region, and on April 11 Russia destroyed the Trypillia "
        "thermal plant outside Kyiv.\n"
    )
    found = windows(text)
    assert found["Zmiiv thermal power plant (Slobozhanske)"][0] == date(2024, 3, 22)
    assert found["Trypilska thermal power plant (Ukrainka)"][0] == date(2024, 4, 11)


def test_another_wars_day_does_not_date_this_ones_strike() -> None:
    text = (
        " date 2024-06-25 Warrants\n\nThat morning a missile struck houses in the Zolochiv "
        "district of the Lviv region, killing five people. Russia argues, as NATO did over its "
        "bombing of Serbia's power grid in 1999, that the grid is a legitimate target.\n"
    )
    assert all(start is None or start.year >= 2014 for start, _ in windows(text).values())


def test_an_emails_sent_line_is_its_stamp_and_its_subject_tells_the_day() -> None:
    text = (
        "From: Desk\nSent: Wednesday, March 12, 2025 7:48 AM\nTo: Ukraine Desk\n"
        "Subject: yesterday (Tue 11 Mar) - quick rundown of strikes\n\n"
        "Quick summary of yesterday.\n\n"
        "- Bilopillia (Sumy obl): two KABs on the town centre around midday, 2 injured.\n"
    )
    assert windows(text)["Bilopillia"] == (date(2025, 3, 11), date(2025, 3, 11))


def test_a_diarys_weekday_headings_are_the_days_of_the_week_it_covers() -> None:
    # Published on Monday 21 August; the notebook covers 14-20 August: its "Monday" is the
    # 14th, not the day of publication, and each heading's day runs through its section.
    text = (
        " date 2023-08-21 A week by the river\nReporter's notebook\n\nOchakiv, 14-20 August 2023\n\n"
        "I spent a week in the town. These are my notes.\n\nMonday\n\nI arrive in the morning. "
        "The streets are empty.\n\nAt noon Russian artillery shells Ochakiv; a shop burns.\n\n"
        "Tuesday night\n\nI cannot sleep.\n\nIn the morning, we learn that drones attacked "
        "Kutsurub overnight.\n"
    )
    found = {
        i.place_text: (str(i.date.start), str(i.date.end))
        for i in extract_incidents([make_article("t.txt", text)], default_resolver())
    }
    assert found == {
        "Ochakiv": ("2023-08-14", "2023-08-14"),
        "Kutsurub": ("2023-08-15", "2023-08-16"),
    }


def test_a_stamp_in_the_body_opens_no_section() -> None:
    article = make_article(
        "t.txt", " date 2024-07-09 Title\n\nA first paragraph.\n\nJuly 9, 2024, 11:05\n\nMore.\n"
    )
    stamp = next(s for s in split_sentences(article) if "11:05" in s.span.text)
    reading = Reading(date(2024, 7, 9), DateWindow(None, None, "unknown"))
    assert section_day(stamp, reading, None) is None


def test_a_month_told_with_its_year_dates_the_days_told_after_it() -> None:
    # A verdict of 2025 retells strikes of December 2022: the sentence that tells the month
    # and year names no strike at a place, and the next paragraph's day has no year either.
    text = (
        " date 2025-03-20 Court\n\nThe verdict refers to the drone attacks on the region in "
        "December 2022, although he was not charged with them. On 5 December, drones struck "
        "the airfield near Vasylkiv.\n\nIn the early hours of 26 December, a drone hit a "
        "depot in Fastiv.\n"
    )
    found = {
        i.place_text: str(i.date.start)
        for i in extract_incidents([make_article("t.txt", text)], default_resolver())
    }
    assert found == {"Vasylkiv": "2022-12-05", "Fastiv": "2022-12-26"}


def test_an_investigations_undated_strike_is_of_the_day_told_with_its_town() -> None:
    # Published weeks later: the town's day is the one the text told with it, not the
    # page's own day.
    text = (
        " date 2023-08-24 Reconstructing the strike\nPublished 24 August 2023\n\n"
        "The first missile arrived at about 7:15 p.m. on Monday, 7 August, when the centre of "
        "Bakhmut was still busy.\n\nWe spoke to eleven witnesses.\n\n"
        "Officials said the city of Bakhmut was hit by two Iskander-M missiles.\n"
    )
    [inc] = extract_incidents([make_article("t.txt", text)], default_resolver())
    assert (inc.place_text, str(inc.date.start), str(inc.date.end)) == (
        "Bakhmut", "2023-08-07", "2023-08-07",
    )  # fmt: skip


def test_the_same_morning_is_the_day_the_story_last_told() -> None:
    # The day was told by a strike with no place; "the same morning" is that day's.
    text = (
        " date 2024-06-10 Profile\n\nIn the early hours of 22 March 2024, Russia launched one of "
        "its largest attacks on the energy system, with 90 missiles. Several missiles hit the "
        "plant in Zmiiv.\n\n"
        "The same morning, missiles hit the DniproHES dam in Zaporizhzhia.\n"
    )
    found = {
        i.place_text: str(i.date.start)
        for i in extract_incidents([make_article("t.txt", text)], default_resolver())
    }
    assert found["DniproHES"] == "2024-03-22"


def test_a_dated_photo_caption_dates_its_strike_but_an_aftermath_caption_does_not() -> None:
    def window(caption: str) -> tuple[str, str]:
        text = (
            " date 2024-04-19 Strikes on the region in the past day\n\nRussian forces struck "
            "20 settlements over the past day.\n\nA guided aerial bomb hit a private house in "
            f"Zolochiv, the governor said.\n\n{caption}\n"
        )
        [inc] = extract_incidents([make_article("t.txt", text)], default_resolver())
        return str(inc.date.start), str(inc.date.end)

    assert window("A house in Zolochiv destroyed by a guided bomb on April 18") == (
        "2024-04-18", "2024-04-18",
    )  # fmt: skip
    assert window("A rescuer carries a woman out of the damaged house in Zolochiv on April 19")[
        0
    ] == "2024-04-18"
