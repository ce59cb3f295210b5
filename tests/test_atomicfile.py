"""geo.atomicfile: the one atomic write, and the sweep of temporaries a killed writer left."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from geo.atomicfile import STALE_SECONDS, sweep_stale_temps, write_atomic, write_atomic_bytes


def _temp(path: Path, tag: str, age: float) -> Path:
    tmp = path.parent / f".{path.name}.{tag}.tmp"
    tmp.write_text("half a file")
    then = time.time() - age
    os.utime(tmp, (then, then))
    return tmp


def test_a_write_sweeps_the_temporaries_a_killed_writer_left(tmp_path: Path) -> None:
    target = tmp_path / "corrections.csv"
    old = _temp(target, "k1l2", STALE_SECONDS + 60)
    fresh = _temp(target, "live", 5)  # a writer still at work
    other = _temp(tmp_path / "index.csv", "x9", STALE_SECONDS + 60)  # another file's
    write_atomic(target, "id,reason\n")
    assert target.read_text() == "id,reason\n"
    assert not old.exists()
    assert fresh.exists() and other.exists()


@pytest.mark.parametrize("name", ["a*b.csv", "[x].csv", "plain.csv"])
def test_the_sweep_takes_a_files_name_literally(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    stale = _temp(target, "abc", STALE_SECONDS + 1)
    unrelated = tmp_path / ".ab.csv.abc.tmp"  # would match "a*b.csv" read as a pattern
    unrelated.write_text("x")
    os.utime(unrelated, (0, 0))
    assert sweep_stale_temps(target) == [stale]
    assert unrelated.exists()


def test_private_and_shared_modes(tmp_path: Path) -> None:
    shared, private = tmp_path / "a.json", tmp_path / "b.pickle"
    write_atomic(shared, "{}")
    write_atomic_bytes(private, b"\x80", mode=0o600)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_bytes() == b"\x80"
    assert not list(tmp_path.glob(".*.tmp"))
