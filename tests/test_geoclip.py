"""Cutting Natural Earth down to the theatre (issue 15): clipping and simplifying."""

from __future__ import annotations

import pytest

from render.geoclip import (
    clip_line,
    clip_ring,
    on_edge,
    ring_area,
    simplify,
    simplify_clipped_ring,
    simplify_line,
)

BOX = (0.0, 0.0, 10.0, 10.0)


def inside_box(p: list[float], box: tuple[float, float, float, float] = BOX) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def test_a_ring_crossing_the_box_keeps_only_its_inside_closed() -> None:
    square = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]]
    clipped = clip_ring(square, BOX)
    assert clipped[0] == clipped[-1] and all(inside_box(p) for p in clipped)
    assert ring_area(clipped) == pytest.approx(25.0)  # the quarter inside
    assert sum(on_edge(p, BOX) for p in clipped) >= 3  # cut along the box


def test_a_ring_inside_is_kept_and_one_outside_dropped() -> None:
    inner = [[1, 1], [2, 1], [2, 2], [1, 1]]
    assert clip_ring(inner, BOX) == [[1.0, 1.0], [2.0, 1.0], [2.0, 2.0], [1.0, 1.0]]
    assert clip_ring([[20, 20], [30, 20], [30, 30], [20, 20]], BOX) == []


def test_a_ring_round_the_box_becomes_the_box() -> None:
    around = [[-1, -1], [11, -1], [11, 11], [-1, 11], [-1, -1]]
    assert ring_area(clip_ring(around, BOX)) == pytest.approx(100.0)


def test_a_line_through_the_box_twice_gives_two_pieces_ending_on_its_edge() -> None:
    line = [[-5, 2], [5, 2], [5, 15], [8, 15], [8, 5], [20, 5]]
    pieces = clip_line(line, BOX)
    assert pieces == [[[0.0, 2.0], [5.0, 2.0], [5.0, 10.0]], [[8.0, 10.0], [8.0, 5.0], [10.0, 5.0]]]
    assert clip_line([[20, 0], [30, 5]], BOX) == []


def test_simplifying_drops_points_within_tolerance_and_keeps_ends() -> None:
    wiggle = [[0, 0], [1, 0.001], [2, -0.001], [3, 0], [3, 3]]
    assert simplify_line(wiggle, 0.01) == [[0, 0], [3, 0], [3, 3]]
    tiny = [[0, 0], [1, 0], [0, 1], [0, 0]]
    assert simplify(tiny, 5.0) == [[0, 0], [1, 0], [0, 1], [0, 0]]  # a ring keeps 4 points


def test_simplifying_a_clipped_ring_never_moves_its_points_off_the_box_edge() -> None:
    # a coast that wiggles inside the box, closed along the box's left edge
    coast = [[0, 1]] + [[1 + (i % 2) * 0.002, 1 + i * 0.1] for i in range(60)] + [[0, 7], [0, 1]]
    clipped = clip_ring(coast, BOX)
    simple = simplify_clipped_ring(clipped, BOX, 0.01)
    assert len(simple) < len(clipped) / 5
    assert simple[0] == simple[-1]
    edge_before = {tuple(p) for p in clipped if on_edge(p, BOX)}
    edge_after = {tuple(p) for p in simple if on_edge(p, BOX)}
    assert edge_after == edge_before  # the stretch along the edge stays exactly on it
