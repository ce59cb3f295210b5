"""Analysts' corrections: the log's entries, their values, and the review queue's places.

The log lives in the store (:meth:`store.base.AtlasStore.append_corrections`), one entry
per correction (columns :data:`FIELDS`: when, who, incident_id, action, field, old_value,
new_value, reason). It is only ever appended to, and is re-applied by
:func:`geo.applycorrections.apply_corrections` every time incidents are loaded or rebuilt,
so a rebuild never loses a correction. A correction whose incident no longer exists is
reported as an *orphan* (kept in the log, shown to the analyst). Two analysts correcting
one field at once: both entries stay, the later wins (:mod:`geo.supersede` tells them).

Actions (``action`` / ``field`` / ``old_value`` → ``new_value``):

- ``set`` — ``field`` in :data:`SET_FIELDS`. ``place`` takes a JSON object
  (:func:`place_value` / :func:`coords_value`); ``date`` takes
  ``YYYY-MM-DD/YYYY-MM-DD`` or empty for unknown (:func:`date_value`);
  ``killed``/``injured`` a whole number or empty; the others text or empty.
- ``not_incident`` — the row is dropped from the table (listed in the report);
  ``restore`` undoes it.
- ``merge`` — ``new_value`` is the id of the incident folded into ``incident_id``
  (its sources, widest figures, narrower date window). Later corrections to the
  absorbed id follow it.
- ``split`` — ``field`` is ``source``, ``old_value`` the source (``file`` or
  ``file@start``) moved to a new incident whose id is ``new_value``.
- ``confirm`` — reviewed, nothing changed.
- ``restore`` with ``field`` ``merge`` — undoes the merge entry whose :func:`entry_ref` is
  ``old_value`` (:func:`geo.review.effective`: the log is replayed without it).
- ``proposed`` / ``accepted`` / ``rejected`` — the two-person rule (:mod:`geo.review`): a
  proposal applies only from a different editor's acceptance on.

How each action changes the table is :mod:`geo.applycorrections`.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

from geo.geocode import resolve
from geo.intake import without_bidi
from geo.model import ATTRIBUTIONS, Place
from geo.placerank import GeoHints

FIELDS = ("when", "who", "incident_id", "action", "field", "old_value", "new_value", "reason")
REVIEW_ACTIONS = ("proposed", "accepted", "rejected")
"""The two-person rule's entries: written by :mod:`geo.review` only."""
ACTIONS = ("set", "not_incident", "restore", "merge", "split", "confirm", *REVIEW_ACTIONS)
SET_FIELDS = (
    "place", "date", "actor", "attribution", "alleged_by", "event_type", "weapon",
    "killed", "injured",
)  # fmt: skip
TEXT_FIELDS = ("actor", "alleged_by", "event_type", "weapon")
PLACE_COLUMNS = ("place", "place_key", "country", "lat", "lon", "precision", "radius_km")
MAX_REASON = 500
MAX_WHO = 100
MAX_VALUE = 2000


@dataclass(frozen=True)
class Correction:
    """One row of the corrections log (all strings, as stored)."""

    when: str
    who: str
    incident_id: str
    action: str
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    reason: str = ""

    def row(self) -> dict[str, str]:
        return asdict(self)


def entry_ref(c: Correction) -> str:
    """A log entry's reference: a digest of all its columns (the log has no ids of its own,
    and an entry never changes). An acceptance or an undo names its entry by it."""
    text = "\x1f".join(getattr(c, name) for name in FIELDS)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def audit_rows(corrections: Sequence[Correction], who: str | None = None) -> list[dict[str, str]]:
    """The log as an analyst reads it: newest first, one person's entries when ``who`` is set,
    each with its ``ref`` (what an acceptance, a rejection or an undo refers to).

    Parameters
    ----------
    corrections
        The log, oldest first (:meth:`store.base.AtlasStore.corrections`).
    who
        A name or identity exactly as recorded; None for everyone.
    """
    rows = [{"ref": entry_ref(c), **c.row()} for c in corrections if who is None or c.who == who]
    return rows[::-1]


