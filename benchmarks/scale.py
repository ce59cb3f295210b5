"""Map at scale: build time, payload, server memory and real-browser times.

For each dataset a real ``streamlit run app.py`` serves a temporary data
directory; headless Chromium (Debian's, via Playwright) opens it:

* ``cold_s``   — ``streamlit run`` launched → first map visible (server start-up,
  imports and the catalog load included: the cold-start target);
* ``visible_s`` — median of 3 new pages (fresh browser contexts) on the warm server:
  navigation → "Showing N of M"
  and the map drawn (fast map: its layer applied the view; baseline: markers);
* ``update_s`` — the date slider moved (keyboard) → the map shows the new view.

``build_s``/``payload_mb`` are measured in-process from the loaded table: encode
+ build + render the folium map (what st_folium sends); ``server_peak_mb`` is
the streamlit process's peak RSS (VmHWM). The baseline is the one-folium-Marker
(with popup)-per-incident map of :mod:`render.mapview`, forced with
``INCIDENT_ATLAS_FAST_THRESHOLD``.
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.server import CHROMIUM, CHROMIUM_ARGS, run_streamlit
from benchmarks.server import free_port as _free_port

ROOT = Path(__file__).resolve().parent.parent
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


VISITS = 3
"""Visits to a warm server whose median is ``visible_s``."""


def free_port() -> int:
    return _free_port()


@contextlib.contextmanager
def streamlit_server(data_dir: Path, fast: bool = True, timeout: float = 120) -> Iterator[Any]:
    """``streamlit run app.py`` on a free port for ``data_dir``; yields (url, pid)."""
    env = {
        "INCIDENT_ATLAS_DATA_DIR": str(data_dir),
        "INCIDENT_ATLAS_TILES": "none",
        # "ours" = the fast map at every size; the baseline = render.mapview at every size
        "INCIDENT_ATLAS_FAST_THRESHOLD": "0" if fast else str(10**9),
    }
    with run_streamlit(ROOT / "app.py", env, timeout) as (url, proc):
        yield url, proc.pid


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def browser():  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    return pw, b


def _wait_map(page: Any, fast: bool, timeout_ms: float) -> None:
    page.get_by_text("Showing").first.wait_for(timeout=timeout_ms)
    fl = page.frame_locator(MAP_FRAME)
    if fast:
        fl.locator("#map_div[data-ia-shown]").wait_for(timeout=timeout_ms)
    else:
        fl.locator(".leaflet-marker-icon").first.wait_for(state="attached", timeout=timeout_ms)


def _shown_text(page: Any) -> str:
    return str(page.get_by_text("Showing").first.inner_text())


def open_map(b: Any, url: str, fast: bool, timeout_ms: float = 240_000) -> tuple[Any, float]:
    page = b.new_page(viewport={"width": 1400, "height": 1000})
    t = time.perf_counter()
    page.goto(url)
    _wait_map(page, fast, timeout_ms)
    return page, time.perf_counter() - t


def slider_update(page: Any, fast: bool, timeout_ms: float = 240_000) -> float:
    """Move the date slider's start to its end (keyboard) and wait for the map to follow."""
    before = _shown_text(page)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    shown_before = (
        frame.evaluate("() => document.querySelector('#map_div').getAttribute('data-ia-shown')")
        if fast
        else None
    )
    thumb = page.get_by_role("slider").first
    thumb.focus()
    t = time.perf_counter()
    thumb.press("End")
    page.wait_for_function(
        "b => { const e = [...document.querySelectorAll('p')]"
        ".find(p => p.innerText.startsWith('Showing')); return e && e.innerText !== b; }",
        arg=before,
        timeout=timeout_ms,
        polling=20,
    )
    if fast:
        frame.wait_for_function(
            "b => { const m = document.querySelector('#map_div');"
            " return m && m.getAttribute('data-ia-shown') !== b; }",
            arg=shown_before,
            timeout=timeout_ms,
            polling=20,
        )
    else:  # the component re-renders a new map: wait for its markers
        page.wait_for_timeout(100)
        page.frame_locator(MAP_FRAME).locator(".leaflet-marker-icon").first.wait_for(
            state="attached", timeout=timeout_ms
        )
    return time.perf_counter() - t


