"""What a briefing map shows with no tile server: coast, seas, rivers, oblast borders and names.

All are bundled (``static/vendor/naturalearth/``, built by ``scripts/build_basemap.py`` and
``scripts/build_water.py``): Natural Earth 1:10m land, lakes and rivers
(:mod:`render.basemap_water`), admin-1 borders of Ukraine and its neighbours' regions, and the
names of the seas, oblast centres and towns of 50,000 people from the gazetteer, each shown
from the zoom its size earns (Kyiv at 5, Kramatorsk at 8) where it overlaps no name of
higher rank (:mod:`render.labelplace`). They sit above the country fill and below every
incident, and are inserted into the page as is (no template compile of a big JSON document),
like the country borders.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, Figure
from folium.elements import ElementAddToElement
from folium.map import Layer
from folium.template import Template

from render.basemap_water import (
    DRAW_ORDER,
    RIVER_WEIGHTS,
    SEA_LABELS,
    WATER_STYLES,
    WATER_TEMPLATE,
    water_json,
)
from render.labelplace import MAX_ZOOM, Label, zoom_masks

NATURALEARTH_DIR = Path(__file__).resolve().parent.parent / "static" / "vendor" / "naturalearth"
REGIONS_GEOJSON = NATURALEARTH_DIR / "admin1-theatre.geojson"
PLACES_JSON = NATURALEARTH_DIR / "places.json"
REGIONS_STYLE = {"color": "#8a94a3", "weight": 0.7, "dashArray": "4 3", "fill": False}
LABELS_CSS = """
.ia-place{background:none;border:none;white-space:nowrap;pointer-events:none;
  font:600 11px/1 system-ui,-apple-system,"Segoe UI",sans-serif;color:#374151;
  text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff;transform:translate(6px,-6px)}
.leaflet-cluster-anim .leaflet-marker-icon.ia-place{transition:none}
.ia-place.ia-major{font-size:13px;color:#1f2937}
.ia-place.ia-sea span{display:inline-block;transform:translate(-50%,-50%);
  font:italic 500 12px/1 system-ui,-apple-system,"Segoe UI",sans-serif;color:#5d7f95;
  text-shadow:0 0 3px #e4eef4,0 0 2px #e4eef4}
"""
WATER_ATTR = "Coast, rivers: Natural Earth (public domain)"


class RawScript(Element):
    """Pre-rendered script text. branca wraps every rendered script in a new Jinja
    template; for a script carrying a big JSON document that compile cost more than
    the rest of the map page's run (py-spy)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


@lru_cache(maxsize=1)
def regions_json() -> str:
    """The bundled admin-1 borders as compact JSON text ('{}' when the file is missing)."""
    if not REGIONS_GEOJSON.exists():
        return '{"type":"FeatureCollection","features":[]}'
    data = json.loads(REGIONS_GEOJSON.read_text(encoding="utf-8"))
    return _script_safe(json.dumps(data, separators=(",", ":")))


def labels() -> list[Label]:
    """The sea names, then the bundled place names (biggest first; ``major`` up to zoom 5)."""
    rows = json.loads(PLACES_JSON.read_text(encoding="utf-8")) if PLACES_JSON.exists() else []
    places = [Label(n, lat, lon, z, "major" if z <= 5 else "minor") for n, lat, lon, z in rows]
    return [*SEA_LABELS, *places]


@lru_cache(maxsize=1)
def places_json() -> str:
    """[[name, lat, lon, zoom, mask, kind], …] as JSON text: bit ``z`` of ``mask`` set where
    the label shows at zoom ``z`` overlapping no other (:func:`render.labelplace.zoom_masks`)."""
    items = labels()
    rows = [
        [lb.name, lb.lat, lb.lon, lb.zoom, mask, lb.kind]
        for lb, mask in zip(items, zoom_masks(items), strict=True)
    ]
    return _script_safe(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


def _script_safe(text: str) -> str:
    """JSON that cannot close the <script> it is inserted into."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


class RawLayer(Layer):
    """A layer whose script is rendered once and inserted as raw text (big JSON inside)."""

    _template = Template("")

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        parent, figure = self._parent, self.get_root()
        assert parent is not None and isinstance(figure, Figure), "render inside a map"
        if self.show:
            self.add_child(
                ElementAddToElement(
                    element_name=self.get_name(), element_parent_name=parent.get_name()
                ),
                name=self.get_name() + "_add",
            )
        script = self._template.module.__dict__["script"](self, kwargs)
        figure.script.add_child(RawScript(script), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Regions(RawLayer):
    """Oblast and region borders, dashed, over the country fill."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data_json }}, {
            pane: "ia-land", interactive: false,
            style: function () { return {{ this.style|tojson }}; }
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__(name="Oblast borders (offline)", overlay=True, control=True)
        self._name = "IaRegions"
        self.data_json = regions_json()
        self.style = REGIONS_STYLE


class Water(RawLayer):
    """Land, sea, lakes, rivers and coastline inside the theatre (:mod:`render.basemap_water`)."""

    _template = WATER_TEMPLATE

    def __init__(self) -> None:
        super().__init__(name="Coast, seas and rivers (offline)", overlay=True, control=True)
        self._name = "IaWater"
        self.data_json = water_json()
        self.styles = WATER_STYLES
        self.weights = RIVER_WEIGHTS
        self.order = DRAW_ORDER
        self.attribution = WATER_ATTR


class PlaceLabels(RawLayer):
    """Sea, city and town names, each from the zoom its size earns and only where it
    overlaps no name of higher rank; text, never HTML."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        (function (group, rows) {
            var items = rows.map(function (r) {
                var el = document.createElement("span");
                el.textContent = r[0];
                var icon = L.divIcon({className: "ia-place ia-" + r[5], html: el, iconSize: null});
                var m = new L.Marker([r[1], r[2]], {icon: icon, interactive: false,
                                                keyboard: false, pane: "ia-labels"});
                m.iaMask = r[4];
                return m;
            });
            function sync(map) {
                var z = Math.max(0, Math.min({{ this.max_zoom }}, Math.round(map.getZoom())));
                items.forEach(function (m) {
                    if ((m.iaMask >>> z) & 1) { group.addLayer(m); } else { group.removeLayer(m); }
                });
            }
            group.on("add", function () {
                var map = group._map;
                sync(map);
                map.on("zoomend", function () { sync(map); });
            });
        })({{ this.get_name() }}, {{ this.rows_json }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__(name="Place names (offline)", overlay=True, control=True)
        self._name = "IaPlaces"
        self.rows_json = places_json()
        self.css = LABELS_CSS
        self.max_zoom = MAX_ZOOM

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure = self.get_root()
        assert isinstance(figure, Figure)
        header = self._template.module.__dict__["header"](self, kwargs)
        figure.header.add_child(Element(header), name=self.get_name() + "_css")
        super().render(**kwargs)


def add_reference_layers(m: folium.Map) -> None:
    """Coast, seas, rivers and oblast borders in the land pane, and names in a pane under
    the incidents.

    Call after the country borders so these draw over their fill.
    """
    folium.map.CustomPane("ia-labels", z_index=390, pointer_events=False).add_to(m)
    Water().add_to(m)
    Regions().add_to(m)
    PlaceLabels().add_to(m)
