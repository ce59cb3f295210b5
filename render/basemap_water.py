"""Coast, seas, lakes and rivers of the offline briefing map, and the names of its seas.

The bundled ``water-theatre.geojson`` (built by ``scripts/build_water.py`` from Natural Earth
1:10m, public domain) holds, inside its ``box`` (lon 20–50, lat 40–60): the land rings, the
large lakes and reservoirs, the rivers down to the Seym, and the land borders the country
layer draws. The browser makes the rest from the land rings, so each coordinate travels once:
the box painted land, the borders, the sea over them (the box with every land ring as a
hole, filled even-odd), the rivers, lakes, and the coastline (the land rings less the stretches
that clipping laid along the box). Inside the box this replaces the coarse 1:110m country
layer, whose coast strays kilometres off the real one at zoom 7; outside it, that layer shows.

Two readers draw it the same way: the Leaflet layer (:class:`render.basemap.Water`, in the
browser) and the brief's picture drawn on the server (:mod:`render.staticwater`), which takes
its land rings and coastline from :func:`land_rings` and :func:`coast_lines`. No folium here,
so a PDF exported from the command line does not load it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

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
def water_data() -> dict[str, Any]:
    """The bundled water layers as GeoJSON, read once per process (an empty collection, with
    no ``box``, when the file is missing: the maps then show only countries). Do not mutate."""
    if not WATER_GEOJSON.exists():
        return dict(json.loads(EMPTY))
    return dict(json.loads(WATER_GEOJSON.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def water_json() -> str:
    """The bundled water layers as compact JSON text that cannot close a ``<script>``."""
    text = json.dumps(water_data(), ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def features(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The features of one ``kind`` (``land``, ``lake``, ``river``, ``border``)."""
    return [f for f in data.get("features", []) if f["properties"]["kind"] == kind]


def land_rings(data: dict[str, Any]) -> list[list[list[float]]]:
    """The outer ring of every land polygon: the sea is the box with each one a hole,
    filled even-odd (rings do nest: the Caspian lies inside two of them)."""
    return [p[0] for f in features(data, "land") for p in f["geometry"]["coordinates"]]


def coast_lines(data: dict[str, Any]) -> list[list[list[float]]]:
    """The coastline: the land rings cut where a segment runs along the box's edge (clipping
    laid it there; it is no coast). The browser does the same in ``WATER_TEMPLATE``."""
    box = data.get("box")
    if not box:
        return []
    lines: list[list[list[float]]] = []
    for ring in land_rings(data):
        run = [ring[0]]
        for p, q in zip(ring, ring[1:], strict=False):
            if _along_box(p, q, box):
                lines.append(run)
                run = []
            run.append(q)
        lines.append(run)
    return [line for line in lines if len(line) > 1]


def _along_box(p: list[float], q: list[float], box: list[float]) -> bool:
    return (p[0] == q[0] and p[0] in (box[0], box[2])) or (
        p[1] == q[1] and p[1] in (box[1], box[3])
    )


def river_weight(rank: int) -> float:
    """A river's line weight, in CSS pixels, from its Natural Earth scale rank."""
    return next((w for top, w in RIVER_WEIGHTS if rank <= top), RIVER_WEIGHTS[-1][1])
