"""Gazetteer benchmark: build and load times, lookup throughput, real-data accuracy.

Run ``python -m benchmarks.gazetteer [--cir PATH] [--cache-dir DIR]``. The accuracy
check resolves the town of every Ukrainian/Russian row of the CIR incident table
(hand-geolocated) with its province as a hint, and reports the share landing
within 10 km of the hand-placed point among the towns the gazetteer knows.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from collections import Counter
from pathlib import Path

from geo import gazetteer as gz
from geo.geocode import resolve
from geo.placerank import GeoHints, haversine_km

CIR_PATH = Path("/work/shared/data/cir_events.csv")
COUNTRY_CODES = {"ukraine": "UA", "russia": "RU", "crimea": "UA"}
WITHIN_KM = 10.0
BIG_CITY = 100_000


def time_build(cache_dir: Path) -> tuple[float, float]:
    """Seconds for a cold build (empty cache) and a warm load (cache on disk)."""
    gz.clear_memo()
    t0 = time.perf_counter()
    gz.Gazetteer.load(cache_dir)
    cold = time.perf_counter() - t0
    gz.clear_memo()
    t0 = time.perf_counter()
    gz.Gazetteer.load(cache_dir)
    return cold, time.perf_counter() - t0


def lookup_throughput(gaz: gz.Gazetteer, names: list[str]) -> float:
    """Lookups per second over a list of real names."""
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    return len(names) / (time.perf_counter() - t0)


def cir_rows(path: Path) -> list[dict[str, str]]:
    """Rows in Ukraine/Russia with a town and a usable hand-placed point."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keep = []
    for r in rows:
        cc = COUNTRY_CODES.get((r.get("country") or "").strip().lower())
        if cc and (r.get("town/city") or "").strip() and r.get("lat") and r.get("lon"):
            try:
                float(r["lat"]), float(r["lon"])
            except ValueError:
                continue
            keep.append({**r, "cc": cc})
    return keep


def cir_check(gaz: gz.Gazetteer, rows: list[dict[str, str]]) -> dict[str, object]:
    """Coverage and 10 km accuracy of resolving CIR towns with the province hint."""
    known = hits = small = small_hits = 0
    misses: Counter[str] = Counter()
    for r in rows:
        town, province = r["town/city"].strip(), (r.get("province") or "").strip()
        focus = (r["cc"], *(c for c in ("UA", "RU") if c != r["cc"]))
        # strict: a town unknown inside its stated province counts as unknown,
        # not as a hit on a namesake elsewhere (resolve then answers the region).
        res = resolve(
            gaz,
            town,
            GeoHints(regions=(province,) if province else (), countries=focus, strict_regions=True),
            kind="town",
        )
        if (
            res.place is None
            or res.place.precision != "town"
            or res.place.lat is None
            or res.place.lon is None
        ):
            continue
        known += 1
        d = haversine_km((float(r["lat"]), float(r["lon"])), (res.place.lat, res.place.lon))
        # A point inside a big city can sit >10 km from its centre: report towns apart.
        is_small = res.place.population < BIG_CITY
        small += is_small
        if d <= WITHIN_KM:
            hits += 1
            small_hits += is_small
        else:
            misses[f"{town} [{province}] -> {res.place.name}, {res.place.admin1} ({d:.0f} km)"] += 1
    return {
        "rows": len(rows),
        "known": known,
        "hits": hits,
        "misses": misses,
        "small": small,
        "small_hits": small_hits,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 0."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cir", type=Path, default=CIR_PATH)
    ap.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="default: a fresh temporary directory (so the build is cold)",
    )
    ap.add_argument("--show-misses", type=int, default=15)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        cache_dir = args.cache_dir or Path(tmp)
        cold, warm = time_build(cache_dir)
        gaz = gz.Gazetteer.load(cache_dir)
        print(f"places: {len(gaz):,}  names: {gaz.key_count:,}  max_words: {gaz.max_words}")
        print(f"cold build: {cold:.2f} s   warm load: {warm:.3f} s (target <= 1 s)")
        if not args.cir.exists():
            print(f"no CIR table at {args.cir}; skipping the real-data check")
            return 0
        rows = cir_rows(args.cir)
        names = [r["town/city"].strip() for r in rows] * 5
        print(f"lookup throughput: {lookup_throughput(gaz, names):,.0f} lookups/s")
        t0 = time.perf_counter()
        stats = cir_check(gaz, rows)
        elapsed = time.perf_counter() - t0
        known, hits, n = int(stats["known"]), int(stats["hits"]), int(stats["rows"])  # type: ignore[call-overload]
        print(f"resolve throughput: {n / elapsed:,.0f} resolutions/s")
        print(
            f"CIR towns (UA/RU): {n:,}; known to the gazetteer: {known:,} "
            f"(coverage {known / max(n, 1):.3f})"
        )
        print(
            f"within {WITHIN_KM:.0f} km of the hand-placed point: {hits:,}/{known:,} "
            f"= {hits / max(known, 1):.3f} (target >= 0.95)"
        )
        small, small_hits = int(stats["small"]), int(stats["small_hits"])  # type: ignore[call-overload]
        print(
            f"  of which towns under {BIG_CITY:,} people: {small_hits:,}/{small:,} "
            f"= {small_hits / max(small, 1):.3f}"
        )
        misses: Counter[str] = stats["misses"]  # type: ignore[assignment]
        for line, count in misses.most_common(args.show_misses):
            print(f"  miss x{count}: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
