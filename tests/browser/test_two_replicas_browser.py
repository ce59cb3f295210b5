"""Real browser, the team deployment's topology without Docker: two ``streamlit run app.py``
replicas on one PostgreSQL (``compose.yaml``'s app1 and app2 behind its proxy), each with
its own empty data directory, so everything they share goes through the database.

- both replicas show the same incidents;
- an article saved through replica A's Add-article page appears on replica B's open map
  page within one poll (``ui.live``) and a few seconds, with no interaction there;
- a correction saved on B shows on A's open map page the same way;
- the new article's incidents were extracted once: one incidents document saved after the
  seed (the ``incident_docs`` row id counts every save) and the data version moved by the
  article, that one save and the correction — nothing else.

The proxy itself (stickiness, basic auth) is not run here: ``tests/test_deploy_config.py``
checks its configuration. PostgreSQL: ``pg_database`` (``tests/conftest.py``), so it skips
locally unless ``INCIDENT_ATLAS_TEST_PG=1`` and FAILS in CI when no server can start.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import yaml

from geo.catalog import build_and_save
from geo.table import from_geojson
from store import schema
from store.sql import SqlStore, parse_url
from tests.browser.conftest import ROOT, require_chromium, run_streamlit, screenshot
from tests.browser.test_workflow_browser import choose, fill, main
from ui.live import POLL_SECONDS

sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
from atlas_fixture import ARTICLES  # noqa: E402

pytestmark = pytest.mark.browser

FIRST_RUN = 90_000  # a fresh server opens the store and loads the gazetteer
STEP = 30_000
LIVE = int((POLL_SECONDS + 5) * 1000)
"""Another replica's save shows within one poll and five seconds of its own page run."""
SUMY = "Drones struck Sumy on 5 March 2024, injuring two people, the governor said.\n"
WHY = "two-replica test: a duplicate report, not an event"


@dataclass(frozen=True)
class Seed:
    """The shared database as the test left it before the replicas started."""

    url: str
    version: int
    doc_id: int
    count: int


def _incident_docs(url: str) -> list[sa.Row[Any]]:
    """The saved incidents documents: id (one per save, never reused), built_from, version."""
    docs = schema.incident_docs
    engine = sa.create_engine(parse_url(url))
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.select(docs.c.id, docs.c.built_from, docs.c.version)))
    finally:
        engine.dispose()


def _store(url: str) -> SqlStore:
    return SqlStore(url)


@pytest.fixture
def seeded(pg_database: str) -> Seed:
    """The fixture articles in a fresh PostgreSQL database, their incidents extracted (by
    this code, so the replicas serve them instead of building again)."""
    require_chromium()
    store = _store(pg_database)
    try:
        for file, text in ARTICLES.items():
            store.add_article(text, file=file)
        built = build_and_save(store, holder="the-test")
        assert built.save_error is None
        count, version = len(built.doc["features"]), store.data_version()
    finally:
        store.close()
    [doc] = _incident_docs(pg_database)
    return Seed(pg_database, version, int(doc.id), count)


@contextlib.contextmanager
def two_replicas(seed: Seed, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Replicas A and B: one database, each its own empty data directory."""
    urls = []
    with contextlib.ExitStack() as stack:
        for name in ("a", "b"):
            data = tmp_path / name
            data.mkdir()
            env = {
                "INCIDENT_ATLAS_DATABASE_URL": seed.url,
                "INCIDENT_ATLAS_DATA_DIR": str(data),
                "INCIDENT_ATLAS_MODE": "open",
                "INCIDENT_ATLAS_TILES": "none",
            }
            urls.append(stack.enter_context(run_streamlit(ROOT / "app.py", env=env)))
        yield urls[0], urls[1]


def compose_healthcheck(base_url: str) -> int:
    """Run compose.yaml's app health check against ``base_url``; its exit status."""
    spec = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    test = spec["services"]["app1"]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "python"]
    code = test[-1].replace("http://127.0.0.1:8501", base_url)
    return subprocess.run([sys.executable, *test[2:-1], code], timeout=30).returncode


def open_map(chromium: Any, url: str) -> Any:
    page = chromium.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    page.goto(url + "/")
    return page


def showing(page: Any, n: int, timeout: int) -> None:
    page.get_by_text(f"Showing {n} of {n} incidents", exact=True).wait_for(timeout=timeout)


