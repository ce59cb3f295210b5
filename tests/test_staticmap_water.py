"""The brief's map picture reads like the interactive map (issue 15): the same sea, coast,
lakes and rivers, in the same colours, clipped to the picture, and names that never overlap."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageColor, ImageDraw

from render import staticmap, staticwater
from render.basemap_water import LAND_FILL, SEA_FILL, river_weight
from render.basemapdata import LABEL_COLORS, labels
from render.labelplace import overlaps

SIZE = (1600, 1000)
MAP_W = SIZE[0] - staticmap.PANEL
SEA, LAND = ImageColor.getrgb(SEA_FILL), ImageColor.getrgb(LAND_FILL)
THEATRE = staticmap.fit_extent([], aspect=MAP_W / SIZE[1])
"""The picture of a brief with no located incident: Ukraine and the seas south of it."""
KYIV_OBLAST = (29.0, 49.2, 32.3, 51.6)
ODESA_OBLAST = (28.2, 45.2, 31.0, 47.8)
DONBAS = (36.5, 47.5, 39.5, 49.2)


def picture(
    extent: tuple[float, float, float, float], points: Sequence[tuple[float, float, str]] = ()
) -> tuple[Image.Image, staticmap._Projection]:
    png = staticmap.render_map_png(points, size=SIZE, extent=extent)
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image, staticmap._Projection(extent, (MAP_W, SIZE[1]))


def at(image: Image.Image, proj: staticmap._Projection, lat: float, lon: float) -> Any:
    x, y = proj(lon, lat)
    return image.getpixel((round(x), round(y)))


def around(image: Image.Image, proj: staticmap._Projection, lat: float, lon: float) -> list:
    x, y = (round(v) for v in proj(lon, lat))
    return [image.getpixel((x + dx, y + dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def run_through(pixels: list[Any], colour: Any, at_index: float) -> int:
    """Length of the run of ``colour`` pixels nearest ``at_index`` (0 when none within 3)."""
    hits = [i for i, p in enumerate(pixels) if p == colour and abs(i - at_index) <= 3]
    if not hits:
        return 0
    lo = hi = hits[0]
    while lo > 0 and pixels[lo - 1] == colour:
        lo -= 1
    while hi + 1 < len(pixels) and pixels[hi + 1] == colour:
        hi += 1
    return hi - lo + 1


def test_the_sea_is_painted_in_the_interactive_maps_colour_and_the_land_is_not() -> None:
    image, proj = picture(THEATRE, [(46.3, 31.4, "#c62828")])
    assert at(image, proj, 46.2, 31.0) == SEA  # the Black Sea off Odesa
    assert at(image, proj, 46.0, 36.5) == SEA  # the Sea of Azov
    assert at(image, proj, 46.6, 31.9) == SEA  # the Dnipro-Buh estuary: land at 1:110m
    for lat, lon in ((50.0, 30.0), (50.8, 29.8)):  # Kyiv oblast, west of the reservoir
        near = around(image, proj, lat, lon)
        assert SEA not in near and near.count(LAND) >= 7
    assert at(image, proj, 46.3, 31.4) == (0xC6, 0x28, 0x28)  # a strike at sea: over the water


def test_the_dnipro_crosses_where_it_flows_wider_than_a_small_river() -> None:
    image, proj = picture(THEATRE)
    x, y = proj(30.725, 50.2)  # the Dnipro at 50.2° N, by Trypillia
    row = [image.getpixel((i, round(y))) for i in range(MAP_W)]
    dnipro = run_through(row, staticwater.RIVER, x)
    x, y = proj(33.5, 51.398)  # the Seym at 33.5° E, a rank-9 river
    column = [image.getpixel((round(x), j)) for j in range(SIZE[1])]
    seym = run_through(column, staticwater.RIVER, y)
    assert dnipro >= 3 and 1 <= seym <= 2
    assert staticwater.line_px(river_weight(4), 1) > staticwater.line_px(river_weight(9), 1)


def test_a_zoomed_brief_of_one_oblast_draws_only_the_water_it_shows(monkeypatch) -> None:
    drawn: list[tuple[float, float]] = []
    for name in ("line", "polygon"):
        real = getattr(ImageDraw.ImageDraw, name)

        def spy(self: ImageDraw.ImageDraw, xy: Any, *a: Any, _real: Any = real, **k: Any) -> None:
            drawn.extend(xy if isinstance(xy[0], tuple) else [])
            _real(self, xy, *a, **k)

        monkeypatch.setattr(ImageDraw.ImageDraw, name, spy)
    counts = {}
    for extent in (THEATRE, ODESA_OBLAST):
        drawn.clear()
        proj = staticmap._Projection(extent, (MAP_W, SIZE[1]))
        staticwater.draw_water(Image.new("RGB", (MAP_W, SIZE[1])), proj, extent, 1.0)
        counts[extent] = len(drawn)
    margin = staticwater.MARGIN * MAP_W * 1.5  # the clip's margin, in pixels, and some
    assert all(-margin <= x <= MAP_W + margin and -margin <= y <= SIZE[1] + margin
               for x, y in drawn)  # fmt: skip
    assert counts[ODESA_OBLAST] < counts[THEATRE] / 3
    far = (100.0, 50.0, 110.0, 55.0)  # Irkutsk: outside the theatre, nothing to draw
    assert staticwater.draw_water(Image.new("RGB", (10, 10)), proj, far, 1.0) is None


def test_a_zoomed_brief_puts_the_coast_where_it_is() -> None:
    image, proj = picture(ODESA_OBLAST)
    assert at(image, proj, 46.2, 30.8) == SEA
    assert at(image, proj, 46.55, 30.5) == LAND  # inland of Odesa
    assert SEA not in around(image, proj, 46.9, 29.5)  # Moldova's border country


def _names(monkeypatch, extent) -> tuple[Image.Image, list[tuple[str, Any]]]:
    """The picture of ``extent`` and the names it drew, with their boxes."""
    got: list[list[tuple[str, Any]]] = []
    real = staticmap.draw_labels

    def spy(*args: Any) -> list[tuple[str, Any]]:
        got.append(real(*args))
        return got[-1]

    monkeypatch.setattr(staticmap, "draw_labels", spy)
    image, _ = picture(extent)
    return image, got[0]


@pytest.mark.parametrize(
    "extent", [THEATRE, DONBAS, ODESA_OBLAST], ids=["theatre", "donbas", "odesa"]
)
def test_names_never_overlap_and_every_letter_is_inside_its_box(monkeypatch, extent) -> None:
    image, named = _names(monkeypatch, extent)
    boxes = [box for _, box in named]
    assert len(named) >= 5
    assert not any(overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    pixels = np.asarray(image)[:, :MAP_W]
    ink = np.zeros(pixels.shape[:2], dtype=bool)
    for colour in LABEL_COLORS.values():  # the letters' and dots' cores, not their halos
        ink |= (pixels == ImageColor.getrgb(colour)).all(axis=2)
    covered = np.zeros_like(ink)
    for left, top, right, bottom in boxes:  # pixels whose centre lies in a box
        covered[math.ceil(top - 0.5) : math.floor(bottom - 0.5) + 1,
                math.ceil(left - 0.5) : math.floor(right - 0.5) + 1] = True  # fmt: skip
    assert ink.sum() > 200 and not (ink & ~covered).any()


def test_a_crowded_picture_drops_names_rather_than_overlap_them(monkeypatch) -> None:
    _, named = _names(monkeypatch, DONBAS)
    proj = staticmap._Projection(DONBAS, (MAP_W, SIZE[1]))
    zoom = staticmap._label_zoom(DONBAS)
    eligible = [lb for lb in labels() if lb.kind != "sea" and lb.zoom <= zoom
                and 0 <= proj(lb.lon, lb.lat)[0] < MAP_W and 0 <= proj(lb.lon, lb.lat)[1] < SIZE[1]]  # fmt: skip
    assert len(named) < len(eligible)
    assert {"Donetsk", "Kramatorsk"} <= {name for name, _ in named}


def test_the_seas_are_named_where_their_names_fit(monkeypatch) -> None:
    def names(extent):
        return {name for name, _ in _names(monkeypatch, extent)[1]}

    assert {"Black Sea", "Sea of Azov"} <= names(THEATRE)  # the Black Sea's point is just south
    assert not {"Black Sea", "Sea of Azov"} & names(KYIV_OBLAST)  # no sea in sight
    continent = names((0.0, 30.0, 80.0, 65.0))
    assert "Black Sea" in continent and "Sea of Azov" not in continent  # too small for its name


def test_dashes_run_on_across_corners_like_the_screens() -> None:
    assert staticmap.dashes([(0, 0), (10, 0)], 4, 3) == [[(0, 0), (4, 0)], [(7, 0), (10, 0)]]
    corner = staticmap.dashes([(0, 0), (3, 0), (3, 10)], 4, 3)
    assert corner[0] == [(0, 0), (3, 0), (3, 1)] and corner[1] == [(3, 4), (3, 8)]
