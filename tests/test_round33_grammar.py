"""Rules of the thirty-third round (issue 12, session 37): working notes of new kinds (a tour
manager's change log, a glazier's order book, lift tickets, a status page, a fundraiser's
updates, a cash-assistance sheet, a parcel network's notices, festival announcements, a
chess club's notices) and news and pages that date or place a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.articles import make_article
from geo.attribution import find_figure
from geo.dates import find_dates
from geo.lexicon import KILLED, STRIKE_WORDS, UNKNOWN_ACTOR
from geo.pipeline import with_reference_dates
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


def _day_spans(text: str, ref: date) -> list[tuple[date | None, date | None]]:
    return [(d.window.start, d.window.end) for d in find_dates(text, ref)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a relative day glossed by the date after it
        ("rockets hit Poltava this morning (Mon 10.10), near the station", date(2022, 10, 10)),
        ("Yesterday, Thursday 6 October, early, missiles hit the port", date(2022, 10, 6)),
        # a note's day after the event's noun
        ("blast 10.03 near the old bakery", date(2022, 3, 10)),
    ],
)
def test_a_day_written_beside_a_relative_one_or_a_blast_is_the_day(text: str, want: date) -> None:
    assert _day_spans(text, date(2022, 10, 20)) == [(want, want)]


def test_the_night_to_a_weekday_and_date_is_its_two_days() -> None:
    got = _day_spans("the rocket on the depot in the night to Sat 16.07", date(2022, 7, 20))
    assert got == [(date(2022, 7, 15), date(2022, 7, 16))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On Tuesday last week, a missile hit a block", (date(2022, 11, 15), date(2022, 11, 15))),
        ("One year after Russia launched its full-scale invasion, the town is empty", None),
    ],
)
def test_last_weeks_weekday_and_the_wars_anniversary(text: str, want: tuple | None) -> None:
    got = _day_spans(text, date(2022, 11, 23) if want else date(2023, 2, 24))
    assert got == ([want] if want else [])


def test_a_lists_status_dropped_is_no_bomb() -> None:
    assert (
        STRIKE_WORDS.search("- Sumy 27.10 — dropped (hall under repair, not war-related).") is None
    )
    assert STRIKE_WORDS.search("the plane dropped two bombs on the bridge") is not None


@pytest.mark.parametrize(
    "text",
    [
        "the building was hit, nobody knows what (rocket? plane?)",
        "they don't know what it was or from where",
        "Moscow and Kyiv blame each other for the shelling",
    ],
)
def test_a_side_the_note_cannot_name_is_left_open(text: str) -> None:
    assert UNKNOWN_ACTOR.search(text) is not None


def test_a_disputed_side_is_alleged_and_unnamed() -> None:
    text = (
        " date 2022-11-25 letters\n"
        "Dear families,\n"
        "Over the weekend, 19–20 November, the plant in Enerhodar was shelled again; Moscow and "
        "Kyiv blame each other.\n"
    )
    (found,) = incidents(text)
    assert found.actor is None and found.attribution == "alleged"


def test_an_order_books_row_is_dated_by_its_cause_and_placed_in_its_town() -> None:
    text = (
        " date 2022-07-20 order book\n"
        "GLASS-SERVICE order book, Izium\n"
        "\n"
        "No. | ordered | address | cause / date of blast | status\n"
        "17 | 12.03 | Soborna 3 | blast 10.03 — the school hit, nobody knows what (rocket?) | PAID\n"
        "21 | 17.07 | Vokzalna 8 | the russian rocket on the depot in the night to Sat 16.07 | "
        "glass from Poltava (our Lviv supplier is closed)\n"
    )
    found = incidents(text)
    assert {i.place.name for i in found if i.place is not None} == {"Izyum"}
    assert sorted(days(found)) == [
        (date(2022, 3, 10), date(2022, 3, 10)),
        (date(2022, 7, 15), date(2022, 7, 16)),
    ]
    assert [i.actor for i in sorted(found, key=lambda i: i.date.start)][0] is None


def test_a_tickets_strike_cell_not_its_later_toll_dates_it() -> None:
    text = (
        " date 2024-11-25 tickets\n"
        "LIFT CO. Poltava — breakdown tickets\n"
        "\n"
        "ticket | received | address | cause | result\n"
        "T-1 | 17.11 20:52 | Kyivska 9 | missile hit the yard at 20:37 | per the OVA (final, "
        "19.11) 11 killed\n"
        "T-2 | 18.11 00:25 | MULTIPLE | citywide power loss — a missile hit energy "
        "infrastructure at 00:10 | released 02:50\n"
    )
    assert sorted(days(incidents(text))) == [
        (date(2024, 11, 17), date(2024, 11, 17)),
        (date(2024, 11, 18), date(2024, 11, 18)),
    ]


def test_a_status_pages_dated_entry_and_its_timed_updates_are_one_event() -> None:
    text = (
        " date 2024-06-03 status page\n"
        "OFFICE STATUS › History\n"
        "\n"
        "▲ RESOLVED — Dnipro office: degraded — 25.05.2024\n"
        "16:40 — A Russian missile hit a shopping centre in the city around 16:00.\n"
        "17:30 — Update: fire at the centre, the city reports dead.\n"
        "28.05 10:00 — Update: per the administration the toll has risen to 18 dead.\n"
        "\n"
        "▲ RESOLVED — Lviv office: ISP outage — 04.04.2024\n"
        "09:10 — Fibre cut by road works, 6 h.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name == "Dnipro"
    assert days([found]) == [(date(2024, 5, 25), date(2024, 5, 25))]
    assert found.killed == 18


def test_an_apposition_between_a_figure_and_its_verb() -> None:
    assert find_figure("one woman, a passer-by, was killed", KILLED) == 1
    # (a day struck out of the words between a tally and its figure leaves its comma)
    text = (
        "The number of people killed by the missile on Monday evening, 7 August, has risen to nine"
    )
    assert find_figure(text, KILLED) == 9


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Vorozhba community in Sumy region mourns the dead of the strike", "Vorozhba"),
        ("drones hit the Millerovo base in the Rostov region overnight", "Millerovo"),
    ],
)
def test_a_community_or_a_base_in_a_region_is_placed(text: str, name: str) -> None:
    roles = _roles(text)
    assert any(k.startswith(name) and " region" in k for k in roles), roles


def test_a_road_and_a_trips_towns_are_no_town_told_after_them() -> None:
    text = (
        " date 2025-05-18 local\n"
        "A drone struck a bus in Vorozhba on Saturday, killing two.\n"
        "The bus was on the Vorozhba – Sumy route at 06:10 on Saturday when the drone hit it "
        "just outside the town.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place is not None] == ["Vorozhba"]


def test_a_weapon_on_a_weekday_of_its_own_is_another_event_at_the_same_place() -> None:
    text = (
        " date 2023-02-24 feature\n"
        "On Tuesday, a Russian shell killed a man on the main street of Ivanivske, the governor "
        "said. On Thursday, Russian shelling killed another resident, a woman of 71.\n"
    )
    assert sorted(days(at(incidents(text), "Ivanivs"))) == [
        (date(2023, 2, 21), date(2023, 2, 21)),
        (date(2023, 2, 23), date(2023, 2, 23)),
    ]


def test_the_same_town_and_a_building_struck_before_are_the_town_named_last() -> None:
    text = (
        " date 2024-08-10 wire\n"
        "A Russian missile hit a supermarket in Druzhkivka on Friday, killing 4.\n"
        "\n"
        "Druzhkivka lies near the front. In May last year, a Russian strike on a market in the "
        "same town killed 7 people.\n"
        "\n"
        "School No. 2 lost its windows again. It had already been damaged by Russian shelling "
        "on 4 November 2022.\n"
    )
    assert sorted(d for d, _ in days(at(incidents(text), "Druzhkivka"))) == [
        date(2022, 11, 4),
        date(2023, 5, 1),
        date(2024, 8, 9),
    ]


def test_the_means_of_a_strike_told_is_no_aim() -> None:
    text = "The ministry said Ukraine had used jet drones to attack Engels on Monday."
    assert _roles(text)["Engels"] == "target"
    assert _roles("weapons used to shell Belgorod")["Belgorod"] == "context"


@pytest.mark.parametrize(
    "text",
    [
        "soldiers drive the wounded out at night, without headlights, to hospitals in Izium",
        "ru shelling, mother wounded (hospital in Izium), one neighbour killed",
    ],
)
def test_where_the_wounded_were_taken_is_no_scene(text: str) -> None:
    assert _roles(text)["Izium"] == "context"


def test_a_pages_copyright_year_and_a_feeds_later_stamps_date_it() -> None:
    page = make_article(
        "p.txt", "AGENCY\nLUHANSK, Sept 18 (AG). Shelling hit the town.\n© 2022 AG\n"
    )
    feed = make_article(
        "f.txt",
        "Channel\nPinned: updated 01.09.2022\n👁 5K  08.09 06:12\nOn 7 September a shell hit "
        "the school.\n",
    )
    dated = with_reference_dates([page, feed], date(2026, 12, 5))
    assert [a.published for a in dated] == [date(2022, 9, 18), date(2022, 9, 8)]


def test_a_namesake_the_text_places_on_a_road_is_that_one() -> None:
    text = (
        " date 2022-06-11 regional site\n"
        "Officials accused Russian forces of hitting Blahodatne with rockets on 7 June.\n"
        "This is the Blahodatne on the road to Snihurivka, not the village of the same name "
        "near Pervomaisk.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.lon > 32.3  # (not the Pervomaisk one, at 31.1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fire still burning, a day of mourning: later states, not the strike's day
        (
            "Its drones struck a depot in Engels overnight into Wednesday, setting off a fire "
            "that was still burning on Thursday.",
            [(date(2025, 1, 7), date(2025, 1, 8))],
        ),
        (
            "Tuesday, 14 January, is a day of mourning in Sumy after Monday's missile strike.",
            [(date(2025, 1, 13), date(2025, 1, 13))],
        ),
    ],
)
def test_later_states_do_not_date_the_strike(text: str, want: list) -> None:
    found = incidents(f" date 2025-01-14 wire\n{text}\n")
    assert days(found) == want


def test_coordinated_days_are_one_strike_each() -> None:
    text = (
        " date 2023-02-20 flash update\n"
        "A man was killed by shelling in Marhanets on 9 February, and a woman on 12 February, "
        "according to the oblast administration.\n"
    )
    assert sorted(days(at(incidents(text), "Marhanets"))) == [
        (date(2023, 2, 9), date(2023, 2, 9)),
        (date(2023, 2, 12), date(2023, 2, 12)),
    ]


def test_ports_that_go_on_working_are_not_struck_but_a_ports_damaged_buildings_are() -> None:
    text = (
        " date 2023-08-03 regional site\n"
        "On the night of 2 August, Russian drones damaged warehouses and the administrative "
        "building of the port of Reni.\n"
        "Odesa, Chornomorsk and Pivdennyi ports continue to work despite the attacks, the "
        "administration said.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place is not None] == ["Reni"]


def test_a_legend_of_causes_tells_no_event() -> None:
    text = (
        " date 2022-11-25 work log\n"
        "Crew log, Chernihiv\n"
        'what we did, why, for invoices. "storm" / "disease" / "blast" = cause\n'
    )
    assert incidents(text) == []


def test_an_abbreviated_hromada_places_its_village() -> None:
    (found,) = [p for p in find_places("Druzhba, Toretsk hrom. — roof gone", default_resolver())]
    assert found.place is not None and abs(found.place.lon - 37.85) < 0.1  # (not Sumy's)


def test_a_notices_active_hit_and_a_bodys_own_building_are_its_towns() -> None:
    notices = (
        " date 2022-09-24 club notices\n"
        'Chess club "Rook", Kalininsky district of Horlivka — notices\n'
        "\n"
        "[22.09, 16:50]\n"
        "This afternoon Ukrainian shells hit the covered market, 6 dead.\n"
    )
    assert [i.place.name for i in incidents(notices) if i.place is not None] == ["Horlivka"]
    festival = (
        " date 2022-08-01 line-up changes\n"
        "FEST 2022 — line-up change announcements\n"
        "\n"
        "Band DRUM (Druzhkivka, Donetsk oblast) will play acoustic: their rehearsal space in "
        "school No. 3 was destroyed by russian artillery on Saturday 23.07.\n"
    )
    assert [i.place.name for i in incidents(festival) if i.place is not None] == ["Druzhkivka"]


def test_a_coded_notice_head_places_and_dates_the_lines_under_it() -> None:
    text = (
        " date 2025-02-03 service notices\n"
        "PARCELS — SERVICE NOTICES\n"
        "\n"
        "N-2024-0809 | 09.08.2024 13:05 | Kupiansk (Kharkiv obl.)\n"
        "Our desk in the market DESTROYED in today's russian strike, one employee concussed.\n"
    )
    (found,) = incidents(text)
    assert found.place is not None and found.place.name.startswith("Kup")
    assert days([found]) == [(date(2024, 8, 9), date(2024, 8, 9))]


def test_a_jars_numbered_update_dates_it_and_again_names_its_town() -> None:
    text = (
        " date 2025-06-02 jar updates\n"
        "JAR UPDATES\n"
        "copied from my stories so the report is in one place. amounts rounded\n"
        "\n"
        "#5 — 17.05, 09:30\n"
        "This morning a russian drone hit a minibus just outside Velyka Pysarivka, 3 killed.\n"
        "\n"
        "#8 — 30.05, 08:10\n"
        "Again Velyka Pysarivka. On the night into 29.05 a russian drone hit a private house, a "
        "man was killed.\n"
    )
    assert sorted(days(at(incidents(text), "Velyka Pys"))) == [
        (date(2025, 5, 17), date(2025, 5, 17)),
        (date(2025, 5, 28), date(2025, 5, 29)),
    ]


def test_a_thing_struck_said_by_its_pronoun_stands_in_the_town_told_just_before() -> None:
    text = (
        " date 2022-03-09 wire\n"
        "Kyiv (AFP) - The wooden church in Zavorychi had stood for a century in the forest. "
        "On Monday it burned to the ground after Russian shelling.\n"
    )
    assert [i.place.name for i in incidents(text) if i.place is not None] == ["Zavorychi"]
