"""Importing analysts' datasets as layers of the one incident table.

Three inputs, one ``parse_*`` each (validation happens here, at the edge):

- :func:`parse_acled` — an ACLED export CSV;
- :func:`parse_cir` — the CIR / Bellingcat-style "Eyes on Russia" CSV;
- :func:`parse_geojson` — any GeoJSON FeatureCollection of points.

Each returns an :class:`ImportResult`: ``records`` are rows of
:data:`geo.table.COLUMNS` plus a ``layer`` key, and ``skipped`` lists the rows
that could not be read with a reason a user understands. A whole file that
cannot be read (wrong columns, not JSON, not UTF-8, ...) raises ``ValueError``.
Each also takes ``progress``, called as ``progress(rows_done, rows_total)`` every few
hundred rows (the app's progress bar on large files).

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
import difflib
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.table import COLUMNS

FORMATS = ("acled", "cir", "geojson")

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

CIR_COLUMNS = (
    "entry",
    "date",
    "event_group",
    "title",
    "brief description",
    "lat",
    "lon",
    "country",
    "province",
    "district",
    "town/city",
    "arms/munition",
    "violence level",
    "link",
    "geolocation",
)
CIR_REQUIRED = ("entry", "date", "title", "lat", "lon")

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


_TITLE_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})")


def title_date(title: str | None) -> date | None:
    """The ``DD/MM/YYYY`` date a CIR title starts with, if any (and valid)."""
    m = _TITLE_DATE.match(title or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


_STATUS = re.compile(r"(?:twitter|x)\.com/[^/\s]+/status(?:es)?/(\d{15,20})", re.I)
_TWITTER_EPOCH_MS = 1288834974657


def posted_date(url: str | None) -> date | None:
    """The day a tweet was posted, read from its status id (ids since late 2010 are
    time-ordered "snowflakes"); None for other links."""
    m = _STATUS.search(url or "")
    if not m:
        return None
    ms = (int(m.group(1)) >> 22) + _TWITTER_EPOCH_MS
    if ms <= _TWITTER_EPOCH_MS:
        return None
    return datetime.fromtimestamp(ms / 1000, tz=UTC).date()


def safe_url(value: Any) -> str | None:
    """``value`` when it is an http(s) URL without spaces, else None."""
    s = _text(value)
    if s and re.match(r"^https?://[^\s<>\"']+$", s, re.I):
        return s
    return None


# --------------------------------------------------------------------------- countries

COUNTRY_CODES: dict[str, str] = {
    "ukraine": "UA",
    "crimea": "UA",
    "russia": "RU",
    "russian federation": "RU",
    "belarus": "BY",
    "moldova": "MD",
    "poland": "PL",
    "romania": "RO",
    "serbia": "RS",
    "georgia": "GE",
    "cyprus": "CY",
    "lithuania": "LT",
    "latvia": "LV",
    "estonia": "EE",
    "kazakhstan": "KZ",
    "hungary": "HU",
    "slovakia": "SK",
    "turkey": "TR",
    "turkiye": "TR",
    "finland": "FI",
    "syria": "SY",
    "germany": "DE",
    "armenia": "AM",
    "azerbaijan": "AZ",
    "bulgaria": "BG",
    "czech republic": "CZ",
    "czechia": "CZ",
    "transnistria": "MD",
}
"""Country names (lower case) → ISO 3166-1 alpha-2. Crimea is Ukraine (ISO 3166)."""

ISO2 = set(COUNTRY_CODES.values())


def country_code(value: Any) -> str | None:
    """ISO alpha-2 for a country name, code or near-miss spelling ("Belaurs"); else None."""
    s = _text(value)
    if s is None:
        return None
    if len(s) == 2 and s.isalpha():
        return s.upper()
    key = re.sub(r"\s+", " ", s.casefold())
    if key in COUNTRY_CODES:
        return COUNTRY_CODES[key]
    # Near misses of a name ("Russa", "ukrain"), never of anything shorter than 5 letters.
    if len(key) >= 5:
        hit = difflib.get_close_matches(key, list(COUNTRY_CODES), n=1, cutoff=0.8)
        if hit:
            return COUNTRY_CODES[hit[0]]
    return None


BORDERS_FILE = (
    Path(__file__).resolve().parent.parent
    / "static"
    / "vendor"
    / "world-atlas"
    / "countries-110m.geojson"
)
INFER_COUNTRIES = {"Ukraine": "UA", "Russia": "RU", "Belarus": "BY"}
BORDER_MARGIN_KM = 25.0
"""A point is "clearly inside" a country when it is inside its (1:110m) outline
and at least this far from the outline — the outline's own error is ~10 km."""

