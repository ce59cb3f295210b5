"""Saved layers: imported datasets kept in the store, one document per layer name
(:meth:`store.base.AtlasStore.save_layer`).

A layer document is an RFC 7946 FeatureCollection made by
:func:`geo.table.to_geojson_doc` plus one foreign member, ``atlas_layer``
(``name``, ``color``, ``format``, ``dataset``, ``loaded``, ``skipped``). Its
features are rows of the incident table with a ``layer`` property.

The app appends the layers' rows to the incidents table (column ``layer``;
null for the incidents extracted from articles), so the same date, actor and
type filters apply; the sidebar toggles each layer, and the map draws each
layer in its own colour (:func:`render.layermarkers.add_layer_markers`), apart from the
article incidents (coloured by actor by :mod:`render.mapview`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from geo.importcore import ImportResult, check_layer_name, safe_url
from geo.table import from_geojson, incidents_frame, to_geojson_doc

if TYPE_CHECKING:  # store/ imports geo/: the type only
    from store.base import AtlasStore

LAYER_COLORS = ("#e67e22", "#2e9e44", "#8e44ad", "#16a085", "#a0522d", "#d81b60", "#b7950b")
"""Layer colours: none of them the actor colours (red, blue, grey) of the map."""
_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class LayerInfo:
    name: str
    color: str
    count: int
    dataset: str | None = None
    format: str | None = None


def pick_color(name: str, taken: Iterable[str]) -> str:
    """The first palette colour not already used by another layer."""
    used = set(taken)
    free = [c for c in LAYER_COLORS if c not in used]
    return free[0] if free else LAYER_COLORS[sum(map(ord, name)) % len(LAYER_COLORS)]


def layer_document(result: ImportResult, color: str) -> dict[str, Any]:
    """The GeoJSON document of a saved layer."""
    doc = to_geojson_doc(result.records)
    doc["atlas_layer"] = {
        "name": result.layer,
        "color": color,
        "format": result.format,
        "dataset": result.dataset,
        "loaded": len(result.records),
        "skipped": len(result.skipped),
    }
    return doc


def save_layer(store: AtlasStore, result: ImportResult, color: str | None = None) -> str:
    """Save the imported layer in ``store`` (replacing an older save of that name); return
    its name.

    Parameters
    ----------
    store
        Where it goes.
    result
        What :mod:`geo.importers` read (its ``layer`` is the name).
    color
        ``#rrggbb`` (:func:`geo.layerimport.parse_colour` checks an editor's choice);
        None: a palette colour no other layer has.
    """
    name = check_layer_name(result.layer)
    if color is None:
        others = [i.color for i in read_layer_infos(store) if i.name != name]
        color = pick_color(name, others)
    elif not _HEX_COLOUR.match(color):
        raise ValueError(f"A layer colour is #rrggbb, not {color[:20]!r}.")
    store.save_layer(name, layer_document(result, color))
    return name


LINK_FIELDS = (("url", "Source"), ("geolocation", "Geolocation"))
"""A layer source's links and their labels (CIR keeps both, ACLED and GeoJSON the first)."""


def source_links(src: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(label, url)`` of a source's links that are http(s) URLs; anything else (a
    ``javascript:`` URL, text) is no link at all."""
    out = []
    for key, label in LINK_FIELDS:
        url = safe_url(src.get(key))
        if url:
            out.append((label, url))
    return out


def _parse(doc: Any, name: str) -> tuple[LayerInfo, list[dict[str, Any]]]:
    """A stored layer document as its info and incident records (``ValueError`` if it is
    not a FeatureCollection)."""
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise ValueError(f"the layer {name} is not a GeoJSON FeatureCollection")
    raw = doc.get("atlas_layer")
    meta: dict[str, Any] = raw if isinstance(raw, dict) else {}
    name = str(meta.get("name") or name)
    records = from_geojson(doc)
    for r in records:
        r["layer"] = name
        # A dataset's own coding, placed by its geolocators: no extraction confidence, so
        # never in the review queue (geo.confidence.hand_placed), whatever the file said.
        r["confidence"], r["reasons"] = None, []
    color = str(meta.get("color") or "")
    if not (color.startswith("#") and len(color) == 7):
        color = LAYER_COLORS[0]
    info = LayerInfo(name, color, len(records), meta.get("dataset"), meta.get("format"))
    return info, records


def read_layer_infos(store: AtlasStore) -> list[LayerInfo]:
    """The saved layers (name, colour, size), by name; unreadable ones are left out."""
    infos = []
    for name in store.layer_names():
        try:
            infos.append(_parse(store.load_layer(name), name)[0])
        except ValueError:
            continue
    return infos


def load_layers(store: AtlasStore) -> tuple[pd.DataFrame, list[LayerInfo], list[str]]:
    """Every saved layer as one typed table (with ``layer``), the layers, and messages
    about layers that could not be read (they are left out; nothing raises)."""
    frames, infos, messages = [], [], []
    for name in store.layer_names():
        try:
            info, records = _parse(store.load_layer(name), name)
        except ValueError as exc:
            messages.append(f"Could not read the saved layer {name} ({type(exc).__name__}).")
            continue
        frames.append(with_layer(incidents_frame(records), info.name))
        infos.append(info)
    if not frames:
        return with_layer(incidents_frame([]), None), [], messages
    return pd.concat(frames, ignore_index=True), infos, messages


def with_layer(df: pd.DataFrame, name: str | None) -> pd.DataFrame:
    """``df`` with a string ``layer`` column set to ``name`` where missing."""
    df = df.copy()
    if "layer" not in df.columns:
        df["layer"] = pd.Series(name, index=df.index, dtype="string")
    else:
        df["layer"] = (
            df["layer"].astype("string").fillna(name) if name else df["layer"].astype("string")
        )
    return df


def combine(incidents: pd.DataFrame, layers: pd.DataFrame) -> pd.DataFrame:
    """The article incidents (``layer`` null) followed by the layers' rows; a layer
    row whose id is already taken is left out."""
    base = with_layer(incidents, None)
    if layers.empty:
        return base
    layers = layers[~layers["id"].isin(base["id"])].drop_duplicates("id")
    return pd.concat([base, with_layer(layers, None)], ignore_index=True)


def visible(df: pd.DataFrame, hidden: Iterable[str]) -> pd.DataFrame:
    """Rows of ``df`` not in a hidden layer (article incidents are always kept)."""
    if "layer" not in df.columns:
        return df
    hide = list(hidden)
    return df[~df["layer"].isin(hide).fillna(False).astype(bool)] if hide else df


def split_layers(
    records: Iterable[Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(article incidents, layer rows) of ``records``."""
    base: list[dict[str, Any]] = []
    layered: list[dict[str, Any]] = []
    for r in records:
        (layered if r.get("layer") else base).append(dict(r))
    return base, layered
