"""Playing the map through time: the current step, its window and the trail's fading.

A :class:`PlaybackStep` is the last day shown (``end``), the step ``unit`` (a day, a week
or a month) and the ``trail``: how many steps, the current one included, stay on the map.
The shown window is the ``trail`` units ending on ``end`` (:func:`window_of`); incidents
inside it are drawn the fainter the older they are (:func:`trail_opacity`).

Pure: no Streamlit. Values from a URL are checked by :func:`parse_step`, which raises
``ValueError`` with a message a user understands (and that never repeats the value).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, cast

import numpy as np
import pandas as pd

from geo.filters import date_window
from geo.urlstate import DateBounds

Unit = Literal["day", "week", "month"]
UNITS: tuple[Unit, ...] = ("day", "week", "month")
"""The step units, shortest first."""
DEFAULT_UNIT: Unit = "week"
DEFAULT_TRAIL = 4
MAX_TRAIL = 52
"""A longer trail than this is refused (a year of weeks)."""
SPEEDS: tuple[float, ...] = (0.5, 1.0, 2.0)
"""Seconds per step offered while playing."""
FAINTEST = 0.25
"""The opacity of the oldest step of a trail (the current step is 1.0)."""


@dataclass(frozen=True)
class PlaybackStep:
    """One moment of a playback.

    Attributes
    ----------
    end : the last day shown (the step's day).
    unit : ``"day"``, ``"week"`` or ``"month"``: how far one step moves.
    trail : how many steps, the current one included, are shown (1 to :data:`MAX_TRAIL`).
    """

    end: date
    unit: Unit = DEFAULT_UNIT
    trail: int = DEFAULT_TRAIL


def shift(day: date, unit: Unit, n: int) -> date:
    """``day`` moved by ``n`` units (a month keeps its day of the month, clamped: 31 Jan +
    1 month is 28 or 29 Feb)."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = day.year * 12 + day.month - 1 + n
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def parse_step(
    play: str, unit: str = DEFAULT_UNIT, trail: str | int = DEFAULT_TRAIL
) -> PlaybackStep:
    """A step from its URL spelling (``play=2024-03-14&step=week&trail=4``).

    Parameters
    ----------
    play : the step's last day, ``YYYY-MM-DD``.
    unit : ``day``, ``week`` or ``month``.
    trail : how many steps are shown, 1 to :data:`MAX_TRAIL`.

    Returns
    -------
    PlaybackStep

    Raises
    ------
    ValueError
        Naming what is wrong (never repeating the value: it may come from a URL).
    """
    text = play.strip()
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError("the playback day must be a date (YYYY-MM-DD)")
    try:
        end = date.fromisoformat(text)
    except ValueError:
        raise ValueError("the playback day must be a date (YYYY-MM-DD)") from None
    return PlaybackStep(end, parse_unit(unit), parse_trail(trail))


def parse_unit(text: str) -> Unit:
    """``day``, ``week`` or ``month`` (any case); ``ValueError`` for anything else."""
    unit = text.strip().lower()
    if unit not in UNITS:
        raise ValueError("the step must be day, week or month")
    return cast(Unit, unit)


def parse_trail(text: str | int) -> int:
    """A trail length, 1 to :data:`MAX_TRAIL` steps; ``ValueError`` for anything else."""
    raw = str(text).strip()
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_TRAIL:
        raise ValueError(f"the trail must be a whole number of steps from 1 to {MAX_TRAIL}")
    return int(raw)


def next_step(step: PlaybackStep, n: int = 1, bounds: DateBounds | None = None) -> PlaybackStep:
    """The step ``n`` units later (earlier when ``n`` is negative), kept inside ``bounds``.

    Parameters
    ----------
    step : the current step.
    n : how many steps to move.
    bounds : the data's first and last day; the step's day never leaves them.

    Returns
    -------
    PlaybackStep
        The same unit and trail, a new ``end``.
    """
    end = shift(step.end, step.unit, n)
    if bounds is not None:
        end = max(min(end, bounds.end), bounds.start)
    return PlaybackStep(end, step.unit, step.trail)


def window_of(step: PlaybackStep) -> tuple[date, date]:
    """The days shown at ``step``: the ``trail`` units that end on ``step.end`` (inclusive).

    Examples
    --------
    >>> window_of(PlaybackStep(date(2024, 3, 14), "week", 2))
    (datetime.date(2024, 3, 1), datetime.date(2024, 3, 14))
    """
    return shift(step.end, step.unit, -step.trail) + timedelta(days=1), step.end


def trail_opacity(age: int, trail: int) -> float:
    """The opacity of an incident ``age`` steps old in a trail of ``trail`` steps.

    The current step (age 0) is opaque; the oldest step of the trail is
    :data:`FAINTEST`, the steps between evenly in between.

    Raises
    ------
    ValueError
        When ``trail`` is below 1 or ``age`` is outside ``0 … trail - 1``.
    """
    if trail < 1:
        raise ValueError("the trail must be at least one step")
    if not 0 <= age < trail:
        raise ValueError("the age must be within the trail")
    if trail == 1:
        return 1.0
    return round(1.0 - (1.0 - FAINTEST) * age / (trail - 1), 3)


def step_ages(df: pd.DataFrame, step: PlaybackStep) -> pd.Series:
    """Each row's age in steps at ``step``: 0 when its date window touches the current step,
    1 the step before, …; the last day of the window counts (an incident still going on is
    recent). Rows after the step, before the trail or undated are ``-1``.
    """
    start, end = date_window(df)
    limit = pd.Timestamp(step.end)
    # The last day of the window up to the step (an incident still going on is current).
    last = end.where(end <= limit, limit).where(start <= limit, pd.NaT)
    ages = np.full(len(df), -1, dtype=np.int64)
    known = last.notna().to_numpy()
    days = last.to_numpy()
    # Steps are calendar units (a month is 28 to 31 days): find each day's step by the
    # steps' first days, newest first.
    edges = [np.datetime64(shift(step.end, step.unit, -k)) for k in range(step.trail + 1)]
    for age in range(step.trail):
        inside = known & (days <= edges[age]) & (days > edges[age + 1])
        ages[inside] = age
    return pd.Series(ages, index=df.index)


def opacities(df: pd.DataFrame, step: PlaybackStep) -> pd.Series:
    """Each row's opacity at ``step`` (:func:`trail_opacity` of its age); rows outside the
    trail and undated rows (shown always, as everywhere) get :data:`FAINTEST`."""
    levels = np.array([trail_opacity(a, step.trail) for a in range(step.trail)] + [FAINTEST])
    ages = step_ages(df, step).to_numpy()
    return pd.Series(levels[np.where(ages < 0, step.trail, ages)], index=df.index)


def first_step(
    range_start: date, unit: Unit, trail: int, bounds: DateBounds | None
) -> PlaybackStep:
    """Where a playback starts: the step ending one unit after ``range_start`` (so the
    first frame shows the range's first step), kept inside ``bounds``."""
    end = shift(range_start, unit, 1) - timedelta(days=1)
    if bounds is not None:
        end = max(min(end, bounds.end), bounds.start)
    return PlaybackStep(end, unit, trail)
