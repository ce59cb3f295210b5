"""Since the last brief: save the current view as a brief; see what is new, changed and
retracted since one, on a map and as a list (geo.briefs, ui.briefing)."""

from __future__ import annotations

import streamlit as st

from geo import briefs
from geo.catalog import md_escape
from render import diffpage
from ui import access, briefing
from ui.state import context

atlas = context()
store = atlas.store
ss = st.session_state


def on_save() -> None:
    """Save the view shown as a brief (button callback: the list below shows it)."""
    name = (ss.get("brief_name") or "").strip()
    try:
        who = access.writer(ss.get("brief_who") or "")
        info = briefing.save_current_view(atlas, name, who)
    except (PermissionError, ValueError) as exc:
        ss["brief_result"] = ("error", str(exc))
        return
    ss["brief_result"] = ("success", f"Saved the brief “{info.name}” ({len(atlas.shown)} "
                          f"incidents, revision {info.revision}).")  # fmt: skip
    ss["brief_pick"] = info.name


st.title("Since the last brief")
st.caption(
    "A brief is a named view (the filters in the sidebar) and what it showed. Later, this page "
    "shows what is new, what changed (with the correction's reason) and what was retracted "
    "since it."
)

st.subheader("Save this view as a brief")
if access.can_write():
    st.caption(f"The view shows {len(atlas.shown)} incident(s) now (filters in the sidebar).")
    st.text_input("Name of the brief", key="brief_name", max_chars=120,
                  placeholder="e.g. Morning brief 12 March")  # fmt: skip
    if access.identity() is None:
        st.text_input("Your name", value="analyst", key="brief_who", max_chars=100)
    else:
        st.caption(md_escape(f"Saved as {access.identity()} (signed in)."))
    st.button("Save brief", key="brief_save", type="primary", on_click=on_save,
              help="Saving a name again keeps the earlier brief and uses the new one.")  # fmt: skip
else:
    access.read_only_notice()
kind, message = ss.pop("brief_result", (None, None))
if kind == "error":
    st.error(md_escape(message))
elif kind == "success":
    st.success(md_escape(message))

st.subheader("What changed")
infos = store.briefs()
if not infos:
    st.info("No brief saved yet: save one above, and come back when articles or corrections "
            "have arrived.")  # fmt: skip
else:
    names = [i.name for i in infos]
    labels = {i.name: f"{i.name} — {i.created_at} by {i.created_by}" for i in infos}
    if ss.get("brief_pick") not in names:
        ss["brief_pick"] = names[0]  # the last brief
    name = st.selectbox("Brief", names, key="brief_pick", format_func=labels.__getitem__)
    brief = store.brief(name)
    st.caption(md_escape(briefing.subtitle(brief, atlas.version[1])))
    try:
        found = briefing.diff_since(atlas, brief)
    except ValueError as exc:
        st.warning(md_escape(str(exc)))
        found = None
    if found is not None:
        counts = found.counts()
        cols = st.columns(4)
        for col, (status, n) in zip(cols, counts.items(), strict=False):
            col.metric(status.capitalize(), n)
        cols[3].metric("Unchanged", found.unchanged)
        st.page_link("pages/map.py", label="Open the brief's view on the map", icon="🗺️",
                     query_params=brief.view)  # fmt: skip

        records = briefs.map_records(found, atlas.catalog.incidents)
        if any(r.get("lat") is not None for r in records):
            try:
                from streamlit_folium import st_folium

                from render.mapview import build_diff_map

                st_folium(build_diff_map(records), key="brief_map", height=480,
                          use_container_width=True, returned_objects=[])  # fmt: skip
            except Exception as exc:  # the list below still says everything
                st.error(f"The map could not be drawn ({type(exc).__name__}).")
        elif records:
            st.caption("None of these incidents has a place on the map.")

        for status, items in briefs.lines(found).items():
            st.markdown(f"**{status.capitalize()} ({len(items)})**")
            if not items:
                st.caption("None.")
                continue
            st.markdown("\n".join(
                f"- **{md_escape(heading)}**"
                + "".join(f"  \n  {md_escape(d)}" for d in details)
                for heading, details in items
            ))  # fmt: skip

        title = f"Since the brief “{brief.name}”"
        page = diffpage.diff_html(found, title, briefing.subtitle(brief, atlas.version[1]))
        st.download_button("This list as a page (HTML)", page, file_name="since-last-brief.html",
                           mime="text/html", on_click="ignore")  # fmt: skip
