"""Rules of language for headlines, captions and short posts (issue 12, third round).

Present and progressive verbs, nouns of impact, and clauses whose non-event word is
overruled by a strike word nearer the place. Sentences are our own.
"""

from __future__ import annotations

import pytest

from geo.articles import make_article
from geo.pipeline import extract_incidents
from geo.places import default_resolver


def towns(text: str) -> list[str]:
    article = make_article("t.txt", f" date 2023-03-14 probe\n\n{text}\n")
    return [i.place.name for i in extract_incidents([article], default_resolver()) if i.place]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Impact of a Kh-101 missile in Fastiv, Kyiv Oblast.", "Fastiv"),
        ("A rocket lands near a school in Chuhuiv, Kharkiv Oblast.", "Chuhuyiv"),
        ("Rocket motor impacted into a garden in Izium, Kharkiv Oblast.", "Izyum"),
        ("Footage of artillery destroying a bridge in Kupiansk, Kharkiv Oblast.", "Kupyansk"),
        ("A tank firing on houses in Siversk, Donetsk Oblast.", "Siversk"),
        ("A drone drops a grenade on a car in Beryslav, Kherson Oblast.", "Beryslav"),
        ("A helicopter launching rockets at positions near Bilohorivka, Luhansk Oblast.",
         "Bilohorivka"),
    ],
)  # fmt: skip
def test_headline_verbs_and_impact_nouns_are_events(text: str, town: str) -> None:
    assert town in towns(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Smoke coming from a paint factory after it was struck in Sumy, Sumy Oblast.", "Sumy"),
        ("Video showing a strike on a delivery service warehouse in Poltava.", "Poltava"),
    ],
)  # fmt: skip
def test_a_strike_word_nearer_the_place_overrules_a_non_event_word(text: str, town: str) -> None:
    assert towns(text) == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Aid deliveries reached Kherson on Tuesday, a week after the shelling stopped.",
        "Drones launched from Kursk struck Sumy on Tuesday.",
        "Missiles seen flying over Vinnytsia, heading west.",
    ],
)
def test_non_event_words_still_hold_without_a_nearer_strike(text: str) -> None:
    assert "Kherson" not in towns(text) and "Kursk" not in towns(text)
    assert "Vinnytsia" not in towns(text)


def test_a_victim_wounded_earlier_in_a_district_of_the_city_places_the_event() -> None:
    text = ("A woman who was wounded earlier in the Kyivskyi district of Donetsk by shelling "
            "died in hospital, the mayor said.")  # fmt: skip
    assert towns(text) == ["Donetsk"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Aftermath of a strike on a block of flats in Chasiv yar, Donetsk Oblast.", "Chasiv Yar"),
        ("Russian missiles hit Kryvyi rih on Monday.", "Kryvyy Rih"),
    ],
)  # fmt: skip
def test_a_known_name_typed_in_lower_case_is_still_the_place(text: str, town: str) -> None:
    assert towns(text) == [town]


def test_a_region_phrase_in_lower_case_stays_a_region() -> None:
    assert towns("Russian shelling hit Kharkiv region villages on Monday.") == ["Kharkiv Oblast"]


def test_a_video_timestamp_is_no_tally_of_strikes() -> None:
    assert towns("1:15 Russian strikes on a school in Balakliia, Kharkiv Oblast.") == ["Balakliya"]


def test_a_position_coming_under_fire_is_an_event() -> None:
    assert towns("A position coming under heavy fire in Bilohorivka, Luhansk Oblast.") == [
        "Bilohorivka"
    ]


# ---- short items: headline places, days by the clock, the day of publication -------------


def incidents_of(text: str, published: str = "2024-05-22") -> list:  # type: ignore[type-arg]
    return extract_incidents([make_article("t.txt", f" date {published} {text}\n")],
                             default_resolver())  # fmt: skip


def test_the_headline_places_the_storys_first_placeless_event() -> None:
    found = incidents_of("Drone hits a school in Sumy, 2 injured\n"
                         "The strike on the school damaged its roof; three people were injured.")  # fmt: skip
    assert [(i.place.name, i.injured) for i in found] == [("Sumy", 3)]


