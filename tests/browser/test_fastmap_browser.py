"""Real browser: the fast map renders points/clusters, and a click selects an incident.

Runs ``streamlit run app.py`` on a temporary data directory with 2,600 incidents
(above :data:`render.fastmap.FAST_THRESHOLD`) and drives Debian's Chromium.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from benchmarks.scale import CHROMIUM, MAP_FRAME, streamlit_server
from geo.table import to_geojson
from tests.test_fastmap import records

pytestmark = pytest.mark.browser

@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        if os.environ.get("INCIDENT_ATLAS_REQUIRE_BROWSER"):
            pytest.fail("Chromium is missing (apt-get install -y chromium)")
        pytest.skip("Chromium is missing")
    d = tmp_path_factory.mktemp("fastdata")
    recs = records(2600)
    # a stack of identical points (one town, many incidents) to exercise the list popup
    for r in recs[:30]:
        r["lat"], r["lon"], r["place"] = 50.0, 36.0, "Stacktown"
    (d / "incidents.geojson").write_text(json.dumps(to_geojson(recs)))
    with streamlit_server(d) as (url, _pid):
        yield url


def test_fast_map_renders_and_a_click_selects(server: str, chromium: Any) -> None:
    # The session's one Playwright (conftest): a second sync_playwright() in the same
    # thread fails ("Sync API inside the asyncio loop").
    b = chromium
    try:
        page = b.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server)
        page.get_by_text("Showing 2600 of 2600").wait_for(timeout=90_000)
        fl = page.frame_locator(MAP_FRAME)
        fl.locator("#map_div[data-ia-shown]").wait_for(timeout=90_000)
        frame = next(f for f in page.frames if "st_folium" in f.url)
        state = frame.evaluate(
            "() => { const c = document.querySelector('canvas.ia-fast-canvas');"
            " const m = document.querySelector('#map_div');"
            " return {shown: +m.getAttribute('data-ia-shown'),"
            " clusters: +c.getAttribute('data-clusters'), points: +c.getAttribute('data-points')}; }"
        )
        assert state["shown"] > 2500
        assert state["clusters"] + state["points"] > 0
        # Zoom in on a single isolated point via the layer's API, then click it on the canvas.
        target = frame.evaluate(
            "() => { const f = window.iaFast; const m = window.map;"
            " for (let i = 40; i < f._n; i++) {"
            "  m.setView([f._lat[i], f._lon[i]], 18, {animate: false}); f._redraw();"
            "  const h = f._hits.filter(h => h.i === i);"
            "  if (h.length && f._hitsAt({x: h[0].x, y: h[0].y}).length === 1)"
            "    return {i: i, x: h[0].x, y: h[0].y}; }"
            " return null; }"
        )
        assert target is not None
        box = fl.locator("#map_div").bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
        fl.locator(".ia-fast-pop").wait_for(timeout=10_000)
        ref = fl.locator(".ia-fast-ref").inner_text()
        assert ref.endswith(f":{target['i']}")
        # The card beside the map shows the selected incident and its excerpts.
        page.get_by_text("Incident id:").wait_for(timeout=60_000)
        page.get_by_text("Sources (1)").wait_for(timeout=60_000)
        assert "incident=t-" in page.url
    finally:
        page.close()


def test_stacked_points_open_a_list(server: str, chromium: Any) -> None:
    b = chromium
    try:
        page = b.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server)
        fl = page.frame_locator(MAP_FRAME)
        fl.locator("#map_div[data-ia-shown]").wait_for(timeout=90_000)
        frame = next(f for f in page.frames if "st_folium" in f.url)
        xy = frame.evaluate(
            "() => { window.map.setView([50.0, 36.0], 18, {animate: false});"
            " window.iaFast._redraw(); const p = window.map.latLngToContainerPoint([50.0, 36.0]);"
            " return {x: p.x, y: p.y}; }"
        )
        box = fl.locator("#map_div").bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        fl.locator(".ia-fast-list").wait_for(timeout=10_000)
        assert "incidents here" in fl.locator(".ia-fast-list").inner_text()
        fl.locator("a.ia-fast-pick").first.click()
        fl.locator(".ia-fast-pop").wait_for(timeout=10_000)
        page.get_by_text("Incident id:").wait_for(timeout=60_000)
    finally:
        page.close()
