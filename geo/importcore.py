"""What every importer of :mod:`geo.importers` shares: the result, cell parsers, records.

:class:`ImportResult` and :class:`Skip` are what a ``parse_*`` function returns;
:class:`RowError` is one row's reason for being skipped. The cell parsers (coordinates,
counts, days, links) raise it; :func:`make_record` builds one row of the incident table
and ``_Collector`` gathers them; :func:`read_text` and ``_csv_rows`` read a file.

**Row numbers** are 1-based *data rows*: in a CSV the first row after the
header is row 1 (so the file's line number is ``row + 1`` when no cell spans
lines); in GeoJSON the first feature is row 1.

Rules shared by all formats:

- the id is ``<layer>:<the dataset's own id>`` (``cir:UW0067``); a row without
  an id gets ``<layer>:row<k>``; a later row reusing an id for a *different*
  event gets ``<layer>:<id>-row<k>``;
- a row repeating an earlier row's event (same id, date, place and title) is
  another source of that incident, not a new incident; an exact repeat (same
  link too) is skipped as a duplicate;
- ``sources`` holds one entry per row: ``article`` is the dataset's name,
  ``excerpt`` the row's notes/description, ``url`` its link (http/https only);
  offsets are null (there is no article text);
- ``attribution`` is ``"stated"``; ``actor`` only where the data names one;
- blank values are unknown (null); malformed ones (a date that is not a date,
  a latitude that is not a number) make the row skipped.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from geo.csvfile import decode_utf8
from geo.table import COLUMNS

MAX_BYTES = 200 * 1024 * 1024
LAYER_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class Skip:
    """A row that was not loaded: its 1-based data row number and why."""

    row: int
    reason: str


@dataclass
class ImportResult:
    """What a ``parse_*`` function read."""

    layer: str
    format: str
    dataset: str
    records: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The JSON object ``python -m geo import`` prints."""
        return {
            "loaded": len(self.records),
            "skipped": [{"row": s.row, "reason": s.reason} for s in self.skipped],
        }


class RowError(ValueError):
    """One row cannot be read (the message is the reason shown to the user)."""


