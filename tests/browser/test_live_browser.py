"""Real browser, several servers: a save by another process shows on an open page within
the poll (``ui.live``), without any interaction — the timer AppTest cannot fire."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import ROOT, require_chromium, run_streamlit
from ui.live import POLL_SECONDS

sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
from atlas_fixture import RECORDS, make_data_dir  # noqa: E402

from geo.table import to_geojson  # noqa: E402
from store.migrate import open_seeded  # noqa: E402

pytestmark = pytest.mark.browser

FIRST_RUN = 90_000  # a fresh server opens (and seeds) the store


@pytest.fixture
def atlas_data(tmp_path: Path) -> Iterator[Path]:
    require_chromium()
    yield make_data_dir(tmp_path)


def test_another_servers_save_shows_without_interaction(chromium: Any, atlas_data: Path):
    env = {"INCIDENT_ATLAS_DATA_DIR": str(atlas_data), "INCIDENT_ATLAS_TILES": "none"}
    with run_streamlit(ROOT / "app.py", env=env) as url:
        page = chromium.new_page()
        try:
            page.goto(url + "/")
            m = len(RECORDS)
            page.get_by_text(f"Showing {m} of {m} incidents", exact=True).wait_for(
                timeout=FIRST_RUN
            )
            # Another server (this process) saves new incidents into the same store.
            store, _report = open_seeded(atlas_data)
            try:
                store.save_incidents(to_geojson(RECORDS[:2]), store.data_version())
            finally:
                store.close()
            # No click, no key: the page's own poll must find the new version and rerun.
            page.get_by_text("Showing 2 of 2 incidents", exact=True).wait_for(
                timeout=(POLL_SECONDS + 10) * 1000
            )
        finally:
            page.close()
