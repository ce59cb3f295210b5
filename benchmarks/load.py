"""Many users: one ``streamlit run`` and N concurrent Playwright browser contexts.

``python -m benchmarks.load [--users 20] [--rounds 1] [--seed-only] [--data DIR]``

* builds a temporary data dir: the seed articles (``data/articles``, with the seed
  ``incidents.geojson`` so nothing is rebuilt) plus the CIR layer, imported with
  ``python -m geo import <cir_events.csv> --save --data <tmp>`` (``--seed-only``
  leaves the layer out; ``--data`` uses a directory as it is);
* starts one ``streamlit run app.py`` on a free local port with the same flags as
  ``tests/browser/conftest.py`` (static serving on, tiles off: offline);
* warms it up with one visit (the catalog is loaded once, by ``st.cache_data``),
  then opens the shared URL in N contexts of one headless Chromium (async API), all
  at once. Each user waits for ``Showing N of M incidents`` and the map drawn in the
  streamlit-folium iframe (*ready*), moves the date slider with the keyboard and waits
  for the count to change (*slider*), then opens a popup — a marker, or a cluster
  and then a marker; on the canvas (fast) map a point is clicked where it is drawn —
  and waits for ``.leaflet-popup-content`` (*popup*);
* prints the errors, p50/p95 of each step and the server's RSS: after the warm-up,
  with every session still open (→ growth per session), and after they closed.

``--shots DIR`` saves a screenshot per user on error (and one per user at the end).
Exit status 1 when a user failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.server import CHROMIUM, CHROMIUM_ARGS, run_streamlit

ROOT = Path(__file__).resolve().parent.parent
FRAME = "iframe[title='streamlit_folium.st_folium']"
CIR_CSV = Path(os.environ.get("INCIDENT_ATLAS_CIR_CSV", "/work/shared/data/cir_events.csv"))
SHARED = "/?from=2022-02-24&to=2022-12-31"  # most of CIR and the 2022 seeds
COUNT = re.compile(r"Showing (\d+) of (\d+) incidents")
# The map is drawn: the fast (canvas) map marks its container once the view is applied,
# the marker map has marker icons.
MAP_READY = ".leaflet-container[data-ia-shown], .leaflet-marker-icon"
COUNT_JS = """() => { const e = [...document.querySelectorAll('p')]
  .find(p => /^Showing \\d+ of \\d+ incidents/.test(p.innerText));
  return e ? e.innerText : null; }"""


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (MB), from /proc."""
    total = 0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(marker: str) -> float:
    """CPU time (user + system) of every process whose command line contains ``marker``."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            if marker.encode() in (proc / "cmdline").read_bytes().replace(b"\0", b" "):
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
    return total / TICK


CPU_MARKERS = {"server": "streamlit run", "chromium": "/chromium", "load generator": "run-driver"}


def make_data_dir(dest: Path, with_layer: bool = True) -> Path:
    """Seed articles (+ their incidents.geojson) and, unless told not to, the CIR layer."""
    shutil.copytree(ROOT / "data" / "articles", dest / "articles", copy_function=shutil.copy2)
    seed = ROOT / "data" / "incidents.geojson"
    if seed.is_file():  # copy2 keeps its mtime: still fresher than the articles, not rebuilt
        shutil.copy2(seed, dest / "incidents.geojson")
    if with_layer:
        subprocess.run(
            [sys.executable, "-m", "geo", "import", str(CIR_CSV), "--save", "--data", str(dest)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        from store import open_store

        saved = open_store(dest)
        try:
            assert "cir" in saved.layer_names()
        finally:
            saved.close()
    return dest


@contextlib.contextmanager
def streamlit_server(
    data: Path, timeout: float = 90, probe: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen]]:
    """``streamlit run app.py`` as the browser tests run it; yields (base URL, process).

    With ``probe``, the server also loads ``benchmarks/probe`` (see its docstring)."""
    env = {"INCIDENT_ATLAS_TILES": "none", "INCIDENT_ATLAS_DATA_DIR": str(data)}
    if probe is not None:
        env["PYTHONPATH"] = f"{ROOT / 'benchmarks' / 'probe'}{os.pathsep}{ROOT}"
        env["INCIDENT_ATLAS_PROBE"] = str(probe)
    with run_streamlit(ROOT / "app.py", env, timeout) as (url, proc):
        yield url, proc


@dataclass
class Result:
    user: int
    ready: float | None = None
    slider: float | None = None
    popup: float | None = None
    counts: tuple[str, str] | None = None
    error: str | None = None
    steps: list[str] = field(default_factory=list)


async def map_frame(page: Any, timeout_s: float) -> Any:
    """The streamlit-folium iframe's Frame once its map is drawn (it may be replaced on a
    rerun). Waits in the page (selectors), not by polling from here: twenty users polling
    over the DevTools protocol cost the shared CPU more than the app did."""
    deadline = time.monotonic() + timeout_s
    while True:
        left_ms = max(1.0, (deadline - time.monotonic()) * 1000)
        handle = await page.wait_for_selector(FRAME, state="attached", timeout=left_ms)
        frame = await handle.content_frame() if handle else None
        if frame is not None and not frame.is_detached():
            with contextlib.suppress(Exception):
                await frame.wait_for_selector(
                    MAP_READY, state="attached", timeout=min(left_ms, 5_000)
                )
                return frame
        if time.monotonic() > deadline:
            raise TimeoutError("map frame not ready")


async def wait_count(page: Any, timeout_ms: float, not_equal: str | None = None) -> str:
    handle = await page.wait_for_function(
        f"b => {{ const t = ({COUNT_JS})(); return t && t !== b ? t : false; }}",
        arg=not_equal,
        timeout=timeout_ms,
        polling=50,
    )
    return str(await handle.json_value())


async def move_slider(page: Any, before: str, timeout_ms: float) -> str:
    """Start thumb of the date slider to the right (PageUp: a tenth of the range a press)
    until the count changes."""
    thumb = page.locator("[data-testid='stSidebar'] input[type='range']").first
    await thumb.wait_for(timeout=timeout_ms)
    await thumb.focus()
    for presses in (1, 1, 1):
        for _ in range(presses):
            await thumb.press("PageUp")
        with contextlib.suppress(Exception):
            return await wait_count(page, 10_000, not_equal=before)
    return await wait_count(page, timeout_ms, not_equal=before)


HIT_JS = """() => {
  const m = document.querySelector('.leaflet-container');
  const L = window.iaFast;
  if (!m || !L || !L._hits || !L._hits.length) return null;
  const w = m.clientWidth, h = m.clientHeight, box = m.getBoundingClientRect();
  // Not under the legend, the zoom buttons or the attribution: a click there is theirs.
  const free = h0 => h0.x > 20 && h0.y > 20 && h0.x < w - 20 && h0.y < h - 20 &&
    !document.elementFromPoint(box.left + h0.x, box.top + h0.y).closest('.leaflet-control');
  const ok = L._hits.filter(free);
  const pt = ok.find(h0 => h0.i !== undefined);
  const pick = pt || ok[0];
  return pick ? {x: pick.x, y: pick.y, point: !!pt} : null;
}"""
SHOWN_JS = """() => { const m = document.querySelector('.leaflet-container[data-ia-shown]');
  return m ? m.getAttribute('data-ia-shown') : null; }"""


async def map_shows_new_view(page: Any, before: str | None, timeout_s: float) -> None:
    """After a filter change: wait until the map has applied the new view (the fast map's
    shown count differs from ``before``; the marker map is simply redrawn)."""
    deadline = time.monotonic() + timeout_s
    while before is not None:
        frame = await map_frame(page, deadline - time.monotonic())
        with contextlib.suppress(Exception):
            await frame.wait_for_function(
                f"b => ({SHOWN_JS})() !== b", arg=before, polling=100, timeout=5_000
            )
            return
        if time.monotonic() > deadline:
            raise TimeoutError("map did not apply the new filters")


async def open_popup(page: Any, timeout_s: float) -> None:
    """Click markers (or clusters on the way) until a Leaflet popup shows its content."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        frame = await map_frame(page, deadline - time.monotonic())
        if await frame.locator(".leaflet-popup-content").count():
            return
        if await frame.evaluate("() => !!window.iaFast"):  # fast map: points on a canvas
            hit = await frame.evaluate(HIT_JS)
            if hit is None:
                await asyncio.sleep(0.1)
                continue
            await frame.locator(".leaflet-container").click(
                position={"x": hit["x"], "y": hit["y"]}, timeout=10_000
            )
        else:
            dots = frame.locator(".leaflet-marker-icon .ia-dot")
            if await dots.count():
                await dots.first.click(timeout=10_000)
            else:
                await frame.locator(".leaflet-marker-icon").first.click(timeout=10_000)
        with contextlib.suppress(Exception):
            await frame.locator(".leaflet-popup-content").first.wait_for(timeout=3_000)
            return
        await asyncio.sleep(0.3)  # a cluster zoomed: let it settle, click again
    raise TimeoutError("no popup opened")


