"""Filtering a loaded incidents table through the store's indexed query.

The store answers :class:`store.query.IncidentQuery` on the rows of the *saved*
documents (:meth:`store.base.AtlasStore.incident_ids`); the table the app and the CLI
show has the analysts' corrections applied on top (:func:`geo.corrections.apply_corrections`:
a corrected date, actor or place, a merge, a split). So the store's ids are candidates:
every incident a correction names joins them, and :mod:`geo.filters`' own rules decide
on those rows. The result is exactly :func:`filter_view`'s, the pandas filter.

:func:`select_rows` is the one entry (the app's pages through ``ui.viewrows``, and
``python -m geo export``): the store when it holds the very table being filtered, else
the pandas filter.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from geo import filters
from geo.urlstate import ViewState

if TYPE_CHECKING:
    from geo.corrections import Correction
    from store.base import AtlasStore
    from store.query import BBox, IncidentQuery

SERVED = frozenset({"stored", "stale", "waiting"})
"""Catalog origins whose incidents are the store's saved document (``"built"`` ones were
extracted just now: their rows are saved under a newer data version, if at all)."""


@dataclass(frozen=True)
class TableLookup:
    """What the store path needs besides the store, computed once per table (the app
    caches it per data version).

    Attributes
    ----------
    ids
        The table's ids as text, by row position (finds the rows of a few ids without
        scanning the table).
    corrected
        Every id a correction of the log applied to the table may have changed.
    layers
        The layer names the store's rows carry (the saved layers' names).
    """

    ids: pd.Index
    corrected: frozenset[str]
    layers: frozenset[str]


def table_lookup(
    table: pd.DataFrame, corrections: Iterable[Correction], layers: Iterable[str]
) -> TableLookup:
    """The :class:`TableLookup` of ``table``, the log applied to it and the saved layers."""
    ids = pd.Index(table["id"].astype("string").fillna("").astype(object))
    return TableLookup(ids, frozenset(corrected_ids(corrections)), frozenset(layers))


def rows_by_id(df: pd.DataFrame, ids: Collection[str], lookup: TableLookup | None) -> pd.DataFrame:
    """The rows of ``df`` whose id is in ``ids``, in ``df``'s order: by ``lookup``'s index
    when it is ``df``'s (a hash lookup per id), else by scanning the id column."""
    index = None if lookup is None else lookup.ids
    if index is not None and len(index) == len(df) and index.is_unique:
        found = index.get_indexer(list(ids))
        return df.iloc[sorted(int(p) for p in found[found >= 0])]
    return df[df["id"].astype("string").isin(list(ids)).fillna(False).astype(bool)]


def filter_view(df: pd.DataFrame, view: ViewState, bbox: BBox | None = None) -> pd.DataFrame:
    """The rows of ``df`` that ``view`` (and the box, if any) shows: the pandas filter."""
    mask = filters.filter_mask(df, view)
    if bbox is not None:
        mask &= filters.bbox_mask(df, bbox)
    return df[mask]


def corrected_ids(corrections: Iterable[Correction]) -> set[str]:
    """Every incident id a correction may have changed (its own; a merge's or split's other)."""
    from geo.review import effective  # what the log does, proposals and undos resolved

    ids = set()
    for c in effective(list(corrections)):
        ids.add(c.incident_id.strip())
        if c.action in ("merge", "split"):
            ids.add(c.new_value.strip())
    return ids


def filter_with_store(
    store: AtlasStore,
    df: pd.DataFrame,
    query: IncidentQuery,
    corrections: Iterable[Correction] = (),
    lookup: TableLookup | None = None,
) -> pd.DataFrame:
    """The rows of ``df`` that ``query`` selects, found by the store's indexes.

    ``df`` must be the store's saved incidents (with the layers the query names, as
    :func:`geo.layers.combine` joins them) and ``corrections`` the log applied to it
    (``lookup.corrected`` instead, when given); the caller checks the store did not change
    meanwhile (its data version).
    """
    corrected = lookup.corrected if lookup is not None else corrected_ids(corrections)
    candidates = set(store.incident_ids(query)) | corrected
    subset = rows_by_id(df, candidates, lookup)
    view = ViewState(query.date_from, query.date_to, query.actors, query.types)
    shown = filter_view(subset, view, query.bbox)
    if not query.include_undated:
        shown = shown[filters.dated_mask(shown)]
    return shown


def select_rows(
    store: AtlasStore,
    table: pd.DataFrame,
    view: ViewState,
    *,
    origin: str,
    version: int,
    bbox: BBox | None = None,
    layers: Iterable[str] = (),
    all_layers: bool = False,
    lookup: TableLookup | None = None,
) -> pd.DataFrame:
    """The rows of ``table`` that ``view`` (its dates, actors and types; not its hidden
    layers) and ``bbox`` select: by the store's indexes when ``table`` is the store's saved
    incidents (``origin`` in :data:`SERVED`) at data ``version``, still current after the
    query; else by the pandas filter. Either way the same rows, in ``table``'s order.

    Parameters
    ----------
    table
        The catalog's incidents with the saved layers joined (:func:`geo.layers.combine`).
    layers, all_layers
        The layers whose rows the store should return (article incidents always).
    lookup
        ``table``'s :class:`TableLookup` (else the log is read and the ids scanned).

    Raises
    ------
    ValueError
        A bad box (:func:`store.query.validate_bbox`).
    """
    from store.query import IncidentQuery, validate_bbox

    box = None if bbox is None else validate_bbox(bbox)
    if box is None and not (view.date_from or view.date_to or view.actors or view.types):
        return table  # nothing to filter out: every row is in view
    try:
        query = IncidentQuery(box, view.date_from, view.date_to, view.actors, view.types,
                              layers=tuple(layers), all_layers=all_layers)  # fmt: skip
    except ValueError:  # more actors or layers than a query takes: pandas has no limit
        query = None
    if query is not None and origin in SERVED and store.data_version() == version:
        log = () if lookup is not None else store.corrections()
        shown = filter_with_store(store, table, query, log, lookup)
        if store.data_version() == version:  # the rows answered for this very table
            return shown
    return filter_view(table, view, box)
