"""Real browser: the map's centre and zoom travel in the URL (issue 15). A link with
``lat``/``lon``/``zoom`` opens there instead of the fitted view; moving the map writes the
new view into the address bar, so the link to share is the view on screen."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import MAP_IFRAME, screenshot, set_view

pytestmark = pytest.mark.browser

VIEW = """() => { const m = window.map; if (!m) return null;
    const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }"""


def _map_frame(page: Any) -> Any:
    page.wait_for_selector(MAP_IFRAME, timeout=90_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container").wait_for(timeout=90_000)
    return next(f for f in page.frames if "st_folium" in f.url)


def test_a_linked_view_opens_there_and_a_move_is_written_back(
    chromium: Any, atlas_url: str
) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(atlas_url + "/?lat=50.6000&lon=36.6000&zoom=9")
    frame = _map_frame(page)
    frame.wait_for_function(
        "() => window.map && window.map.getZoom() === 9"
        " && Math.abs(window.map.getCenter().lat - 50.6) < 0.01",
        timeout=60_000,
    )
    lat, lon, zoom = frame.evaluate(VIEW)
    assert (round(lat, 2), round(lon, 2), zoom) == (50.6, 36.6, 9)
    screenshot(page, "map_linked_view.png")

    set_view(frame, 48.7, 37.6, 8)  # an analyst moves to the Donbas
    page.wait_for_url(re.compile(r"zoom=8"), timeout=60_000)
    query = parse_qs(urlparse(page.url).query)
    assert query["zoom"] == ["8"]
    assert abs(float(query["lat"][0]) - 48.7) < 0.01 and abs(float(query["lon"][0]) - 37.6) < 0.01


def test_a_plain_link_opens_fitted_and_carries_no_view(chromium: Any, atlas_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(atlas_url + "/?actor=Russia")
    frame = _map_frame(page)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-marker-icon").first.wait_for(timeout=90_000)
    page.get_by_text("Showing 2 of").first.wait_for(timeout=60_000)
    assert "zoom=" not in page.url and "lat=" not in page.url
    assert frame.evaluate(VIEW) is not None