def test_a_headline_without_a_strike_places_nothing() -> None:
    found = incidents_of("Sumy mayor on the winter season\nA drone strike damaged a roof.")
    assert found == []


def test_an_undated_report_is_of_the_day_of_publication_or_the_day_before() -> None:
    (inc,) = incidents_of("Probe\nRussian shelling damaged houses in Nikopol.")
    assert (str(inc.date.start), str(inc.date.end)) == ("2024-05-21", "2024-05-22")


@pytest.mark.parametrize(
    "body",
    [
        "A guided bomb struck a high-rise in Kharkiv in the afternoon.",
        "11:20 — Russian artillery shelled Kherson.",
        "Around 08:00 a drone dropped an explosive on a car in Beryslav.",
    ],
)
def test_a_time_of_day_without_a_day_is_the_day_of_publication(body: str) -> None:
    (inc,) = incidents_of("Probe\n" + body)
    assert (str(inc.date.start), str(inc.date.end)) == ("2024-05-22", "2024-05-22")


def test_a_time_of_day_follows_the_day_the_story_told() -> None:
    text = "Probe\nOn Monday, a missile hit Odesa. In the afternoon, a drone struck Izmail."
    days = {i.place.name: str(i.date.start) for i in incidents_of(text)}
    assert days["Izmayil"] == "2024-05-20"


def test_an_undated_report_joins_the_dated_one_from_an_earlier_day() -> None:
    a = make_article("a.txt", " date 2024-05-20 Probe\nOn Saturday, missiles hit Belgorod.\n")
    b = make_article("b.txt", " date 2024-05-22 Probe\nThree missiles hit Belgorod, killing two.\n")
    found = extract_incidents([a, b], default_resolver())
    assert [(str(i.date.start), len(i.sources)) for i in found] == [("2024-05-18", 2)]


# ---- "born in 1965": a life, not a date; a person, not a figure --------------------------


@pytest.mark.parametrize(
    ("body", "killed", "injured"),
    [
        ("Shelling hit Valuyki; a woman born in 1965 was wounded.", None, 1),
        ("Shelling hit Donetsk; a man born in 1958 and a woman born in 1961 died.", 2, None),
        ("Shelling hit Horlivka. A man born in 1972 received shrapnel wounds.", None, 1),
        ("Shelling hit Shebekino. Two civilians sustained blast injuries.", None, 2),
    ],
)  # fmt: skip
def test_birth_years_are_neither_days_nor_figures(
    body: str, killed: int | None, injured: int | None
) -> None:
    (inc,) = incidents_of("Probe\n" + body)
    assert (str(inc.date.end), inc.killed, inc.injured) == ("2024-05-22", killed, injured)


# ---- one story, one sense: qualified names, city districts, roundup entries ---------------


def test_a_name_placed_with_its_raion_keeps_that_place_when_it_recurs_bare() -> None:
    found = incidents_of("Petrivka, Izium district: farm hit\n"
                         "A drone struck a farm near Petrivka, killing a farmer.")  # fmt: skip
    assert [(i.place.name, i.place.admin2) for i in found] == [("Petrivka", "6304")]


@pytest.mark.parametrize(
    "body",
    [
        "Shells hit Donetsk on Tuesday. In the Kievsky district, a shell hit a yard.",
        "Shells hit the Kievsky and Kuibyshevsky districts of Donetsk on Tuesday.",
    ],
)
def test_a_city_district_named_by_an_adjective_is_that_city(body: str) -> None:
    assert {i.place.name for i in incidents_of("Probe\n" + body)} == {"Donetsk"}


def test_a_roundup_entry_places_its_paragraph_and_the_sum_is_no_event() -> None:
    text = ("Daily report\nGorlovka.\n\nA drone dropped an explosive on a bus depot. "
            "A man was wounded.\n\nYasinovataya.\n\nShelling damaged two houses. "
            "A woman was killed.\n\nIn total, one civilian was killed and four were wounded.")  # fmt: skip
    got = sorted((i.place.name, i.killed, i.injured) for i in incidents_of(text))
    assert got == [("Horlivka", None, 1), ("Yasynuvata", 1, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alert in Kyiv due to a MiG-31K takeoff\nThe alert lasted 47 minutes.",
        "Bus collides with truck near Poltava, 5 dead\nThe driver lost control; 11 were injured.",
        "Old rocket found near Balakliia\nSappers removed the rocket and destroyed it at a range.",
    ],
)
def test_alerts_accidents_and_ordnance_disposal_are_no_strikes(text: str) -> None:
    assert incidents_of(text) == []