def add_article(page: Any, text: str) -> str:
    """Save ``text`` through the Add-article page; the file name it was saved as."""
    # (the click can be lost while the map page's live poll reruns it: CI once waited 180 s)
    go_to(page, "Add article", "Add an article")
    # The page's first run on a replica loads the gazetteer: under a full CI run's load that
    # took longer than Playwright's 30 s default, and once (session 28) longer than 90 s.
    upload = main(page).get_by_test_id("stFileUploader").locator("input[type=file]")
    upload.wait_for(state="attached", timeout=2 * FIRST_RUN)
    upload.set_input_files(
        files=[{"name": "sumy.txt", "mimeType": "text/plain", "buffer": text.encode()}]
    )
    main(page).get_by_text(re.compile(r"Preview: [1-9]\d* incident\(s\) will be added")).wait_for(
        timeout=FIRST_RUN
    )
    main(page).get_by_role("button", name="Save article").click()
    saved = main(page).get_by_text(re.compile(r"Saved as \S+\.txt\."))
    saved.wait_for(timeout=FIRST_RUN)  # after this replica's run, which extracted it
    return re.search(r"Saved as (\S+\.txt)\.", saved.inner_text()).group(1)  # type: ignore[union-attr]


def go_to(page: Any, link: str, heading: str, target: Any = None) -> None:
    """Open the page of sidebar ``link`` and wait for its ``heading`` (or ``target``).

    A click that lands while the page's own run (or the live poll's rerun) is still going
    can be lost: the last CI run on record waited 90 s on replica B for the Incidents
    heading that never came. So the click waits for the run to end, and is made again if
    the heading has not appeared within one step.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    if target is None:
        target = main(page).get_by_role("heading", name=heading)
    for _attempt in range(3):
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
            timeout=FIRST_RUN,
        )
        page.get_by_test_id("stSidebarNav").get_by_role("link", name=link).click()
        try:
            target.wait_for(timeout=STEP)
            return
        except PlaywrightTimeout:
            continue
    target.wait_for(timeout=FIRST_RUN)


def dismiss(page: Any, incident: str) -> None:
    """Save a "Not an incident" correction of ``incident`` on the Incidents page."""
    go_to(page, "Incidents", "Review and correct")
    # (the page's run must end before its selectbox lists the incidents: under a full CI run
    # the option was looked for while the page still ran, and never appeared in 30 s)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=FIRST_RUN
    )
    choose(page, "Incident", incident)
    choose(page, "Correction", "Not an incident")
    fill(page, "Reason (required)", WHY)
    main(page).get_by_role("button", name="Save correction").click()
    main(page).get_by_text(f"Saved 1 correction(s) to {incident}.").wait_for(timeout=STEP)


def incidents_of(url: str, article: str) -> list[str]:
    """Ids of the saved incidents one of whose sources is ``article``."""
    store = _store(url)
    try:
        saved = store.load_incidents()
    finally:
        store.close()
    assert saved is not None and not saved.stale
    return [
        r["id"]
        for r in from_geojson(saved.doc)
        if any(s.get("article") == article for s in r.get("sources") or [])
    ]


def test_two_replicas_on_one_database_show_each_others_saves(
    chromium: Any, seeded: Seed, tmp_path: Path
) -> None:
    n = seeded.count
    with two_replicas(seeded, tmp_path) as (url_a, url_b):
        assert compose_healthcheck(url_a) == 0 and compose_healthcheck(url_b) == 0
        a, b = open_map(chromium, url_a), open_map(chromium, url_b)
        showing(a, n, FIRST_RUN)  # (a) the same incidents on both
        showing(b, n, FIRST_RUN)

        # (b) A saves an article; B's open map page shows its incidents by itself.
        saved = add_article(a, SUMY)
        new = incidents_of(seeded.url, saved)
        assert new, "the article yielded no incident: nothing for B to show"
        showing(b, n + len(new), LIVE)
        screenshot(b, "two_replicas_b_after_a_saved.png")

        # (c) B dismisses one of them; A's open map page drops it by itself.
        go_to(a, "Map", "", a.get_by_text(f"Showing {n + len(new)} of {n + len(new)} incidents"))
        dismiss(b, new[0])
        showing(a, n + len(new) - 1, LIVE)
        screenshot(a, "two_replicas_a_after_b_corrected.png")

    # (d) Extracted once: one incidents document saved since the seed, built from the
    # version the article made; the data version moved three times (article, that save,
    # the correction) — a second build by the other replica would have saved again.
    [doc] = _incident_docs(seeded.url)
    assert doc.id == seeded.doc_id + 1
    assert (doc.built_from, doc.version) == (seeded.version + 1, seeded.version + 2)
    store = _store(seeded.url)
    try:
        assert store.data_version() == seeded.version + 3
        assert [c.action for c in store.corrections()] == ["not_incident"]
    finally:
        store.close()
