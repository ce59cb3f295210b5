"""Build once across servers: the store's build lease (on every backend) and the catalog
that takes it — one server extracts new articles, the others serve what is saved."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

import geo.catalog as catalog
from geo.catalog import load_catalog
from geo.table import to_geojson
from store.sql import SqlStore

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import ARTICLES, RECORDS  # noqa: E402

NEW = "Drones struck Sumy on 5 March 2024, injuring two people, the governor said.\n"


# ---- the lease (contract: both backends) ----------------------------------------------


def test_one_holder_at_a_time_until_it_expires_or_is_released(store, store_url):
    other = SqlStore(store_url)  # a second server on the same database
    try:
        version = store.data_version()
        assert store.acquire_lease("incidents", "server-a", 60)
        assert not other.acquire_lease("incidents", "server-b", 60)
        assert store.acquire_lease("incidents", "server-a", 60)  # renewing is taking
        assert other.acquire_lease("layers", "server-b", 60)  # another lease is free
        other.release_lease("incidents", "server-b")  # not its lease: nothing happens
        assert not other.acquire_lease("incidents", "server-b", 60)
        store.release_lease("incidents", "server-a")
        assert other.acquire_lease("incidents", "server-b", 0.2)
        assert not store.acquire_lease("incidents", "server-a", 60)
        time.sleep(0.3)  # server b died mid-build: its lease runs out, a takes over
        assert store.acquire_lease("incidents", "server-a", 60)
        assert store.data_version() == version  # leases are not data: no cache goes stale
    finally:
        other.close()


def test_many_servers_asking_at_once_get_one_lease(store, store_url):
    servers = [SqlStore(store_url) for _ in range(4)]
    won: list[str] = []
    start = threading.Barrier(len(servers))

    def ask(s: SqlStore, name: str) -> None:
        start.wait()
        if s.acquire_lease("incidents", name, 60):
            won.append(name)

    threads = [threading.Thread(target=ask, args=(s, f"s{i}")) for i, s in enumerate(servers)]
    try:
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        assert len(won) == 1
    finally:
        for s in servers:
            s.close()


@pytest.mark.parametrize(
    ("name", "holder", "seconds", "message"),
    [("", "a", 1, "name"), ("x" * 41, "a", 1, "name"), ("n", " ", 1, "holder"),
     ("n", "a", 0, "positive"), ("n", "a", True, "positive")],
)  # fmt: skip
def test_bad_leases_are_refused(store, name, holder, seconds, message):
    with pytest.raises(ValueError, match=message):
        store.acquire_lease(name, holder, seconds)


# ---- the catalog takes the lease --------------------------------------------------------


def _stale_store(tmp_path: Path) -> SqlStore:
    """Saved incidents, then a new article: they need building again."""
    store = SqlStore(f"sqlite:///{tmp_path / 'atlas.db'}")
    for file, text in ARTICLES.items():
        store.add_article(text, file=file)
    store.save_incidents(to_geojson(RECORDS), store.data_version())
    store.add_article(NEW, file="a9_sumy.txt")
    return store


def test_two_servers_build_new_articles_once(tmp_path, monkeypatch):
    first = _stale_store(tmp_path)
    second = SqlStore(f"sqlite:///{tmp_path / 'atlas.db'}")
    builds: list[int] = []
    building = threading.Event()

    def slow_build(_store):
        builds.append(1)
        building.set()
        time.sleep(0.5)
        return to_geojson(RECORDS[:2]), []

    monkeypatch.setattr(catalog, "_build", slow_build)
    got = {}
    builder = threading.Thread(
        target=lambda: got.setdefault("first", load_catalog(first, holder="server-a"))
    )
    builder.start()
    assert building.wait(30)
    waiting = load_catalog(second, holder="server-b")  # while the first server builds
    builder.join(30)
    assert len(builds) == 1
    assert got["first"].origin == "built" and len(got["first"].incidents) == 2
    # The second serves the saved incidents, says why, and asks again on its next load.
    assert waiting.origin == "waiting" and len(waiting.incidents) == len(RECORDS)
    assert any("another server" in m.lower() for m in waiting.messages)
    after = load_catalog(second, holder="server-b")
    assert after.origin == "stored" and len(after.incidents) == 2 and len(builds) == 1
    first.close()
    second.close()


def test_a_lease_left_by_a_dead_server_is_taken_over(tmp_path, monkeypatch):
    store = _stale_store(tmp_path)
    assert store.acquire_lease(catalog.BUILD_LEASE, "dead-server", 0.1)
    monkeypatch.setattr(catalog, "_build", lambda _s: (to_geojson(RECORDS[:2]), []))
    assert load_catalog(store).origin == "waiting"
    time.sleep(0.2)
    assert load_catalog(store).origin == "built"
    assert store.acquire_lease(catalog.BUILD_LEASE, "next-server", 60)  # released after
    store.close()


def test_a_failed_build_releases_the_lease(tmp_path, monkeypatch):
    store = _stale_store(tmp_path)

    def broken(_s):
        raise RuntimeError("boom")

    monkeypatch.setattr(catalog, "_build", broken)
    assert load_catalog(store).origin == "stale"
    assert store.acquire_lease(catalog.BUILD_LEASE, "another-server", 60)
    store.close()


def test_the_app_serves_saved_incidents_while_another_server_builds(tmp_path, monkeypatch):
    import streamlit.testing.v1.app_test as app_test_module
    from atlas_fixture import make_data_dir
    from test_pages import _NavigationPagesManager, make_app, no_errors

    from store.migrate import open_seeded

    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    store, _report = open_seeded(data)
    store.add_article(NEW, file="a9_sumy.txt")  # the saved incidents are stale now
    assert store.acquire_lease(catalog.BUILD_LEASE, "the-other-server", 60)
    at = make_app(page="pages/incidents.py")
    no_errors(at)
    assert catalog.WAITING in [i.value for i in at.info]
    assert len(at.dataframe[0].value) == len(RECORDS)
    store.release_lease(catalog.BUILD_LEASE, "the-other-server")
    store.save_incidents(to_geojson(RECORDS[:2]), store.data_version())  # it is done
    at.run()  # the next run asks again: the other server's incidents
    no_errors(at)
    assert catalog.WAITING not in [i.value for i in at.info]
    assert len(at.dataframe[0].value) == 2
    store.close()
