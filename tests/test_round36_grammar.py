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
from geo.attribution import find_actor, find_figure
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


def test_a_town_the_writer_arrived_in_is_where_the_unplaced_strike_fell() -> None:
    found = incidents(
        " date 2023-08-06 Ten days with the aid convoy\n"
        "Ten days with the aid convoy\n"
        "\n"
        "South. We reached Kherson on the evening of the 1st with water filters. The next "
        "morning, on Wednesday, 2 August, a Russian shell destroyed a shop a block from our "
        "van. A woman was killed.\n"
        "\n"
        "Then Zaporizhzhia. We arrived on Thursday evening and on Friday morning Russian "
        "missiles hit a warehouse near the station.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [
        ("Kherson", date(2023, 8, 2)),
        ("Zaporizhzhya", date(2023, 8, 4)),
    ]


def test_a_datelines_capital_is_no_town_arrived_in() -> None:
    found = incidents(
        " date 2024-07-12 Air defence downs drones\n"
        "MOSCOW, July 12. /TASS/.\n"
        "Russian air defence systems destroyed 12 Ukrainian drones over three regions "
        "overnight, the Defence Ministry said.\n"
    )
    assert at(found, "Moscow") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "explosions were recorded at the site of the Zaporizhzhia Nuclear Power Plant",
            "Zaporizhzhia Nuclear Power Plant",
        ),
        (
            "the truck bomb explosion that tore through the Kerch bridge on October 8",
            "Kerch bridge",
        ),
        ("the invaders bombarded Orikhiv again", "Orikhiv"),
    ],
)
def test_a_place_struck_by_the_words_before_it(text: str, name: str) -> None:
    roles = {p.text: p.role for p in find_places(text, default_resolver())}
    assert roles[name] == "target"


def test_a_river_is_no_town_a_place_lies_in() -> None:
    found = find_places(
        "the pontoon bridge built across the Dnipro in the area of Nova Kakhovka",
        default_resolver(),
    )
    assert {p.text: p.place.name for p in found if p.place}["Nova Kakhovka"] == "Nova Kakhovka"


def test_a_weekends_last_weekend_is_the_one_before() -> None:
    assert _found("hit last weekend", date(2025, 4, 5)) == [
        ("last weekend", date(2025, 3, 29), date(2025, 3, 30))
    ]


def test_a_place_hit_by_a_side_is_no_side_that_hit() -> None:
    text = "an apartment building in eastern Ukraine hit by Russian rockets"
    assert find_actor(text)[0] == lx.RUSSIA


def test_the_day_rescuers_were_still_at_work_is_no_strikes_day() -> None:
    text = "Rescue crews on Tuesday were still digging through the rubble."
    start = text.index("Tuesday")
    assert dates_a_statement(text, start, start + len("Tuesday"))
    text = "The block that was hit on the night of 9 to 10 July is still a heap."
    start = text.index("9 to 10 July")
    assert not dates_a_statement(text, start, start + len("9 to 10 July"))


def test_a_toll_told_before_its_night_is_that_nights_strike() -> None:
    found = incidents(
        " date 2022-07-12 Toll in apartment strike climbs to 30\n"
        "HRADYZK, Ukraine (AP) — Rescue crews on Tuesday were still digging through the "
        "rubble of a building hit by Russian rockets in Hradyzk, and the death toll rose to 30, "
        "officials said.\n"
        "\n"
        "Rockets slammed into the building in Hradyzk overnight Saturday into Sunday.\n"
    )
    assert days(found) == [(date(2022, 7, 9), date(2022, 7, 10))]


def test_a_messages_own_day_beats_the_day_it_was_posted() -> None:
    found = incidents(
        " date 2023-09-04 coders chat export\n"
        "[01.09.23 10:09] Petro: Belgorod, Sun 20 August, early morning.\n"
        "Governor: a Ukrainian drone crashed into the roof of the bus station in Belgorod, "
        "2 injured.\n"
    )
    assert days(found) == [(date(2023, 8, 20), date(2023, 8, 20))]


