"""Real browser, OIDC sign-in (issue 14): ``st.login`` against a local test provider.

The provider (``tests/oidc_provider.py``) approves one fixed user at once; the app reads
its ``[auth]`` section from a temporary ``secrets.toml`` named by ``STREAMLIT_SECRETS_FILES``
(Streamlit's ``secrets.files`` option), so no secrets file is ever written into the
repository. Waits on elements, never on fixed sleeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import screenshot
from tests.browser.test_access_browser import SLOW, nav_links, serve, visit
from tests.oidc_provider import FakeProvider, run_provider, secrets_toml

pytestmark = pytest.mark.browser


@pytest.fixture
def provider() -> Iterator[FakeProvider]:
    with run_provider() as p:
        yield p


def serve_with_oidc(tmp_path: Path, provider: FakeProvider, editors: str) -> Any:
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(secrets_toml(provider), encoding="utf-8")
    return serve(
        tmp_path,
        INCIDENT_ATLAS_MODE="editors",
        INCIDENT_ATLAS_EDITORS=editors,
        STREAMLIT_SECRETS_FILES=str(secrets),
    )


def open_incidents(page: Any) -> None:
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Incidents").click()
    page.get_by_role("heading", name="Review and correct").wait_for(timeout=SLOW)


def sign_in(page: Any) -> None:
    """Click "Sign in to edit": the app → the provider → back to the app, signed in."""
    open_incidents(page)
    page.get_by_role("button", name="Sign in to edit").click()
    page.wait_for_url(re.compile(r"127\.0\.0\.1:\d+/(map)?(\?.*)?$"), timeout=SLOW)
    page.get_by_text(re.compile(r"Showing \d+ of \d+ incidents")).first.wait_for(timeout=SLOW)


def audit_people(page: Any) -> list[str]:
    """The audit log's "Who" choices (the people in the log)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.get_by_role("heading", name="Audit log").wait_for(timeout=SLOW)
    options = page.get_by_role("option")
    # The page may still be rerunning after the save, redrawing the box under the click:
    # open it again until its list shows.
    for _ in range(10):
        box = page.get_by_test_id("stSelectbox").filter(has_text="Who").first
        box.wait_for(timeout=SLOW)
        box.locator("input").click()
        try:
            options.first.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    names = [o.inner_text().strip() for o in options.all()]
    page.keyboard.press("Escape")
    return names


def test_an_editor_signs_in_with_oidc_and_the_log_names_her(
    chromium: Any, tmp_path: Path, provider: FakeProvider
) -> None:
    with serve_with_oidc(tmp_path, provider, "olena@example.org") as url:
        page = visit(chromium, url)
        assert "Add article" not in " ".join(nav_links(page))
        sign_in(page)
        assert provider.tokens_issued == 1
        assert any("Add article" in x for x in nav_links(page))  # now an editor
        open_incidents(page)
        page.get_by_text("Signed in as olena@example.org —").wait_for(timeout=SLOW)
        page.get_by_text("Saved as olena@example.org (signed in).").wait_for(timeout=SLOW)
        # The default correction: "Confirm (looks right)".
        page.get_by_label("Reason (required)").first.fill("Checked against the governor")
        page.get_by_label("Reason (required)").first.press("Enter")
        page.get_by_role("button", name="Save correction").click()
        page.get_by_text(re.compile(r"Saved 1 correction\(s\) to ")).wait_for(timeout=SLOW)
        assert "olena@example.org" in audit_people(page)
        screenshot(page, "access_oidc_editor.png")
        # Signing out ends the editor's session.
        from playwright.sync_api import expect

        with page.expect_response(lambda r: "/auth/logout" in r.url, timeout=SLOW):
            page.get_by_role("button", name="Sign out").click()
        page.get_by_text(re.compile(r"Showing \d+ of \d+ incidents")).first.wait_for(timeout=SLOW)
        nav = page.get_by_test_id("stSidebarNav")
        expect(nav.get_by_role("link", name="Incidents")).to_have_count(1, timeout=SLOW)
        expect(nav.get_by_role("link", name="Add article")).to_have_count(0, timeout=SLOW)


def test_a_signed_in_user_not_on_the_list_cannot_write(
    chromium: Any, tmp_path: Path, provider: FakeProvider
) -> None:
    provider.user = {"sub": "u-ivan", "email": "ivan@example.org", "email_verified": True}
    with serve_with_oidc(tmp_path, provider, "olena@example.org") as url:
        page = visit(chromium, url)
        sign_in(page)
        assert provider.tokens_issued == 1
        assert "Add article" not in " ".join(nav_links(page))
        open_incidents(page)
        page.get_by_text(
            "Signed in as ivan@example.org, who is not on this atlas's list of editors"
        ).wait_for(timeout=SLOW)
        assert page.get_by_role("button", name="Save correction").count() == 0
        screenshot(page, "access_oidc_outsider.png")
