"""Real browser, full app: a shared Map URL, a popup's excerpt, its link to the Sources page.

Runs ``streamlit run app.py`` on the repository's seed data with tiles off, so every
request must stay on localhost. Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.conftest import MAP_IFRAME, external_requests, screenshot, wait_popup_visible

pytestmark = pytest.mark.browser

SHARED = "/?from=2022-01-01&to=2024-12-31&actor=Russia&actor=Ukraine"
COUNT = re.compile(r"Showing (\d+) of (\d+) incidents")


def open_popup(frame: Any) -> Any:
    """Click markers (spiderfying/zooming clusters on the way) until a popup opens."""
    for _ in range(6):
        dots = frame.locator(".leaflet-marker-icon .ia-dot")
        if dots.count():
            dots.first.click()
            pop = frame.locator(".ia-popup")
            pop.wait_for(timeout=10_000)
            return pop
        frame.locator(".ia-cluster").first.click()
        frame.wait_for_function(
            "() => document.querySelectorAll('.leaflet-marker-icon .ia-dot').length > 0",
            timeout=10_000,
        )
    raise AssertionError("no marker could be opened")


def test_shared_map_url_popup_and_sources_link(chromium: Any, atlas_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    errors: list[str] = []
    map_requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("request", lambda r: map_requests.append(r.url) if "st_folium" in r.frame.url else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(atlas_url + SHARED)
    count = page.get_by_text(COUNT).first
    count.wait_for(timeout=90_000)
    shown, total = map(int, COUNT.search(count.inner_text()).groups())  # type: ignore[union-attr]
    assert 0 < shown <= total
    page.wait_for_selector(MAP_IFRAME, timeout=90_000)
    fl = page.frame_locator(MAP_IFRAME)
    fl.locator(".leaflet-container").wait_for(timeout=90_000)
    fl.locator(".leaflet-marker-icon").first.wait_for(timeout=90_000)
    assert fl.locator(".leaflet-marker-icon").count() >= 1
    screenshot(page, "map_shared_url.png")

    frame = next(f for f in page.frames if "st_folium" in f.url)
    pop = open_popup(frame)
    excerpt = pop.locator(".ia-excerpt").first
    assert excerpt.inner_text().strip()
    wait_popup_visible(frame)
    screenshot(page, "map_popup.png")
    # The click selected the incident: the app reruns and redraws the map with the selection,
    # which can replace the iframe's content under any step below. Redo the steps in the map
    # as it is until the link has taken the page to Sources.
    deadline = time.monotonic() + 120
    while "/sources?" not in page.url:
        assert time.monotonic() < deadline, "the popup's Sources link never navigated"
        try:
            frame = next(
                (f for f in page.frames if "st_folium" in f.url and not f.is_detached()), None
            )
            if frame is None:
                page.wait_for_timeout(200)
                continue
            pop = frame.locator(".ia-popup")
            if not pop.count():
                pop = open_popup(frame)
            link = pop.locator("a.ia-src-link").first
            href = link.get_attribute("href", timeout=10_000) or ""
            assert re.search(r"/sources\?article=[^&]+&incident=", href), href
            link.click(timeout=10_000)
            page.wait_for_url(re.compile(r"/sources\?"), timeout=20_000)
        except PlaywrightError:
            continue  # redrawn under us (or navigating): look again
    page.locator("mark").first.wait_for(timeout=60_000)
    screenshot(page, "sources_highlight.png")
    assert any("/app/static/vendor/leaflet-1.9.4/leaflet.js" in u for u in map_requests)
    assert external_requests(map_requests) == []  # the map itself never leaves localhost
    assert errors == []
    page.close()


def test_whole_app_stays_on_localhost(chromium: Any, atlas_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(atlas_url + SHARED)
    page.get_by_text(COUNT).first.wait_for(timeout=90_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-marker-icon").first.wait_for(timeout=90_000)
    page.close()
    assert external_requests(requests) == []