def test_ages_after_people_are_no_figures() -> None:
    (inc,) = incidents_of("Probe\nShelling hit Nikopol; a man, 44, and a woman, 36, were injured.")
    assert inc.injured == 2


def test_the_morning_strike_is_of_the_day_of_publication() -> None:
    (inc,) = incidents_of("Missile hits Dnipro\nThe death toll from the morning strike rose to 4.")
    assert (str(inc.date.start), str(inc.date.end), inc.killed) == ("2024-05-22", "2024-05-22", 4)


@pytest.mark.parametrize(
    ("latin", "press"),
    [("Dniprodzerzhynsk", "Dneprodzerzhinsk"), ("Lysychansk", "Lisichansk"),
     ("Dniprorudne", "Dneprorudnoye"), ("Horlivka", "Gorlovka")],
)  # fmt: skip
def test_russian_press_spellings_are_generated_from_ukrainian_names(latin: str, press: str) -> None:
    from geo.translit import press_variants

    assert press in press_variants(latin)


def test_a_soviet_name_in_russian_spelling_is_the_city() -> None:
    assert towns("Russian forces struck a drone workshop in Dneprodzerzhinsk.") == ["Kamyanske"]


def test_a_facility_of_a_town_is_in_that_town_and_a_pipeline_is_no_town() -> None:
    assert towns("Missiles struck a train at the station of Krasnoarmeysk.") == ["Pokrovsk"]
    assert towns("Drones hit the Unecha pumping station of the Druzhba pipeline.") == ["Unecha"]


def test_the_toll_of_a_strike_on_a_five_storey_block_is_read() -> None:
    (inc,) = incidents_of("Probe\nThe death toll from the strike on a five-storey building in "
                          "Dnipro has risen to 4; 19 people were injured.")  # fmt: skip
    assert (inc.killed, inc.injured) == (4, 19)


def test_the_headline_gives_the_figure_the_story_leaves_out() -> None:
    (inc,) = incidents_of("Missile hits centre of Chernihiv, 7 killed\n"
                          "The missile struck the square in Chernihiv; 144 people were injured.")  # fmt: skip
    assert (inc.killed, inc.injured) == (7, 144)
    assert inc.sources[0].excerpt == "Missile hits centre of Chernihiv, 7 killed"


# ---- who says so: Ukraine's strikes are alleged unless claimed; a side's military claims --


@pytest.mark.parametrize(
    ("body", "actor", "attribution"),
    [
        ("Governor Gladkov: shelling damaged two houses in Shebekino.", "Ukraine", "alleged"),
        ("As a result of shelling by the Armed Forces of Ukraine, a man died in Horlivka.",
         "Ukraine", "alleged"),
        ("Ukrainian formations shelled the centre of Donetsk on Tuesday.", "Ukraine", "alleged"),
        ("Russian forces struck a depot in Pokrovsk, the Russian Defence Ministry said.",
         "Russia", "claimed"),
        ("A Russian missile struck a school in Sumy on Tuesday.", "Russia", "stated"),
    ],
)  # fmt: skip
def test_who_reports_a_strike_decides_its_attribution(
    body: str, actor: str, attribution: str
) -> None:
    (inc,) = incidents_of("Probe\n" + body)
    assert (inc.actor, inc.attribution) == (actor, attribution)


def test_a_ukrainian_strike_of_months_ago_the_article_retells_is_stated() -> None:
    text = "Probe\nIn January, two Ukrainian helicopters blew up a fuel depot in Belgorod."
    (inc,) = incidents_of(text)
    assert (inc.actor, inc.attribution) == ("Ukraine", "stated")


