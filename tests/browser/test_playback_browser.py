"""Real browser, full app: a shared playback link, "Step forward", and brushing the timeline.

Runs ``streamlit run app.py`` on the repository's seed data (tiles off). The expected
counts are computed here from the same seed file with the same pure functions.
Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from geo.filters import filter_incidents
from geo.playback import PlaybackStep, window_of
from geo.table import load_incidents
from geo.urlstate import ViewState
from tests.browser.conftest import MAP_IFRAME, ROOT, screenshot

pytestmark = pytest.mark.browser

COUNT = re.compile(r"Showing (\d+) of (\d+) incidents")
CHART = "[data-testid='stVegaLiteChart']"


def expected(lo: date, hi: date) -> int:
    """How many seed incidents the range ``lo … hi`` shows."""
    table = load_incidents(ROOT / "data" / "incidents.geojson")
    return len(filter_incidents(table, ViewState(date_from=lo, date_to=hi)))


def shown_count(page: Any, want: int) -> None:
    """Wait until the page says it shows ``want`` incidents."""
    page.get_by_text(re.compile(rf"Showing {want} of \d+ incidents")).first.wait_for(timeout=60_000)


def click_until_url(page: Any, button: str, url: re.Pattern[str]) -> None:
    """Click ``button`` once the page's run has ended, again if the URL has not followed.

    A click that lands while the page is still rerunning can be lost (a clean-clone CI run
    waited 30 s for the step's URL that never came), as in the two-replica test's ``go_to``.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _attempt in range(3):
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000
        )
        page.get_by_role("button", name=button).click()
        try:
            page.wait_for_url(url, timeout=15_000)
            return
        except PlaywrightTimeout:
            continue
    page.wait_for_url(url, timeout=30_000)


def query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_shared_playback_step_forward_and_brush(chromium: Any, atlas_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1100})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # A shared link opens at its moment: the week ending 3 July 2022, no trail.
    step = PlaybackStep(date(2022, 7, 3), "week", 1)
    page.goto(f"{atlas_url}/?play=2022-07-03&step=week&trail=1")
    shown_count(page, expected(*window_of(step)))
    page.get_by_text("Playback: week ending 2022-07-03").first.wait_for(timeout=30_000)
    page.frame_locator(MAP_IFRAME).locator(".leaflet-container").wait_for(timeout=90_000)
    screenshot(page, "playback_shared_step.png")

    # Step forward: the window moves a week, and so does the URL.
    click_until_url(page, "Step forward", re.compile(r"[?&]play=2022-07-10"))
    assert query(page)["step"] == ["week"] and query(page)["trail"] == ["1"]
    later = PlaybackStep(date(2022, 7, 10), "week", 1)
    shown_count(page, expected(*window_of(later)))
    page.get_by_text("Playback: week ending 2022-07-10").first.wait_for(timeout=30_000)

    # Brush the timeline: drag across the chart's plot; the sidebar's range follows and
    # the playback stops (the brushed range is the view).
    chart = page.locator(CHART).first
    chart.scroll_into_view_if_needed()
    chart.locator("canvas, svg").first.wait_for(timeout=30_000)
    box = chart.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] * 0.6
    x0, x1 = box["x"] + box["width"] * 0.15, box["x"] + box["width"] * 0.55
    page.mouse.move(x0, y)
    page.mouse.down()
    page.mouse.move(x1, y, steps=12)
    page.mouse.up()
    page.wait_for_url(re.compile(r"[?&]from=\d{4}-\d\d-\d\d"), timeout=30_000)
    page.wait_for_function("() => !location.search.includes('play=')", timeout=30_000)
    params = query(page)
    lo = date.fromisoformat(params["from"][0])
    hi = date.fromisoformat(params["to"][0]) if "to" in params else date(2024, 1, 9)
    assert lo < hi
    # The sidebar's From box (year, month and day fields) shows the brushed first day.
    page.wait_for_function(
        """want => {
            const part = t => document.querySelector(
                `[data-testid='stSidebar'] [aria-label='${t}, From']`);
            const [y, m, d] = ['year', 'month', 'day'].map(t => part(t));
            return y && m && d && [y, m, d].map(e => e.getAttribute('aria-valuenow'))
                .join('-') === want;
        }""",
        arg=f"{lo.year}-{lo.month}-{lo.day}",
        timeout=30_000,
    )
    shown_count(page, expected(lo, hi))
    screenshot(page, "playback_brushed_range.png")
    assert not errors, errors
    page.close()
