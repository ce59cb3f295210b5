"""Rules of the twenty-third round (issue 12, session 27): the story's geography decides a
bare name's namesake, and a log line's stamp dates the line.

Each test is our own text of a kind the round's sets showed; none is a set's text.
"""

from __future__ import annotations

from datetime import date

import pytest
from textcases import at, days, incidents

from geo.dates import find_dates
from geo.model import Place
from geo.storygeo import story_namesake


def _oblast(found: list, town: str) -> list[str | None]:
    return [i.place.admin1 for i in at(found, town)]


@pytest.mark.parametrize(
    ("text", "town", "oblast"),
    [
        # the town where aid is handed out, in a line that tells no strike
        (
            " date 2023-05-10 Hromada head\n"
            "Russian artillery shelled Tykhe around noon, a man was wounded.\n"
            "Aid will be handed out in Vovchansk tomorrow from 10:00.\n",
            "Tykhe",
            "Kharkiv Oblast",
        ),
        (
            " date 2024-02-10 Council post\n"
            "A drone dropped explosives on a car in Zelene this morning. The driver was injured.\n"
            "Stay in shelters. Water will be delivered to Huliaipole residents on Monday.\n",
            "Zelene",
            "Zaporizhzhia Oblast",
        ),
        # the raion whose administration posts
        (
            " date 2023-07-03 Kupiansk district military administration\n"
            "The enemy shelled Hrushivka this morning, a woman was wounded.\n",
            "Hrushivka",
            "Kharkiv Oblast",
        ),
    ],
)
def test_a_bare_village_is_the_namesake_among_the_storys_places(
    text: str, town: str, oblast: str
) -> None:
    assert _oblast(incidents(text), town) == [oblast]


@pytest.mark.parametrize(
    ("text", "town", "oblast"),
    [
        # a town of 12,500 is not given up for a hamlet beside another town of the digest
        (
            " date 2023-03-10 Weekly digest\n"
            "Shelling hit Vasylivka on Tuesday, one wounded.\n"
            "In Horlivka, the occupation authorities reported power cuts.\n",
            "Vasylivka",
            "Zaporizhzhia Oblast",
        ),
        # a village placed by its raion stays where its words put it
        (
            " date 2023-03-10 Hromada news\n"
            "Russian artillery shelled Petrivka, Izium district, on Tuesday, one man was wounded.\n"
            "Aid is handed out in Vovchansk.\n",
            "Petrivka",
            "Kharkiv Oblast",
        ),
    ],
)
def test_a_placed_or_sizeable_town_keeps_its_place(text: str, town: str, oblast: str) -> None:
    assert _oblast(incidents(text), town) == [oblast]


def _town(key: str, lat: float, lon: float, admin1: str, population: int = 0) -> Place:
    return Place(key, key.split(":")[0], "UA", lat, lon, "town", admin1, population)


class _Namesakes:
    """Only what story_namesake asks of a resolver: the namesakes of a name."""

    def __init__(self, towns: list[Place]) -> None:
        self.towns = towns

    def namesakes(self, name: str) -> list[Place]:
        return [t for t in self.towns if t.name == name]

    def sections_named(self, name: str) -> list[Place]:
        return []


FAR = _town("Ivanivka:1", 46.0, 30.0, "Odesa Oblast", 900)
NEAR = _town("Ivanivka:2", 50.05, 36.05, "Kharkiv Oblast", 300)
ANCHOR = _town("Chuhuiv:1", 50.0, 36.0, "Kharkiv Oblast", 30_000)


@pytest.mark.parametrize(
    ("anchors", "regions", "chosen"),
    [
        ([ANCHOR], frozenset(), NEAR),  # far from the story, a namesake beside it
        ([], frozenset(), FAR),  # no story to go by
        ([ANCHOR], frozenset({"Odesa Oblast"}), FAR),  # the text names the far one's oblast
        ([_town("Odesa:1", 46.1, 30.1, "Odesa Oblast")], frozenset(), FAR),  # already among them
    ],
)
def test_story_namesake(anchors: list[Place], regions: frozenset[str], chosen: Place) -> None:
    gaz = _Namesakes([FAR, NEAR])
    assert story_namesake(FAR, anchors, gaz, regions) == chosen  # type: ignore[arg-type]


def test_a_log_lines_stamp_dates_its_every_sentence() -> None:
    text = (
        " date 2023-09-14 DEPOT LOG — Izmail warehouse, 8-14 Sep\n"
        "08.09 Fri  quiet night, trucks loaded.\n"
        "09.09 Sat  night 8->9: DIRECT HIT on our warehouse. Russian drones hit the port in Izmail,"
        " a grain hangar burned. 2 drivers injured.\n"
        "12.09 Tue  office closed, repairs.\n"
        "14.09 Thu  claim sent.\n"
    )
    assert days(at(incidents(text), "Izma")) == [(date(2023, 9, 9), date(2023, 9, 9))]