def people(corrections: Sequence[Correction]) -> list[str]:
    """Everyone who wrote to the log, sorted."""
    return sorted({c.who for c in corrections})


# ---- values ----------------------------------------------------------------------------


def _line(value: Any, label: str, limit: int, required: bool = False) -> str:
    v = "" if value is None else without_bidi(str(value)).strip()
    if required and not v:
        raise ValueError(f"A {label} is required.")
    if "\n" in v or "\r" in v:
        raise ValueError(f"The {label} must be one line.")
    if len(v) > limit:
        raise ValueError(f"The {label} is too long (at most {limit} characters).")
    return v


def place_value(place: Place | Mapping[str, Any]) -> str:
    """A place (a gazetteer candidate, or a dict with the table's place columns) as
    the JSON a ``set place`` correction stores."""
    if isinstance(place, Place):
        d: dict[str, Any] = {
            "place": place.name, "place_key": place.key, "country": place.country,
            "lat": place.lat, "lon": place.lon, "precision": place.precision,
            "radius_km": place.radius_km,
        }  # fmt: skip
    else:
        d = {k: place.get(k) for k in PLACE_COLUMNS}
    _parse_place(json.dumps(d))  # validate
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def coords_value(lat: float, lon: float, name: str, precision: str = "town") -> str:
    """Typed coordinates as a ``set place`` value."""
    return place_value({
        "place": name.strip() or f"{lat:.4f}, {lon:.4f}",
        "place_key": f"manual:{lat:.5f},{lon:.5f}", "country": None, "lat": lat, "lon": lon,
        "precision": precision, "radius_km": 0.0,
    })  # fmt: skip


def _parse_place(value: str) -> dict[str, Any]:
    try:
        d = json.loads(value)
    except json.JSONDecodeError as exc:
        raise ValueError("the new place is not valid JSON") from exc
    if not isinstance(d, dict) or not str(d.get("place") or "").strip():
        raise ValueError("the new place needs a name")
    lat, lon = d.get("lat"), d.get("lon")
    if (lat is None) != (lon is None):
        raise ValueError("give both latitude and longitude, or neither")
    if lat is not None and lon is not None:
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError) as exc:
            raise ValueError("latitude and longitude must be numbers") from exc
        if not (
            math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
        ):
            raise ValueError("latitude must be within ±90 and longitude within ±180")
    if d.get("precision") not in (None, "town", "region", "country"):
        raise ValueError("precision must be town, region or country")
    return {**{k: d.get(k) for k in PLACE_COLUMNS}, "lat": lat, "lon": lon}


def date_value(start: date | None, end: date | None) -> str:
    """A date window as a ``set date`` value (empty = unknown)."""
    if start is None and end is None:
        return ""
    start, end = start or end, end or start
    assert start is not None and end is not None
    if end < start:
        raise ValueError("The date window ends before it starts.")
    return f"{start.isoformat()}/{end.isoformat()}"


def _window_precision(a: date, b: date) -> str:
    if a == b:
        return "day"
    if (
        a.day == 1
        and (a.year, a.month) == (b.year, b.month)
        and b.day == calendar.monthrange(b.year, b.month)[1]
    ):
        return "month"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return "year"
    return "week" if (b - a).days == 6 and a.weekday() == 0 else "days"


def _parse_date(value: str) -> tuple[str | None, str | None, str]:
    if not value.strip():
        return None, None, "unknown"
    try:
        a_s, b_s = value.split("/") if "/" in value else (value, value)
        a, b = date.fromisoformat(a_s.strip()), date.fromisoformat(b_s.strip())
    except ValueError as exc:
        raise ValueError("the date window must be YYYY-MM-DD/YYYY-MM-DD") from exc
    if b < a:
        raise ValueError("the date window ends before it starts")
    return a.isoformat(), b.isoformat(), _window_precision(a, b)


def _parse_int(value: str) -> int | None:
    if not value.strip():
        return None
    try:
        n = int(value.strip())
    except ValueError as exc:
        raise ValueError("figures must be whole numbers (or empty for not reported)") from exc
    if n < 0 or n > 10_000_000:
        raise ValueError("figures must be between 0 and 10,000,000")
    return n


