"""The Map page's timeline: incidents per week or month by actor, brushable to set the range.

The chart covers every date (the sidebar's actor, type and layer filters applied), with
the range shown shaded; dragging across it (an interval selection on x) sets the sidebar's
date range through :func:`ui.state.set_date_range`, in the chart's ``on_select`` callback,
i.e. before the rerun draws the slider (the date boxes' mechanism, ``ui.sidebar``).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from geo import urlstate
from geo.timeline import brush_days, period_ends, pick_period, timeline_counts
from render.timeline import actor_colors
from ui.state import PLAY_RUNNING, PLAY_STEP, TIMELINE, AtlasContext, set_date_range

BRUSH = "brush"
"""The chart's interval selection (its name in the chart's selection state)."""


def all_dates(atlas: AtlasContext) -> pd.DataFrame:
    """The incidents of the view but for its date range (the timeline spans every date)."""
    return atlas.rows(dataclasses.replace(atlas.view, date_from=None, date_to=None))


def on_brush(bounds: urlstate.DateBounds) -> None:
    """The brush moved (callback, before the rerun): the sidebar's range follows, and a
    playback stops (the brushed range is the view now)."""
    ss = st.session_state
    state = ss.get(TIMELINE)
    selection = getattr(state, "selection", None) or {}
    days = brush_days(selection.get(BRUSH), bounds)
    if days is None:
        return
    set_date_range(*days, bounds)
    ss[PLAY_STEP] = None
    ss[PLAY_RUNNING] = False


def chart(counts: pd.DataFrame, period: str, shaded: tuple[date, date]) -> alt.LayerChart:
    """Stacked bars per period by actor, the ``shaded`` days behind them, a brush on x."""
    actors = sorted(counts["actor"].unique().tolist(), key=str.casefold)
    colors = actor_colors(actors)
    data = counts.assign(period_end=period_ends(counts, period))  # type: ignore[arg-type]
    # Stacked by hand: a bar spanning its period (x to x2) is a ranged bar, which
    # Vega-Lite does not stack; each segment gets its own bottom and top.
    data["top"] = data.groupby("period")["incidents"].cumsum()
    data["bottom"] = data["top"] - data["incidents"]
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    bars = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            x2="period_end:T",
            # A count has no half: whole-number ticks only (no "2.5").
            y=alt.Y("bottom:Q", title="Incidents", axis=alt.Axis(tickMinStep=1, format="d")),
            y2="top:Q",
            color=alt.Color(
                "actor:N",
                title=None,
                scale=alt.Scale(domain=actors, range=[colors[a] for a in actors]),
                legend=alt.Legend(orient="top"),
            ),
            tooltip=[
                alt.Tooltip("period:T", title=period.capitalize(), format="%d %b %Y"),
                alt.Tooltip("actor:N", title="Actor"),
                alt.Tooltip("incidents:Q", title="Incidents"),
            ],
        )
        .add_params(brush)
    )
    lo, hi = shaded
    band = pd.DataFrame(
        {"start": [pd.Timestamp(lo)], "end": [pd.Timestamp(hi + timedelta(days=1))]}
    )
    shade = alt.Chart(band).mark_rect(color="#2563eb", opacity=0.1).encode(x="start:T", x2="end:T")
    return alt.LayerChart(layer=[shade, bars], height=200)


def draw(atlas: AtlasContext, shaded: tuple[date, date] | None = None) -> None:
    """The timeline section's chart and captions; ``shaded`` is the days the map shows
    (a playback's window), else the sidebar's range."""
    bounds = atlas.bounds
    frame = all_dates(atlas)
    period = pick_period(frame)
    counts = timeline_counts(frame, period)
    if counts.empty or bounds is None:
        st.caption("No dated incidents to chart.")
        return
    if shaded is None:
        shaded = (atlas.view.date_from or bounds.start, atlas.view.date_to or bounds.end)
    st.altair_chart(
        chart(counts, period, shaded),
        key=TIMELINE,
        on_select=lambda: on_brush(bounds),
        selection_mode=BRUSH,
        width="stretch",
    )
    n_undated = len(frame) - int(counts["incidents"].sum())
    if n_undated:
        st.caption(f"{n_undated} undated incident(s) not in the chart (date unknown).")
    st.caption(
        f"Incidents per {period}, by the first day of each incident's date window; the shaded "
        "band is the range on the map. Drag across the chart to set the sidebar's date range."
    )
