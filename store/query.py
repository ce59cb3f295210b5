"""Which incidents a view shows, asked of the store: :class:`IncidentQuery`, its
validation, and the rows the store indexes (one per incident of a saved document).

The rules are :mod:`geo.filters`' (the app's pandas filter), so the store and the app
agree on every table:

- **dates** — an incident is kept when its window ``[date_from, date_to]`` overlaps the
  asked range (both inclusive); a window missing one end is the single known day.
  **Undated** incidents (no usable date) are kept too, unless ``include_undated`` is
  False: no range can rule them out.
- **actors / types** — an empty tuple means all; a null actor or type is spelled
  :data:`geo.urlstate.UNKNOWN`.
- **bbox** — ``(west, south, east, north)`` in degrees (WGS 84), edges included;
  incidents without coordinates are left out when a box is asked for. A box never
  crosses the antimeridian (``west ≤ east``): the atlas maps one region, far from it.
- **layers** — the article incidents always; saved layers only when named (or
  ``all_layers``). A layer row whose id an article incident, or a layer earlier by name,
  already has is shadowed, as :func:`geo.layers.combine` leaves it out.

Pure: no SQLAlchemy here (:mod:`store.rows` runs the query).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from geo.urlstate import UNKNOWN

BBox = tuple[float, float, float, float]
"""``(west, south, east, north)`` in degrees."""
MAX_LABELS = 200
"""More actors, types or layers than this in one query are refused."""


@dataclass(frozen=True)
class IncidentQuery:
    """What to select (see the module doc for the rules); validated on construction.

    Raises
    ------
    ValueError
        A bad box (:func:`validate_bbox`), ``date_to`` before ``date_from``, or labels
        that are not text.
    """

    bbox: BBox | None = None
    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    include_undated: bool = True
    layers: tuple[str, ...] = ()
    all_layers: bool = False

    def __post_init__(self) -> None:
        if self.bbox is not None:
            object.__setattr__(self, "bbox", validate_bbox(self.bbox))
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
                raise ValueError(f"The query's {name} must be a date, not {value!r}.")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(
                f"The query ends ({self.date_to}) before it starts ({self.date_from})."
            )
        for name in ("actors", "types", "layers"):
            object.__setattr__(self, name, _labels(name, getattr(self, name)))


def _labels(name: str, values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise ValueError(f"The query's {name} must be a list of names, not one string.")
    out = tuple(values)
    if len(out) > MAX_LABELS or not all(isinstance(v, str) for v in out):
        raise ValueError(f"The query's {name} must be at most {MAX_LABELS} names (text).")
    return out


def validate_bbox(bbox: Iterable[Any]) -> BBox:
    """A box the store can query: four finite numbers, west ≤ east in [-180, 180],
    south ≤ north in [-90, 90]. Not across the antimeridian (not needed: see the module).

    Raises
    ------
    ValueError
        Not four numbers, out of range, or the wrong way round.
    """
    try:
        values = [float(v) for v in bbox]
    except (TypeError, ValueError):
        raise ValueError("A box is four numbers: west, south, east, north.") from None
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise ValueError("A box is four finite numbers: west, south, east, north.")
    west, south, east, north = values
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ValueError(f"A box's west and east are longitudes in [-180, 180]: {west}, {east}.")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise ValueError(f"A box's south and north are latitudes in [-90, 90]: {south}, {north}.")
    if south > north:
        raise ValueError(f"A box's south ({south}) is north of its north ({north}).")
    if west > east:
        raise ValueError(
            f"A box's west ({west}) is east of its east ({east}); boxes across the "
            "antimeridian are not supported."
        )
    return west, south, east, north


def parse_bbox(text: str) -> BBox:
    """``"W,S,E,N"`` (e.g. ``"30,46,40,52"``) as a validated box (:func:`validate_bbox`)."""
    parts = [p.strip() for p in str(text).split(",")]
    if len(parts) != 4 or not all(parts):
        raise ValueError(f"{text!r} is not a box: give west,south,east,north (e.g. 30,46,40,52).")
    try:
        return validate_bbox(float(p) for p in parts)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a usable box: {exc}") from None


# ---- the rows the store indexes ------------------------------------------------------


def _day(value: Any) -> str | None:
    """An ISO day as geo.filters reads it (``%Y-%m-%d``); None when missing or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
    except ValueError:
        return None


def _coord(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    v = float(value)
    return v if math.isfinite(v) and -limit <= v <= limit else None


def _label(value: Any) -> str | None:
    return None if value is None else str(value)  # as pandas' astype("string")


def feature_rows(doc: Mapping[str, Any], layer: str | None) -> list[dict[str, Any]]:
    """One row per feature of a saved GeoJSON document: id, lat, lon, the date window
    (one known end fills the other; unreadable = unknown), actor, event type, layer.

    Features without an id are skipped (nothing could name them); a point outside the
    globe counts as unlocated.
    """
    rows = []
    for f in doc.get("features") or []:
        if not isinstance(f, Mapping):
            continue
        props = f.get("properties") or {}
        ident = props.get("id", f.get("id"))
        if ident is None:
            continue
        lon = lat = None
        geom = f.get("geometry")
        if isinstance(geom, Mapping) and isinstance(geom.get("coordinates"), list | tuple):
            coords = geom["coordinates"]
            if len(coords) >= 2:
                lon, lat = _coord(coords[0], 180), _coord(coords[1], 90)
        if lon is None or lat is None:
            lon = lat = None
        start, end = _day(props.get("date_start")), _day(props.get("date_end"))
        rows.append(
            {
                "incident_id": str(ident),
                "layer": layer,
                "lat": lat,
                "lon": lon,
                "date_from": start or end,
                "date_to": end or start,
                "actor": _label(props.get("actor")),
                "event_type": _label(props.get("event_type")),
            }
        )
    return rows


def wants_unknown(labels: tuple[str, ...]) -> bool:
    """True when the labels ask for a null actor or type (:data:`UNKNOWN`)."""
    return UNKNOWN in labels
