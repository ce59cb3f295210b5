"""Job functions for ``tests/test_jobs.py``: stdlib only, so a worker imports them fast."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

Progress = Callable[[int, int], None]


def add(a: int, b: int, *, progress: Progress) -> int:
    return a + b


def sleep_for(seconds: float, *, progress: Progress) -> str:
    time.sleep(seconds)
    return "slept"


def sleep_noting_pid(seconds: float, pid_file: str, *, progress: Progress) -> str:
    part = Path(pid_file + ".part")
    part.write_text(str(os.getpid()))
    part.replace(pid_file)  # whole or absent: the test reads it as soon as it exists
    time.sleep(seconds)
    return "slept"


def hog(mb: int, *, progress: Progress) -> int:
    blocks = [bytearray(1024 * 1024) for _ in range(mb)]
    return len(blocks)


def refuse(message: str, *, progress: Progress) -> None:
    raise ValueError(message)


def crash(*, progress: Progress) -> None:
    raise KeyError("a bug")


def report_then_sleep(done: int, total: int, seconds: float, *, progress: Progress) -> None:
    progress(done, total)
    time.sleep(seconds)
