"""Faults: a failing online geocoder, corrupt caches, a writer killed mid-write, and
two savers at the same moment — each ends in a message or a rebuild, never a crash or
lost data."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest

import geo.gazetteer as gz
from geo.gazetteer import Gazetteer
from geo.gazetteerbuild import CITIES_ENV
from geo.geocode import geocode
from geo.onlinegeocoder import OnlineGeocoder

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------- geocoder

class _Answer:
    """A geopy-like geocoder that answers from a script."""

    def __init__(self, answer: Any) -> None:
        self.answer, self.calls = answer, 0

    def geocode(self, query: str, exactly_one: bool = True, **kw: Any) -> Any:
        self.calls += 1
        if isinstance(self.answer, BaseException):
            raise self.answer
        if callable(self.answer):
            return self.answer()
        return self.answer


class _Loc:
    def __init__(self, lat: Any, lon: Any, raw: Any) -> None:
        self.latitude, self.longitude, self.raw, self.address = lat, lon, raw, "x"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _slow() -> Any:
    raise TimeoutError("read timed out")


@pytest.mark.parametrize("answer", [
    _slow,
    OSError("HTTP Error 500: Internal Server Error"),
    _Loc(float("nan"), 1.0, {}),
    _Loc(1.0, 2.0, None),
    _Loc(1.0, 2.0, {"address": "not a dict", "boundingbox": ["a", "b"]}),
    _Loc(1.0, 2.0, ["garbage"]),
    _Loc(1e308, -1e308, {}),
    b"\x00\xff",
    {"lat": 1},
])
def test_online_garbage_falls_back_with_a_message(gaz: Gazetteer, tmp_path: Path,
                                                  answer: Any) -> None:
    online = OnlineGeocoder(_Answer(answer), tmp_path / "c.json", min_delay_seconds=0)
    res = geocode(gaz, "Xyzzyville", online=online)
    if res.place is not None:  # a well-formed, odd answer may be accepted: it must be sane
        assert res.place.lat is not None and -90 <= res.place.lat <= 90
        assert res.place.lon is not None and -180 <= res.place.lon <= 180
    else:
        assert res.message
    # offline answers never touch the online geocoder, whatever it does
    assert geocode(gaz, "Kharkiv", online=online).place is not None


@pytest.mark.parametrize("content", [
    '{"xyzzyville": {"bad": 1}}',          # valid JSON, entries of the wrong shape
    '{"xyzzyville": [1, 2, 3]}',
    '{"xyzzyville": "text"}',
    '{"xyzzyville": {"key": "osm:1", "name": "X", "country": null, "lat": "a", "lon": 1,',
    "[]",
    "",
    "\x00\x00\x00",
])
def test_corrupt_or_truncated_geocode_cache_is_rebuilt(gaz: Gazetteer, tmp_path: Path,
                                                      content: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(content, encoding="utf-8")
    fake = _Answer(_Loc(10.0, 20.0, {"osm_type": "node", "osm_id": 7, "name": "Xyzzyville",
                                     "addresstype": "town", "address": {"country_code": "xx"}}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a warning is expected for most of these
        online = OnlineGeocoder(fake, path, min_delay_seconds=0)
        res = geocode(gaz, "Xyzzyville", online=online)
    assert res.place is not None and res.place.lat == 10.0, res
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), dict)


# ---------------------------------------------------------------------------- gazetteer

def _tiny_cities(tmp_path: Path) -> Path:
    path = tmp_path / "cities.json"
    rec = {"geonameid": 706483, "name": "Kharkiv", "latitude": 49.98, "longitude": 36.25,
           "countrycode": "UA", "population": 1421125, "admin1code": "07",
           "alternatenames": ["Kharkov"]}
    path.write_text(json.dumps({"706483": rec}), encoding="utf-8")
    return path


@pytest.mark.parametrize("damage", ["truncate", "zero", "flip", "json", "empty"])
def test_truncated_gazetteer_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              damage: str) -> None:
    monkeypatch.setenv(CITIES_ENV, str(_tiny_cities(tmp_path)))
    cache = tmp_path / "cache"
    gz.clear_memo()
    Gazetteer.load(cache)
    f = next(cache.glob("gazetteer-*.pickle"))
    raw = f.read_bytes()
    f.write_bytes({"truncate": raw[: len(raw) // 2], "zero": b"\x00" * len(raw),
                   "flip": raw[:20] + bytes(b ^ 0xFF for b in raw[20:60]) + raw[60:],
                   "json": b'{"fingerprint": 1}', "empty": b""}[damage])
    gz.clear_memo()
    with pytest.warns(RuntimeWarning, match="gazetteer cache"):
        again = Gazetteer.load(cache)
    assert again.lookup("Kharkiv")[0].key == "gn:706483"
    gz.clear_memo()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Gazetteer.load(cache)  # the rebuilt file is good
    gz.clear_memo()


# ---------------------------------------------------------------------------- kill -9

_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from geo.atomicfile import write_atomic
    path = Path(sys.argv[1])
    versions = [("A" * 400_000) + "\\nEND-A\\n", ("B" * 600_000) + "\\nEND-B\\n"]
    print("ready", flush=True)
    i = 0
    while True:
        write_atomic(path, versions[i % 2])
        i += 1
""")


def test_killed_writer_leaves_old_or_new_file(tmp_path: Path) -> None:
    path = tmp_path / "incidents.geojson"
    good = {("A" * 400_000) + "\nEND-A\n", ("B" * 600_000) + "\nEND-B\n"}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.05, 0.11, 0.2, 0.33, 0.5, 0.71):
        proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], env=env,
                                stdout=subprocess.PIPE)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if path.exists():
            assert path.read_text(encoding="utf-8") in good
    assert path.exists()


# ---------------------------------------------------------------------------- concurrent saves

_SAVER = textwrap.dedent("""
    import sys
    from geo.corrections import make_correction
    from store.sql import SqlStore
    store, who = SqlStore(sys.argv[1]), sys.argv[2]
    for i in range(40):
        store.append_corrections([make_correction(f"inc-{who}-{i}", "confirm",
                                                  reason=f"checked {i}", who=who)])
    store.close()
""")


def test_two_processes_saving_corrections_keep_both(store: Any, store_url: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", _SAVER, store_url, who], env=env)
             for who in ("alice", "bob", "carol")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    ids = [c.incident_id for c in store.corrections()]
    assert len(ids) == 120 and len(set(ids)) == 120


def test_two_threads_saving_corrections_keep_both(store: Any) -> None:
    from geo import corrections

    barrier = threading.Barrier(4)

    def save(who: str) -> None:
        barrier.wait()
        for i in range(25):
            store.append_corrections([corrections.make_correction(
                f"inc-{who}-{i}", "confirm", reason="same moment", who=who)])

    threads = [threading.Thread(target=save, args=(w,)) for w in "wxyz"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({c.incident_id for c in store.corrections()}) == 100


def test_a_refused_save_loses_nothing_and_says_why(store: Any) -> None:
    """The log's file could be damaged mid-write; the store's cannot be half-written: a
    batch with a bad entry is refused whole, with a message, and the log is as it was."""
    from geo.corrections import Correction, make_correction

    kept = [make_correction(f"inc-{i}", "confirm", reason="checked", who="ana") for i in range(3)]
    store.append_corrections(kept)
    version = store.data_version()
    with pytest.raises(ValueError, match="needs a reason"):
        store.append_corrections([make_correction("inc-9", "confirm", reason="ok"),
                                  Correction("2024-05-01T10:00:00Z", "bo", "inc-8", "confirm")])
    assert store.corrections() == kept and store.data_version() == version
