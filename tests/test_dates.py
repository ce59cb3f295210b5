from datetime import date

import pytest

from geo.dates import default_window, find_dates, intersect
from geo.model import DateWindow

REF = date(2022, 7, 4)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on July 3 the city", date(2022, 7, 3), date(2022, 7, 3), "day"),
        ("on 8 April 2022 at", date(2022, 4, 8), date(2022, 4, 8), "day"),
        ("In April, two helicopters", date(2022, 4, 1), date(2022, 4, 30), "month"),
        ("Tonight, between 3:00", date(2022, 7, 3), date(2022, 7, 4), "days"),
        ("drones attacked overnight", date(2022, 7, 3), date(2022, 7, 4), "days"),
        ("on Saturday", date(2022, 7, 2), date(2022, 7, 2), "day"),
        ("on Monday", date(2022, 7, 4), date(2022, 7, 4), "day"),
        ("last Monday", date(2022, 6, 27), date(2022, 6, 27), "day"),
        ("yesterday", date(2022, 7, 3), date(2022, 7, 3), "day"),
        ("the previous day", date(2022, 7, 3), date(2022, 7, 3), "day"),
        ("last week", date(2022, 6, 27), date(2022, 7, 3), "week"),
        ("two days ago", date(2022, 7, 2), date(2022, 7, 2), "day"),
        ("Dec. 30", date(2021, 12, 30), date(2021, 12, 30), "day"),
        ("on Monday, March 4", date(2022, 3, 4), date(2022, 3, 4), "day"),
        ("attacks in 2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("2022-06-30", date(2022, 6, 30), date(2022, 6, 30), "day"),
        ("30/06/2022 strike", date(2022, 6, 30), date(2022, 6, 30), "day"),
    ],
)
def test_date_expressions(text: str, start: date, end: date, precision: str) -> None:
    found = find_dates(text, REF)
    assert found, text
    w = found[0].window
    assert (w.start, w.end, w.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "since the conflict's inception in February 2022",
        "which Russia seized in March.",
        "You May go",
        "no date at all",
    ],
)
def test_not_event_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_year_is_inferred_backwards_across_new_year() -> None:
    (d,) = find_dates("a strike on December 30 killed", date(2024, 1, 9))
    assert d.window.start == date(2023, 12, 30)


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("on Saturday", None) == []
    assert find_dates("July 3", None) == []


def test_offsets_point_into_the_text() -> None:
    text = "Blasts hit on July 3 again"
    (d,) = find_dates(text, REF, offset=100)
    assert (d.start - 100, d.end - 100) == (text.index("July"), text.index(" again"))


def test_default_window_is_the_day_of_publication_or_the_day_before() -> None:
    w = default_window(REF)
    assert (w.start, w.end, w.basis) == (date(2022, 7, 3), REF, "publication")
    assert default_window(REF, days=7).start == date(2022, 6, 27)
    assert not default_window(None).known


def test_intersect() -> None:
    a = DateWindow(date(2022, 6, 27), date(2022, 7, 4), "week")
    b = DateWindow(date(2022, 7, 3), date(2022, 7, 3), "day")
    assert intersect([a, b]) == b
    c = DateWindow(date(2022, 4, 1), date(2022, 4, 30), "month")
    assert intersect([a, c]) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Last month, on Palm Sunday, 13 April, two missiles struck Sumy.", "2025-04-13"),
        ("Two years ago, on 1 July 2023, a missile hit the block.", "2023-07-01"),
    ],
)
def test_a_day_told_inside_a_relative_month_or_year_is_the_day_meant(text: str, start: str) -> None:
    found = find_dates(text, date(2025, 5, 17))
    assert [str(d.window.start) for d in found] == [start]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In February this year, a missile destroyed a building.", "2023-02-01", "2023-02-28"),
        ("In February last year, a missile hit the station.", "2022-02-01", "2022-02-28"),
        ("On 3 March this year a missile hit.", "2023-03-03", "2023-03-03"),
    ],
)
def test_this_or_last_year_after_a_month_is_the_year_written(
    text: str, start: str, end: str
) -> None:
    [d] = find_dates(text, date(2023, 6, 28))
    assert (str(d.window.start), str(d.window.end), d.window.basis) == (start, end, "explicit")
