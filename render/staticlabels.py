"""The names on the brief's map picture drawn on the server, none overlapping another.

The interactive map's labels (:func:`render.basemapdata.labels`: the seas, then the places,
biggest first), in its rank order (:func:`render.labelplace.ranked`), kept by its greedy step
(:func:`render.labelplace.kept_clear`) on boxes measured here with the font that draws them,
halo and dot included, and in its colours. A place shows from the picture's zoom on, wholly
inside the picture; a sea's name where it lies wholly on that picture's sea, at its point or
moved at most :data:`SEA_REACH` to come into the picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageDraw, ImageFont

from render import staticwater
from render.basemapdata import LABEL_COLORS, LABEL_HALOS, labels
from render.briefdoc import font_path
from render.labelplace import Box, Label, kept_clear, ranked

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
LABEL_PX = {"major": 15, "minor": 12, "sea": 14}
"""Font sizes at 1600 pixels wide: the screen's (:data:`render.labelplace.FONT_PX`) printed."""
DOT = 2.2
"""Radius of a place's dot, in pixels at 1600 wide."""
INSET = 8
"""Pixels (at 1600 wide) a sea's name moved into the picture keeps from its edge."""
SEA_REACH = 0.8
"""Degrees a sea's name may move from its point to come into the picture: enough for the
Black Sea's (43.4° N) to show above a brief cut off at 44° N, too little to carry the Sea
of Azov's past its own shores into the Black Sea."""


class Projection(staticwater.Projection, Protocol):
    """Lon/lat to picture pixels and back (:class:`render.staticmap._Projection`)."""

    def inverse(self, x: float, y: float) -> tuple[float, float]: ...


def typeface(size: int, *, italic: bool = False) -> Font:
    """The brief's Unicode font (:func:`render.briefdoc.font_path`) at ``size`` pixels."""
    path = font_path()
    if path is not None:
        return ImageFont.truetype(str(_italic(path) if italic else path), size)
    return ImageFont.load_default(size)


def _italic(path: Path) -> Path:
    """The slanted face beside ``path`` (DejaVu's Oblique, Liberation's Italic), else it."""
    for name in (f"{path.stem}-Oblique{path.suffix}", path.name.replace("-Regular", "-Italic")):
        if name != path.name and (path.parent / name).is_file():
            return path.parent / name
    return path


def draw_labels(
    draw: ImageDraw.ImageDraw,
    proj: Projection,
    zoom: int,
    scale: float,
    sea: Image.Image | None,
) -> list[tuple[str, Box]]:
    """Draw the sea and place names that fit, none overlapping another.

    Parameters
    ----------
    draw : PIL.ImageDraw.ImageDraw
        Draws on the picture.
    proj : Projection
        Lon/lat to the map's pixels.
    zoom : int
        The picture's zoom: a place shows when its first zoom is no deeper.
    scale : float
        Picture width over 1600 (fonts grow with it).
    sea : PIL.Image.Image or None
        Where the sea is painted (:func:`render.staticwater.draw_water`); None: no sea name.

    Returns
    -------
    list of (str, tuple of float)
        The names drawn and their boxes, in picture pixels; no two boxes overlap.
    """
    items = labels()
    order = ranked(items)
    fonts = {k: typeface(round(px * scale), italic=k == "sea") for k, px in LABEL_PX.items()}
    spots = [_spot(draw, proj, items[i], fonts, scale, zoom, sea) for i in order]
    drawn = []
    for i, spot, keep in zip(order, spots, kept_clear([s and s[1] for s in spots]), strict=True):
        if keep and spot is not None:
            _draw(draw, items[i], spot[0], fonts[items[i].kind], scale)
            drawn.append((items[i].name, spot[1]))
    return drawn


Spot = tuple[tuple[float, float], Box]
"""Where a name is drawn (its point; a sea's centre) and its box."""


def _spot(draw: ImageDraw.ImageDraw, proj: Projection, label: Label, fonts: dict[str, Font],
          scale: float, zoom: int, sea: Image.Image | None) -> Spot | None:  # fmt: skip
    """Where ``label`` would be drawn, or None when it may not be."""
    halo = _halo(scale)
    if label.kind == "sea":
        if sea is None:
            return None
        size = draw.textbbox((0, 0), label.name, font=fonts["sea"], anchor="mm", stroke_width=halo)
        xy = _sea_anchor(proj, label, (size[2] - size[0], size[3] - size[1]), INSET * scale)
        if xy is None:
            return None
        box = draw.textbbox(xy, label.name, font=fonts["sea"], anchor="mm", stroke_width=halo)
        return (xy, box) if _on_sea(sea, box) else None
    if label.zoom > zoom:
        return None
    x, y = proj(label.lon, label.lat)
    text = draw.textbbox((x + 5 * scale, y - 7 * scale), label.name,
                         font=fonts[label.kind], stroke_width=halo)  # fmt: skip
    r = DOT * scale  # the dot's box rounded out to whole pixels: Pillow paints them
    dot = (math.floor(x - r), math.floor(y - r), math.ceil(x + r), math.ceil(y + r))
    box = (min(text[0], dot[0]), min(text[1], dot[1]), max(text[2], dot[2]), max(text[3], dot[3]))
    inside = box[0] >= 0 and box[1] >= 0 and box[2] <= proj.w and box[3] <= proj.h
    return ((x, y), box) if inside else None


def _sea_anchor(
    proj: Projection, label: Label, size: tuple[float, float], inset: float
) -> tuple[float, float] | None:
    """The sea's point, or the nearest centre that keeps a name of ``size`` ``inset`` pixels
    inside the picture, if that is within :data:`SEA_REACH` of it."""
    x, y = proj(label.lon, label.lat)
    half_w, half_h = size[0] / 2 + inset, size[1] / 2 + inset
    cx = min(max(x, half_w), proj.w - half_w)
    cy = min(max(y, half_h), proj.h - half_h)
    lon, lat = proj.inverse(cx, cy)
    if abs(lon - label.lon) > SEA_REACH or abs(lat - label.lat) > SEA_REACH:
        return None
    return cx, cy


def _on_sea(sea: Image.Image, box: Sequence[float]) -> bool:
    """Whether the whole box lies on painted sea (so the name reads as the sea's)."""
    left, top = math.floor(box[0]), math.floor(box[1])
    right, bottom = math.ceil(box[2]), math.ceil(box[3])
    if left < 0 or top < 0 or right > sea.width or bottom > sea.height:
        return False
    return bool(sea.crop((left, top, right, bottom)).getextrema()[0])


def _halo(scale: float) -> int:
    return max(1, round(2 * scale))


def _draw(
    draw: ImageDraw.ImageDraw, label: Label, xy: tuple[float, float], font: Font, scale: float
) -> None:
    color, halo = LABEL_COLORS[label.kind], LABEL_HALOS[label.kind]
    x, y = xy
    if label.kind == "sea":
        anchor, at = "mm", xy
    else:
        r = DOT * scale
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)
        anchor, at = "la", (x + 5 * scale, y - 7 * scale)
    draw.text(at, label.name, font=font, anchor=anchor, fill=color,
              stroke_width=_halo(scale), stroke_fill=halo)  # fmt: skip
