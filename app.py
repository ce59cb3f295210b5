"""Incident Atlas — the entrypoint: page config, data, shared sidebar, navigation.

Only wiring lives here. The sidebar filters are drawn on every page so they
persist; the view they define is kept in the URL (``from``, ``to``, ``actor``,
``type``, ``incident``) so the address bar is always the link to share.
Pages read what this file prepares from ``st.session_state["atlas"]``.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import streamlit as st

from geo import filters, layers, urlstate
from geo.catalog import Catalog, import_notes, load_catalog
from store import AtlasStore, store_url
from store.migrate import SeedBusy, open_seeded
from ui import access, live

ROOT = Path(__file__).resolve().parent

# Each session's filtered table has Arrow-backed string columns. With pyarrow's default pool
# (jemalloc) the server kept ~45 MB more after three rounds of 20 users than with the system
# allocator, which also hands freed memory back (benchmarks.load --probe, README "Many users").
if pa.default_memory_pool().backend_name != "system":  # once per process, not per rerun
    pa.set_memory_pool(pa.system_memory_pool())

st.set_page_config(page_title="Incident Atlas", page_icon="🗺️", layout="wide")

# Write pages are absent for visitors who may not write (INCIDENT_ATLAS_MODE): a deep link
# to one opens the default page, and the page checks again (ui.access).
write_pages = [
    st.Page("pages/add_article.py", title="Add article", icon="➕", url_path="add_article")
] if access.can_write() else []
page = st.navigation(
    [
        st.Page("pages/map.py", title="Map", icon="🗺️", url_path="map", default=True),
        st.Page("pages/sources.py", title="Sources", icon="📰", url_path="sources"),
        st.Page(
            "pages/incidents.py", title="Incidents", icon="📋", url_path="incidents"
        ),
        st.Page("pages/briefs.py", title="Since the last brief", icon="🆕", url_path="briefs"),
        st.Page("pages/compare.py", title="Compare periods", icon="🔀", url_path="compare"),
        *write_pages,
        st.Page("pages/about.py", title="About", icon="ℹ️", url_path="about"),
    ]
)


@st.cache_resource(show_spinner="Opening the atlas…")
def cached_store(data_dir: str, url: str) -> tuple[AtlasStore, tuple[str, ...]]:
    """The store, opened once per process and database (``url`` is the resolved
    :func:`store.store_url`), and notes about the data directory's files it could not
    import on its first opening (:func:`store.migrate.seed_from_files`)."""
    opened, report = open_seeded(Path(data_dir), url)
    return opened, tuple(import_notes(report))


# cache_resource, not cache_data: one read-only catalog shared by every session. cache_data
# would unpickle a copy on every rerun (100k incidents: ~1 s and ~70 MB per rerun and user).
@st.cache_resource(show_spinner="Loading incidents…", max_entries=4)
def cached_catalog(data_dir: str, url: str, version: int) -> Catalog:
    """The catalog of the store at ``url``; ``version`` (its data version) keys the cache.
    Pages must treat it as read-only."""
    del version  # only part of the cache key
    return load_catalog(cached_store(data_dir, url)[0])


@st.cache_data(show_spinner="Loading layers…", max_entries=4)
def cached_layers(data_dir: str, url: str, version: int) -> tuple:
    """The saved layers of the store at ``url``; ``version`` (its data version) keys the
    cache, as for the catalog: no file's time is part of any key."""
    del version  # only part of the cache key
    return layers.load_layers(cached_store(data_dir, url)[0])


def data_dir() -> Path:
    """``INCIDENT_ATLAS_DATA_DIR`` if set, else ``data/`` beside this file."""
    return Path(os.environ.get("INCIDENT_ATLAS_DATA_DIR") or ROOT / "data")


