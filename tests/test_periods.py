"""geo.periods: two periods of the incidents counted side by side, and what changed."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from geo.periods import Period, compare_periods, count_period, split_range
from geo.table import incidents_frame

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS  # noqa: E402

D = date
TABLE = incidents_frame(RECORDS)  # 2024-01-02 … 2024-02-29, one undated, one unlocated


@pytest.mark.parametrize(
    ("start", "end", "days", "label"),
    [
        (D(2024, 1, 2), D(2024, 1, 2), 1, "2024-01-02"),
        (D(2024, 1, 2), D(2024, 1, 31), 30, "2024-01-02 – 2024-01-31"),
        (D(2023, 12, 31), D(2024, 1, 1), 2, "2023-12-31 – 2024-01-01"),
    ],
)
def test_good_periods(start, end, days, label):
    p = Period(start, end)
    assert (p.days, p.label) == (days, label)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (
            D(2024, 1, 5),
            D(2024, 1, 4),
            "Period A ends on 2024-01-04, before it starts on 2024-01-05",
        ),
        (
            D(2024, 2, 1),
            D(2023, 2, 1),
            "Period A ends on 2023-02-01, before it starts on 2024-02-01",
        ),
        (None, D(2024, 1, 4), "Period A needs a first and a last day"),
        (D(2024, 1, 4), "2024-01-05", "Period A needs a first and a last day"),
    ],
)
def test_bad_periods_say_why(start, end, message):
    with pytest.raises(ValueError, match=message):
        Period(start, end, "Period A")


@pytest.mark.parametrize(
    ("start", "end", "a", "b"),
    [
        # 59 days: A has the extra day of an odd count.
        (D(2024, 1, 2), D(2024, 2, 29), (D(2024, 1, 2), D(2024, 1, 31)),
         (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2024, 1, 1), D(2024, 1, 4), (D(2024, 1, 1), D(2024, 1, 2)),
         (D(2024, 1, 3), D(2024, 1, 4))),
        (D(2024, 1, 1), D(2024, 1, 2), (D(2024, 1, 1), D(2024, 1, 1)),
         (D(2024, 1, 2), D(2024, 1, 2))),
        # One day is both periods (they overlap, and the comparison says so).
        (D(2024, 1, 1), D(2024, 1, 1), (D(2024, 1, 1), D(2024, 1, 1)),
         (D(2024, 1, 1), D(2024, 1, 1))),
    ],
)  # fmt: skip
def test_split_range(start, end, a, b):
    pa, pb = split_range(start, end)
    assert ((pa.start, pa.end), (pb.start, pb.end)) == (a, b)
    assert (pa.name, pb.name) == ("Period A", "Period B")


def test_split_range_refuses_a_backwards_range():
    with pytest.raises(ValueError, match="The date range ends on 2024-01-01, before it starts"):
        split_range(D(2024, 1, 2), D(2024, 1, 1))


def test_compare_the_fixture_halves():
    a, b = split_range(D(2024, 1, 2), D(2024, 2, 29))
    found = compare_periods(TABLE, a, b)
    # A: Kyiv (7 killed, 20 injured), Kharkiv (3 injured), Belgorod (2 killed), the
    # unlocated village (0 killed). B: Odesa (1 killed). Donetsk is undated: in neither.
    assert (found.a.incidents, found.a.killed, found.a.injured) == (4, 9, 23)
    assert (found.b.incidents, found.b.killed, found.b.injured) == (1, 1, 0)
    assert found.a.by_actor == {"Russia": 2, "Ukraine": 1, "Unknown": 1}
    assert found.b.by_actor == {"Russia": 1}
    assert found.undated == 1
    assert found.new_places == ["Odesa"]
    assert found.gone_places == ["Belgorod", "Kharkiv", "Kyiv"]  # the village is on no map
    assert found.actor_rows() == [("Russia", 2, 1, -1), ("Ukraine", 1, 0, -1),
                                  ("Unknown", 1, 0, -1)]  # fmt: skip
    assert found.overlap is None and found.overlap_note() is None


def test_overlapping_periods_are_allowed_and_said():
    a = Period(D(2024, 1, 1), D(2024, 1, 10), "Period A")
    b = Period(D(2024, 1, 5), D(2024, 2, 29), "Period B")
    found = compare_periods(TABLE, a, b)
    assert found.overlap is not None
    assert (found.overlap.start, found.overlap.end) == (D(2024, 1, 5), D(2024, 1, 10))
    assert found.overlap_note() == (
        "The periods overlap (2024-01-05 – 2024-01-10, 6 day(s)): an incident in those days "
        "counts in both."
    )
    # Belgorod (4–6 January) and Kharkiv (10 January) are in both.
    assert found.a.incidents == 3 and found.b.incidents == 4
    assert found.new_places == ["Odesa"] and found.gone_places == ["Kyiv"]


def test_b_may_come_first_and_a_window_counts_where_it_overlaps():
    a = Period(D(2024, 2, 15), D(2024, 2, 20), "Period A")  # inside Odesa's month window
    b = Period(D(2024, 1, 6), D(2024, 1, 6), "Period B")  # Belgorod's last day
    found = compare_periods(TABLE, a, b)
    assert found.a.places == {"cur:odesa": "Odesa"}
    assert found.b.places == {"cur:belgorod": "Belgorod"}
    assert found.actor_rows() == [("Russia", 1, 0, -1), ("Ukraine", 0, 1, 1)]


def test_namesakes_stay_two_places_and_unknown_figures_count_zero():
    rows = [
        {**RECORDS[0], "id": "x1", "place": "Ivanivka", "place_key": "gn:1", "killed": None},
        {**RECORDS[0], "id": "x2", "place": "Ivanivka", "place_key": "gn:2", "injured": None},
    ]
    counts = count_period(incidents_frame(rows), Period(D(2024, 1, 1), D(2024, 1, 31)))
    assert counts.places == {"gn:1": "Ivanivka", "gn:2": "Ivanivka"}
    assert (counts.killed, counts.injured) == (7, 20)


def test_an_empty_table_counts_nothing():
    empty = TABLE.iloc[0:0]
    found = compare_periods(empty, *split_range(D(2024, 1, 1), D(2024, 1, 31)))
    assert (found.a.incidents, found.b.incidents, found.undated) == (0, 0, 0)
    assert found.actor_rows() == [] and found.new_places == []


def test_imported_layer_rows_without_place_key_are_keyed_by_name():
    frame = TABLE.drop(columns=["place_key"])
    counts = count_period(frame, Period(D(2024, 2, 1), D(2024, 2, 29)))
    assert counts.places == {"odesa": "Odesa"}
