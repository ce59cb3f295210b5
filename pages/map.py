"""Map page: the filtered incidents on a map, the selected incident's card, a timeline."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo.catalog import figure_summary, md_escape, sources_heading
from geo.filters import date_label, incident_from_click, located_mask
from geo.playback import opacities, window_of
from render import exporters
from render.markup import markdown_links
from ui import briefing, mapview, playback, timeline
from ui.state import VIEW_INCIDENT, context

atlas = context()
incidents: pd.DataFrame = atlas.catalog.incidents
ss = st.session_state
bounds = atlas.bounds
for warning in [*playback.sync(bounds), *mapview.sync()]:
    st.warning(warning)  # our own text: names the parameter, never echoes its value
step = playback.current()
# While playing, the step's window replaces the sidebar's range (its other filters apply).
shown: pd.DataFrame = playback.shown_at(atlas, step) if step else atlas.shown
fades: pd.Series | None = opacities(shown, step) if step else None
MAX_PICK = 1000  # incidents listed in the picker (a list of 100,000 would not be usable)
UNLOCATED_LISTED = 10  # unlocated incidents listed under the map


def labels_of(frame: pd.DataFrame) -> dict[str, str]:
    """Picker label of each row, by id (column-wise: ``iterrows`` costs ~1 ms a row)."""
    cols = [frame[c].astype(object).where(frame[c].notna(), None).tolist()
            for c in ("id", "place", "date_start", "date_end", "date_precision", "actor",
                      "event_type")]
    out = {}
    for i, place, start, end, prec, actor, etype in zip(*cols, strict=True):
        when = date_label(start, end, prec)
        who = actor if actor is not None else "Unknown actor"
        out[str(i)] = f"{_text(place)} · {when} · {who} · {_text(etype)}"
    return out


def _text(v: Any) -> str:
    return "<NA>" if v is None else str(v)


def select_incident(incident_id: str | None) -> None:
    ss[VIEW_INCIDENT] = incident_id


def on_pick() -> None:
    select_incident(ss.get("incident_pick"))


def render_fast_map(frame: pd.DataFrame, selected: str | None) -> dict[str, Any] | None:
    """Large tables: compact payload + canvas/cluster layer (render.fastmap); filters and the
    selection travel as a small feature group, so the map is not rebuilt when they change."""
    from streamlit_folium import st_folium

    from render import fastmap, fastview

    try:
        colors = {i.name: i.color for i in atlas.layers}
        payload = cached_payload(atlas.version, tuple(sorted(colors.items())), incidents)
        fmap = fastmap.build_fast_map(payload, layers=colors)
        label = step.end.isoformat() if step else None
        view = fastview.view_group(payload, frame, selected, opacity=fades, step=label)
    except Exception as exc:  # the page must survive a map bug
        st.error(f"The map could not be drawn ({type(exc).__name__}).")
        return None
    center, zoom = mapview.asked()
    returned = st_folium(
        fmap,
        key="map",
        height=mapview.HEIGHT,
        use_container_width=True,
        feature_group_to_add=view,
        center=center,
        zoom=zoom,
        returned_objects=["last_object_clicked", "last_object_clicked_popup", *mapview.RETURNED],
    )
    return fastmap.translate_click(payload, clicks_of(returned))


@st.cache_resource(show_spinner=False, max_entries=2)
def cached_payload(version: Any, colors: tuple[tuple[str, str], ...], _frame: pd.DataFrame) -> Any:
    """The fast map's payload, once per data version (``atlas.version``): hashing the
    whole table to find the cached payload cost ~0.1 s a rerun at 100k incidents."""
    from render import fastpayload

    layer_colors = dict(colors)
    if version is None:  # no version known: let fastpayload find it by the data's fingerprint
        return fastpayload.payload_for(_frame, layer_colors)
    return fastpayload.encode(
        _frame, layer_colors, version=fastpayload.version_of(version, layer_colors)
    )


def render_map(frame: pd.DataFrame, selected: str | None) -> dict[str, Any] | None:
    try:
        from render.fastmap import use_fast

        if use_fast(incidents):
            return render_fast_map(frame, selected)
    except ImportError:
        pass
    try:
        from streamlit_folium import st_folium

        from geo.layers import split_layers
        from render.layermarkers import add_layer_markers
        from render.mapview import as_records, build_base_map, incident_group
    except ImportError:
        located = frame[located_mask(frame)]
        st.map(
            pd.DataFrame({"lat": located["lat"].astype(float), "lon": located["lon"].astype(float)})
        )
        st.caption("Simplified map (render.mapview is not available).")
        return None
    try:
        # The base map depends on the whole table only; filters and the selection travel
        # as the feature group, so a selection or a slider step redraws the markers in
        # the same iframe instead of remounting the map (lost popup, flicker).
        fmap = build_base_map(incidents, layers={i.name: i.color for i in atlas.layers})
        base, layered = split_layers(as_records(frame))
        faded = None if fades is None else dict(zip(frame["id"].astype(str), fades, strict=True))
        group, _ = incident_group(base, selected_id=selected, opacity=faded)  # popup pans to it
        add_layer_markers(group, layered, {i.name: i.color for i in atlas.layers})
    except Exception as exc:  # the page must survive a map bug
        st.error(f"The map could not be drawn ({type(exc).__name__}).")
        return None
    center, zoom = mapview.asked()
    returned = st_folium(
        fmap,
        key="map",
        height=mapview.HEIGHT,
        use_container_width=True,
        feature_group_to_add=group,
        center=center,
        zoom=zoom,
        returned_objects=[
            "last_object_clicked",
            "last_object_clicked_popup",
            "last_object_clicked_tooltip",
            *mapview.RETURNED,
        ],
    )
    return clicks_of(returned)


def clicks_of(returned: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the map reports of clicks, its view written to the URL and left out (a pan is
    no new click on the incident clicked before it)."""
    mapview.write_url(returned)
    if not returned:
        return returned
    return {k: v for k, v in returned.items() if k not in mapview.RETURNED}