def test_a_place_dated_once_keeps_its_day_over_the_notes_latest_day() -> None:
    # the note's lead is only its latest day ("On Saturday"): the village's own day says more
    text = (
        " date 2023-03-12 verification notes: Bilozerka strike\n"
        "On Saturday our team received new photos from the village.\n\n"
        "Russian artillery hit the village of Bilozerka on 2 March, killing two men.\n\n"
        "The photos were checked against older imagery. Metadata was stripped. Two sources"
        " confirmed the location.\n\n"
        "The shelling of Bilozerka also destroyed the school gym, satellite images show.\n"
    )
    assert days(at(incidents(text), "Bilozerka")) == [(date(2023, 3, 2), date(2023, 3, 2))]


def _regions(found: list) -> list[str]:
    return sorted(i.place.name for i in found if i.place is not None)


def test_a_channels_tally_items_need_no_space_after_their_mark() -> None:
    text = (
        " date 2024-10-02 MoD: 60 UAVs destroyed overnight\n"
        "Overnight, air defence systems intercepted and destroyed 60 Ukrainian UAVs:\n"
        "🔸31 over the territory of the Kursk region,\n"
        "🔸17 over the territory of the Voronezh region,\n"
        "🔸the rest over the Tambov, Penza and Saratov regions.\n"
    )
    assert _regions(incidents(text)) == [
        "Kursk Oblast", "Penza Oblast", "Saratov Oblast", "Tambov Oblast", "Voronezh Oblast",
    ]  # fmt: skip


def test_places_listed_with_a_launch_area_are_launch_areas_too() -> None:
    text = (
        " date 2024-12-13 Air Force: the night attack\n"
        "Overnight, the enemy attacked with 94 missiles and 193 drones:\n"
        "- 40 Shahed drones — from the directions of Kursk, Oryol and Millerovo;\n"
        "- 12 Kh-101 missiles hit energy facilities in the Ternopil region.\n"
    )
    assert _regions(incidents(text)) == ["Ternopil Oblast"]


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("Also Sun: artillery again", date(2023, 1, 15)),
        ("- Sun: shelling", date(2023, 1, 15)),
        ("(~15:30 Sat)", date(2023, 1, 14)),
        ("Friday the 13th", date(2023, 1, 13)),
    ],
)
def test_a_notes_short_days(words: str, day: date) -> None:
    [found] = find_dates(words, date(2023, 1, 16))
    assert (found.window.start, found.window.end) == (day, day)


@pytest.mark.parametrize(
    "words", ["The Sun: a paper", "the sun) was out", "MoD Sun: it struck", "since the war"]
)
def test_words_that_are_no_day(words: str) -> None:
    assert find_dates(words, date(2023, 1, 16)) == []


def test_a_registers_rows_without_a_town_are_in_its_titles_town() -> None:
    text = (
        " date 2024-02-20 Repair register Feb 2024 — district housing office, Saltivskyi r-n,"
        " Kharkiv\n"
        "No | date | address | cause | damage\n"
        "1 | 09.02.24 | Natalii Uzhvii st. 80 | ru drone hit, night | roof, windows\n"
        "2 | 15.02.24 | Traktorobudivnykiv ave. 59 | missile strike ~06:00 | windows\n\n"
        "NOTES\n"
        "- Plywood promised by the suppliers, delivery on 22.02.\n"
    )
    assert days(at(incidents(text), "Kharkiv")) == [
        (date(2024, 2, 9), date(2024, 2, 9)),
        (date(2024, 2, 15), date(2024, 2, 15)),
    ]


def test_a_rundowns_item_number_set_off_by_spaces_heads_its_place() -> None:
    text = (
        " date 2022-10-10 RUNDOWN 19:00 — Mon 10.10\n"
        "PROD: Ivan | ANCHOR: Olha\n\n"
        "01  HEADS x3\n"
        '02  TERNOPIL — VO 30": strikes on energy facilities this morning, no power.\n'
        "03  WEATHER 1'00\"\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Ternopil"]


def test_a_hromada_at_a_lines_start_is_a_community_not_a_hamlet() -> None:
    text = (
        " date 2023-05-10 Hromada head\n"
        "Hromada news: Russian artillery shelled Tykhe around noon, a man was wounded.\n"
    )
    assert [i.place.name for i in incidents(text)] == ["Tykhe"]
