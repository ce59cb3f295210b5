"""The fast map: tens of thousands of incidents drawn in the browser from a compact payload.

:mod:`render.mapview` builds one Leaflet marker (with its popup HTML) per incident:
right for a few hundred, unusable at 100,000. Here the incidents travel once as
a **columnar payload** — coordinates as fixed-precision integers, dates as day
numbers, place/actor/type/… as codes into small string tables, each column a
little-endian typed array in base64 — and a small Leaflet layer
(``static/fastmap/fastmap.js``) draws them on one canvas, clustered in the
browser with supercluster (vendored, ``static/vendor/supercluster-*``).

Split for Streamlit (``st_folium``):

* :func:`build_fast_map` — the base map. It depends only on the whole table
  (the catalog, all layers), so its script — and the st_folium component — stay
  the same while filters change, and the browser keeps its map and view.
* :func:`view_group` — a tiny ``feature_group_to_add``: which payload rows the
  filters show (a bit mask computed by the *same* pandas filter as every other
  page) and the selected incident. Changing the date slider sends only this.

A click on a point selects it: the layer opens a short popup built client-side
(place, date, actor, event) holding a reference ``ia:<version>:<row>``, which
:func:`translate_click` turns back into the incident id, so the card beside the
map shows every excerpt. No Streamlit here (``geo`` is the pure domain).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
from branca.element import CssLink, Figure, JavascriptLink
from folium.elements import JSCSSMixin, MacroElement
from folium.template import Template

from geo.filters import located_mask
from render.basemap import RawScript, add_reference_layers
from render.mapframe import (
    ASSET_BASE,
    DEFAULT_CENTER,
    DEFAULT_ZOOM,
    MAP_CSS,
    MAX_ZOOM,
    STATIC_DIR,
    _add_borders,
    _add_tiles,
    _links,
    _MapChrome,
)
from render.mapstyle import ATTRIBUTION_LABELS, marker_style

FASTMAP_DIR = STATIC_DIR / "fastmap"
SUPERCLUSTER = "supercluster-8.0.1"
FAST_THRESHOLD = 2000
"""Tables with more located incidents than this use the fast map on the Map page."""

CLUSTER_MAX_ZOOM = 13
"""Supercluster builds levels up to here (each level costs a pass over the points); above
it points are drawn one by one — the canvas draws tens of thousands without trouble."""

COORD_SCALE = 100_000
"""Coordinates travel as ``round(degrees * COORD_SCALE)`` (about 1 m)."""

LAYER_STYLE = {"color": "#333333", "fill_opacity": 0.85, "weight": 1, "radius": 4}
"""Saved-layer rows: small circles in the layer's colour (as :mod:`geo.layers` draws them)."""

_EPOCH = np.datetime64("1970-01-01", "D")
_REF = re.compile(r"ia:([0-9a-f]{6,40}):(\d{1,9})")


def fast_asset_base(asset_base: str = ASSET_BASE) -> str:
    """URL of ``static/fastmap`` as the browser sees it (sibling of ``static/vendor``)."""
    base = asset_base.rstrip("/")
    if base.endswith("/vendor"):
        return base[: -len("/vendor")] + "/fastmap"
    return base + "/../fastmap"


# (payload key, table column) of the text columns the browser decodes from code tables.
TEXT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("place", "place"),
    ("actor", "actor"),
    ("attr", "attribution"),
    ("by", "alleged_by"),
    ("type", "event_type"),
    ("dp", "date_precision"),
)

BUNDLE_SOURCES = (
    STATIC_DIR / "vendor" / "leaflet-1.9.4" / "leaflet.js",
    STATIC_DIR / "vendor" / SUPERCLUSTER / "supercluster.min.js",
    FASTMAP_DIR / "fastmap.js",
)
"""Concatenated, in this order, into ``static/fastmap/bundle.<hash>.js``: the map's
iframe loads its scripts one after another, and one file instead of three saved
~0.1 s of every visit (resource timings)."""


def bundle_text() -> str:
    """The fast map's one script: :data:`BUNDLE_SOURCES` joined by ``;`` lines."""
    return "\n;\n".join(p.read_text(encoding="utf-8") for p in BUNDLE_SOURCES) + "\n"


def bundle_name(text: str) -> str:
    """``bundle.<first 10 hex of sha256>.js``: a new name when any source changes, so a
    browser never runs a cached old bundle."""
    return f"bundle.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:10]}.js"


@lru_cache(maxsize=1)
def _bundle_file() -> str:
    return bundle_name(bundle_text())


