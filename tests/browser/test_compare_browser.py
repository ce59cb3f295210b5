"""Real browser, full app: a shared Compare link opens two synchronised maps and the counts.

Runs ``streamlit run app.py`` on the repository's seed data with tiles off, so every
request must stay on localhost. Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import (
    MAP_IFRAME,
    external_requests,
    screenshot,
    wait_app_quiet,
    wait_popup_visible,
)
from tests.browser.test_map_browser import open_popup

pytestmark = pytest.mark.browser

SHARED = "/compare?a_from=2022-04-01&a_to=2022-06-30&b_from=2022-07-01&b_to=2024-01-08"
COUNTS = re.compile(r"^\d+ incidents? · \d+ killed · \d+ injured$")
CENTRES = "() => [map_div.getCenter(), map_div2.getCenter(), map_div.getZoom(), map_div2.getZoom()]"


def drag(page: Any, box: dict[str, float], dx: float, dy: float) -> None:
    """Drag the map in ``box`` (page coordinates) by ``dx``, ``dy`` pixels, as a hand would."""
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 11):
        page.mouse.move(x + dx * step / 10, y + dy * step / 10)
    page.mouse.up()


def synced_view(frame: Any, moved_from: dict[str, float] | None = None) -> list[Any]:
    """Both maps' [centre, centre, zoom, zoom] once they stand still on one view (and the
    left one has left ``moved_from``): Leaflet's inertia and a popup's auto-pan move the
    maps for a moment after the gesture, so both are read together when they agree."""
    away = "true" if moved_from is None else f"c[0].lng !== {moved_from['lng']}"
    return frame.wait_for_function(
        f"""() => {{
            const c = ({CENTRES})();
            const same = Math.abs(c[0].lat - c[1].lat) < 1e-9
                && Math.abs(c[0].lng - c[1].lng) < 1e-9 && c[2] === c[3];
            const still = !map_div._panAnim?._inProgress && !map_div2._panAnim?._inProgress;
            return {away} && same && still ? c : false;
        }}""",
        timeout=10_000,
    ).json_value()


def wait_heading(page: Any, text: str, shot: str) -> None:
    """Wait for ``text`` once the app is idle; on a timeout, keep a screenshot and say what
    the page showed instead (CI once timed out here, 1 run in about 40, with nothing to read)."""
    try:
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
        )
        page.get_by_text(text).first.wait_for(timeout=60_000)
    except Exception as exc:
        screenshot(page, shot)
        heads = page.locator("h1, h2, h3, [data-testid='stAlert']").all_inner_texts()
        raise AssertionError(f"{text!r} not shown at {page.url}; the page showed {heads}") from exc


def test_shared_compare_link_syncs_two_maps(chromium: Any, atlas_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1100})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(atlas_url + SHARED)
    page.get_by_text("A: 2022-04-01 – 2022-06-30").first.wait_for(timeout=90_000)
    page.get_by_text("B: 2022-07-01 – 2024-01-08").first.wait_for(timeout=30_000)
    counts = page.get_by_text(COUNTS)
    counts.nth(1).wait_for(timeout=30_000)
    assert counts.count() == 2  # one line per period
    page.wait_for_selector(MAP_IFRAME, timeout=90_000)
    fl = page.frame_locator(MAP_IFRAME)
    maps = fl.locator(".leaflet-container")
    maps.nth(1).wait_for(timeout=90_000)
    assert maps.count() == 2
    fl.locator(".ia-map-title").nth(1).wait_for(timeout=30_000)
    titles = fl.locator(".ia-map-title").all_inner_texts()
    assert "2022-04-01 – 2022-06-30" in titles[0] and "2022-07-01 – 2024-01-08" in titles[1]
    fl.locator(".leaflet-marker-icon").first.wait_for(timeout=30_000)
    frame = next(f for f in page.frames if "st_folium" in f.url)
    frame.wait_for_function("() => window.map_div && window.map_div2", timeout=30_000)
    pop = open_popup(frame)  # the Map page's popups, excerpts and all
    assert pop.locator(".ia-excerpt").first.inner_text().strip()
    wait_popup_visible(frame)
    screenshot(page, "compare_periods.png")
    frame.evaluate("() => { map_div.closePopup(); map_div2.closePopup(); }")
    frame.wait_for_function("() => !document.querySelector('.leaflet-popup')", timeout=10_000)
    before = synced_view(frame)  # opening the popup may have panned both

    drag(page, maps.nth(0).bounding_box(), -250, 120)
    # (one reading of both maps: read apart, a drag's inertia may still move them between)
    left, right = synced_view(frame, moved_from=before[0])[:2]
    # Dragged left and down: the view went east and north, and the other map followed.
    assert left["lng"] > before[0]["lng"] and left["lat"] > before[0]["lat"]
    assert (right["lat"], right["lng"]) == pytest.approx((left["lat"], left["lng"]))
    screenshot(page, "compare_periods_panned.png")

    page.wait_for_url(re.compile(r"a_from=2022-04-01"), timeout=10_000)
    assert "b_to=2024-01-08" in page.url
    # The periods belong to the compare page's URL, and come back with it.
    page.get_by_role("link", name="Map").first.click()
    page.get_by_text("Showing").first.wait_for(timeout=60_000)
    assert "a_from" not in page.url
    # Leave the Map page once it is drawn and quiet, as a user would: its map reports its
    # first view and its fit in two short reruns, and a page change clicked during one of
    # them lost the race (the address bar kept "/" with the periods appended).
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container").wait_for(timeout=60_000)
    wait_app_quiet(page)
    page.get_by_role("link", name="Compare periods").first.click()
    page.wait_for_url(re.compile(r"/compare\?.*a_from=2022-04-01"), timeout=30_000)
    wait_heading(page, "A: 2022-04-01 – 2022-06-30", "compare_periods_back.png")
    assert external_requests(requests) == []  # no CDN: Leaflet.Sync is served by the app
    assert any("/app/static/vendor/leaflet.sync-0.2.4/" in u for u in requests)
    assert errors == []
    page.close()
