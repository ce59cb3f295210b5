"""Rules of the fortieth round (issue 12, session 44): a site named after a small town by a
big city, JSON-lines exports, a caller's town's centre, item heads that name a client's town,
districts of a shop's own city, and a firm's name that is no village.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.articles import make_article
from geo.citydistricts import DISTRICT_NAMED
from geo.notehome import struck_at_home
from geo.placephrase import find_places
from geo.places import default_resolver
from geo.tablerows import cells_of, labelled_cells, where_text


def _places(text: str, hints: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    found = find_places(text, default_resolver(), hints)
    return [(p.text, p.role, p.place.name if p.place else None) for p in found]


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site_town"),
    [
        ("Overnight the Ilsky oil refinery near Krasnodar was set on fire by a drone.", "Il"),
        ("Drones hit the Afipsky refinery near Krasnodar on Saturday.", "Afipskiy"),
    ],
)
def test_a_site_named_after_a_small_town_by_a_big_city_is_in_that_town(
    text: str, site_town: str
) -> None:
    found = _places(text)
    assert found[0][1] == "target" and (found[0][2] or "").startswith(site_town)
    assert found[-1][1] == "context"  # the city is only the reporter's bearing


def test_a_site_near_a_smaller_town_is_still_placed_by_that_town() -> None:
    # (the plant is named after a city far away; it lies by the small town)
    found = _places("Shelling hit the Vuhlehirska thermal power plant near Svitlodarsk.")
    assert {place for _, _, place in found} == {"Svetlodarsk"}


@pytest.mark.parametrize(
    "text",
    [
        "Explosions behind Tokmak, at the old airfield, went on until midnight.",
        "From 21:00 blasts beyond Polohy, by the grain elevator, one after another.",
    ],
)
def test_blasts_just_behind_a_town_are_by_it(text: str) -> None:
    assert _places(text, ("Zaporizhzhia",))[0][1] == "target"


def test_the_towns_behind_a_front_line_are_no_place_struck() -> None:
    text = "Expect shelling of the villages behind the Kupiansk and Lyman lines."
    assert "target" not in [role for _, role, _ in _places(text)]


def test_a_firms_hyphenated_name_is_no_unknown_village() -> None:
    text = (
        " date 2024-06-02 Kharkiv\n"
        "Four workers were killed at Zirka-Print, a big packaging maker, on Saturday.\n\n"
        "The Russian missile hit the Zirka-Print plant in Kharkiv at noon, the governor said."
    )
    found = incidents(text)
    assert [i.place_text for i in found if i.place is None] == []
    assert at(found, "Kharkiv")


# --- exports ------------------------------------------------------------------------------


def test_a_json_record_is_read_as_a_row_with_labelled_cells() -> None:
    line = (
        '{"id": "X-7", "event_date": "2022-11-03", "admin1": "Zaporizhzhia", '
        '"admin2": "Vasylivskyi", "location": "Vasylivka", "notes": "Shelling hit a school.", '
        '"fatalities": 0}'
    )
    cells = cells_of(line)
    for c in cells:  # every cell keeps its place in the line
        assert line[c.start : c.start + len(c.text)].replace('"', " ").replace("_", " ") == c.text
    labelled = labelled_cells(cells)
    assert labelled is not None
    where = where_text(*labelled)
    assert where is not None and where.text.startswith("Vasylivka, Vasylivskyi district")


def test_a_json_lines_export_places_its_row_by_its_own_oblast() -> None:
    # (the comment names another oblast's Vasylivka; the record's admin1 decides)
    text = (
        " date 2022-11-20 export\n"
        '{"_comment": "QA: the Kherson oblast rows are in the other file."}\n'
        '{"id": "X-9", "event_date": "2022-11-09", "admin1": "Zaporizhzhia", '
        '"admin2": "Vasylivskyi", "location": "Vasylivka", "notes": "On 9 November 2022, a '
        'college in occupied Vasylivka was damaged by shelling.", "fatalities": 0, '
        '"status": "OK"}\n'
    )
    found = at(incidents(text), "Vasylivka")
    assert [i.place.admin1 for i in found] == ["Zaporizhzhia Oblast"]


def test_a_json_row_told_with_a_liberation_before_it_is_still_a_strike() -> None:
    text = (
        " date 2022-10-04 export\n"
        '{"id": "E-1", "event_date": "2022-09-21", "admin1": "Kharkiv", "admin2": "Izium", '
        '"location": "Balakliia", "notes": "On 21 September 2022, Russian forces shelled '
        'Balakliia, liberated two weeks earlier; a shop was hit.", "fatalities": 1, '
        '"status": "OK"}\n'
    )
    assert days(at(incidents(text), "Balakl")) == [(date(2022, 9, 21), date(2022, 9, 21))]


# --- notes ----------------------------------------------------------------------------


def test_a_callers_town_is_where_its_centre_was_hit() -> None:
    text = (
        " date 2022-03-12 Kiosk routes notes (Romny)\n"
        "Wed 09.03\n"
        "Taras called from Konotop at 10:15. This morning the centre was hit again: the post "
        "office is gone.\n"
    )
    found = incidents(text)
    assert at(found, "Konotop") and not at(found, "Romny")


def test_a_clients_town_in_its_item_head_is_where_the_strike_fell() -> None:
    text = (
        " date 2024-07-01 Order notes, furniture wholesale (Poltava warehouse)\n"
        "DEBTS\n"
        '- "Lastivka" (Kremenchuk), debt 12,000 since March. Closed since 10.05.2024: that '
        "morning a russian missile hit the house next to the shop, two dead.\n"
    )
    found = incidents(text)
    assert at(found, "Kremenchuk") and not at(found, "Poltava")


def test_a_month_an_order_was_made_does_not_redate_a_stamped_strike() -> None:
    text = (
        " date 2022-07-30 Order book, blinds workshop, Mykolaiv\n"
        "Thu 21.07\n"
        "- Russian missiles hit the sports school in the morning, the roof burned. The school "
        "ordered blinds from us in April (No. 77, paid).\n"
    )
    assert days(at(incidents(text), "Myko")) == [(date(2022, 7, 21), date(2022, 7, 21))]


@pytest.mark.parametrize("district", ["Korabelnyi", "Tsentralnyi", "Inhulskyi"])
def test_a_named_district_of_the_shops_own_city_is_at_home(district: str) -> None:
    town = default_resolver().resolve("Mykolaiv", (), "town")
    line = f"- Client 41 (school, {district} district): the building was damaged by shelling."
    assert DISTRICT_NAMED.search(line) is not None
    assert struck_at_home(line, town)
    assert not struck_at_home(line, default_resolver().resolve("Lviv", (), "town"))


def test_a_site_said_again_keeps_its_event_whoever_speaks_of_it() -> None:
    text = (
        " date 2022-09-20 Mill intake notes (translated from Russian)\n"
        "Thu 15.09\n"
        "No intake, the trucks did not come.\n\n"
        "Fri 16.09\n"
        "Evening, explosions behind Tokmak, at the military unit by the old base, until late "
        "night. Fedorov, the mayor of Melitopol in exile, writes that the depot at the base was "
        "hit.\n"
    )
    found = incidents(text)
    assert at(found, "Tokmak") and not at(found, "Melitopol")


# --- news -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # where fire comes from
        "The city lies within reach of their artillery positions on the left bank near Kakhovka.",
        # where a regime holds
        "The governor declared a high-alert regime in the Kingisepp district after the attack.",
    ],
)
def test_places_that_only_frame_the_fire_are_context(text: str) -> None:
    assert "target" not in [role for _, role, _ in _places(text)]


def test_a_fronts_count_of_attacks_near_a_town_is_no_strike() -> None:
    text = (
        " date 2024-05-23 Front\n"
        "Ukraine's general staff says Russian forces carried out nine attacks near Lyptsi "
        "overnight.\n"
    )
    assert at(incidents(text), "Lypt") == []


def test_a_funerals_today_does_not_redate_the_strike_it_mourns() -> None:
    text = (
        " date 2025-05-19 Nine killed as drone hits bus outside Krasnopillia\n"
        "Nine people were killed on Sunday morning when a Russian drone struck a bus just "
        "outside Krasnopillia, the regional administration said. Krasnopillia is burying its "
        "dead today.\n"
    )
    assert days(at(incidents(text), "Krasnopil")) == [(date(2025, 5, 18), date(2025, 5, 18))]


def test_an_administration_that_speaks_after_the_strike_is_not_struck() -> None:
    text = (
        " date 2025-05-18 Sumy Regional Military Administration\n"
        "A Russian drone hit a minibus near Bilopillia on Saturday, killing nine. At 06:17 a "
        "drone was seen over the road, and minutes later it hit the vehicle, the regional "
        "military administration said.\n"
    )
    found = incidents(text)
    assert at(found, "Bilopil") and not at(found, "Sumy")


def test_a_convoy_shot_up_near_a_village_is_a_strike_there() -> None:
    text = (
        " date 2022-10-02 Convoy\n"
        "According to the governor, the convoy was shot up on 25 September near the village "
        "of Kurylivka, as people tried to leave.\n"
    )
    assert days(at(incidents(text), "Kurylivka")) == [(date(2022, 9, 25), date(2022, 9, 25))]


def test_the_oblast_round_a_capital_city_speaks_of_the_capitals_attack() -> None:
    text = (
        " date 2023-05-30 Drones hit Moscow\n"
        "Several drones struck residential buildings in Moscow early Tuesday, the mayor said. "
        "The Defense Ministry called it a terrorist attack.\n\n"
        "Moscow region Governor Andrei Vorobyov said several drones had been downed on their "
        "approach to the capital.\n"
    )
    found = incidents(text)
    assert len(at(found, "Moscow")) == 1 and at(found, "Moscow")[0].place.name == "Moscow"


def test_a_capital_that_survived_an_attack_is_the_city_struck() -> None:
    text = (
        " date 2023-05-30 Kyiv\n"
        "Early on Sunday, Kyiv survived what officials called Russia's largest drone attack, "
        "as the city marked its annual Kyiv Day.\n"
    )
    assert days(at(incidents(text), "Kyiv")) == [(date(2023, 5, 28), date(2023, 5, 28))]


def test_the_day_troops_went_into_a_town_is_not_the_day_it_was_hit() -> None:
    text = (
        " date 2022-10-03 Mowing jobs, Balakliia\n"
        "Jobs, September. Prices per sotka.\n\n"
        "Sun 18.09\n"
        "- My cousin called from Kupiansk. Our side went into the town last week, but this "
        "morning the russians shelled the depot houses there, his neighbour killed.\n"
    )
    assert days(at(incidents(text), "Kup")) == [(date(2022, 9, 18), date(2022, 9, 18))]


def test_a_sentence_opened_in_cyrillic_ends_the_one_before_it() -> None:
    # (one sentence per line otherwise: the entry's day would be taken from the bracket)
    text = (
        " date 2022-10-03 Ploughing jobs, Pervomaiskyi (Kharkiv oblast)\n"
        "Вт 20.09 | Лисенко | Pervomaiskyi | 10 | оранка | owes 900\n\n"
        "Пн 26.09\n"
        "- Вранці the russians fired S-300 rockets on Pervomaiskyi, houses hit. Синєгубов "
        "пише: a girl died. Лисенко's house (from 20.09) — windows out.\n"
    )
    found = [
        i for i in incidents(text) if i.place is not None and i.place.admin1 == "Kharkiv Oblast"
    ]
    assert days(found) == [(date(2022, 9, 26), date(2022, 9, 26))]


def test_a_callers_town_before_a_colon_is_where_the_news_struck() -> None:
    text = (
        " date 2025-05-03 Stocktake notes, Dnipro\n"
        "Sun 27.04\n"
        "- Roman phoned from Pavlohrad: russian drones again in the night, a man killed. He is "
        "fine.\n"
        "Mon 28.04\n"
        "- Oksana phoned from Lozova: all quiet, the shop opens at ten.\n"
    )
    found = incidents(text)
    assert days(at(found, "Pavlohrad")) == [(date(2025, 4, 27), date(2025, 4, 27))]
    assert not at(found, "Lozova")


# --- exports and line breaks ------------------------------------------------------------


def test_a_hard_wrapped_note_reads_as_one_line() -> None:
    text = (
        " date 2022-10-03 Event cards\n"
        "Card: 02\n"
        "Date: 05.09.2022\n"
        "Notes: On 5 September 2022, Russian forces fired rockets at Apostolove (Kryvyi Rih\n"
        " raion, Dnipropetrovsk oblast). A woman was killed; there are\n"
        " wounded.\n"
    )
    found = incidents(text)
    assert days(at(found, "Apostolove")) == [(date(2022, 9, 5), date(2022, 9, 5))]
    assert [i.place_text for i in at(found, "Apostolove")] == [
        "Apostolove (Kryvyi Rih raion, Dnipropetrovsk oblast)"
    ]


def test_a_wikis_double_bar_header_names_its_rows_columns() -> None:
    from geo.tablerows import figure_columns

    header = "||#||date||region||district / municipality||notes||k/i||status||"
    assert figure_columns(header) == {"region": 3, "place": 4, "casualties": 6}


def test_a_count_code_before_a_full_stop_is_no_initial() -> None:
    from geo.articles import split_sentences

    text = " date 2022-09-30 Shop notes\nFri 09.09 — Sold: 2 D, 1 R. In the afternoon shelling.\n"
    pieces = [s.span.text for s in split_sentences(make_article("t.txt", text))]
    assert pieces[-1] == "In the afternoon shelling."


def test_a_persons_habit_in_a_who_clause_is_not_the_strikes() -> None:
    text = (
        " date 2022-09-30 Bakery notes, Siversk\n"
        "Bread: 40 loaves a day.\n\n"
        "Fri 09.09 — Sold: 30. In the afternoon the russians shelled the centre again, a man "
        "killed, the one who bought rye from us every week.\n"
    )
    assert days(at(incidents(text), "Siversk")) == [(date(2022, 9, 9), date(2022, 9, 9))]


def test_a_school_on_his_side_of_a_city_is_in_the_city() -> None:
    text = "Russian artillery destroyed a school on his side of Chernihiv this morning."
    assert _places(text)[0][1] == "target"