def write_bundle(directory: Path = FASTMAP_DIR) -> Path:
    """(Re)write the bundle and delete stale ones; run after changing a source:
    ``python -c "from render.fastmap import write_bundle; write_bundle()"``."""
    text = bundle_text()
    target = directory / bundle_name(text)
    for old in directory.glob("bundle.*.js"):
        if old != target:
            old.unlink()
    target.write_text(text, encoding="utf-8")
    return target


def use_fast(frame: pd.DataFrame, threshold: int | None = None) -> bool:
    """Whether ``frame`` (the whole table, not the filtered view) needs the fast map.

    Decided on the whole table so the path does not flip while a slider moves.
    ``INCIDENT_ATLAS_FAST_THRESHOLD`` overrides :data:`FAST_THRESHOLD` (benchmarks
    set it very high to measure the one-marker-per-incident map)."""
    if threshold is None:
        env = os.environ.get("INCIDENT_ATLAS_FAST_THRESHOLD", "")
        threshold = int(env) if env.strip().isdigit() else FAST_THRESHOLD
    return int(located_mask(frame).sum()) > threshold


# --------------------------------------------------------------------------- payload


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


# --------------------------------------------------------------------------- view


def _hash_ids(ids: pd.Series) -> np.ndarray:
    return np.asarray(pd.util.hash_pandas_object(ids.astype("string").fillna(""), index=False))


def shown_mask(payload: Payload, shown: pd.DataFrame) -> np.ndarray:
    """Which payload rows ``shown`` (the filtered table) contains, by id (64-bit hashes)."""
    if payload.n == 0 or shown.empty:
        return np.zeros(payload.n, dtype=bool)
    return np.isin(payload.id_hashes(), _hash_ids(shown["id"]))


def encode_mask(mask: np.ndarray) -> str:
    """Bit ``k`` (little-endian within bytes) says whether payload row ``k`` is shown."""
    return _b64(np.packbits(np.asarray(mask, dtype=bool), bitorder="little"))


def decode_mask(b64: str, n: int) -> np.ndarray:
    bits = np.unpackbits(np.frombuffer(base64.b64decode(b64), dtype=np.uint8), bitorder="little")
    return bits[:n].astype(bool)


def fade_levels(payload: Payload, shown: pd.DataFrame, opacity: pd.Series) -> str:
    """The opacity of each shown payload row, in row order, as bytes (0–255) in base64:
    one byte per *shown* row, so a playback's few weeks cost a few kilobytes.

    Parameters
    ----------
    payload : the map's payload.
    shown : the filtered table; ``opacity`` is aligned with its rows (same index).
    opacity : each row's opacity, 0–1 (:func:`geo.playback.opacities`).
    """
    mask = shown_mask(payload, shown)
    by_hash = pd.Series(opacity.to_numpy(dtype=float), index=_hash_ids(shown["id"]))
    by_hash = by_hash[~by_hash.index.duplicated()]
    levels = by_hash.reindex(payload.id_hashes()[mask]).fillna(1.0).to_numpy()
    return _b64(np.clip(np.rint(levels * 255), 0, 255).astype(np.uint8))


def view_doc(
    payload: Payload,
    shown: pd.DataFrame,
    selected_id: str | None = None,
    focus: bool = True,
    opacity: pd.Series | None = None,
    step: str | None = None,
) -> dict[str, Any]:
    """What the browser needs after a filter change: the mask, counts, the selection, and
    during a playback the fading of older steps (``fade``: :func:`fade_levels`) and the
    step's day (``step``: the map says which step it drew, for tests and benchmarks)."""
    mask = shown_mask(payload, shown)
    sel = payload.position(selected_id) if selected_id is not None else -1
    doc = {
        "v": payload.version,
        "mask": encode_mask(mask),
        "count": int(mask.sum()),
        "sel": sel,
        "focus": bool(focus),
    }
    if opacity is not None:
        doc["fade"] = fade_levels(payload, shown, opacity)
    if step is not None:
        doc["step"] = step
    return doc


