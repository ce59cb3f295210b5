"""Coast, seas, lakes and rivers of the offline briefing map, and the names of its seas.

The bundled ``water-theatre.geojson`` (built by ``scripts/build_water.py`` from Natural Earth
1:10m, public domain) holds, inside its ``box`` (lon 20–50, lat 40–60): the land rings, the
large lakes and reservoirs, the rivers down to the Seym, and the land borders the country
layer draws. The browser makes the rest from the land rings, so each coordinate travels once:
the box painted land, the borders, the sea over them (the box with every land ring as a
hole, filled even-odd), the rivers, lakes, and the coastline (the land rings less the stretches
that clipping laid along the box). Inside the box this replaces the coarse 1:110m country
layer, whose coast strays kilometres off the real one at zoom 7; outside it, that layer shows.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from folium.template import Template

from render.labelplace import Label

WATER_GEOJSON = (
    Path(__file__).resolve().parent.parent
    / "static" / "vendor" / "naturalearth" / "water-theatre.geojson"
)  # fmt: skip
LAND_FILL = "#f3efe6"
SEA_FILL = "#cfe0ea"
"""The map's land and sea colours (the country layer's fill, the page's background)."""
COAST = "#86a7bc"
WATER_STYLES: dict[str, dict[str, Any]] = {
    "ground": {"stroke": False, "fillColor": LAND_FILL, "fillOpacity": 1,
               "className": "ia-water-ground"},
    "sea": {"stroke": False, "fillColor": SEA_FILL, "fillOpacity": 1, "className": "ia-water-sea"},
    "river": {"color": "#8fb3ca", "opacity": 0.9, "fill": False, "className": "ia-water-river"},
    "lake": {"color": COAST, "weight": 0.6, "fillColor": SEA_FILL, "fillOpacity": 1,
             "className": "ia-water-lake"},
    "border": {"color": "#7b8794", "weight": 0.8, "fill": False, "className": "ia-water-border"},
    "coast": {"color": COAST, "weight": 0.8, "fill": False, "className": "ia-water-coast"},
}  # fmt: skip
"""Quiet colours: blue-grey water under the incidents' saturated markers."""
RIVER_WEIGHTS = ((4, 1.6), (7, 1.2), (99, 0.8))
"""(up to this Natural Earth scale rank, line weight): the Volga and Dnipro widest."""
DRAW_ORDER = ("ground", "border", "sea", "river", "lake", "coast")
"""Borders under the sea: the coarse ones run past the coast, and the sea hides that."""
SEA_LABELS = (
    Label("Black Sea", 43.4, 34.2, 4, "sea"),
    Label("Sea of Azov", 46.1, 36.7, 6, "sea"),
)
"""Sea names, placed before any city name (:func:`render.labelplace.ranked`)."""
EMPTY = '{"type":"FeatureCollection","features":[]}'


@lru_cache(maxsize=1)
def water_json() -> str:
    """The bundled water layers as compact JSON text that cannot close a ``<script>``
    (an empty collection when the file is missing: the map then shows only countries)."""
    if not WATER_GEOJSON.exists():
        return EMPTY
    data = json.loads(WATER_GEOJSON.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


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
