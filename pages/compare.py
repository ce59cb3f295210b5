"""Compare periods: two date ranges on synchronised maps, their counts and what changed
(geo.periods counts, render.comparemap draws; the periods live in the URL, geo.urlstate)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from geo import filters, urlparsing, urlstate
from geo.catalog import md_escape
from geo.periods import (
    Period,
    PeriodComparison,
    PeriodCounts,
    compare_periods,
    period_mask,
    split_range,
)
from ui.state import context

atlas = context()
incidents: pd.DataFrame = atlas.catalog.incidents
view: urlstate.ViewState = atlas.view
ss = st.session_state
WIDGETS = {key: f"cmp_{key}" for key in urlstate.PERIOD_KEYS}  # URL parameter → widget key
MAX_MARKERS = 2000  # per map: more would be slow to draw (the counts still cover them all)
PLACES_LISTED = 30


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_bounds(version: Any, _table: pd.DataFrame) -> urlstate.DateBounds | None:
    """The data's first and last day, once per data version (as app.py's sidebar has them)."""
    del version  # only part of the cache key
    return filters.date_bounds(_table)


def defaults(basis: tuple[date, date]) -> dict[str, date]:
    """The periods' days when nobody chose them: the two halves of ``basis``."""
    a, b = split_range(*basis)
    return {"a_from": a.start, "a_to": a.end, "b_from": b.start, "b_to": b.end}


def sync_periods(bounds: urlstate.DateBounds, basis: tuple[date, date]) -> list[str]:
    """Put the periods into the widgets' state before they are drawn: from a URL this
    session did not write, else the halves of the sidebar's range when it changed."""
    url = {k: st.query_params.get_all(k) for k in urlstate.PERIOD_KEYS}
    warnings: list[str] = []
    values: dict[str, date] | None = None
    if urlstate.url_is_new(url, ss.get("_cmp_written"), urlstate.PERIOD_KEYS):
        parsed, warnings = urlparsing.parse_periods(url, bounds)
        values = {**defaults(basis), **parsed}
    elif ss.get("_cmp_basis") != basis:
        values = defaults(basis)
    elif any(w not in ss for w in WIDGETS.values()):
        # Streamlit forgets a widget's state on a run of another page: the periods kept
        # below bring the comparison back when the user returns.
        values = ss.get("_cmp_days") or defaults(basis)
    ss["_cmp_basis"] = basis
    for key, day in (values or {}).items():
        ss[WIDGETS[key]] = day
    return warnings


def write_periods(days: dict[str, date]) -> None:
    """Keep the periods in the URL, so the address bar is the link to this comparison."""
    want = urlstate.periods_to_params(days)
    url = {k: st.query_params.get_all(k) for k in urlstate.PERIOD_KEYS}
    if urlstate.shared_params(url, urlstate.PERIOD_KEYS) != want:
        for key, value in want.items():
            st.query_params[key] = value
    ss["_cmp_written"] = urlstate.remember_written(ss.get("_cmp_written"), want)
    ss["_cmp_days"] = dict(days)


def period_inputs(bounds: urlstate.DateBounds) -> None:
    """Each period's first and last day, side by side."""
    for col, side in zip(st.columns(2), ("a", "b"), strict=True):
        with col:
            st.markdown(f"**Period {side.upper()}**")
            left, right = st.columns(2)
            for box, end, label in ((left, "from", "From"), (right, "to", "To")):
                box.date_input(
                    f"{label} ({side.upper()})",
                    key=WIDGETS[f"{side}_{end}"],
                    min_value=bounds.start,
                    max_value=bounds.end,
                    format="YYYY-MM-DD",
                )


def figures(counts: PeriodCounts) -> str:
    """``4 incidents · 9 killed · 23 injured`` (plain text)."""
    n = f"{counts.incidents} incident" + ("" if counts.incidents == 1 else "s")
    return f"{n} · {counts.killed} killed · {counts.injured} injured"


def by_actor(counts: PeriodCounts) -> str:
    """``Russia 2 · Ukraine 1`` (plain text), or a dash when the period is empty."""
    return " · ".join(f"{a} {n}" for a, n in counts.by_actor.items()) or "no incidents"