# --------------------------------------------------------------------------- small parsers


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _text(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _short(v: Any, n: int = 40) -> str:
    s = str(v).strip().replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def parse_coordinate(value: Any, what: str) -> float | None:
    """A latitude/longitude in decimal degrees; blank → None; malformed → RowError."""
    if _blank(value):
        return None
    try:
        x = float(str(value).strip().replace(",", ".")) if not isinstance(value, float) else value
    except ValueError:
        raise RowError(f"{what} {_short(value)!r} is not a number") from None
    limit = 90.0 if what == "latitude" else 180.0
    if not math.isfinite(x) or abs(x) > limit:
        raise RowError(f"{what} {_short(value)!r} is outside -{limit:g}..{limit:g}")
    return x


def _point(lat_v: Any, lon_v: Any) -> tuple[float | None, float | None]:
    lat, lon = parse_coordinate(lat_v, "latitude"), parse_coordinate(lon_v, "longitude")
    if (lat is None) != (lon is None):
        raise RowError("only one of latitude/longitude is given")
    if lat == 0 and lon == 0:
        raise RowError("coordinates are 0,0 (a placeholder, not a place)")
    return lat, lon


def parse_count(value: Any, what: str) -> int | None:
    """A non-negative whole number; blank → None."""
    if _blank(value):
        return None
    try:
        f = float(str(value).strip())
    except ValueError:
        raise RowError(f"{what} {_short(value)!r} is not a number") from None
    if not math.isfinite(f) or f < 0 or f != int(f):
        raise RowError(f"{what} {_short(value)!r} is not a whole number ≥ 0")
    return int(f)


_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_day(value: Any, what: str = "date") -> date | None:
    """A calendar day in an unambiguous format (ISO, ``24 February 2022``,
    ``24/02/2022`` day-first, ``24.02.2022``; an ISO timestamp's day); blank → None."""
    if _blank(value):
        return None
    s = str(value).strip()
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", s)
    if iso:
        s = iso.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise RowError(f"{what} {_short(s)!r} is not a date (use YYYY-MM-DD)")


def safe_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL without spaces, else None."""
    s = _text(value)
    if s and re.match(r"^https?://[^\s<>\"']+$", s, re.I):
        return s
    return None


# --------------------------------------------------------------------------- records


def _window(start: date | None, end: date | None, precision: str) -> dict[str, Any]:
    if start is None:
        return {"date_start": None, "date_end": None, "date_precision": "unknown"}
    return {
        "date_start": start.isoformat(),
        "date_end": (end or start).isoformat(),
        "date_precision": precision,
    }


def make_record(
    layer: str,
    dataset: str,
    ident: str,
    *,
    place: str | None,
    country: str | None,
    lat: float | None,
    lon: float | None,
    precision: str | None,
    radius_km: float | None,
    when: dict[str, Any],
    actor: str | None,
    event_type: str | None,
    weapon: str | None,
    killed: int | None = None,
    injured: int | None = None,
    excerpt: str | None,
    url: str | None,
    notes: Iterable[str] = (),
    attribution: str = "stated",
    alleged_by: str | None = None,
    extra_source: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One row of the incident table (:data:`geo.table.COLUMNS` + ``layer``)."""
    source = {
        "article": dataset,
        "excerpt": excerpt or "",
        "start": None,
        "end": None,
        "url": url,
        "killed": killed,
        "injured": injured,
        "actor": actor,
        "attribution": attribution,
        "alleged_by": alleged_by,
        **when,
        "place_text": place,
        **(extra_source or {}),
    }
    located = lat is not None and lon is not None
    rec: dict[str, Any] = {
        "id": f"{layer}:{ident}",
        "place": place or ("unnamed place" if located else "unknown place"),
        "place_key": None,
        "country": country,
        "lat": lat,
        "lon": lon,
        "precision": precision if located else None,
        "radius_km": radius_km if located else None,
        **when,
        "actor": actor,
        "attribution": attribution,
        "alleged_by": alleged_by,
        "event_type": event_type or "attack",
        "weapon": weapon,
        "killed": killed,
        "injured": injured,
        "n_sources": 1,
        "articles": [dataset],
        "sources": [source],
        "notes": list(notes),
        # A dataset's own coding, not the extractor's reading: no extraction confidence.
        "confidence": None,
        "reasons": [],
        "layer": layer,
    }
    assert set(COLUMNS) <= set(rec)
    return rec


class _Collector:
    """Collects records, turning repeats of an event into extra sources."""

    def __init__(self, layer: str, dataset: str, fmt: str) -> None:
        self.result = ImportResult(layer, fmt, dataset)
        self._by_id: dict[str, tuple[int, tuple[Any, ...], int]] = {}
        self._seen: dict[tuple[Any, ...], int] = {}

    def skip(self, row: int, reason: str) -> None:
        self.result.skipped.append(Skip(row, reason))

    def add(
        self,
        row: int,
        own_id: str | None,
        event_key: tuple[Any, ...],
        url: str | None,
        build: Callable[[str], dict[str, Any]],
    ) -> None:
        full = (own_id, *event_key, url)
        if own_id and full in self._seen:
            self.skip(row, f"duplicate of row {self._seen[full]}")
            return
        if own_id:
            self._seen[full] = row
        ident = own_id or f"row{row}"
        prev = self._by_id.get(ident) if own_id else None
        if prev is not None:
            first_row, prev_key, index = prev
            if prev_key == event_key:  # the same event from another source
                rec = self.result.records[index]
                new = build(ident)["sources"][0]
                rec["sources"].append(new)
                rec["n_sources"] = len(rec["sources"])
                rec["notes"].append(f"row {row} is another source of this event")
                return
            ident = f"{own_id}-row{row}"
        rec = build(ident)
        if prev is not None:
            rec["notes"].append(f"the dataset reuses id {own_id} (row {prev[0]}) for another event")
        self._by_id.setdefault(own_id or ident, (row, event_key, len(self.result.records)))
        self.result.records.append(rec)


# --------------------------------------------------------------------------- reading files


def read_text(source: str | bytes | Path) -> tuple[str, str]:
    """(text, dataset name) of a path, bytes or an already-read string."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_BYTES:
                raise ValueError(f"{source.name} is larger than {MAX_BYTES // 2**20} MB")
            data = source.read_bytes()
        except FileNotFoundError:
            raise ValueError(f"{source} does not exist") from None
        except IsADirectoryError:
            raise ValueError(f"{source} is a folder, not a file") from None
        name = source.name
    elif isinstance(source, bytes):
        data, name = source, "upload"
    else:
        return source.lstrip("\ufeff"), "text"
    return decode_utf8(data, name), name


def _csv_rows(text: str, required: Iterable[str], what: str) -> tuple[list[str], list[list[str]]]:
    if not text.strip():
        raise ValueError(f"the {what} file is empty")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ValueError(f"the {what} file is not valid CSV ({exc})") from None
    header = [h.strip() for h in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(
            f"not a {what} file: missing column(s) {', '.join(missing)} "
            f"(found: {', '.join(_short(h, 30) for h in header[:12]) or 'none'})"
        )
    return header, rows[1:]


Progress = Callable[[int, int], None]
"""Called as ``progress(rows_done, rows_total)`` while a file is read (the app's bar)."""
PROGRESS_EVERY = 500


def _tick(progress: Progress | None, k: int, total: int) -> None:
    """Report every :data:`PROGRESS_EVERY` rows and at the end (not every row: the app's
    progress bar is a message to the browser)."""
    if progress is not None and (k % PROGRESS_EVERY == 0 or k == total):
        progress(k, total)


def _dict_rows(
    header: list[str], rows: list[list[str]], col: _Collector, progress: Progress | None = None
) -> Iterable[tuple[int, dict[str, str]]]:
    for k, cells in enumerate(rows, start=1):
        _tick(progress, k, len(rows))
        if not any(c.strip() for c in cells):
            continue  # a blank line is not a row
        if len(cells) != len(header):
            col.skip(k, f"row has {len(cells)} fields, expected {len(header)}")
            continue
        yield k, dict(zip(header, cells, strict=True))


def check_layer_name(name: str) -> str:
    """``name`` if it is a usable layer name (lower-case letters, digits, ``-``, ``_``)."""
    if not LAYER_NAME.match(name):
        raise ValueError(
            f"layer name {_short(name)!r} must be 1-40 lower-case letters, digits, '-' or '_'"
        )
    return name


def slug(text: str) -> str:
    """A layer name made from a file name."""
    s = re.sub(r"[^a-z0-9_-]+", "-", text.casefold()).strip("-_")[:40]
    return s or "layer"
