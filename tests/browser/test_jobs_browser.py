"""Real browser, previews in worker processes (``ui.jobs``): with one worker and one place in
the queue, three analysts upload long articles; the first sees its progress in sentences,
the second its place in the queue, the third that the server is busy, its file kept; the
first cancels, the second's job starts, the third's Try again is queued; a short article
then previews as usual.

``streamlit run app.py`` on a TEMP copy of the articles, ``INCIDENT_ATLAS_JOBS=1``,
``INCIDENT_ATLAS_JOB_QUEUE=1`` and ``INCIDENT_ATLAS_JOB_WAIT=0`` (the progress shows at
once). Waits are on elements, never
sleeps. Screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.long_text import text_of
from tests.browser.conftest import ROOT, require_chromium, run_streamlit, screenshot

pytestmark = pytest.mark.browser

SLOW = 120_000  # a fresh server builds the catalog; the first job boots the fork server
STEP = 30_000
LONG = text_of(300, True).encode()  # ~460 sentences: seconds of extraction in a worker
SHORT = b"Russian missiles struck Odesa on 2 May 2024, killing two people, the governor said.\n"


@pytest.fixture
def atlas_url(tmp_path: Path) -> Iterator[str]:
    require_chromium()
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", data / "articles",
                    ignore=shutil.ignore_patterns("*.lock"))  # fmt: skip
    env = {"INCIDENT_ATLAS_DATA_DIR": str(data), "INCIDENT_ATLAS_TILES": "none",
           "INCIDENT_ATLAS_JOBS": "1", "INCIDENT_ATLAS_JOB_QUEUE": "1",
           "INCIDENT_ATLAS_JOB_WAIT": "0"}  # fmt: skip
    with run_streamlit(ROOT / "app.py", env=env) as url:
        yield url


@pytest.fixture
def pages(chromium: Any) -> Iterator[list[Any]]:
    contexts = [chromium.new_context(viewport={"width": 1200, "height": 900}) for _ in range(3)]
    errors: list[str] = []
    out = []
    for ctx in contexts:
        pg = ctx.new_page()
        pg.on("pageerror", lambda e: errors.append(str(e)))
        out.append(pg)
    yield out
    for ctx in contexts:
        ctx.close()
    assert errors == [], errors


def upload(page: Any, name: str, data: bytes) -> None:
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stFileUploader").locator("input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}]
    )


def test_progress_queue_place_refusal_and_cancel(atlas_url: str, pages: list[Any]) -> None:
    first, second, third = pages
    for page in pages:
        page.goto(atlas_url + "/add_article")
        page.get_by_test_id("stMain").get_by_text("Nothing to preview yet.").wait_for(timeout=SLOW)
    upload(first, "long1.txt", LONG)
    running = re.compile(r"Finding incidents: [\d,]+ of [\d,]+ sentences · \d+ s")
    first.get_by_text(running).wait_for(timeout=SLOW)
    upload(second, "long2.txt", LONG)
    second.get_by_text(re.compile(r"waiting for a free worker, place 1 in the queue")).wait_for(
        timeout=STEP
    )
    upload(third, "long3.txt", LONG)  # one more than the worker and the queue hold
    third.get_by_text(
        "The server is busy: 1 job running, 1 waiting; try again in a moment. "
        "What you entered is kept."
    ).wait_for(timeout=STEP)
    third.get_by_test_id("stFileUploader").get_by_text("long3.txt").wait_for(timeout=STEP)
    screenshot(first, "jobs_running.png")
    screenshot(second, "jobs_queued.png")
    screenshot(third, "jobs_busy.png")

    first.get_by_role("button", name="Cancel").click()
    first.get_by_text("Cancelled. Change the input, or try again.").wait_for(timeout=STEP)
    # (the button may be drawn a moment after the message: wait for it, then count it)
    first.get_by_role("button", name="Try again").wait_for(timeout=STEP)
    assert first.get_by_role("button", name="Try again").count() == 1
    second.get_by_text(running).wait_for(timeout=STEP)  # the freed worker took the next job
    screenshot(first, "jobs_cancelled.png")
    third.get_by_role("button", name="Try again").click()  # a place in the queue is free now
    third.get_by_text(re.compile(r"waiting for a free worker, place 1 in the queue")).wait_for(
        timeout=STEP
    )
    third.get_by_role("button", name="Cancel").click()
    third.get_by_text("Cancelled. Change the input, or try again.").wait_for(timeout=STEP)
    second.get_by_role("button", name="Cancel").click()
    second.get_by_text("Cancelled. Change the input, or try again.").wait_for(timeout=STEP)

    upload(first, "odesa.txt", SHORT)  # a new input: a new job, done in a moment
    first.get_by_text("Preview: 1 incident(s) will be added").wait_for(timeout=STEP)
    first.get_by_role("button", name="Save article").wait_for(timeout=STEP)
    assert first.get_by_role("button", name="Save article").count() == 1
