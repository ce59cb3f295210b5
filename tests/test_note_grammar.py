"""Rules of language from coders' notes and copied news pages (issue 12, fifth round).

Brackets that go up the administrative ladder, alerts and arrests that mention strikes,
and figures told in words that start no event. Sentences are our own.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article
from geo.model import Incident
from geo.pipeline import extract_incidents
from geo.places import default_resolver


def incidents(text: str) -> list[Incident]:
    article = make_article("t.txt", f" date 2023-03-14 probe\n\n{text}\n")
    return extract_incidents([article], default_resolver())


def towns(text: str) -> list[str]:
    return [i.place.name for i in incidents(text) if i.place]


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        # A district written as an adjective, then its oblast: one place, not a list of three.
        ("On 12 March 2023, debris fell on Bessonovka (Belgorodskiy, Belgorod), damaging a house.",
         50.53),
        ("On 12 March 2023, Ukrainian drones hit a sawmill in Belaya Beryozka (Trubchevskiy, "
         "Bryansk).", 52.38),
    ],
)  # fmt: skip
def test_a_bracketed_district_and_oblast_locate_the_village(text: str, lat: float) -> None:
    places = [i.place for i in incidents(text) if i.place]
    assert [round(p.lat or 0, 2) for p in places] == [lat]
    assert places[0].precision == "town"


@pytest.mark.parametrize(
    "text",
    [
        "On 11 March 2023, air-raid alerts were declared in Kyiv and Lviv oblasts after a MiG-31K "
        "took off.",
        "Air-raid sirens sounded in Poltava on Monday. No strikes or interceptions were reported.",
        "On 13 March 2023, the SBU detained a resident of Izmail suspected of passing the "
        "coordinates of port facilities to Russia ahead of drone strikes.",
        "Police arrested two men in Odesa who filmed the air defence at work during a drone "
        "attack.",
    ],
)  # fmt: skip
def test_alerts_denials_and_arrests_are_no_incidents(text: str) -> None:
    assert towns(text) == []


def test_the_hospitalised_are_the_events_injured() -> None:
    text = (
        "On 13 March 2023, Russian forces shelled Krynky (Kherson raion, Kherson). "
        "2 Ukrainian servicemen were reportedly hospitalised."
    )
    assert [(i.place.name if i.place else None, i.injured) for i in incidents(text)] == [
        ("Krynky", 2)
    ]


def test_a_count_alone_starts_no_event() -> None:
    text = (
        "Police say a gas leak caused the blast in a flat in Nizhyn; there are no signs of an "
        "attack. A 68-year-old man was hospitalised."
    )
    assert towns(text) == []


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("FEB 11, 2025, 10:47", "2025-02-11"),
        ("Published 14.05.2024 09:12 | Updated 14.05.2024 11:30", "2024-05-14"),
        ("Updated 6:03 AM EST, Tue January 17, 2023", "2023-01-17"),
        ("Issued on: 23/07/2023 - 15:40", "2023-07-23"),
        ("21 Nov 2024, 14:05", "2024-11-21"),
        ("Kharkiv: Russian bombs hit residential area, May 12", None),
        ("[Photo] Firefighters at the enterprise in Dnipro, May 13, 2024.", None),
        ("Published 31.02.2024 09:12", None),
    ],
)
def test_a_pages_own_stamp_is_its_publication_date(line: str, day: str | None) -> None:
    from geo.articles import page_stamp

    stamp = page_stamp(f"NV | English edition\nHome  War  Politics\n\n{line}\n\nThe body.")
    assert (stamp.isoformat() if stamp else None) == day


def test_a_stamped_page_dates_its_overnight_events_by_the_stamp() -> None:
    text = (
        "TASS\nMilitary & Defense\n\nFEB 11, 2025, 10:47\n\nThe Armed Forces of Ukraine "
        "attacked Yenakiyevo with drones overnight, wounding a woman, the DPR head said.\n"
    )
    (incident,) = extract_incidents([make_article("t.txt", text)], default_resolver())
    assert incident.date.end is not None and incident.date.end.isoformat() == "2025-02-11"


def day_of(text: str, town: str) -> str | None:
    found = [i for i in incidents(text) if i.place and i.place.name == town]
    return found[0].date.start.isoformat() if found and found[0].date.start else None


def test_a_date_naming_an_event_dates_the_place_after_it() -> None:
    text = (
        "On Tuesday, Russian missiles hit Zaporizhzhia. Putin called Monday's strikes "
        "retaliation for the Oct. 8 explosion on the Crimean Bridge near Kerch."
    )
    assert day_of(text, "Crimean Bridge (Kerch)") == "2022-10-08"


def test_a_which_clause_that_strikes_names_targets_and_a_list_ends_in_a_collective() -> None:
    text = (
        "The attacks followed Monday's barrage of 84 cruise missiles, which hit Kyiv, Lviv, "
        "Dnipro and other cities during the morning rush hour."
    )
    places = {i.place.name: round(i.place.lat or 0) for i in incidents(text) if i.place}
    assert places == {"Kyiv": 50, "Lviv": 50, "Dnipro": 48}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Officials in occupied Nova Kakhovka claimed that Ukrainian forces had fired HIMARS "
         "rockets at the city on Monday, injuring three people.", "Nova Kakhovka"),
        ("On 19 August, a Russian drone struck a man near the central market of Vovchansk, "
         "Kharkiv region.", "Vovchansk"),
    ],
)  # fmt: skip
def test_the_city_and_a_part_of_a_town_are_places_struck(text: str, town: str) -> None:
    assert town in towns(text)


def test_a_period_tally_after_an_event_is_not_its_toll() -> None:
    text = (
        "On 19 August, a Russian drone struck a man riding a bicycle in Vovchansk, Kharkiv "
        "region. He died at the scene. At least four civilians were killed in the town by "
        "similar drone attacks during the month."
    )
    assert [(i.killed, i.actor) for i in incidents(text)] == [(1, "Russia")]


@pytest.mark.parametrize(
    "text",
    [
        "Most casualties occurred in Donetsk, Kharkiv and Kherson regions.",
        "The authorities reported civilian casualties in Belgorod, Bryansk and Kursk regions "
        "during August.",
        "According to the investigation, the officer's unit fired Grad rockets at the "
        "Novozavodskyi district of Chernihiv during the siege of the city.",
        "In Balakliia, the city hospital, damaged during the occupation, has reopened.",
        "A tractor hit an anti-tank mine near Savyntsi on Tuesday morning. The driver was "
        "injured and hospitalized, the police in Kharkiv region reported.",
        "The General Staff warned that Russia could try a new offensive toward Kyiv, though it "
        "saw no strike groups forming.",
        "Russia launched a cross-border offensive on May 10, capturing several villages near "
        "Vovchansk.",
        "[Photo] A worker repairs a damaged power line in Kyiv region, December 2022.",
    ],
)
def test_tallies_trials_periods_accidents_and_chrome_are_no_incidents(text: str) -> None:
    assert towns(text) == []


def test_monitors_attribute_shelling_to_a_side() -> None:
    text = "On 23 August, shelling attributed to Ukrainian armed forces hit Horlivka, killing two."
    assert [i.actor for i in incidents(text)] == ["Ukraine"]


def test_a_surname_that_also_speaks_is_a_person() -> None:
    text = (
        "Viacheslav Chaus, head of the administration, said shelling hit Semenivka on Monday. "
        "Chaus also said that the enemy was shelling the border every day."
    )
    assert "Chaus" not in towns(text)


def test_an_earlier_attack_in_the_city_is_no_new_event() -> None:
    text = (
        "Russian aircraft carried out five air strikes on Mala Tokmachka on Wednesday. On "
        "Tuesday, rescuers completed search operations at the site of an earlier attack in "
        "the city."
    )
    assert towns(text) == ["Mala Tokmachka"]


@pytest.mark.parametrize(
    "text",
    [
        "In the Synelnykove district, a farmer was injured when an unexploded shell left from "
        "earlier shelling detonated in a field.",
        "Ukrenergo warned that Russia could launch another massive attack on the energy system, "
        "and outages were applied in Lviv, Volyn and Rivne oblasts on Wednesday morning.",
        "Ukraine launched a military operation in Donbass in 2014.",
    ],
)
def test_old_ordnance_forecasts_and_the_wars_course_are_no_incidents(text: str) -> None:
    assert towns(text) == []


def test_a_capitalised_region_word_still_qualifies_the_town() -> None:
    text = "On Friday, the town of Grayvoron in Belgorod Region came under artillery fire."
    assert towns(text) == ["Grayvoron"]


def test_the_units_a_depot_belongs_to_are_not_the_attacker() -> None:
    text = (
        "On Friday, Russian air-launched weapons destroyed an ammunition depot of the 59th "
        "brigade of the Armed Forces of Ukraine in the city of Nikolaev, the ministry said."
    )
    assert [i.actor for i in incidents(text)] == ["Russia"]


def test_an_interception_over_a_region_is_not_the_debris_in_one_of_its_towns() -> None:
    text = (
        "On the night of 12 to 13 May 2024, Russian air defence intercepted 16 Ukrainian drones "
        "over Belgorod oblast. Debris fell on Bessonovka (Belgorodskiy, Belgorod), damaging 3 "
        "houses."
    )
    assert sorted(i.place.precision for i in incidents(text) if i.place) == ["region", "town"]


@pytest.mark.parametrize(
    "text",
    [
        "Serhiy Lysak: The night in the Dnipropetrovsk region passed without attacks. There were "
        "no hits, no damage and no casualties.",
        "Russian troops are continuing their attacks on the Ukrainian positions near Kreminna, "
        "the Ukrainian army says.",
    ],
)
def test_a_quiet_night_and_assaults_on_positions_are_no_incidents(text: str) -> None:
    assert towns(text) == []


def test_a_week_later_moves_the_day_of_the_places_after_it() -> None:
    text = (
        "The wave of strikes began on March 1, when missiles hit the power station in "
        "Kharkiv and a week later hit the Burshtyn power plant."
    )
    days = {i.place.name.split()[0]: str(i.date.start) for i in incidents(text) if i.place}
    assert days == {"Kharkiv": "2023-03-01", "Burshtyn": "2023-03-08"}


def test_an_earlier_strike_measured_from_this_one_is_context() -> None:
    text = (
        "A Russian missile strike hit Sumy on Sunday, killing 35. The attack came less than two "
        "weeks after a Russian missile strike on a playground in Kryvyi Rih killed 20 people."
    )
    assert towns(text) == ["Sumy"]


def test_a_village_name_the_article_uses_as_a_surname_stays_a_person() -> None:
    text = (
        "A Russian guided bomb hit an apartment block in Kharkiv on Monday, the mayor, Ihor "
        "Terekhov, said. Terekhov has now said four people were killed in the strike."
    )
    assert towns(text) == ["Kharkiv"]


def test_a_list_a_strike_sentence_opens_gives_one_event_per_item() -> None:
    text = (
        "On the night of 13 March 2023, the enemy attacked with 40 Shahed drones.\n\n"
        "As a result of combat work, 35 attack UAVs were destroyed:\n"
        "- Mykolaiv region – 17;\n- Odesa region – 14;\n- Kherson region – 4.\n"
    )
    assert sorted(towns(text)) == ["Kherson Oblast", "Mykolaiv Oblast", "Odesa Oblast"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kupiansk direction: the areas of Kupiansk and Synkivka of the Kharkiv region came "
         "under enemy artillery fire.", ["Kupyansk", "Synkivka"]),
        ("Kupiansk direction: the occupiers attacked 9 times near Kruhliakivka and Kopanky. "
         "Seven attacks were repelled.", []),
        ("On 13 March the enemy shelled more than 40 settlements, among them Orikhiv and "
         "Huliaipole.", ["Hulyaypole", "Orikhiv"]),
        ("Threats recorded by the Air Force: attack UAVs moving towards the Mykolaiv and "
         "Kirovohrad regions.", []),
    ],
)  # fmt: skip
def test_a_general_staff_updates_lines(text: str, want: list[str]) -> None:
    assert sorted(towns(text)) == want


def test_a_holiday_names_its_day_and_a_count_raised_on_a_day_is_not_the_event() -> None:
    text = (
        "Russia's Defence Ministry on Wednesday raised to 89 the number of its soldiers killed "
        "in a Ukrainian missile strike on a barracks in Makiivka on New Year's Day."
    )
    article = make_article("t.txt", f" date 2023-01-04 probe\n\n{text}\n")
    (incident,) = extract_incidents([article], default_resolver())
    assert str(incident.date.start) == str(incident.date.end) == "2023-01-01"


def test_a_strike_as_a_purpose_is_no_event() -> None:
    text = (
        "Western officials debated whether to let Kyiv use donated weapons to hit military "
        "targets inside Russia, near Belgorod."
    )
    assert towns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian missiles damaged the landing ship Minsk and the submarine Rostov-on-Don.",
        "Russia has repeatedly attacked Izmail and other Danube ports since quitting the grain "
        "deal in July.",
        "The strike came as Putin hosted Kim Jong Un at the Vostochny cosmodrome in the Amur "
        "region.",
    ],
)
def test_ships_habits_and_hosts_are_no_strike_places(text: str) -> None:
    assert not {"Rostov-on-Don", "Izmayil", "Amur Oblast"} & set(towns(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Armed Forces of Ukraine shelled the workers' settlement of Suzemka, Suzemsky "
         "district, with mortars on Monday.", ["Suzëmka"]),
        ("This morning, Pologi came under fire from a Ukrainian multiple rocket launcher.",
         ["Polohy"]),
        ("On Monday the areas of the following settlements were hit by air strikes: Lyptsi and "
         "Vovchansk of the Kharkiv region; Toretsk of the Donetsk region.",
         ["Lyptsi", "Toretsk", "Vovchansk"]),
    ],
)  # fmt: skip
def test_official_phrasings_of_the_places_struck(text: str, want: list[str]) -> None:
    assert sorted(towns(text)) == want


def test_a_towns_governor_speaks_for_the_region() -> None:
    text = (
        "Tver's governor, Igor Rudenya, said on Tuesday that air defences had shot down drones "
        "over the area."
    )
    assert towns(text) == ["Tver Oblast"]


def test_the_instrument_between_verb_and_object_keeps_the_object_struck() -> None:
    text = "On 1 May 2023, Russian forces hit with missiles Lozova (Lozova raion, Kharkiv)."
    assert towns(text) == ["Lozova"]


def test_a_part_of_a_part_of_a_city_is_struck_in_that_city() -> None:
    text = (
        "On 21 January 2024, Ukrainian forces shelled a market in the Tekstilshchik neighbourhood "
        "of the Kirovskyi district of Donetsk city (Donetsk, Donetsk)."
    )
    assert towns(text) == ["Donetsk"]


def test_a_namesake_is_the_one_by_the_town_that_locates_it() -> None:
    # Ivanivkas lie all over the south; the one "near Vysokopillia" is 11 km from it.
    text = "On 19 October 2022, Russian forces shelled Ivanivka, near Vysokopillia."
    (inc,) = incidents(text)
    assert inc.place is not None and inc.place.lon is not None
    assert abs(inc.place.lon - 33.38) < 0.1


def test_a_month_dated_strike_during_a_siege_is_an_event_of_that_month() -> None:
    text = (
        "In March 2022, Russian forces shelled Novoselivka (Chernihiv, Chernihiv) during the siege."
    )
    (inc,) = incidents(text)
    assert (str(inc.date.start), str(inc.date.end)) == ("2022-03-01", "2022-03-31")


def test_damage_during_an_undated_siege_is_no_event() -> None:
    assert towns("The school in Izium was damaged during the siege.") == []


def test_each_clause_gives_its_own_places_figures() -> None:
    text = (
        "On 10 August 2022, Russian forces shelled Marhanets and Vyshchetarasivka (Nikopol raion, "
        "Dnipropetrovsk). In Vyshchetarasivka, 11 civilians were killed and 7 were injured; in "
        "Marhanets, 2 civilians were killed and 4 were injured."
    )
    got = {i.place.name: (i.killed, i.injured) for i in incidents(text) if i.place}
    assert got == {"Vyshchetarasivka": (11, 7), "Marhanets": (2, 4)}


def test_a_second_clause_without_a_place_goes_on_with_the_first() -> None:
    text = "A missile hit Sloviansk on 14 March: the toll rose to 11; 21 injured, officials said."
    (inc,) = incidents(text)
    assert (inc.killed, inc.injured) == (11, 21)


def test_another_person_hurt_is_one_more_injured() -> None:
    text = (
        "On 3 December 2022, shelling hit Yasynuvata. A woman was killed and another was injured."
    )
    (inc,) = incidents(text)
    assert (inc.killed, inc.injured) == (1, 1)
