"""Seconds from navigation until the Map page's markers and count text are visible.

Usage::

    python -m benchmarks.page_ready [--url-path '/?from=2022-01-01&to=2024-12-31'] [--runs 3]

Starts ``streamlit run app.py`` (seed data, tiles off) on a free port, opens the URL in
headless Debian Chromium (fresh page per run; the first run includes the cold start of
the script), and prints one line per run plus the median. Target: ≤ 4 s.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.browser.conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_IFRAME,
    run_streamlit,
)

COUNT = re.compile(r"Showing \d+ of \d+ incidents")
TARGET_S = 4.0


def time_page(browser: object, url: str) -> float:
    """Seconds until the count text and at least one map marker/cluster are visible."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    page.goto(url)
    page.get_by_text(COUNT).first.wait_for(timeout=120_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-marker-icon").first.wait_for(timeout=120_000)
    elapsed = time.perf_counter() - t0
    page.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--url-path", default="/?from=2022-01-01&to=2024-12-31&actor=Russia&actor=Ukraine"
    )
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with (
        run_streamlit(ROOT / "app.py", env={"INCIDENT_ATLAS_TILES": "none"}) as base,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        times = []
        for i in range(args.runs):
            s = time_page(browser, base + args.url_path)
            times.append(s)
            print(f"run {i + 1}: page ready in {s:.2f} s" + (" (cold)" if i == 0 else ""))
        browser.close()
    med = statistics.median(times)
    verdict = "OK" if med <= TARGET_S else "SLOW"
    print(f"median {med:.2f} s, max {max(times):.2f} s (target ≤ {TARGET_S:.0f} s): {verdict}")
    return 0 if med <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
