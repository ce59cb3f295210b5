"""How many jobs run at once, how many may wait, and what each may use (:class:`Limits`),
from the environment (:func:`parse_limits`); whether the server takes one more job now
(:func:`admit`). Used by :mod:`geo.jobs` and its workers (:mod:`geo.jobworker`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

WORKERS_ENV = "INCIDENT_ATLAS_JOBS"
QUEUE_ENV = "INCIDENT_ATLAS_JOB_QUEUE"
SECONDS_ENV = "INCIDENT_ATLAS_JOB_SECONDS"
MEMORY_ENV = "INCIDENT_ATLAS_JOB_MEMORY_MB"
HEARTBEAT_ENV = "INCIDENT_ATLAS_JOB_HEARTBEAT"
WAIT_ENV = "INCIDENT_ATLAS_JOB_WAIT"
NICE_ENV = "INCIDENT_ATLAS_JOB_NICE"
_CPUS = max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Limits:
    """How many jobs run at once and what each may use.

    Attributes
    ----------
    workers
        Jobs running at the same time (worker processes); the rest wait in a queue.
    queue
        Jobs that may wait for a worker; one more is refused ("The server is busy"), so the
        server holds at most ``workers + queue`` jobs whoever asks. As many as the workers
        by default: a place further back would wait for minutes of other people's 2 MB
        previews (README "Hostile load"), and a refusal that says so is more honest.
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

    workers: int = _CPUS
    queue: int = _CPUS
    seconds: float = 600.0
    memory_mb: int = 1536
    heartbeat: float = 60.0
    wait: float = 2.0
    nice: int = 5


def parse_limits(env: Mapping[str, str] | None = None) -> Limits:
    """:class:`Limits` from the environment (``INCIDENT_ATLAS_JOBS``, ``…_JOB_QUEUE``,
    ``…_JOB_SECONDS``, ``…_JOB_MEMORY_MB``, ``…_JOB_HEARTBEAT``, ``…_JOB_WAIT``,
    ``…_JOB_NICE``); what is unset keeps its default (the queue: as many as the workers).

    Raises
    ------
    ValueError
        A value that is not a positive number (0 allowed for the queue, none waits; the
        memory, no limit; the wait and the nice).
    """
    env = os.environ if env is None else env
    base = Limits()
    workers = int(_number(env, WORKERS_ENV, base.workers, "jobs at once", whole=True))
    return Limits(
        workers=workers,
        queue=int(_number(env, QUEUE_ENV, workers, "waiting jobs", whole=True, zero=True)),
        seconds=_number(env, SECONDS_ENV, base.seconds, "seconds"),
        memory_mb=int(_number(env, MEMORY_ENV, base.memory_mb, "MB", whole=True, zero=True)),
        heartbeat=_number(env, HEARTBEAT_ENV, base.heartbeat, "seconds"),
        wait=_number(env, WAIT_ENV, base.wait, "seconds", zero=True),
        nice=min(19, int(_number(env, NICE_ENV, base.nice, "steps", whole=True, zero=True))),
    )


@dataclass(frozen=True)
class Admission:
    """What :func:`admit` decided about one more job.

    Attributes
    ----------
    verdict
        ``run`` (a worker is free for it), ``wait`` (it joins the queue) or ``busy``
        (refused: the server holds as many jobs as its limits allow).
    message
        Why it was refused, for the user ("" unless ``busy``).
    """

    verdict: str
    message: str = ""

    @property
    def admitted(self) -> bool:
        """The job is taken (to run now or to wait)."""
        return self.verdict != "busy"


def admit(limits: Limits, running: int, queued: int, replacing: str | None = None) -> Admission:
    """Whether the server takes one more job now.

    Parameters
    ----------
    limits
        The workers and the queue's length.
    running, queued
        Jobs running and waiting now, the one being replaced included.
    replacing
        The state (``running`` or ``queued``) of the job the new one replaces: the same
        session's older job of the same kind, stopped first, so its place is free (a
        replacement is never refused). None: it replaces no job still active.

    Returns
    -------
    Admission
        ``run``, ``wait``, or ``busy`` with the message telling how busy.
    """
    running -= replacing == "running"
    queued -= replacing == "queued"
    if running < limits.workers and queued == 0:
        return Admission("run")
    if running + queued < limits.workers + limits.queue:
        return Admission("wait")
    return Admission("busy", busy_message(running, queued))


def busy_message(running: int, queued: int) -> str:
    """``The server is busy: 2 jobs running, 2 waiting; try again in a moment.``"""
    waiting = f", {queued:,} waiting" if queued else ""
    jobs = "job" if running == 1 else "jobs"
    return f"The server is busy: {running:,} {jobs} running{waiting}; try again in a moment."


def describe(limits: Limits) -> str:
    """The limits as a page shows them (Add article, Import layer), e.g. ``Previews run in
    worker processes: 2 at a time on this server and 2 waiting, more refused until one
    ends; …``."""
    waiting = f"{limits.queue:,} waiting" if limits.queue else "none waiting"
    memory = f" and {limits.memory_mb:,} MB" if limits.memory_mb else ""
    return (
        f"Previews run in worker processes: {limits.workers:,} at a time on this server and "
        f"{waiting}, more refused until one ends; a new one of yours replaces your last. "
        f"Each may take {limits.seconds:,.0f} s{memory}."
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