def _check_set(fld: str, value: str) -> None:
    if fld not in SET_FIELDS:
        raise ValueError(f"unknown field {fld!r}")
    if fld == "place":
        _parse_place(value)
    elif fld == "date":
        _parse_date(value)
    elif fld in ("killed", "injured"):
        _parse_int(value)
    elif fld == "attribution" and value not in ATTRIBUTIONS:
        raise ValueError(f"attribution must be one of {', '.join(ATTRIBUTIONS)}")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_correction(
    incident_id: str,
    action: str,
    *,
    reason: str,
    field: str = "",
    old_value: Any = "",
    new_value: Any = "",
    who: str = "analyst",
    when: str | None = None,
) -> Correction:
    """A validated correction. Raises ``ValueError`` with a message for the analyst."""
    reason = _line(reason, "reason", MAX_REASON, required=True)
    who = _line(who, "name", MAX_WHO) or "analyst"
    incident_id = _line(incident_id, "incident id", 200, required=True)
    if action not in ACTIONS or action in REVIEW_ACTIONS:  # those: geo.review's own makers
        raise ValueError(f"Unknown action {action!r}.")
    old = "" if old_value is None else without_bidi(str(old_value))
    new = "" if new_value is None else without_bidi(str(new_value))
    if len(old) > MAX_VALUE or len(new) > MAX_VALUE:
        raise ValueError("The value is too long.")
    try:
        if action == "set":
            _check_set(field, new)
        elif action == "merge" and (not new.strip() or new.strip() == incident_id):
            raise ValueError("pick another incident to merge with")
        elif action == "split":
            if not old.strip():
                raise ValueError("pick the source to move")
            if not new.strip() or new.strip() == incident_id:
                raise ValueError("the new incident needs its own id")
            field = "source"
        elif action == "restore" and (field not in ("", "merge") or field and not old.strip()):
            raise ValueError("a restore undoes a dismissal, or a merge named by its ref")
    except ValueError as exc:
        raise ValueError(f"Cannot apply this correction: {exc}.") from None
    return Correction(when or now_iso(), who, incident_id, action, field, old, new, reason)


def _null(v: Any) -> bool:
    if v is None or v is pd.NA:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _str(v: Any) -> str:
    return "" if _null(v) else str(v)


def describe(fld: str, value: str) -> str:
    """A stored value as an analyst reads it (a place's name and coordinates, a window)."""
    if fld == "place" and value.strip().startswith("{"):
        try:
            d = json.loads(value)
        except json.JSONDecodeError:
            return value
        lat, lon = d.get("lat"), d.get("lon")
        where = f" ({float(lat):.4f}, {float(lon):.4f})" if lat is not None else ""
        return f"{d.get('place')}{where}"
    if fld == "date":
        return value.replace("/", " – ") if value else "unknown"
    return value or "none"


# ---- review queue ------------------------------------------------------------------------


def place_query(row: Mapping[str, Any]) -> str:
    """The place words the sources used for an incident (what was geocoded)."""
    for s in row.get("sources") or []:
        if isinstance(s, Mapping) and s.get("place_text"):
            return str(s["place_text"])
    return _str(row.get("place"))


def place_candidates(
    gaz: Any, name: str, countries: tuple[str, ...] = ("UA", "RU")
) -> tuple[bool, tuple[Place, ...]]:
    """(ambiguous, candidates) the gazetteer offers for ``name`` (see
    :func:`geo.geocode.resolve`)."""
    if not name.strip():
        return False, ()
    res = resolve(gaz, name, GeoHints(countries=countries))
    return res.ambiguous, res.candidates


def ambiguous_ids(df: pd.DataFrame, gaz: Any) -> list[str]:
    """Ids of unreviewed incidents whose place is an ambiguous geocode — the review queue."""
    out = []
    for row in df.to_dict("records"):
        if row.get("reviewed") is True:
            continue
        ambiguous, _ = place_candidates(gaz, place_query(row))
        if ambiguous:
            out.append(str(row["id"]))
    return out