class FastLayer(JSCSSMixin, MacroElement):
    """The canvas layer with every located incident (``window.iaFast`` in the frame)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (window.L && L.iaFast)
            ? L.iaFast({{ this.payload_json }}, {{ this.options_json }})
                .addTo({{ this._parent.get_name() }})
            : null;
        window.iaFast = {{ this.get_name() }};
        {% endmacro %}
        """
    )

    def __init__(self, payload: Payload, asset_base: str = ASSET_BASE, **options: Any) -> None:
        super().__init__()
        self._name = "IaFast"
        self.payload_json = payload.json
        self.options_json = json.dumps(options, separators=(",", ":"))
        fast = fast_asset_base(asset_base)
        # Leaflet, supercluster and fastmap.js in one file (the map itself links no script).
        self.default_js = [("ia_fastmap", f"{fast}/{_bundle_file()}")]
        self.default_css = [("ia_fastmap_css", f"{fast}/fastmap.css")]

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        """As :class:`MacroElement`, but the (megabytes of) script is added as is:
        branca would otherwise compile it as a Jinja template on every render."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "render the map inside a Figure"
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.__dict__["script"]
        figure.script.add_child(RawScript(script(self, kwargs)), name=self.get_name())


class FastView(MacroElement):
    """Applies a :func:`view_doc` to ``window.iaFast`` (lives in the feature group)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        if (window.iaFast) { window.iaFast.setView({{ this.view_json }}); }
        {% endmacro %}
        """
    )

    def __init__(self, view: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "IaFastView"
        self.view_json = _script_json(view)


def build_fast_map(
    payload: Payload, tiles: str = "auto", asset_base: str = ASSET_BASE, height: int | None = None
) -> folium.Map:
    """The base map: tiles, offline borders, legend (as :mod:`render.mapview`) and the fast layer.

    It depends only on ``payload`` — never on filters or the selection — so the
    st_folium component is not rebuilt when they change (see :func:`view_group`).
    """
    m = folium.Map(
        location=list(DEFAULT_CENTER),
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        max_zoom=MAX_ZOOM,
        min_zoom=2,
        control_scale=True,
        prefer_canvas=True,
    )
    # No jQuery: it serves folium's HTML popups, which this map does not use (its popups
    # are built in fastmap.js). Leaflet comes in the fast layer's bundle.
    m.default_js = []
    m.default_css = _links(asset_base, MAP_CSS)
    _MapChrome().add_to(m)
    _add_borders(m)
    add_reference_layers(m)
    _add_tiles(m, tiles)
    FastLayer(payload, asset_base, maxZoom=CLUSTER_MAX_ZOOM, radius=45).add_to(m)
    if payload.bounds is not None:
        (s, w), (n, e) = payload.bounds
        if (s, w) == (n, e):
            m.location, m.options["zoom"] = [s, w], 8
        else:
            m.fit_bounds([[s, w], [n, e]], padding=(30, 30), max_zoom=9)
    return m


def view_group(
    payload: Payload,
    shown: pd.DataFrame,
    selected_id: str | None = None,
    focus: bool = True,
    opacity: pd.Series | None = None,
    step: str | None = None,
) -> folium.FeatureGroup:
    """The ``feature_group_to_add`` carrying the filter mask, the selection and (playback)
    each shown row's opacity and the step's day."""
    fg = folium.FeatureGroup(name="ia-view", control=False)
    FastView(view_doc(payload, shown, selected_id, focus, opacity, step)).add_to(fg)
    return fg


def map_html(
    payload: Payload,
    shown: pd.DataFrame,
    selected_id: str | None = None,
    tiles: str = "auto",
    asset_base: str = ASSET_BASE,
) -> str:
    """A whole HTML page of the fast map (outside Streamlit: tests, benchmarks)."""
    m = build_fast_map(payload, tiles=tiles, asset_base=asset_base)
    view_group(payload, shown, selected_id).add_to(m)
    return str(m.get_root().render())


# --------------------------------------------------------------------------- clicks


def clicked_row(payload: Payload, clicked: Mapping[str, Any] | None) -> int | None:
    """The payload row a st_folium click refers to (its popup holds ``ia:<version>:<row>``)."""
    if not clicked:
        return None
    text = clicked.get("last_object_clicked_popup")
    if not isinstance(text, str):
        return None
    m = _REF.search(text)
    if not m or m.group(1) != payload.version:
        return None
    k = int(m.group(2))
    return k if 0 <= k < payload.n else None


def translate_click(payload: Payload, clicked: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """st_folium's return value with the clicked popup replaced by the incident id,
    so :func:`geo.filters.incident_from_click` reads it like any other map's."""
    if clicked is None:
        return None
    out = dict(clicked)
    k = clicked_row(payload, clicked)
    out["last_object_clicked_popup"] = str(payload.ids[k]) if k is not None else None
    if k is None:
        out["last_object_clicked"] = None  # never guess among stacked points
    return out
