"""Long work outside the server's process: a queue of jobs, each run in a worker process with
a time and a memory budget, that can be cancelled and that dies when nobody asks for it.

Extraction is CPU-bound Python: run in the server's process, one 2 MB preview held the GIL
for 40 s and five at once made every viewer's page wait minutes (README "Hostile load").
:class:`JobRunner` runs a picklable function in a child process instead, at most
:attr:`Limits.workers` at a time, the others queued in order of arrival. A thread of the
runner (the *reaper*) starts queued jobs, reads what children send, and kills a child that
outlives its time budget or whose job nobody polled for :attr:`Limits.heartbeat` seconds
(its page was closed, its session ended). Children are forked from a *forkserver*: the
server has threads, which a plain fork would copy in an unknown state; the fork server is
one clean process that imports the ``preload`` modules once, so each job starts warm.

A job function is called as ``fn(*args, progress=report)``; ``report(done, total)`` may be
called as often as convenient (it is throttled here). It returns a picklable result; a
``ValueError`` is the user's mistake and its message is passed on as it is. No Streamlit
here: :mod:`ui.jobs` ties jobs to sessions and draws them.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import sys
import threading
import time
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

WORKERS_ENV = "INCIDENT_ATLAS_JOBS"
SECONDS_ENV = "INCIDENT_ATLAS_JOB_SECONDS"
MEMORY_ENV = "INCIDENT_ATLAS_JOB_MEMORY_MB"
HEARTBEAT_ENV = "INCIDENT_ATLAS_JOB_HEARTBEAT"
WAIT_ENV = "INCIDENT_ATLAS_JOB_WAIT"
NICE_ENV = "INCIDENT_ATLAS_JOB_NICE"
TICK = 0.25
"""Seconds between the reaper's checks: a budget or a heartbeat is enforced this late."""
REPORT_EVERY = 0.2
"""A child sends at most this many progress reports per second (and the last one)."""
FINISHED = frozenset({"done", "failed", "cancelled", "gone"})

JobFn = Callable[..., Any]


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


@dataclass(frozen=True)
class JobStatus:
    """Where a job is, as a page shows it.

    Attributes
    ----------
    state
        ``queued``, ``running``, ``done``, ``failed``, ``cancelled`` or ``gone`` (unknown
        to the runner: reaped, or never submitted here).
    place
        While queued, its place in the queue (1: next); else 0.
    elapsed
        Seconds in its current state (queued: waiting; running: running).
    done, total
        The progress it last reported (``total`` 0: none reported).
    result
        What the function returned (``done`` only).
    message
        Why it did not finish (``failed``, ``cancelled``, ``gone``), for the user.
    retry
        Running it again may succeed: it was stopped (budget, cancel, reaped, a crash), not
        refused for its input (a ``ValueError``).
    """

    state: str
    place: int = 0
    elapsed: float = 0.0
    done: int = 0
    total: int = 0
    result: Any = None
    message: str = ""
    retry: bool = True

    @property
    def finished(self) -> bool:
        """Nothing more will happen to it."""
        return self.state in FINISHED

    @property
    def fraction(self) -> float | None:
        """The share reported done (0–1), or None when the job reports no progress."""
        return min(1.0, self.done / self.total) if self.total > 0 else None


@dataclass
class _Job:
    id: str
    fn: JobFn
    args: tuple[Any, ...]
    seen: float  # the last poll (monotonic)
    since: float  # when it entered its state
    status: JobStatus = field(default_factory=lambda: JobStatus("queued"))
    proc: Any = None  # the worker process while it runs
    conn: Connection | None = None


