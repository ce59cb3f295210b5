"""The parsed-table cache of large incidents.geojson files (geo.table.load_incidents)."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from geo import table
from geo.table import incidents_frame, load_incidents, to_geojson

RECORDS = [
    {"id": f"i{k}", "place": "Kharkiv", "lat": 49.99, "lon": 36.23, "date_start": "2022-07-03",
     "date_end": "2022-07-03", "date_precision": "day", "actor": None, "killed": k,
     "sources": [{"article": "a.txt", "excerpt": "x" * k, "killed": k}],
     "articles": ["a.txt"], "notes": ["n"] if k % 2 else []}
    for k in range(5)
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv(table.CACHE_DIR_ENV, str(d))
    monkeypatch.setattr(table, "TABLE_CACHE_MIN_BYTES", 0)
    return d


def write(path, records) -> None:
    path.write_text(json.dumps(to_geojson(records)), encoding="utf-8")


def test_cached_table_equals_the_parsed_one(tmp_path, cache_dir):
    path = tmp_path / "incidents.geojson"
    write(path, RECORDS)
    first = load_incidents(path)
    assert len(list(cache_dir.glob("incidents-*.pickle"))) == 1
    again = load_incidents(path)
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(again, incidents_frame(RECORDS))
    assert again.loc[3, "sources"] == [{"article": "a.txt", "excerpt": "xxx", "killed": 3}]


def test_a_changed_file_is_read_again(tmp_path, cache_dir):
    path = tmp_path / "incidents.geojson"
    write(path, RECORDS)
    load_incidents(path)
    write(path, RECORDS[:2])
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert load_incidents(path)["id"].tolist() == ["i0", "i1"]


def test_a_damaged_cache_is_ignored(tmp_path, cache_dir):
    path = tmp_path / "incidents.geojson"
    write(path, RECORDS)
    load_incidents(path)
    (cached,) = cache_dir.glob("incidents-*.pickle")
    cached.write_bytes(b"not a pickle")
    assert load_incidents(path)["id"].tolist() == [r["id"] for r in RECORDS]


def test_small_files_and_unwritable_caches_need_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(table.CACHE_DIR_ENV, str(blocker / "cache"))  # cannot be created
    monkeypatch.setattr(table, "TABLE_CACHE_MIN_BYTES", 0)
    path = tmp_path / "incidents.geojson"
    write(path, RECORDS)
    assert len(load_incidents(path)) == len(RECORDS)


def test_only_the_newest_caches_are_kept(tmp_path, cache_dir):
    for k in range(table.TABLE_CACHE_KEEP + 2):
        path = tmp_path / f"d{k}" / "incidents.geojson"
        path.parent.mkdir()
        write(path, RECORDS)
        load_incidents(path)
    assert len(list(cache_dir.glob("incidents-*.pickle"))) == table.TABLE_CACHE_KEEP
