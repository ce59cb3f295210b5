"""The shared state of a run: the store and its cached tables, the sidebar's filter state,
the URL kept in step with it, and the typed :class:`AtlasContext` every page reads.

:func:`prepare` runs once per script run, before the page (``ui.frame``); pages call
:func:`context`. The view lives in the URL (``from``, ``to``, ``actor``, ``type``,
``incident``, ``hide``) so the address bar is always the link to share; the filter
widgets' values live in session state under the keys named below (the URL logic and the
page tests rely on them).
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import streamlit as st

from geo import filters, layers, urlparsing, urlstate
from geo.catalog import Catalog, import_notes, load_catalog
from geo.layers import LayerInfo
from store import AtlasStore, store_url
from store.migrate import SeedBusy, open_seeded
from ui import viewrows
from ui.connection import atlas_engine

ROOT = Path(__file__).resolve().parent.parent
"""The folder of ``app.py``: ``data/`` beside it is the default data directory."""

# Session-state keys of the sidebar's widgets and of the selection, named once.
DATES = "f_dates"
"""The date slider's ``(start, end)``."""
DATE_FROM = "f_from"
"""The "From" date box (it moves the slider)."""
DATE_TO = "f_to"
"""The "To" date box."""
ACTORS = "f_actors"
"""The actor multiselect."""
TYPES = "f_types"
"""The event-type multiselect."""
VIEW_INCIDENT = "view_incident"
"""The selected incident's id, or None (pages set it; the URL's ``incident``)."""
PLAY_STEP = "play_step"
"""The map's playback step (a :class:`geo.playback.PlaybackStep`), or None: the range view.
Not a widget: the step buttons, the ticker and the URL move it (``ui.playback``)."""
PLAY_RUNNING = "play_running"
"""True while the playback advances by itself (the play/pause button; not a widget)."""
PLAY_UNIT = "play_unit"
"""The step-unit radio (day / week / month)."""
PLAY_TRAIL = "play_trail"
"""The trail-length box (steps shown)."""
PLAY_SPEED = "play_speed"
"""The speed box (seconds per step)."""
TIMELINE = "timeline_brush"
"""The timeline chart (its brush sets :data:`DATES`: :func:`set_date_range`)."""
LAYER_PREFIX = "layer_"
"""Prefix of each imported layer's toggle (:func:`layer_key`)."""
CONTEXT_KEY = "atlas_context"
"""Where this run's :class:`AtlasContext` is kept (read it with :func:`context`)."""
_URL_WRITTEN = "_url_written"  # the URLs this session wrote (urlstate.remember_written)
_BOUNDS_SEEN = "_bounds"  # the data's date bounds on the previous run

# Each session's filtered table has Arrow-backed string columns. With pyarrow's default pool
# (jemalloc) the server kept ~45 MB more after three rounds of 20 users than with the system
# allocator, which also hands freed memory back (benchmarks.load --probe, README "Many users").
if pa.default_memory_pool().backend_name != "system":  # on import: once per process
    pa.set_memory_pool(pa.system_memory_pool())


def layer_key(name: str) -> str:
    """The session-state key of the toggle of the imported layer ``name``."""
    return f"{LAYER_PREFIX}{name}"


@dataclass(frozen=True)
class AtlasContext:
    """What every page reads, prepared once per run before the page runs.

    Attributes
    ----------
    data_dir
        The data directory (``INCIDENT_ATLAS_DATA_DIR``, else ``data/``).
    store
        The atlas's store, shared by every session (read-only for pages but for writes
        through its methods).
    catalog
        The incidents (the saved layers joined) and the articles; shared: never mutate.
    version
        ``(store URL, data version)``: changes whenever the store does; the key of every
        cache of the data.
    view
        The view the sidebar's filters and the selection define (also in the URL).
    shown
        The incidents of ``view`` (visible layers only).
    params
        ``view`` as the URL's shared parameters (for links that keep the view).
    layers
        The imported layers, in the sidebar's order.
    bounds
        The data's first and last day (None when nothing is dated).
    """

    data_dir: Path
    store: AtlasStore
    catalog: Catalog
    version: tuple[str, int]
    view: urlstate.ViewState
    shown: pd.DataFrame
    params: dict[str, list[str]]
    layers: tuple[LayerInfo, ...]
    bounds: urlstate.DateBounds | None = None

    def rows(self, view: urlstate.ViewState) -> pd.DataFrame:
        """The incidents ``view`` shows (another view than :attr:`shown`: a playback
        step, the timeline's every date), found as :attr:`shown` is (``ui.viewrows``)."""
        names = [i.name for i in self.layers]
        return viewrows.rows_in_view(self.store, self.catalog, self.version, view, names)


@dataclass(frozen=True)
class FilterOptions:
    """What the sidebar's filters offer for the data (cached per data version)."""

    bounds: urlstate.DateBounds | None
    actors: tuple[str, ...]
    types: tuple[str, ...]
    layers: tuple[LayerInfo, ...]

    @property
    def has_slider(self) -> bool:
        """The date slider exists only when the data spans more than one day."""
        return self.bounds is not None and self.bounds.start != self.bounds.end


