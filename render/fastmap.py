"""The fast map: tens of thousands of incidents drawn in the browser from a compact payload.

:mod:`render.mapview` builds one Leaflet marker (with its popup HTML) per incident:
right for a few hundred, unusable at 100,000. Here the incidents travel once as
a **columnar payload** (:mod:`render.fastpayload`) — coordinates as fixed-precision
integers, dates as day numbers, place/actor/type/… as codes into small string tables,
each column a little-endian typed array in base64 — and a small Leaflet layer
(``static/fastmap/fastmap.js``) draws them on one canvas, clustered in the
browser with supercluster (vendored, ``static/vendor/supercluster-*``).

Split for Streamlit (``st_folium``):

* :func:`build_fast_map` — the base map. It depends only on the whole table
  (the catalog, all layers), so its script — and the st_folium component — stay
  the same while filters change, and the browser keeps its map and view.
* :func:`~render.fastview.view_group` — a tiny ``feature_group_to_add``: which payload rows the
  filters show (a bit mask computed by the *same* pandas filter as every other
  page) and the selected incident. Changing the date slider sends only this.

A click on a point selects it: the layer opens a short popup built client-side
(place, date, actor, event) holding a reference ``ia:<version>:<row>``, which
:func:`translate_click` turns back into the incident id, so the card beside the
map shows every excerpt. No Streamlit here (``geo`` is the pure domain).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from branca.element import CssLink, Figure, JavascriptLink
from folium.elements import JSCSSMixin, MacroElement
from folium.template import Template

from geo.filters import located_mask
from render.basemap import RawScript, add_reference_layers
from render.fastpayload import Payload
from render.fastpayload import version_of as version_of  # README names render.fastmap.version_of
from render.fastview import view_group
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

FASTMAP_DIR = STATIC_DIR / "fastmap"
SUPERCLUSTER = "supercluster-8.0.1"
FAST_THRESHOLD = 2000
"""Tables with more located incidents than this use the fast map on the Map page."""

CLUSTER_MAX_ZOOM = 13
"""Supercluster builds levels up to here (each level costs a pass over the points); above
it points are drawn one by one — the canvas draws tens of thousands without trouble."""

_REF = re.compile(r"ia:([0-9a-f]{6,40}):(\d{1,9})")


def fast_asset_base(asset_base: str = ASSET_BASE) -> str:
    """URL of ``static/fastmap`` as the browser sees it (sibling of ``static/vendor``)."""
    base = asset_base.rstrip("/")
    if base.endswith("/vendor"):
        return base[: -len("/vendor")] + "/fastmap"
    return base + "/../fastmap"


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


def build_fast_map(
    payload: Payload, tiles: str = "auto", asset_base: str = ASSET_BASE, height: int | None = None,
    layers: Mapping[str, str] | None = None,
) -> folium.Map:  # fmt: skip
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
    _MapChrome(layers).add_to(m)
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
