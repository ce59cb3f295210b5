"""geo.cachefile: a pickle cache is read only when no one else could have written it."""

from __future__ import annotations

import json
import os
import pickle
import stat
from pathlib import Path

import pytest

from geo import table
from geo.cachefile import make_private_dir, untrusted_reason
from geo.table import load_incidents, to_geojson


class _Boom:
    """Unpickling this creates ``marker``: proof that a cache file's code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize(
    ("file_mode", "dir_mode", "reason"),
    [
        (0o600, 0o700, None),
        (0o644, 0o755, None),
        (0o400, 0o700, None),
        (0o664, 0o700, "writable by other users"),
        (0o602, 0o700, "writable by other users"),
        (0o600, 0o777, "in a directory anyone can write to"),
        (0o600, 0o1777, None),  # sticky (like /tmp): others cannot replace our file
    ],
)
def test_untrusted_reason_by_mode(tmp_path, file_mode, dir_mode, reason):
    d = tmp_path / "c"
    d.mkdir()
    f = d / "x.pickle"
    f.write_bytes(b"x")
    f.chmod(file_mode)
    d.chmod(dir_mode)
    assert untrusted_reason(f) == reason


def test_untrusted_reason_links_and_directories(tmp_path):
    target = tmp_path / "elsewhere.pickle"
    target.write_bytes(b"x")
    link = tmp_path / "x.pickle"
    link.symlink_to(target)
    assert untrusted_reason(link) == "a symbolic link"
    (tmp_path / "d.pickle").mkdir()
    assert untrusted_reason(tmp_path / "d.pickle") == "not a regular file"


def test_private_dir_is_private(tmp_path):
    make_private_dir(tmp_path / "a" / "cache")
    assert stat.S_IMODE((tmp_path / "a" / "cache").stat().st_mode) == 0o700


RECORDS = [{"id": "i1", "place": "Kharkiv", "lat": 49.99, "lon": 36.23,
            "date_start": "2022-07-03", "date_end": "2022-07-03", "date_precision": "day",
            "sources": [], "articles": [], "notes": []}]


def test_table_cache_written_privately_and_a_tampered_one_never_runs(tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv(table.CACHE_DIR_ENV, str(cache_dir))
    monkeypatch.setattr(table, "TABLE_CACHE_MIN_BYTES", 0)
    path = tmp_path / "incidents.geojson"
    path.write_text(json.dumps(to_geojson(RECORDS)), encoding="utf-8")
    load_incidents(path)
    (cached,) = cache_dir.glob("incidents-*.pickle")
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700

    marker = tmp_path / "ran"
    cached.write_bytes(pickle.dumps(_Boom(marker)))
    os.chmod(cached, 0o666)  # as if another user had written it
    with pytest.warns(RuntimeWarning, match="writable by other users"):
        frame = load_incidents(path)
    assert not marker.exists()
    assert frame["id"].tolist() == ["i1"]
    # the parsed table replaced the tampered file with a private one
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600


def test_gazetteer_ignores_a_tampered_cache(tmp_path, monkeypatch):
    from geo import gazetteer as gz
    from geo.gazetteerbuild import CITIES_ENV

    monkeypatch.setenv(CITIES_ENV, str(_tiny_cities(tmp_path)))
    cache = tmp_path / "gcache"
    gz.clear_memo()
    gz.Gazetteer.load(cache)
    cache_file = next(cache.glob("gazetteer-v*.pickle"))
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600
    marker = tmp_path / "ran"
    cache_file.write_bytes(pickle.dumps({"fingerprint": _Boom(marker), "tables": None}))
    cache_file.chmod(0o666)
    gz.clear_memo()
    with pytest.warns(RuntimeWarning, match="writable by other users"):
        again = gz.Gazetteer.load(cache)
    assert not marker.exists()
    assert again.lookup("Kharkiv")[0].key == "gn:706483"
    gz.clear_memo()


def _tiny_cities(tmp_path: Path) -> Path:
    rec = {"geonameid": 706483, "name": "Kharkiv", "latitude": 49.98081,
           "longitude": 36.25272, "countrycode": "UA", "population": 1430885,
           "timezone": "Europe/Kyiv", "admin1code": "07",
           "alternatenames": ["Kharkov", "Charkiw"]}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps({"706483": rec}), encoding="utf-8")
    return path
