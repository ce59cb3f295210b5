"""The water of the brief's map picture drawn on the server: the Leaflet basemap's, on paper.

The bundled water layers the interactive map draws (:mod:`render.basemap_water`), in its
order (:data:`~render.basemap_water.DRAW_ORDER`) and colours: the theatre painted land, the
land borders, the sea over them (the theatre with every land ring a hole, filled even-odd),
the rivers by rank, the lakes and the coastline. Each is first clipped to the picture's
extent (:mod:`render.geoclip`), so a brief of one oblast draws only what it shows; outside
the theatre the coarse country layer under it shows, as on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from PIL import Image, ImageChops, ImageColor, ImageDraw

from render.basemap_water import (
    COAST,
    DRAW_ORDER,
    LAND_FILL,
    SEA_FILL,
    WATER_STYLES,
    coast_lines,
    features,
    land_rings,
    river_weight,
    water_data,
)
from render.geoclip import Box, clip_line, clip_ring

PX_PER_CSS = 1600 / 960
"""Picture pixels per CSS pixel (line weights are the screen's): the 1600-pixel picture fills
about 10 inches of a slide or A4 page, which a screen shows as 960 CSS pixels."""
MARGIN = 0.02
"""Geometry is clipped to the extent widened by this share of its span on each side, so a
line crossing the frame runs out of the picture instead of ending inside it."""

Rings = Sequence[Sequence[Sequence[float]]]
RGB = tuple[int, int, int]


class Projection(Protocol):
    """Lon/lat to picture pixels (:class:`render.staticmap._Projection`)."""

    w: int
    h: int

    def __call__(self, lon: float, lat: float) -> tuple[float, float]: ...


def blend(color: str, under: str, opacity: float) -> RGB:
    """``color`` at ``opacity`` over ``under``, as the browser composites a translucent line."""
    top, bottom = ImageColor.getrgb(color), ImageColor.getrgb(under)
    r, g, b = (round(opacity * t + (1 - opacity) * u) for t, u in zip(top, bottom, strict=False))
    return r, g, b


RIVER = blend(WATER_STYLES["river"]["color"], LAND_FILL, WATER_STYLES["river"]["opacity"])
"""The rivers as the screen shows them over land; drawn opaque here, because Pillow draws a
wide line segment by segment and a translucent one would darken at every joint."""


def line_px(weight: float, scale: float) -> int:
    """A line weight in CSS pixels as whole picture pixels (at least one)."""
    return max(1, round(weight * PX_PER_CSS * scale))


def clip_box(extent: Box, theatre: Sequence[float]) -> Box | None:
    """The extent, widened by :data:`MARGIN`, within the theatre; None when they miss."""
    west, south, east, north = extent
    dx, dy = (east - west) * MARGIN, (north - south) * MARGIN
    box = (max(west - dx, theatre[0]), max(south - dy, theatre[1]),
           min(east + dx, theatre[2]), min(north + dy, theatre[3]))  # fmt: skip
    return box if box[0] < box[2] and box[1] < box[3] else None


def even_odd(
    rings: Iterable[Sequence[Sequence[float]]], proj: Projection, clip: Box
) -> Image.Image:
    """A mask (mode ``1``) of the rings clipped to ``clip``, filled even-odd as the browser
    fills them: a ring inside another is a hole (the Caspian), one inside that, land again."""
    mask = Image.new("1", (proj.w, proj.h), 0)
    for ring in rings:
        part = clip_ring(ring, clip)
        if part:
            one = Image.new("1", mask.size, 0)
            ImageDraw.Draw(one).polygon([proj(x, y) for x, y in part], fill=1)
            mask = ImageChops.logical_xor(mask, one)
    return mask


def _rect(proj: Projection, clip: Box) -> tuple[float, float, float, float]:
    (x0, y0), (x1, y1) = proj(clip[0], clip[3]), proj(clip[2], clip[1])
    return x0, y0, x1, y1


def _lines(draw: ImageDraw.ImageDraw, proj: Projection, lines: Rings, clip: Box,
           fill: str | RGB, width: int) -> None:  # fmt: skip
    for line in lines:
        for piece in clip_line(line, clip):
            draw.line([proj(x, y) for x, y in piece], fill=fill, width=width, joint="curve")


def _coords(data: dict[str, Any], kind: str) -> list[Any]:
    return [part for f in features(data, kind) for part in f["geometry"]["coordinates"]]


def draw_water(
    image: Image.Image, proj: Projection, extent: Box, scale: float
) -> Image.Image | None:
    """Paint the theatre's land, borders, sea, rivers, lakes and coast into ``image``.

    Parameters
    ----------
    image : PIL.Image.Image
        The picture, at least ``proj.w`` by ``proj.h``; the countries already drawn on it.
    proj : Projection
        Lon/lat to pixels for ``extent``.
    extent : tuple of float
        (west, south, east, north) the picture shows.
    scale : float
        Picture width over 1600 (line widths grow with it).

    Returns
    -------
    PIL.Image.Image or None
        The sea's mask (mode ``1``, set where the sea is painted; lakes are not sea), for
        placing the sea names; None when the picture misses the theatre (nothing painted).
    """
    data = water_data()
    clip = clip_box(extent, data["box"]) if data.get("box") else None
    if clip is None:
        return None
    draw = ImageDraw.Draw(image)
    sea = ImageChops.logical_xor(_filled_rect(proj, clip), even_odd(land_rings(data), proj, clip))
    painters = _painters(image, draw, proj, data, clip, scale, sea)
    for kind in DRAW_ORDER:  # the interactive map's order: borders under the sea
        painters[kind]()
    return sea


def _filled_rect(proj: Projection, clip: Box) -> Image.Image:
    mask = Image.new("1", (proj.w, proj.h), 0)
    ImageDraw.Draw(mask).rectangle(_rect(proj, clip), fill=1)
    return mask


def _painters(image: Image.Image, draw: ImageDraw.ImageDraw, proj: Projection,
              data: dict[str, Any], clip: Box, scale: float,
              sea: Image.Image) -> dict[str, Callable[[], None]]:  # fmt: skip
    """One function per kind of :data:`~render.basemap_water.DRAW_ORDER`."""
    style = WATER_STYLES

    def lines(kind: str, coords: Rings, fill: str | RGB) -> None:
        _lines(draw, proj, coords, clip, fill, line_px(style[kind]["weight"], scale))

    def rivers() -> None:
        for f in features(data, "river"):
            width = line_px(river_weight(f["properties"]["rank"]), scale)
            _lines(draw, proj, f["geometry"]["coordinates"], clip, RIVER, width)

    def lakes() -> None:
        rings = [ring for polygon in _coords(data, "lake") for ring in polygon]
        image.paste(ImageColor.getrgb(SEA_FILL), mask=even_odd(rings, proj, clip))
        lines("lake", rings, COAST)

    return {
        "ground": lambda: draw.rectangle(_rect(proj, clip), fill=LAND_FILL),
        "border": lambda: lines("border", _coords(data, "border"), style["border"]["color"]),
        "sea": lambda: image.paste(ImageColor.getrgb(SEA_FILL), mask=sea),
        "river": rivers,
        "lake": lakes,
        "coast": lambda: lines("coast", coast_lines(data), COAST),
    }
