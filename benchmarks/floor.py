"""``python -m benchmarks.floor [--visits 5]``: the floor under ``visible_s``.

How fast can *any* Streamlit page show a count and a streamlit-folium map on this
machine? Three minimal apps, each served by ``streamlit run`` like the real one
(static serving on, tiles off) and opened in fresh headless-Chromium contexts:

* ``text``         — one line "Showing 1 of 1": Streamlit's frontend boot alone;
* ``text+map``     — that line and ``st_folium`` with the fast map of the seed
  incidents (five points; the same assets the app loads);
* ``sidebar+map``  — the same plus the app's sidebar widget types (date slider,
  two multiselects, a checkbox), whose scripts Streamlit loads on demand.

It prints the median and range of the time from navigation to the text and to
the map drawn (the fast layer's ``data-ia-shown``), the criterion of
:mod:`benchmarks.scale`. The real app's ``visible_s`` minus this floor is what the
app itself costs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.scale import MAP_FRAME, ROOT, browser
from benchmarks.server import run_streamlit

HEAD = """
import sys
sys.path.insert(0, {root!r})
import streamlit as st
"""
MAP = """
from streamlit_folium import st_folium
from benchmarks.scale import load_frame
from render import fastmap, fastpayload, fastview
from pathlib import Path

@st.cache_resource
def payload():
    frame, colors = load_frame(Path({data!r}))
    return frame, fastpayload.encode(frame, colors)

frame, p = payload()
st_folium(fastmap.build_fast_map(p, tiles="none"), key="map", height=560,
          use_container_width=True, feature_group_to_add=fastview.view_group(p, frame),
          returned_objects=["last_object_clicked"])
"""
SIDEBAR = """
import datetime as dt
with st.sidebar:
    st.slider("Dates", dt.date(2022, 1, 1), dt.date(2024, 12, 31),
              (dt.date(2022, 1, 1), dt.date(2024, 12, 31)))
    st.multiselect("Actor", ["Russia", "Ukraine"], placeholder="All actors")
    st.multiselect("Event type", ["strike"], placeholder="All event types")
    st.checkbox("Only precise dates")
"""
TEXT = 'st.markdown("Showing 1 of 1")\n'

APPS = {
    "text": HEAD + TEXT,
    "text+map": HEAD + TEXT + MAP,
    "sidebar+map": HEAD + SIDEBAR + TEXT + MAP,
}


def visit(b: Any, url: str, with_map: bool) -> tuple[float, float | None]:
    """(seconds to the text, seconds to the drawn map or None) for one fresh context."""
    ctx = b.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    t = time.perf_counter()
    page.goto(url)
    page.get_by_text("Showing").first.wait_for(timeout=60_000)
    text_s = time.perf_counter() - t
    map_s = None
    if with_map:
        page.frame_locator(MAP_FRAME).locator("#map_div[data-ia-shown]").wait_for(timeout=60_000)
        map_s = time.perf_counter() - t
    ctx.close()
    return text_s, map_s


def measure(name: str, visits: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="atlas-floor-") as tmp:
        app = Path(tmp) / "app.py"
        # Static serving reads <app dir>/static: give the minimal app the real assets.
        (Path(tmp) / "static").symlink_to(ROOT / "static")
        app.write_text(APPS[name].format(root=str(ROOT), data=str(ROOT / "data")))
        with run_streamlit(app) as (url, _proc):
            pw, b = browser()
            try:
                with_map = "map" in name
                visit(b, url, with_map)  # warm the server's caches, as scale.py does
                runs = [visit(b, url, with_map) for _ in range(visits)]
            finally:
                b.close()
                pw.stop()
    texts = [r[0] for r in runs]
    maps = [r[1] for r in runs if r[1] is not None]
    return {"app": name, "text": texts, "map": maps}


def _fmt(xs: list[float]) -> str:
    if not xs:
        return "–"
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.floor")
    ap.add_argument("--visits", type=int, default=5)
    args = ap.parse_args(argv)
    print("| minimal app | text shown, s: median (range) | map drawn, s: median (range) |")
    print("|---|---|---|")
    for name in APPS:
        r = measure(name, args.visits)
        print(f"| {name} | {_fmt(r['text'])} | {_fmt(r['map'])} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
