"""The shareable view: URL query parameters ⇄ one validated :class:`ViewState`.

The address bar is the link to share. Parameters (exactly these names):

``from``, ``to``
    ISO dates (``YYYY-MM-DD``); omitted means the data's first/last day.
``actor`` (repeatable)
    Actors to show; omitted means all. A null actor is spelled ``Unknown``.
``type`` (repeatable)
    Event types to show; omitted means all. A null type is spelled ``Unknown``.
``incident``
    The selected incident's id.
``hide`` (repeatable)
    Imported layers switched off (by layer name); omitted means every layer shown.
``article``
    (Sources page only) the article file to open; see :func:`~geo.urlparsing.parse_article`.
``a_from``, ``a_to``, ``b_from``, ``b_to``
    (Compare page only) the two periods compared; see :func:`~geo.urlparsing.parse_periods`.
``play``, ``step``, ``trail``
    (Map page only) a playback's step: its last day, its unit (``day``, ``week``,
    ``month``) and how many steps stay shown; see :func:`~geo.urlparsing.parse_playback`.
``lat``, ``lon``, ``zoom``
    (Map page only) the map's centre and zoom once someone has moved it; without them the
    map opens fitted to its incidents. See :func:`~geo.urlparsing.parse_map_view`.

This module holds the view and writes it back (``*_to_params``, :func:`url_is_new`);
reading the parameters is :mod:`geo.urlparsing`. Everything here is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # geo.playback imports this module
    from geo.playback import PlaybackStep

UNKNOWN = "Unknown"
"""Label (in widgets and URLs) for a null actor or event type."""

SHARED_KEYS: tuple[str, ...] = ("from", "to", "actor", "type", "incident", "hide")
"""The parameters every page keeps in the URL (the sidebar's filters + selection)."""

PERIOD_KEYS: tuple[str, ...] = ("a_from", "a_to", "b_from", "b_to")
"""The compare page's two periods (``pages/compare.py`` only)."""

PLAY_KEYS: tuple[str, ...] = ("play", "step", "trail")
"""The map's playback step (``pages/map.py`` only; :mod:`geo.playback`)."""

MAP_VIEW_KEYS: tuple[str, ...] = ("lat", "lon", "zoom")
"""The map's centre and zoom (``pages/map.py`` only)."""

MIN_ZOOM, MAX_ZOOM = 2, 18
"""The zooms a URL may ask for (a world map to a street)."""


@dataclass(frozen=True)
class MapView:
    """Where the map looks: its centre (degrees) and Leaflet zoom level."""

    lat: float
    lon: float
    zoom: int


@dataclass(frozen=True)
class DateBounds:
    """The first and last day any incident's date window touches (inclusive)."""

    start: date
    end: date


@dataclass(frozen=True)
class ViewState:
    """What the user is looking at.

    ``date_from``/``date_to`` are None when they are the data's own bound (so
    the default view has no date parameters). Empty ``actors``/``types`` mean
    "all". ``incident`` is the selected incident id or None. ``hidden_layers``
    names the imported layers switched off.
    """

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    incident: str | None = None
    hidden_layers: tuple[str, ...] = ()


DEFAULT_VIEW = ViewState()


def _values(params: Mapping[str, Sequence[str] | str], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    try:
        return [str(v) for v in raw]
    except TypeError:
        return [str(raw)]


def view_to_params(view: ViewState) -> dict[str, list[str]]:
    """The URL parameters for ``view`` (defaults are left out)."""
    out: dict[str, list[str]] = {}
    if view.date_from is not None:
        out["from"] = [view.date_from.isoformat()]
    if view.date_to is not None:
        out["to"] = [view.date_to.isoformat()]
    if view.actors:
        out["actor"] = list(view.actors)
    if view.types:
        out["type"] = list(view.types)
    if view.incident is not None:
        out["incident"] = [view.incident]
    if view.hidden_layers:
        out["hide"] = list(view.hidden_layers)
    return out


def shared_params(
    params: Mapping[str, Sequence[str] | str], keys: Sequence[str] = SHARED_KEYS
) -> dict[str, list[str]]:
    """Just the ``keys`` (:data:`SHARED_KEYS`) of ``params``, as lists (for comparisons)."""
    return {k: _values(params, k) for k in keys if _values(params, k)}


def periods_to_params(days: Mapping[str, date]) -> dict[str, list[str]]:
    """The URL parameters of the compare page's periods (every one written, so a shared
    link keeps the comparison even after the data's range grows)."""
    return {k: [days[k].isoformat()] for k in PERIOD_KEYS if k in days}


def playback_to_params(step: PlaybackStep | None) -> dict[str, list[str]]:
    """The URL parameters of a playback step (none when not playing)."""
    if step is None:
        return {}
    return {"play": [step.end.isoformat()], "step": [step.unit], "trail": [str(step.trail)]}


def view_from_widgets(
    date_range: tuple[date, date] | None,
    bounds: DateBounds | None,
    actors: Iterable[str],
    types: Iterable[str],
    all_actors: Sequence[str],
    all_types: Sequence[str],
    incident: str | None,
    hidden_layers: Iterable[str] = (),
) -> ViewState:
    """Normalise widget values to a canonical :class:`ViewState`.

    Full date range → None bounds; selecting every option (or none) → no filter.
    """
    d_from = d_to = None
    if date_range is not None and bounds is not None:
        lo, hi = date_range
        d_from = None if lo <= bounds.start else lo
        d_to = None if hi >= bounds.end else hi

    def norm(sel: Iterable[str], allowed: Sequence[str]) -> tuple[str, ...]:
        chosen = set(sel)
        if chosen >= set(allowed):
            return ()
        return tuple(a for a in allowed if a in chosen)

    return ViewState(
        d_from,
        d_to,
        norm(actors, all_actors),
        norm(types, all_types),
        incident,
        tuple(hidden_layers),
    )


URL_MEMORY = 32  # URLs a session remembers writing


def url_is_new(
    params: Mapping[str, Sequence[str] | str],
    written: Sequence[dict[str, list[str]]] | None,
    keys: Sequence[str] = SHARED_KEYS,
) -> bool:
    """Whether the URL's shared parameters should replace the session's view.

    Yes on a session's first run (``written`` is None) and when the URL carries shared
    parameters this session did not write (a pasted link, a page link with parameters).
    A URL it wrote a few reruns ago is not new: a rerun requested while the previous one
    was still running carries the browser's URL from before that run wrote the new one,
    and applying it would undo what the user just did (the slider jumped back).
    An empty URL (page navigation) is not new either: the session keeps its filters.

    Parameters
    ----------
    params : the URL's query parameters.
    written : what this session wrote to the URL, oldest first, or None before its first run.
    keys : the parameters that matter (the compare page's are :data:`PERIOD_KEYS`).
    """
    if written is None:
        return True
    mine = shared_params(params, keys)
    return bool(mine) and mine not in written


def remember_written(
    written: Sequence[dict[str, list[str]]] | None, want: dict[str, list[str]]
) -> list[dict[str, list[str]]]:
    """``written`` with ``want`` appended (unless it is already the newest); the newest
    :data:`URL_MEMORY` kept."""
    out = list(written or [])
    if not out or out[-1] != want:
        out.append(want)
    return out[-URL_MEMORY:]


def map_view_to_params(view: MapView | None) -> dict[str, list[str]]:
    """The URL parameters of a map view (none for the fitted default); 4 decimals (~10 m)."""
    if view is None:
        return {}
    return {"lat": [f"{view.lat:.4f}"], "lon": [f"{view.lon:.4f}"], "zoom": [str(view.zoom)]}


def map_view_returned(returned: Mapping[str, object] | None) -> MapView | None:
    """The view streamlit-folium reports (``{"center": {"lat", "lng"}, "zoom"}``), rounded
    as the URL writes it, or None when it reports none."""
    if not returned:
        return None
    center, zoom = returned.get("center"), returned.get("zoom")
    if not isinstance(center, Mapping) or not isinstance(zoom, int | float):
        return None
    lat, lon = center.get("lat"), center.get("lng", center.get("lon"))
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    zoom = min(max(round(zoom), MIN_ZOOM), MAX_ZOOM)
    return MapView(round(float(lat), 4), round(float(lon), 4), int(zoom))
