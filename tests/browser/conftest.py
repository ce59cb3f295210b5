"""Real-browser fixtures: a Streamlit server on a free port and headless Debian Chromium.

Chromium missing → the browser tests FAIL when ``INCIDENT_ATLAS_REQUIRE_BROWSER=1``
(``./dev test``, CI) and skip otherwise. Never ``playwright install``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.server import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 (re-exported)
from benchmarks.server import free_port as _free_port
from benchmarks.server import run_streamlit as _run_streamlit

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"
LOCAL_HOSTS = ("127.0.0.1", "localhost")


def require_chromium() -> None:
    """Fail (CI) or skip (elsewhere) when Chromium or Playwright is missing."""
    missing = None
    if not Path(CHROMIUM).exists():
        missing = "Chromium is missing (apt-get install -y chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright (python) is missing"
    if missing:
        if os.environ.get("INCIDENT_ATLAS_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)


def free_port() -> int:
    return _free_port()


@contextlib.contextmanager
def run_streamlit(script: Path, env: dict[str, str] | None = None,
                  timeout: float = 90) -> Iterator[str]:
    """``python -m streamlit run <script>`` on a free port; yields its base URL."""
    with _run_streamlit(script, env, timeout) as (url, _proc):
        yield url


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium driven by Playwright (sync API)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def fixture_app_url() -> Iterator[str]:
    """The throwaway map app of ``tests/browser/fixtures/map_app.py``."""
    require_chromium()
    with run_streamlit(Path(__file__).parent / "fixtures" / "map_app.py") as url:
        yield url


@pytest.fixture(scope="module")
def atlas_url() -> Iterator[str]:
    """The real ``app.py`` on the repository's seed data (tiles off: offline)."""
    require_chromium()
    with run_streamlit(ROOT / "app.py", env={"INCIDENT_ATLAS_TILES": "none"}) as url:
        yield url


def external_requests(urls: list[str]) -> list[str]:
    """Requests that left localhost (OSM tiles allowed), ignoring data:/blob:/about:."""
    out = []
    for u in urls:
        if u.startswith(("data:", "blob:", "about:", "chrome")):
            continue
        host = u.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        if host in LOCAL_HOSTS or host.endswith("tile.openstreetmap.org"):
            continue
        out.append(u)
    return out


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def wait_popup_visible(frame: Any) -> None:
    """Wait until Leaflet's popup fade-in has finished (for readable screenshots)."""
    frame.wait_for_function(
        "() => { const p = document.querySelector('.leaflet-popup');"
        " return p && getComputedStyle(p).opacity === '1'; }",
        timeout=10_000,
    )


QUIET = """(ms) => { const state = document.querySelector('[data-testid="stApp"]')
        ?.getAttribute('data-test-script-state');
    const now = Date.now();
    if (state !== 'notRunning' || window.__iaBusyAt === undefined) window.__iaBusyAt = now;
    return now - window.__iaBusyAt >= ms; }"""


def wait_app_quiet(page: Any, quiet_ms: int = 1500, timeout: int = 60_000) -> None:
    """Wait until the app's script has not run for ``quiet_ms`` in a row.

    The status widget only shows for runs that last a while, so a short rerun (a map
    reporting its first view and its fit) slips past a check of it; a page link clicked
    during such a rerun raced it and the browser kept the old page. Streamlit's
    ``data-test-script-state`` sees every run.
    """
    page.evaluate("() => { delete window.__iaBusyAt; }")
    page.wait_for_function(QUIET, arg=quiet_ms, polling=100, timeout=timeout)


SET_VIEW = """([lat, lon, zoom]) => { const m = window.map; if (!m) return false;
    if (document.querySelector('.leaflet-cluster-anim')) return false;
    const c = m.getCenter();
    if (m.getZoom() === zoom && Math.abs(c.lat - lat) < 1e-6 && Math.abs(c.lng - lon) < 1e-6)
        return true;
    m.setView([lat, lon], zoom, {animate: false}); return false; }"""


def set_view(frame: Any, lat: float, lon: float, zoom: int) -> None:
    """Move the map in ``frame`` to ``(lat, lon)`` at ``zoom`` and wait until it is there.

    The view is set again on every poll until it holds: the first rerun after the page
    loads can remount the map at its first view, undoing a single ``setView`` (the
    label test timed out that way about one run in four); and markercluster's zoom
    animation slides markers for 0.3 s after it.
    """
    frame.wait_for_function(SET_VIEW, arg=[lat, lon, zoom], polling=200, timeout=60_000)
