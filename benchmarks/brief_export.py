"""``python -m benchmarks.brief_export [--runs 3] [--png PATH]``: the brief map's cost (issue 15).

For four briefs — the seed incidents (``data/incidents.csv``), the CIR set's incidents in
the south (Odesa to Crimea and Zaporizhzhia), those of Odesa oblast alone (a zoomed map)
and the whole CIR set — prints the time to draw the map picture
(:func:`render.staticmap.brief_map_png`, 1600×1000; the first call, which reads the bundled
layers, and the median wall and CPU time of the next ``--runs``), its PNG size, and the time
and size of the whole PDF brief (:func:`render.exporters.export`, the map page included).
``--png`` saves the south brief's picture there.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from geo.table import records_of
from geo.urlstate import ViewState
from render import exporters, staticmap
from render.briefdoc import build_brief

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "incidents.csv"
SOUTH = (29.5, 44.3, 36.8, 47.9)
"""(west, south, east, north): Odesa, Mykolaiv, Kherson, Zaporizhzhia and Crimea."""
ODESA_OBLAST = (28.2, 45.2, 31.0, 47.8)


def _within(records: list[dict[str, Any]], box: tuple[float, ...]) -> list[dict[str, Any]]:
    west, south, east, north = box
    return [
        r for r in records
        if r.get("lat") is not None and west <= r["lon"] <= east and south <= r["lat"] <= north
    ]  # fmt: skip


def briefs() -> dict[str, list[dict[str, Any]]]:
    """The benchmark's incident sets by name."""
    from benchmarks.synthetic import cir_records

    cir = [dict(r) for r in cir_records()]
    return {
        "seeds": records_of(pd.read_csv(SEEDS)),
        "CIR south": _within(cir, SOUTH),
        "CIR Odesa oblast": _within(cir, ODESA_OBLAST),
        "CIR all": cir,
    }


def _timed(fn: Callable[[], bytes], runs: int) -> tuple[float, float, float, bytes]:
    """(first call's seconds, median wall and CPU seconds of ``runs`` more, the last result).
    CPU time is the steadier figure on a shared machine: waiting for a core is not in it."""
    start = time.perf_counter()
    out = fn()
    first = time.perf_counter() - start
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        out = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return first, statistics.median(wall), statistics.median(cpu), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.brief_export")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--png", type=Path, help="save the south brief's map picture here")
    args = ap.parse_args(argv)
    for name, records in briefs().items():
        brief = build_brief(records, ViewState(), "https://atlas.example.org/map")
        first, png_s, png_cpu, png = _timed(partial(staticmap.brief_map_png, brief), args.runs)
        pdf_of = partial(exporters.export, records, "pdf", ViewState(), detail_limit=20)
        _, pdf_s, pdf_cpu, pdf = _timed(pdf_of, args.runs)
        print(f"{name} ({len(records)} incidents): map PNG {png_s:.2f} s, CPU {png_cpu:.2f} s "
              f"(first {first:.2f} s), {len(png) / 1e3:.0f} KB; "
              f"PDF {pdf_s:.2f} s, CPU {pdf_cpu:.2f} s, {len(pdf) / 1e3:.0f} KB")  # fmt: skip
        if args.png and name == "CIR south":
            args.png.write_bytes(png)
            print(f"saved {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
