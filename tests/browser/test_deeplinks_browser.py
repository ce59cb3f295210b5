"""Real browser: a shared link to any page works for the FIRST visitor after a server start.

Until ``st.navigation`` has run once in a process, Streamlit routes URLs by the ``pages/``
folder; a link to ``/incidents`` then ran the page without ``app.py`` (a traceback or a
"Page not found" dialog). ``ui.state.context()``, which every page calls first, sends such
a run back through ``app.py``. Each case starts its own server so the link is the first
request.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import ROOT, run_streamlit, screenshot

pytestmark = pytest.mark.browser

CASES = [
    ("/incidents?actor=Ukraine", "Showing 6 of 8 incidents"),
    ("/map?actor=Russia", "Showing 2 of 8 incidents"),
    # the count of excerpts follows the extractor; the link's landing on the article is the point
    ("/sources?article=001_ee81d10f3ada5c8b.txt", "excerpt(s) highlighted"),
    ("/briefs?actor=Ukraine", "The view shows 6 incident(s) now"),
    ("/compare?actor=Ukraine", "Two periods side by side on maps"),
    ("/about", "About Incident Atlas"),
]


@pytest.mark.parametrize(("path", "expect"), CASES)
def test_first_visitor_deep_link(chromium: Any, path: str, expect: str) -> None:
    with run_streamlit(ROOT / "app.py", env={"INCIDENT_ATLAS_TILES": "none"}) as url:
        page = chromium.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url + path)
        page.get_by_text(expect).first.wait_for(timeout=90_000)
        body = page.inner_text("body")
        screenshot(page, f"deeplink_{path.split('?')[0].strip('/')}.png")
        page.close()
    assert "Page not found" not in body and "Traceback" not in body and "KeyError" not in body
