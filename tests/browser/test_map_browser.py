"""Real browser, full app: a shared Map URL, a popup's excerpt, its link to the Sources page.

Runs ``streamlit run app.py`` on the repository's seed data with tiles off, so every
request must stay on localhost. Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

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
    frame.evaluate("() => { window.__iaSameDocument = true; }")
    pop = open_popup(frame)
    assert pop.locator(".ia-excerpt").first.inner_text().strip()
    # The click selects the incident: the app reruns, the URL names it, its card shows,
    # and the map is updated in place (same iframe document, the popup open again on
    # the highlighted marker), not remounted.
    page.wait_for_url(re.compile(r"[?&]incident="), timeout=30_000)
    page.get_by_text("Incident id:").first.wait_for(timeout=30_000)
    frame.locator(".ia-selected").wait_for(timeout=30_000)
    assert not frame.is_detached()
    assert frame.evaluate("() => window.__iaSameDocument === true")
    # The old marker's popup fades out for 200 ms before Leaflet removes it.
    frame.wait_for_function("() => document.querySelectorAll('.ia-popup').length === 1",
                            timeout=10_000)
    pop = frame.locator(".ia-popup")
    wait_popup_visible(frame)
    screenshot(page, "map_popup.png")
    link = pop.locator("a.ia-src-link").first
    href = link.get_attribute("href") or ""
    assert re.search(r"/sources\?article=[^&]+&incident=", href), href
    link.click()
    page.wait_for_url(re.compile(r"/sources\?"), timeout=30_000)
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
