"""Build speed at corpus scale: ``python -m benchmarks.corpus [--sizes 100 1000 10000]``.

Articles are the ~200-word cuts of every article we have (``benchmarks.extract``), each
given its own publication date (so the merge sees many distinct events) and one in ten
left undated (so the twin check runs). Prints, per size, the whole ``extract_incidents``
(twin check, mentions, merge) in articles per second on one core — flat across sizes
means linear — plus the start-up of ``python -m geo extract`` and a warm gazetteer load.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> list:  # type: ignore[type-arg]
    from benchmarks.extract import sample_articles

    base = sample_articles()
    out = []
    for i in range(n):
        a = base[i % len(base)]
        day = date(2022, 3, 1) + timedelta(days=(i * 7) % 1000)
        published = None if i % 10 == 9 else day
        out.append(replace(a, file=f"{i:05d}-{a.file}", published=published))
    return out


def startup_s() -> float:
    """Wall time of ``python -m geo extract`` on one short seed article (warm disk cache)."""
    seed = (
        sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))[:1]
        or sorted((ROOT / "tests" / "articles").glob("*.txt"))[:1]
    )
    cmd = [sys.executable, "-m", "geo", "extract", str(seed[0])]
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)  # warm the disk cache
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    a = ap.parse_args()
    from geo.gazetteer import Gazetteer, clear_memo
    from geo.pipeline import extract_incidents
    from geo.places import GazetteerResolver

    Gazetteer.load()
    clear_memo()
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    print(f"gazetteer ready (warm disk cache): {time.perf_counter() - t0:.2f} s (target <= 1 s)")
    print(f"python -m geo extract start-up, one article: {startup_s():.2f} s (target <= 1.5 s)")
    resolver = GazetteerResolver(gaz)
    extract_incidents(corpus(20), resolver)  # warm-up
    for n in a.sizes:
        articles = corpus(n)
        t0 = time.perf_counter()
        incidents = extract_incidents(articles, resolver)
        s = time.perf_counter() - t0
        print(f"{n:>6} articles: {s:7.2f} s  {n / s:7.1f} articles/s  {len(incidents)} incidents")


if __name__ == "__main__":
    main()
