"""The sidebar's filters: dates, actors, event types and the imported layers.

Their values live in session state under the keys :mod:`ui.state` names; ``ui.state``
fills and checks those values before the page runs, and the filters are drawn after it
(:func:`ui.frame.frame`).
"""

from __future__ import annotations

from datetime import timedelta

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from geo import urlstate
from geo.catalog import md_escape
from ui.state import ACTORS, DATE_FROM, DATE_TO, DATES, TYPES, FilterOptions, layer_key


def dates_typed(bounds: urlstate.DateBounds) -> None:
    """The date boxes moved the range (callback, before the rerun): the slider follows."""
    ss = st.session_state
    lo, hi = ss.get(DATE_FROM) or bounds.start, ss.get(DATE_TO) or bounds.end
    ss[DATES] = (min(lo, hi), max(lo, hi))


def draw_dates(bounds: urlstate.DateBounds | None, has_slider: bool) -> None:
    """The date slider and the From/To boxes beside it, or why there are none."""
    if bounds is None:
        st.caption("No incident has a known date.")
    elif not has_slider:
        st.caption(f"Every dated incident is on {bounds.start.isoformat()}.")
    else:
        st.slider(
            "Dates",
            min_value=bounds.start,
            max_value=bounds.end,
            step=timedelta(days=1),
            format="YYYY-MM-DD",
            key=DATES,
            help="An incident is shown when its date window overlaps this range.",
        )
        # Typing a day is quicker than dragging a two-year slider to one week. Full width:
        # in two sidebar columns a date no longer fits its box.
        for label, key in (("From", DATE_FROM), ("To", DATE_TO)):
            st.date_input(label, min_value=bounds.start, max_value=bounds.end, key=key,
                          format="YYYY-MM-DD", on_change=dates_typed, args=(bounds,))  # fmt: skip
    st.caption("Undated incidents are always shown, labelled “date unknown”.")


def draw_filters(box: DeltaGenerator, options: FilterOptions) -> None:
    """The sidebar's filter widgets, in ``box``; their values live in session state.

    Parameters
    ----------
    box
        The sidebar container reserved at the top before the page ran.
    options
        What the data offers to filter by (:func:`ui.state.cached_table`).
    """
    with box:
        st.header("Filters")
        draw_dates(options.bounds, options.has_slider)
        st.multiselect("Actor", options.actors, key=ACTORS, placeholder="All actors")
        st.multiselect("Event type", options.types, key=TYPES, placeholder="All event types")
        st.caption("An empty filter shows everything.")
        if options.layers:
            st.subheader("Layers")
            for info in options.layers:
                st.toggle(
                    f"{info.name} ({info.count})",
                    key=layer_key(info.name),
                    help=f"Imported from {md_escape(info.dataset or 'a dataset')}; "
                    f"drawn in {info.color}.",  # the file's name is untrusted: escaped
                )