async def one_user(
    browser: Any,
    url: str,
    i: int,
    release: asyncio.Event,
    done: list[int],
    users: int,
    all_done: asyncio.Event,
    shots: Path | None,
    timeout_s: float,
    delay_s: float = 0.0,
) -> Result:
    res = Result(i)
    await asyncio.sleep(delay_s)  # --ramp: this user arrives later
    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await ctx.new_page()
    page.set_default_timeout(timeout_s * 1000)
    step = "goto"
    try:
        t0 = time.perf_counter()
        await page.goto(url, timeout=timeout_s * 1000)
        step = "count"
        before = await wait_count(page, timeout_s * 1000)
        step = "map"
        await map_frame(page, timeout_s)
        res.ready = time.perf_counter() - t0
        step = "slider"
        shown = await (await map_frame(page, timeout_s)).evaluate(SHOWN_JS)
        t1 = time.perf_counter()
        after = await move_slider(page, before, timeout_s * 1000)
        res.counts = (before, after)
        await map_shows_new_view(page, shown, timeout_s)
        res.slider = time.perf_counter() - t1
        step = "popup"
        t2 = time.perf_counter()
        await open_popup(page, timeout_s)
        res.popup = time.perf_counter() - t2
    except Exception as exc:  # count it, do not stop the other users
        res.error = (
            f"user {i} at {step}: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:160]}"
        )
    if shots is not None:
        with contextlib.suppress(Exception):
            tag = "-error" if res.error else ""
            await page.screenshot(path=str(shots / f"user{i:02d}{tag}.png"))
    # keep the session open until every user is done (RSS is read with all sessions open)
    done.append(i)
    if len(done) == users:
        all_done.set()
    await release.wait()
    await ctx.close()
    return res


