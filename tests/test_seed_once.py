"""Seeding once: servers opening one fresh store with a data directory at the same moment
import its files once (the store's seed lease), on every backend."""

from __future__ import annotations

import csv
import io
import multiprocessing
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import store.migrate as migrate
from geo.corrections import FIELDS, Correction
from store import open_store
from store.migrate import CORRECTIONS_FILE, SEED_LEASE, SeedBusy, seed_from_files
from store.sql import SqlStore

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import ARTICLES, RECORDS, make_data_dir  # noqa: E402

LOG = [
    Correction("2024-02-01T10:00:00Z", "ana", RECORDS[0]["id"], "confirm", reason="checked"),
    Correction("2024-02-01T10:05:00Z", "bo", RECORDS[1]["id"], "set", "actor", "", "Russia",
               reason="the ministry says so"),
]  # fmt: skip


def _data_dir_with_log(root: Path) -> Path:
    data = make_data_dir(root)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(FIELDS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(c.row() for c in LOG)
    (data / CORRECTIONS_FILE).write_text(buf.getvalue(), encoding="utf-8")
    return data


def _server(url: str, data: Path, start: Any, reports: Any) -> None:
    """One server process: open the atlas of ``data`` as :func:`open_seeded` does, the
    seeding started at the same moment as the other servers' (opening migrates in turn)."""
    opened = open_store(data, url)
    start.wait(60)
    report = seed_from_files(data, opened)
    opened.close()
    reports.put(None if report is None else report.summary())


def test_servers_opening_a_fresh_store_at_once_seed_it_once(tmp_path, store_url, monkeypatch):
    data = _data_dir_with_log(tmp_path)
    real_read = migrate.read_corrections

    def slow_read(path: Path) -> list[Correction]:
        # Widen the window between reading the store's log and appending the file's
        # entries: unguarded, every server would find the log empty and append them all.
        # (Forked: the servers inherit the patch.)
        time.sleep(0.3)
        return real_read(path)

    monkeypatch.setattr(migrate, "read_corrections", slow_read)
    ctx = multiprocessing.get_context("fork")
    start, reports = ctx.Barrier(3), ctx.Queue()
    procs = [ctx.Process(target=_server, args=(store_url, data, start, reports)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    seeded = [r for r in (reports.get(timeout=10) for _ in procs) if r is not None]
    assert len(seeded) == 1  # one server imported the files; the others found them there
    assert seeded[0]["corrections"] == len(LOG) and not seeded[0]["skipped"]
    store = SqlStore(store_url)
    try:
        assert store.corrections() == LOG  # each entry once
        assert sorted(store.articles()["file"]) == sorted(ARTICLES)
        assert store.acquire_lease(SEED_LEASE, "later", 60)  # released by its holder
    finally:
        store.close()


def test_a_seeding_that_takes_too_long_is_reported_not_joined(tmp_path, store_url):
    data = _data_dir_with_log(tmp_path)
    store = SqlStore(store_url)
    try:
        assert store.acquire_lease(SEED_LEASE, "a-server-still-seeding", 60)
        with pytest.raises(SeedBusy, match="importing the data directory"):
            seed_from_files(data, store, wait=0.3)
        assert store.data_version() == 0 and store.corrections() == []  # nothing imported
        store.release_lease(SEED_LEASE, "a-server-still-seeding")
        report = seed_from_files(data, store, wait=0.3)  # its turn now
        assert report is not None and store.corrections() == LOG
        assert seed_from_files(data, store) is None  # written: never seeded again
    finally:
        store.close()


def test_migrate_store_waits_for_a_seeding_server(tmp_path, store_url):
    import subprocess

    data = _data_dir_with_log(tmp_path)
    store = SqlStore(store_url)
    try:
        assert store.acquire_lease(SEED_LEASE, "a-server-still-seeding", 0.5)
        done = subprocess.run(
            [sys.executable, "-m", "geo", "migrate-store", "--data", str(data), "--url", store_url],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            timeout=120,
        )  # waits for the lease to lapse (the server died), then imports
        assert done.returncode == 0, done.stderr
        assert store.corrections() == LOG
    finally:
        store.close()
