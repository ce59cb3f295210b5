"""A map picture drawn on the server, offline: no tiles, no browser.

:func:`render_map_png` draws, with Pillow in Web Mercator fitted to the incidents, what the
interactive map shows offline, from the same files and in the same colours: the Natural Earth
countries (``static/vendor/world-atlas/``); inside the theatre the sea, coastline, lakes and
rivers of :mod:`render.basemap_water` (:mod:`render.staticwater`); the oblast borders; the
incidents as dots coloured by actor; the sea and place names, none overlapping another
(:mod:`render.staticlabels`); and a legend beside the map. The slide deck and the
PDF put this picture on their map page.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from render.basemap_water import LAND_FILL, SEA_FILL, WATER_STYLES
from render.basemapdata import REGIONS_GEOJSON, REGIONS_STYLE
from render.briefdoc import Brief
from render.staticlabels import Font, draw_labels, typeface
from render.staticwater import PX_PER_CSS, draw_water, line_px

VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor"
COUNTRIES = VENDOR / "world-atlas" / "countries-110m.geojson"

DEFAULT_EXTENT = (22.0, 44.0, 41.0, 53.0)
"""(west, south, east, north) with no located incident: Ukraine and its border regions."""
TRIM, TRIM_FROM = 0.01, 50
"""A fitted box leaves out the outer 1% of points on each side, from 50 points on."""
MIN_SPAN = 2.5
"""Degrees of longitude a fitted view shows at least (one town is not the whole picture)."""
BORDER = WATER_STYLES["border"]["color"]
"""Country borders, as the interactive map draws them (``render.mapframe.BORDERS_STYLE``)."""
RULE = "#8a94a3"
"""The legend panel's edge and the outline of its dots."""
ATTRIBUTION = "Borders, coast, rivers: Natural Earth · Places: GeoNames · drawn offline"
PANEL = 340
"""Width of the legend panel right of the map, in pixels at 1600 wide."""

Extent = tuple[float, float, float, float]
Point = tuple[float, float, str]
"""(lat, lon, colour)."""


