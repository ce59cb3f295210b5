"""Which map labels show at which zoom, so that no two overlap.

Greedy, per zoom level: labels are taken in rank order (sea names, then the places that
appear first, then the bigger), each drawn where its box (estimated from its text and font, in
Web Mercator pixels) meets no label already kept, and hidden at that zoom otherwise. The result
is a bit mask per label (bit ``z`` set: shown at zoom ``z``) that the browser applies on every
zoom change (:class:`render.basemap.PlaceLabels`), so a crowded oblast at zoom 6 shows its
centre and hides the towns around it until there is room. The brief's picture drawn on the
server (:mod:`render.staticmap`) keeps its names apart with the same greedy step
(:func:`kept_clear`), on boxes measured in its own pixels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_ZOOM = 18
FONT_PX = {"major": 13, "minor": 11, "sea": 12}
"""Font sizes of the label classes, as ``geo.basemap.LABELS_CSS`` sets them."""
PAD = 2.0
"""Pixels kept clear around every label (the white halo of its text)."""
CELL = 128.0
"""Side, in pixels, of the grid that finds a label's neighbours."""
_NARROW = frozenset("iljtfrI.,'’-() ")
_WIDE = frozenset("mwMW")


@dataclass(frozen=True)
class Label:
    """A label: its text, where it stands, the first zoom it may show at and its class
    (``major``/``minor`` place names are written right of and below their point's top-left
    corner; ``sea`` names are centred on theirs)."""

    name: str
    lat: float
    lon: float
    zoom: int
    kind: str = "minor"


Box = tuple[float, float, float, float]


def text_width(text: str, font_px: float) -> float:
    """A generous estimate of ``text``'s width in a bold sans-serif (DejaVu Sans Bold, the
    widest of the usual system fonts, stays under it for every bundled place name)."""
    ems = sum(
        0.42 if c in _NARROW else 1.05 if c in _WIDE else 0.82 if c.isupper() else 0.72
        for c in text
    )
    return ems * font_px


def world_px(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel coordinates at ``zoom`` (256-pixel tiles), as Leaflet places them."""
    size = 256.0 * 2**zoom
    phi = math.radians(max(-85.0511, min(85.0511, lat)))
    y = (1 - math.log(math.tan(phi) + 1 / math.cos(phi)) / math.pi) / 2
    return (lon + 180.0) / 360.0 * size, y * size


def label_box(label: Label, zoom: int) -> Box:
    """(left, top, right, bottom) of ``label`` at ``zoom``, in world pixels, halo included."""
    x, y = world_px(label.lat, label.lon, zoom)
    height = FONT_PX[label.kind]
    width = text_width(label.name, height)
    if label.kind == "sea":
        x, y = x - width / 2, y - height / 2
    return x - PAD, y - PAD, x + width + PAD, y + height + PAD


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes share any area (touching edges do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def ranked(labels: Iterable[Label]) -> list[int]:
    """Indices of ``labels`` in placing order: seas, then by first zoom; ties keep the given
    order (places come biggest first)."""
    items = list(labels)
    return sorted(range(len(items)), key=lambda i: (items[i].kind != "sea", items[i].zoom, i))


def shown_at(labels: Sequence[Label], zoom: int) -> list[bool]:
    """For each label, whether it shows at ``zoom``: eligible, and clear of every label of
    higher rank kept before it."""
    order = ranked(labels)
    boxes = [label_box(labels[i], zoom) if labels[i].zoom <= zoom else None for i in order]
    keep = [False] * len(labels)
    for i, kept in zip(order, kept_clear(boxes), strict=True):
        keep[i] = kept
    return keep


def kept_clear(boxes: Sequence[Box | None]) -> list[bool]:
    """The greedy placement: for boxes in rank order, whether each is kept (it meets no box
    kept before it). The Leaflet map's masks and the server-drawn brief map both use it.

    Parameters
    ----------
    boxes
        (left, top, right, bottom) of each label, in placing order (:func:`ranked`); None
        for a label that may not show at all (not yet at this zoom, off the picture).

    Returns
    -------
    list of bool
        Per box, in the same order, whether it is kept; no two kept boxes overlap.
    """
    keep = [False] * len(boxes)
    grid: dict[tuple[int, int], list[Box]] = {}
    for i, box in enumerate(boxes):
        if box is None:
            continue
        cells = _cells(box)
        if any(overlaps(box, other) for c in cells for other in grid.get(c, ())):
            continue
        keep[i] = True
        for c in cells:
            grid.setdefault(c, []).append(box)
    return keep


def _cells(box: Box) -> list[tuple[int, int]]:
    x0, y0, x1, y1 = (math.floor(v / CELL) for v in box)
    return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]


def zoom_masks(labels: Sequence[Label], max_zoom: int = MAX_ZOOM) -> list[int]:
    """Per label, a bit mask of the zooms (0 to ``max_zoom``) it shows at.

    Parameters
    ----------
    labels
        In rank order within a first zoom (the bigger place first).
    max_zoom
        The deepest zoom computed; beyond it the browser keeps the last zoom's choice.
    """
    masks = [0] * len(labels)
    for z in range(max_zoom + 1):
        for i, shown in enumerate(shown_at(labels, z)):
            if shown:
                masks[i] |= 1 << z
    return masks
