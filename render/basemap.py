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
from typing import Any

import folium
from branca.element import Element, Figure
from folium.elements import ElementAddToElement
from folium.map import Layer
from folium.template import Template

from render.basemap_water import DRAW_ORDER, RIVER_WEIGHTS, WATER_STYLES, water_json
from render.basemapdata import (
    LABEL_COLORS,
    LABEL_HALOS,
    PLACES_JSON,
    REGIONS_GEOJSON,
    REGIONS_STYLE,
    labels,
)
from render.labelplace import MAX_ZOOM, zoom_masks

__all__ = ["PLACES_JSON", "REGIONS_GEOJSON", "labels"]  # read here by tests and benchmarks
_MINOR, _MAJOR, _SEA = (LABEL_COLORS[k] for k in ("minor", "major", "sea"))
_HALO, _SEA_HALO = LABEL_HALOS["minor"], LABEL_HALOS["sea"]
LABELS_CSS = f"""
.ia-place{{background:none;border:none;white-space:nowrap;pointer-events:none;
  font:600 11px/1 system-ui,-apple-system,"Segoe UI",sans-serif;color:{_MINOR};
  text-shadow:0 0 3px {_HALO},0 0 3px {_HALO},0 0 2px {_HALO};transform:translate(6px,-6px)}}
.leaflet-cluster-anim .leaflet-marker-icon.ia-place{{transition:none}}
.ia-place.ia-major{{font-size:13px;color:{_MAJOR}}}
.ia-place.ia-sea span{{display:inline-block;transform:translate(-50%,-50%);
  font:italic 500 12px/1 system-ui,-apple-system,"Segoe UI",sans-serif;color:{_SEA};
  text-shadow:0 0 3px {_SEA_HALO},0 0 2px {_SEA_HALO}}}
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


WATER_TEMPLATE = Template(
    """
    {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = (function (data, styles, weights, order) {
        var b = data.box, byKind = {};
        if (!b) { return L.layerGroup(); }
        data.features.forEach(function (f) {
            (byKind[f.properties.kind] = byKind[f.properties.kind] || []).push(f);
        });
        var edge = [[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]], [b[0], b[1]]];
        var rings = [];
        (byKind.land || []).forEach(function (f) {
            f.geometry.coordinates.forEach(function (p) { rings.push(p[0]); });
        });
        function alongBox(p, q) {  // a segment that clipping laid on the box's edge
            return (p[0] === q[0] && (p[0] === b[0] || p[0] === b[2])) ||
                   (p[1] === q[1] && (p[1] === b[1] || p[1] === b[3]));
        }
        var coast = [];
        rings.forEach(function (r) {
            var run = [r[0]];
            for (var i = 1; i < r.length; i++) {
                if (alongBox(r[i - 1], r[i])) { if (run.length > 1) { coast.push(run); } run = []; }
                run.push(r[i]);
            }
            if (run.length > 1) { coast.push(run); }
        });
        function made(kind, type, coords) {
            return [{type: "Feature", properties: {kind: kind},
                     geometry: {type: type, coordinates: coords}}];
        }
        byKind.ground = made("ground", "Polygon", [edge]);
        byKind.sea = made("sea", "Polygon", [edge].concat(rings));
        byKind.coast = made("coast", "MultiLineString", coast);
        var features = [];
        order.forEach(function (k) { features = features.concat(byKind[k] || []); });
        return L.geoJson({type: "FeatureCollection", features: features}, {
            pane: "ia-land", interactive: false, attribution: {{ this.attribution|tojson }},
            style: function (f) {
                var s = styles[f.properties.kind], rank = f.properties.rank;
                if (rank === undefined) { return s; }
                var w = weights.filter(function (rw) { return rank <= rw[0]; })[0];
                return L.extend({}, s, {weight: w ? w[1] : 0.8});
            }
        });
    })({{ this.data_json }}, {{ this.styles|tojson }}, {{ this.weights|tojson }},
       {{ this.order|tojson }});
    {% endmacro %}
    """
)
"""The water layer's script: the browser makes ground, sea and coast from the land rings
(the server-drawn picture does the same with :func:`render.basemap_water.coast_lines`)."""


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
