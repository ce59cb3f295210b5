"""Countries of imported rows: a name or code → ISO alpha-2, or the country a point is in.

:func:`country_code` reads what a dataset wrote (names, codes, near-miss spellings);
:func:`country_from_point` infers UA, RU or BY from the coordinates when the dataset
wrote nothing, from the 1:110m outlines the map ships with (Crimea kept Ukraine's).
"""

from __future__ import annotations

import difflib
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.importcore import _text

COUNTRY_CODES: dict[str, str] = {
    "ukraine": "UA",
    "crimea": "UA",
    "russia": "RU",
    "russian federation": "RU",
    "belarus": "BY",
    "moldova": "MD",
    "poland": "PL",
    "romania": "RO",
    "serbia": "RS",
    "georgia": "GE",
    "cyprus": "CY",
    "lithuania": "LT",
    "latvia": "LV",
    "estonia": "EE",
    "kazakhstan": "KZ",
    "hungary": "HU",
    "slovakia": "SK",
    "turkey": "TR",
    "turkiye": "TR",
    "finland": "FI",
    "syria": "SY",
    "germany": "DE",
    "armenia": "AM",
    "azerbaijan": "AZ",
    "bulgaria": "BG",
    "czech republic": "CZ",
    "czechia": "CZ",
    "transnistria": "MD",
}
"""Country names (lower case) → ISO 3166-1 alpha-2. Crimea is Ukraine (ISO 3166)."""

ISO2 = set(COUNTRY_CODES.values())


def country_code(value: Any) -> str | None:
    """ISO alpha-2 for a country name, code or near-miss spelling ("Belaurs"); else None."""
    s = _text(value)
    if s is None:
        return None
    if len(s) == 2 and s.isalpha():
        return s.upper()
    key = re.sub(r"\s+", " ", s.casefold())
    if key in COUNTRY_CODES:
        return COUNTRY_CODES[key]
    # Near misses of a name ("Russa", "ukrain"), never of anything shorter than 5 letters.
    if len(key) >= 5:
        hit = difflib.get_close_matches(key, list(COUNTRY_CODES), n=1, cutoff=0.8)
        if hit:
            return COUNTRY_CODES[hit[0]]
    return None


BORDERS_FILE = (
    Path(__file__).resolve().parent.parent
    / "static"
    / "vendor"
    / "world-atlas"
    / "countries-110m.geojson"
)
INFER_COUNTRIES = {"Ukraine": "UA", "Russia": "RU", "Belarus": "BY"}
BORDER_MARGIN_KM = 25.0
"""A point is "clearly inside" a country when it is inside its (1:110m) outline
and at least this far from the outline — the outline's own error is ~10 km."""

Ring = list[tuple[float, float]]

CRIMEA: Ring = [
    (32.4, 45.35),
    (33.4, 46.0),
    (33.6, 46.18),
    (34.5, 46.05),
    (35.2, 45.45),
    (35.9, 45.5),
    (36.55, 45.45),
    (36.45, 45.2),
    (36.1, 45.0),
    (35.3, 44.85),
    (34.3, 44.4),
    (33.6, 44.35),
    (33.3, 44.6),
    (32.4, 45.35),
]
"""A rough outline of Crimea, kept out of the 1:110m outline of Russia: the
peninsula is Ukraine's (ISO 3166), as the dataset's own "Crimea" entries say."""


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list[list[Ring]]]:
    """Country code → polygons (outer ring first) for :data:`INFER_COUNTRIES`."""
    try:
        doc = json.loads(BORDERS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, list[list[Ring]]] = {}
    for f in doc.get("features", []):
        code = INFER_COUNTRIES.get(str((f.get("properties") or {}).get("name")))
        geom = f.get("geometry") or {}
        if code is None:
            continue
        polys = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polys = [polys]
        out[code] = [[[(float(x), float(y)) for x, y, *_ in ring] for ring in p] for p in polys]
    return out


def _in_ring(lon: float, lat: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _km_to_ring(lon: float, lat: float, ring: Ring) -> float:
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    best = math.inf
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
        bx, by = (x2 - lon) * kx, (y2 - lat) * ky
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def country_from_point(lat: float | None, lon: float | None) -> str | None:
    """UA, RU or BY when the point is clearly inside that country (see
    :data:`BORDER_MARGIN_KM`), else None (also when the outlines are unavailable)."""
    if lat is None or lon is None:
        return None
    if _in_ring(lon, lat, CRIMEA):
        return "UA"
    for code, polys in _outlines().items():
        for rings in polys:
            if _in_ring(lon, lat, rings[0]) and not any(_in_ring(lon, lat, h) for h in rings[1:]):
                if min(_km_to_ring(lon, lat, r) for r in rings) >= BORDER_MARGIN_KM:
                    return code
                return None
    return None
