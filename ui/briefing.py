"""Briefs in the app: save the current view as a brief, and the diff since one.

The domain is :mod:`geo.briefs` (pure); this module reads the store and the page's
:class:`ui.state.AtlasContext` and caches the diff per data version and brief revision.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from geo import auditlog, briefs
from geo.corrections import Correction
from render import auditexport, diffpage, exporters
from store import BriefInfo, StoredBrief
from ui.state import AtlasContext


def save_current_view(atlas: AtlasContext, name: str, author: str) -> BriefInfo:
    """Save what the page shows (``atlas.shown``) under ``name`` as ``author``.

    Raises
    ------
    ValueError
        A name or author the store refuses (the message says why).
    """
    store = atlas.store
    report = atlas.catalog.corrections
    seen = report.seen if report is not None else len(store.corrections())
    snap = briefs.snapshot(atlas.shown, log_length=seen)
    return store.save_brief(name, atlas.params, snap.to_json(), atlas.version[1], author)


@st.cache_resource(show_spinner="Comparing with the brief…", max_entries=8)
def _cached_diff(
    version: Any,
    name: str,
    revision: int,
    layer_names: tuple[str, ...],
    _brief: StoredBrief,
    _table: pd.DataFrame,
    _log: tuple[Correction, ...],
) -> briefs.BriefDiff:
    """The diff of one brief revision against the data at ``version`` (the cache key with
    the brief's name and revision: neither changes without them changing)."""
    del version, name, revision  # only the cache key
    snap = briefs.BriefSnapshot.from_json(_brief.snapshot)
    in_view = briefs.view_ids(_brief.view, _table, layer_names)
    return briefs.diff(snap, _table, list(_log), in_view=in_view)


def diff_since(atlas: AtlasContext, brief: StoredBrief) -> briefs.BriefDiff:
    """What is new, changed and retracted since ``brief`` in the data the page shows.

    Raises
    ------
    ValueError
        The brief's snapshot is in a format this code cannot read.
    """
    names = tuple(i.name for i in atlas.layers)
    log = tuple(atlas.store.corrections())
    table = atlas.catalog.incidents
    return _cached_diff(atlas.version, brief.name, brief.revision, names, brief, table, log)


def subtitle(brief: StoredBrief, now_version: int) -> str:
    """``"Saved 2024-… by ana at data version 3 (now 5)."`` (plain text)."""
    revision = f", revision {brief.revision}" if brief.revision > 1 else ""
    return (
        f"Saved {brief.created_at} by {brief.created_by}{revision}, at data version "
        f"{brief.data_version} (now {now_version})."
    )


def brief_pack(atlas: AtlasContext, shown: pd.DataFrame) -> bytes:
    """The brief pack of ``shown`` with the audit log of its incidents; when a brief was
    saved, the diff since the latest one is its first page (:func:`render.diffpage.pack_with_diff`)
    and the whole log since that brief is in it too (:func:`render.auditexport.pack_with_since`)."""
    store = atlas.store
    log = store.corrections()
    pack = exporters.export(shown, "brief", atlas.view, log=log)
    infos = store.briefs()
    if not infos:
        return pack
    brief = store.brief(infos[0].name)
    try:
        found = diff_since(atlas, brief)
        start = briefs.BriefSnapshot.from_json(brief.snapshot).log_length
    except ValueError:
        return pack
    title = f"Since the brief “{brief.name}”"
    page = diffpage.diff_html(found, title, subtitle(brief, atlas.version[1]))
    pack = diffpage.pack_with_diff(pack, page)
    return auditexport.pack_with_since(pack, auditlog.since(log, start), brief.name)
