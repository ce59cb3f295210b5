"""Rules of the thirty-sixth round (issue 12, session 40): working notes of new kinds (a print
shop's job tickets, a repair shop's ledger, a hearing centre's appointment sheet, a car wash's
shift notes, a coach's week plans) that date, place or side a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo import lexicon as lx
from geo.attribution import find_actor
from geo.dates import find_dates
from geo.eventday import dates_a_statement
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.writerside import writer_side

REF = date(2023, 11, 20)


def _found(text: str, ref: date = REF) -> list[tuple[str, date | None, date | None]]:
    return [(d.text, d.window.start, d.window.end) for d in find_dates(text, ref)]


def test_a_tickets_day_dates_the_arrow_lines_under_it() -> None:
    found = incidents(
        " date 2023-11-20 Copy centre job tickets\n"
        'COPY CENTRE "ARKUSH", Kryvyi Rih — job tickets with my notes\n'
        "\n"
        "T-311 | 16.10 Mon | wedding invitations x200 | client: a couple from Nikopol | STOPPED\n"
        " -> ~07:50 the russians hit the city with a missile, a shop on Metalurhiv ave burned.\n"
        "\n"
        "T-315 | 19.10 Thu | menus x40 | cafe | DONE\n"
        "\n"
        "T-320 | 02.11 Thu | posters x80 | library | DELAYED\n"
        " -> morning: russian drones on the power substation, no light till 18:00.\n"
    )
    assert {i.place.name for i in found} == {"Kryvyy Rih"}
    assert sorted(days(found)) == [
        (date(2023, 10, 16), date(2023, 10, 16)),
        (date(2023, 11, 2), date(2023, 11, 2)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "russian missiles and drones on the thermal power plant",
        "~10:00 russian missiles again, this time the rail depot",
        "enemy shaheds into the port again overnight",
    ],
)
def test_a_sides_weapons_at_their_target_tell_a_strike(text: str) -> None:
    assert lx.TRIGGER.search(text)


@pytest.mark.parametrize(
    "text", ["russian drones at night again", "russian missiles over us, nothing fell"]
)
def test_a_sides_weapons_without_a_target_tell_none(text: str) -> None:
    match = lx.TRIGGER.search(text)
    assert match is None or "russian" not in match.group(0).lower()


def test_damage_whose_cause_is_denied_is_no_strike() -> None:
    found = incidents(
        " date 2023-09-02 Clock repair ledger, Pokrovsk\n"
        "CLOCK REPAIR — Ivan S., Pokrovsk\n"
        "\n"
        "No.41 | 18.08 | wall clock | glass cracked | DONE — the owner dropped it moving flats, "
        "NOT from any blast like he said\n"
        "No.42 | 21.08 | alarm clock | spring | DONE\n"
    )
    assert found == []


def test_a_ukrainian_writers_our_army_struck_is_ukraines_claim() -> None:
    text = (
        " date 2023-10-02 Choir rehearsal log, Poltava\n"
        "CHOIR rehearsal log, Poltava\n"
        "\n"
        "Tue 26.09 — the russians shelled Kupiansk again, says Olena.\n"
        "Thu 28.09 — before we sang, Petro read a post: our army hit the depot in Svatove where "
        "the occupiers kept ammunition.\n"
    )
    assert writer_side(text) == lx.UKRAINE
    svatove = at(incidents(text), "Svatove")
    assert [(i.actor, i.attribution) for i in svatove] == [(lx.UKRAINE, "claimed")]


def test_a_russian_writers_text_is_not_read_as_ukrainian() -> None:
    text = "The Kiev regime shelled the town. The VSU struck the market. Russians were calm."
    assert writer_side(text) == lx.RUSSIA


def test_who_is_in_a_town_tells_of_a_strike_there() -> None:
    text = (
        "Thu 14.09 — no practice: Lida's son in Kherson wrote that the russians hit the "
        "school there in the morning, where he teaches."
    )
    roles = {p.text: p.role for p in find_places(text, default_resolver())}
    assert roles["Kherson"] == "target"


def test_a_line_that_opened_on_a_village_keeps_it_for_its_strike_told_after() -> None:
    found = incidents(
        " date 2022-03-20 Carpenter's order book, Malyn\n"
        "CARPENTER — Malyn, orders and notes\n"
        "\n"
        "Wed 09.03 — Horshchyk (the one by Korosten): the old school is gone. The head wrote "
        "that the russians shelled it.\n"
        "Thu 10.03 — benches for the church, paid.\n"
    )
    assert [i.place.name for i in found] == ["Horshchyk"]


def test_a_day_told_before_the_place_beats_the_lines_stamp() -> None:
    found = incidents(
        " date 2023-03-10 Kiosk shift notes, Sloviansk\n"
        "Newspaper kiosk, Sloviansk — shift notes\n"
        "\n"
        "Thu 02.03 — morning post of the governor: yesterday the invaders hit Siversk, one "
        "person killed.\n"
        "Fri 03.03 — Lyman again, the russians hit the village: a house burned, the posters we "
        "hung yesterday gone.\n"
    )
    assert (date(2023, 3, 1), date(2023, 3, 1)) in days(at(found, "Siversk"))
    assert days(at(found, "Lyman")) == [(date(2023, 3, 3), date(2023, 3, 3))]


def test_a_day_a_line_was_written_on_dates_nothing() -> None:
    found = incidents(
        " date 2024-09-30 Optician's appointment sheet, Kharkiv\n"
        'OPTICIAN "ZIR", Kharkiv — appointment sheet\n'
        "\n"
        "Sun 15.09 (written Monday morning) — late in the evening the russians dropped guided "
        "bombs on the city, 12 injured.\n"
        "Tue 17.09 — 4 appointments.\n"
    )
    assert days(found) == [(date(2024, 9, 15), date(2024, 9, 15))]


def test_a_stamped_lines_day_goes_on_to_the_lines_under_it_in_its_block() -> None:
    found = incidents(
        " date 2024-09-30 Physiotherapy appointment sheet, Dnipro\n"
        "PHYSIO ROOM, Dnipro — appointment sheet\n"
        "\n"
        "Fri 28.06 — 3 appointments.\n"
        " 09:00 Mrs. D. — ok\n"
        " 12:00 no-show\n"
        "At 16:10 the russians struck the centre of Pavlohrad with missiles. Mr. T. phoned on "
        "Monday: alive. 2 killed, 11 injured.\n"
        "\n"
        "Mon 01.07 — 2 cancelled.\n"
    )
    assert days(at(found, "Pavlohrad")) == [(date(2024, 6, 28), date(2024, 6, 28))]


def test_a_live_pages_clock_is_no_day_for_the_lines_under_it() -> None:
    found = incidents(
        " date 2022-10-10 Live: missiles hit cities across Ukraine\n"
        "Live: missiles hit cities across Ukraine\n"
        "\n"
        "08.04 BST\n"
        "Several explosions have been heard in central Kyiv this morning.\n"
    )
    assert days(at(found, "Kyiv")) == [(date(2022, 10, 10), date(2022, 10, 10))]


def test_where_goods_were_sent_is_not_the_city_struck() -> None:
    found = incidents(
        " date 2024-09-30 Shoe repair notes, Zaporizhzhia\n"
        'SHOE REPAIR "KABLUK", Zaporizhzhia — notes\n'
        "\n"
        "Mon 16.09 — 3 pairs sent to Lviv. In the evening: two houses destroyed in the city by "
        "russian bombs, one person killed.\n"
        "Tue 17.09 — glue ordered.\n"
    )
    assert [i.place.name for i in found] == ["Zaporizhzhya"]


def test_a_road_named_after_a_town_is_not_the_notes_town() -> None:
    found = incidents(
        " date 2023-09-14 Tyre station on the Kyiv highway, Zhytomyr: queue notes\n"
        'TYRE STATION "KOLO", Zhytomyr (exit to the Kyiv highway) — queue notes\n'
        "\n"
        "Wed 06.09 — night attack again, this time on our depot: russian drones burned two "
        "warehouses. Nobody of ours hurt.\n"
        "Thu 07.09 — 30 cars.\n"
    )
    assert [i.place.name for i in found] == ["Zhytomyr"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("her phone was broken in the 14.09 strike", [("14.09", date(2023, 9, 14))]),
        ("Week 46 (13–18.11)", [("13–18.11", date(2023, 11, 13))]),
    ],
)
def test_days_a_note_writes(text: str, want: list[tuple[str, date]]) -> None:
    assert [(t, start) for t, start, _ in _found(text)] == want


@pytest.mark.parametrize("verb", ["phoned", "texted", "rang"])
def test_a_call_on_a_day_is_a_statements_day(verb: str) -> None:
    text = f"Mr. K. {verb} on Monday: alive, his son hurt by glass."
    start = text.index("Monday")
    assert dates_a_statement(text, start, start + len("Monday"))


@pytest.mark.parametrize(
    "text",
    [
        "the invaders bombarded Orikhiv again",
        "the occupiers shelled the market",
        "the rashists hit the bridge",
    ],
)
def test_a_ukrainian_notes_names_for_the_russians_are_russia(text: str) -> None:
    assert find_actor(text)[0] == lx.RUSSIA


def test_a_road_watched_by_drones_is_no_strike() -> None:
    found = incidents(
        " date 2024-07-03 Seed shop orders, Zaporizhzhia\n"
        "SEED SHOP — orders\n"
        "\n"
        "S-90 | 28.05 | Huliaipole volunteers | onion sets x300 | NOT SENT — courier refuses, "
        "the road is under drones\n"
        "S-91 | 29.05 | school | seeds | DONE\n"
    )
    assert found == []
