"""Many users: one ``streamlit run`` and N concurrent Playwright browser contexts.

``python -m benchmarks.load [--users 20] [--data DIR]`` starts the app on a free local
port (seed data in ``data/`` unless ``--data``), opens a shared URL in N contexts of one
headless Chromium (``/usr/bin/chromium``), waits in each for ``Showing N of M incidents``
and the Leaflet map in the streamlit-folium iframe, moves the date slider with the
keyboard and opens a popup. Prints errors, p50/p95 time to ready and the server's RSS
before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FRAME = "iframe[title='streamlit_folium.st_folium']"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (MB), from /proc."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def start_server(port: int, data: Path | None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "INCIDENT_ATLAS_TILES": "none"}
    if data is not None:
        env["INCIDENT_ATLAS_DATA_DIR"] = str(data)
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
           "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
           "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
           "--server.enableStaticServing=true"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("streamlit did not start")


async def one_user(browser, url: str, i: int) -> tuple[float | None, str | None]:
    ctx = await browser.new_context(viewport={"width": 1400, "height": 900})
    page = await ctx.new_page()
    t0 = time.perf_counter()
    try:
        await page.goto(url, timeout=120_000)
        await page.get_by_text("Showing ", exact=False).first.wait_for(timeout=120_000)
        frame = page.frame_locator(FRAME)
        await frame.locator(".leaflet-container").wait_for(timeout=120_000)
        ready = time.perf_counter() - t0
        thumb = page.locator("[data-testid='stSidebar'] [role='slider']").first
        await thumb.focus()
        for _ in range(3):
            await thumb.press("ArrowRight")
        await page.wait_for_timeout(500)
        await page.get_by_text("Showing ", exact=False).first.wait_for(timeout=60_000)
        await frame.locator(".leaflet-container").wait_for(timeout=60_000)
        marker = frame.locator(".leaflet-marker-icon").first
        await marker.wait_for(timeout=60_000)
        await marker.click(timeout=30_000)
        await frame.locator(".leaflet-popup, .leaflet-marker-icon").first.wait_for(timeout=30_000)
        return ready, None
    except Exception as exc:  # count, do not stop the other users
        return None, f"user {i}: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    finally:
        await ctx.close()


async def drive(url: str, users: int) -> tuple[list[float], list[str], float]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                           args=["--no-sandbox", "--disable-dev-shm-usage"])
        t0 = time.perf_counter()
        results = await asyncio.gather(*(one_user(browser, url, i) for i in range(users)))
        wall = time.perf_counter() - t0
        await browser.close()
    return [r for r, _ in results if r is not None], [e for _, e in results if e], wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--data", type=Path, default=None, help="data dir (default: data/)")
    ap.add_argument("--query", default="?actor=Russia", help="the shared URL's query")
    args = ap.parse_args(argv)
    port = free_port()
    server = start_server(port, args.data)
    try:
        url = f"http://127.0.0.1:{port}/{args.query}"
        # one warm-up visit so the catalog is cached, as on a running server
        asyncio.run(drive(url, 1))
        before = rss_mb(server.pid)
        ready, errors, wall = asyncio.run(drive(url, args.users))
        after = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    q = sorted(ready)
    p95 = q[min(len(q) - 1, int(round(0.95 * (len(q) - 1))))] if q else float("nan")
    print(f"users: {args.users}  ready: {len(ready)}  errors: {len(errors)}  wall: {wall:.1f} s")
    if q:
        print(f"time to ready: p50 {statistics.median(q):.2f} s  p95 {p95:.2f} s  "
              f"max {q[-1]:.2f} s")
    print(f"server RSS: before {before:.0f} MB   after {after:.0f} MB")
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
