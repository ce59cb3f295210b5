"""Real browser, throwaway app: render.mapview renders offline inside st_folium's iframe."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import (
    MAP_IFRAME,
    external_requests,
    screenshot,
    set_view,
    wait_popup_visible,
)

pytestmark = pytest.mark.browser


def open_fixture(chromium: Any, url: str) -> tuple[Any, list[str], list[str]]:
    page = chromium.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    page.goto(url)
    page.get_by_text("Showing 5 of 6 incidents").wait_for(timeout=60_000)
    page.wait_for_selector(MAP_IFRAME, timeout=60_000)
    fl = page.frame_locator(MAP_IFRAME)
    fl.locator(".leaflet-container").wait_for(timeout=60_000)
    fl.locator(".leaflet-marker-icon").first.wait_for(timeout=60_000)
    return page, requests, errors


def map_frame(page: Any) -> Any:
    return next(f for f in page.frames if "st_folium" in f.url)


def test_map_renders_offline_with_borders_legend_and_regions(chromium: Any,
                                                              fixture_app_url: str) -> None:
    page, requests, errors = open_fixture(chromium, fixture_app_url)
    fl = page.frame_locator(MAP_IFRAME)
    fl.locator(".ia-legend").wait_for()
    assert fl.locator("path.ia-region").count() == 1
    assert fl.locator(".leaflet-ia-land-pane path").count() > 100  # country borders
    # the offline basemap (issue 15): sea, coastline, lakes and rivers in the land pane
    for water in ("ground", "sea", "lake", "coast"):
        assert fl.locator(f".leaflet-ia-land-pane path.ia-water-{water}").count() == 1, water
    assert fl.locator("path.ia-water-river").count() > 20  # Dnipro, Don, Desna, Pivd. Buh …
    assert fl.locator(".ia-place.ia-sea").filter(has_text="Black Sea").count() == 1
    assert fl.locator(".leaflet-marker-icon").count() >= 2  # markers and/or clusters
    screenshot(page, "mapview_fixture.png")
    assert external_requests(requests) == []
    assert any("/app/static/vendor/leaflet-1.9.4/leaflet.js" in u for u in requests)
    assert errors == []
    page.close()


LABEL_RECTS = """() => Array.from(document.querySelectorAll('.ia-place > span')).map(e => {
    const r = e.getBoundingClientRect(); return [e.textContent, r.left, r.top, r.right, r.bottom];
})"""


def test_offline_labels_never_overlap(chromium: Any, fixture_app_url: str) -> None:
    page, requests, errors = open_fixture(chromium, fixture_app_url)
    frame = map_frame(page)
    for zoom, (lat, lon) in ((5, (48.5, 33.0)), (6, (48.5, 37.5)), (7, (47.5, 36.5)),
                             (8, (48.2, 37.8))):  # fmt: skip  (Donbas, Azov: the crowded part)
        set_view(frame, lat, lon, zoom)
        rects = frame.evaluate(LABEL_RECTS)
        assert len(rects) > 10, (zoom, rects)
        clashes = [(a[0], b[0]) for i, a in enumerate(rects) for b in rects[i + 1:]
                   if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
        assert clashes == [], (zoom, clashes)
        if zoom == 7:
            assert "Sea of Azov" in [r[0] for r in rects]
            screenshot(page, "mapview_basemap_azov_z7.png")
    assert external_requests(requests) == []
    assert errors == []
    page.close()


def test_stacked_incidents_spiderfy_and_popup_is_inert(chromium: Any,
                                                        fixture_app_url: str) -> None:
    page, requests, errors = open_fixture(chromium, fixture_app_url)
    frame = map_frame(page)
    # zoom onto Stacktown: the three incidents stay one cluster; a click spiderfies it
    set_view(frame, 50.0, 36.0, 18)
    cluster = frame.locator(".ia-cluster").first
    cluster.wait_for()
    assert cluster.inner_text().strip() == "3"
    cluster.click()
    frame.locator(".ia-dot.ia-ukraine").first.wait_for()
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-marker-icon .ia-dot')"
                            ".length >= 3")
    frame.locator(".leaflet-marker-icon .ia-dot.ia-ukraine").first.click()
    frame.locator(".ia-popup").wait_for()
    assert "Excerpt for t2." in frame.locator(".ia-popup").inner_text()
    wait_popup_visible(frame)
    screenshot(page, "mapview_spiderfy_popup.png")
    # the hostile incident: its text shows as text, nothing runs
    set_view(frame, 46.5, 30.7, 12)
    frame.locator(".leaflet-marker-icon .ia-dot.ia-russia").first.click()
    pop = frame.locator(".ia-popup")
    pop.wait_for()
    assert "<script>" in pop.inner_text()
    assert pop.locator("img, script").count() == 0
    href = pop.locator("a.ia-src-link").first.get_attribute("href") or ""
    assert "/sources?article=javascript%3Aalert" in href and not href.startswith("javascript")
    assert frame.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => window.__pwned") is None
    assert external_requests(requests) == []
    assert errors == []
    page.close()
