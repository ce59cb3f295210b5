"""How many jobs run at once and what each may use (:class:`Limits`), from the environment
(:func:`parse_limits`). Used by :mod:`geo.jobs` and its workers (:mod:`geo.jobworker`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

WORKERS_ENV = "INCIDENT_ATLAS_JOBS"
SECONDS_ENV = "INCIDENT_ATLAS_JOB_SECONDS"
MEMORY_ENV = "INCIDENT_ATLAS_JOB_MEMORY_MB"
HEARTBEAT_ENV = "INCIDENT_ATLAS_JOB_HEARTBEAT"
WAIT_ENV = "INCIDENT_ATLAS_JOB_WAIT"
NICE_ENV = "INCIDENT_ATLAS_JOB_NICE"


@dataclass(frozen=True)
class Limits:
    """How many jobs run at once and what each may use.

    Attributes
    ----------
    workers
        Jobs running at the same time; the rest wait in a queue.
    seconds
        Wall-clock seconds one job may run (its queue time not counted). A 1.99 MB preview
        is 40 CPU-s on an idle core; on this project's busy shared 2 cores it took 172 s in
        the server and ran past 300 s in a worker (README "Hostile load").
    memory_mb
        Memory a job may add to what its worker starts with (the address space's limit,
        ``RLIMIT_AS``, on Linux); 0: no limit.
    heartbeat
        Seconds without a poll after which a job, queued, running or finished, is dropped
        (a running one killed): its page is gone. A page polls every second; a browser
        slows the timers of a hidden tab, to once a minute after five minutes hidden.
    wait
        Seconds a page waits for a job it has just submitted before drawing its progress
        (a short article's preview then shows at once, as before jobs).
    nice
        How much lower than the server a worker runs (``nice`` 0–19): the server's threads
        serve every page. Not more: the wall-time budget runs while a worker waits for the
        CPU.
    """

    workers: int = max(1, os.cpu_count() or 1)
    seconds: float = 600.0
    memory_mb: int = 1536
    heartbeat: float = 60.0
    wait: float = 2.0
    nice: int = 5


def parse_limits(env: Mapping[str, str] | None = None) -> Limits:
    """:class:`Limits` from the environment (``INCIDENT_ATLAS_JOBS``, ``…_JOB_SECONDS``,
    ``…_JOB_MEMORY_MB``, ``…_JOB_HEARTBEAT``, ``…_JOB_WAIT``, ``…_JOB_NICE``); what is
    unset keeps its default.

    Raises
    ------
    ValueError
        A value that is not a positive number (0 allowed for the memory, no limit, the
        wait and the nice).
    """
    env = os.environ if env is None else env
    base = Limits()
    return Limits(
        workers=int(_number(env, WORKERS_ENV, base.workers, "jobs at once", whole=True)),
        seconds=_number(env, SECONDS_ENV, base.seconds, "seconds"),
        memory_mb=int(_number(env, MEMORY_ENV, base.memory_mb, "MB", whole=True, zero=True)),
        heartbeat=_number(env, HEARTBEAT_ENV, base.heartbeat, "seconds"),
        wait=_number(env, WAIT_ENV, base.wait, "seconds", zero=True),
        nice=min(19, int(_number(env, NICE_ENV, base.nice, "steps", whole=True, zero=True))),
    )


def _number(
    env: Mapping[str, str], name: str, default: float, unit: str,
    *, whole: bool = False, zero: bool = False,
) -> float:  # fmt: skip
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        value = -1
    if value < 0 or (value == 0 and not zero) or value != value:  # NaN
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"{name} must be {kind} of {unit} above 0, not {raw[:20]!r}.")
    return value
