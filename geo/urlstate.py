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
    (Sources page only) the article file to open; see :func:`parse_article`.
``a_from``, ``a_to``, ``b_from``, ``b_to``
    (Compare page only) the two periods compared; see :func:`parse_periods`.
``play``, ``step``, ``trail``
    (Map page only) a playback's step: its last day, its unit (``day``, ``week``,
    ``month``) and how many steps stay shown; see :func:`parse_playback`.

Everything here is pure: :func:`parse_view` never raises on any input and
returns warnings that name the bad *parameter* (never echo its raw value), so
a page may show them with ``st.warning`` without rendering URL text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
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

MAX_VALUE_LEN = 200
"""Longer parameter values are refused (nothing legitimate is this long)."""

MAX_REPEATS = 100
"""More repeats of one parameter than this are refused."""


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


def periods_to_params(days: Mapping[str, date]) -> dict[str, list[str]]:
    """The URL parameters of the compare page's periods (every one written, so a shared
    link keeps the comparison even after the data's range grows)."""
    return {k: [days[k].isoformat()] for k in PERIOD_KEYS if k in days}


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
    from geo import playback  # here: geo.playback imports this module

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


def playback_to_params(step: PlaybackStep | None) -> dict[str, list[str]]:
    """The URL parameters of a playback step (none when not playing)."""
    if step is None:
        return {}
    return {"play": [step.end.isoformat()], "step": [step.unit], "trail": [str(step.trail)]}


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
