"""Rules of the twenty-fifth round (issue 12, session 29): a log's lines in their own hand
(lower-case weekdays, a day before its weekday, a place then "it"), a note's home town said
as "the town", and a city's district named alone.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        # a lower-case weekday and a dotted day, then the place and "it"
        (
            " date 2023-05-20 delivery van log\n"
            "van log wk 20\n"
            "wed 17.05  bread run to 3 villages, ok\n"
            "thu 18.05  Orikhiv - the russians shelled it in the morning, 1 dead (OVA)\n"
            "fri 19.05  oil change\n",
            "Orikhiv",
            date(2023, 5, 18),
        ),
        # the line opens with its town, which is "under fire", and no place is struck
        (
            " date 2023-05-20 delivery van log\n"
            "van log wk 20\n"
            "wed 17.05  bread run to 3 villages, ok\n"
            "thu 18.05  Huliaipole from 06:00 again under fire, the russians shell it with "
            "Grads. 2 wounded\n"
            "fri 19.05  oil change\n",
            "Hul",
            date(2023, 5, 18),
        ),
    ],
)
def test_a_logs_line_in_its_own_hand_is_read_on_its_day(text: str, town: str, day: date) -> None:
    found = at(incidents(text), town)
    assert days(found) == [(day, day)]


def test_a_voice_opening_a_line_is_not_its_place() -> None:
    found = incidents(
        " date 2023-05-20 delivery van log\n"
        "van log wk 20\n"
        "wed 17.05  bread run to 3 villages, ok\n"
        "thu 18.05  Zaporizhzhia office says the russians shelled the depot road again\n"
        "fri 19.05  oil change\n"
    )
    assert at(found, "Zaporizh") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the road is still closed since the 3rd, when the russians shelled it", date(2022, 9, 3)),
        ("- on the 3rd the russians shelled the village", date(2022, 9, 3)),
        ("5/9 mon", date(2022, 9, 5)),
        ("sat 10.09 alerts all day", date(2022, 9, 10)),
    ],
)
def test_a_notes_days_are_read(text: str, want: date) -> None:
    found = find_dates(text, date(2022, 9, 24))
    assert [d.window.start for d in found][:1] == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a span's start, a month's: the when-clause tells no day of a strike
        "occupied until September 2022, when a counteroffensive pushed them out",
        "on the 9th floor of the block",
    ],
)
def test_a_day_that_times_something_else_is_not_read(text: str) -> None:
    assert [d.window.days for d in find_dates(text, date(2023, 10, 6))] in ([], [30])


def test_the_town_itself_is_the_notes_home_town_as_its_masthead_places_it() -> None:
    found = incidents(
        " date 2022-09-06 branch #4 Zolochiv - notes\n"
        "BRANCH NOTES - Zolochiv (Bohodukhiv r-n, Kharkiv obl.)\n"
        "mgr: Oksana\n"
        "\n"
        "4.09 sun\n"
        "- open 09:00-15:00. out 30 parcels\n"
        "\n"
        "5/9 mon\n"
        "- 07:40 shelling in the town itself, we closed till 11:00\n"
        "- glass cracked on the terminal\n"
    )
    here = at(found, "Zolochiv")
    assert days(here) == [(date(2022, 9, 5), date(2022, 9, 5))]
    assert here[0].place.admin1 == "Kharkiv Oblast"


def test_a_district_named_alone_is_of_the_town_just_named() -> None:
    found = incidents(
        " date 2022-09-06 branch notes\n"
        "branch notes, Bohodukhiv\n"
        "\n"
        "night 5->6\n"
        "- sister in Kharkiv writes they were shelling Slobidskyi district again in the night, "
        "one dead\n"
    )
    assert days(at(found, "Kharkiv")) == [(date(2022, 9, 5), date(2022, 9, 6))]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a shift's signature and a crew's first names are people, not the hamlets so named
        ("08.09 thu  day shift  (Petrenko)", []),
        ("today 14:00 Sasha + Vitya go to the site", []),
        ("Sydorenko on duty, shelling again in the evening", []),
        # the words around a name make it a place whatever its form
        ("strikes near Shevchenko, Donetsk", ["Shevchenko"]),
        ("a shell hit Shevchenko village", ["Shevchenko"]),
    ],
)
def test_a_persons_name_alone_is_no_place(text: str, places: list[str]) -> None:
    from geo.placephrase import find_places
    from geo.places import default_resolver

    found = find_places(text, default_resolver(), ())
    assert [p.place.name for p in found if p.place is not None] == places


_SHIFT_BOOK = (
    " date 2022-09-13 shift book post 4\n"
    "SHIFT BOOK - post 4, bakery complex, Kharkov (Saltivskyi distr.)\n"
    "guard on duty signs each entry\n"
    "\n"
    "08.09 thu  day shift  (Hnatiuk)\n"
    " 0800 took post. gates ok\n"
    " 1340 hrs loud bangs to the east. radio: russian shelling, 3 wounded in the city\n"
    " 2000 handed over\n"
    "\n"
    "12.09 mon  night shift  (Hnatiuk)\n"
    " 0210 hrs  the russians hit a substation, the whole city without light\n"
    " 0400 hrs  russian missiles hit the port grain terminal, fire seen from the roof\n"
)


def test_a_logs_line_that_names_no_place_is_at_its_home_town() -> None:
    found = at(incidents(_SHIFT_BOOK), "Kharkiv")
    assert days(found) == [(date(2022, 9, 8),) * 2, (date(2022, 9, 12),) * 2]


def test_a_logs_line_at_somewhere_unnamed_is_not_its_home_town() -> None:
    # (the port is no part of the bakery's city: no word of the line says it is)
    found = incidents(
        _SHIFT_BOOK.replace(
            " 0210 hrs  the russians hit a substation, the whole city without light\n", ""
        )
    )
    assert days(at(found, "Kharkiv")) == [(date(2022, 9, 8),) * 2]


def test_prose_that_names_no_place_has_no_home_town() -> None:
    found = incidents(
        " date 2022-09-13 Night of explosions\n"
        "Kharkiv residents describe a night of fear\n"
        "Residents said the russians hit a substation and the whole city was without light "
        "for hours.\n"
    )
    assert len(at(found, "Kharkiv")) <= 1


def test_a_district_by_its_adjective_is_the_citys_not_the_village_named_last() -> None:
    found = incidents(
        " date 2022-09-27 stock log\n"
        "WAREHOUSE No.4 (Kharkiv, Osnovianskyi distr.) - stock clerk log\n"
        "\n"
        "10.09 sat\n"
        " OUT  FK 120 -> Zlatopil hromada (their truck). russian shelling of Zlatopil in the "
        "morning, a man killed.\n"
        " 21:30 the russians shelled Slobidskyi district in the evening, 1 dead (Terekhov). we "
        "are far from there\n"
        "\n"
        "12.09 mon\n"
        " IN  from Lviv hub: FK 500. loaded by 10:00\n"
        "\n"
        "14.09 wed\n"
        " inventory, nothing to note\n"
    )
    assert days(at(found, "Kharkiv")) == [(date(2022, 9, 10),) * 2]


def test_the_centre_is_the_town_the_note_just_named() -> None:
    found = incidents(
        " date 2025-03-09 diary (excerpts)\n"
        "excerpts from a volunteer's diary\n"
        "\n"
        "7 Mar. Fri. evening.\n"
        "Pokrovsk, 40 min from us. The russians hit the centre with a ballistic missile.\n"
        "\n"
        "8 Mar. Sat.\n"
        "Quiet day. Bread delivered.\n"
    )
    assert days(at(found, "Pokrovsk")) == [(date(2025, 3, 7),) * 2]


def test_a_street_alone_is_the_writers_town_and_no_namesake() -> None:
    found = incidents(
        " date 2022-10-01 roofing brigade diary\n"
        "ROOFING BRIGADE - foreman's diary (Mykolaiv + oblast)   Sept 2022\n"
        "\n"
        "12-16/09 - our site on Sadova done, 120 m2. paid.\n"
        "19-23/09 - rain, tarps on calls.\n"
        "thu 29 - morning the russians hit the stop on Central ave. 3 dead, 12 wounded.\n"
        "30/09 - started on the block near the stop.\n"
    )
    assert days(at(found, "Myk")) == [(date(2022, 9, 29),) * 2]
    assert [i.place.name for i in found] == ["Mykolayiv"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("- 3/02 in Barvinkove a russian rocket hit a house", date(2023, 2, 3)),
        ("P1 LEAD - IZIUM: 8.02 russian airstrike on the town", date(2023, 2, 8)),
        ("Pavlivka, Bilopillia hromada - 7.02 russians shelled the village", date(2023, 2, 7)),
    ],
)
def test_a_day_and_two_digit_month_opening_a_clause_is_read(text: str, want: date) -> None:
    assert [d.window.start for d in find_dates(text, date(2023, 2, 10))] == [want]


def test_a_price_is_no_day() -> None:
    assert find_dates("price - 7.02 UAH a kilo", date(2023, 2, 10)) == []


def test_a_notes_oblast_abbreviation_decides_a_namesake() -> None:
    found = incidents(
        " date 2023-02-09 story list\n"
        "STORY LIST no.6 - weekly for the north of Chernihiv obl.\n"
        "P1 LEAD - SEMENIVKA: 8.02 russian airstrike on the town, 1 killed. 60 lines.\n"
        "P2 - hromada budget 2023. 50 lines.\n"
    )
    assert [i.place.admin1 for i in at(found, "Semenivka")] == ["Chernihiv Oblast"]


def test_a_namesake_set_aside_by_name_gives_no_region() -> None:
    from geo.placequal import region_hints

    text = "a missile fell on Bilenke village [not the Bilenke in Zaporizhzhia or Odesa obl.]"
    assert region_hints(text) == ()


def test_a_trip_rows_place_is_where_it_went() -> None:
    found = incidents(
        " date 2023-02-13 trip log - evac van\n"
        "EVAC TRIP LOG (volunteer van)   Feb '23\n"
        "trip 41 | 1 Feb | Poltava -> Sloviansk, stayed at the church. 21:45 the russian missile "
        "hit a block in the centre, we were parked 2 streets away. 3 dead, 20 wounded\n"
        "trip 42 | 2 Feb | Sloviansk -> Siversk, 5 pax. back by 17:00\n"
        "trip 43 | 4 Feb | rest, tyre change\n"
    )
    assert [i.place.name for i in found] == ["Slovyansk"]


@pytest.mark.parametrize(
    "text", ["Dnipro -> Kramatorsk, overnight at the hostel", "we stayed overnight, left at 6"]
)
def test_a_night_stayed_is_no_nights_strike(text: str) -> None:
    assert find_dates(text, date(2023, 2, 13)) == []


def test_a_registers_row_that_says_its_town_without_naming_it_is_at_its_home_town() -> None:
    found = incidents(
        " date 2022-09-30 jobs wk39 glass\n"
        "GLASS-SERVICE  jobs list  (Nikolaev)   upd. 30/09\n"
        "#14 | Pogranichna st, 5-storey | night shelling 14.09 - russian rockets landed in next "
        "yard, 2 dead 3 wounded in city | 6 windows | DONE 20/09 paid cash\n"
        "#16 | pharmacy Inhulska | their own loader broke it (not war!) | 2 shopwindows | mon\n"
        "#17 | Central Ave near the bus stop | yday 29/09 russians fired at the stop in the "
        "morning - 3 killed | shop + 2 kiosks | film first!!\n"
    )
    assert days(at(found, "Myk")) == [(date(2022, 9, 14),) * 2, (date(2022, 9, 29),) * 2]


def test_a_diarys_strike_by_day_is_on_its_day_not_the_night_told_before() -> None:
    found = incidents(
        " date 2025-03-09 diary (excerpts)\n"
        "[excerpts from the diary of a medic of a brigade near Pokrovsk, shared by him with his "
        "home parish, names removed]\n"
        "\n"
        "8 Jan 2025. Wed.\n"
        "News in the morning: our General Staff confirms - they hit the oil depot in Engels "
        "overnight, it is burning. By noon a worse news: two KABs from the russians on a plant "
        "in Zaporizhzhia, 13 killed.\n"
        "\n"
        "14 Jan. Tue.\n"
        "Quiet.\n"
    )
    assert days(at(found, "Zaporizh")) == [(date(2025, 1, 8),) * 2]


def test_a_city_district_opening_an_entry_is_its_citys() -> None:
    found = incidents(
        " date 2022-11-16 tree brigade 5 work log, war damage only\n"
        "10.10 Mon: park - 4 chestnuts down after the storm. cleared by 19:00\n"
        "11.10: stumps, grinder, 6 hrs\n"
        "15.11 Tue: Pecherskyi r-n - russian missile hit a 5-storey residential house, 1 dead. "
        "poplar on the garage roof, removed\n"
        "16.11: cleanup. chain saw #2 broken\n"
    )
    assert days(at(found, "Kyiv")) == [(date(2022, 11, 15),) * 2]


_ORDER_BOOK = (
    " date 2022-11-25 ritual service - order book nov\n"
    'RITUAL SERVICE "SPOKII" - Vilniansk, Tsentralna 14\n'
    "order book 21-25.11.22\n"
    "No 211 | 21.11 | Kovalenko M.I., 81 y, natural (heart) | pine coffin std | paid cash\n"
    "No 213 | 23.11 | infant boy - the maternity ward at our hospital was hit by a russian "
    "rocket overnight 22->23.11, the ward collapsed | small white coffin, NO CHARGE\n"
    "No 214 | 23.11 | monument order: Lytvyn O.S. - killed in Stepnohirsk 26.05 when the "
    "russians shelled the village | granite 80x40, ready jan\n"
)


def test_an_order_books_row_tells_its_strike_at_home_and_on_its_own_day() -> None:
    found = incidents(_ORDER_BOOK)
    # (the night 22->23.11, or the day it ended in: either is the night's strike)
    assert days(at(found, "Viln"))[0][1] == date(2022, 11, 23)
    assert days(at(found, "Stepnohirsk")) == [(date(2022, 5, 26),) * 2]


def test_a_coding_sheets_own_day_is_its_events() -> None:
    found = incidents(
        " date 2023-01-20 coding sheet\n"
        "id | date | location | actor | note\n"
        "ev_1 | 14.01.2023 | Dnipro, Peremohy embankment | RU | missile hit a 9-storey block; "
        "our 5.01 cut-off applies\n"
        "ev_2 | 06.12.2022 | Kursk, Khalino airfield | UA | drone attack, tank on fire\n"
    )
    assert days(at(found, "Dnipro")) == [(date(2023, 1, 14),) * 2]


def test_a_bullet_under_a_logs_day_may_tell_of_its_own_town() -> None:
    found = incidents(
        " date 2022-06-28 workshop workbook jun\n"
        'STO "AVTOMASTER", Sarny, vul. Rivnenska - workbook, june\n'
        "\n"
        "sat 25.06\n"
        "- Passat B6 - front pads, disks ok. done 12:30\n"
        "- ~17:20 big boom. russian rockets hit a workshop by the railway, other side of town. "
        "4 dead\n"
        "\n"
        "mon 27.06\n"
        "- no electricity till 11, worked on generator\n"
    )
    assert days(at(found, "Sarny")) == [(date(2022, 6, 25),) * 2]


def test_a_night_by_two_days_and_a_slash_is_read() -> None:
    found = find_dates("- night sat->sun 25/26.02: drone attack on the city", date(2023, 3, 1))
    assert [(d.window.start, d.window.end) for d in found] == [
        (date(2023, 2, 25), date(2023, 2, 26))
    ]


def test_a_microdistrict_is_the_towns_part_and_an_accident_no_strike() -> None:
    found = incidents(
        " date 2023-03-01 ATP dispatcher book - feb, routes\n"
        "ATP Pokrovsk - dispatcher notes, February 2023 (for the monthly report)\n"
        "route | date | note\n"
        "city 2, 5 | wed 15.02 | early morning russian rockets on the city, a high-rise on the "
        'east side. 3 dead by evening (police). stop "Mkr Yuzhnyi" closed\n'
        "city 1 | tue 21.02 | our PAZ bumped a car at the roundabout, no injuries, NOT shelling\n"
        "No 104 | 28.02 | 2 runs only, few passengers\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Pokrovsk", date(2023, 2, 15))]


def test_a_notes_lower_case_header_qualifies_its_names_for_the_rows_below() -> None:
    found = incidents(
        " date 2023-02-26 water tower + pump - operator's log feb\n"
        "water tower / pump no.2, village Inhulets (Darivka hromada) - operator log, February\n"
        "\n"
        "date | pump h | level | notes\n"
        "06.02 mon | 6 | 3.8 m | ok, chlorine 2 kg\n"
        "13.02 mon | 2 | 2.1 m | russian shelling from the morning (OVA: 2 civilians killed in "
        "Inhulets). power gone 09:10, pump off\n"
        "16.02 thu | 3 | 2.4 m | power back 15:00\n"
    )
    assert [i.place.admin1 for i in at(found, "Inhulets")] == ["Kherson Oblast"]


def test_a_notes_verdict_on_a_rumour_takes_it_back() -> None:
    found = incidents(
        " date 2023-02-17 lift crew B - job log wk 7\n"
        "LIFT CREW B - LiftServis, Pavlohrad\n"
        "\n"
        "wed 15.02\n"
        "- rumour in the chat that a rocket hit the station in Synelnykove.\n"
        "NOT true, Sasha's brother lives there, all quiet\n"
        "- Vitalik off sick\n"
    )
    assert at(found, "Synel") == []


def test_a_logs_day_section_says_the_city_of_its_own_town() -> None:
    found = incidents(
        " date 2023-02-11 phone kiosk notebook feb\n"
        'kiosk "Svyaz-Plus", Melitopol central market - notebook, February\n'
        "\n"
        "08.02 wed\n"
        "- evening ~19h booms from the Berdyansk side. cousin writes from there: the airfield "
        "hit again, big fire.\n"
        "- 3 repairs, 1 battery\n"
        "\n"
        "10.02 fri\n"
        "- strike in the night, HIMARS they say, on the edge of the city. 1 civilian killed.\n"
        "- Tokmak supplier didn't come\n"
    )
    assert days(at(found, "Melitopol")) == [(date(2023, 2, 10),) * 2]
