"""Long work outside the server's process: a queue of jobs, each run in a worker process with
a time and a memory budget, that can be cancelled and that dies when nobody asks for it.

Extraction is CPU-bound Python: run in the server's process, one 2 MB preview held the GIL
for 40 s and five at once made every viewer's page wait minutes (README "Hostile load").
:class:`JobRunner` runs a picklable function in a child process instead, at most
:attr:`Limits.workers` at a time, the others queued in order of arrival, at most
:attr:`Limits.queue` of them: one more is refused (:class:`ServerBusy`), so no number of
requests makes the server hold more. A job submitted in a *slot* (:mod:`ui.jobs`: one per
session and page) replaces the slot's older job, so one session holds one job per page
however often it asks. A thread of the
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
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any

from geo.joblimits import Limits, admit, parse_limits
from geo.jobworker import work

__all__ = ["FINISHED", "JobFn", "JobRunner", "JobStatus", "Limits", "ServerBusy", "parse_limits"]

TICK = 0.25
"""Seconds between the reaper's checks: a budget or a heartbeat is enforced this late."""
FINISHED = frozenset({"done", "failed", "cancelled", "gone", "refused"})

JobFn = Callable[..., Any]


class ServerBusy(Exception):
    """A job refused: the server runs and queues as many as its limits allow. Its message
    is for the user (:func:`geo.joblimits.busy_message`)."""


@dataclass(frozen=True)
class JobStatus:
    """Where a job is, as a page shows it.

    Attributes
    ----------
    state
        ``queued``, ``running``, ``done``, ``failed``, ``cancelled`` or ``gone`` (unknown
        to the runner: reaped, or never submitted here); ``refused`` is a page's record of
        a :class:`ServerBusy` (the runner never held it).
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
    slot: str | None = None


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
        self._slots: dict[str, str] = {}  # slot → its job's id
        self._dying: list[Any] = []  # killed processes not yet reaped
        self._changed = threading.Condition()
        self._wake_r, self._wake_w = os.pipe()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="job-reaper", daemon=True)
        self._thread.start()

    # ---- the callers' side (any thread) ---------------------------------------------

    def submit(self, fn: JobFn, *args: Any, slot: str | None = None) -> str:
        """Queue ``fn(*args, progress=…)``; its id (polling it is its heartbeat).

        ``slot`` names whose job of which kind it is: the slot's older job is dropped (its
        process killed) and its place given to this one. Raises :class:`ServerBusy` when
        the server already holds as many jobs as :func:`geo.joblimits.admit` allows.
        """
        job_id = uuid.uuid4().hex
        now = time.monotonic()
        with self._changed:
            if self._closed:
                raise RuntimeError("The job runner is closed.")
            older = self._jobs.get(self._slots.get(slot, "")) if slot is not None else None
            active = older.status.state if older and not older.status.finished else None
            verdict = admit(self.limits, *self._load(), replacing=active)
            if not verdict.admitted:
                raise ServerBusy(verdict.message)
            if older is not None:
                self._drop(older, now)
            self._jobs[job_id] = _Job(job_id, fn, args, seen=now, since=now, slot=slot)
            self._queue.append(job_id)
            if slot is not None:
                self._slots[slot] = job_id
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
        with self._changed:
            job = self._jobs.get(job_id)
            if job is not None:
                self._drop(job, time.monotonic())
        self._wake()

    def running(self) -> int:
        """How many jobs have a worker process now."""
        with self._changed:
            return self._load()[0]

    def load(self) -> tuple[int, int]:
        """How many jobs run and how many wait now."""
        with self._changed:
            return self._load()

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

    def _load(self) -> tuple[int, int]:
        running = sum(1 for j in self._jobs.values() if j.status.state == "running")
        return running, len(self._queue)

    def _drop(self, job: _Job, now: float) -> None:
        """Forget a job, cancelling it first if it is not finished."""
        if not job.status.finished:
            self._end(job, JobStatus("cancelled", message="Cancelled."), now)
        self._jobs.pop(job.id, None)
        if job.slot is not None and self._slots.get(job.slot) == job.id:
            del self._slots[job.slot]

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
            target=work,
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
            for job in list(self._jobs.values()):
                if now - job.seen > limits.heartbeat:
                    self._end(job, JobStatus("gone"), now)
                    self._drop(job, now)
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