Ring = list[tuple[float, float]]

CRIMEA: Ring = [
    (32.4, 45.35),
    (33.4, 46.0),
    (33.6, 46.18),
    (34.5, 46.05),
    (35.2, 45.45),
    (35.9, 45.5),
    (36.55, 45.45),
    (36.45, 45.2),
    (36.1, 45.0),
    (35.3, 44.85),
    (34.3, 44.4),
    (33.6, 44.35),
    (33.3, 44.6),
    (32.4, 45.35),
]
"""A rough outline of Crimea, kept out of the 1:110m outline of Russia: the
peninsula is Ukraine's (ISO 3166), as the dataset's own "Crimea" entries say."""


@lru_cache(maxsize=1)
def _outlines() -> dict[str, list[list[Ring]]]:
    """Country code → polygons (outer ring first) for :data:`INFER_COUNTRIES`."""
    try:
        doc = json.loads(BORDERS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, list[list[Ring]]] = {}
    for f in doc.get("features", []):
        code = INFER_COUNTRIES.get(str((f.get("properties") or {}).get("name")))
        geom = f.get("geometry") or {}
        if code is None:
            continue
        polys = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polys = [polys]
        out[code] = [[[(float(x), float(y)) for x, y, *_ in ring] for ring in p] for p in polys]
    return out