def test_a_region_said_here_is_the_writers_town() -> None:
    found = incidents(
        " date 2025-07-07 Chess club, Cheboksary: secretary's notes\n"
        "[Translated from Russian. Chess club, Cheboksary. Notes of the secretary.]\n"
        "\n"
        "17.11.2024 (Sun). In the night a Ukrainian drone flew into the factory, first time "
        "ever here in Chuvashia. Our member works there.\n"
    )
    assert [i.place.name for i in found] == ["Cheboksary"]


def test_a_district_named_after_the_town_its_paragraph_told_of_is_the_town() -> None:
    found = incidents(
        " date 2023-09-13 Drones hit Danube ports\n"
        "Drones hit Danube ports\n"
        "\n"
        "This is not the first attack on Reni this month. On Thursday, 7 September, Russian "
        "drones damaged port infrastructure and a grain silo in the Reni district.\n"
    )
    assert [i.place.name for i in found] == ["Reni"]


def test_the_same_evening_of_a_night_told_is_its_first_day() -> None:
    found = incidents(
        " date 2024-10-20 Guided bombs on Kharkiv, missiles at Poltava\n"
        "Guided bombs on Kharkiv, missiles at Poltava\n"
        "\n"
        "On Saturday night, the enemy struck the centre of Kharkiv twice with aerial bombs.\n"
        "\n"
        "The same evening, Russia launched two ballistic missiles at Poltava, the mayor said.\n"
    )
    assert days(at(found, "Poltava")) == [(date(2024, 10, 19), date(2024, 10, 19))]


def test_strikes_a_place_had_known_before_are_no_event() -> None:
    assert lx.HABITUAL.search("drones had reached the Moscow region before, but never the Kremlin")


def test_a_sides_accusation_on_a_day_is_the_accusations_day() -> None:
    text = "Putin on Sunday accused Ukraine of staging the explosion on the bridge on October 8."
    start = text.index("on Sunday")
    assert dates_a_statement(text, start, start + len("on Sunday"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("a man's body found when they put the fire out", 1),
        ("A warehouse guard found dead in the morning", 1),
        ("the man's body language said it all", None),
    ],
)
def test_a_body_found_is_one_killed(text: str, want: int | None) -> None:
    assert find_figure(text, lx.KILLED) == want


def test_the_toll_after_a_notes_verbless_strike_is_its_own() -> None:
    found = incidents(
        " date 2025-04-28 Swimming coach notes, Poltava\n"
        "SWIMMING CLUB — coach's notebook, Poltava\n"
        "\n"
        "Fri 18.04 — the Sumy meet is OFF. At dawn russian ballistic missiles with cluster "
        "warheads on Sumy, apartment blocks. 2 killed, 40 wounded, the OVA says.\n"
    )
    assert [(i.place.name, i.killed, i.injured) for i in found] == [("Sumy", 2, 40)]


def test_a_habit_a_stamped_line_tells_is_no_event_of_its_day() -> None:
    found = incidents(
        " date 2024-05-20 Taxi dispatcher notes, Kursk\n"
        "[Translated from Russian. Taxi dispatcher, Kursk, notes for the shift handover.]\n"
        "\n"
        "14.05 (Tue) — drivers refuse night trips to Rylsk: the VSU shells it every day now.\n"
        "15.05 (Wed) — fuel price up again.\n"
    )
    assert found == []


def test_a_ukrainian_notes_lines_tell_their_strikes_and_tolls() -> None:
    found = incidents(
        " date 2024-08-20 Нотатки волонтера, Chernihiv oblast\n"
        "Волонтерський штаб, Чернігів — нотатки для звіту\n"
        "\n"
        "12.08 пн — обстріл Семенівки, 2 поранені (ОВА). Привезли ліки.\n"
        "16.08 пт — тихо. Закупили генератор.\n"
        "18.08 нд — КАБи по Новгороду-Сіверському, зруйновано будинок, 1 загиблий.\n"
    )
    by_day = {i.date.start: (i.killed, i.injured) for i in found}
    assert by_day[date(2024, 8, 12)] == (None, 2)
    assert date(2024, 8, 16) not in by_day


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("загинули 2 людини, поранено 5", 2, 5),
        ("Syniehubov: 2 dead, 50+ hurt.", 2, 50),
        ("обстріл, 3 поранені", None, 3),
    ],
)
def test_a_notes_tolls_in_other_hands(text: str, killed: int | None, injured: int | None) -> None:
    assert (find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)) == (killed, injured)


