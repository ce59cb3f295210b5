"""Reading the shareable view from URL query parameters (:mod:`geo.urlstate`'s format).

Everything here is pure: :func:`parse_view` never raises on any input and
returns warnings that name the bad *parameter* (never echo its raw value), so
a page may show them with ``st.warning`` without rendering URL text. The same holds
for the compare page's periods (:func:`parse_periods`), the map's playback step
(:func:`parse_playback`) and the Sources page's article (:func:`parse_article`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

from geo import playback
from geo.playback import PlaybackStep
from geo.urlstate import (
    MAP_VIEW_KEYS,
    MAX_ZOOM,
    MIN_ZOOM,
    PERIOD_KEYS,
    PLAY_KEYS,
    DateBounds,
    MapView,
    ViewState,
    _values,
)

MAX_VALUE_LEN = 200
"""Longer parameter values are refused (nothing legitimate is this long)."""

MAX_REPEATS = 100
"""More repeats of one parameter than this are refused."""


def _sane(values: list[str]) -> bool:
    return len(values) <= MAX_REPEATS and all(len(v) <= MAX_VALUE_LEN for v in values)


def _parse_date(value: str) -> date | None:
    value = value.strip()
    # Only plain YYYY-MM-DD; fromisoformat would also take e.g. "20240101".
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _url_date(
    params: Mapping[str, Sequence[str] | str],
    key: str,
    bounds: DateBounds | None,
    warnings: list[str],
) -> date | None:
    """The date parameter ``key`` (a first day when it ends in ``from``, else a last
    day), clamped to ``bounds``; None, with a warning naming it, when it is unusable."""
    vals = _values(params, key)
    if not vals:
        return None
    if len(vals) > 1 or not _sane(vals):
        warnings.append(f"URL parameter '{key}' must be given once; ignored.")
        return None
    d = _parse_date(vals[0])
    if d is None:
        warnings.append(f"URL parameter '{key}' is not a date (YYYY-MM-DD); ignored.")
        return None
    if bounds is None:
        warnings.append(f"URL parameter '{key}' ignored: no incident has a known date.")
        return None
    first = key.endswith("from")
    if (first and d > bounds.end) or (not first and d < bounds.start):
        warnings.append(
            f"URL parameter '{key}' leaves no date of the data "
            f"({bounds.start.isoformat()} to {bounds.end.isoformat()}); clamped."
        )
    # A wider range than the data (a link shared when there was more) is fine as it is.
    return min(max(d, bounds.start), bounds.end)


def _pick(
    key: str,
    values: list[str],
    allowed: Sequence[str],
    warnings: list[str],
    all_means_none: bool = True,
) -> tuple[str, ...]:
    """Values matched (case-insensitively) to ``allowed``, in ``allowed`` order
    (every value chosen reads as no filter unless ``all_means_none`` is False)."""
    if not values:
        return ()
    if not _sane(values):
        warnings.append(f"URL parameter '{key}' is too long or repeated too often; ignored.")
        return ()
    canon = {a.casefold(): a for a in allowed}
    chosen: set[str] = set()
    unknown = 0
    for v in values:
        hit = canon.get(v.strip().casefold())
        if hit is None:
            unknown += 1
        else:
            chosen.add(hit)
    if unknown:
        what = "value" if unknown == 1 else "values"
        warnings.append(
            f"URL parameter '{key}': ignored {unknown} unknown {what} (not in the data)."
        )
    if all_means_none and len(chosen) == len(set(allowed)):
        return ()  # everything selected is the same as no filter
    return tuple(a for a in allowed if a in chosen)


def parse_view(
    params: Mapping[str, Sequence[str] | str],
    bounds: DateBounds | None,
    actors: Sequence[str],
    types: Sequence[str],
    incident_ids: Collection[str],
    layers: Sequence[str] = (),
) -> tuple[ViewState, list[str]]:
    """Validate URL parameters against the data; never raises.

    ``params`` maps a name to its values (``st.query_params`` as
    ``{k: get_all(k)}``; a bare string counts as one value). ``actors`` and
    ``types`` are the labels present (null as :data:`UNKNOWN`). Anything bad
    falls back to the default for that parameter and adds a warning naming it.
    Dates outside ``bounds`` are clamped, with a warning only when the range
    would leave no date of the data; ``to`` before ``from`` resets both.
    ``layers`` are the imported layers' names (for ``hide``).
    """
    warnings: list[str] = []
    d_from = _url_date(params, "from", bounds, warnings)
    d_to = _url_date(params, "to", bounds, warnings)
    if d_from is not None and d_to is not None and d_to < d_from:
        warnings.append("URL parameters 'from'/'to': 'to' is before 'from'; showing all dates.")
        d_from = d_to = None
    if bounds is not None:
        if d_from == bounds.start:
            d_from = None
        if d_to == bounds.end:
            d_to = None

    sel_actors = _pick("actor", _values(params, "actor"), list(actors), warnings)
    sel_types = _pick("type", _values(params, "type"), list(types), warnings)

    incident: str | None = None
    vals = _values(params, "incident")
    if vals:
        if len(vals) > 1 or not _sane(vals):
            warnings.append("URL parameter 'incident' must be given once; ignored.")
        elif vals[0] in incident_ids:
            incident = vals[0]
        else:
            warnings.append("URL parameter 'incident' names no known incident; ignored.")

    hidden = _pick("hide", _values(params, "hide"), list(layers), warnings, all_means_none=False)
    view = ViewState(d_from, d_to, sel_actors, sel_types, incident, hidden)
    return view, warnings


def parse_periods(
    params: Mapping[str, Sequence[str] | str], bounds: DateBounds | None
) -> tuple[dict[str, date], list[str]]:
    """The compare page's period days the URL gives (:data:`PERIOD_KEYS`); never raises.

    Parameters
    ----------
    params : the URL's query parameters (as for :func:`parse_view`).
    bounds : the data's first and last day (None when nothing is dated).

    Returns
    -------
    (dict, list of str)
        The usable days by parameter name (a missing or bad one is left out: the page
        uses its default), and warnings that name the parameter, never echo its value.
        Days outside ``bounds`` are clamped; a period whose last day precedes its first
        loses both.
    """
    warnings: list[str] = []
    days: dict[str, date] = {}
    for key in PERIOD_KEYS:
        d = _url_date(params, key, bounds, warnings)
        if d is not None:
            days[key] = d
    for side in ("a", "b"):
        lo, hi = days.get(f"{side}_from"), days.get(f"{side}_to")
        if lo is not None and hi is not None and hi < lo:
            warnings.append(f"URL parameters '{side}_from'/'{side}_to': '{side}_to' is before "
                            f"'{side}_from'; showing the default period.")  # fmt: skip
            del days[f"{side}_from"], days[f"{side}_to"]
    return days, warnings


def parse_playback(
    params: Mapping[str, Sequence[str] | str], bounds: DateBounds | None
) -> tuple[PlaybackStep | None, list[str]]:
    """The playback step the URL gives (:data:`PLAY_KEYS`); never raises.

    Parameters
    ----------
    params : the URL's query parameters (as for :func:`parse_view`).
    bounds : the data's first and last day (None when nothing is dated: no playback).

    Returns
    -------
    (PlaybackStep or None, list of str)
        The step (None without ``play`` or when it is unusable; a bad ``step`` or
        ``trail`` alone falls back to its default), and warnings that name the
        parameter, never echo its value. A day outside ``bounds`` is clamped.
    """
    vals = {key: _values(params, key) for key in PLAY_KEYS}
    if not vals["play"]:
        if vals["step"] or vals["trail"]:
            return None, ["URL parameters 'step'/'trail' need 'play' (the day); ignored."]
        return None, []
    warnings: list[str] = []
    usable: dict[str, str] = {}
    for key, values in vals.items():
        if len(values) > 1 or not _sane(values):
            warnings.append(f"URL parameter '{key}' must be given once; ignored.")
        elif values:
            usable[key] = values[0]
    unit, trail = playback.DEFAULT_UNIT, playback.DEFAULT_TRAIL
    try:
        unit = playback.parse_unit(usable.get("step", unit))
    except ValueError as exc:
        warnings.append(f"URL parameter 'step': {exc}; using {unit}.")
    try:
        trail = playback.parse_trail(usable.get("trail", str(trail)))
    except ValueError as exc:
        warnings.append(f"URL parameter 'trail': {exc}; using {trail}.")
    if "play" not in usable:
        return None, warnings
    try:
        step = playback.parse_step(usable["play"], unit, trail)
    except ValueError as exc:
        return None, [*warnings, f"URL parameter 'play': {exc}; playback not started."]
    if bounds is None:
        return None, [*warnings, "URL parameter 'play' ignored: no incident has a known date."]
    if not bounds.start <= step.end <= bounds.end:
        warnings.append(
            f"URL parameter 'play' is outside the data ({bounds.start.isoformat()} to "
            f"{bounds.end.isoformat()}); clamped."
        )
    return playback.next_step(step, 0, bounds), warnings


def parse_article(
    params: Mapping[str, Sequence[str] | str], files: Iterable[str]
) -> tuple[str | None, list[str]]:
    """The ``article`` parameter, accepted only if it names a known article file."""
    vals = _values(params, "article")
    if not vals:
        return None, []
    known = set(files)
    if len(vals) == 1 and _sane(vals) and vals[0] in known:
        return vals[0], []
    return None, ["URL parameter 'article' names no known article; ignored."]


def parse_map_view(params: Mapping[str, Sequence[str] | str]) -> tuple[MapView | None, list[str]]:
    """The map's centre and zoom the URL gives (:data:`MAP_VIEW_KEYS`); never raises.

    Returns
    -------
    (MapView or None, list of str)
        The view, or None (the map opens fitted to its incidents) when none is given or
        any of ``lat``, ``lon``, ``zoom`` is missing or unusable; warnings name the
        parameter, never echo its value.
    """
    vals = {key: _values(params, key) for key in MAP_VIEW_KEYS}
    if not any(vals.values()):
        return None, []
    if any(len(v) != 1 or not _sane(v) for v in vals.values()):
        return None, [
            "URL parameters 'lat', 'lon' and 'zoom' go together, once each; "
            "the map opens fitted to its incidents."
        ]
    try:
        lat, lon, zoom = float(vals["lat"][0]), float(vals["lon"][0]), int(vals["zoom"][0])
    except ValueError:
        return None, [
            "URL parameters 'lat'/'lon' must be numbers and 'zoom' a whole number; "
            "the map opens fitted to its incidents."
        ]
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # (NaN fails both)
        return None, ["URL parameters 'lat'/'lon' are off the globe; the map opens fitted."]
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        return None, [f"URL parameter 'zoom' must be {MIN_ZOOM}–{MAX_ZOOM}; the map opens fitted."]
    return MapView(lat, lon, zoom), []
