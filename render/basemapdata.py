"""The offline basemap's oblast borders, place names and label colours, with no folium.

The Leaflet layers (:mod:`render.basemap`) and the brief's picture drawn on the server
(:mod:`render.staticmap`) read the same files and colours from here, so the two show the
same map; a PDF exported from the command line then never loads folium (≈ 0.2 s).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from render.basemap_water import SEA_LABELS
from render.labelplace import Label

NATURALEARTH_DIR = Path(__file__).resolve().parent.parent / "static" / "vendor" / "naturalearth"
REGIONS_GEOJSON = NATURALEARTH_DIR / "admin1-theatre.geojson"
PLACES_JSON = NATURALEARTH_DIR / "places.json"
REGIONS_STYLE: dict[str, Any] = {
    "color": "#8a94a3",
    "weight": 0.7,
    "dashArray": "4 3",
    "fill": False,
}
LABEL_COLORS = {"major": "#1f2937", "minor": "#374151", "sea": "#5d7f95"}
"""Text colour of each label class (:data:`render.labelplace.FONT_PX` names them)."""
LABEL_HALOS = {"major": "#ffffff", "minor": "#ffffff", "sea": "#e4eef4"}
"""The halo round each class's text: white on land, the sea's own light blue on water."""


def labels() -> list[Label]:
    """The sea names, then the bundled place names (biggest first; ``major`` up to zoom 5)."""
    rows = json.loads(PLACES_JSON.read_text(encoding="utf-8")) if PLACES_JSON.exists() else []
    places = [Label(n, lat, lon, z, "major" if z <= 5 else "minor") for n, lat, lon, z in rows]
    return [*SEA_LABELS, *places]