@lru_cache(maxsize=4)
def _geojson(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Each feature's rings as (lon, lat) lists; [] when the file is missing."""
    if not path.exists():
        return []
    out = []
    for f in json.loads(path.read_text(encoding="utf-8")).get("features", []):
        geom = f.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        rings = [_unwrap(ring) for poly in polys for ring in poly]
        out.append(rings)
    return out


def _unwrap(ring: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """A ring's (lon, lat) with no jump across the antimeridian (Chukotka, Fiji): a jump
    of more than 180° continues past ±180 instead of crossing the whole picture."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for x, y, *_ in ring:
        lon = float(x) + shift
        if out and lon - out[-1][0] > 180:
            shift -= 360
            lon -= 360
        elif out and lon - out[-1][0] < -180:
            shift += 360
            lon += 360
        out.append((lon, float(y)))
    return out


def _merc(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_extent(points: Iterable[tuple[float, float]], aspect: float = 1.6) -> Extent:
    """The (west, south, east, north) box showing the (lat, lon) points, with a margin.

    From :data:`TRIM_FROM` points on, the outer :data:`TRIM` of them on each side (a few
    far strikes) does not widen the box; :func:`render_map_png` counts them.

    Parameters
    ----------
    points : iterable of (float, float)
        Latitude and longitude of the incidents on the map.
    aspect : float, optional
        Width over height of the picture; the box is widened or heightened to match.

    Returns
    -------
    tuple of float
        :data:`DEFAULT_EXTENT` when there is no point, else the fitted box.
    """
    pts = [(lat, lon) for lat, lon in points if -85 < lat < 85 and -180 <= lon <= 180]
    if not pts:
        west, south, east, north = DEFAULT_EXTENT
    else:
        lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
        k = int(len(pts) * TRIM) if len(pts) >= TRIM_FROM else 0
        west, east, south, north = lons[k], lons[-1 - k], lats[k], lats[-1 - k]
        pad = max(east - west, MIN_SPAN) * 0.12
        cx = (west + east) / 2
        half = max(east - west, MIN_SPAN) / 2 + pad
        west, east = cx - half, cx + half
        south, north = south - pad / 1.5, north + pad / 1.5
    # Match the picture's aspect in Mercator units.
    y0, y1 = _merc(south), _merc(north)
    width, height = math.radians(east - west), y1 - y0
    if width / max(height, 1e-9) < aspect:
        grow = (height * aspect - width) / 2
        west, east = west - math.degrees(grow), east + math.degrees(grow)
    else:
        grow = (width / aspect - height) / 2
        y0, y1 = y0 - grow, y1 + grow
        south = math.degrees(2 * math.atan(math.exp(y0)) - math.pi / 2)
        north = math.degrees(2 * math.atan(math.exp(y1)) - math.pi / 2)
    return (west, south, east, north)


class _Projection:
    def __init__(self, extent: Extent, size: tuple[int, int]) -> None:
        self.west, south, self.east, north = extent
        self.y0, self.y1 = _merc(south), _merc(north)
        self.w, self.h = size

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * self.w
        y = (self.y1 - _merc(lat)) / (self.y1 - self.y0) * self.h
        return (x, y)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """(lon, lat) at picture pixel (x, y)."""
        lon = self.west + x / self.w * (self.east - self.west)
        merc = self.y1 - y / self.h * (self.y1 - self.y0)
        return lon, math.degrees(2 * math.atan(math.exp(merc)) - math.pi / 2)

    def visible(self, ring: Sequence[tuple[float, float]]) -> bool:
        xs = [p[0] for p in ring]
        return max(xs) >= self.west - 1 and min(xs) <= self.east + 1


def _label_zoom(extent: Extent) -> int:
    span = extent[2] - extent[0]
    return 5 if span > 14 else 6 if span > 6 else 8


def _draw_basemap(
    image: Image.Image, proj: _Projection, scale: float, extent: Extent
) -> Image.Image | None:
    """Countries, the theatre's water over them, then the oblast borders (the interactive
    map's order); returns the sea's mask (:func:`render.staticwater.draw_water`)."""
    draw = ImageDraw.Draw(image)
    rings = [r for rs in _geojson(COUNTRIES) for r in rs if proj.visible(r)]
    shapes = [[proj(x, y) for x, y in ring] for ring in rings]
    for shape in shapes:
        if len(shape) > 2:
            draw.polygon(shape, fill=LAND_FILL)
    line = line_px(WATER_STYLES["border"]["weight"], scale)
    for shape in shapes:  # inside the theatre the water's own land borders replace these
        draw.line(shape, fill=BORDER, width=line)
    sea = draw_water(image, proj, extent, scale)
    color, width = REGIONS_STYLE["color"], line_px(REGIONS_STYLE["weight"], scale)
    on, off = (float(v) * PX_PER_CSS * scale for v in REGIONS_STYLE["dashArray"].split())
    for rings in _geojson(REGIONS_GEOJSON):
        for ring in rings:
            if len(ring) > 1 and proj.visible(ring):
                for dash in dashes([proj(x, y) for x, y in ring], on, off):
                    draw.line(dash, fill=color, width=width)
    return sea


def dashes(
    points: Sequence[tuple[float, float]], on: float, off: float
) -> list[list[tuple[float, float]]]:
    """The pieces of a dashed line ``on`` pixels drawn, ``off`` not, the pattern running on
    across vertices as an SVG ``stroke-dasharray`` does (the screen's oblast borders)."""
    pieces: list[list[tuple[float, float]]] = []
    piece: list[tuple[float, float]] = []
    phase = 0.0  # distance into the current on+off period
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length, done = math.hypot(x1 - x0, y1 - y0), 0.0
        while done < length:
            drawing = phase < on
            step = min((on if drawing else on + off) - phase, length - done)
            done, phase = done + step, phase + step
            if drawing:
                t0, t1 = (done - step) / length, done / length
                piece = piece or [(x0 + t0 * (x1 - x0), y0 + t0 * (y1 - y0))]
                piece.append((x0 + t1 * (x1 - x0), y0 + t1 * (y1 - y0)))
            if phase >= on + off or (drawing and phase >= on):
                pieces += [piece] if len(piece) > 1 else []
                piece = []
                phase %= on + off
    return pieces + ([piece] if len(piece) > 1 else [])


def _draw_legend(
    draw: ImageDraw.ImageDraw,
    legend: Sequence[tuple[str, str, int]],
    note: str | None,
    x0: float,
    scale: float,
) -> None:
    """The legend in the panel right of the map (it never hides an incident)."""
    font, bold = typeface(round(17 * scale)), typeface(round(19 * scale))
    pad, row = 18 * scale, 30 * scale
    draw.text((x0 + pad, pad), "Incidents by actor", font=bold, fill="#111827")
    y = pad + row * 1.4
    for actor, color, n in legend or [("no incident on the map", "", 0)]:
        tx = x0 + pad
        if color:
            r = 7 * scale
            cy = y + 10 * scale
            draw.ellipse((tx, cy - r, tx + 2 * r, cy + r), fill=color, outline=RULE)
            tx += 26 * scale
            text = _fit(draw, f"{actor} ({n})", font, PANEL * scale - (tx - x0) - pad)
        else:
            text = actor
        draw.text((tx, y), text, font=font, fill="#111827")
        y += row
    if note:
        for line in _wrap(draw, note, font, PANEL * scale - 2 * pad):
            y += row * 0.8
            draw.text((x0 + pad, y), line, font=font, fill="#4b5563")


def _fit(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float) -> str:
    while len(text) > 4 and draw.textlength(text, font=font) > width:
        text = text[:-2] + "…"
    return text


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(lines[-1] + " " + word, font=font) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def render_map_png(
    points: Sequence[Point],
    legend: Sequence[tuple[str, str, int]] = (),
    *,
    note: str | None = None,
    size: tuple[int, int] = (1600, 1000),
    extent: Extent | None = None,
) -> bytes:
    """The incidents on the bundled basemap, as PNG bytes.

    Parameters
    ----------
    points : sequence of (lat, lon, colour)
        The incidents with a place; colours are ``#rrggbb``.
    legend : sequence of (label, colour, count)
        One row per actor.
    note : str, optional
        A last legend line (e.g. how many incidents have no place).
    size : tuple of int, optional
        Width and height in pixels.
    extent : tuple of float, optional
        (west, south, east, north); default :func:`fit_extent` of the points.

    Returns
    -------
    bytes
        A PNG image.
    """
    w, h = size
    scale = w / 1600
    map_w = w - round(PANEL * scale)
    box = extent or fit_extent(((p[0], p[1]) for p in points), aspect=map_w / h)
    proj = _Projection(box, (map_w, h))
    outside = sum(
        not (box[0] <= lon <= box[2] and box[1] <= lat <= box[3]) for lat, lon, _ in points
    )
    if outside:
        note = (note + "; " if note else "") + f"{outside} outside this picture"
    image = Image.new("RGB", size, SEA_FILL)
    sea = _draw_basemap(image, proj, scale, box)
    draw = ImageDraw.Draw(image, "RGBA")
    r = max(3.0, 7 * scale if len(points) < 500 else 4 * scale)
    for lat, lon, color in points:
        x, y = proj(lon, lat)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color, outline="white", width=2)
    draw_labels(draw, proj, _label_zoom(box), scale, sea)  # over the dots: names stay readable
    draw.rectangle((map_w, 0, w, h), fill="white")
    draw.line((map_w, 0, map_w, h), fill=RULE, width=max(1, round(scale)))
    _draw_legend(draw, legend, note, map_w, scale)
    small = typeface(round(12 * scale))
    for k, line in enumerate(reversed(_wrap(draw, ATTRIBUTION, small, PANEL * scale - 36))):
        draw.text(
            (map_w + 18 * scale, h - (k + 1) * 18 * scale - 8), line, font=small, fill="#6b7280"
        )
    out = io.BytesIO()
    # zlib's default level: ``optimize`` took four times the CPU for 1-3 % fewer bytes, more
    # than drawing the water costs (python -m benchmarks.brief_export)
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def brief_map_png(brief: Brief, size: tuple[int, int] = (1600, 1000)) -> bytes:
    """:func:`render_map_png` of a :class:`render.briefdoc.Brief`'s incidents and legend."""
    points = [
        (i.lat, i.lon, brief.colors[i.actor])
        for i in brief.incidents
        if i.lat is not None and i.lon is not None
    ]
    missing = brief.unlocated
    note = f"{missing} incident(s) without a place are not drawn" if missing else None
    return render_map_png(points, brief.legend(), note=note, size=size)
