"""The one typed table incidents flow through, and its file formats.

An incident is one row; its sources (one per supporting excerpt) ride along
in the ``sources`` column as a list of plain dicts. The same record shape is
printed by ``python -m geo extract``, written to GeoJSON by ``build`` and read
back by the app; :func:`to_geojson_doc` writes any table (exports, saved layers).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import hashlib
import io
import json
import math
import os
import pickle
import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.atomicfile import write_atomic_bytes
from geo.cachefile import make_private_dir, untrusted_reason
from geo.model import Incident, Source

if TYPE_CHECKING:  # (imported where a table is built: ``python -m geo extract`` needs none)
    import pandas as pd

COLUMNS: dict[str, str] = {
    "id": "string",
    "place": "string",
    "place_key": "string",
    "country": "string",
    "lat": "Float64",
    "lon": "Float64",
    "precision": "string",
    "radius_km": "Float64",
    "date_start": "string",
    "date_end": "string",
    "date_precision": "string",
    "actor": "string",
    "attribution": "string",
    "alleged_by": "string",
    "event_type": "string",
    "weapon": "string",
    "killed": "Int64",
    "injured": "Int64",
    "n_sources": "Int64",
    "articles": "object",
    "sources": "object",
    "notes": "object",
    "confidence": "Float64",
    "reasons": "object",
}
"""Column name → pandas dtype. ``articles``/``sources``/``notes`` hold lists."""

SCALAR_COLUMNS = [c for c, t in COLUMNS.items() if t != "object"]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def source_record(s: Source) -> dict[str, Any]:
    """A source as the JSON object the CLI prints."""
    return {
        "article": s.article,
        "excerpt": s.excerpt,
        "start": s.start,
        "end": s.end,
        "killed": s.killed,
        "injured": s.injured,
        "actor": s.actor,
        "attribution": s.attribution,
        "alleged_by": s.alleged_by,
        "date_start": _iso(s.date.start),
        "date_end": _iso(s.date.end),
        "date_precision": s.date.precision,
        "place_text": s.place_text,
    }


def incident_record(inc: Incident) -> dict[str, Any]:
    """An incident as the JSON object the CLI prints (one row of the table)."""
    p = inc.place
    return {
        "id": inc.id,
        "place": p.name if p else inc.place_text,
        "place_key": p.key if p else None,
        "country": p.country if p else None,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "precision": p.precision if p else None,
        "radius_km": p.radius_km if p else None,
        "date_start": _iso(inc.date.start),
        "date_end": _iso(inc.date.end),
        "date_precision": inc.date.precision,
        "actor": inc.actor,
        "attribution": inc.attribution,
        "alleged_by": inc.alleged_by,
        "event_type": inc.event_type,
        "weapon": inc.weapon,
        "killed": inc.killed,
        "injured": inc.injured,
        "n_sources": len({s.article for s in inc.sources}),
        "articles": sorted({s.article for s in inc.sources}),
        "sources": [source_record(s) for s in inc.sources],
        "notes": list(inc.notes),
        "confidence": inc.confidence,
        "reasons": list(inc.reasons),
    }


def incidents_frame(records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build the typed incidents table from records (missing columns become null)."""
    import pandas as pd

    df = pd.DataFrame(list(records), columns=list(COLUMNS))
    for col, dtype in COLUMNS.items():
        if dtype != "object":
            df[col] = df[col].astype(dtype)
    return df


