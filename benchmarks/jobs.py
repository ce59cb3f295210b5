"""Is the server responsive while a 2 MB preview runs? ``python -m benchmarks.jobs
[--bytes N] [--root DIR] [--viewers 3]``.

Starts ``streamlit run app.py`` (seed articles in a temp data dir, tiles off) from ``--root``
(default: this checkout; give an export of an older commit to compare), measures a viewer's
Map page-ready and the health endpoint's latency on the idle server, previews a short
article (a server's steady state: the job workers' fork server up), then uploads an article
of ``--bytes`` (default: the largest the page takes, 1.99 MB) on Add article and, until its
preview shows, loads the Map again and again and pings ``/_stcore/health`` every 0.5 s.
Prints the preview's time, the CPU seconds the server's own process and its descendants
(the job workers) spent meanwhile, and the page-ready and health figures idle and during
the preview (README "Hostile load", "After the worker"). ``--import-rows N`` measures instead
what an import's preview leaves in the session.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.abuse_data import ARTICLE_BYTES, article_text  # noqa: E402
from benchmarks.page_ready import time_page  # noqa: E402
from benchmarks.server import CHROMIUM, CHROMIUM_ARGS, run_streamlit  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
DONE_AT_JS = """() => { window.__t0 = Date.now(); const t = setInterval(() => {
  const main = document.querySelector("[data-testid='stMain']"); if (!main) return;
  const alerts = [...main.querySelectorAll("[data-testid='stAlert']")]
    .filter(a => !/Nothing to preview/.test(a.innerText));
  if (/Preview: /.test(main.innerText) || alerts.length) {
    window.__doneAt = Date.now(); clearInterval(t); } }, 100); }"""
"""Notes, in the page, when the preview (or a message) shows: the Python side looks only
between two Map loads."""
WARM_UP = b"Russian missiles struck Odesa on 2 May 2024, killing two people, officials said.\n"


def cpu_of(pid: int, reaped: bool = False) -> float:
    """CPU seconds (user + system) of ``pid``; with ``reaped``, plus its children that
    ended and it waited for (a finished worker's time is then its fork server's)."""
    with contextlib.suppress(OSError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
        if reaped:
            ticks += int(fields[13]) + int(fields[14])
        return ticks / TICK
    return 0.0


def tree_cpu(pid: int) -> float:
    """CPU seconds of every process below ``pid``, live or ended."""
    return sum(cpu_of(p, reaped=True) for p in descendants(pid))


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (the fork server, its workers)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):  # a thread's children are its own
            with contextlib.suppress(OSError):
                kids = [int(c) for c in (task / "children").read_text().split()]
                out += kids
                todo += kids
    return out


class Pinger(threading.Thread):
    """GET ``/_stcore/health`` every 0.5 s and keep the latencies."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop = url + "/_stcore/health", threading.Event()
        self.took: list[float] = []

    def run(self) -> None:
        while not self.stop.wait(0.5):
            t0 = time.perf_counter()
            with contextlib.suppress(OSError), urllib.request.urlopen(self.url, timeout=120):
                self.took.append(time.perf_counter() - t0)


def figures(name: str, values: list[float]) -> str:
    if not values:
        return f"{name}: none"
    return (f"{name}: n={len(values)} p50 {statistics.median(values):.2f} s, "
            f"max {max(values):.2f} s")  # fmt: skip


