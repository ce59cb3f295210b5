"""Clip and simplify lon/lat lines and rings to a box: how the bundled basemap layers are cut.

The build scripts (``scripts/build_basemap.py``, ``scripts/build_water.py``) cut Natural Earth's
world layers down to the briefing theatre with these, so the app ships kilobytes, not the
world. Pure functions on ``[[lon, lat], ...]`` lists; no GIS library.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Point = list[float]
Box = tuple[float, float, float, float]
"""(west, south, east, north) in degrees."""

DIGITS = 3
"""Coordinates are rounded to 0.001° (about 100 m): finer than a zoom-9 pixel."""


def _perpendicular(p: Sequence[float], a: Sequence[float], b: Sequence[float]) -> float:
    if a[0] == b[0] and a[1] == b[1]:
        return math.dist(p, a)
    (x, y), (x1, y1), (x2, y2) = p, a, b
    return abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / math.dist(a, b)


def _keep_mask(points: Sequence[Sequence[float]], tolerance: float) -> list[bool]:
    """Douglas-Peucker, iterative (a long coastline would overflow recursion)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        best, at = 0.0, -1
        for i in range(lo + 1, hi):
            d = _perpendicular(points[i], points[lo], points[hi])
            if d > best:
                best, at = d, i
        if at >= 0 and best > tolerance:
            keep[at] = True
            stack += [(lo, at), (at, hi)]
    return keep


def _rounded(points: Sequence[Sequence[float]]) -> list[Point]:
    return [[round(x, DIGITS), round(y, DIGITS)] for x, y in points]


def simplify(ring: Sequence[Sequence[float]], tolerance: float) -> list[Point]:
    """A closed ring (first point = last) simplified and rounded; kept whole if that would
    leave fewer than 4 points (a ring needs them)."""
    if len(ring) < 4:
        return _rounded(ring)
    keep = _keep_mask(ring, tolerance)
    out = _rounded([p for p, k in zip(ring, keep, strict=True) if k])
    return out if len(out) >= 4 else _rounded(ring)


def simplify_line(line: Sequence[Sequence[float]], tolerance: float) -> list[Point]:
    """An open line simplified (its two ends kept) and rounded; repeated points dropped."""
    if len(line) < 3:
        return _dedupe(_rounded(line))
    keep = _keep_mask(line, tolerance)
    return _dedupe(_rounded([p for p, k in zip(line, keep, strict=True) if k]))


def _dedupe(points: list[Point]) -> list[Point]:
    return [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]


def on_edge(p: Sequence[float], box: Box) -> bool:
    """Whether ``p`` lies on the box's outline (where clipping put it)."""
    west, south, east, north = box
    return p[0] in (west, east) or p[1] in (south, north)


def clip_ring(ring: Sequence[Sequence[float]], box: Box) -> list[Point]:
    """The part of a polygon ring inside ``box`` (Sutherland-Hodgman), closed; [] if none.

    Where the ring leaves and re-enters the box, the result runs along the box's edge: a
    fill drawn even-odd shows nothing there, and the coastline drawn from the ring leaves out
    every segment lying on one edge (:mod:`render.basemap_water`).
    """
    west, south, east, north = box
    points = [list(map(float, p)) for p in ring]
    if points and points[0] == points[-1]:
        points = points[:-1]
    for axis, bound, inside_is_above in ((0, west, True), (0, east, False),
                                         (1, south, True), (1, north, False)):  # fmt: skip
        points = _clip_half(points, axis, bound, inside_is_above)
        if not points:
            return []
    return points + [points[0]] if len(points) >= 3 else []


def _clip_half(points: list[Point], axis: int, bound: float, above: bool) -> list[Point]:
    def inside(p: Point) -> bool:
        return p[axis] >= bound if above else p[axis] <= bound

    def cross(a: Point, b: Point) -> Point:
        t = (bound - a[axis]) / (b[axis] - a[axis])
        p = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
        p[axis] = bound  # exactly on the edge, so on_edge() recognises it
        return p

    out: list[Point] = []
    for i, cur in enumerate(points):
        prev = points[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def clip_line(line: Sequence[Sequence[float]], box: Box) -> list[list[Point]]:
    """The pieces of an open line inside ``box`` (Liang-Barsky on each segment), in order."""
    pieces: list[list[Point]] = []
    current: list[Point] = []
    for a, b in zip(line, line[1:], strict=False):
        seg = _clip_segment(a, b, box)
        if seg is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        p, q = seg
        if current and current[-1] == p:
            current.append(q)
        else:
            if len(current) > 1:
                pieces.append(current)
            current = [p, q]
    if len(current) > 1:
        pieces.append(current)
    return pieces


def _clip_segment(a: Sequence[float], b: Sequence[float], box: Box) -> tuple[Point, Point] | None:
    west, south, east, north = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - west), (dx, east - a[0]), (-dy, a[1] - south), (dy, north - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = [a[0], a[1]] if t0 == 0 else [a[0] + t0 * dx, a[1] + t0 * dy]
    end = [b[0], b[1]] if t1 == 1 else [a[0] + t1 * dx, a[1] + t1 * dy]
    return [float(v) for v in start], [float(v) for v in end]


def simplify_clipped_ring(
    ring: Sequence[Sequence[float]], box: Box, tolerance: float
) -> list[Point]:
    """A clipped ring simplified without moving its box-edge points, so the stretches along
    the edge stay on it (and out of sight); a ring off the edges is simplified whole."""
    open_ring = list(ring[:-1]) if ring and ring[0] == ring[-1] else list(ring)
    first = next((i for i, p in enumerate(open_ring) if on_edge(p, box)), None)
    if first is None:
        return simplify(ring, tolerance)
    turned = open_ring[first:] + open_ring[: first + 1]  # starts and ends on the edge
    pins = [i for i, p in enumerate(turned) if on_edge(p, box)]
    out: list[Point] = []
    for lo, hi in zip(pins, pins[1:], strict=False):
        part = simplify_line(turned[lo : hi + 1], tolerance)
        out += part if not out else part[1:]
    return _dedupe(out)


def ring_area(ring: Sequence[Sequence[float]]) -> float:
    """Area in square degrees (shoelace; the sign dropped)."""
    s = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    return abs(s) / 2
