"""Real browser: the app works under the proxies' hardening headers (deploy/Caddyfile,
deploy/nginx.conf). No Caddy or nginx here: Playwright adds the very headers the Caddyfile
sets to every response the app sends, so a policy that blocked Streamlit's scripts, the map
component's frame or the bundled basemap would show as a blank map and CSP console errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, MAP_IFRAME, screenshot
from tests.test_deploy_config import caddy_headers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def proxied_chromium(chromium: Any) -> Any:
    """Chromium that lets a page Playwright served reach the app's websocket on 127.0.0.1 (a
    fulfilled response loses its local address, and local-network checks would refuse it).
    Launched from the session's Playwright: a second ``sync_playwright`` cannot start while
    the first one's loop runs."""
    args = [*CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"]
    browser = chromium.browser_type.launch(executable_path=CHROMIUM, args=args)
    yield browser
    browser.close()


def test_the_map_draws_under_the_proxys_security_headers(
    proxied_chromium: Any, atlas_url: str
) -> None:
    headers = caddy_headers()
    page = proxied_chromium.new_page(viewport={"width": 1400, "height": 1000})
    blocked: list[str] = []
    page.on(
        "console",
        lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None,
    )

    def with_headers(route: Any) -> None:
        try:
            response = route.fetch()
        except Exception:  # the server gone at teardown, a request still in flight
            route.abort()
            return
        route.fulfill(response=response, headers={**response.headers, **headers})

    page.route("**/*", with_headers)
    page.goto(atlas_url + "/?from=2022-01-01&to=2024-12-31")
    page.wait_for_selector(MAP_IFRAME, timeout=90_000)
    fl = page.frame_locator(MAP_IFRAME)
    fl.locator(".leaflet-container").wait_for(timeout=90_000)
    fl.locator(".leaflet-marker-icon").first.wait_for(timeout=90_000)
    screenshot(page, "map_under_security_headers.png")
    page.unroute("**/*")
    page.close()
    # (a first version said frame-ancestors 'none': Chromium then refused Streamlit's own
    # component frame, and the map never drew)
    assert blocked == []