@pytest.mark.parametrize(
    "body",
    [
        "A court sentenced an officer in absentia for helping to shell Chernihiv.",
        "The city has been struck several more times since 2022.",
        "Western permission to strike targets near Kharkiv was granted in May.",
        "Lukashenko said in Minsk that Belarus would not join the war unless attacked.",
    ],
)
def test_courts_tallies_of_a_period_and_what_did_not_happen_are_no_incidents(body: str) -> None:
    assert incidents_of("Probe\n" + body) == []


def test_a_verdict_over_a_dated_strike_tells_that_strike() -> None:
    # Writers of court reports code the strike a verdict names with its own date (long17,
    # long23; pages9's writer did not): it is a real event with a place and a month.
    text = "Probe\nA court sentenced an officer in absentia for the shelling of Chernihiv in March 2022."
    (inc,) = incidents_of(text)
    assert inc.place.name == "Chernihiv" and (inc.date.start.month, inc.date.end.day) == (3, 31)


def test_due_to_shelling_is_a_cause_not_an_intention() -> None:
    (inc,) = incidents_of("Probe\nA man died in Horlivka due to the shelling on Tuesday.")
    assert inc.place.name == "Horlivka"


def test_a_roundups_side_carries_to_entries_that_name_none_inside_ukraine_only() -> None:
    text = ("Daily report\nUkrainian formations fired 124 munitions at Donetsk on Tuesday.\n\n"
            "Yasinovataya.\n\nA drone dropped an explosive on a bus depot. A man was wounded.")  # fmt: skip
    sides = {i.place.name: i.actor for i in incidents_of(text)}
    assert sides == {"Donetsk": "Ukraine", "Yasynuvata": "Ukraine"}
    text = ("Probe\nRussia said it struck Odesa on Tuesday.\n\n"
            "A section of the Kerch bridge was damaged on Monday.")  # fmt: skip
    assert {i.place.name: i.actor for i in incidents_of(text)}.get("Odesa") == "Russia"
    assert all(i.actor != "Russia" for i in incidents_of(text) if i.place.admin1 == "Crimea")


def test_the_side_supplied_is_no_attacker_but_a_strike_of_its_forces_is() -> None:
    (inc,) = incidents_of("Probe\nGeran drones destroyed AFU units near Krasnoarmeysk, "
                          "the Russian Ministry of Defence reported.")  # fmt: skip
    assert (inc.actor, inc.attribution) == ("Russia", "claimed")
    (inc,) = incidents_of("Probe\nA bakery in Lisichansk was destroyed by a strike of the "
                          "Ukrainian armed forces on Saturday.")  # fmt: skip
    assert inc.actor == "Ukraine"


def test_communities_listed_before_their_verb_are_each_a_target() -> None:
    text = "Probe\nNikopol, Marhanets and Pokrovske communities came under fire on Tuesday."
    assert {i.place.name for i in incidents_of(text)} == {"Nikopol", "Marhanets", "Pokrovske"}


@pytest.mark.parametrize(
    ("body", "site"),
    [
        ("DTEK said its Burshtyn thermal power plant in the Ivano-Frankivsk region was hit.",
         "Burshtyn thermal power plant"),
        ("A drone hit a building near the Khmelnytskyi nuclear power plant.",
         "Khmelnytskyi Nuclear Power Plant (Netishyn)"),
        ("On the night of 12 to 13 May, drones set fire to an oil depot in Oryol.", "Orël"),
    ],
)  # fmt: skip
def test_power_plants_are_sites_and_a_passive_subject_is_the_target(body: str, site: str) -> None:
    assert [i.place.name for i in incidents_of("Probe\n" + body)] == [site]


def test_a_ship_named_after_a_town_is_no_town() -> None:
    assert incidents_of("Probe\nThe ministry acknowledged the Novocherkassk had been damaged.") == []


def test_a_list_of_birth_years_is_no_figure() -> None:
    (inc,) = incidents_of("Probe\nRussian troops fired on Nikopol; 3 more residents, born in "
                          "1958, 1971 and 2004, were injured.")  # fmt: skip
    assert inc.injured == 3


def test_a_modifier_before_the_people_counted_is_read() -> None:
    (inc,) = incidents_of("Probe\nA drone hit the port of Odesa; two port workers were injured.")
    assert inc.injured == 2


