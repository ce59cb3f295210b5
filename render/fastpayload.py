"""The fast map's payload: every located incident in a compact, columnar JSON document.

The incidents travel once as a **columnar payload** — coordinates as fixed-precision
integers, dates as day numbers, place/actor/type/… as codes into small string tables,
each column a little-endian typed array in base64 (:func:`encode`; :func:`decode` reads
it back for tests and tools). A :class:`Payload` also maps its rows back to incident
ids; :func:`payload_for` caches it on the data's :func:`fingerprint`, or the caller
names the version (:func:`version_of`). Drawn by :mod:`render.fastmap`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from geo.filters import located_mask
from render.mapstyle import ATTRIBUTION_LABELS, marker_style

COORD_SCALE = 100_000
"""Coordinates travel as ``round(degrees * COORD_SCALE)`` (about 1 m)."""

LAYER_STYLE = {"color": "#333333", "fill_opacity": 0.85, "weight": 1, "radius": 4}
"""Saved-layer rows: small circles in the layer's colour (as :mod:`geo.layers` draws them)."""

_EPOCH = np.datetime64("1970-01-01", "D")

# (payload key, table column) of the text columns the browser decodes from code tables.
TEXT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("place", "place"),
    ("actor", "actor"),
    ("attr", "attribution"),
    ("by", "alleged_by"),
    ("type", "event_type"),
    ("dp", "date_precision"),
)


