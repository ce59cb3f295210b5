"""Labels never overlap (issue 15): the greedy placement per zoom, on made-up and bundled names."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import ImageFont

from render.basemap import labels, places_json
from render.labelplace import (
    FONT_PX,
    MAX_ZOOM,
    Label,
    kept_clear,
    label_box,
    overlaps,
    ranked,
    shown_at,
    text_width,
    world_px,
    zoom_masks,
)

DEJAVU_BOLD = next(
    p
    for p in (
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        Path("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    )
    if p.exists()
)  # fmt: skip  (Debian's fonts-dejavu-core: the machine image and the Dockerfile have it)


def test_boxes_overlap_only_when_they_share_area() -> None:
    assert overlaps((0, 0, 10, 10), (5, 5, 15, 15))
    assert not overlaps((0, 0, 10, 10), (10, 0, 20, 10))  # touching
    assert not overlaps((0, 0, 10, 10), (0, 11, 10, 20))


def test_web_mercator_pixels_match_leaflet() -> None:
    assert world_px(0.0, 0.0, 0) == (128.0, 128.0)
    x, y = world_px(50.45, 30.52, 5)  # Kyiv: Leaflet's latLngToPoint gives (4790.50, 2762.27)
    assert abs(x - 4790.50) < 0.01 and abs(y - 2762.27) < 0.01


def test_the_higher_rank_wins_and_a_label_clear_of_it_stays() -> None:
    big = Label("Kharkiv", 50.0, 36.23, 5, "major")
    near = Label("Chuhuiv", 49.99, 36.25, 6)  # a few pixels off at zoom 6: they collide
    far = Label("Odesa", 46.48, 30.72, 6)
    assert shown_at([big, near, far], 6) == [True, False, True]
    assert shown_at([near, big, far], 6) == [False, True, True]  # rank, not list order, decides
    assert shown_at([big, near, far], 5) == [True, False, False]  # not yet eligible
    masks = zoom_masks([big, near, far], max_zoom=14)
    assert masks[0] == sum(1 << z for z in range(5, 15))
    assert masks[1] & (1 << 6) == 0 and masks[1] & (1 << 14)  # apart once zoomed in


def test_the_greedy_step_keeps_the_first_of_two_colliding_boxes_and_skips_none() -> None:
    boxes = [(0, 0, 10, 10), None, (5, 5, 15, 15), (10, 0, 20, 10), (300, 300, 310, 310)]
    assert kept_clear(boxes) == [True, False, False, True, True]
    assert kept_clear(boxes[2:]) == [True, False, True]  # order, not size, decides


def test_seas_are_placed_first() -> None:
    town = Label("Town", 46.1, 36.7, 5, "major")
    sea = Label("Sea of Azov", 46.1, 36.7, 6, "sea")
    assert ranked([town, sea]) == [1, 0]
    assert shown_at([town, sea], 6) == [False, True]


def test_no_two_bundled_labels_overlap_at_any_zoom_and_each_hidden_one_lost_to_a_higher() -> None:
    items = labels()
    order = ranked(items)
    rank = {i: r for r, i in enumerate(order)}
    masks = zoom_masks(items)
    for z in range(MAX_ZOOM + 1):
        kept = [i for i in range(len(items)) if masks[i] >> z & 1]
        boxes = {i: label_box(items[i], z) for i in kept}
        for a in kept:
            assert items[a].zoom <= z
            for b in kept:
                assert a == b or not overlaps(boxes[a], boxes[b]), (z, items[a], items[b])
        for i in range(len(items)):
            if items[i].zoom <= z and i not in boxes:
                box = label_box(items[i], z)
                assert any(rank[k] < rank[i] and overlaps(box, boxes[k]) for k in kept)
    shown = {lb.name: m for lb, m in zip(items, masks, strict=True)}
    assert shown["Kyiv"] & (1 << 5) and shown["Black Sea"] & (1 << 5)
    assert sum(1 for m in masks if m & (1 << 6)) < sum(1 for lb in items if lb.zoom <= 6)


def test_the_width_estimate_is_never_narrower_than_the_widest_usual_font() -> None:
    for kind in ("major", "minor"):
        font = ImageFont.truetype(str(DEJAVU_BOLD), FONT_PX[kind])
        for lb in labels():
            assert text_width(lb.name, FONT_PX[kind]) >= font.getlength(lb.name), lb.name


def test_the_page_rows_carry_each_labels_mask() -> None:
    rows = json.loads(places_json())
    assert rows[0][:3] == ["Black Sea", 43.4, 34.2] and rows[0][5] == "sea"
    assert [r[4] for r in rows] == zoom_masks(labels())