def preview_while_viewing(browser: Any, url: str, size: int, server: int) -> None:
    """Upload the article, then load the Map until the preview shows; print the figures."""
    warm = browser.new_page()  # not counted: its own session, so its preview is not seen below
    warm.goto(url + "/add_article")
    warm.locator("input[type=file]").first.set_input_files(
        files=[{"name": "short.txt", "mimeType": "text/plain", "buffer": WARM_UP}]
    )
    warm.get_by_text("Preview:").wait_for(timeout=120_000)
    warm.close()
    abuser = browser.new_page(viewport={"width": 1200, "height": 900})
    abuser.goto(url + "/add_article")
    abuser.get_by_text("Nothing to preview yet.").wait_for(timeout=120_000)
    data = article_text(size).encode()
    pinger = Pinger(url)
    pinger.start()
    own0 = cpu_of(server)
    kids0 = tree_cpu(server)
    abuser.locator("input[type=file]").first.set_input_files(
        files=[{"name": "long.txt", "mimeType": "text/plain", "buffer": data}]
    )
    abuser.evaluate(DONE_AT_JS)
    alert = abuser.locator("[data-testid='stAlert']").filter(has_not_text="Nothing to preview")
    done = abuser.get_by_text("Preview:").or_(alert)  # the preview, or why there is none
    ready: list[float] = []
    while not done.first.is_visible():
        ready.append(time_page(browser, url + "/"))
    took = abuser.evaluate("window.__doneAt - window.__t0") / 1000
    pinger.stop.set()
    own = cpu_of(server) - own0
    kids = tree_cpu(server) - kids0
    print(f"preview of {len(data) / 1024:,.0f} KB: {took:.1f} s "
          f"({done.first.inner_text()[:60]!r})")  # fmt: skip
    print(f"CPU meanwhile: server process {own:.1f} s, its descendants (workers) {kids:.1f} s")
    print(figures("  Map page-ready during the preview", ready))
    print(figures("  health latency during the preview", pinger.took))


def held_by_an_import(rows: int) -> None:
    """What a session holds after an import's preview (tracemalloc): the records read, as
    before the worker, and the :class:`geo.layerimport.LayerRead` it holds now."""
    import tracemalloc

    from benchmarks.abuse_data import UPLOAD_LIMIT, acled_csv
    from geo.layerimport import read_for_preview, read_upload, renamed

    data, n = acled_csv(rows, minimal=True, max_bytes=UPLOAD_LIMIT)
    tracemalloc.start()
    held: Any = renamed(read_upload(data, "acled.csv", None, "layer"), "acled")
    before = tracemalloc.get_traced_memory()[0] / 2**20
    del held
    base = tracemalloc.get_traced_memory()[0] / 2**20
    held = read_for_preview(data, "acled.csv", None)
    after = tracemalloc.get_traced_memory()[0] / 2**20 - base
    print(f"an import of {n:,} rows ({len(data) / 2**20:.2f} MB) held in the session: "
          f"{before:.1f} MB of records before, {after:.1f} MB now "
          f"(the preview and {len(held.packed) / 2**20:.1f} MB of packed records)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bytes", type=int, default=ARTICLE_BYTES, help="the article's size")
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--viewers", type=int, default=3, help="idle page-ready runs")
    ap.add_argument("--import-rows", type=int, default=0,
                    help="instead: what an import of this many rows leaves in the session "
                         "(200000: the most the upload limit lets through; slow under "
                         "tracemalloc)")  # fmt: skip
    a = ap.parse_args(argv)
    if a.import_rows:
        held_by_an_import(a.import_rows)
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data" / "articles", data / "articles")
        env = {"INCIDENT_ATLAS_TILES": "none", "INCIDENT_ATLAS_DATA_DIR": str(data),
               "PYTHONPATH": str(a.root.resolve())}  # fmt: skip
        with (
            run_streamlit(a.root.resolve() / "app.py", env, 120) as (url, proc),
            sync_playwright() as pw,
        ):
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            time_page(browser, url + "/")  # the cold start: not counted
            idle = [time_page(browser, url + "/") for _ in range(a.viewers)]
            pinger = Pinger(url)
            pinger.start()
            time.sleep(5)
            pinger.stop.set()
            print(f"root {a.root}")
            print(figures("  Map page-ready idle", idle))
            print(figures("  health latency idle", pinger.took))
            preview_while_viewing(browser, url, a.bytes, proc.pid)
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
