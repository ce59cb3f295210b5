"""Filtering a loaded incidents table through the store's indexed query.

The store answers :class:`store.query.IncidentQuery` on the rows of the *saved*
documents (:meth:`store.base.AtlasStore.incident_ids`); the table the app and the CLI
show has the analysts' corrections applied on top (:func:`geo.applycorrections.apply_corrections`:
a corrected date, actor or place, a merge, a split). So the incidents a correction names
are decided by :mod:`geo.filters`' own rules on their corrected rows; the others are the
store's answer (its rules are geo.filters': ``tests/test_store_query.py``). The result is
exactly :func:`filter_view`'s, the pandas filter (``tests/test_view_rows.py``).

:func:`select_rows` is the one entry (the app's pages through ``ui.viewrows``, and
``python -m geo export``): the store when it holds the very table being filtered and the
view selects a small part of it, else the pandas filter (see :data:`BROAD_SHARE`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from geo import filters
from geo.urlstate import ViewState

if TYPE_CHECKING:
    from geo.corrections import Correction
    from store.base import AtlasStore
    from store.query import BBox, IncidentQuery

BROAD_SHARE = 0.02
"""A view selecting more than this share of the table (and more than :data:`BROAD_FLOOR`
rows) is filtered in pandas: fetching that many ids costs more than filtering the table
the app holds anyway (3–6x at 100k–200k incidents). The store's query stops one id past
the limit, so a broad view costs pandas plus that short query (``python -m
benchmarks.page_filter``, README "Store")."""
BROAD_FLOOR = 1_000
"""A view of at most this many rows is always the store's answer (on a small table,
either way is fast)."""
SERVED = frozenset({"stored", "stale", "waiting"})
"""Catalog origins whose incidents are the store's saved document (``"built"`` ones were
extracted just now: their rows are saved under a newer data version, if at all)."""


@dataclass(frozen=True)
class TableLookup:
    """What the store path needs besides the store, computed once per table (the app
    caches it per data version).

    Attributes
    ----------
    positions
        Each id's row position in the table, when the ids are unique (else None): finds
        the rows of the ids asked without scanning the table (a dict: ~10x faster than
        ``pd.Index.get_indexer`` on text ids).
    corrected
        Every id a correction of the log applied to the table may have changed.
    layers
        The layer names the store's rows carry (the saved layers' names).
    """

    positions: Mapping[str, int] | None
    corrected: frozenset[str]
    layers: frozenset[str]


def table_lookup(
    table: pd.DataFrame, corrections: Iterable[Correction], layers: Iterable[str]
) -> TableLookup:
    """The :class:`TableLookup` of ``table``, the log applied to it and the saved layers."""
    ids = table["id"].astype("string").fillna("").tolist()
    positions = dict(zip(ids, range(len(ids)), strict=True))
    unique = positions if len(positions) == len(ids) else None
    return TableLookup(unique, frozenset(corrected_ids(corrections)), frozenset(layers))


def rows_by_id(df: pd.DataFrame, ids: Collection[str], lookup: TableLookup | None) -> pd.DataFrame:
    """The rows of ``df`` whose id is in ``ids``, in ``df``'s order: by ``lookup``'s
    positions when they are ``df``'s (a dict lookup per id), else by scanning the ids."""
    positions = None if lookup is None else lookup.positions
    if positions is not None and len(positions) == len(df):
        found = np.fromiter((p for i in ids if (p := positions.get(i)) is not None), np.intp)
        found.sort()
        return df.iloc[found]
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
    *,
    most: int | None = None,
) -> pd.DataFrame | None:
    """The rows of ``df`` that ``query`` selects, found by the store's indexes; None when
    the store finds more than ``most`` (then ``df`` is better filtered in pandas).

    ``df`` must be the store's saved incidents (with the layers the query names, as
    :func:`geo.layers.combine` joins them) and ``corrections`` the log applied to it
    (``lookup.corrected`` instead, when given); the caller checks the store did not change
    meanwhile (its data version).
    """
    corrected = lookup.corrected if lookup is not None else corrected_ids(corrections)
    found = store.incident_ids(query, ordered=False, limit=None if most is None else most + 1)
    if most is not None and len(found) > most:
        return None
    keep = set(found) - corrected
    if corrected:  # their saved rows are not the table's: decided on the table's rows
        view = ViewState(query.date_from, query.date_to, query.actors, query.types)
        rechecked = filter_view(rows_by_id(df, corrected, lookup), view, query.bbox)
        if not query.include_undated:
            rechecked = rechecked[filters.dated_mask(rechecked)]
        keep.update(rechecked["id"].dropna().astype(str))
    return rows_by_id(df, keep, lookup)


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
    query, and the view selects at most :data:`BROAD_SHARE` of it; else by the pandas
    filter. Either way the same rows, in ``table``'s order.

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
        most = max(BROAD_FLOOR, int(len(table) * BROAD_SHARE))
        shown = filter_with_store(store, table, query, log, lookup, most=most)
        # None: a broad view, faster in pandas. A new version: the rows are not the table's.
        if shown is not None and store.data_version() == version:
            return shown
    return filter_view(table, view, box)
