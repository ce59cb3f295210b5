"""Real browser, viewers and editors (issue 14): what a visitor can reach in each mode.

Each test serves ``app.py`` on a TEMP copy of the articles with ``INCIDENT_ATLAS_MODE`` set,
tiles off, and waits on elements, never on fixed sleeps. Screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import ROOT, require_chromium, run_streamlit, screenshot

pytestmark = pytest.mark.browser

SLOW = 90_000
PASTE = "…or paste the article's text"


def serve(tmp_path: Path, **env: str) -> Any:
    require_chromium()
    data = tmp_path / "data"
    shutil.copytree(
        ROOT / "data" / "articles", data / "articles", ignore=shutil.ignore_patterns("*.lock")
    )
    shutil.copy2(ROOT / "data" / "corrections.csv", data / "corrections.csv")
    return run_streamlit(
        ROOT / "app.py",
        env={"INCIDENT_ATLAS_DATA_DIR": str(data), "INCIDENT_ATLAS_TILES": "none", **env},
    )


def visit(chromium: Any, url: str, headers: dict[str, str] | None = None) -> Any:
    ctx = chromium.new_context(
        viewport={"width": 1400, "height": 1000}, extra_http_headers=headers or {}
    )
    page = ctx.new_page()
    page.goto(url + "/")
    # The map page's count: app.py has run st.navigation, so the sidebar is the app's own.
    page.get_by_text(re.compile(r"Showing \d+ of \d+ incidents")).first.wait_for(timeout=SLOW)
    return page


def nav_links(page: Any) -> list[str]:
    nav = page.get_by_test_id("stSidebarNav")
    nav.wait_for(timeout=SLOW)
    return [a.inner_text().strip() for a in nav.get_by_role("link").all()]


def test_read_only_offers_no_way_to_write(chromium: Any, tmp_path: Path) -> None:
    with serve(tmp_path, INCIDENT_ATLAS_MODE="read-only") as url:
        page = visit(chromium, url)
        links = nav_links(page)
        assert "Add article" not in " ".join(links) and any("Incidents" in x for x in links)
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Incidents").click()
        page.get_by_text("This atlas is read-only").wait_for(timeout=SLOW)
        assert page.get_by_role("button", name="Save correction").count() == 0
        screenshot(page, "access_read_only.png")
        # A deep link to the write page does not reach it.
        page.goto(url + "/add_article")
        page.get_by_test_id("stSidebarNav").wait_for(timeout=SLOW)
        assert page.get_by_text(PASTE).count() == 0


def test_a_spoofed_identity_header_is_ignored(chromium: Any, tmp_path: Path) -> None:
    env = {
        "INCIDENT_ATLAS_MODE": "editors",
        "INCIDENT_ATLAS_EDITORS": "olena",
        "INCIDENT_ATLAS_TRUSTED_PROXIES": "10.0.0.2",
    }
    with serve(tmp_path, **env) as url:
        page = visit(chromium, url, {"X-Forwarded-User": "olena"})
        assert "Add article" not in " ".join(nav_links(page))


def test_an_editor_vouched_for_by_the_proxy_may_write(chromium: Any, tmp_path: Path) -> None:
    # The browser stands in for a proxy on this machine (the default trusted address).
    env = {"INCIDENT_ATLAS_MODE": "editors", "INCIDENT_ATLAS_EDITORS": "olena"}
    with serve(tmp_path, **env) as url:
        anonymous = visit(chromium, url)
        assert "Add article" not in " ".join(nav_links(anonymous))
        editor = visit(chromium, url, {"X-Forwarded-User": "olena"})
        assert any("Add article" in x for x in nav_links(editor))
        editor.get_by_test_id("stSidebarNav").get_by_role("link", name="Incidents").click()
        editor.get_by_text("Saved as olena (signed in).").wait_for(timeout=SLOW)
        screenshot(editor, "access_editor.png")
