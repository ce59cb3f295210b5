"""Filtering a loaded incidents table through the store's indexed query.

The store answers :class:`store.query.IncidentQuery` on the rows of the *saved*
documents (:meth:`store.base.AtlasStore.incident_ids`); the table the app and the CLI
show has the analysts' corrections applied on top (:func:`geo.applycorrections.apply_corrections`:
a corrected date, actor or place, a merge, a split). So the store's ids are candidates:
every incident a correction names joins them, and :mod:`geo.filters`' own rules decide
on those few rows. The result is exactly :func:`filter_view`'s, the pandas filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from geo import filters
from geo.urlstate import ViewState

if TYPE_CHECKING:
    from geo.corrections import Correction
    from store.base import AtlasStore
    from store.query import BBox, IncidentQuery


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
) -> pd.DataFrame:
    """The rows of ``df`` that ``query`` selects, found by the store's indexes.

    ``df`` must be the store's saved incidents (with the layers the query names, as
    :func:`geo.layers.combine` joins them) and ``corrections`` the log applied to it; the
    caller checks the store did not change meanwhile (its data version).
    """
    candidates = set(store.incident_ids(query)) | corrected_ids(corrections)
    subset = df[df["id"].astype("string").isin(candidates).fillna(False).astype(bool)]
    view = ViewState(query.date_from, query.date_to, query.actors, query.types)
    shown = filter_view(subset, view, query.bbox)
    if not query.include_undated:
        shown = shown[filters.dated_mask(shown)]
    return shown