class JobRunner:
    """Run functions in worker processes, queued, budgeted, cancellable, reaped.

    Parameters
    ----------
    limits
        Workers, budgets and heartbeat (:func:`parse_limits`).
    preload
        Modules the fork server imports once, so every job starts with them loaded.
    method
        ``forkserver`` (Linux; the default) or ``spawn``: never ``fork``, which would copy
        the server's threads mid-flight.
    """

    def __init__(
        self, limits: Limits | None = None, *, preload: tuple[str, ...] = (),
        method: str = "forkserver",
    ) -> None:  # fmt: skip
        self.limits = limits or Limits()
        self._ctx: Any = mp.get_context(method)  # typeshed: Process only on the concrete kinds
        if method == "forkserver":
            self._ctx.set_forkserver_preload(list(preload))
        self._jobs: dict[str, _Job] = {}
        self._queue: deque[str] = deque()
        self._dying: list[Any] = []  # killed processes not yet reaped
        self._changed = threading.Condition()
        self._wake_r, self._wake_w = os.pipe()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="job-reaper", daemon=True)
        self._thread.start()

    # ---- the callers' side (any thread) ---------------------------------------------

    def submit(self, fn: JobFn, *args: Any) -> str:
        """Queue ``fn(*args, progress=…)``; its id (polling it is its heartbeat)."""
        job_id = uuid.uuid4().hex
        now = time.monotonic()
        with self._changed:
            if self._closed:
                raise RuntimeError("The job runner is closed.")
            self._jobs[job_id] = _Job(job_id, fn, args, seen=now, since=now)
            self._queue.append(job_id)
        self._wake()
        return job_id

    def poll(self, job_id: str) -> JobStatus:
        """The job's status now; also its heartbeat."""
        with self._changed:
            return self._status(job_id, time.monotonic())

    def wait(self, job_id: str, timeout: float) -> JobStatus:
        """The status once the job has finished, or after ``timeout`` seconds (a heartbeat)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                status = self._status(job_id, time.monotonic())
                left = deadline - time.monotonic()
                if status.finished or left <= 0:
                    return status
                self._changed.wait(min(left, self.limits.heartbeat / 2))

    def cancel(self, job_id: str) -> None:
        """Stop the job (its process killed, or taken out of the queue); it stays
        ``cancelled`` until forgotten."""
        with self._changed:
            job = self._jobs.get(job_id)
            if job is not None and not job.status.finished:
                self._end(job, JobStatus("cancelled", message="Cancelled."), time.monotonic())
        self._wake()

    def forget(self, job_id: str) -> None:
        """Drop the job (killed first if it still runs): its result is no longer wanted."""
        self.cancel(job_id)
        with self._changed:
            self._jobs.pop(job_id, None)

    def running(self) -> int:
        """How many jobs have a worker process now."""
        with self._changed:
            return sum(1 for j in self._jobs.values() if j.status.state == "running")

    def close(self) -> None:
        """Kill every job and stop the reaper (tests; the server's exit kills workers too)."""
        with self._changed:
            self._closed = True
            for job in self._jobs.values():
                if not job.status.finished:
                    self._end(job, JobStatus("cancelled", message="Cancelled."), time.monotonic())
        self._wake()
        self._thread.join(timeout=5)
        for proc in self._dying:
            proc.join(timeout=1)

    # ---- under the lock ---------------------------------------------------------------

    def _status(self, job_id: str, now: float) -> JobStatus:
        job = self._jobs.get(job_id)
        if job is None:
            return JobStatus(
                "gone", message="This job is no longer here: it was stopped, or the server "
                "restarted. Start it again."
            )  # fmt: skip
        job.seen = now
        status = job.status
        if status.state == "queued":
            return replace(status, place=self._queue.index(job_id) + 1, elapsed=now - job.since)
        if status.state == "running":
            return replace(status, elapsed=now - job.since)
        return status

    def _end(self, job: _Job, status: JobStatus, now: float) -> None:
        """Move a job to a final state, killing its worker if it has one."""
        if job.proc is not None:
            with contextlib.suppress(Exception):
                job.proc.kill()
            self._dying.append(job.proc)
            job.proc = None
        if job.conn is not None:
            job.conn.close()
            job.conn = None
        with contextlib.suppress(ValueError):
            self._queue.remove(job.id)
        job.status, job.since = status, now
        self._changed.notify_all()

    # ---- the reaper thread ------------------------------------------------------------

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b".")

    def _loop(self) -> None:
        if self._ctx.get_start_method() == "forkserver":  # boot it now, not at the first job
            with contextlib.suppress(Exception):
                from multiprocessing import forkserver

                forkserver.ensure_running()
        while True:
            with self._changed:
                if self._closed:
                    break
            self._start_queued()
            watched = self._watched()
            ready = wait([self._wake_r, *watched], timeout=TICK)
            if self._wake_r in ready:
                os.read(self._wake_r, 4096)
            self._collect()
            self._enforce(time.monotonic())
        os.close(self._wake_r)
        os.close(self._wake_w)

    def _start_queued(self) -> None:
        with self._changed:
            free = self.limits.workers - sum(
                1 for j in self._jobs.values() if j.status.state == "running"
            )
            starting = []
            while free > 0 and self._queue:
                job = self._jobs[self._queue.popleft()]
                job.status, job.since = JobStatus("running"), time.monotonic()
                starting.append(job)
                free -= 1
            if starting:
                self._changed.notify_all()
        for job in starting:  # outside the lock: the first start boots the fork server
            self._start(job)

    def _start(self, job: _Job) -> None:
        reader, writer = self._ctx.Pipe(duplex=False)
        proc = self._ctx.Process(
            target=_child,
            args=(writer, job.fn, job.args, self.limits),
            daemon=True,
        )
        try:
            proc.start()
        except Exception as exc:  # e.g. arguments that cannot be pickled
            reader.close()
            with self._changed:
                self._end(job, JobStatus("failed", message=f"It could not start ({exc})."),
                          time.monotonic())  # fmt: skip
            return
        finally:
            writer.close()
        with self._changed:
            job.proc, job.conn = proc, reader
            if job.status.state != "running":  # cancelled while it was starting
                self._end(job, job.status, job.since)

    def _watched(self) -> list[Any]:
        with self._changed:
            running = [j for j in self._jobs.values() if j.proc is not None]
            return [x for j in running for x in (j.conn, j.proc.sentinel)]

    def _collect(self) -> None:
        """Read what children sent; a child gone without a word failed."""
        with self._changed:
            running = [j for j in self._jobs.values() if j.proc is not None and j.conn]
        for job in running:
            conn, proc = job.conn, job.proc
            messages, eof = _drain(conn) if conn is not None else ([], True)
            exited = proc is not None and not proc.is_alive()
            with self._changed:
                if job.proc is not proc:  # cancelled meanwhile
                    continue
                for message in messages:
                    self._apply(job, message)
                if job.proc is not None and (eof or exited):
                    code = proc.exitcode if exited else None
                    self._end(job, JobStatus("failed", message=self._died(code)),
                              time.monotonic())  # fmt: skip
        with self._changed:
            self._dying = [p for p in self._dying if p.is_alive()]

    def _apply(self, job: _Job, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "progress":
            job.status = replace(job.status, done=int(message[1]), total=int(message[2]))
            self._changed.notify_all()
        elif kind == "done":
            done = replace(job.status, state="done", result=message[1])
            self._end(job, done, time.monotonic())
        elif kind == "failed":
            failed = JobStatus("failed", message=str(message[1]), retry=bool(message[2]))
            self._end(job, failed, time.monotonic())

    def _died(self, code: int | None) -> str:
        memory = self.limits.memory_mb
        hint = f"; it may have needed more than its memory budget ({memory} MB)" if memory else ""
        return f"Stopped: its worker process ended unexpectedly (exit code {code}){hint}."

    def _enforce(self, now: float) -> None:
        """Kill jobs past their time budget; drop jobs nobody polls (their page is gone)."""
        limits = self.limits
        with self._changed:
            for job_id, job in list(self._jobs.items()):
                if now - job.seen > limits.heartbeat:
                    self._end(job, JobStatus("gone"), now)
                    del self._jobs[job_id]
                elif job.status.state == "running" and now - job.since > limits.seconds:
                    why = f"Stopped: it ran past its time budget of {limits.seconds:g} s."
                    self._end(job, JobStatus("failed", message=why), now)


def _drain(conn: Connection) -> tuple[list[tuple[Any, ...]], bool]:
    """Every message waiting on ``conn``, and whether the child's end is closed."""
    out: list[tuple[Any, ...]] = []
    try:
        while conn.poll():
            out.append(conn.recv())
    except (EOFError, OSError):
        return out, True
    return out, False


# ---- the child's side -------------------------------------------------------------------


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


def _child(conn: Connection, fn: JobFn, args: tuple[Any, ...], limits: Limits) -> None:
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
