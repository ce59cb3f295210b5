"""Real browser, importing a layer: upload 200 rows of the CIR CSV on the Import-layer page,
see the preview, save, and find the layer's points counted on the Map and in the sidebar.

``streamlit run app.py`` on a TEMP copy of the articles (``INCIDENT_ATLAS_DATA_DIR``), tiles
off. Waits are on elements, never sleeps. Screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from geo.layers import LAYER_COLORS
from tests.browser.conftest import ROOT, require_chromium, run_streamlit, screenshot

pytestmark = pytest.mark.browser

CIR = Path("/work/shared/data/cir_events.csv")
ROWS = 200
DUPLICATE = 2219  # cir_events.csv's data row 2219 repeats row 2218 (README: 1 row skipped)
COUNT = re.compile(r"Showing (\d+) of (\d+) incidents")
SLOW = 90_000  # a fresh server builds the catalog from the articles first
STEP = 30_000


@dataclass
class Atlas:
    url: str
    data: Path


@pytest.fixture
def atlas(tmp_path: Path) -> Iterator[Atlas]:
    require_chromium()
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles",
                    ignore=shutil.ignore_patterns("*.lock"))  # fmt: skip
    env = {"INCIDENT_ATLAS_DATA_DIR": str(data), "INCIDENT_ATLAS_TILES": "none"}
    with run_streamlit(ROOT / "app.py", env=env) as url:
        yield Atlas(url, data)


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    ctx = chromium.new_context(viewport={"width": 1400, "height": 1100})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert errors == [], errors


def excerpt(tmp_path: Path) -> tuple[Path, int]:
    """The CIR CSV's header and first :data:`ROWS` rows (as the file has them, quoted cells
    kept), and how many incidents they are."""
    import csv
    import io

    from geo.importcir import parse_cir

    if not CIR.exists():
        pytest.skip(f"{CIR} is not here")
    reader = csv.reader(io.StringIO(CIR.read_text(encoding="utf-8"), newline=""))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    rows = list(reader)
    # The header, the first rows, and a row with its exact repeat (skipped, with its reason).
    for row in [*rows[: ROWS - 1], rows[DUPLICATE - 1], rows[DUPLICATE]]:
        writer.writerow(row)
    path = tmp_path / "cir_excerpt.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path, len(parse_cir(path.read_text(encoding="utf-8")).records)


def counts(page: Any) -> tuple[int, int]:
    el = page.get_by_text(COUNT).first
    el.wait_for(timeout=SLOW)
    shown, total = COUNT.search(el.inner_text()).groups()  # type: ignore[union-attr]
    return int(shown), int(total)


def test_upload_cir_excerpt_save_as_layer_and_count_it_on_the_map(
    page: Any, atlas: Atlas, tmp_path: Path
) -> None:
    path, n = excerpt(tmp_path)
    assert 150 < n <= ROWS
    page.goto(atlas.url + "/")
    shown, total = counts(page)
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="Import layer").click()
    main = page.get_by_test_id("stMain")
    main.get_by_text("Nothing to preview yet.").wait_for(timeout=SLOW)
    main.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(str(path))
    main.get_by_text(f"Preview: {n} incident(s) will be imported").wait_for(timeout=SLOW)
    main.get_by_test_id("stMetricValue").first.wait_for(timeout=STEP)
    assert main.get_by_test_id("stMetricValue").first.inner_text() == str(n)
    main.get_by_text("Read as CIR / Bellingcat CSV from cir_excerpt.csv").wait_for(timeout=STEP)
    main.get_by_text("duplicate of row N (1)").wait_for(timeout=STEP)
    main.get_by_label("Layer name", exact=True).wait_for(timeout=STEP)
    assert main.get_by_label("Layer name", exact=True).input_value() == "cir"
    page.frame_locator("iframe[title='streamlit_folium.st_folium']").locator(
        "path.leaflet-interactive"
    ).first.wait_for(timeout=SLOW)
    colour = LAYER_COLORS[0]  # the picker's default: the first colour no layer has
    screenshot(page, "import_preview.png")

    main.get_by_role("button", name="Save layer").click()
    main.get_by_text(f"Saved the layer cir: {n} incidents.").wait_for(timeout=SLOW)
    page.get_by_test_id("stSidebar").get_by_text(f"cir ({n})").wait_for(timeout=STEP)
    screenshot(page, "import_saved.png")

    nav.get_by_role("link", name="Map").click()
    page.get_by_text(f"Showing {shown + n} of {total + n} incidents", exact=True).wait_for(
        timeout=SLOW
    )
    # The layer's points drawn in its colour (small circles; article incidents are icons).
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
    circles = frame.locator(f"path.leaflet-interactive[fill='{colour}']")
    circles.first.wait_for(timeout=SLOW)
    page.wait_for_function(
        "([sel, n]) => { const f = document.querySelector(\"iframe[title='streamlit_folium.st_folium']\");"
        " return f && f.contentDocument.querySelectorAll(sel).length === n; }",
        arg=[f"path.leaflet-interactive[fill='{colour}']", n],
        timeout=SLOW,
    )
    screenshot(page, "import_map.png")
