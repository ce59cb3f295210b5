"""The frame around every page: the one call ``app.py`` makes besides its navigation.

Before the page: :func:`ui.state.prepare` (the store, the cached tables, the filters'
state and the URL), the notes about the data and the URL, a place for the filters at the
top of the sidebar, and the live poll (:func:`ui.live.watch`). After the page, even one
that failed: the filters. The widgets' values are all in session state before the page
runs, so the view is computed from them and the sidebar is drawn *after* the page:
Streamlit loads each widget type's script on demand, and in a minimal app the
multiselect's delayed a map drawn after it by ≈0.5 s (benchmarks.floor; README "Scale").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from ui import live, sidebar, state


@contextmanager
def frame(page: StreamlitPage) -> Iterator[state.AtlasContext]:
    """Prepare this run's :class:`ui.state.AtlasContext`, run the body (``page.run()``),
    then draw the sidebar's filters.

    Parameters
    ----------
    page
        The page ``st.navigation`` picked.

    Yields
    ------
    AtlasContext
        What the page reads through :func:`ui.state.context`.
    """
    prepared = state.prepare(page.url_path)
    for message in prepared.notes:
        st.info(message)
    for warning in prepared.warnings:
        st.warning(warning)  # our own text: names the parameter, never echoes its value
    filters_box = st.sidebar.container()  # keeps the filters at the top of the sidebar
    ctx = prepared.context
    live.watch(ctx.store, ctx.version[1], ctx.catalog.origin == "waiting")  # others' saves
    try:
        yield ctx
    finally:  # also after a page error, so the filters stay usable
        sidebar.draw_filters(filters_box, prepared.filters)