def to_geojson(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection; unlocated incidents keep a null geometry."""
    features = []
    for r in records:
        geom = None
        if r.get("lat") is not None and r.get("lon") is not None:
            geom = {"type": "Point", "coordinates": [r["lon"], r["lat"]]}
        props = {k: v for k, v in r.items() if k not in ("lat", "lon")}
        features.append({"type": "Feature", "id": r["id"], "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def from_geojson(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Records back from :func:`to_geojson`."""
    out = []
    for f in doc.get("features", []):
        r = dict(f.get("properties") or {})
        g = f.get("geometry")
        r["lon"], r["lat"] = (g["coordinates"][0], g["coordinates"][1]) if g else (None, None)
        out.append(r)
    return out


def _clean(v: Any) -> Any:
    if v is None or isinstance(v, list | tuple | dict | str):
        return v
    if type(v) in (int, float, bool):  # plain numbers, as pandas reads them: NaN is NA
        return None if v != v else v
    import pandas as pd

    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def records_of(data: Any) -> list[dict[str, Any]]:
    """Plain records (pandas NA → None) from a DataFrame or an iterable of dicts."""
    if hasattr(data, "to_dict") and hasattr(data, "columns"):
        rows = data.to_dict("records")
    else:
        rows = list(data or [])
    return [{k: _clean(v) for k, v in dict(r).items()} for r in rows]


def _json_safe(v: Any) -> Any:
    v = _clean(v)
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {str(k): _json_safe(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_json_safe(x) for x in v]
    if isinstance(v, date):
        return v.isoformat()
    return v


def to_geojson_doc(data: Any) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection of any incidents (a DataFrame or records): WGS84
    ``[lon, lat]``, no ``crs``, an unlocated incident keeps a ``null`` geometry, values made
    JSON-safe (NA → null, dates ISO). The GeoJSON export and a saved layer's document; reads
    back with :func:`from_geojson` (and :func:`geo.importgeojson.parse_geojson`)."""
    features = []
    for r in records_of(data):
        lat, lon = r.get("lat"), r.get("lon")
        geom = None
        if (
            isinstance(lat, int | float)
            and isinstance(lon, int | float)
            and math.isfinite(lat)
            and math.isfinite(lon)
        ):
            geom = {"type": "Point", "coordinates": [float(lon), float(lat)]}
        props = {k: _json_safe(v) for k, v in r.items() if k not in ("lat", "lon")}
        features.append(
            {"type": "Feature", "id": str(r.get("id")), "geometry": geom, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet shows as text: formula starts get a leading ``'``. The one
    neutraliser every export uses (``render.exporters``, the audit log's CSV, previews)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _cell(v: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading ``'`` (numbers stay)."""
    return neutralise(v) if isinstance(v, str) else v


def to_csv(records: Iterable[dict[str, Any]]) -> str:
    """Flat CSV: scalar columns plus the articles joined by ``;``."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = [*SCALAR_COLUMNS, "articles"]
    w.writerow(cols)
    for r in records:
        row = [r.get(c) for c in SCALAR_COLUMNS] + [";".join(r.get("articles") or [])]
        w.writerow(["" if v is None else _cell(v) for v in row])
    return buf.getvalue()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large table is built.

    Parsing 100,000 incidents allocates millions of containers and nothing cyclic;
    the collector would rescan the growing heap again and again (a 100k load: ~4x
    slower with it on). Reference counting still frees everything as usual."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


TABLE_CACHE_VERSION = 1
TABLE_CACHE_MIN_BYTES = 4_000_000
"""GeoJSON files at least this large get a parsed-table cache (a 100k file: ~100 MB)."""
TABLE_CACHE_KEEP = 3
"""Cached tables kept (the newest); older ones are deleted when a new one is written."""
CACHE_DIR_ENV = "INCIDENT_ATLAS_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"


def _table_cache_path(path: Path) -> Path:
    cache_dir = Path(os.environ.get(CACHE_DIR_ENV) or DEFAULT_CACHE_DIR)
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return cache_dir / f"incidents-{digest}.pickle"


def _table_cache_key(path: Path, stat: os.stat_result) -> dict[str, Any]:
    import pandas as pd

    return {
        "version": TABLE_CACHE_VERSION,
        "pandas": pd.__version__,
        "source": str(Path(path).resolve()),
        "mtime_ns": stat.st_mtime_ns,
        "size": stat.st_size,
    }


def _read_table_cache(path: Path, key: dict[str, Any]) -> pd.DataFrame | None:
    """The cached table of ``path`` if it was written for exactly this file version."""
    import pandas as pd

    cache = _table_cache_path(path)
    try:
        reason = untrusted_reason(cache)
        if reason is not None:  # unpickling runs code: only our own, private file
            warnings.warn(f"table cache {cache} is {reason}; ignored", RuntimeWarning, stacklevel=3)
            return None
        with cache.open("rb") as fh:
            stored = pickle.load(fh)
    except Exception:  # missing, truncated, from another pandas: parse the GeoJSON instead
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    frame = stored.get("frame")
    if not isinstance(frame, pd.DataFrame) or list(frame.columns) != list(COLUMNS):
        return None
    return frame


def _write_table_cache(path: Path, key: dict[str, Any], frame: pd.DataFrame) -> None:
    """Best effort (a read-only disk just means no cache): atomic write, keep the newest few."""
    cache = _table_cache_path(path)
    try:
        make_private_dir(cache.parent)
        data = pickle.dumps({"key": key, "frame": frame}, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic_bytes(cache, data, mode=0o600)
        old = sorted(
            cache.parent.glob("incidents-*.pickle"),
            key=lambda p: p.stat().st_mtime_ns,
            reverse=True,
        )
        for stale in old[TABLE_CACHE_KEEP:]:
            with contextlib.suppress(OSError):
                stale.unlink()
    except Exception:  # the cache is an optimisation only
        return


def load_incidents(path: Path) -> pd.DataFrame:
    """Read ``data/incidents.geojson`` into the typed table.

    Large files (:data:`TABLE_CACHE_MIN_BYTES`) keep a pickle of the parsed table in
    the cache directory (``$INCIDENT_ATLAS_CACHE_DIR`` or ``<repo>/.cache``), keyed on
    the file's path, mtime and size: a 100k table then loads in a fraction of a second
    instead of seconds. Any change to the file makes the cache stale (re-parsed)."""
    path = Path(path)
    stat = path.stat()
    use_cache = stat.st_size >= TABLE_CACHE_MIN_BYTES
    key = _table_cache_key(path, stat) if use_cache else {}
    with gc_paused():
        if use_cache:
            cached = _read_table_cache(path, key)
            if cached is not None:
                return cached
        doc = json.loads(path.read_text(encoding="utf-8"))
        frame = incidents_frame(from_geojson(doc))
        del doc
        if use_cache:
            _write_table_cache(path, key, frame)
    return frame