async def drive(
    url: str,
    users: int,
    pid: int,
    shots: Path | None,
    timeout_s: float,
    ramp_s: float = 0.0,
    probe: Path | None = None,
) -> tuple[list[Result], float, float, dict[str, float], str]:
    """N users, all at once or arriving evenly over ``ramp_s`` seconds; returns their
    results, the wall time, the server's RSS with all sessions open and (``probe``) its
    heap probe's line read then."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        release, all_done, done = asyncio.Event(), asyncio.Event(), []
        cpu0 = {k: cpu_seconds(m) for k, m in CPU_MARKERS.items()}
        self0 = time.process_time()
        t0 = time.perf_counter()
        gap = ramp_s / max(1, users - 1) if users > 1 else 0.0
        tasks = [
            asyncio.create_task(
                one_user(browser, url, i, release, done, users, all_done, shots, timeout_s, i * gap)
            )
            for i in range(users)
        ]
        await all_done.wait()
        wall = time.perf_counter() - t0
        # read before the browser closes: a closed process's CPU time is gone from /proc
        cpu = {k: cpu_seconds(m) - cpu0[k] for k, m in CPU_MARKERS.items()}
        cpu["load generator"] += time.process_time() - self0
        await asyncio.sleep(1.0)
        open_rss = rss_mb(pid)
        # Sessions still open: how many the server holds now, the previous wave included.
        open_heap = await asyncio.to_thread(probe_heap, probe)
        release.set()
        results = await asyncio.gather(*tasks)
        await browser.close()
    return list(results), wall, open_rss, cpu, open_heap


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))]


def probe_heap(probe: Path | None, trim: bool = False, timeout: float = 60) -> str:
    """Ask the server's heap probe for one sample; a printable line ("" without a probe)."""
    if probe is None:
        return ""
    req = probe.with_name(probe.name + ".req")
    req.write_text("trim" if trim else "sample")
    deadline = time.monotonic() + timeout
    while req.exists():
        if time.monotonic() > deadline:
            return "heap probe: no answer"
        time.sleep(0.1)
    row = json.loads(probe.read_text().splitlines()[-1])
    line = (
        f"Python heap: AppSession {row['AppSession']} (sessions listed "
        f"{row['sessions_listed']}), DataFrame {row['DataFrame']}, "
        f"allocated blocks {row['blocks']:,}"
    )
    if trim:
        line += (
            f"; RSS {row['rss_before_trim_mb']:.0f} MB → {row['rss_mb']:.0f} MB after malloc_trim"
        )
    return line


def summary(name: str, values: list[float]) -> str:
    if not values:
        return f"{name}: -"
    return (
        f"{name}: p50 {statistics.median(values):.2f} s  p95 {pct(values, 0.95):.2f} s  "
        f"max {max(values):.2f} s"
    )


