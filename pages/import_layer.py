"""Import-layer page: upload an ACLED CSV, the CIR CSV or GeoJSON, preview it, name it,
colour it, save it as a layer.

Reading and checking live in :mod:`geo.layerimport`, drawing in :mod:`ui.importing`; this
page reads the widgets and calls them. A write page: absent from the navigation for a
visitor who may not write (``app.py``), and checked again at the moment of saving.
"""

from __future__ import annotations

import streamlit as st

from geo.catalog import md_escape
from geo.layerimport import (
    FORMAT_LABELS,
    MAX_UPLOAD_MB,
    UPLOAD_TYPES,
    parse_colour,
    parse_layer_name,
)
from geo.layers import pick_color
from ui import access, importing, jobs
from ui.state import context

atlas = context()
if not access.can_write():
    # Not in the navigation for this visitor; a page run anyway (a stale tab) writes nothing.
    access.read_only_notice()
    st.stop()
access.sign_in_controls()  # "Signed in as X — Sign out" for an OIDC sign-in, as on Add article
jobs.runner()  # made (its fork server booting) while the analyst pastes or picks a file

ss = st.session_state
gen = ss.setdefault("imp_gen", 0)  # bumped after a save: a fresh, empty upload widget
UPLOAD_KEY = f"imp_upload_{gen}"
SNIFF = "Tell from the file"
existing = {info.name: info for info in atlas.layers}


def chosen_format() -> str | None:
    label = ss.get("imp_format", SNIFF)
    return next((k for k, v in FORMAT_LABELS.items() if v == label), None)


def form() -> None:
    """Preview, name, colour and save (returns instead of st.stop(): the app draws the
    sidebar's filters after the page)."""
    upload = ss.get(UPLOAD_KEY)
    if upload is None:
        st.info("Nothing to preview yet.")
        return
    read = importing.read(upload, chosen_format())
    if read is None:
        return
    c1, c2 = st.columns([3, 1])
    name_key = f"imp_name_{upload.file_id}"  # a new file: its own suggested name
    c1.text_input(
        "Layer name",
        value=read.preview.layer,
        key=name_key,
        max_chars=40,
        help="Lower-case letters, digits, '-' and '_'; it prefixes every id.",
    )
    taken = [i.color for i in atlas.layers]
    c2.color_picker("Colour", value=pick_color("", taken), key=f"imp_colour_{gen}")
    try:
        name = parse_layer_name(ss.get(name_key) or "")
        colour = parse_colour(ss.get(f"imp_colour_{gen}") or "")
    except ValueError as exc:
        st.error(md_escape(str(exc)))
        return
    preview = read.preview.renamed(name)
    importing.show_preview(preview)
    importing.show_map(preview, name, colour)

    replacing = name in existing
    if replacing:
        st.warning(
            f"A layer named {name} exists ({existing[name].count:,} incidents): saving replaces it."
        )
        st.checkbox(f"Replace the layer {name}", key="imp_replace")
    blocked = replacing and not ss.get("imp_replace")
    if st.button("Save layer", key="imp_save", type="primary", disabled=blocked):
        try:
            access.writer("")  # checked again at the moment of writing, not only when drawn
            saved = importing.save(atlas.store, read, name, colour)
        except PermissionError as exc:
            st.error(str(exc))
            return
        except (ValueError, OSError) as exc:
            st.error(f"Nothing was saved: {md_escape(str(exc))}")
            return
        ss["imp_flash"] = (
            f"Saved the layer {saved}: {preview.loaded:,} incidents. "
            "It is in the sidebar's Layers and on the map."
        )
        jobs.clear(importing.READ)
        ss.pop("imp_replace", None)
        ss["imp_gen"] = gen + 1
        st.rerun()  # the sidebar and the map read the store's new data version


st.title("Import a layer")
if flash := ss.pop("imp_flash", None):
    st.success(flash)
    st.page_link("pages/map.py", label="See it on the map", icon="🗺️")
st.caption(
    f"Upload an ACLED CSV export, the CIR / Bellingcat CSV or a GeoJSON file of points "
    f"(at most {MAX_UPLOAD_MB} MB). Check what was read below, name the layer, pick its "
    "colour, then save. Its incidents join the map as a layer the sidebar can switch off."
)
jobs.show_limits()
st.file_uploader(
    "Dataset file", type=list(UPLOAD_TYPES), key=UPLOAD_KEY, max_upload_size=MAX_UPLOAD_MB
)
st.selectbox("Format", [SNIFF, *FORMAT_LABELS.values()], key="imp_format")
form()
