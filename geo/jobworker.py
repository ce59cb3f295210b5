"""A job's worker process: what runs in it (:func:`work`), with its budgets set from inside
(memory, CPU seconds, priority) and its progress and outcome sent to :mod:`geo.jobs`.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

from geo.joblimits import Limits

REPORT_EVERY = 0.2
"""Seconds between two progress reports a worker sends (the last one always goes)."""


class _Reporter:
    """The ``progress`` a job function gets: sends ``(done, total)``, throttled."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= REPORT_EVERY or done >= total:
            self.last = now
            self.conn.send(("progress", done, total))


def work(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], limits: Limits) -> None:
    """Run one job in the worker process and send its outcome."""
    with contextlib.suppress(OSError):
        os.nice(limits.nice)
    limit_memory(limits.memory_mb)
    _outlive_nothing(limits.seconds)
    try:
        result = fn(*args, progress=_Reporter(conn))
        conn.send(("done", result))
    except MemoryError:
        budget = limits.memory_mb
        _send_failure(conn, f"Stopped: it needed more memory than its budget ({budget} MB).")
    except ValueError as exc:  # the input's fault: a message written for the user
        _send_failure(conn, str(exc), retry=False)
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)  # the server's log has the details
        _send_failure(conn, f"It failed unexpectedly ({type(exc).__name__}).")
    finally:
        conn.close()


def _send_failure(conn: Connection, message: str, *, retry: bool = True) -> None:
    with contextlib.suppress(Exception):  # a child out of memory may not even manage this
        conn.send(("failed", message, retry))


def _outlive_nothing(seconds: float) -> None:
    """Backstops for the reaper: the worker exits when the server's process is gone (its
    reaper with it), and the kernel stops it past its budget in CPU seconds (never before
    the wall-clock budget: CPU time cannot run ahead of it)."""
    parent = mp.parent_process()
    if parent is not None:

        def watch() -> None:
            wait([parent.sentinel])
            os._exit(1)

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    try:
        import resource

        cpu = int(seconds) + 2
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard == resource.RLIM_INFINITY or cpu < hard:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, hard))
    except (ImportError, OSError, ValueError):
        return


def limit_memory(memory_mb: int) -> None:
    """Let this process's address space grow by at most ``memory_mb`` MB from now on (an
    allocation past it raises ``MemoryError``). Linux only; 0: no limit.

    Relative, not absolute: a worker forked from the fork server starts with the
    gazetteer's hundreds of MB already mapped.
    """
    if memory_mb <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            mapped = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = mapped + memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ImportError, OSError, ValueError):  # not Linux: the time budget still holds
        return
