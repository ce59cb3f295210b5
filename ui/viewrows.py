"""Which incidents a view shows, for every page that filters the table (Map, Incidents,
the timeline, the playback, Compare): :func:`rows_in_view`, the one place.

The store's indexes answer the view's dates, actors, types and box
(:func:`geo.storefilter.select_rows`); the rows are then taken from the cached table by
id, so only the rows in view are touched. The pandas filter is kept where the store cannot
answer for the table in memory: incidents extracted just now (origin ``"built"``: their
rows are saved under a newer data version), a store written to since the table was
loaded, or a view with more actors or layers than a query takes; and for a view selecting
more than :data:`geo.storefilter.BROAD_SHARE` of the table, which pandas filters faster
than the ids of its rows can be fetched (measured: README "Store").
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from geo import layers
from geo.catalog import Catalog
from geo.storefilter import SERVED, TableLookup, select_rows, table_lookup
from geo.urlstate import ViewState
from store import AtlasStore
from store.query import BBox


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_lookup(url: str, version: int, _table: pd.DataFrame, _store: AtlasStore) -> TableLookup:
    """The table's id index, the ids the log's corrections touch and the saved layers'
    names, once per data version (``url`` and ``version``: the table is the store's at
    that version, the one ``ui.state.cached_table`` holds). Read-only, shared."""
    del url, version  # only the cache key
    return table_lookup(_table, _store.corrections(), _store.layer_names())


def rows_in_view(
    store: AtlasStore,
    catalog: Catalog,
    version: tuple[str, int],
    view: ViewState,
    layer_names: Sequence[str],
    bbox: BBox | None = None,
) -> pd.DataFrame:
    """The rows of ``catalog.incidents`` that ``view`` shows (its hidden layers left out)
    and, when given, inside ``bbox``: the same rows, in the same order, as
    ``geo.filters`` would keep.

    Parameters
    ----------
    store, catalog, version
        The run's store, its cached catalog (saved layers joined) and ``(URL, data
        version)`` the catalog was loaded at (:class:`ui.state.AtlasContext`).
    layer_names
        The imported layers' names (the sidebar's layers).
    """
    table = catalog.incidents
    served = catalog.origin in SERVED
    lookup = cached_lookup(*version, table, store) if served else None
    shown = [name for name in layer_names if name not in view.hidden_layers]
    # Ask for the shown layers by name when the store's rows carry those names (a layer's
    # document may name itself otherwise); else for every layer: hiding follows anyway.
    by_name = lookup is not None and set(shown) <= lookup.layers
    rows = select_rows(
        store, table, view, origin=catalog.origin, version=version[1], bbox=bbox,
        layers=shown if by_name else (), all_layers=not by_name and bool(layer_names),
        lookup=lookup,
    )  # fmt: skip
    return layers.visible(rows, view.hidden_layers)
