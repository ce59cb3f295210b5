"""Incident records as the briefing map reads them: rows, points and date windows.

No folium and no markup: :mod:`render.popups`, :mod:`render.mapframe` and :mod:`render.mapview`
build on these.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

# --------------------------------------------------------------------------- dates

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _day_range(a: date, b: date) -> str:
    if a == b:
        return _day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {_MONTHS[a.month - 1]} – {_day(b)}"
    return f"{_day(a)} – {_day(b)}"


def _month_range(a: date, b: date) -> str:
    if (a.year, a.month) == (b.year, b.month):
        return f"{_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{_MONTHS[a.month - 1]}–{_MONTHS[b.month - 1]} {a.year}"
    return f"{_MONTHS[a.month - 1]} {a.year} – {_MONTHS[b.month - 1]} {b.year}"


def format_date_window(start: Any, end: Any, precision: str | None) -> str:
    """Say when something happened exactly as precisely as we know it.

    Parameters
    ----------
    start, end : date, ISO string or None
        Inclusive window; ``end`` defaults to ``start``.
    precision : str or None
        ``day``, ``days``, ``week``, ``month``, ``year`` or ``unknown``.

    Returns
    -------
    str
        ``"3 Jul 2022"`` (day), ``"2–4 Jul 2022"`` (days/week or a day range),
        ``"Apr 2022"`` (month), ``"2022"`` (year), ``"date unknown"``.
    """
    a = _as_date(start)
    b = _as_date(end) or a
    if a is None or b is None or precision in (None, "", "unknown"):
        return "date unknown"
    if b < a:
        a, b = b, a
    if precision == "year":
        return str(a.year) if a.year == b.year else f"{a.year}–{b.year}"
    if precision == "month":
        return _month_range(a, b)
    return _day_range(a, b)


def record_date(rec: Mapping[str, Any]) -> str:
    """The record's date window, formatted."""
    return format_date_window(rec.get("date_start"), rec.get("date_end"), rec.get("date_precision"))


# --------------------------------------------------------------------------- records


def _clean(value: Any) -> Any:
    """pandas NA/NaN → None; everything else unchanged."""
    if value is None or isinstance(value, (list, tuple, dict, str)):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def as_records(records_or_df: Any) -> list[dict[str, Any]]:
    """Incident records from a list of dicts or the typed incidents DataFrame.

    Parameters
    ----------
    records_or_df : iterable of dict or pandas.DataFrame

    Returns
    -------
    list of dict
        With pandas missing values turned into ``None``.
    """
    if hasattr(records_or_df, "to_dict") and hasattr(records_or_df, "columns"):
        rows = records_or_df.to_dict("records")
    else:
        rows = list(records_or_df or [])
    return [{k: _clean(v) for k, v in dict(r).items()} for r in rows]


def _latlon(rec: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = float(rec.get("lat")), float(rec.get("lon"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def located(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The records that have coordinates (the ones the map can draw)."""
    return [r for r in records if _latlon(r) is not None]


def incident_ids_at(records_or_df: Any, lat: float, lon: float, tol: float = 1e-6) -> list[str]:
    """Ids of the incidents drawn at ``(lat, lon)`` (e.g. st_folium's last click)."""
    out = []
    for r in as_records(records_or_df):
        ll = _latlon(r)
        if ll and abs(ll[0] - lat) <= tol and abs(ll[1] - lon) <= tol:
            out.append(str(r.get("id")))
    return out