def url_params() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def apply_view(
    view: urlstate.ViewState, bounds: urlstate.DateBounds | None, layer_names: list[str]
) -> None:
    """Put ``view`` into the sidebar widgets' state (before they are drawn)."""
    ss = st.session_state
    if bounds is not None:
        ss["f_dates"] = (view.date_from or bounds.start, view.date_to or bounds.end)
    ss["f_actors"] = list(view.actors)
    ss["f_types"] = list(view.types)
    ss["view_incident"] = view.incident
    for name in layer_names:
        ss[f"layer_{name}"] = name not in view.hidden_layers


def set_widget(key: str, value: Any) -> None:
    """Set a widget's state only when it must change: a value the script writes is pushed
    to the browser and overrides whatever the user did while the rerun was running."""
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value


def write_url(want: dict[str, list[str]]) -> None:
    """Make the URL's shared parameters exactly ``want`` (other parameters stay)."""
    if urlstate.shared_params(url_params()) == want:
        return
    for key in urlstate.SHARED_KEYS:
        if key in want:
            st.query_params[key] = want[key]
        elif key in st.query_params:
            del st.query_params[key]


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_table(
    data_dir: str,
    url: str,
    version: int,
) -> tuple[Catalog, list, urlstate.DateBounds | None, list[str], list[str], frozenset[str]]:
    """The catalog with the saved layers joined, and what the sidebar needs of it (date
    bounds, actors, types, ids) — computed once per data version, not on every rerun
    (100k incidents: ~0.3 s a rerun). Read-only, shared by every session."""
    catalog = cached_catalog(data_dir, url, version)
    layer_rows, layer_infos, layer_messages = cached_layers(data_dir, url, version)
    if layer_infos or layer_messages:  # saved layers join the table (column "layer")
        catalog = dataclasses.replace(
            catalog,
            incidents=layers.combine(catalog.incidents, layer_rows),
            messages=[*catalog.messages, *layer_messages],
        )
    table = catalog.incidents
    return (
        catalog,
        list(layer_infos),
        filters.date_bounds(table),
        filters.actors_present(table),
        filters.types_present(table),
        frozenset(table["id"].dropna().astype(str)),
    )


def slider_shown(bounds: urlstate.DateBounds | None) -> bool:
    """The date slider exists only when the data spans more than one day."""
    return bounds is not None and bounds.start != bounds.end


def dates_typed(bounds: urlstate.DateBounds) -> None:
    """The date boxes moved the range (callback, before the rerun): the slider follows."""
    ss = st.session_state
    lo, hi = ss.get("f_from") or bounds.start, ss.get("f_to") or bounds.end
    ss["f_dates"] = (min(lo, hi), max(lo, hi))


def draw_filters(box: Any, bounds: urlstate.DateBounds | None, actors: list[str],
                 types: list[str], layer_infos: list) -> None:
    """The sidebar's filter widgets; their values live in session state (keys ``f_*``)."""
    with box:
        st.header("Filters")
        if bounds is None:
            st.caption("No incident has a known date.")
        elif not slider_shown(bounds):
            st.caption(f"Every dated incident is on {bounds.start.isoformat()}.")
        else:
            st.slider(
                "Dates",
                min_value=bounds.start,
                max_value=bounds.end,
                step=timedelta(days=1),
                format="YYYY-MM-DD",
                key="f_dates",
                help="An incident is shown when its date window overlaps this range.",
            )
            # Typing a day is quicker than dragging a two-year slider to one week. Full width:
            # in two sidebar columns a date no longer fits its box.
            for label, key in (("From", "f_from"), ("To", "f_to")):
                st.date_input(label, min_value=bounds.start, max_value=bounds.end, key=key,
                              format="YYYY-MM-DD", on_change=dates_typed, args=(bounds,))
        st.caption("Undated incidents are always shown, labelled “date unknown”.")
        st.multiselect("Actor", actors, key="f_actors", placeholder="All actors")
        st.multiselect("Event type", types, key="f_types", placeholder="All event types")
        st.caption("An empty filter shows everything.")
        if layer_infos:
            st.subheader("Layers")
            for info in layer_infos:
                st.toggle(
                    f"{info.name} ({info.count})",
                    key=f"layer_{info.name}",
                    help=f"Imported from {info.dataset or 'a dataset'}; drawn in {info.color}.",
                )