def render_card(row: pd.Series) -> None:
    st.subheader(md_escape(str(row["place"])))
    if not (shown["id"] == row["id"]).any():
        st.caption("Hidden by the current filters.")
    when = date_label(row["date_start"], row["date_end"], row["date_precision"])
    precision = row["precision"] if pd.notna(row["precision"]) else "not located"
    actor = row["actor"] if pd.notna(row["actor"]) else "Unknown"
    attribution = str(row["attribution"]) if pd.notna(row["attribution"]) else "stated"
    if attribution == "alleged" and pd.notna(row["alleged_by"]):
        attribution = f"alleged by {row['alleged_by']}"
    sources = [s for s in row["sources"] if isinstance(s, dict)] if row["sources"] else []
    facts = {
        "When": when,
        "Where": f"{row['place']} ({precision})",
        "Actor": f"{actor} ({attribution})",
        "Event": str(row["event_type"]) + (f", {row['weapon']}" if pd.notna(row["weapon"]) else ""),
        "Killed": figure_summary(sources, "killed"),
        "Injured": figure_summary(sources, "injured"),
        "Incident id": str(row["id"]),
    }
    st.markdown("\n".join(f"- **{k}:** {md_escape(v)}" for k, v in facts.items()))
    notes = row["notes"] if isinstance(row["notes"], list) else []
    for note in notes:
        st.caption(md_escape(str(note)))
    st.markdown(f"**{sources_heading(sources)}**")
    for s in sources:
        with st.container(border=True):
            bits = [
                f"killed {s.get('killed') if s.get('killed') is not None else '–'}",
                f"injured {s.get('injured') if s.get('injured') is not None else '–'}",
                f"actor {s.get('actor') or 'unknown'} ({s.get('attribution') or 'stated'}"
                + (f" by {s['alleged_by']}" if s.get("alleged_by") else "")
                + ")",
                date_label(s.get("date_start"), s.get("date_end"), s.get("date_precision")),
            ]
            st.markdown(f"**{md_escape(str(s.get('article')))}** — " + md_escape(" · ".join(bits)))
            st.markdown("> " + md_escape(str(s.get("excerpt") or "")).replace("\n", "\n> "))
            if pd.notna(row.get("layer")):
                # An imported row has no article to read: its links (http/https only) instead.
                st.markdown(markdown_links(s) or "No link in the dataset.")
                continue
            st.page_link(
                "pages/sources.py",
                label="Read in context",
                icon="📰",
                query_params={**atlas.params, "article": s.get("article") or "",
                              "incident": str(row["id"])},
            )


st.title("Incident map")
st.markdown(f"Showing {len(shown)} of {len(incidents)} incidents")
if bounds is not None and bounds.start != bounds.end:
    playback.controls(bounds)
    playback.ticker(bounds)
if step is not None:
    st.caption(playback.caption(step))