def build_metrics(frame: Any, fast: bool, layer_colors: dict[str, str]) -> tuple[float, float]:
    """(seconds, MB) to build and render the map st_folium would send."""
    from streamlit_folium import _get_feature_group_string, _get_map_string

    t = time.perf_counter()
    if fast:
        from render import fastmap, fastpayload, fastview

        payload = fastpayload.encode(frame, layer_colors)
        m = fastmap.build_fast_map(payload)
        fg = fastview.view_group(payload, frame)
        m.get_root().render()
        script = _get_map_string(m)
        extra = _get_feature_group_string(fg, m)
        size = len(script) + len(extra)
    else:
        from geo.layers import split_layers
        from render.layermarkers import add_layer_markers
        from render.mapview import as_records, build_map

        base, layered = split_layers(as_records(frame))
        m = build_map(base)
        add_layer_markers(m, layered, layer_colors)
        m.get_root().render()
        size = len(_get_map_string(m))
    return time.perf_counter() - t, size / 1e6


def load_frame(data_dir: Path) -> tuple[Any, dict[str, str]]:
    from geo import layers
    from geo.table import load_incidents
    from store.migrate import open_seeded

    df = load_incidents(data_dir / "incidents.geojson")
    store, _report = open_seeded(data_dir)  # the layers are in the data dir's store
    try:
        rows, infos, _ = layers.load_layers(store)
    finally:
        store.close()
    if infos:
        df = layers.combine(df, rows)
    return df, {i.name: i.color for i in infos}


def cir_data_dir(dest: Path) -> Path:
    """The seed data (``data/``) plus the CIR set imported as the ``cir`` layer."""
    from benchmarks.synthetic import CIR_CSV
    from geo.importers import import_file
    from geo.layers import save_layer
    from store.migrate import open_seeded

    if dest.exists():
        shutil.rmtree(dest)
    # The seed files only: a store the app left in data/ is not the benchmark's.
    shutil.copytree(
        ROOT / "data", dest, copy_function=shutil.copy2, ignore=shutil.ignore_patterns("atlas.db*")
    )
    store, _report = open_seeded(dest)
    try:
        save_layer(store, import_file(CIR_CSV))
    finally:
        store.close()
    return dest


def measure(
    name: str, n: int | None, data_dir: Path, what: str, browser_too: bool = True, log: Any = None
) -> dict[str, Any]:
    fast = what == "ours"
    frame, colors = load_frame(data_dir)
    build_s, payload_mb = build_metrics(frame, fast, colors)
    del frame
    row: dict[str, Any] = {
        "n": n,
        "dataset": name,
        "what": what,
        "build_s": round(build_s, 3),
        "payload_mb": round(payload_mb, 2),
        "server_peak_mb": None,
        "cold_s": None,
        "visible_s": None,
        "update_s": None,
    }
    if not browser_too:
        return row
    pw, b = browser()  # started first: Chromium's own start-up is not the app's
    try:
        launched = time.perf_counter()
        with streamlit_server(data_dir, fast=fast) as (url, pid):
            try:
                page, _ = open_map(b, url, fast)
                cold = time.perf_counter() - launched
            except Exception as exc:  # noqa: BLE001 — a run that never shows is reported as null
                if log:
                    log(f"{name} {what}: map never visible ({type(exc).__name__})")
                return row
            page.close()
            # Warm server, fresh browser context each time; one visit varies by ±0.4 s on
            # this machine, so the median of VISITS.
            visits = []
            for _ in range(VISITS - 1):
                page, t = open_map(b, url, fast)
                visits.append(t)
                page.close()
            page, t = open_map(b, url, fast)
            visits.append(t)
            row["cold_s"], row["visible_s"] = round(cold, 2), round(statistics.median(visits), 2)
            try:
                row["update_s"] = round(slider_update(page, fast), 2)
            except Exception as exc:  # noqa: BLE001 — report, keep measuring
                if log:
                    log(f"{name} {what}: slider update not measured ({type(exc).__name__})")
            page.close()
            row["server_peak_mb"] = round(peak_rss_mb(pid) or 0, 1) or None
    finally:
        b.close()
        pw.stop()
    return row
