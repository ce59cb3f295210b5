"""Rules of the twenty-sixth round (issue 12, session 30): place names typed in lower case
where a note's grammar puts a place, and a capital that was struck, not that spoke.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.casednames import cased_names
from geo.places import default_resolver


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        # a line's label, after its stamp
        ("tue 4/7 - balakliia: the russians shelled the market", "Balakliia:"),
        ("kupiansk - depot hit sat 5.11", "Kupiansk -"),
        ("vovchansk, the hospital - roof gone", "Vovchansk,"),
        ("novoselivka (near izium) - shell in a yard", "Novoselivka ("),
        # the object of a preposition of place
        ("the russians shelled the school in kivsharivka at night", "in Kivsharivka"),
        # a city too large to be a word, wherever it stands
        ("heard that kharkiv was hit again", "Kharkiv was"),
        ("missiles on zaporizhzhia and dnipro", "Zaporizhzhia and Dnipro"),
    ],
)
def test_a_lower_case_place_where_a_place_stands_is_capitalised(text: str, cased: str) -> None:
    out = cased_names(text, default_resolver())
    assert cased in out
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # English words that are also settlements' names (Port, Human, Torn)
        "the ship stayed in port: the russians shelled the grain terminal",
        "a human chain - the russians shelled the road",
        # a speaker's surname as a chat line's label
        "terekhov: the russians shelled the road",
        # a lower-case village's name elsewhere in a sentence is just a word
        "we need the lists by friday for the committee",
    ],
)
def test_a_lower_case_word_is_not_made_a_place(text: str) -> None:
    assert cased_names(text, default_resolver()) == text


def test_a_lower_case_village_labelling_a_logs_line_is_struck_on_its_day() -> None:
    found = incidents(
        " date 2022-05-14 night guard book\n"
        "guard book, back post\n"
        "fri 6/5 - sirens 23:10, nothing heard\n"
        "sun 8/5 - tsyrkuny: the russians shelled the village council building, roof gone\n"
        "mon 9/5 - quiet\n"
    )
    assert days(at(found, "Tsyrkuny")) == [(date(2022, 5, 8), date(2022, 5, 8))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kyiv was hit this morning too, the centre near the park.", True),
        ("Moscow came under a drone attack overnight, the mayor said.", True),
        # a capital opening its sentence is its government when it speaks
        ("Kyiv said the strike had hit a power plant in Lviv region.", False),
    ],
)
def test_a_capital_struck_opening_its_sentence_is_its_place(text: str, found: bool) -> None:
    town = text.split()[0]
    assert bool(at(incidents(f" date 2023-05-30 news\n{text}\n"), town)) is found


def test_a_soviet_district_name_in_a_note_from_its_city_is_the_city() -> None:
    found = incidents(
        " date 2022-09-20 tram driver's notebook\n"
        "[Notebook of a tram driver, depot No.2, Donetsk.]\n\n"
        "18.09 (sun) - day off.\n"
        "19.09 (mon) - ~10:00 the ukrainian side shelled the Kuibyshevsky district, the stop "
        "and a shop. 5 dead.\n"
        "20.09 - route 3 cut short.\n"
    )
    assert days(at(found, "Donetsk")) == [(date(2022, 9, 19), date(2022, 9, 19))]
    assert at(found, "Kuibyshev") == []


def test_a_russian_raion_in_a_text_naming_its_oblast_stays_the_raion() -> None:
    found = incidents(
        " date 2023-09-05 governor's channel\n"
        "Bryansk region governor: Ukrainian militants attacked the Pogarsky district with a "
        "drone this morning, a hangar was damaged.\n"
    )
    assert at(found, "Donetsk") == [] and at(found, "Kyiv") == []
    assert at(found, "Pogar")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        # a name, its other spelling in brackets, then where it is
        (
            "On 3 May 2023, Russian forces shelled Kupyansk (Kupiansk) (Kupiansk raion, "
            "Kharkiv), damaging a school. Fatalities: 0.",
            "Kup",
        ),
        (
            "On 3 May 2023, the DPR office accused Ukrainian forces of shelling Artemovsk "
            "(Bakhmut) (Bakhmut raion, Donetsk). Fatalities: 1.",
            "Bakhmut",
        ),
    ],
)
def test_a_name_with_its_other_spelling_is_qualified_by_the_path_after(
    sentence: str, town: str
) -> None:
    found = incidents(f" date 2023-05-09 Explosions/Remote violence\n{sentence}\n")
    assert at(found, town)
    assert at(found, "Kharkiv") == [] and at(found, "Donetsk") == []


def test_a_coders_admin1_column_is_no_city() -> None:
    found = incidents(
        " date 2023-05-09 Explosions/Remote violence | Shelling/artillery/missile attack | "
        "Zaporizhia\n"
        "On 5 May 2023, Russian forces shelled Stepnohirsk (Zaporizhzhia raion, Zaporizhia), "
        "damaging houses. Fatalities: 0.\n"
    )
    assert at(found, "Stepnohirsk")
    assert at(found, "Zaporizh") == []


def test_whose_a_site_is_is_no_place_name() -> None:
    found = incidents(
        " date 2023-02-14 Explosions/Remote violence\n"
        "On 8 February 2023, Ukrainian forces struck the Russian-occupied airfield of "
        "Berdiansk (Berdiansk raion, Zaporizhia). Fatalities: 0.\n"
    )
    assert [i.place_text for i in found if "occupied" in (i.place_text or "")] == []
    assert at(found, "Berd")


def test_a_building_struck_in_a_logs_line_that_names_no_place_is_in_the_logs_town() -> None:
    found = incidents(
        " date 2022-11-07 shop notebook\n"
        "shop notebook - Orikhiv (orders / stock / what happened)\n"
        "12.07 tue - sugar 1 t from Zaporizhzhia (Ihor). russian shelling in the afternoon hit "
        "the music school by the park, a man wounded.\n"
        "14.07 - fridge no. 2 dead\n"
        "22.08 mon - sirens all night, shaheds over the oblast, explosions far to the north.\n"
    )
    assert days(at(found, "Orikhiv")) == [(date(2022, 7, 12), date(2022, 7, 12))]
    assert at(found, "Zaporizh") == []


def test_a_chat_exports_today_is_its_messages_day_in_its_headers_town() -> None:
    found = incidents(
        " date 2022-09-19 lyceum no. 3 (Kramatorsk) - messages to parents, copied\n"
        "[05.09 mon 08:00] Classes online, check the devices.\n"
        "[07.09 wed 18:20] Sad news. This morning a russian missile hit the dormitory near the "
        "bus station, part of it collapsed.\n"
        "[12.09 mon 08:00] Textbooks at the library on Tuesday.\n"
    )
    assert days(at(found, "Kramatorsk")) == [(date(2022, 9, 7), date(2022, 9, 7))]


def test_a_logs_night_heading_with_its_weekdays_dates_the_lines_under_it() -> None:
    found = incidents(
        " date 2023-08-03 broker's notes\n"
        "broker - working notes. Reni, 3 Aug 2023\n\n"
        "mon 24.07\n"
        "- early morning russian drones hit the port of Izmail: hangars burned, 4 workers "
        "injured. loading stopped till 26.07\n"
        "- nothing else\n\n"
        "night 1->2.08 (tue->wed)\n"
        "- russian shaheds on Reni port ~2-4 am, sirens. hangars burned\n\n"
        "thu 3.08 (today)\n"
        "- 11 declarations pending\n"
    )
    assert days(at(found, "Izm")) == [(date(2023, 7, 24), date(2023, 7, 24))]
    assert days(at(found, "Reni")) == [(date(2023, 8, 1), date(2023, 8, 2))]


def test_a_logs_line_told_over_several_sentences_is_read_whole() -> None:
    found = incidents(
        " date 2023-04-16 ringer's notes\n"
        "Bell book of the parish. Kramatorsk. Written on Easter\n\n"
        "5.07.22 (tue) - the central market. 2 souls. Russian cluster shells, the priest said "
        "the names\n"
        "14.04.23 (fri) - russian S-300s into the houses by the river. 5 souls\n"
    )
    assert sorted(days(at(found, "Kramatorsk"))) == [
        (date(2022, 7, 5), date(2022, 7, 5)),
        (date(2023, 4, 14), date(2023, 4, 14)),
    ]


def test_a_logs_bare_names_are_its_own_oblasts_beside_another_oblast_named() -> None:
    found = incidents(
        " date 2022-07-18 job board wk 28\n"
        '"TeploServis" Zaporizhzhia - job board / crew notes\n\n'
        "CANCELLED\n"
        "- tue 12.07 Huliaipole - the music school, the russians shelled it overnight. job "
        "cancelled\n"
        "- fri 15.07 Prosiana (Synelnykove r-n, Dnipro obl) - school destroyed in a russian "
        "strike in the morning\n"
    )
    (hp,) = at(found, "Hul")
    assert hp.place.admin1 == "Zaporizhzhia Oblast"
    assert at(found, "Pros")


def test_a_numbers_sign_in_lower_case_does_not_end_a_sentence() -> None:
    from geo.articles import split_sentences
    from geo.model import Article

    text = "- school no. 6 hit this morning, russians again."
    art = Article(file="a.txt", text=text, published=date(2022, 7, 25))
    assert [s.span.text for s in split_sentences(art)] == [text]


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        # a town closing a header's line, in lower case; the log's line says "here in town"
        (
            ' date 2022-07-25 kitchen log\nfield kitchen "Teplo", druzhkivka. running notes\n\n'
            "fri 8.07\n- 380 portions\n\n"
            "sat 9/7\n- ~06:10 the russians shelled the supermarket by the bus station here in "
            "town, 3 wounded\n",
            "Druzhkivka",
            date(2022, 7, 9),
        ),
        # a dispatcher's clock before ten, then a town "under russian fire"
        (
            " date 2023-02-27 dispatch notes\nEMS substation notes\n\n"
            "== 25.02 sat, day ==\n1600 alert, nothing\n\n"
            "== 27.02 mon, day (today) ==\n0840 Kurakhivka under russian fire, 1 dead.\n"
            "1020 alert, nothing heard\n",
            "Kurakh",
            date(2023, 2, 27),
        ),
    ],
)
def test_a_logs_own_hand_places_its_strike(text: str, town: str, day: date) -> None:
    assert days(at(incidents(text), town)) == [(day, day)]


def test_a_bullet_under_a_logs_day_names_its_place_struck_or_its_sites_town() -> None:
    found = incidents(
        " date 2022-09-05 herd book notes\n"
        "dairy farm LLC (herd 236), manager notes\n\n"
        "30.06 thu\n"
        "- the sawmill in Bezliudivka (our bedding supplier) blown up overnight, russian rocket\n"
        "- avg yield 21.4 l\n\n"
        "3.07 sun\n"
        "- 2nd site (Shestakove): russian shelling ~5 am, barn roof + 14 cows dead\n"
        "- the earlier truck bomb -> ch. 3, not here.\n"
    )
    assert at(found, "Bezliud") and at(found, "Shestak")
    assert days(at(found, "Shestak")) == [(date(2022, 7, 3), date(2022, 7, 3))]
    assert at(found, "Chorno") == []


@pytest.mark.parametrize(
    "line",
    [
        # a chat's stamp and speaker, an item's number, then the place in capitals
        "[Sun 08:07] olena.k: 2) KHARKIV, the night before (3→4 Apr): Russian Shahed swarm "
        "on the Osnovianskyi district, 5 dead",
        # a checklist's box before the place
        "[x] Kharkiv, Saturday morning: missile strike on critical infrastructure in the "
        "Osnovianskyi district, debris on a house in the Kharkiv region.",
    ],
)
def test_a_notes_label_after_a_chat_stamp_or_a_checkbox_is_its_place(line: str) -> None:
    from geo.placephrase import find_places

    found = find_places(line, default_resolver())
    assert found[0].place is not None and found[0].place.name == "Kharkiv"
    assert found[0].role == "target"


def test_a_towns_bare_name_told_again_as_the_village_is_the_storys_namesake() -> None:
    found = incidents(
        " date 2022-07-04 Serhiivka: the resort village where the season ended\n"
        "Serhiivka: the resort village where the season ended\n\n"
        "Many know Serhiivka as the quiet spot near Bilhorod-Dnistrovskyi where Odesa families "
        "rent cottages. In the early hours of Friday, July 1, Russian missiles hit an apartment "
        "building and a recreation centre in the village. 21 people were killed.\n\n"
        "The wounded were taken to the hospital in Bilhorod-Dnistrovskyi and to Odesa.\n"
    )
    (village,) = at(found, "Serhi")
    assert village.place.admin1 == "Odesa Oblast"


def test_a_rows_plan_date_is_not_its_strikes_day() -> None:
    found = incidents(
        " date 2023-03-02 route board\n"
        "route | day | note\n"
        "No 117 Pokrovsk-Kostiantynivka | fri 17.02 | run cancelled: the russians shelled "
        "Ivanopillia on the route, 1 woman killed. resume 20.02\n"
        "No 122 Pokrovsk-Kurakhove | mon 27.02 | cancelled again: russians shelling Kurakhivka, "
        "1 dead. from 1.03 only to Hirnyk\n"
    )
    assert days(at(found, "Kurakh")) == [(date(2023, 2, 27), date(2023, 2, 27))]
    assert days(at(found, "Ivanop")) == [(date(2023, 2, 17), date(2023, 2, 17))]


def test_a_building_told_after_another_town_in_a_logs_line_is_not_the_logs_town() -> None:
    found = incidents(
        " date 2022-09-09 sanatorium season notes\n"
        "Working notes of the administrator of a small sanatorium in Saki, Crimea.\n\n"
        "30.07 sat - 12 guests, mud baths full\n"
        "31.07 sun - guests who went to the parade in Sevastopol came back, the parade was "
        "cancelled. Razvozhaev said a Ukrainian drone flew into the yard of the fleet "
        "headquarters, 5 employees injured.\n"
        "01.08 mon - quiet\n"
    )
    assert at(found, "Saki") == []


def test_a_citys_districts_by_their_soviet_names_in_a_note_from_that_city() -> None:
    found = incidents(
        " date 2023-03-01 courier notes\n"
        "[translated. A courier's personal notes (delivery service, Donetsk).]\n"
        "19.02 (Sun) - 14 orders. Around noon shelling of the centre, Voroshilovsky district, "
        "by the Ukrainian troops, says the HQ: 1 dead.\n"
        "21.02 - the scooter battery died.\n"
        "28.02 (Tue) - Petrovsky district, a girl killed, AFU shelling, per the HQ.\n"
    )
    assert sorted(days(at(found, "Donetsk"))) == [
        (date(2023, 2, 19), date(2023, 2, 19)),
        (date(2023, 2, 28), date(2023, 2, 28)),
    ]
    assert at(found, "Petrovsk") == [] and at(found, "Voroshyl") == []


def test_a_logs_town_is_the_city_of_a_later_entry_and_a_day_written_after_a_place_is_its_own() -> (
    None
):
    found = incidents(
        " date 2025-06-18 7-B math, online - my log\n"
        "online school, teacher log, Iryna V. (Kyiv)\n\n"
        "28.04 mon - Sofia asked for no tests. she lost her gran when the russian missiles hit "
        "the centre of Chernihiv on 17.04.24. said yes of course.\n"
        "6.05 tue - parents meeting online\n\n"
        "17.06 tue\n"
        "- night 16->17: massive russian attack on the city. a 9-storey block, one entrance "
        "collapsed, 28 dead now (18.06).\n"
        "- grades due fri\n"
    )
    assert days(at(found, "Chernihiv")) == [(date(2024, 4, 17), date(2024, 4, 17))]
    assert days(at(found, "Kyiv")) == [(date(2025, 6, 16), date(2025, 6, 17))]


def test_a_quoted_area_of_the_town_is_no_village() -> None:
    from geo.placephrase import find_places

    text = "private houses destroyed near the 'Kommunar' area, several families without a roof"
    assert [p for p in find_places(text, default_resolver()) if p.place is not None] == []