playback.write_url()

selected = ss.get(VIEW_INCIDENT)
left, right = st.columns([3, 2], gap="medium")
with left:
    clicked = render_map(shown, selected)
    if clicked is not None and clicked != ss.get("_last_click"):
        ss["_last_click"] = clicked
        hit = incident_from_click(shown, clicked)
        if hit is not None and hit != selected:
            select_incident(hit)
            st.rerun()

with right:
    n_shown = len(shown)
    listed = shown.iloc[:MAX_PICK]
    options: list[str | None] = [None, *listed["id"].astype(str).tolist()]
    if selected is not None and selected not in options:
        options.append(selected)  # selected from the URL but filtered out: still show it
        listed = pd.concat([listed, incidents[incidents["id"] == selected]])
    # Labels from the rows at hand: ``isin`` over the whole table's Arrow string ids
    # cost ~8 % of a rerun.
    labels = labels_of(listed)
    if n_shown > MAX_PICK:
        st.caption(f"The list holds the first {MAX_PICK:,} of {n_shown:,} incidents shown; "
                   "click the map to pick any of them.")
    ss["incident_pick"] = selected
    st.selectbox(
        "Incident",
        options,
        key="incident_pick",
        format_func=lambda i: "— pick an incident (or click the map) —" if i is None else labels[i],
        placeholder="Pick an incident, or click the map",  # shown while none is selected
        on_change=on_pick,
    )
    if selected is not None:
        render_card(incidents[incidents["id"] == selected].iloc[0])

unlocated = shown[~located_mask(shown)]
st.subheader(f"Not on the map ({len(unlocated)})")
if unlocated.empty:
    st.caption("Every incident shown has a place on the map.")
else:
    # A short Markdown list, not st.dataframe: the table widget's ~1.6 MB of scripts
    # loaded before the map's iframe and delayed the map by ~0.5 s (resource timings).
    st.caption("These incidents could not be placed; pick one in the list above to read its "
               "card. The Incidents page lists them all (sort by precision).")
    listed_unlocated = unlocated.iloc[:UNLOCATED_LISTED]
    st.markdown("\n".join(
        "- " + md_escape(labels_of(listed_unlocated)[str(i)]) for i in listed_unlocated["id"]
    ))
    if len(unlocated) > UNLOCATED_LISTED:
        st.caption(f"… and {len(unlocated) - UNLOCATED_LISTED:,} more.")
    st.page_link("pages/incidents.py", label="All incidents in a table", icon="📋",
                 query_params=atlas.params)

st.subheader("Export this view")
st.caption("The incidents shown (filters and layers applied).")
EXPORTS = (  # format, label, file name, help
    ("csv", "CSV (ACLED columns)", "incident-atlas.csv", None),
    ("geojson", "GeoJSON", "incident-atlas.geojson", None),
    ("brief", "Brief pack (zip)", "incident-atlas-brief.zip",
     "Offline HTML map, the CSV, the sources with excerpts, the view's link and the "
     "audit log of these incidents; first, what changed since the last brief saved."),
    ("pptx", "Slides (PPTX)", "incident-atlas-brief.pptx",
     "Title and filters, an offline map, a table of incidents, a slide per incident "
     "(the first 20) with its excerpts, and the changes to these incidents."),
    ("pdf", "Brief (PDF)", "incident-atlas-brief.pdf", "The same brief as the slides, as a PDF."),
    ("kml", "Google Earth (KML)", "incident-atlas.kml",
     "Placemarks with each incident's dates, for Google Earth's time slider."),
)


def _export(fmt: str) -> bytes | str:
    """The file for one format, built when its button is clicked."""
    if fmt == "brief":
        return briefing.brief_pack(atlas, shown)  # opens with the diff since the last brief
    if fmt in ("pptx", "pdf"):  # they close with the changes to their incidents
        return exporters.export(shown, fmt, atlas.view, log=atlas.store.corrections())
    return exporters.export(shown, fmt, atlas.view)


for col, (fmt, label, file_name, help_text) in zip(st.columns(3) + st.columns(3), EXPORTS,
                                                   strict=True):
    col.download_button(label, lambda fmt=fmt: _export(fmt),
                        file_name=file_name, mime=exporters.MEDIA_TYPES[fmt], on_click="ignore",
                        help=help_text, key=f"export-{fmt}")

st.subheader("Timeline")
timeline.draw(atlas, window_of(step) if step else None)
