"""The briefing map without incidents: assets, page chrome, borders, tiles and the view.

:func:`build_base_map` is a :class:`folium.Map` whose JavaScript/CSS come from the
vendored copies in ``static/vendor/`` (served by Streamlit at ``/app/static/...``)
instead of public CDNs, and whose country borders are a bundled Natural Earth layer, so
the map is readable with no internet at all (the oblast borders and city names are
:mod:`render.basemap`). :func:`map_html_standalone` inlines every asset into one HTML file
for the offline brief pack. No Streamlit import.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from folium.elements import MacroElement
from folium.template import Template

from render.basemap import RawLayer, add_reference_layers
from render.basemap_water import LAND_FILL, WATER_STYLES
from render.maprecords import _latlon, as_records
from render.mapstyle import legend_html

# --------------------------------------------------------------------------- assets

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
COUNTRIES_GEOJSON = VENDOR_DIR / "world-atlas" / "countries-110m.geojson"

ASSET_BASE = "../../app/static/vendor"
"""Where the browser finds ``static/vendor``.

Relative to the streamlit-folium iframe (``<base>/component/streamlit_folium.st_folium/
index.html``), ``../../app/static`` is Streamlit's static route under any
``server.baseUrlPath``.
"""

LEAFLET = "leaflet-1.9.4"
JQUERY = "jquery-3.7.1"
MARKERCLUSTER = "leaflet.markercluster-1.5.3"

MAP_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"{LEAFLET}/leaflet.js"),
    ("jquery", f"{JQUERY}/jquery.min.js"),  # folium's own templates call $(...)
)
MAP_CSS: tuple[tuple[str, str], ...] = (("leaflet_css", f"{LEAFLET}/leaflet.css"),)
CLUSTER_JS: tuple[tuple[str, str], ...] = (
    ("markerclusterjs", f"{MARKERCLUSTER}/leaflet.markercluster.js"),
)
CLUSTER_CSS: tuple[tuple[str, str], ...] = (
    ("markerclustercss", f"{MARKERCLUSTER}/MarkerCluster.css"),
    ("markerclusterdefaultcss", f"{MARKERCLUSTER}/MarkerCluster.Default.css"),
)

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BORDERS_ATTR = "Borders: Natural Earth (public domain)"

DEFAULT_CENTER = (48.5, 31.5)  # Ukraine
DEFAULT_ZOOM = 5
MAX_ZOOM = 18


def _links(base: str, assets: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, f"{base.rstrip('/')}/{rel}") for name, rel in assets]


class _MapChrome(MacroElement):
    """Page CSS, the legend control and the top-window link fix-up."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "ia-legend");
            div.innerHTML = {{ this.legend|tojavascript }};
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {{ this._parent.get_name() }}.on("popupopen", function (e) {
            var el = e.popup.getElement();
            if (!el) { return; }
            el.querySelectorAll("a[data-top-href]").forEach(function (a) {
                try {
                    var rel = a.getAttribute("data-top-href");
                    a.href = new URL(rel, window.top.location.href).href;
                    // st_folium's iframe sandbox has no allow-top-navigation: let the
                    // top document follow the link itself.
                    a.addEventListener("click", function (ev) {
                        var doc = window.top.document, b = doc.createElement("a");
                        b.href = a.href; b.rel = "noopener";
                        doc.body.appendChild(b); b.click(); b.remove();
                        ev.preventDefault();
                    });
                } catch (err) { /* cross-origin top: keep the relative link */ }
            });
        });
        {% endmacro %}
        """
    )

    def __init__(self, layers: Mapping[str, str] | None = None, folded: bool = False) -> None:
        super().__init__()
        self._name = "IaChrome"
        self.css = _CSS
        self.legend = legend_html(layers, folded)


_CSS = """
.leaflet-container{background:#cfe0ea;font:13px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif}
.ia-dot-icon{background:none;border:none}
.ia-legend{background:rgba(255,255,255,.93);padding:6px 9px;border-radius:6px;
  box-shadow:0 1px 4px rgba(0,0,0,.3);line-height:1.5;font-size:12px}
.ia-legend .ia-row{display:flex;align-items:center;gap:7px}
.ia-legend .ia-dot{flex:none}
.ia-legend .ia-circle{width:14px;height:14px;border-radius:50%;border:1px solid #6b7280;
  background:rgba(107,114,128,.15);flex:none}
.ia-legend hr{border:0;border-top:1px solid #ddd;margin:4px 0}
.ia-legend summary{cursor:pointer;font-weight:600}
.ia-legend .ia-swatch{width:12px;height:12px;border-radius:50%;border:1px solid #374151;flex:none}
.ia-popup{max-width:360px}
.ia-pop-place{font-weight:700;font-size:14px}
.ia-pop-date{color:#444;margin-bottom:4px}
.ia-pop-actor{display:flex;align-items:center;gap:6px;margin-bottom:4px}
.ia-pop-actor .ia-dot{flex:none}
.ia-pop-facts th{text-align:left;padding-right:8px;color:#555;font-weight:600}
.ia-pop-h{font-weight:600;margin-top:6px}
.ia-sources{padding-left:18px;margin:2px 0}
.ia-source{margin-bottom:6px}
.ia-excerpt{display:block;font-style:italic;color:#222}
.ia-src-meta{color:#555;font-size:12px}
.ia-notes{color:#555;font-size:12px;padding-left:16px}
.marker-cluster.ia-cluster{background:rgba(55,65,81,.35)}
.marker-cluster.ia-cluster div{background:rgba(55,65,81,.85);color:#fff;font-weight:700}
"""


@lru_cache(maxsize=1)
def _countries_json() -> str:
    """The bundled borders as compact JSON text, read once per process."""
    data = json.loads(COUNTRIES_GEOJSON.read_text(encoding="utf-8"))
    return json.dumps(data, separators=(",", ":"))


BORDERS_STYLE = {
    "color": WATER_STYLES["border"]["color"],
    "weight": WATER_STYLES["border"]["weight"],
    "fillColor": LAND_FILL,
    "fillOpacity": 1.0,
}
"""The countries in the water layer's land colour and border line (the brief's picture,
:mod:`render.staticmap`, draws them from the same constants)."""


class _Borders(RawLayer):
    """Natural Earth countries as a plain ``L.geoJson`` with its JSON inserted as is."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data_json }}, {
            pane: "ia-land", interactive: false, attribution: {{ this.attribution|tojson }},
            style: function () { return {{ this.style|tojson }}; }
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__(name="Country borders (offline)", overlay=True, control=True)
        self._name = "IaBorders"
        self.data_json = _countries_json()
        self.attribution = BORDERS_ATTR
        self.style = BORDERS_STYLE


def _add_borders(m: folium.Map) -> None:
    """Bundled Natural Earth countries in a pane *below* the tiles.

    Offline (no tiles) they are the base map; online the OSM tiles cover them.
    Either way they sit under every marker and circle.
    """
    folium.map.CustomPane("ia-land", z_index=150, pointer_events=False).add_to(m)
    _Borders().add_to(m)


def _tiles_choice(tiles: str) -> str:
    if tiles == "auto":
        return os.environ.get("INCIDENT_ATLAS_TILES", "osm")
    return tiles


def _add_tiles(m: folium.Map, tiles: str) -> None:
    choice = _tiles_choice(tiles)
    if choice == "osm":
        folium.TileLayer(
            OSM_TILES, attr=OSM_ATTR, name="OpenStreetMap (online)", max_zoom=19
        ).add_to(m)
    elif choice != "none":
        raise ValueError(f"tiles must be 'auto', 'osm' or 'none', not {tiles!r}")


CORE_SHARE = 0.02  # the share of points at each edge a view leaves out (from 20 points)


def core_bounds(lats: Sequence[float], lons: Sequence[float]) -> list[list[float]]:
    """[[south, west], [north, east]] of the bulk of the points: a few far-away incidents
    (a drone over Irkutsk, a sabotage in Kaliningrad) must not zoom a briefing out to Europe.

    Parameters
    ----------
    lats, lons
        The points' coordinates, same length, at least one.
    """
    cut = int(len(lats) * CORE_SHARE) if len(lats) >= 20 else 0
    la, lo = sorted(lats), sorted(lons)
    return [[la[cut], lo[cut]], [la[-1 - cut], lo[-1 - cut]]]


def _fit(
    m: folium.Map, points: Sequence[tuple[float, float]], focus: tuple[float, float] | None
) -> None:
    if focus is not None:
        m.location, m.options["zoom"] = list(focus), 8
        return
    if len(points) == 1:
        m.location, m.options["zoom"] = list(points[0]), 8
    elif points:
        bounds = core_bounds([p[0] for p in points], [p[1] for p in points])
        m.fit_bounds(bounds, padding=(30, 30), max_zoom=9)


MAP_OPTIONS: dict[str, Any] = {
    "zoom_start": DEFAULT_ZOOM,
    "tiles": None,
    "control_scale": True,
    # Map-level limits (folium's max_zoom only reaches a default tile layer):
    # markercluster needs the map's maxZoom even when no tiles are drawn.
    "maxZoom": MAX_ZOOM,
    "minZoom": 2,
}
"""The options of every briefing map (:func:`build_base_map`, the compare page's pair)."""


def furnish(
    m: folium.Map, tiles: str = "auto", asset_base: str = ASSET_BASE,
    layers: Mapping[str, str] | None = None, folded: bool = False,
) -> None:  # fmt: skip
    """Give a bare map (made with :data:`MAP_OPTIONS`) what every briefing map has: the
    vendored assets, the page chrome and legend, the offline borders and place names, and
    the tiles (``tiles``, ``asset_base``: as :func:`render.mapview.build_map`)."""
    m.default_js = _links(asset_base, MAP_JS + CLUSTER_JS)  # never mutate folium's globals
    m.default_css = _links(asset_base, MAP_CSS + CLUSTER_CSS)
    _MapChrome(layers, folded).add_to(m)
    _add_borders(m)
    add_reference_layers(m)
    _add_tiles(m, tiles)


def build_base_map(
    bounds_of: Any = (),
    tiles: str = "auto",
    asset_base: str = ASSET_BASE,
    layers: Mapping[str, str] | None = None,
) -> folium.Map:
    """The map without incidents: tiles, offline borders, legend, view fitted to ``bounds_of``.

    It depends on the whole table only (never on filters or the selection), so the
    app can draw the incidents as st_folium's ``feature_group_to_add``
    (:func:`render.mapview.incident_group`) and keep this map, its iframe and its view across
    reruns.

    Parameters
    ----------
    bounds_of : iterable of dict or pandas.DataFrame
        Records whose located points the first view fits (all incidents, usually).
    tiles, asset_base
        As :func:`render.mapview.build_map`.
    layers : mapping of str to str, optional
        The imported layers' colours by name, for the legend.
    """
    m = folium.Map(location=list(DEFAULT_CENTER), **MAP_OPTIONS)
    furnish(m, tiles, asset_base, layers)
    points = [ll for ll in map(_latlon, as_records(bounds_of)) if ll is not None]
    _fit(m, points, None)
    return m


# --------------------------------------------------------------------------- standalone

_ASSET_REF = re.compile(
    r'<script src="(?P<js>[^"]*/vendor/[^"]+\.js)"></script>'
    r'|<link rel="stylesheet" href="(?P<css>[^"]*/vendor/[^"]+\.css)"/>'
)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")


def _vendor_file(url: str) -> Path:
    rel = url.split("/vendor/", 1)[1]
    path = (VENDOR_DIR / rel).resolve()
    if VENDOR_DIR.resolve() not in path.parents:
        raise ValueError(f"asset outside static/vendor: {url}")
    return path


def _inline_css(path: Path) -> str:
    def data_uri(match: re.Match[str]) -> str:
        img = path.parent / match.group(2)
        if not img.exists():
            return match.group(0)
        b64 = base64.b64encode(img.read_bytes()).decode("ascii")
        return f'url("data:image/png;base64,{b64}")'

    css = _CSS_URL.sub(data_uri, path.read_text(encoding="utf-8"))
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


def _inline(match: re.Match[str]) -> str:
    if match.group("js"):
        js = _vendor_file(match.group("js")).read_text(encoding="utf-8")
        return "<script>" + js.replace("</script", "<\\/script") + "</script>"
    return _inline_css(_vendor_file(match.group("css")))


def map_html_standalone(m: folium.Map) -> str:
    """One self-contained HTML page of the map, every vendored asset inlined.

    Parameters
    ----------
    m : folium.Map
        A map from :func:`render.mapview.build_map` (any ``asset_base``).

    Returns
    -------
    str
        HTML that renders with no network (OSM tiles, if enabled, stay online-only).
    """
    page = m.get_root().render()
    return _ASSET_REF.sub(_inline, page)