def run(
    data: Path,
    users: int,
    rounds: int,
    query: str,
    shots: Path | None,
    timeout_s: float,
    ramp_s: float = 0.0,
    gap_s: float = 3.0,
    probe: Path | None = None,
) -> int:
    from playwright.async_api import async_playwright  # noqa: F401 - fail early if missing

    with streamlit_server(data, probe=probe) as (base, proc):
        url = base + query
        start_rss = rss_mb(proc.pid)
        warm, _, _, _, _ = asyncio.run(drive(url, 1, proc.pid, None, timeout_s))
        time.sleep(2)
        before = rss_mb(proc.pid)
        print(f"data: {data}  (load average before: {os.getloadavg()[0]:.1f})")
        print(f"url: {url}")
        if warm[0].error:
            print("warm-up failed: " + warm[0].error)
        print(
            f"warm-up (1 user, cold server): ready {warm[0].ready or float('nan'):.2f} s; "
            f"count {warm[0].counts}"
        )
        print(f"server RSS: at start {start_rss:.0f} MB, after warm-up {before:.0f} MB")
        if probe is not None:
            print(probe_heap(probe))
        failed = 0
        for r in range(1, rounds + 1):
            results, wall, open_rss, cpu, open_heap = asyncio.run(
                drive(url, users, proc.pid, shots, timeout_s, ramp_s, probe)
            )
            # Streamlit keeps a closed tab's session for server.disconnectedSessionTTL (120 s
            # by default) so that it can reconnect; --gap 130 lets them expire between rounds.
            time.sleep(gap_s)
            after = rss_mb(proc.pid)
            errors = [x.error for x in results if x.error]
            failed += len(errors)
            ok = [x for x in results if not x.error]
            arrive = f"arriving over {ramp_s:g} s" if ramp_s else "all at once"
            print(
                f"\nround {r}: users {users} ({arrive})  ok {len(ok)}  errors {len(errors)}  "
                f"wall {wall:.1f} s  load average {os.getloadavg()[0]:.1f}"
            )
            print("  " + summary("time to ready ", [x.ready for x in results if x.ready]))
            print("  " + summary("slider → count", [x.slider for x in results if x.slider]))
            print("  " + summary("popup         ", [x.popup for x in results if x.popup]))
            counts = {x.counts for x in ok}
            if counts:
                print(
                    f"  count before → after the slider: {sorted(counts)[0]}"
                    + (f" (+{len(counts) - 1} other)" if len(counts) > 1 else "")
                )
            print(
                f"  server RSS: before {before:.0f} MB  with {users} sessions open "
                f"{open_rss:.0f} MB (+{(open_rss - before) / users:.1f} MB/session)  "
                f"{gap_s:g} s after they closed {after:.0f} MB"
            )
            used = ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
            per_user = sum(cpu.values()) / users
            print(
                f"  CPU used in the round (s): {used}  — {per_user:.1f} CPU-s per user "
                f"on {os.cpu_count()} cores"
            )
            if probe is not None:
                print(f"  with {users} sessions open, " + open_heap)
                print(f"  {gap_s:g} s after they closed, " + probe_heap(probe))
            before = after  # the next round's growth is counted from here
            for e in errors:
                print("  " + str(e))
        if probe is not None:
            print("\nat the end, " + probe_heap(probe, trim=True))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=1, help="waves of users (memory must not creep)")
    ap.add_argument("--data", type=Path, default=None, help="use this data dir as it is")
    ap.add_argument("--seed-only", action="store_true", help="leave the CIR layer out")
    ap.add_argument("--query", default=SHARED, help="the shared URL's path and query")
    ap.add_argument("--shots", type=Path, default=None, help="screenshots directory")
    ap.add_argument("--timeout", type=float, default=300, help="per step (s)")
    ap.add_argument(
        "--gap",
        type=float,
        default=3.0,
        help="seconds between a round's end and the RSS reading / next round",
    )
    ap.add_argument(
        "--ramp",
        type=float,
        default=0.0,
        help="spread the users' arrivals evenly over this many seconds (0: at once)",
    )
    ap.add_argument(
        "--probe",
        action="store_true",
        help="count the server's live Python objects after each round "
        "(benchmarks/probe; adds a full gc pass per reading)",
    )
    args = ap.parse_args(argv)
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="atlas-load-") as tmp:
        probe = Path(tmp) / "probe.jsonl" if args.probe else None
        data = args.data
        if data is None:
            data = make_data_dir(Path(tmp) / "data", with_layer=not args.seed_only)
        return run(
            data,
            args.users,
            args.rounds,
            args.query,
            args.shots,
            args.timeout,
            args.ramp,
            args.gap,
            probe,
        )


if __name__ == "__main__":
    raise SystemExit(main())