def test_a_weapon_named_by_its_model_at_the_town_is_a_strike_of_its_day() -> None:
    found = incidents(
        " date 2024-01-15 Courier delivery notes, Kharkiv\n"
        "Courier (bike), Kharkiv — my delivery notes, Jan\n"
        "\n"
        "02.01 ✅ 14 parcels. ~07:00 massive attack: missiles on the city. 2 dead, 50+ hurt.\n"
        "05.01 ❌ no deliveries — wind, ice.\n"
        "06.01 ✅ 9 parcels. Evening — S-300s on the city, private houses damaged, 1 wounded.\n"
    )
    assert sorted((i.date.start, i.killed, i.injured) for i in found) == [
        (date(2024, 1, 2), 2, 50),
        (date(2024, 1, 6), None, 1),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the block that collapsed on 12 may", [("12 may", date(2023, 5, 12))]),
        ("hit on 3 march", [("3 march", date(2023, 3, 3))]),
        ("2 may come later", []),
    ],
)
def test_a_notes_lower_case_may_and_march_after_a_day(text: str, want: list) -> None:
    assert [(t, start) for t, start, _ in _found(text)] == want


def test_a_guessed_age_is_no_toll() -> None:
    assert find_figure("rus shelling, man ~60 killed in his yard", lx.KILLED) == 1


def test_a_chats_bombs_on_a_site_then_its_town() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "two KABs on Epicentr hypermarket Kharkiv, huge fire", default_resolver()
        )
    }
    assert roles["Kharkiv"] == "target"


def test_bombs_dropped_from_aircraft_over_a_region_fell_elsewhere() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "the russians dropped them from su-34 over Belgorod region, the air force says",
            default_resolver(),
        )
    }
    assert roles["Belgorod region"] == "context"


def test_a_lists_next_labelled_item_is_not_the_event_above() -> None:
    found = incidents(
        " date 2022-10-11 GEOLOC status list\n"
        "GEOLOCATION TEAM - status list for Mon 10 Oct 2022 missile strikes\n"
        "\n"
        "[U1] Lutsk - substation on fire per local channels. OVA confirms an energy object was hit.\n"
        '[R1] "Kremenchuk mall burning again" video going round today = footage from 27 June.\n'
    )
    assert days(at(found, "Lutsk")) == [(date(2022, 10, 10), date(2022, 10, 10))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian forces struck a power facility in Poltava Oblast, causing a blackout "
            "across much of the oblast and in the city of Poltava.",
            "Poltava",
        ),
        ("The strike came as troops consolidated their positions around Lyman.", "Lyman"),
        ("a police spokesman told AFP in Kramatorsk, where the wounded were taken", "Kramatorsk"),
        ("killed five civilians across the part of the region that Kyiv controls", "Kyiv"),
    ],
)
def test_places_that_are_no_scene_of_the_strike(text: str, name: str) -> None:
    roles = {p.text: p.role for p in find_places(text, default_resolver())}
    assert roles[name] == "context"


def test_a_handovers_labelled_day_dates_its_list() -> None:
    found = incidents(
        " date 2024-04-08 Blood centre shift notes, Sumy\n"
        "Regional blood centre, Sumy — shift handover notes (night → day)\n"
        "\n"
        "Handover Thu 04.04, 07:00 (night shift Olha):\n"
        "- ~01:00 drones on Sumy, a high-rise hit. 4 dead (OVA).\n"
        "\n"
        "Handover Sat 06.04, 07:00 (night shift Ihor):\n"
        "- quiet night. Freezer alarm — sensor fault, not power.\n"
    )
    assert days(found) == [(date(2024, 4, 4), date(2024, 4, 4))]