def _in_ring(lon: float, lat: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _km_to_ring(lon: float, lat: float, ring: Ring) -> float:
    kx, ky = 111.32 * math.cos(math.radians(lat)), 110.57
    best = math.inf
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
        bx, by = (x2 - lon) * kx, (y2 - lat) * ky
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def country_from_point(lat: float | None, lon: float | None) -> str | None:
    """UA, RU or BY when the point is clearly inside that country (see
    :data:`BORDER_MARGIN_KM`), else None (also when the outlines are unavailable)."""
    if lat is None or lon is None:
        return None
    if _in_ring(lon, lat, CRIMEA):
        return "UA"
    for code, polys in _outlines().items():
        for rings in polys:
            if _in_ring(lon, lat, rings[0]) and not any(_in_ring(lon, lat, h) for h in rings[1:]):
                if min(_km_to_ring(lon, lat, r) for r in rings) >= BORDER_MARGIN_KM:
                    return code
                return None
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
    try:
        return data.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        raise ValueError(f"{name} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


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


# --------------------------------------------------------------------------- ACLED

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


# --------------------------------------------------------------------------- CIR

_GROUP_SUFFIX = re.compile(
    r"\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s*-\s*"
    r"(?:Now|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*))?)?\s*(?:\d{4})?\s*$"
)
_STRIKE_GROUPS = {
    "bombing or explosion",
    "civilian infrastructure damage",
    "civilian casualty",
    "military infrastructure damage",
}


def cir_event_type(group: str | None, title: str | None) -> str:
    """CIR's event group without its month ("Civilian Infrastructure Damage March 2022"
    → "civilian infrastructure damage"); for damage/explosion groups a weapon word in
    the title names the kind of strike ("missile strike", "shelling", ...)."""
    g = _GROUP_SUFFIX.sub("", (group or "").strip()).strip().casefold()
    if g in _STRIKE_GROUPS or not g:
        from geo.extract import event_type  # the extractor's own vocabulary

        kind = event_type(title or "")
        if kind != "attack" or not g:
            return kind
    return g


YEAR_TYPO_DAYS = 180
"""A date more than this many days after its source was posted has a typo in the
year (e.g. 2024-02-24 for a post of 2022-02-24); it is corrected only when the
post's year gives a day at most this long before the post."""


def _cir_date(r: Mapping[str, str], notes: list[str]) -> date | None:
    """The row's day: ``date``, else the title's DD/MM/YYYY. A day after the source
    link was posted (a year typo) is corrected from the title or to the post's year."""
    title = r.get("title")
    day = parse_day(r.get("date"))
    from_title = title_date(title)
    if day is None:
        if from_title is not None:
            notes.append("date taken from the title (the date column is empty)")
        day = from_title
    elif from_title is not None and from_title != day:
        notes.append(f"the title gives another date ({from_title.isoformat()})")
    posted = posted_date(r.get("link"))
    if day is None or posted is None or day <= posted:
        return day
    late = f"date {day.isoformat()} is after the source was posted ({posted.isoformat()})"
    if (day - posted).days <= YEAR_TYPO_DAYS:
        notes.append(late)  # a few days late: time zones or the day it was logged; kept
        return day
    if from_title is not None and from_title <= posted and from_title != day:
        notes.append(f"{late}; the title's date is used")
        return from_title
    try:
        fixed = day.replace(year=posted.year)
    except ValueError:
        fixed = None
    if fixed is not None and fixed <= posted and (posted - fixed).days <= YEAR_TYPO_DAYS:
        notes.append(f"{late}; year corrected to {posted.year}")
        return fixed
    notes.append(late)
    return day


def parse_cir(
    source: str | bytes | Path,
    layer: str = "cir",
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read the CIR "Eyes on Russia" CSV (see ``/work/shared/data/README.md``).

    place = ``town/city``, else ``district``, else ``province``; country from
    ``country`` (names and near-miss spellings → ISO alpha-2; blanks inferred by
    :func:`country_from_point`, else null); date per :func:`_cir_date`;
    event_type per :func:`cir_event_type`; weapon = ``arms/munition``; excerpt =
    ``brief description`` (else the title); url = ``link``. No actor (null).
    Rows with malformed or missing coordinates or dates are skipped.
    """
    text, name = read_text(source)
    dataset = dataset or name
    check_layer_name(layer)
    header, rows = _csv_rows(text, CIR_REQUIRED, "CIR")
    col = _Collector(layer, dataset, "cir")
    for k, r in _dict_rows(header, rows, col, progress):
        notes: list[str] = []
        try:
            lat, lon = _point(r.get("lat"), r.get("lon"))
            if lat is None:
                raise RowError("lat/lon are empty")
            day = _cir_date(r, notes)
        except RowError as exc:
            col.skip(k, str(exc))
            continue
        town, district, province = (_text(r.get(c)) for c in ("town/city", "district", "province"))
        place = town or district or province
        precision = "town" if (town or district) else "region"
        raw_country = _text(r.get("country"))
        country = country_code(raw_country)
        if country is None:
            country = country_from_point(lat, lon)
            if raw_country:
                notes.append(f"country {_short(raw_country)!r} not recognised")
            notes.append(
                f"country inferred from the coordinates: {country}"
                if country
                else "country unknown"
            )
        title = _text(r.get("title"))
        excerpt = _text(r.get("brief description")) or title
        url = safe_url(r.get("link"))
        when = _window(day, day, "day")
        if title:
            notes.insert(0, f"CIR: {_short(title, 200)}")
        if _text(r.get("violence level")):
            notes.append(f"CIR violence level: {_text(r.get('violence level'))}")

        def build(
            ident: str,
            *,
            lat: float | None = lat,
            lon: float | None = lon,
            place: str | None = place,
            precision: str = precision,
            country: str | None = country,
            when: dict[str, Any] = when,
            r: dict[str, str] = r,
            title: str | None = title,
            excerpt: str | None = excerpt,
            url: str | None = url,
            notes: list[str] = notes,
        ) -> dict[str, Any]:
            return make_record(
                layer,
                dataset,
                ident,
                place=place,
                country=country,
                lat=lat,
                lon=lon,
                precision=precision,
                radius_km=0.0,
                when=when,
                actor=None,
                event_type=cir_event_type(r.get("event_group"), title),
                weapon=_text(r.get("arms/munition")),
                excerpt=excerpt,
                url=url,
                notes=notes,
                extra_source={"geolocation": safe_url(r.get("geolocation"))},
            )

        col.add(k, _text(r.get("entry")), (when["date_start"], lat, lon, title), url, build)
    return col.result


# --------------------------------------------------------------------------- GeoJSON

_PROPS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id_cnty", "event_id", "entry", "uid", "fid"),
    "date_start": (
        "date_start",
        "date",
        "event_date",
        "start_date",
        "datetime",
        "time",
        "timestamp",
        "day",
    ),
    "date_end": ("date_end", "end_date"),
    "place": ("place", "location", "town/city", "town", "city", "locality", "name", "address"),
    "country": ("country", "iso2", "country_code", "iso"),
    "actor": ("actor", "actor1", "perpetrator", "side"),
    "event_type": ("event_type", "sub_event_type", "type", "category", "event_group", "kind"),
    "weapon": ("weapon", "arms/munition", "munition", "arms"),
    "killed": ("killed", "fatalities", "deaths", "dead"),
    "injured": ("injured", "wounded", "injuries"),
    "excerpt": ("excerpt", "description", "brief description", "notes", "summary", "text", "title"),
    "url": ("url", "link", "source_url", "href", "source"),
    "attribution": ("attribution",),
    "alleged_by": ("alleged_by",),
}


def _prop(props: Mapping[str, Any], key: str) -> Any:
    lower = {str(k).casefold(): v for k, v in props.items()}
    for name in _PROPS[key]:
        v = lower.get(name)
        if not _blank(v):
            return v
    return None


def parse_geojson(
    source: str | bytes | Path,
    layer: str = "geojson",
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read any GeoJSON FeatureCollection of points (a ``Feature`` or a list works too).

    Common property names are mapped (see ``_PROPS``: ``date``/``event_date``,
    ``place``/``location``/``name``, ``actor``/``actor1``, ``fatalities``...).
    A feature with a null geometry loads without a place on the map; other
    geometry types are skipped. Files this app exported (with ``sources``)
    keep their sources and date windows.
    """
    text, name = read_text(source)
    dataset = dataset or name
    check_layer_name(layer)
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"not a GeoJSON file: invalid JSON ({exc})") from None
    features: Any
    if isinstance(doc, list):
        features = doc
    elif isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        raise ValueError('not a GeoJSON FeatureCollection (no "type": "FeatureCollection")')
    if not isinstance(features, list):
        raise ValueError('not a GeoJSON FeatureCollection: "features" is not a list')
    col = _Collector(layer, dataset, "geojson")
    for k, f in enumerate(features, start=1):
        _tick(progress, k, len(features))
        notes: list[str] = []
        try:
            if not isinstance(f, dict) or f.get("type") != "Feature":
                raise RowError("not a GeoJSON Feature")
            props = f.get("properties") or {}
            if not isinstance(props, dict):
                raise RowError("properties is not an object")
            geom = f.get("geometry")
            lat = lon = None
            if geom is not None:
                if not isinstance(geom, dict) or geom.get("type") != "Point":
                    kind = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
                    raise RowError(f"geometry is a {_short(kind)}; only points are imported")
                coords = geom.get("coordinates")
                if not isinstance(coords, list) or len(coords) < 2:
                    raise RowError("point coordinates are not [longitude, latitude]")
                lat, lon = _point(coords[1], coords[0])
            start = parse_day(_prop(props, "date_start"), "date")
            end = parse_day(_prop(props, "date_end"), "date_end") or start
            if start and end and end < start:
                raise RowError("date_end is before the date")
            killed = parse_count(_prop(props, "killed"), "killed")
            injured = parse_count(_prop(props, "injured"), "injured")
        except RowError as exc:
            col.skip(k, str(exc))
            continue
        precision = _text(props.get("date_precision"))
        if precision not in ("day", "days", "week", "month", "year"):
            precision = "day" if start == end else "days"
        when = _window(start, end, precision)
        own = _text(_prop(props, "id")) or _text(f.get("id"))
        if own and own.startswith(f"{layer}:"):
            own = own[len(layer) + 1 :]
        attribution = _text(_prop(props, "attribution")) or "stated"
        if attribution not in ("alleged", "claimed", "stated"):
            notes.append(f"attribution {_short(attribution)!r} read as 'stated'")
            attribution = "stated"
        place_prec = _text(props.get("precision"))
        radius = props.get("radius_km")
        excerpt = _text(_prop(props, "excerpt"))
        url = safe_url(_prop(props, "url"))
        country = country_code(_prop(props, "country")) or country_from_point(lat, lon)
        old_sources = props.get("sources")
        raw_notes = props.get("notes")
        old_notes: list[Any] = raw_notes if isinstance(raw_notes, list) else []

        def build(
            ident: str,
            *,
            lat: float | None = lat,
            lon: float | None = lon,
            props: dict[str, Any] = props,
            when: dict[str, Any] = when,
            killed: int | None = killed,
            injured: int | None = injured,
            attribution: str = attribution,
            place_prec: str | None = place_prec,
            radius: Any = radius,
            excerpt: str | None = excerpt,
            url: str | None = url,
            country: str | None = country,
            old_sources: Any = old_sources,
            notes: list[str] = notes,
            old_notes: list[Any] = old_notes,
        ) -> dict[str, Any]:
            rec = make_record(
                layer,
                dataset,
                ident,
                place=_text(_prop(props, "place")),
                country=country,
                lat=lat,
                lon=lon,
                precision=place_prec if place_prec in ("town", "region", "country") else "town",
                radius_km=float(radius) if isinstance(radius, int | float) else 0.0,
                when=when,
                actor=_text(_prop(props, "actor")),
                event_type=_text(_prop(props, "event_type")),
                weapon=_text(_prop(props, "weapon")),
                killed=killed,
                injured=injured,
                excerpt=excerpt,
                url=url,
                notes=[*(str(n) for n in old_notes), *notes],
                attribution=attribution,
                alleged_by=_text(_prop(props, "alleged_by")),
            )
            if (
                isinstance(old_sources, list)
                and old_sources
                and all(isinstance(s, dict) for s in old_sources)
            ):
                rec["sources"] = [dict(s) for s in old_sources]
                rec["articles"] = sorted({str(s.get("article")) for s in old_sources})
                rec["n_sources"] = len(rec["articles"])
            return rec

        event_key = (when["date_start"], lat, lon, excerpt)
        col.add(k, own, event_key, url, build)
    return col.result


# --------------------------------------------------------------------------- entry point

PARSERS: dict[str, Callable[..., ImportResult]] = {
    "acled": parse_acled,
    "cir": parse_cir,
    "geojson": parse_geojson,
}


def sniff_format(path: Path, text: str | None = None) -> str:
    """``acled``, ``cir`` or ``geojson`` from the extension and the CSV header."""
    suffix = path.suffix.casefold()
    if suffix in (".geojson", ".json"):
        return "geojson"
    if text is None:
        text, _ = read_text(path)
    head = text.lstrip()
    if head.startswith(("{", "[")):
        return "geojson"
    first = next(csv.reader(io.StringIO(head.split("\n", 1)[0])), [])
    names = {c.strip() for c in first}
    if "event_id_cnty" in names:
        return "acled"
    if {"entry", "event_group"} <= names or {"entry", "town/city"} <= names:
        return "cir"
    raise ValueError(f"cannot tell the format of {path.name}: give --format acled, cir or geojson")


def import_file(path: Path, fmt: str | None = None, layer: str | None = None) -> ImportResult:
    """Read ``path`` as ``fmt`` (sniffed when None) into layer ``layer``
    (default: the format's name for ACLED/CIR, the file name for GeoJSON)."""
    path = Path(path)
    text, _ = read_text(path)
    fmt = fmt or sniff_format(path, text)
    if fmt not in PARSERS:
        raise ValueError(f"unknown format {_short(fmt)!r}: use acled, cir or geojson")
    name = check_layer_name(layer) if layer else (slug(path.stem) if fmt == "geojson" else fmt)
    return PARSERS[fmt](text, layer=name, dataset=path.name)
