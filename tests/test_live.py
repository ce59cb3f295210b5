"""A save on another server shows without an interaction: ``ui.live``'s poll of the data
version. The decision is pure; the fragment is run by AppTest as part of every app run
(AppTest cannot fire its ``run_every`` timer: ``tests/browser/test_live_browser.py`` does)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module

import geo.catalog as catalog
from geo.table import to_geojson
from store.migrate import open_seeded
from ui import live

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS, make_data_dir  # noqa: E402
from test_pages import M, _NavigationPagesManager, make_app, no_errors, showing  # noqa: E402

NEW = "Drones struck Sumy on 5 March 2024, injuring two people, the governor said.\n"


@pytest.fixture
def app_data(tmp_path, monkeypatch):
    """The fixture data dir, the app pointed at it (as ``test_pages.data_dir``)."""
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


@pytest.mark.parametrize(
    ("seen", "now", "waiting", "lease_free", "rerun"),
    [
        (7, 7, False, False, False),  # nothing saved since the page was drawn
        (7, 8, False, False, True),  # another server saved
        (7, 9, True, False, True),  # the build we waited for was saved
        (7, None, False, False, False),  # the database did not answer: ask at the next poll
        (7, None, True, True, False),
        (7, 7, True, False, False),  # still building elsewhere
        (7, 7, True, True, True),  # the builder gave up: this server builds
        (7, 7, False, True, False),  # a free lease matters only while waiting
    ],
)  # fmt: skip
def test_needs_rerun(seen, now, waiting, lease_free, rerun):
    assert live.needs_rerun(seen, now, waiting=waiting, lease_free=lease_free) is rerun


def test_the_poll_is_at_most_five_seconds():
    assert 0 < live.POLL_SECONDS <= 5


def test_every_page_renders_with_the_watch_and_it_rerenders_nothing(app_data, monkeypatch):
    asked: list[int | None] = []
    real = live.current_version

    def spy(store):
        asked.append(real(store))
        return asked[-1]

    monkeypatch.setattr(live, "current_version", spy)
    at = make_app()
    no_errors(at)
    assert showing(at) == f"Showing {M} of {M} incidents"
    store, _report = open_seeded(app_data)
    try:
        assert asked and set(asked) == {store.data_version()}  # asked, found the same: no rerun
    finally:
        store.close()
    for page in ("pages/sources.py", "pages/incidents.py", "pages/about.py"):
        before = len(asked)
        at.switch_page(page)
        at.run()
        no_errors(at)
        assert len(asked) > before, page  # the watch runs on every page (ui.frame draws it)


def test_a_save_found_by_the_watch_shows_the_new_data(app_data, monkeypatch):
    """Another server saves after this page read the store: the watch finds the version
    moved and reruns the app, which shows the other server's incidents."""
    store, _report = open_seeded(app_data)
    real = live.current_version
    saved: list[int] = []

    def another_server_saves_first(s):
        if not saved:  # once, after the page was drawn from the old version
            store.save_incidents(to_geojson(RECORDS[:2]), store.data_version())
            saved.append(store.data_version())
        return real(s)

    monkeypatch.setattr(live, "current_version", another_server_saves_first)
    try:
        at = make_app()
        no_errors(at)
        assert saved  # the watch ran …
        assert showing(at) == "Showing 2 of 2 incidents"  # … and the app ran again
    finally:
        store.close()


def test_a_waiting_page_builds_when_the_other_server_gives_up(app_data, monkeypatch):
    """While another server builds, the page serves the saved incidents; when its lease is
    given up without a save (its build failed), the watch reruns and this server builds."""
    store, _report = open_seeded(app_data)
    store.add_article(NEW, file="a9_sumy.txt")  # the saved incidents are stale
    assert store.acquire_lease(catalog.BUILD_LEASE, "the-other-server", 60)
    monkeypatch.setattr(catalog, "_build", lambda _s: (to_geojson(RECORDS[:3]), []))
    real = live.current_version
    polls: list[int | None] = []

    def the_other_server_gives_up_at_the_second_poll(s):
        polls.append(real(s))
        if len(polls) == 2:
            store.release_lease(catalog.BUILD_LEASE, "the-other-server")
        return polls[-1]

    try:
        at = make_app()  # the first poll: still building elsewhere, nothing to do
        no_errors(at)
        assert catalog.WAITING in [i.value for i in at.info]
        assert showing(at) == f"Showing {M} of {M} incidents"
        monkeypatch.setattr(live, "current_version", the_other_server_gives_up_at_the_second_poll)
        polls.append(None)  # the first poll, made above
        at.run()  # stands in for the timer's fragment run (see the module doc)
        no_errors(at)
        assert catalog.WAITING not in [i.value for i in at.info]
        assert showing(at) == "Showing 3 of 3 incidents"
    finally:
        store.close()