def render_heads(found: PeriodComparison) -> None:
    """Each period's title: its range, its counts, its actors."""
    for col, side, counts in zip(st.columns(2), "AB", (found.a, found.b), strict=True):
        with col:
            st.subheader(f"{side}: {counts.period.label}")
            st.markdown(md_escape(figures(counts)))
            st.caption("By actor: " + md_escape(by_actor(counts)))


def side_rows(table: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The period's incidents on the map (the first :data:`MAX_MARKERS`)."""
    rows = table[period_mask(table, period) & filters.located_mask(table)]
    if len(rows) > MAX_MARKERS:
        st.caption(
            f"{period.name}: the map draws the first {MAX_MARKERS:,} of {len(rows):,} "
            "incidents on the map; the counts cover them all."
        )
    return rows.iloc[:MAX_MARKERS]


def render_maps(table: pd.DataFrame, found: PeriodComparison) -> None:
    """The two synchronised maps (st_folium draws folium's DualMap)."""
    try:
        from streamlit_folium import st_folium

        from render.comparemap import build_compare_map

        sides = [
            (f"{s}: {c.period.label}", figures(c))
            for s, c in zip("AB", (found.a, found.b), strict=True)
        ]
        dual = build_compare_map(
            side_rows(table, found.a.period),
            side_rows(table, found.b.period),
            sides,
            {i.name: i.color for i in atlas.layers},
        )
    except Exception as exc:  # the counts and the table below still say everything
        st.error(f"The maps could not be drawn ({type(exc).__name__}).")
        return
    st_folium(dual, key="compare_map", height=520, use_container_width=True, returned_objects=[])


def place_list(names: list[str]) -> str:
    """A short Markdown list of place names (escaped: they come from articles)."""
    shown = "\n".join(f"- {md_escape(n)}" for n in names[:PLACES_LISTED])
    more = len(names) - PLACES_LISTED
    return shown + (f"\n\n… and {more:,} more." if more > 0 else "")


def render_changes(found: PeriodComparison) -> None:
    """What changed from A to B: per-actor counts, new places, places no longer hit."""
    st.subheader("What changed from A to B")
    rows = found.actor_rows()
    if rows:
        st.table(
            pd.DataFrame(
                [(a, x, y, f"{d:+d}") for a, x, y, d in rows], columns=["Actor", "A", "B", "Change"]
            ).set_index("Actor")
        )
    left, right = st.columns(2)
    for col, title, names in (
        (left, "New places in B", found.new_places),
        (right, "Places no longer hit in B", found.gone_places),
    ):
        col.markdown(f"**{title} ({len(names)})**")
        col.markdown(place_list(names) if names else "None.")
    st.caption(
        "Places on the map only; an incident counts in a period when its date window overlaps it."
    )


def render(bounds: urlstate.DateBounds) -> None:
    basis = (view.date_from or bounds.start, view.date_to or bounds.end)
    for warning in sync_periods(bounds, basis):
        st.warning(warning)  # our own text: names the parameter, never echoes its value
    period_inputs(bounds)
    days = {key: ss[w] for key, w in WIDGETS.items()}
    try:
        a = Period(days["a_from"], days["a_to"], "Period A")
        b = Period(days["b_from"], days["b_to"], "Period B")
    except ValueError as exc:
        st.error(str(exc))  # our own text (names and dates), nothing from the URL or articles
        return
    write_periods(days)
    # The sidebar's actor, type and layer filters apply; its dates do not: the periods do.
    table = atlas.rows(dataclasses.replace(view, date_from=None, date_to=None))
    found = compare_periods(table, a, b)
    if (note := found.overlap_note()) is not None:
        st.info(note)
    if found.undated:
        st.caption(f"{found.undated} undated incident(s) are in neither period.")
    render_heads(found)
    render_maps(table, found)
    render_changes(found)


st.title("Compare periods")
st.caption(
    "Two periods side by side on maps that pan and zoom together. The sidebar's actor, "
    "event type and layer filters apply to both; its date range gives the default "
    "periods (its first and second half)."
)
data_bounds = cached_bounds(atlas.version, incidents)
if data_bounds is None:
    st.info("No incident has a known date: there is nothing to compare.")
else:
    render(data_bounds)
