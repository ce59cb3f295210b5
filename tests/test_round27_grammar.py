"""Rules of the twenty-seventh round (issue 12, session 31): news from outlets the rules had
not read (trade press, a diaspora paper, a Russian agency's copy, an obituary, a weekly
roundup, a fact check).

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates


def test_a_weekday_that_the_dates_day_falls_on_is_that_date() -> None:
    # 9 July 2023 was a Sunday: the weekday and the date are one day
    found = find_dates("On the Sunday we left, 9 July, shells hit the farm.", date(2023, 7, 20))
    assert [(d.window.start, d.window.end) for d in found] == [(date(2023, 7, 9),) * 2]


def test_a_weekday_that_disagrees_with_the_date_is_kept() -> None:
    found = find_dates("On the Sunday we left, 10 July, shells hit the farm.", date(2023, 7, 20))
    assert len(found) == 2


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("The shelling killed more than 40 animals on the farm.", None),
        ("The owner counted 12 dead cows after the shelling.", None),
        ("The shelling killed 3 people and 40 cows on the farm.", 3),
        ("A married couple died when a shell hit their house.", 2),
        ("A retired teacher of Vovchansk died when a shell hit her house.", 1),
        # an age after the person is no toll
        ("A shell hit the house; a man of 64 was killed.", 1),
    ],
)
def test_killed_counts_people_only(sentence: str, killed: int | None) -> None:
    found = at(
        incidents(f" date 2023-03-02 x\nOn 1 March Russian forces shelled Kupiansk. {sentence}\n"),
        "Kup",
    )
    assert [i.killed for i in found] == [killed]


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("None of the workers was hurt.", 0, 0),
        ("One civilian was killed and another injured, officials said.", 1, 1),
    ],
)
def test_figures_told_by_a_shared_verb_or_a_none_of(
    sentence: str, killed: int, injured: int
) -> None:
    text = (
        f" date 2023-03-02 x\nOn 1 March a Russian shell hit a warehouse in Kupiansk. {sentence}\n"
    )
    [found] = at(incidents(text), "Kup")
    assert (found.killed, found.injured) == (killed, injured)


def test_a_town_where_a_strike_happened_is_struck_even_after_from() -> None:
    text = (
        " date 2024-05-10 x\n"
        "The family came from Okhtyrka, where Russian munitions hit a kindergarten on "
        "25 February 2022, killing three people.\n"
    )
    assert days(at(incidents(text), "Okhtyrka")) == [(date(2022, 2, 25),) * 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "A neighbour lost her flat in the attack and now lives with her son in Lviv.",
        "The strike came while the US president was in Warsaw.",
        "Refugees said they had heard the explosions while waiting at the crossing at Shehyni.",
        "Posts from Telegram channels in Belgorod blamed an air-defence missile.",
    ],
)
def test_where_people_live_are_or_speak_is_no_place_struck(sentence: str) -> None:
    text = (
        f" date 2022-03-27 x\nOn 26 March Russian missiles hit an oil depot in Lviv. {sentence}\n"
    )
    places = {i.place.name for i in incidents(text) if i.place is not None}
    assert places == {"Lviv"}


def test_a_town_hit_many_times_tells_no_one_event() -> None:
    text = (
        " date 2024-12-01 x\n"
        "On 17 November 2024 a Russian missile struck a block of flats in Sumy, killing eleven. "
        "Kharkiv itself has been hit many times since.\n"
    )
    assert {i.place.name for i in incidents(text) if i.place is not None} == {"Sumy"}


def test_a_donetsk_peoples_republic_story_is_in_donetsk_not_its_russian_namesake() -> None:
    text = (
        " date 2023-02-12 x\n"
        "DONETSK, February 12. The Ukrainian armed forces shelled a school in Donetsk on "
        "Saturday, the mayor said. Shelling of the Donetsk People's Republic has not stopped. "
        "Residents of frontline settlements are offered housing in the Rostov Region.\n"
    )
    [found] = at(incidents(text), "Donetsk")
    assert found.place.country == "UA"


def test_a_sentence_opening_in_a_region_places_its_village_there() -> None:
    text = (
        " date 2022-09-07 x\n"
        "The elevator in Ochakiv, Mykolaiv region, was destroyed by Russian shelling on 4 "
        "September.\n\n"
        "In Zaporizhzhia region, a grain store in Ternuvate was damaged by Russian shelling on "
        "3 August.\n"
    )
    [found] = at(incidents(text), "Ternuvate")
    assert found.place.admin1 == "Zaporizhzhia Oblast"


def test_an_institution_named_after_one_town_is_struck_in_the_town_it_stands_in() -> None:
    text = (
        " date 2022-07-18 x\n"
        "On 17 May, Russian strikes destroyed buildings of the Horlivka Institute for Foreign "
        "Languages in Bakhmut, where the institute had moved in 2014.\n"
    )
    found = incidents(text)
    assert [i.place.name for i in found if i.place] == ["Bakhmut"]
    assert days(found) == [(date(2022, 5, 17),) * 2]


def test_a_places_qualifier_does_not_open_a_new_clause_before_its_day() -> None:
    text = (
        " date 2024-03-06 x\n"
        "Prosecutors cited the attack on the power plant in Burshtyn on 10 October 2022 and "
        "the attack on the Kremenchuk hydroelectric plant at Svitlovodsk, Kirovohrad region, "
        "on 31 October 2022.\n"
    )
    found = incidents(text)
    assert (date(2022, 10, 31), date(2022, 10, 31)) in days(found)


def test_died_days_after_the_strike_dates_the_strike_back() -> None:
    text = (
        " date 2023-02-22 x\n"
        "The teacher died on 17 February in a hospital in Dnipro, two days after Russian "
        "rockets hit the block where she lived in Pokrovsk.\n"
    )
    [found] = at(incidents(text), "Pokrovsk")
    assert found.date.start == date(2023, 2, 15)


def test_a_namesake_the_sentence_sets_aside_is_not_the_one_meant() -> None:
    text = (
        " date 2023-02-20 x\n"
        "On 17 February a man was killed by Russian shelling in Sadove, on the edge of "
        "Kherson (there is another Sadove in the Skadovsk district).\n"
    )
    [found] = at(incidents(text), "Sadove")
    assert found.place.lon > 32.5  # by Kherson, not the one in the Skadovsk district


def test_a_village_placed_by_a_bearing_from_a_city_is_the_namesake_there() -> None:
    text = (
        " date 2023-02-20 x\n"
        "On 13 February two civilians were killed by Russian shelling in Inhulets, a village "
        "north-east of Kherson.\n"
    )
    [found] = at(incidents(text), "Inhulets")
    assert found.place.admin1 == "Kherson Oblast"


_TRACKER = (
    " date 2022-07-27 tracker export\n"
    "dt | loc | r-n | obl | type | actor | cas | note\n"
    "15.07 | Prosiana | Synelnykove | Dnipropetrovsk | shelling, school destroyed | RU | 0/2 |\n"
    "16.07 | Kamianske | Vasylivka | Zaporizhzhia | MLRS on a boarding school | RU | ? |\n"
    "19.07 | ~~Kodema~~ | ~~Bakhmut~~ | ~~Donetsk~~ | ~~shelling, farm~~ | | | dup, see 20.07\n"
    "21.07 | Kostiantynivka | Kramatorsk | Donetsk | SBU detains a spotter for RU artillery | | | "
    "not an incident for this table\n"
)


def test_a_trackers_abbreviated_columns_place_each_row_by_its_raion_and_oblast() -> None:
    found = incidents(_TRACKER)
    assert sorted((i.place.name, i.place.admin1) for i in found if i.place) == [
        ("Kamyanske", "Zaporizhzhia Oblast"),
        ("Prosyana", "Dnipropetrovsk Oblast"),
    ]
    [prosiana] = at(found, "Prosyana")
    assert (prosiana.killed, prosiana.injured) == (0, 2)


@pytest.mark.parametrize(
    ("header", "row", "place", "figures"),
    [
        (
            "Cols: # | date | oblast | hromada / settlement | incident | civ. harm K/I | source",
            "1 | Mon 13.02 | Donetsk | Lyman hrom. / Stavky | RU shelling of a street | 1 / 3 | OVA",
            "Stavky",
            (1, 3),
        ),
        (
            "Cols: # | date | oblast | hromada / settlement | incident | civ. harm K/I | source",
            "3 | Fri 17.02 | Kherson | Kherson hrom. / Sadove | RU shelling | 1 / – | city MA",
            "Sadove",
            (1, None),
        ),
    ],
)
def test_a_hromada_slash_settlement_cell_is_the_settlement_in_that_hromada(
    header: str, row: str, place: str, figures: tuple[int | None, int | None]
) -> None:
    [found] = incidents(f" date 2023-02-20 weekly table\n{header}\n\n{row}\n")
    assert found.place.name == place
    assert (found.killed, found.injured) == figures
    if place == "Sadove":
        assert found.place.lon > 32.5  # in Kherson's hromada, not the Skadovsk district's


def test_a_rows_region_slash_site_cell_is_no_header() -> None:
    text = (
        " date 2022-10-11 tickets\n"
        "ticket | prio | opened | region/site | summary | cause\n"
        "INC-1 | P1 | 10.10 08:47 | TERNOPIL / city | substation hit, power loss | missile strike (RU)\n"
    )
    assert [i.place.name for i in incidents(text) if i.place] == ["Ternopil"]


def test_a_map_changelogs_record_labels_its_place() -> None:
    text = (
        " date 2022-10-12 changelog\n"
        "v0.39 - 10.10 09:12 UTC\n"
        "+ added pin #1188 Vorozhba (Sumy r-n): railway station destroyed by RU shelling, Sun 09.10.\n"
    )
    [found] = incidents(text)
    assert found.place.name == "Vorozhba"
    assert days([found]) == [(date(2022, 10, 9),) * 2]


@pytest.mark.parametrize(
    "sentence",
    [
        "As a result of shelling by the AFU of the settlement of Rubtsi, 13 rescuers were killed.",
        "After the shelling by Russian forces of Kupiansk, two people were killed.",
    ],
)
def test_shelling_by_a_side_of_a_place_strikes_that_place(sentence: str) -> None:
    found = incidents(f" date 2022-09-02 x\n{sentence}\n")
    assert len([i for i in found if i.place is not None]) == 1


def test_a_captured_site_struck_is_a_strike_not_a_capture() -> None:
    text = " date 2023-02-09 x\nOn 8 February Ukrainian forces hit the captured airfield in Berdiansk.\n"
    [found] = incidents(text)
    assert found.place.name.startswith("Berd")


@pytest.mark.parametrize("name", ["Zimogorye", "Zimogor'ye", "Zimogorie"])
def test_a_russian_soft_sign_ending_finds_the_ukrainian_town(name: str) -> None:
    from geo.places import default_resolver

    place = default_resolver().resolve(name, ("Luhansk",), "town")
    assert place is not None and place.admin1 == "Luhansk Oblast"


def test_soft_sign_forms_cover_the_usual_romanisations() -> None:
    from geo.geocode import soft_sign_forms

    assert set(soft_sign_forms("Zimogorye")) == {"Zimogorie", "Zimogor'e", "Zimogor'ye"}
    assert soft_sign_forms("Kupiansk") == []


def test_a_neighbour_named_after_a_town_is_a_person() -> None:
    text = (
        " date 2025-05-19 messages\n"
        "[17.05.25 10:43] Lida from the 3rd floor stayed home. A Russian drone hit the bus "
        "near Bilopillia.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place] == ["Bilopillia"]


def test_a_theatre_named_after_a_poet_is_no_village() -> None:
    text = (
        " date 2023-08-20 notes\n"
        "19.08 - a russian missile hit the square by the Shevchenko Drama Theatre in Chernihiv.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place] == ["Chernihiv"]


def test_a_bare_village_is_the_namesake_in_the_oblast_of_the_storys_towns() -> None:
    text = (
        " date 2023-02-09 [chat export] parish choir, Semenivka\n"
        "[02.02.23, 08:02] Oksana: who brings the candles from Chernihiv?\n"
        "[03.02.23, 09:10] Petro: the bus from Yeline is late again\n"
        "[08.02.23, 05:40] Oksana: Airstrike on Semenivka, near the market, a house destroyed\n"
    )
    [found] = at(incidents(text), "Semenivka")
    assert found.place.admin1 == "Chernihiv Oblast"


_SALON = (
    ' date 2022-05-22 salon "LOKON", Lozova - appointment book wk 20\n'
    "appointments, week 20\n\n"
    "fri 20.05 - ~17:30 russian rocket on the Palace of Culture, 7 wounded\n"
    "sat 21.05 - cancelled all, cleaning\n"
    "sun 22.05 - {line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "on mon 2.05 they shelled the houses near the station",
        "Halia no gas since mon 2.05, when they shelled the houses near the station",
    ],
)
def test_a_logs_line_dates_its_strike_clause_by_its_own_day(line: str) -> None:
    found = at(incidents(_SALON.format(line=line)), "Lozova")
    assert (date(2022, 5, 2), date(2022, 5, 2)) in days(found)


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("russian shelling of the town centre, 1 civ killed (police).", 1, None),
        ("At least 38 people, including six children, were admitted to hospitals.", None, 38),
    ],
)
def test_figures_of_abbreviated_and_hospital_counts(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    from geo import lexicon as lx
    from geo.attribution import find_figure

    assert (find_figure(sentence, lx.KILLED), find_figure(sentence, lx.INJURED)) == (
        killed,
        injured,
    )


def test_a_chat_export_titled_messages_from_a_town_is_that_towns_log() -> None:
    text = (
        " date 2025-05-19 babusia -> Andrii (my grandmother's messages from Bilopillia)\n"
        "[17.05.25 10:41] I'm alive. the rashists hit the bus with a drone at the exit from town\n"
        "[19.05.25 08:05] aunt Olia in Kyiv sleeps in the corridor since that night in April, "
        "the 24th, when the rashists hit Sviatoshyn\n"
    )
    found = incidents(text)
    assert days(at(found, "Bilopillia")) == [(date(2025, 5, 17),) * 2]
    assert days(at(found, "Kyiv")) == [(date(2025, 4, 24),) * 2]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("that night in April, the 24th", date(2025, 4, 24)),
        ("In April, 24 people", date(2025, 4, 1)),
    ],
)
def test_a_month_then_the_nth_is_that_day_but_a_month_then_a_count_is_not(
    text: str, day: date
) -> None:
    [found] = find_dates(text, date(2025, 5, 19))
    assert found.window.start == day


def test_a_logs_city_is_the_one_whose_districts_it_names() -> None:
    text = (
        " date 2022-11-25 kindergarten kitchen - cook's notes (Shevchenkivskyi distr.)\n"
        "kitchen notes, kindergarten, Shevchenkivskyi distr. shelter group: 31 kids\n\n"
        "22.09 thu - sirens, then booms. 1 dead, 5 wounded in the Oleksandrivskyi distr.\n"
        "11.10 tue - morning, russian missile hit the car dealership two streets from us.\n"
    )
    found = incidents(text)
    assert (date(2022, 10, 11),) * 2 in days(at(found, "Zapor"))


def test_a_glossary_line_tells_no_strike() -> None:
    text = (
        " date 2025-01-10 oblast notes\n"
        "Glossary: OVA = oblast military administration; KAB = guided aerial bomb; "
        "prylit = something landed.\n"
    )
    assert incidents(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We expect Russian forces to push towards Pokrovsk and to keep up missile and drone "
        "strikes on Ukrainian energy.",
        "Russian forces are likely to attempt limited cross-border attacks on Sumy in the coming weeks.",
    ],
)
def test_a_forecast_tells_no_strike(sentence: str) -> None:
    assert incidents(f" date 2025-03-12 weekly assessment\n{sentence}\n") == []


def test_expected_to_with_a_strike_after_a_comma_is_no_forecast() -> None:
    text = " date 2025-03-06 x\nRescuers were expected to finish on Thursday, a day after the strike on Dnipro.\n"
    assert [i.place.name for i in incidents(text) if i.place] == ["Dnipro"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The majority of casualties occurred in Donetsk, Kharkiv and Dnipropetrovsk regions.",
        "In Kharkiv city, attacks with guided aerial bombs continued after a relative lull in June.",
    ],
)
def test_a_months_summary_tells_no_one_strike(sentence: str) -> None:
    assert incidents(f" date 2024-08-09 monthly update\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "At the same time, Russian forces are attacking in the east, around Avdiivka and Kupiansk.",
        "The drone attacks on the port prompted concern in Bucharest.",
    ],
)
def test_ground_assaults_and_reactions_elsewhere_are_no_strike_there(sentence: str) -> None:
    places = {i.place.name for i in incidents(f" date 2023-11-05 x\n{sentence}\n") if i.place}
    assert not places & {"Avdiyivka", "Kupyansk", "Bucharest"}


def test_a_notes_verdict_not_shelling_keeps_a_mine_accident_off_the_map() -> None:
    text = (
        " date 2022-11-15 team notes\n"
        "12.10 - ACCIDENT: a tractor hit an anti-tank mine in a field near Hlushkivka, driver "
        "killed. not shelling - an old mine from the occupation.\n"
    )
    assert incidents(text) == []


@pytest.mark.parametrize(
    "where",
    ["Kamianske (the village near Vasylivka, not the city)", "Kamianske (near Vasylivka)"],
)
def test_a_bracketed_locator_places_the_village_and_is_no_second_place(where: str) -> None:
    text = f" date 2022-07-20 x\nRussian MLRS hit the boarding school in {where} on 16 July.\n"
    [found] = incidents(text)
    assert found.place.admin1 == "Zaporizhzhia Oblast"


def test_a_district_several_cities_have_is_of_the_city_the_text_names() -> None:
    text = (
        " date 2025-04-07 letter to parents\n"
        "On Friday 4 April at about 18:40 a russian ballistic missile hit our city, next to the "
        "playground, in the Tsentralno-Miskyi district.\n\n"
        "Director, Lyceum No. 5, Kryvyi Rih\n"
    )
    [found] = incidents(text)
    assert found.place.name.startswith("Kryv")


def test_a_town_after_a_strike_word_is_no_locator_of_the_institution_before() -> None:
    text = (
        " date 2022-08-19 x\n"
        "Damage to Kramatorsk College of Technology and Design after strike in Kramatorsk, "
        "Donetsk Oblast, on 19 August.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place] == ["Kramatorsk"]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Local media in Belgorod reported several explosions on Monday.", "Belgorod"),
        ("Residents heard the explosions in Kharkiv on Monday night.", "Kharkiv"),
    ],
)
def test_where_the_news_or_the_blasts_were_heard_stays_the_place(sentence: str, town: str) -> None:
    assert [i.place.name for i in incidents(f" date 2023-05-02 x\n{sentence}\n") if i.place] == [
        town
    ]


def test_a_sentence_opening_with_key_is_no_glossary() -> None:
    text = " date 2023-05-02 x\nKey energy facilities in Kyiv were hit by Russian missiles on Monday.\n"
    assert [i.place.name for i in incidents(text) if i.place] == ["Kyiv"]
