"""geo.playback (steps, windows, the trail's fading), the URL's playback parameters
(geo.urlparsing.parse_playback) and the timeline's brush (geo.timeline.brush_days)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from geo import playback, urlparsing, urlstate
from geo.playback import PlaybackStep, next_step, parse_step, trail_opacity, window_of
from geo.timeline import brush_days
from geo.urlstate import DateBounds

BOUNDS = DateBounds(date(2024, 1, 2), date(2024, 2, 29))


@pytest.mark.parametrize(
    "play, unit, trail, want",
    [
        ("2024-03-14", "week", "4", PlaybackStep(date(2024, 3, 14), "week", 4)),
        (" 2024-03-14 ", "DAY", 1, PlaybackStep(date(2024, 3, 14), "day", 1)),
        ("2024-01-31", "month", "52", PlaybackStep(date(2024, 1, 31), "month", 52)),
    ],
)
def test_parse_step_good(play, unit, trail, want):
    assert parse_step(play, unit, trail) == want


@pytest.mark.parametrize(
    "play, unit, trail, message",
    [
        ("20240314", "week", "4", "date"),
        ("2024-02-30", "week", "4", "date"),
        ("<script>", "week", "4", "date"),
        ("2024-03-14", "fortnight", "4", "day, week or month"),
        ("2024-03-14", "week", "0", "from 1 to 52"),
        ("2024-03-14", "week", "53", "from 1 to 52"),
        ("2024-03-14", "week", "-1", "from 1 to 52"),
        ("2024-03-14", "week", "2.5", "from 1 to 52"),
    ],
)
def test_parse_step_bad(play, unit, trail, message):
    with pytest.raises(ValueError, match=message) as caught:
        parse_step(play, unit, trail)
    assert "<script>" not in str(caught.value) and "fortnight" not in str(caught.value)


@pytest.mark.parametrize(
    "step, n, want",
    [
        (PlaybackStep(date(2024, 1, 10), "week"), 1, date(2024, 1, 17)),
        (PlaybackStep(date(2024, 1, 10), "day"), -3, date(2024, 1, 7)),
        (PlaybackStep(date(2024, 1, 31), "month"), 1, date(2024, 2, 29)),  # clamped day
        (PlaybackStep(date(2024, 2, 20), "week"), 2, date(2024, 2, 29)),  # the data's end
        (PlaybackStep(date(2024, 1, 5), "week"), -1, date(2024, 1, 2)),  # the data's start
    ],
)
def test_next_step(step, n, want):
    moved = next_step(step, n, BOUNDS)
    assert moved == PlaybackStep(want, step.unit, step.trail)


@pytest.mark.parametrize(
    "step, want",
    [
        (PlaybackStep(date(2024, 3, 14), "week", 1), (date(2024, 3, 8), date(2024, 3, 14))),
        (PlaybackStep(date(2024, 3, 14), "week", 4), (date(2024, 2, 16), date(2024, 3, 14))),
        (PlaybackStep(date(2024, 3, 14), "day", 1), (date(2024, 3, 14), date(2024, 3, 14))),
        (PlaybackStep(date(2024, 3, 31), "month", 2), (date(2024, 2, 1), date(2024, 3, 31))),
    ],
)
def test_window_of(step, want):
    assert window_of(step) == want


@pytest.mark.parametrize(
    "age, trail, want",
    [(0, 1, 1.0), (0, 4, 1.0), (1, 4, 0.75), (3, 4, 0.25), (1, 2, 0.25)],
)
def test_trail_opacity(age, trail, want):
    assert trail_opacity(age, trail) == want


@pytest.mark.parametrize("age, trail", [(-1, 4), (4, 4), (0, 0)])
def test_trail_opacity_bad(age, trail):
    with pytest.raises(ValueError):
        trail_opacity(age, trail)


def test_ages_and_opacities_by_the_last_day_touched():
    df = pd.DataFrame(
        {
            "date_start": ["2024-03-14", "2024-03-05", "2024-02-01", "2024-03-10", None],
            "date_end": ["2024-03-14", "2024-03-07", "2024-03-06", "2024-03-20", None],
        }
    )
    step = PlaybackStep(date(2024, 3, 14), "week", 3)
    # today; a week older; a long window ending a week older; still going on; undated.
    # An incident after the step or before the trail is -1 too (the page never shows it).
    assert playback.step_ages(df, step).tolist() == [0, 1, 1, 0, -1]
    assert playback.opacities(df, step).tolist() == [1.0, 0.625, 0.625, 1.0, 0.25]


@pytest.mark.parametrize(
    "params, want, warned",
    [
        ({}, None, []),
        ({"play": "2024-01-10"}, PlaybackStep(date(2024, 1, 10)), []),
        ({"play": "2024-01-10", "step": "day", "trail": "7"},
         PlaybackStep(date(2024, 1, 10), "day", 7), []),
        ({"play": "2030-01-01"}, PlaybackStep(date(2024, 2, 29)), ["play"]),
        ({"play": "2024-01-10", "step": "year"}, PlaybackStep(date(2024, 1, 10)), ["step"]),
        ({"play": "2024-01-10", "trail": "x"}, PlaybackStep(date(2024, 1, 10)), ["trail"]),
        ({"play": "yesterday"}, None, ["play"]),
        ({"play": ["2024-01-10", "2024-01-11"]}, None, ["play"]),
        ({"play": "2024-01-10" + "x" * 300}, None, ["play"]),
        ({"trail": "3"}, None, ["step"]),
    ],
)  # fmt: skip
def test_parse_playback(params, want, warned):
    step, warnings = urlparsing.parse_playback(params, BOUNDS)
    assert step == want
    assert len(warnings) == len(warned)
    for name, text in zip(warned, warnings, strict=True):
        assert f"'{name}'" in text
        assert "yesterday" not in text and "year'" not in text and "xxx" not in text


def test_parse_playback_without_dates():
    step, warnings = urlparsing.parse_playback({"play": "2024-01-10"}, None)
    assert step is None and "no incident has a known date" in warnings[0]


def test_playback_params_round_trip():
    step = PlaybackStep(date(2024, 3, 14), "month", 6)
    params = urlstate.playback_to_params(step)
    assert params == {"play": ["2024-03-14"], "step": ["month"], "trail": ["6"]}
    bounds = DateBounds(date(2024, 1, 1), date(2024, 12, 31))
    assert urlparsing.parse_playback(params, bounds) == (step, [])
    assert urlstate.playback_to_params(None) == {}


@pytest.mark.parametrize(
    "selection, want",
    [
        ({"period": [1704326400000, 1704844800000]}, (date(2024, 1, 4), date(2024, 1, 10))),
        ({"period": [1704844800000.5, 1704326400000]}, (date(2024, 1, 4), date(2024, 1, 10))),
        ({"period": ["2023-06-01", "2024-01-05T00:00:00"]}, (date(2024, 1, 2), date(2024, 1, 5))),
        ({"period": ["2025-01-01", "2025-02-01"]}, None),  # after the data
        ({}, None),
        (None, None),
        ({"period": [1]}, None),
        ({"period": "2024-01-04"}, None),
        ({"period": [float("nan"), 1704326400000]}, None),
        ({"period": [True, 1704326400000]}, None),
        ({"period": [1e300, 1704326400000]}, None),
        ({"period": ["soon", "later"]}, None),
    ],
)
def test_brush_days(selection, want):
    assert brush_days(selection, BOUNDS) == want
