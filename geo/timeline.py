"""Incidents over time, by actor: the data behind the timeline chart.

Each dated incident is counted once, in the period containing the *start* of
its date window. Undated incidents are not counted (pages say how many).
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from geo.filters import actor_labels, date_window

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
