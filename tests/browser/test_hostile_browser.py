"""Real browser, hostile data: nothing a payload carries executes or becomes markup.

``streamlit run app.py`` serves the data dir of :func:`tests.hostile.payloads.make_hostile_data_dir`
(~45 script, attribute, link, Markdown and Unicode payloads in article text, file names,
metadata and incident fields). Headless Chromium opens every page — Map (popups and
tooltips in the streamlit-folium iframe), Sources (hostile articles), Incidents, About,
Add article — and checks, in the page and in every frame:

* no ``dialog`` ever fires (every payload that could run calls ``alert``);
* no injected element or attribute: a ``script`` whose text is a payload's, any
  ``[onerror]``/``[onload]``/``[onmouseover]``/``[ontoggle]``, a ``javascript:`` link or
  iframe;
* the payloads read as text (the literal ``<script>alert(1)</script>`` is visible).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import MAP_IFRAME, ROOT, require_chromium, run_streamlit, screenshot
from tests.hostile.payloads import HOSTILE_FILE_NAMES, MARK, make_hostile_data_dir

pytestmark = pytest.mark.browser

SCRIPT = "<script>alert(1)</script>"

INJECTED_JS = """() => {
  const bad = [];
  for (const s of document.querySelectorAll('script')) {
    const t = (s.textContent || '').trim();
    if (t.startsWith('alert(') || t.slice(0, 60).includes('MARK_HERE') || /^ipt>alert/.test(t))
      bad.push('script: ' + t.slice(0, 80));
  }
  const sels = ['[onerror]', '[onload]', '[onmouseover]', '[ontoggle]', '[onfocus]', '[onclick]',
                'a[href^="javascript:" i]', 'a[href^=" javascript:" i]', 'iframe[src^="javascript:" i]',
                'iframe[src^="data:" i]', 'img[src="x"]', 'details[open][ontoggle]'];
  for (const sel of sels)
    for (const e of document.querySelectorAll(sel)) bad.push(sel + ': ' + e.outerHTML.slice(0, 160));
  return bad;
}""".replace("MARK_HERE", MARK)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_chromium()
    data = make_hostile_data_dir(tmp_path_factory.mktemp("hostile-browser"))
    env = {"INCIDENT_ATLAS_TILES": "none", "INCIDENT_ATLAS_DATA_DIR": str(data)}
    with run_streamlit(ROOT / "app.py", env=env) as url:
        yield url


class Watch:
    """Dialogs (any frame), page errors and injected nodes seen while browsing."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.injected: list[str] = []
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def check(self, page: Any, where: str) -> None:
        for frame in page.frames:
            if frame.is_detached():
                continue
            try:
                found = frame.evaluate(INJECTED_JS)
            except Exception:  # noqa: BLE001 - a frame navigating away
                continue
            self.injected += [f"{where} [{frame.url[:60]}] {b}" for b in found]


def settle(page: Any, timeout: float = 90_000) -> None:
    """The page has run: a title is drawn and Streamlit is no longer running the script."""
    page.locator("[data-testid='stMain'] h1").first.wait_for(timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout)
    page.wait_for_timeout(300)
    assert not page.get_by_text("Page not found").count(), page.url


def map_frame(page: Any) -> Any:
    page.frame_locator(MAP_IFRAME).locator(".leaflet-marker-icon").first.wait_for(timeout=90_000)
    return next(f for f in page.frames if "st_folium" in f.url)


def browse_map(page: Any, watch: Watch, base: str) -> str:
    """Open popups and tooltips of several markers; returns the popup and tooltip text seen."""
    page.goto(base + "/")
    settle(page)
    frame = map_frame(page)
    seen = ""
    for _ in range(4):  # spiderfy/zoom clusters until single markers show
        if frame.locator(".leaflet-marker-icon .ia-dot").count() >= 3:
            break
        clusters = frame.locator(".ia-cluster")
        if not clusters.count():
            break
        clusters.first.click()
        page.wait_for_timeout(700)
    # Events dispatched on the marker icons: the legend or an open popup may cover them.
    icons = frame.locator(".leaflet-marker-icon:has(.ia-dot)")
    n = min(icons.count(), 10)
    assert n >= 1, "no marker on the hostile map"
    for k in range(n):
        if icons.count() <= k:  # a click's selection redrew the markers (in place), fewer show
            break
        icon = icons.nth(k)
        # No tooltip: a marker under another one; no popup: a click that zoomed a cluster.
        for event, shows, wait_ms in (("mouseover", ".leaflet-tooltip", 3_000),
                                      ("click", ".leaflet-popup-content", 5_000)):
            if not _dispatch(icon, event):
                break
            seen += _text_if_shown(frame.locator(shows).first, wait_ms)
        watch.check(page, f"map marker {k}")
    screenshot(page, "hostile_map_popup.png")
    return seen


def _text_if_shown(element: Any, wait_ms: int) -> str:
    """``element``'s text on a new line once it shows, or "" if it does not within ``wait_ms``."""
    try:
        element.wait_for(timeout=wait_ms)
        return "\n" + str(element.inner_text())
    except Exception:  # noqa: BLE001 - absent is an expected outcome here
        return ""


def _dispatch(icon: Any, event: str) -> bool:
    """Dispatch ``event`` on a marker; False when the markers were redrawn meanwhile."""
    try:
        icon.dispatch_event(event, timeout=10_000)
    except Exception as exc:  # noqa: BLE001
        if "detached" not in str(exc):
            raise
        return False
    return True


def test_hostile_data_never_executes(chromium: Any, hostile_url: str) -> None:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    watch = Watch(page)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    texts: dict[str, str] = {}

    texts["map"] = browse_map(page, watch, hostile_url)
    watch.check(page, "map")
    texts["map page"] = page.locator("[data-testid='stMain']").inner_text()

    for art in ("h00_script.txt", "h01_script_marked.txt", HOSTILE_FILE_NAMES[0]):
        page.goto(hostile_url + "/sources?article=" + urllib.parse.quote(art, safe=""))
        settle(page)
        page.locator("[data-testid='stMain']").get_by_text("Reader comment").first.wait_for(
            timeout=60_000)
        watch.check(page, f"Sources {art}")
        texts[f"sources {art}"] = page.locator("[data-testid='stMain']").inner_text()
    screenshot(page, "hostile_sources.png")

    for path in ("/incidents", "/about", "/add_article"):
        page.goto(hostile_url + path)
        settle(page)
        page.wait_for_timeout(500)
        watch.check(page, path)
        texts[path] = page.locator("[data-testid='stMain']").inner_text()
    screenshot(page, "hostile_incidents_last.png")

    assert watch.dialogs == []
    assert watch.injected == []
    # The payloads read as text: in a popup or tooltip, and in the article on Sources.
    assert SCRIPT in texts["map"] or SCRIPT in texts["map page"], texts["map"][:2000]
    assert SCRIPT in texts["sources h00_script.txt"]
    assert f"<script>alert('{MARK}')</script>" in texts["sources h01_script_marked.txt"]
    assert errors == [], errors
    page.close()