def _b64(arr: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode("ascii")


def _uint_column(values: np.ndarray) -> dict[str, Any]:
    """Non-negative ints as the narrowest unsigned little-endian typed array."""
    top = int(values.max()) if len(values) else 0
    for name, dtype in (("u8", "<u1"), ("u16", "<u2"), ("u32", "<u4")):
        if top < np.iinfo(np.dtype(dtype)).max:
            return {"t": name, "b": _b64(values.astype(dtype))}
    raise ValueError("column too large for u32")


def _code_column(series: pd.Series) -> tuple[dict[str, Any], list[str | None]]:
    """Codes into a string table; code 0 is null."""
    codes, uniques = pd.factorize(series.astype("string"), use_na_sentinel=True)
    table: list[str | None] = [None, *(str(u) for u in uniques)]
    return _uint_column(codes.astype(np.int64) + 1), table


def _days(series: pd.Series) -> np.ndarray:
    """Day numbers since 1970-01-01 (int64); missing or unparseable → ``-(2**62)``."""
    d = pd.to_datetime(series.astype("string"), format="%Y-%m-%d", errors="coerce")
    out = np.full(len(d), -(2**62), dtype=np.int64)
    ok = d.notna().to_numpy()
    if ok.any():
        out[ok] = (d[ok].to_numpy().astype("datetime64[D]") - _EPOCH).astype(np.int64)
    return out


def _style_keys(frame: pd.DataFrame) -> pd.Series:
    actor = frame["actor"].astype("string").fillna("").str.casefold()
    group = np.where(
        actor.str.contains("russia", regex=False).fillna(False).to_numpy(bool),
        "russia",
        np.where(
            actor.str.contains("ukrain", regex=False).fillna(False).to_numpy(bool),
            "ukraine",
            "other",
        ),
    )
    attr = frame["attribution"].astype("string")
    attr = attr.where(attr.isin(list(ATTRIBUTION_LABELS)), "alleged").fillna("alleged")
    keys = pd.Series(group, index=frame.index, dtype="string") + "|" + attr.astype("string")
    if "layer" in frame.columns:
        layer = frame["layer"].astype("string")
        keys = keys.where(layer.isna(), "layer|" + layer.fillna(""))
    return keys


def _style_for(key: str, layer_colors: Mapping[str, str]) -> dict[str, Any]:
    """The drawing style of a style key, from :func:`render.mapstyle.marker_style` (or the
    layer's)."""
    if key.startswith("layer|"):
        name = key.split("|", 1)[1]
        from geo.layers import pick_color

        fill = layer_colors.get(name) or pick_color(name, layer_colors.values())
        return {
            "c": LAYER_STYLE["color"],
            "f": fill,
            "o": LAYER_STYLE["fill_opacity"],
            "w": LAYER_STYLE["weight"],
            "ring": False,
            "r": LAYER_STYLE["radius"],
            "label": f"layer {name}",
        }
    group, attr = key.split("|", 1)
    actor = {"russia": "Russia", "ukraine": "Ukraine"}.get(group)
    s = marker_style(actor, attr)
    return {
        "c": s["color"],
        "f": s["fill_color"],
        "o": s["fill_opacity"],
        "w": s["weight"],
        "ring": bool(s["ring"]),
        "r": s["radius"],
        "label": f"{group} {attr}",
    }


PAYLOAD_COLUMNS = [
    "id",
    "lat",
    "lon",
    "date_start",
    "date_end",
    "date_precision",
    "place",
    "actor",
    "attribution",
    "alleged_by",
    "event_type",
]


def fingerprint(frame: pd.DataFrame, layer_colors: Mapping[str, str] | None = None) -> str:
    """A version of the data the payload is built from (vectorised hash of its columns)."""
    cols = [c for c in [*PAYLOAD_COLUMNS, "layer"] if c in frame.columns]
    h = hashlib.sha1()
    h.update(pd.util.hash_pandas_object(frame[cols], index=False).to_numpy().tobytes())
    h.update(_colors_key(layer_colors))
    h.update(str(len(frame)).encode())
    return h.hexdigest()[:12]


def version_of(stamp: object, layer_colors: Mapping[str, str] | None = None) -> str:
    """A payload version from the data files' stamp (paths, mtimes, sizes) and the colours.

    Cheaper than :func:`fingerprint` (no pass over the table: ~0.1 s at 100k on the
    first visit) when the caller already knows what the table was loaded from.
    """
    h = hashlib.sha1(repr(stamp).encode("utf-8"))
    h.update(_colors_key(layer_colors))
    return h.hexdigest()[:12]


def _colors_key(layer_colors: Mapping[str, str] | None) -> bytes:
    """The layer colours as bytes for a version hash (order-independent)."""
    return json.dumps(sorted((layer_colors or {}).items())).encode()


@dataclass
class Payload:
    """The compact incidents the browser gets, and how to map its rows back to ids."""

    version: str
    ids: np.ndarray
    """Incident id of each payload row (the located rows, in table order)."""
    doc: dict[str, Any]
    """The JSON document (columns, string tables, styles) — see :func:`decode`."""
    json: str = ""
    """``doc`` serialised once, safe inside ``<script>``."""
    bounds: list[list[float]] | None = None
    _pos: dict[str, int] | None = field(default=None, repr=False)
    _hashes: np.ndarray | None = field(default=None, repr=False)

    @property
    def n(self) -> int:
        return len(self.ids)

    def position(self, incident_id: Any) -> int:
        """Payload row of ``incident_id`` (-1 if it is not on the map)."""
        if self._pos is None:
            self._pos = {str(i): k for k, i in enumerate(self.ids.tolist())}
        return self._pos.get(str(incident_id), -1)

    def id_hashes(self) -> np.ndarray:
        """64-bit hashes of :attr:`ids` (matching by id without slow string ``isin``)."""
        if self._hashes is None:
            self._hashes = _hash_ids(pd.Series(self.ids, dtype="string"))
        return self._hashes

    @property
    def nbytes(self) -> int:
        return len(self.json.encode("utf-8"))


def _script_json(doc: Mapping[str, Any]) -> str:
    text = json.dumps(doc, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def encode(
    frame: pd.DataFrame, layer_colors: Mapping[str, str] | None = None, version: str | None = None
) -> Payload:
    """The payload of every located incident of ``frame`` (vectorised).

    Columns (each ``{"t": "u8"|"u16"|"u32"|"i32", "b": base64}``): ``lat``/``lon``
    (``i32``, degrees × :data:`COORD_SCALE`), ``d0``/``d1`` (raw window start/end as
    ``day - day_base + 1``, 0 unknown), and codes (0 = null) into ``tables``:
    ``place``, ``actor``, ``attr``, ``by`` (alleged by), ``type``, ``dp`` (date
    precision); ``style`` indexes ``styles`` (colour, fill, ring … as the legend).
    """
    colors = dict(layer_colors or {})
    version = version or fingerprint(frame, colors)
    loc = frame[located_mask(frame)]
    lat = np.rint(loc["lat"].astype("float64").to_numpy() * COORD_SCALE).astype("<i4")
    lon = np.rint(loc["lon"].astype("float64").to_numpy() * COORD_SCALE).astype("<i4")
    d0, d1 = _days(loc["date_start"]), _days(loc["date_end"])
    known = np.concatenate([d0, d1])
    base = int(known[known > -(2**62)].min()) if (known > -(2**62)).any() else 0
    cols: dict[str, Any] = {
        "lat": {"t": "i32", "b": _b64(lat)},
        "lon": {"t": "i32", "b": _b64(lon)},
        "d0": _uint_column(np.where(d0 > -(2**62), d0 - base + 1, 0)),
        "d1": _uint_column(np.where(d1 > -(2**62), d1 - base + 1, 0)),
    }
    tables: dict[str, list[str | None]] = {}
    for key, col in TEXT_COLUMNS:
        cols[key], tables[key] = _code_column(loc[col])
    skeys = _style_keys(loc)
    scodes, suniques = pd.factorize(skeys)
    cols["style"] = _uint_column(scodes.astype(np.int64))
    styles = [_style_for(str(k), colors) for k in suniques]
    n = len(loc)
    bounds = None
    if n:  # the bulk of the points: a few far-away outliers must not zoom the map out to a globe
        la, lo = loc["lat"].astype(float), loc["lon"].astype(float)
        q = (0.005, 0.995) if n >= 1000 else (0.0, 1.0)
        bounds = [
            [float(la.quantile(q[0])), float(lo.quantile(q[0]))],
            [float(la.quantile(q[1])), float(lo.quantile(q[1]))],
        ]
    doc = {
        "v": version,
        "n": n,
        "scale": COORD_SCALE,
        "day_base": base,
        "cols": cols,
        "tables": tables,
        "styles": styles,
    }
    ids = loc["id"].astype("string").fillna("").to_numpy(dtype=object)
    return Payload(version, ids, doc, _script_json(doc), bounds)


def _column(c: Mapping[str, Any]) -> np.ndarray:
    dtype = {"u8": "<u1", "u16": "<u2", "u32": "<u4", "i32": "<i4"}[c["t"]]
    return np.frombuffer(base64.b64decode(c["b"]), dtype=dtype)


def decode(doc: Mapping[str, Any] | str) -> pd.DataFrame:
    """The payload back as a table (for tests and tools): lat, lon, date_start,
    date_end (ISO strings or None), place, actor, attribution, alleged_by,
    event_type, date_precision, style (index into ``doc["styles"]``)."""
    data: Mapping[str, Any] = json.loads(doc) if isinstance(doc, str) else doc
    cols, tables = data["cols"], data["tables"]
    scale = float(data["scale"])
    out: dict[str, Any] = {
        "lat": _column(cols["lat"]) / scale,
        "lon": _column(cols["lon"]) / scale,
    }
    base = int(data["day_base"])
    for key, name in (("d0", "date_start"), ("d1", "date_end")):
        v = _column(cols[key]).astype(np.int64)
        out[name] = pd.Series(
            [None if d == 0 else str(_EPOCH + np.timedelta64(int(d) + base - 1, "D")) for d in v],
            dtype=object,
        )
    for key, name in TEXT_COLUMNS:
        table = tables[key]
        out[name] = pd.Series([table[int(c)] for c in _column(cols[key])], dtype=object)
    out["style"] = _column(cols["style"]).astype(np.int64)
    return pd.DataFrame(out)


_CACHE: OrderedDict[str, Payload] = OrderedDict()
_LOCK = threading.Lock()


def payload_for(frame: pd.DataFrame, layer_colors: Mapping[str, str] | None = None) -> Payload:
    """:func:`encode`, cached on the data's :func:`fingerprint` (two versions kept)."""
    colors = dict(layer_colors or {})
    key = fingerprint(frame, colors)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    p = encode(frame, colors, version=key)
    with _LOCK:
        _CACHE[key] = p
        while len(_CACHE) > 2:
            _CACHE.popitem(last=False)
    return p


def _hash_ids(ids: pd.Series) -> np.ndarray:
    return np.asarray(pd.util.hash_pandas_object(ids.astype("string").fillna(""), index=False))
