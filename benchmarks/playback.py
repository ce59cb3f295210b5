"""``python -m benchmarks.playback [--steps 5]``: seconds for the Map's playback to step a week.

Serves ``app.py`` on the seed data plus the CIR set as a layer (6,650+ incidents: the fast
map), opens a shared playback link (``/?play=…&step=week&trail=4``) in headless Debian
Chromium, then clicks "Step forward" ``--steps`` times. Each step is timed from the click
until the caption names the new week and the map's canvas layer has applied the new view
(the fast layer's ``data-ia-step`` names the step it drew). Prints each step and the
median. Target: ≤ 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.scale import MAP_FRAME, browser, cir_data_dir, streamlit_server

TARGET_S = 0.5
START = date(2022, 3, 9)  # the CIR set's busiest month (~1,800 incidents in March 2022)


def step_once(page: Any, frame: Any, day: date, timeout_ms: float = 60_000) -> float:
    """Click "Step forward" and wait until the week after ``day`` is on the page and map."""
    later = (day + timedelta(weeks=1)).isoformat()
    t = time.perf_counter()
    page.get_by_role("button", name="Step forward").click()
    page.get_by_text(f"week ending {later}").first.wait_for(timeout=timeout_ms)
    frame.wait_for_function(
        "d => { const m = document.querySelector('#map_div');"
        " return m && m.getAttribute('data-ia-step') === d; }",
        arg=later,
        timeout=timeout_ms,
        polling=10,
    )
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = cir_data_dir(Path(tmp) / "cir")
        pw, b = browser()
        try:
            with streamlit_server(data) as (url, _pid):
                page = b.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(f"{url}/?play={START.isoformat()}&step=week&trail=4")
                page.get_by_text(f"week ending {START.isoformat()}").first.wait_for(timeout=240_000)
                page.frame_locator(MAP_FRAME).locator("#map_div[data-ia-step]").wait_for(
                    timeout=240_000
                )
                frame = next(f for f in page.frames if "st_folium" in f.url)
                shown = page.get_by_text("Showing").first.inner_text()
                print(f"opened at {START.isoformat()}: {shown}")
                times = []
                for k in range(args.steps):
                    day = START + timedelta(weeks=k)
                    s = step_once(page, frame, day)
                    times.append(s)
                    print(f"step {k + 1}: week ending {day + timedelta(weeks=1)} in {s:.2f} s")
        finally:
            b.close()
            pw.stop()
    med = statistics.median(times)
    verdict = "OK" if med <= TARGET_S else "SLOW"
    print(f"median {med:.2f} s, max {max(times):.2f} s (target ≤ {TARGET_S} s): {verdict}")
    return 0 if med <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
