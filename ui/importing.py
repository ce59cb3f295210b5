"""The Import-layer page's Streamlit side: reading an upload with a progress bar, the
preview (figures, skipped rows and why, a table and a map of the first points) and the
save. What is read and checked is :mod:`geo.layerimport`'s; this draws it.

Everything from the file is untrusted: Markdown gets :func:`geo.catalog.md_escape`d text,
tables get plain cells (formula-neutral: :func:`geo.layerimport.preview_row`), the map's
markers escaped HTML (:func:`render.layermarkers.add_layer_markers`).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo.catalog import md_escape
from geo.importcore import ImportResult
from geo.layerimport import FORMAT_LABELS, LayerPreview, read_upload, renamed, suggest_name
from geo.layers import save_layer
from store import AtlasStore

READ = "imp_read"
"""Session key of the last file read: ``(file id, format, ImportResult or error text)``, so
a rerun (a new name, a new colour) does not read a 6,650-row file again."""
SKIPPED_LISTED = 500  # rows listed in the skipped table (the reasons' counts cover all)


def read(upload: Any, fmt: str | None) -> ImportResult | None:
    """The upload read as a layer (once per file and format), with a progress bar while
    its rows are read; on a bad file, its message (escaped) and None."""
    ss = st.session_state
    key = (upload.file_id, fmt)
    held = ss.get(READ)
    if held is None or held[:2] != key:
        held = (*key, _read_with_progress(upload, fmt))
        ss[READ] = held
    found = held[2]
    if isinstance(found, str):
        st.error(f"Nothing can be saved from this file: {md_escape(found)}")
        return None
    return found


def _read_with_progress(upload: Any, fmt: str | None) -> ImportResult | str:
    bar = st.progress(0.0, text="Reading the file…")

    def tick(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"Reading rows: {done:,} of {total:,}")

    try:
        data = upload.getvalue()
        result = read_upload(data, upload.name, fmt, "layer", progress=tick)
    except ValueError as exc:
        return str(exc)
    finally:
        bar.empty()
    return renamed(result, suggest_name(result.dataset, result.format))


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


def save(store: AtlasStore, result: ImportResult, name: str, colour: str) -> str:
    """Save the layer as ``name`` in ``colour`` (a spinner: 6,650 rows take ~0.5 s)."""
    with st.spinner(f"Saving {len(result.records):,} incidents…"):
        return save_layer(store, renamed(result, name), colour)
