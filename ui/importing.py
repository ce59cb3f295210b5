"""The Import-layer page's Streamlit side: reading an upload in a worker process with a
progress bar (:mod:`ui.jobs`), the preview (figures, skipped rows and why, a table and a map
of the first points) and the save. What is read and checked is :mod:`geo.layerimport`'s;
this draws it.

Everything from the file is untrusted: Markdown gets :func:`geo.catalog.md_escape`d text,
tables get plain cells (formula-neutral: :func:`geo.layerimport.preview_row`), the map's
markers escaped HTML (:func:`render.layermarkers.add_layer_markers`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo.catalog import md_escape
from geo.layerimport import FORMAT_LABELS, LayerPreview, LayerRead, read_for_preview
from geo.layers import save_layer
from store import AtlasStore
from ui import jobs

READ = "imp_read"
"""Session key of the file's read (a :mod:`ui.jobs` slot), once per file and format: a rerun
(a new name, a new colour) does not read it again. The session keeps the preview and the
records packed (:class:`geo.layerimport.LayerRead`), not the records themselves."""
SKIPPED_LISTED = 500  # rows listed in the skipped table (the reasons' counts cover all)


def read(upload: Any, fmt: str | None) -> LayerRead | None:
    """The upload read as a layer (in a worker process, its progress drawn while it runs);
    None while it runs, or on a bad file (its message drawn, escaped)."""
    inputs = f"{upload.file_id} {fmt}"
    ended = jobs.outcome(READ, inputs, "Reading the file", "rows",
                         read_for_preview, upload.getvalue(), upload.name, fmt)  # fmt: skip
    if ended is None:
        return None
    if ended.state == "done":
        found: LayerRead = ended.result
        return found
    if ended.retry:  # stopped (budget, cancel): the file itself may be fine
        jobs.show_ended(READ, ended)
    else:
        st.error(f"Nothing can be saved from this file: {md_escape(ended.message)}")
    return None


def show_preview(pv: LayerPreview) -> None:
    """The figures, the skipped rows by reason and one by one, the first rows."""
    st.subheader(f"Preview: {pv.loaded:,} incident(s) will be imported")
    c1, c2, c3 = st.columns(3)
    c1.metric("Rows loaded", f"{pv.loaded:,}")
    c2.metric("On the map", f"{pv.located:,}")
    c3.metric("Rows skipped", f"{len(pv.skipped):,}")
    st.caption(
        f"Read as {md_escape(FORMAT_LABELS.get(pv.format, pv.format))} from "
        f"{md_escape(pv.dataset)}. Rows repeating an event are one incident with several "
        "sources; incidents without coordinates are listed, not drawn."
    )
    if pv.skipped:
        st.markdown(
            "**Skipped:** " + "; ".join(f"{md_escape(reason)} ({n:,})" for reason, n in pv.reasons)
        )
        with st.expander(f"The {len(pv.skipped):,} skipped row(s)", expanded=False):
            st.dataframe(
                pd.DataFrame(
                    [{"row": s.row, "reason": s.reason} for s in pv.skipped[:SKIPPED_LISTED]]
                ),
                hide_index=True,
                key="imp_skipped_table",
            )
            if len(pv.skipped) > SKIPPED_LISTED:
                st.caption(f"The first {SKIPPED_LISTED} are listed.")
    st.dataframe(pd.DataFrame(list(pv.rows)), hide_index=True, key="imp_rows_table")


def show_map(pv: LayerPreview, name: str, colour: str) -> None:
    """The first points on a small map, in the chosen colour (offline assets, as the Map)."""
    if not pv.points:
        st.caption("No incident in this file has coordinates: nothing to draw.")
        return
    try:
        from streamlit_folium import st_folium

        from render.layermarkers import add_layer_markers
        from render.mapframe import build_base_map

        fmap = build_base_map(list(pv.points))
        add_layer_markers(fmap, list(pv.points), {name: colour})
    except Exception as exc:  # the page must survive a map bug
        st.error(f"The map could not be drawn ({type(exc).__name__}).")
        return
    st.caption(f"The first {len(pv.points):,} points.")
    st_folium(fmap, key="imp_map", height=320, use_container_width=True, returned_objects=[])


def save(store: AtlasStore, read: LayerRead, name: str, colour: str) -> str:
    """Save the layer as ``name`` in ``colour`` (a spinner: 6,650 rows take ~0.5 s), its
    records unpacked for the save only."""
    with st.spinner(f"Saving {read.preview.loaded:,} incidents…"):
        return save_layer(store, read.result(name), colour)