ddir = data_dir()
db_url = store_url(ddir)
try:
    store, store_notes = cached_store(str(ddir), db_url)
except SeedBusy as exc:  # another server has been filling this fresh store for minutes
    st.warning(str(exc))
    st.stop()
data_version = (db_url, store.data_version())
catalog, layer_infos, bounds, actors, types, ids = cached_table(str(ddir), *data_version)
if catalog.origin == "waiting":  # another server is building: ask again on the next run
    cached_table.clear()
    cached_catalog.clear()
layer_infos, actors, types = list(layer_infos), list(actors), list(types)  # cached: never mutate
incidents = catalog.incidents
ss = st.session_state

# The URL wins on a session's first run and when it carries shared parameters this
# session did not write (urlstate.url_is_new).
url = url_params()
url_warnings: list[str] = []
if urlstate.url_is_new(url, ss.get("_url_written")):
    names = [i.name for i in layer_infos]
    parsed, url_warnings = urlstate.parse_view(url, bounds, actors, types, ids, names)
    apply_view(parsed, bounds, names)

# Keep widget state valid for the data (which may have been rebuilt).
if bounds is not None:
    lo, hi = ss.get("f_dates", (bounds.start, bounds.end))
    old = ss.get("_bounds")
    if old is not None and (lo, hi) == (old.start, old.end):
        lo, hi = bounds.start, bounds.end  # the whole range stays whole when new data arrives
    ss["_bounds"] = bounds
    lo, hi = max(min(lo, bounds.end), bounds.start), max(min(hi, bounds.end), bounds.start)
    set_widget("f_dates", (min(lo, hi), max(lo, hi)))
    set_widget("f_from", ss["f_dates"][0])  # the date boxes show the slider's range
    set_widget("f_to", ss["f_dates"][1])
set_widget("f_actors", [a for a in ss.get("f_actors", []) if a in actors])
set_widget("f_types", [t for t in ss.get("f_types", []) if t in types])
if ss.get("view_incident") not in ids:
    ss["view_incident"] = None

# The widgets' values are all in session state by now (set above, or by the browser on a
# rerun), so the view is computed from them and the sidebar is drawn *after* the page:
# Streamlit loads each widget type's script on demand, and in a minimal app the
# multiselect's delayed a map drawn after it by ≈0.5 s (benchmarks.floor; README "Scale").
date_range = ss["f_dates"] if slider_shown(bounds) else None
sel_actors, sel_types = list(ss["f_actors"]), list(ss["f_types"])
for info in layer_infos:
    if f"layer_{info.name}" not in ss:
        ss[f"layer_{info.name}"] = True  # shown unless the URL or the user hid it
hidden_layers = [info.name for info in layer_infos if not ss[f"layer_{info.name}"]]

view = urlstate.view_from_widgets(
    date_range, bounds, sel_actors, sel_types, actors, types, ss.get("view_incident"),
    hidden_layers,
)
want = urlstate.view_to_params(view)
write_url(want)
ss["_url_written"] = urlstate.remember_written(ss.get("_url_written"), want)
if page.url_path != "sources" and "article" in st.query_params:
    del st.query_params["article"]  # the article belongs to the Sources page only

for message in [*store_notes, *catalog.messages]:
    st.info(message)
for warning in url_warnings:
    st.warning(warning)  # our own text: names the parameter, never echoes its value

ss["atlas"] = {
    "data_dir": ddir,
    "store": store,
    "catalog": catalog,
    "version": data_version,  # changes whenever the store does (layers are in it)
    "view": view,
    "shown": filters.filter_incidents(layers.visible(incidents, hidden_layers), view),
    "params": want,
    "layers": layer_infos,
}
filters_box = st.sidebar.container()  # keeps the filters at the top of the sidebar
live.watch(store, data_version[1], catalog.origin == "waiting")  # another server's saves
try:
    page.run()
finally:  # also after a page error, so the filters stay usable
    draw_filters(filters_box, bounds, actors, types, layer_infos)
