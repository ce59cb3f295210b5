"""Synthetic incidents for scale benchmarks, made realistic from the CIR set.

Every synthetic incident copies a real CIR incident (place, coordinates with a
small jitter, event type, weapon, excerpt and notes — so text lengths are real)
and gets an actor/attribution mix like the article incidents (CIR names no
actor), a date spread over the CIR period, a few undated and unlocated rows.
Deterministic for a given ``n`` and ``seed``.

    python -m benchmarks.synthetic 100000 /tmp/atlas-100k   # writes incidents.geojson
"""

from __future__ import annotations

import copy
import json
import random
import sys
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

CIR_CSV = Path("/work/shared/data/cir_events.csv")
ACTORS = (("Russia", 0.55), ("Ukraine", 0.30), (None, 0.15))
ATTRIBUTIONS = (("stated", 0.6), ("claimed", 0.15), ("alleged", 0.25))


@lru_cache(maxsize=1)
def cir_records(path: str = str(CIR_CSV)) -> tuple[dict[str, Any], ...]:
    """The CIR set as incident records (the importer's output)."""
    from geo.importers import import_file

    return tuple(import_file(Path(path)).records)


def _pick(rng: random.Random, table: tuple[tuple[Any, float], ...]) -> Any:
    x, acc = rng.random(), 0.0
    for value, weight in table:
        acc += weight
        if x < acc:
            return value
    return table[-1][0]


def make_records(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` synthetic incident records (the :mod:`geo.table` record shape)."""
    base = cir_records()
    rng = random.Random(seed)
    first = date(2022, 2, 24)
    span = (date(2024, 12, 31) - first).days
    out = []
    for k in range(n):
        src = base[k % len(base)] if k < len(base) else base[rng.randrange(len(base))]
        r = copy.deepcopy(src)
        r.pop("layer", None)
        r["id"] = f"syn-{k:06d}"
        actor = _pick(rng, ACTORS)
        attribution = _pick(rng, ATTRIBUTIONS)
        r["actor"], r["attribution"] = actor, attribution
        r["alleged_by"] = (
            ("Ukraine" if actor == "Russia" else "Russia") if attribution == "alleged" else None
        )
        if r.get("lat") is not None and k >= len(base):
            r["lat"] = round(float(r["lat"]) + rng.gauss(0, 0.03), 6)
            r["lon"] = round(float(r["lon"]) + rng.gauss(0, 0.03), 6)
        roll = rng.random()
        if roll < 0.01:
            r["lat"] = r["lon"] = None
            r["precision"] = None
        day = first + timedelta(days=rng.randrange(span))
        if roll > 0.98:
            r["date_start"] = r["date_end"] = None
            r["date_precision"] = "unknown"
        elif roll > 0.93:
            r["date_start"] = day.isoformat()
            r["date_end"] = (day + timedelta(days=rng.randrange(1, 30))).isoformat()
            r["date_precision"] = "month" if roll > 0.96 else "days"
        else:
            r["date_start"] = r["date_end"] = day.isoformat()
            r["date_precision"] = "day"
        for s in r.get("sources") or []:
            s["actor"], s["attribution"], s["alleged_by"] = actor, attribution, r["alleged_by"]
            s["date_start"], s["date_end"] = r["date_start"], r["date_end"]
            s["date_precision"] = r["date_precision"]
        out.append(r)
    return out


def write_data_dir(path: Path, n: int, seed: int = 0) -> Path:
    """A data directory holding ``n`` synthetic incidents as ``incidents.geojson``."""
    from geo.table import to_geojson

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    doc = to_geojson(make_records(n, seed))
    (path / "incidents.geojson").write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    return path


if __name__ == "__main__":
    out = write_data_dir(Path(sys.argv[2]), int(sys.argv[1]))
    print(out / "incidents.geojson")
