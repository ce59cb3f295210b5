"""Rules of the twenty-fourth round (issue 12, session 28): a log's lines are entries, not
headings, and a log's strike line the reader could not parse is still read, plainly.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.articles import make_article, split_sentences
from geo.dates import find_dates


def _headings(text: str) -> list[str]:
    return [s.span.text for s in split_sentences(make_article("x.txt", text)) if s.heading]


def test_a_logs_stamped_lines_are_entries_whatever_their_stop() -> None:
    heads = _headings(
        " date 2023-04-20 Depot handover book\n"
        "Depot handover book, Kramatorsk\n"
        "0710 shift on, 2 trucks loaded\n"
        "1150 explosions in town, russian rocket hit a shop on the main street, 2 killed\n"
        "1600 shift off, trucks back\n"
    )
    assert heads == ["Depot handover book", "Depot handover book, Kramatorsk"]


def test_a_feeds_stamped_headlines_newest_first_stay_headlines() -> None:
    heads = _headings(
        " date 2024-10-22 A strike on a bus in Kherson\n"
        "A Russian drone hit a bus in Kherson on Tuesday morning, injuring five people.\n"
        "Latest news\n"
        "13:02 President to present a plan to partners in Brussels\n"
        "12:40 Police: explosion at a checkpoint in the south, no casualties\n"
        "12:15 In the east, a Russian drone hit a minibus near a railway town\n"
    )
    assert "12:15 In the east, a Russian drone hit a minibus near a railway town" in heads


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        # a stamp, then a clause the prose reader cannot take apart
        (
            " date 2024-03-08 flat repair log\n"
            "- Mon 4 Mar: plumber came, 2 h\n"
            "- Tue 5 Mar early am: ru ballistic missiles on Dnipro, glass through the kitchen "
            "window, wall damage\n"
            "- Thu 7 Mar: glazier booked\n",
            "Dnipro",
            date(2024, 3, 5),
        ),
        (
            " date 2024-03-15 ops notes\n"
            "13/03 ~03:30 MSK: Sevastopol, shipyard - cruise msl (per UA sources).\n"
            "14/03 nothing\n",
            "Sevastopol",
            date(2024, 3, 13),
        ),
    ],
)
def test_a_logs_strike_line_the_reader_left_is_read_plainly(
    text: str, town: str, day: date
) -> None:
    assert days(at(incidents(text), town)) == [(day, day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1.02 evening russian rocket into a house", date(2023, 2, 1)),
        ("- 4.02 shelling since the morning", date(2023, 2, 4)),
        ("the depot was shelled on 14.02, two killed", date(2023, 2, 14)),
        ("hit again on 3/2, one wounded", date(2023, 2, 3)),
    ],
)
def test_a_notes_day_and_month_open_its_line_or_follow_on(text: str, day: date) -> None:
    found = find_dates(text, date(2023, 2, 28))
    assert [(d.window.start, d.window.end) for d in found] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "3.1 Dnipro, the first case",  # a section's number
        "2/7 Geolocated: the camera looks south-east",  # a thread's post
        "1.05 km from the school",  # a figure with its unit
        "by 2.10 million cubic metres",
    ],
)
def test_numbers_that_are_no_day_and_month(text: str) -> None:
    assert find_dates(text, date(2023, 2, 28)) == []


def test_a_day_before_its_speaker_and_verb_dates_the_words() -> None:
    found = incidents(
        " date 2022-09-20 timeline notes\n"
        "09.08: a series of explosions destroyed aircraft at the air base in Saky. "
        "On 07.09 Zaluzhnyi wrote that it was a Ukrainian missile strike.\n"
    )
    assert days(at(found, "Sak")) == [(date(2022, 8, 9), date(2022, 8, 9))]


def test_a_registers_incident_date_column_dates_its_rows_not_the_day_logged() -> None:
    found = incidents(
        " date 2023-03-30 intake register, batch 12\n"
        "ID | logged | incident date | place | what | source\n"
        "B12-01 | 27.03 | 14.02.23 | Orikhiv, Zaporizhzhia obl. | artillery hit a shop, "
        "2 killed | OVA\n"
        "B12-02 | 28.03 | 02.03.23 | Kupiansk, Kharkiv obl. | missile strike on a school | police\n"
    )
    assert days(at(found, "Orikhiv")) == [(date(2023, 2, 14), date(2023, 2, 14))]
    assert days(at(found, "Kup")) == [(date(2023, 3, 2), date(2023, 3, 2))]


def test_a_day_heading_with_its_count_back_opens_the_days_section() -> None:
    found = incidents(
        " date 2022-09-11 crew shift notes\n"
        "Thu 8th\n"
        " 1040 call to the market, unrelated\n"
        "Sat 10th (D-1)\n"
        " radio: Nova Vodolaha - rocket into a private house, woman killed. their crew went\n"
    )
    assert days(at(found, "Nova Vodolaha")) == [(date(2022, 9, 10), date(2022, 9, 10))]


def test_a_notes_long_first_line_names_its_town_and_its_day() -> None:
    found = incidents(
        "Berdychiv town archive - notes of the duty archivist (O. K.), kept for the city "
        "department of culture and for the insurance claim, 9 March 2023\n\n"
        "02.03 Thu am - russian strike on the warehouses on the edge of town, big fire.\n\n"
        "06.03 - reading room open 10-15, 11 visitors\n\n"
        "07.03 - russian rocket into a 5-storey on our side of town, a woman killed.\n"
    )
    assert days(at(found, "Berdychiv")) == [
        (date(2023, 3, 2), date(2023, 3, 2)),
        (date(2023, 3, 7), date(2023, 3, 7)),
    ]


@pytest.mark.parametrize(
    ("label", "first"),
    [
        ("Evening summary, 12 May 2023", date(2023, 5, 12)),
        ("Summary, 12 May 2023", date(2023, 5, 11)),
    ],
)
def test_an_evening_summarys_during_the_day_is_its_own_day(label: str, first: date) -> None:
    found = incidents(
        " date 2023-05-12 Kharkiv region: shelling of border communities\n"
        "Kharkiv Regional Military Administration\n"
        f"{label}\n\n"
        "During the day, the Russians shelled the Vovchansk community with mortars.\n"
    )
    assert days(at(found, "Vovchansk")) == [(first, date(2023, 5, 12))]


def test_a_roundups_quiet_communities_and_its_aircrafts_airspace_are_no_strikes() -> None:
    found = incidents(
        " date 2023-02-08 Chernihiv region: border communities shelled\n"
        "Summary of the day, 8 February 2023, 19:30\n\n"
        "Semenivka community. In the afternoon, Russian aircraft struck Semenivka from the "
        "airspace of the Bryansk region. One person was killed.\n\n"
        "Hremiach and Novhorod-Siverskyi communities: no shelling today.\n"
    )
    assert [i.place.admin1 for i in at(found, "Semenivka")] == ["Chernihiv Oblast"]
    assert not at(found, "Hremiach")
    assert not at(found, "Novhorod")


def test_a_roundup_entry_of_several_names_strikes_them_all() -> None:
    found = incidents(
        " date 2022-09-07 Zaporizhzhia region: the day's shelling\n"
        "Vasylivka district.\n"
        "— Stepnohirsk and Kamianske: shelled with mortars and artillery; houses damaged.\n\n"
        "Zaporizhzhia. Today the city did not come under fire.\n"
    )
    assert at(found, "Stepnohirsk") and at(found, "Kam")
    assert not at(found, "Zapor")


@pytest.mark.parametrize(
    "district",
    ["the Vasilyevsky district", "the Vasilevsky district", "the Vasylivskyi district"],
)
def test_a_raion_named_by_its_russian_adjective_places_its_village(district: str) -> None:
    found = incidents(
        " date 2022-09-19 Installed official's post\n"
        f"Ukrainian militants struck the village of Prishib of {district} with HIMARS "
        "this morning. Two civilians were killed.\n"
    )
    assert [i.place.admin1 for i in at(found, "Pryshyb")] == ["Zaporizhzhia Oblast"]


@pytest.mark.parametrize("text", ["a D-30 howitzer near the village", "a D-20 gun destroyed"])
def test_a_guns_designation_is_no_count_of_days(text: str) -> None:
    assert find_dates(text, date(2023, 2, 20)) == []


@pytest.mark.parametrize(
    "lead",
    ["Yesterday, February 17, the village of", "February 17, the village of", "17 February,"],
)
def test_a_lead_day_opens_the_clause_of_the_place_struck(lead: str) -> None:
    found = incidents(
        " date 2023-02-18 Police of Kharkiv region\n"
        f"{lead} Dvorichna came under fire. A shell hit a private house, a man was killed.\n"
    )
    assert days(at(found, "Dvorichna")) == [(date(2023, 2, 17), date(2023, 2, 17))]


def test_a_registers_incident_column_places_and_dates_its_rows() -> None:
    found = incidents(
        " date 2022-09-15 interview index, batch 3\n"
        "columns: code | interview date, place | incident | incident date/time | notes\n"
        "UA-D-040 | 11.08, Kramatorsk | Chasiv Yar, 5-storey residential building | "
        "09.07.22 late evening | Uragan rockets hit, building partly collapsed\n"
        "UA-V-003 | 30.08, Odesa | Vinnytsia city centre, Officers' House | 14.07.22 ~10:50 | "
        "cruise missiles\n"
    )
    assert days(at(found, "Chasiv Yar")) == [(date(2022, 7, 9), date(2022, 7, 9))]
    assert days(at(found, "Vinnyts")) == [(date(2022, 7, 14), date(2022, 7, 14))]
    assert not at(found, "Odesa")


def test_a_trackers_location_column_places_it_over_its_target_column() -> None:
    found = incidents(
        " date 2024-03-18 refinery tracker\n"
        "date|target|location|region|what happened\n"
        "2024-03-12|NORSI (Lukoil)|Kstovo|Nizhny Novgorod obl.|drone hit, fire\n"
    )
    assert days(at(found, "Kstovo")) == [(date(2024, 3, 12), date(2024, 3, 12))]


def test_a_diary_titled_with_its_town_places_its_placeless_entries() -> None:
    found = incidents(
        " date 2023-03-02 diary - Oleshky (translated; sent via a relative in Odesa)\n"
        "8 September 2022\n"
        "After lunch very loud, three explosions from the side of the avenue. A five-storey "
        "house hit, 3 dead.\n\n"
        "11 September\n"
        "Quiet. Bread from the neighbour.\n"
    )
    assert days(at(found, "Oleshky")) == [(date(2022, 9, 8), date(2022, 9, 8))]
    assert not at(found, "Odesa")


def test_a_diarys_the_town_is_the_diarists_not_a_town_named_before() -> None:
    found = incidents(
        " date 2023-03-02 diary - Oleshky (translated; sent via a relative in Odesa)\n"
        "12 November 2022\n"
        "Kherson is free. We are not.\n\n"
        "1 March\n"
        "Two days of explosions. The installed head writes 2 killed by Ukrainian shelling of "
        "the town.\n"
    )
    assert days(at(found, "Oleshky")) == [(date(2023, 3, 1), date(2023, 3, 1))]
    assert not at(found, "Kherson")


@pytest.mark.parametrize(
    "byline",
    [
        "Торецька міська військова адміністрація / Toretsk city military administration",
        "Євген Євтушенко / Yevhen Yevtushenko, head of the Nikopol district military "
        "administration",
    ],
)
def test_an_official_posts_byline_makes_its_account_the_sides(byline: str) -> None:
    found = incidents(
        " date 2022-09-22 The occupiers shelled Toretsk again\n"
        f"{byline}\n"
        "22 September 2022, 17:06\n\n"
        "This afternoon the russians shelled Toretsk with artillery, two people were killed.\n"
    )
    assert [i.attribution for i in at(found, "Toretsk")] == ["alleged"]


@pytest.mark.parametrize(
    ("first_line", "published"),
    [
        ("Chuhuiv library - notes of the reading hall, 5 August 2022", date(2022, 8, 5)),
        ("Duty log (Kherson), 14.03.2023", date(2023, 3, 14)),
        # a sentence's date is its event's, and a day with no year is no publication day
        ("Forces shelled a village on 20 January; nobody was hurt.", None),
        ("Forces shelled a village on 20 January 2023.", None),
        ("Duty log, 20 January", None),
    ],
)
def test_an_undated_texts_title_may_give_its_day(first_line: str, published: date | None) -> None:
    article = make_article("x.txt", f"{first_line}\n\nA drone hit a house in the village.\n")
    assert article.published == published
