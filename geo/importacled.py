"""Importing an ACLED export CSV (:func:`parse_acled`), one of :mod:`geo.importers`' formats.

ACLED's own coding is mapped to the table's: state forces to the state
(:func:`acled_actor`), sub-event types to the table's vocabulary
(:func:`acled_event_type`), time and geo precision to date windows and radii.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from geo.countries import country_code, country_from_point
from geo.importcore import (
    ImportResult,
    Progress,
    RowError,
    _Collector,
    _csv_rows,
    _dict_rows,
    _point,
    _short,
    _text,
    _window,
    check_layer_name,
    make_record,
    parse_count,
    parse_day,
    read_text,
    safe_url,
)

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
ACLED_REQUIRED = ("event_id_cnty", "event_date", "latitude", "longitude")

_ACLED_STATE = re.compile(
    r"^(?:Military|Police|Air|Naval|Border|Security|Special)\s+Forces\s+of\s+(?:the\s+)?"
    r"([A-Z][A-Za-z' -]*?)\s*(?:\(|\[|$)"
)
ACLED_SUB_EVENTS: dict[str, str] = {
    "air/drone strike": "air strike",
    "shelling/artillery/missile attack": "shelling",
    "remote explosive/landmine/ied": "explosion",
    "grenade": "explosion",
    "suicide bomb": "explosion",
    "armed clash": "ground battle",
    "attack": "attack",
}


def acled_actor(actor1: str | None) -> str | None:
    """ACLED's actor1 → the table's actor: state forces → the state ("Military Forces
    of Russia (2000-)" → "Russia"); unidentified groups → None; others kept as written."""
    a = _text(actor1)
    if a is None:
        return None
    m = _ACLED_STATE.match(a)
    if m:
        return m.group(1).strip()
    if a.casefold().startswith("unidentified"):
        return None
    return a


def acled_event_type(sub_event: str | None, event_type: str | None, notes: str | None) -> str:
    """ACLED's sub-event type in the table's vocabulary ("Air/drone strike" → "drone
    strike" when the notes mention drones, else "air strike")."""
    sub = (sub_event or "").strip().casefold()
    if sub == "air/drone strike":
        return (
            "drone strike"
            if re.search(r"\b(?:drones?|UAVs?|Shahed)\b", notes or "", re.I)
            else "air strike"
        )
    missile = re.search(r"\bmissiles?\b", notes or "", re.I)
    if sub == "shelling/artillery/missile attack" and missile:
        return "missile strike"
    if sub in ACLED_SUB_EVENTS:
        return ACLED_SUB_EVENTS[sub]
    return (sub_event or event_type or "attack").strip().casefold() or "attack"


def _acled_when(day: date, precision: str | None) -> dict[str, Any]:
    p = (precision or "1").strip()
    if p == "2":  # ACLED: "the week of the given day"
        return _window(day - timedelta(days=3), day + timedelta(days=3), "week")
    if p == "3":  # ACLED: "the month of the given day"
        first = day.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return _window(first, nxt - timedelta(days=1), "month")
    if p not in ("1", ""):
        raise RowError(f"time_precision {_short(p)!r} is not 1, 2 or 3")
    return _window(day, day, "day")


_GEO_PRECISION = {
    "1": ("town", 0.0),
    "2": ("town", 25.0),
    "3": ("region", 100.0),
    "": ("town", 0.0),
}


def parse_acled(
    source: str | bytes | Path,
    layer: str = "acled",
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read an ACLED export (CSV with ACLED's column names; extra columns are ignored).

    ``event_date`` may be ISO or ``24 February 2022``; ``time_precision`` 2/3 widen
    the date to the week/month; ``geo_precision`` 2/3 give a 25/100 km radius;
    ``fatalities`` is ``killed``; ``actor1`` maps as :func:`acled_actor`. Rows
    without an id, a date or coordinates, or with malformed values, are skipped.
    """
    text, name = read_text(source)
    dataset = dataset or name
    check_layer_name(layer)
    header, rows = _csv_rows(text, ACLED_REQUIRED, "ACLED")
    col = _Collector(layer, dataset, "acled")
    for k, r in _dict_rows(header, rows, col, progress):
        try:
            own = _text(r.get("event_id_cnty"))
            if own is None:
                raise RowError("event_id_cnty is empty")
            day = parse_day(r.get("event_date"), "event_date")
            if day is None:
                raise RowError("event_date is empty")
            when = _acled_when(day, r.get("time_precision"))
            lat, lon = _point(r.get("latitude"), r.get("longitude"))
            if lat is None:
                raise RowError("latitude/longitude are empty")
            killed = parse_count(r.get("fatalities"), "fatalities")
            prec, radius = _GEO_PRECISION.get((r.get("geo_precision") or "").strip(), (None, None))
            if prec is None:
                raise RowError(f"geo_precision {_short(r.get('geo_precision'))!r} is not 1, 2 or 3")
        except RowError as exc:
            col.skip(k, str(exc))
            continue
        notes_text = _text(r.get("notes"))
        place = _text(r.get("location")) or _text(r.get("admin2")) or _text(r.get("admin1"))
        actor = acled_actor(r.get("actor1"))
        outlet = _text(r.get("source"))
        kinds = [(r.get(c) or "").strip() for c in ("event_type", "sub_event_type")]
        notes = [f"ACLED: {' / '.join(kinds)}"]
        if _text(r.get("actor2")):
            notes.append(f"ACLED actor2: {_text(r.get('actor2'))}")
        country = (
            country_code(r.get("iso"))
            if "iso" in r and not (r.get("iso") or "").isdigit()
            else None
        )
        country = country or country_code(r.get("country")) or country_from_point(lat, lon)

        def build(
            ident: str,
            *,
            r: dict[str, str] = r,
            when: dict[str, Any] = when,
            lat: float | None = lat,
            lon: float | None = lon,
            killed: int | None = killed,
            prec: str | None = prec,
            radius: float | None = radius,
            place: str | None = place,
            actor: str | None = actor,
            outlet: str | None = outlet,
            notes: list[str] = notes,
            notes_text: str | None = notes_text,
            country: str | None = country,
        ) -> dict[str, Any]:
            return make_record(
                layer,
                dataset,
                ident,
                place=place,
                country=country,
                lat=lat,
                lon=lon,
                precision=prec,
                radius_km=radius,
                when=when,
                actor=actor,
                event_type=acled_event_type(
                    r.get("sub_event_type"), r.get("event_type"), notes_text
                ),
                weapon=None,
                killed=killed,
                excerpt=notes_text,
                url=safe_url(outlet),
                notes=notes,
                extra_source={"outlet": outlet},
            )

        col.add(k, own, (when["date_start"], lat, lon, notes_text), outlet, build)
    return col.result