def test_a_visitors_street_struck_is_in_the_village_they_came_from() -> None:
    found = incidents(
        " date 2023-06-30 Beekeeper's hive journal, Zolochiv (Kharkiv obl.)\n"
        "Hive journal — apiary behind the school, Zolochiv (Bohodukhiv r-n, Kharkiv obl.)\n"
        "\n"
        "12.06 — honey extraction, 38 kg acacia.\n"
        "15.06 — neighbour from Odnorobivka says their street was shelled yesterday, a man "
        "wounded.\n"
        "21.06 — swarm caught.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Odnorobivka", date(2023, 6, 14))]


def test_a_russian_writers_our_artillery_is_russias_claim() -> None:
    found = incidents(
        " date 2023-03-10 Volunteer notes, Donetsk (translated)\n"
        "[Translated from Russian. Humanitarian volunteer, Donetsk. Notes for the group chat.]\n"
        "\n"
        "02.03 (Thu) — the VSU shelled the Kuibyshevsky district again, a woman killed. Pushilin "
        "blames the Kiev regime.\n"
        "05.03 (Sun) — our artillery hit the militants' positions near Avdiivka, he says they "
        "destroyed a depot.\n"
    )
    assert [(i.actor, i.attribution) for i in at(found, "Avdi")] == [(lx.RUSSIA, "claimed")]


def test_a_diarys_day_of_the_month_and_weekday_name_one_day() -> None:
    assert _found("3 (Thu) — no rehearsal.", date(2022, 4, 2)) == [
        ("3 (Thu)", date(2022, 3, 3), date(2022, 3, 3))
    ]


def test_a_site_of_the_writers_town_destroyed_by_a_sides_strike() -> None:
    found = incidents(
        " date 2022-04-02 Choir rehearsal log, Sumy\n"
        'CHOIR "DZVIN", Sumy — rehearsal log (kept by the conductor)\n'
        "\n"
        "MARCH 2022\n"
        "17 (Thu) — rehearsal at the library.\n"
        "24 (Thu) — bridge over the Psel destroyed by a russian strike, the district cut off.\n"
    )
    assert [(i.place.name, i.date.start) for i in found] == [("Sumy", date(2022, 3, 24))]


def test_a_city_they_fled_the_shelling_of_is_no_event() -> None:
    found = incidents(
        " date 2022-07-05 Missile strike on Serhiivka resort\n"
        "Missile strike on Serhiivka resort\n"
        "\n"
        "Russian missiles hit an apartment block in Serhiivka on Friday, killing 21 people.\n"
        "Among the dead were a couple from Kharkiv who had come to the coast in March to get "
        "away from the shelling of their city, a neighbour said.\n"
    )
    assert at(found, "Kharkiv") == []


def test_a_clients_town_shelled_is_their_towns() -> None:
    found = incidents(
        " date 2023-05-22 Tyre station queue notes, Zaporizhzhia\n"
        'TYRE STATION "SHYNA+", Zaporizhzhia — queue notes, May\n'
        "\n"
        "Mon 08.05: 14 cars.\n"
        "Wed 10.05: 9 cars. Client from Huliaipole: their town shelled all night, the school "
        "gym hit, one teacher wounded.\n"
    )
    assert [i.place.name for i in found] == ["Hulyaypole"]


def test_a_region_named_like_a_river_is_the_region() -> None:
    roles = {
        p.text: p.role
        for p in find_places(
            "the ministry said it downed 29 drones overnight over the Samara, Rostov and "
            "Belgorod regions.",
            default_resolver(),
        )
    }
    assert roles["Samara"] == "target"


def test_the_official_count_after_one_person_told_is_the_toll() -> None:
    found = incidents(
        " date 2024-04-01 Pawnshop ledger, Kryvyi Rih\n"
        'PAWNSHOP "ZOLOTO", Kryvyi Rih — ledger remarks\n'
        "\n"
        "Ticket 0412 — 12.03 — gold ring — client redeemed early: her brother was killed when "
        "the russian missile hit the five-storey on Vatutina. Zelensky wrote 4 dead, 43 "
        "wounded.\n"
        "Ticket 0415 — 15.03 — phone — ok.\n"
    )
    assert [(i.killed, i.injured) for i in found] == [(4, 43)]
