"""A session's long work in a worker process (:mod:`geo.jobs`): one job per slot (one per
page's purpose) and session, its progress drawn while it runs with a Cancel button, its
outcome kept in the session for the inputs it was for.

A page calls :func:`outcome` on every run with a fingerprint of its inputs. New inputs
submit a job in the session's slot, which replaces the slot's older job (the runner drops
it: one job per page and session, however fast a script asks), or are refused when the
server holds all the jobs its limits allow (:func:`geo.joblimits.admit`): the page says so
with a Try again button, and its widgets keep what was typed. The run waits
:attr:`geo.jobs.Limits.wait` seconds for the job, so that a short one's result shows at
once; otherwise a fragment that Streamlit reruns every :data:`POLL_SECONDS` draws the queue
place or the progress bar and the Cancel button, and reruns the app when the job ends.
Each poll is the job's heartbeat: a closed tab stops polling, and the runner's reaper
kills its job.

AppTest cannot fire the fragment's timer: page tests set ``INCIDENT_ATLAS_JOB_WAIT`` so
that the run waits for the job; ``tests/browser/test_jobs_browser.py`` shows the progress
and a Cancel in a real browser.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

import streamlit as st

from geo.joblimits import describe
from geo.jobs import JobFn, JobRunner, JobStatus, ServerBusy, parse_limits

POLL_SECONDS = 1.0
"""How often a page asks for its running job (its heartbeat, and its progress bar)."""
OWNER = "jobs_owner"
"""Session key of the session's id in the runner's slots (one job per page and session)."""


@st.cache_resource(show_spinner=False)
def runner() -> JobRunner:
    """The server's one job runner (its limits from the environment: README "Hostile load")."""
    return JobRunner(parse_limits(), preload=("ui.jobwarm",))


@dataclass(frozen=True)
class Held:
    """A slot's job in session state: what it was given, its id, and once it has ended, how."""

    inputs: str
    job: str
    label: str
    unit: str
    ended: JobStatus | None = None


def outcome(
    slot: str, inputs: str, label: str, unit: str, fn: JobFn, *args: Any
) -> JobStatus | None:
    """The ended job for ``inputs`` (``done`` with its result, or ``failed``, ``cancelled``,
    ``gone``, ``refused`` (the server full) with a message), or None while it is queued or
    runs (its progress is drawn).

    Parameters
    ----------
    slot
        The session-state key of this page's job.
    inputs
        A fingerprint of what ``args`` hold: the same inputs, the same job.
    label
        What the job does, for its progress ("Finding incidents").
    unit
        What its progress counts ("sentences", "rows").
    fn, args
        The job: ``fn(*args, progress=…)`` in a worker process (picklable).
    """
    held = st.session_state.get(slot)
    if held is not None and held.inputs == inputs:
        if held.ended is not None:
            return held.ended
        status = runner().poll(held.job)
    else:
        owner = st.session_state.setdefault(OWNER, uuid.uuid4().hex)
        try:  # replaces the slot's older job, if any
            job = runner().submit(fn, *args, slot=f"{owner} {slot}")
        except ServerBusy as exc:
            return _end(slot, Held(inputs, "", label, unit), JobStatus("refused", message=str(exc)))
        held = Held(inputs, job, label, unit)
        st.session_state[slot] = held
        # Read per run, not from the cached runner: page tests set it per test.
        status = runner().wait(held.job, parse_limits().wait)
    if status.finished:
        return _end(slot, held, status)
    _progress(slot)
    return None


def clear(slot: str) -> None:
    """Drop the slot's job and outcome (after a save; "Try again")."""
    held = st.session_state.pop(slot, None)
    if held is not None:
        runner().forget(held.job)


def cancel(slot: str) -> None:
    """Stop the slot's job (the Cancel button's callback); the page shows it cancelled."""
    held = st.session_state.get(slot)
    if held is None or held.ended is not None:
        return
    runner().cancel(held.job)
    _end(slot, held, JobStatus("cancelled", message="Cancelled."))


def show_ended(slot: str, status: JobStatus) -> None:
    """A job that did not give a result: its message, and a button to run it again when
    that may help (not for a refused input: the input has to change)."""
    if status.state == "cancelled":
        st.info(f"{status.message} Change the input, or try again.")
    elif status.state == "refused":
        st.warning(f"{status.message} What you entered is kept.")
    else:
        st.error(status.message)
    if status.retry:
        st.button("Try again", key=f"{slot}_again", on_click=clear, args=(slot,))


def show_limits() -> None:
    """The job limits this server enforces, as a caption beside the page's other limits."""
    st.caption(describe(runner().limits))


def _end(slot: str, held: Held, status: JobStatus) -> JobStatus:
    st.session_state[slot] = replace(held, ended=status)
    runner().forget(held.job)  # the session keeps the outcome; the runner needs it no more
    return status


@st.fragment(run_every=POLL_SECONDS)
def _progress(slot: str) -> None:
    """The job's place in the queue or its progress, and Cancel; the app reruns when it ends."""
    held = st.session_state.get(slot)
    if held is None or held.ended is not None:
        st.rerun()  # cancelled or cleared meanwhile: the page draws what it is now
    status = runner().poll(held.job)
    if status.finished:
        _end(slot, held, status)
        st.rerun()
    st.progress(status.fraction or 0.0, text=progress_text(held.label, held.unit, status))
    st.button("Cancel", key=f"{slot}_cancel", on_click=cancel, args=(slot,))


def progress_text(label: str, unit: str, status: JobStatus) -> str:
    """``Finding incidents: 1,200 of 9,800 sentences · 14 s`` (or its place in the queue)."""
    if status.state == "queued":
        return (f"{label}: waiting for a free worker, place {status.place} in the queue · "
                f"{status.elapsed:.0f} s")  # fmt: skip
    done = f": {status.done:,} of {status.total:,} {unit}" if status.total else "…"
    return f"{label}{done} · {status.elapsed:.0f} s"
