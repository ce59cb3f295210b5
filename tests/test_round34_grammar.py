"""Rules of the thirty-fourth round (issue 12, session 38): working notes of new kinds (a fleet's
incident sheet, a brewery's batch log, an exam board's minutes, a conductor's trip report, a
club's translated minutes) and pages that date or place a strike in ways not read before.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.articles import make_article
from geo.dates import find_dates
from geo.lexicon import NOTHING_STRUCK, ROAD_NAMED
from geo.pipeline import with_reference_dates
from geo.placephrase import find_places
from geo.places import default_resolver


def _roles(text: str) -> dict[str, str]:
    return {p.text: p.role for p in find_places(text, default_resolver())}


def test_a_district_of_the_notes_city_is_that_citys_not_a_far_village() -> None:
    text = (
        " date 2022-04-02 Courier hub, Kyiv: damaged parcels\n"
        "Courier hub | city: Kyiv | lost parcels, March\n"
        "\n"
        "P-301 | Wed 16.03 | Obolon, by the embankment | a russian shell hit the block "
        "before dawn, our van burned. Two people killed. | write-off\n"
        "P-302 | 18.03 | Bucha road | van could not pass, returned | -\n"
    )
    found = incidents(text)
    assert [round(i.place.lat, 1) for i in found] == [50.5]  # Kyiv's Obolon, not Poltava's
    assert days(found) == [(date(2022, 3, 16), date(2022, 3, 16))]


def test_a_rows_strike_cell_dates_the_strike_not_the_rows_other_day() -> None:
    text = (
        " date 2023-05-02 Bakery No. 3, Uman: oven log\n"
        "Bakery No. 3, Uman - OVEN LOG\n"
        "columns: batch | bread | bake day | remarks\n"
        "\n"
        "K-41 | rye | Thu 27.04.2023 | oven 2 ok. Night 27->28.04 the russian missile hit a "
        "nine-storey block in the town, 23 dead. Bakers safe.\n"
        "K-42 | wheat | 29.04.2023 | normal.\n"
    )
    found = at(incidents(text), "Uman")
    assert days(found) == [(date(2023, 4, 27), date(2023, 4, 28))]


def test_a_short_name_in_capitals_is_no_village_abroad() -> None:
    assert "APA" not in _roles("B-7 | APA 'Zoloto' | brewed Tuesday, shells fell on the town")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2024-02-06/07 | the drones hit the depot", (date(2024, 2, 6), date(2024, 2, 7))),
        ("2024-02-29/03-01 | the drones hit the depot", (date(2024, 2, 29), date(2024, 3, 1))),
        ("2024-02-06/09 | four nights of alerts", (date(2024, 2, 6), date(2024, 2, 6))),
    ],
)
def test_a_logs_night_written_as_its_two_days(text: str, want: tuple) -> None:
    got = [(d.window.start, d.window.end) for d in find_dates(text, date(2024, 3, 10))]
    assert got[0] == want


def test_a_text_that_says_when_it_was_written_is_dated_so() -> None:
    text = (
        "Beekeepers' society, Romny - notes for the members [written 14.11.2022]\n"
        "Hives lost: on the night of 7 to 8 March the bombs fell on Sumy, 21 dead.\n"
        "Next season: the first fair from 01.05.2023, if the situation allows.\n"
    )
    (article,) = with_reference_dates([make_article("t.txt", text)])
    assert article.published == date(2022, 11, 14)
    assert days(at(incidents(text), "Sumy")) == [(date(2022, 3, 7), date(2022, 3, 8))]


def test_a_town_said_to_lie_near_another_is_placed_by_it() -> None:
    roles = _roles("- Hlukhiv - the town near Shostka, not the village: on 09.10 shelling hit it")
    assert roles["Hlukhiv"] == "target"
    assert roles.get("Shostka", "context") == "context"  # (a locator is no place of its own)


def test_a_strike_dated_in_a_since_clause_is_told_in_its_own_right() -> None:
    text = "Trains are slow since the russian drones hit the substation at Fastiv on the night to Tue 05.03."
    assert _roles(text)["Fastiv"] == "target"


@pytest.mark.parametrize(
    "text",
    ["alert at 02:10, train held, nothing hit on our section", "sirens all night; nothing was hit"],
)
def test_nothing_hit_denies_the_strike(text: str) -> None:
    assert NOTHING_STRUCK.search(text)


def test_a_reports_numbered_item_places_and_dates_its_lines_and_ends_with_it() -> None:
    text = (
        " date 2025-03-10 Driver's shift report, bus 14\n"
        "1. Mon 03.03. Route as planned, no delays.\n"
        "\n"
        "2. Fri 07.03, Kupiansk bus station, boarding for Kharkiv finished ~09:10.\n"
        "~09:20 a russian drone hit the bus on the next platform.\n"
        "Three passengers were injured.\n"
        "\n"
        "3. Fuel: 40 litres, receipts attached.\n"
        "4. Seats: two torn in the burned bus, act to be signed.\n"
    )
    found = incidents(text)
    assert [i.place.name[:3] for i in found] == ["Kup"]
    assert days(found) == [(date(2025, 3, 7), date(2025, 3, 7))]


def test_subjected_to_shelling_is_struck() -> None:
    text = "On 4 May the Ukrainian forces subjected the city of Shebekino to massive shelling."
    assert _roles(text)["Shebekino"] == "target"


def test_a_route_named_after_its_towns_is_no_town_even_at_a_station() -> None:
    assert ROAD_NAMED.match("–Lviv route at a station in the city")
    text = "the blast damaged a train on the Kyiv–Lviv route at a station in the city"
    assert _roles(text)["Kyiv"] == "context"


def test_the_same_attack_is_on_the_attacks_day() -> None:
    text = (
        " date 2025-07-02 Flash update: strikes on Poltava region\n"
        "Poltava. At about 10:00 on 30 June, Russian missiles hit an industrial site in "
        "Poltava. Three people were killed.\n"
        "Repairs began.\n"
        "Crews cleared the site.\n"
        "\n"
        "Myrhorod. In the same attack, a missile hit a warehouse in Myrhorod. One man was hurt.\n"
    )
    assert days(at(incidents(text), "Myrhorod")) == [(date(2025, 6, 30), date(2025, 6, 30))]


def test_a_strike_years_before_the_invasion_told_after_it_is_history() -> None:
    text = (
        " date 2024-05-02 Depots that burn\n"
        "Ukrainian drones struck an arsenal near Toropets on Wednesday night.\n"
        "The explosions at the Svatove arsenal in October 2015 went on for days.\n"
    )
    assert at(incidents(text), "Svatove") == []