@dataclass(frozen=True)
class Prepared:
    """One run's context, the sidebar's choices, and the notes to show above the page."""

    context: AtlasContext
    filters: FilterOptions
    notes: tuple[str, ...]
    """The store's and the catalog's messages (shown with ``st.info``)."""
    warnings: tuple[str, ...]
    """Bad URL parameters (our own text: names the parameter, never echoes its value)."""


@st.cache_resource(show_spinner="Opening the atlas…")
def cached_store(data_dir: str, url: str) -> tuple[AtlasStore, tuple[str, ...]]:
    """The store, opened once per process and database (``url`` is the resolved
    :func:`store.store_url`) on the engine of ``st.connection`` (``ui.connection``), and
    notes about the data directory's files it could not import on its first opening
    (:func:`store.migrate.seed_from_files`)."""
    opened, report = open_seeded(Path(data_dir), url, engine=atlas_engine(url))
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
def cached_layers(
    data_dir: str, url: str, version: int
) -> tuple[pd.DataFrame, list[LayerInfo], list[str]]:
    """The saved layers of the store at ``url``; ``version`` (its data version) keys the
    cache, as for the catalog: no file's time is part of any key."""
    del version  # only part of the cache key
    return layers.load_layers(cached_store(data_dir, url)[0])


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_table(
    data_dir: str, url: str, version: int
) -> tuple[Catalog, FilterOptions, frozenset[str]]:
    """The catalog with the saved layers joined, what the sidebar offers for it (date
    bounds, actors, types, layers) and its ids — computed once per data version, not on
    every rerun (100k incidents: ~0.3 s a rerun). Read-only, shared by every session."""
    catalog = cached_catalog(data_dir, url, version)
    layer_rows, layer_infos, layer_messages = cached_layers(data_dir, url, version)
    if layer_infos or layer_messages:  # saved layers join the table (column "layer")
        catalog = dataclasses.replace(
            catalog,
            incidents=layers.combine(catalog.incidents, layer_rows),
            messages=[*catalog.messages, *layer_messages],
        )
    table = catalog.incidents
    offered = FilterOptions(
        filters.date_bounds(table),
        tuple(filters.actors_present(table)),
        tuple(filters.types_present(table)),
        tuple(layer_infos),
    )
    return catalog, offered, frozenset(table["id"].dropna().astype(str))


def data_dir() -> Path:
    """``INCIDENT_ATLAS_DATA_DIR`` if set, else ``data/`` beside ``app.py``."""
    return Path(os.environ.get("INCIDENT_ATLAS_DATA_DIR") or ROOT / "data")


def url_params() -> dict[str, list[str]]:
    """The URL's query parameters, every value of each."""
    return {k: st.query_params.get_all(k) for k in st.query_params}


def set_widget(key: str, value: Any) -> None:
    """Set a widget's state only when it must change: a value the script writes is pushed
    to the browser and overrides whatever the user did while the rerun was running."""
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value


def apply_view(view: urlstate.ViewState, offered: FilterOptions) -> None:
    """Put ``view`` into the sidebar widgets' state (before they are drawn)."""
    ss = st.session_state
    if offered.bounds is not None:
        bounds = offered.bounds
        ss[DATES] = (view.date_from or bounds.start, view.date_to or bounds.end)
    ss[ACTORS] = list(view.actors)
    ss[TYPES] = list(view.types)
    ss[VIEW_INCIDENT] = view.incident
    for info in offered.layers:
        ss[layer_key(info.name)] = info.name not in view.hidden_layers


def keep_valid(offered: FilterOptions, ids: frozenset[str]) -> None:
    """Keep the widgets' state valid for the data, which may have been rebuilt."""
    ss = st.session_state
    bounds = offered.bounds
    if bounds is not None:
        lo, hi = ss.get(DATES, (bounds.start, bounds.end))
        old = ss.get(_BOUNDS_SEEN)
        if old is not None and (lo, hi) == (old.start, old.end):
            lo, hi = bounds.start, bounds.end  # the whole range stays whole when new data arrives
        ss[_BOUNDS_SEEN] = bounds
        lo, hi = clamp(lo, bounds), clamp(hi, bounds)
        set_widget(DATES, (min(lo, hi), max(lo, hi)))
        set_widget(DATE_FROM, ss[DATES][0])  # the date boxes show the slider's range
        set_widget(DATE_TO, ss[DATES][1])
    set_widget(ACTORS, [a for a in ss.get(ACTORS, []) if a in offered.actors])
    set_widget(TYPES, [t for t in ss.get(TYPES, []) if t in offered.types])
    if ss.get(VIEW_INCIDENT) not in ids:
        ss[VIEW_INCIDENT] = None
    for info in offered.layers:
        if layer_key(info.name) not in ss:
            ss[layer_key(info.name)] = True  # shown unless the URL or the user hid it