def test_ground_assaults_in_a_front_direction_are_no_strike() -> None:
    text = "Probe\nIn the Kupiansk direction, the enemy attacked 4 times near Zahryzove and Lozova."
    assert incidents_of(text) == []
    shelled = "Probe\nIn the Kupiansk direction, Russian artillery shelled Lozova on Tuesday."
    assert [i.place.name for i in incidents_of(shelled)] == ["Lozova"]


def test_a_mayors_name_is_no_place_and_a_night_into_a_date_is_two_days() -> None:
    (inc,) = incidents_of("Probe\nMissiles struck central Sumy on Monday, acting mayor Artem "
                          "Kobzar said.")  # fmt: skip
    assert inc.place.name == "Sumy"
    (inc,) = incidents_of("Probe\nOvernight into 31 December, Russian missiles struck Kharkiv.",
                          published="2024-01-03")  # fmt: skip
    assert (str(inc.date.start), str(inc.date.end)) == ("2023-12-30", "2023-12-31")


def test_months_of_shelling_are_no_event() -> None:
    text = "Probe\nShebekino was largely emptied of residents by months of shelling last summer."
    assert incidents_of(text) == []


def test_list_items_are_body_and_a_listed_namesake_lies_near_its_siblings() -> None:
    text = ("Zaporizhzhia region: a day of strikes\nAccording to him, the Russian military:\n"
            "— 211 drones attacked Huliaipole, Orikhiv, Kamianske and Bilenke;\n"
            "— 4 MLRS attacks hit Huliaipole and Novodanylivka.")  # fmt: skip
    places = {(i.place.name, i.place.admin1) for i in incidents_of(text)}
    assert ("Kamyanske", "Zaporizhzhia Oblast") in places
    assert ("Novodanylivka", "Zaporizhzhia Oblast") in places


def test_a_live_entrys_own_heading_places_its_placeless_toll() -> None:
    text = ("Region on 18 February: shelling of Orikhiv – live\n"
            "Russian artillery hit a street in Orikhiv around 11:30, killing a woman.\n\n"
            "Guided bombs hit Zaporizhzhia\n"
            "In total, four people were killed and 19 were injured today.")  # fmt: skip
    found = {i.place.name: (i.killed, i.injured) for i in incidents_of(text)}
    assert found["Zaporizhzhya"] == (4, 19) and found["Orikhiv"] == (1, None)


def test_in_a_story_of_both_sides_the_side_does_not_carry_far() -> None:
    text = ("Probe\nRussian missiles struck Kyiv on Monday. Ukrainian forces shelled Donetsk on "
            "Monday. Officials gave no figures. The region has no power. Schools are closed. "
            "Water is cut. Shelling killed two people in Kherson on Monday.")  # fmt: skip
    sides = {i.place.name: i.actor for i in incidents_of(text)}
    assert sides["Kherson"] == "Russia" and sides["Donetsk"] == "Ukraine"


def test_a_count_of_strikes_on_one_town_is_its_event_a_trend_is_not() -> None:
    assert [i.place.name for i in incidents_of("Probe\n— carried out 6 air strikes on Stepnohirsk;")] == [
        "Stepnohirsk"
    ]
    assert incidents_of("Probe\nRussia has intensified its attacks on Kharkiv since May.") == []


@pytest.mark.parametrize(
    ("body", "point"),
    [
        ("Artillery struck the village of Mykolaivka in the Tiahynka community of the Beryslav "
         "district.", (46.79, 33.26)),
        ("In the village of Mykolaivka of the Kostiantynivka community, shelling injured a man.",
         (48.58, 37.80)),
        ("A drone hit a car in Odnorobivka in the Zolochiv community of the Bohodukhiv district.",
         (50.36, 35.91)),
    ],
)  # fmt: skip
def test_a_hromada_written_next_to_a_village_decides_the_namesake(
    body: str, point: tuple[float, float]
) -> None:
    (inc,) = incidents_of("Probe\n" + body)
    assert abs(inc.place.lat - point[0]) < 0.05 and abs(inc.place.lon - point[1]) < 0.05
