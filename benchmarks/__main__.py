"""``python -m benchmarks [--json] [--sizes 1000,10000,100000] [--no-cir] [--baseline-max N]``

One table: for synthetic sets of N incidents (:mod:`benchmarks.synthetic`) and
the CIR set (+ the seed incidents), the fast map ("ours") next to the
one-folium-Marker-per-incident baseline, measured in the same run
(:mod:`benchmarks.scale`). The baseline is measured up to ``--baseline-max``
incidents (default 10,000; larger → null: it takes minutes per run).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from benchmarks.scale import cir_data_dir, measure
from benchmarks.synthetic import write_data_dir

KEYS = ["n", "what", "build_s", "payload_mb", "server_peak_mb", "visible_s", "update_s"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("--json", action="store_true", help="print {'runs': [...]} only")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--no-cir", action="store_true")
    ap.add_argument("--baseline-max", type=int, default=10_000)
    args = ap.parse_args(argv)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    runs = []
    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as tmp:
        sets: list[tuple[str, int, Path]] = []
        for n in [int(x) for x in args.sizes.split(",") if x.strip()]:
            log(f"writing {n:,} synthetic incidents …")
            sets.append((f"synthetic {n:,}", n, write_data_dir(Path(tmp) / f"n{n}", n)))
        if not args.no_cir:
            d = cir_data_dir(Path(tmp) / "cir")
            from benchmarks.scale import load_frame

            sets.append(("CIR + seeds", len(load_frame(d)[0]), d))
        for name, n, d in sets:
            for what in ("ours", "one-marker-baseline"):
                browser_too = what == "ours" or n <= args.baseline_max
                if what != "ours" and not browser_too and n > 2 * args.baseline_max:
                    row = {
                        "n": n,
                        "dataset": name,
                        "what": what,
                        **{k: None for k in KEYS[2:]},
                        "cold_s": None,
                    }
                else:
                    log(f"{name}: {what} …")
                    row = measure(name, n, d, what, browser_too=browser_too, log=log)
                runs.append(row)
                log(json.dumps(row))
    if args.json:
        print(
            json.dumps(
                {
                    "runs": [
                        {k: r.get(k) for k in KEYS}
                        | {"dataset": r["dataset"], "cold_s": r.get("cold_s")}
                        for r in runs
                    ]
                }
            )
        )
        return 0
    cols = [
        "dataset",
        "what",
        "build_s",
        "payload_mb",
        "server_peak_mb",
        "cold_s",
        "visible_s",
        "update_s",
    ]
    widths = [14, 20, 8, 10, 14, 7, 9, 8]

    def fmt(v: object) -> str:
        return "null" if v is None else str(v)

    print(" | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for r in runs:
        print(" | ".join(fmt(r.get(c)).ljust(w) for c, w in zip(cols, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
