"""Incidents over time, by actor: the data behind the timeline chart.

Each dated incident is counted once, in the period containing the *start* of
its date window. Undated incidents are not counted (pages say how many). The chart
drawn from it is :mod:`render.timeline`; a brush on it is read back by :func:`brush_days`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, Literal

import pandas as pd

from geo.filters import actor_labels, date_window
from geo.urlstate import DateBounds

Period = Literal["week", "month"]


def pick_period(df: pd.DataFrame) -> Period:
    """Weeks for spans up to ~6 months, months beyond."""
    start, end = date_window(df)
    if start.notna().any() and (end.max() - start.min()).days > 183:
        return "month"
    return "week"


def timeline_counts(df: pd.DataFrame, period: Period = "week") -> pd.DataFrame:
    """Columns ``period`` (datetime: Monday of the week / first of the month),
    ``actor`` (label) and ``incidents`` (count), sorted by period then actor."""
    start, _ = date_window(df)
    dated = start.notna()
    if not dated.any():
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="datetime64[ns]"),
                "actor": pd.Series(dtype="string"),
                "incidents": pd.Series(dtype="int64"),
            }
        )
    s = start[dated]
    if period == "month":
        bucket = s.dt.to_period("M").dt.start_time
    else:
        bucket = (s - pd.to_timedelta(s.dt.day_of_week, unit="D")).dt.normalize()
    frame = pd.DataFrame({"period": bucket, "actor": actor_labels(df)[dated].astype(str)})
    out = frame.groupby(["period", "actor"]).size().reset_index(name="incidents")
    return out.sort_values(["period", "actor"]).reset_index(drop=True)


def period_ends(counts: pd.DataFrame, period: Period) -> pd.Series:
    """The first day after each row's period (a bar's right edge on a time axis)."""
    step = pd.DateOffset(months=1) if period == "month" else pd.Timedelta(days=7)
    return counts["period"] + step


def brush_days(selection: Mapping[str, Any] | None, bounds: DateBounds) -> tuple[date, date] | None:
    """The days a brush on the timeline covers, kept inside ``bounds``; None for no brush.

    Parameters
    ----------
    selection : the chart's interval selection, ``{field: [low, high]}`` (Vega-Lite's
        ``{"period": [ms, ms]}``: milliseconds since 1970, or ISO dates).
    bounds : the data's first and last day.

    Returns
    -------
    (date, date) or None
        The first and last day touched (in order), or None when the selection is empty
        or unusable (a brush is browser input: never trusted to be well formed).
    """
    if not selection:
        return None
    values = next(iter(selection.values()))
    if not isinstance(values, (list, tuple)) or len(values) != 2:
        return None
    days = [_brush_day(v) for v in values]
    if days[0] is None or days[1] is None:
        return None
    lo, hi = min(days[0], days[1]), max(days[0], days[1])
    lo, hi = max(lo, bounds.start), min(hi, bounds.end)
    return (lo, hi) if lo <= hi else None


def _brush_day(value: Any) -> date | None:
    """One end of a brush: epoch milliseconds (Vega-Lite's temporal values) or an ISO day."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or abs(value) > 1e15:
            return None
        return datetime.fromtimestamp(value / 1000, tz=UTC).date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