def set_date_range(lo: date, hi: date, bounds: urlstate.DateBounds) -> None:
    """Move the sidebar's date range to ``lo … hi`` (clamped to ``bounds``). For callbacks
    only (the timeline's brush), as the date boxes do (``ui.sidebar.dates_typed``): a
    callback runs before the rerun, so the slider is drawn with the new range."""
    lo, hi = clamp(lo, bounds), clamp(hi, bounds)
    st.session_state[DATES] = (min(lo, hi), max(lo, hi))


def clamp(day: date, bounds: urlstate.DateBounds) -> date:
    """``day`` moved into ``bounds``."""
    return max(min(day, bounds.end), bounds.start)


def view_of_widgets(offered: FilterOptions) -> urlstate.ViewState:
    """The view the widgets' state defines (all of it is in session state by now)."""
    ss = st.session_state
    hidden = [i.name for i in offered.layers if not ss[layer_key(i.name)]]
    return urlstate.view_from_widgets(
        ss[DATES] if offered.has_slider else None,
        offered.bounds,
        list(ss[ACTORS]),
        list(ss[TYPES]),
        offered.actors,
        offered.types,
        ss.get(VIEW_INCIDENT),
        hidden,
    )


def write_url(want: dict[str, list[str]]) -> None:
    """Make the URL's shared parameters exactly ``want`` (other parameters stay)."""
    if urlstate.shared_params(url_params()) == want:
        return
    for key in urlstate.SHARED_KEYS:
        if key in want:
            st.query_params[key] = want[key]
        elif key in st.query_params:
            del st.query_params[key]


def open_store(ddir: Path) -> tuple[AtlasStore, tuple[str, ...], tuple[str, int]]:
    """The store, its import notes and its ``(URL, data version)``; while another server
    fills a fresh store, says so and stops the run."""
    db_url = store_url(ddir)
    try:
        store, notes = cached_store(str(ddir), db_url)
    except SeedBusy as exc:  # another server has been filling this fresh store for minutes
        st.warning(str(exc))
        st.stop()
        raise  # st.stop raises; this keeps type checkers sure
    return store, notes, (db_url, store.data_version())


def prepare(page_path: str) -> Prepared:
    """This run's context: open the store, load the cached tables, take the view from the
    URL when it is new, keep the widgets' state valid, and write the view back to the URL.

    Parameters
    ----------
    page_path
        The ``url_path`` of the page about to run (the URL's ``article`` belongs to the
        Sources page only).
    """
    ddir = data_dir()
    store, store_notes, version = open_store(ddir)
    catalog, offered, ids = cached_table(str(ddir), *version)
    if catalog.origin == "waiting":  # another server is building: ask again on the next run
        cached_table.clear()
        cached_catalog.clear()
    ss = st.session_state

    # The URL wins on a session's first run and when it carries shared parameters this
    # session did not write (urlstate.url_is_new).
    url = url_params()
    url_warnings: list[str] = []
    if urlstate.url_is_new(url, ss.get(_URL_WRITTEN)):
        names = [i.name for i in offered.layers]
        parsed, url_warnings = urlparsing.parse_view(
            url, offered.bounds, offered.actors, offered.types, ids, names
        )
        apply_view(parsed, offered)
    keep_valid(offered, ids)

    view = view_of_widgets(offered)
    want = urlstate.view_to_params(view)
    write_url(want)
    ss[_URL_WRITTEN] = urlstate.remember_written(ss.get(_URL_WRITTEN), want)
    if page_path != "sources" and "article" in st.query_params:
        del st.query_params["article"]  # the article belongs to the Sources page only
    if page_path not in ("", "map"):  # the playback belongs to the Map page (the default)
        for key in urlstate.PLAY_KEYS:
            if key in st.query_params:
                del st.query_params[key]

    names = [i.name for i in offered.layers]
    shown = viewrows.rows_in_view(store, catalog, version, view, names)  # the store's indexes
    ctx = AtlasContext(
        ddir, store, catalog, version, view, shown, want, offered.layers, offered.bounds
    )
    ss[CONTEXT_KEY] = ctx
    notes = (*store_notes, *catalog.messages)
    return Prepared(ctx, offered, notes, tuple(url_warnings))


def context() -> AtlasContext:
    """The context :func:`prepare` made for this run; every page starts with it.

    A link to a page opened before ``st.navigation`` ever ran in this server process runs
    the page without ``app.py``: Streamlit still routes by the ``pages/`` folder (its
    legacy mode, left for good on the first ``st.navigation`` call). Then this switches
    that mode off, as ``st.navigation`` would, and reruns, so ``app.py`` runs and opens the
    linked page (the one place the app touches Streamlit's internals; proven by
    ``tests/browser/test_deeplinks_browser.py``).
    """
    found = st.session_state.get(CONTEXT_KEY)
    if isinstance(found, AtlasContext):
        return found
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    raise RuntimeError("The page ran without app.py: run the atlas with `streamlit run app.py`.")
