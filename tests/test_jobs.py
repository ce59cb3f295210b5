"""The job runner (:mod:`geo.jobs`): jobs run in worker processes, queued under a limit,
stopped at their time and memory budgets, cancelled, reaped when nobody polls them, and
their exceptions come back as messages. Budgets are tiny so that the tests are quick."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import jobs_helpers as h  # noqa: E402

from geo.jobs import JobRunner, JobStatus, Limits, parse_limits  # noqa: E402

SLOW = 30.0  # a job that would run this long is always stopped before


@pytest.fixture
def make_runner() -> Iterator[Callable[..., JobRunner]]:
    made: list[JobRunner] = []

    def make(**limits: float) -> JobRunner:
        runner = JobRunner(Limits(**{"workers": 2, "seconds": 20, "heartbeat": 20, **limits}))
        made.append(runner)
        return runner

    yield make
    for runner in made:
        runner.close()


def until(runner: JobRunner, job: str, ok: Callable[[JobStatus], bool],
          timeout: float = 20) -> JobStatus:  # fmt: skip
    """Poll ``job`` (its heartbeat) until ``ok`` holds; fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = runner.wait(job, 0.05)
        if ok(status):
            return status
    raise AssertionError(f"still {runner.poll(job)} after {timeout} s")


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:  # gone (ESRCH while it exits, ENOENT after)
        return False
    return state != "Z"


def test_a_job_runs_in_another_process_and_returns_its_result(make_runner):
    runner = make_runner()
    job = runner.submit(h.add, 2, 3)
    status = runner.wait(job, 20)
    assert (status.state, status.result, status.message) == ("done", 5, "")
    assert runner.running() == 0


def test_a_job_past_its_time_budget_is_killed_with_a_message(make_runner):
    runner = make_runner(seconds=0.5)
    job = runner.submit(h.sleep_for, SLOW)
    t0 = time.monotonic()
    status = runner.wait(job, 20)
    assert status.state == "failed"
    assert status.message == "Stopped: it ran past its time budget of 0.5 s."
    assert time.monotonic() - t0 < 10
    assert runner.running() == 0


def test_a_job_past_its_memory_budget_stops_with_a_message(make_runner):
    runner = make_runner(memory_mb=64)
    status = runner.wait(runner.submit(h.hog, 512), 20)
    assert status.state == "failed"
    assert "memory" in status.message and "64 MB" in status.message
    within = runner.wait(runner.submit(h.hog, 16), 20)  # under the budget: it runs
    assert (within.state, within.result) == ("done", 16)


def test_cancel_kills_the_running_process(make_runner, tmp_path):
    runner = make_runner()
    pid_file = tmp_path / "pid"
    job = runner.submit(h.sleep_noting_pid, SLOW, str(pid_file))
    until(runner, job, lambda s: s.state == "running" and pid_file.exists())
    pid = int(pid_file.read_text())
    assert alive(pid)
    runner.cancel(job)
    status = runner.poll(job)
    assert (status.state, status.message) == ("cancelled", "Cancelled.")
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        runner.wait(job, 0.05)
    assert not alive(pid)


def test_a_job_nobody_polls_is_reaped_and_its_process_killed(make_runner, tmp_path):
    runner = make_runner(heartbeat=0.5)
    pid_file = tmp_path / "pid"
    job = runner.submit(h.sleep_noting_pid, SLOW, str(pid_file))
    until(runner, job, lambda s: s.state == "running" and pid_file.exists())
    pid = int(pid_file.read_text())
    time.sleep(1.5)  # no poll: the page that asked for it is gone
    assert runner.running() == 0
    assert not alive(pid)
    status = runner.poll(job)
    assert status.state == "gone" and "Start it again" in status.message


def test_a_worker_dies_with_the_server_that_started_it(tmp_path):
    """A killed server leaves no job running: its reaper is gone, so its workers go too."""
    pid_file = tmp_path / "pid"
    script = (
        "import sys, time; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "import jobs_helpers as h; from geo.jobs import JobRunner\n"
        "r = JobRunner(); r.submit(h.sleep_noting_pid, 30, sys.argv[3]); time.sleep(60)\n"
    )
    tests, root = Path(__file__).parent, Path(__file__).parent.parent
    server = subprocess.Popen([sys.executable, "-c", script, str(tests), str(root), str(pid_file)])
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        pid = int(pid_file.read_text())
        assert alive(pid)
    finally:
        server.kill()
        server.wait()
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid)


def test_exceptions_come_back_as_messages(make_runner):
    runner = make_runner()
    refused = runner.wait(runner.submit(h.refuse, "Row 3: no date."), 20)
    assert (refused.state, refused.message, refused.retry) == ("failed", "Row 3: no date.", False)
    crashed = runner.wait(runner.submit(h.crash), 20)
    assert (crashed.state, crashed.retry) == ("failed", True)
    assert crashed.message == "It failed unexpectedly (KeyError)."


def test_jobs_queue_in_order_under_the_limit(make_runner):
    runner = make_runner(workers=1)
    first = runner.submit(h.sleep_for, SLOW)
    second, third = runner.submit(h.add, 1, 1), runner.submit(h.add, 2, 2)
    until(runner, first, lambda s: s.state == "running")
    assert (runner.poll(second).state, runner.poll(second).place) == ("queued", 1)
    assert (runner.poll(third).state, runner.poll(third).place) == ("queued", 2)
    assert runner.running() == 1
    runner.cancel(first)  # its place goes to the next in line
    assert runner.wait(second, 20).result == 2
    assert runner.wait(third, 20).result == 4


def test_a_queued_job_can_be_cancelled_and_others_move_up(make_runner):
    runner = make_runner(workers=1)
    first = runner.submit(h.sleep_for, SLOW)
    second, third = runner.submit(h.add, 1, 1), runner.submit(h.add, 2, 2)
    until(runner, first, lambda s: s.state == "running")
    runner.cancel(second)
    assert runner.poll(second).state == "cancelled"
    assert runner.poll(third).place == 1
    runner.forget(first)
    assert runner.poll(first).state == "gone"
    assert runner.wait(third, 20).result == 4


def test_progress_is_reported_while_the_job_runs(make_runner):
    runner = make_runner()
    job = runner.submit(h.report_then_sleep, 3, 12, SLOW)
    status = until(runner, job, lambda s: s.total > 0)
    assert (status.state, status.done, status.total, status.fraction) == ("running", 3, 12, 0.25)
    assert status.elapsed >= 0
    runner.cancel(job)


def test_limits_from_the_environment():
    assert parse_limits({}) == Limits()
    got = parse_limits(
        {
            "INCIDENT_ATLAS_JOBS": "3",
            "INCIDENT_ATLAS_JOB_SECONDS": "12.5",
            "INCIDENT_ATLAS_JOB_MEMORY_MB": "0",
            "INCIDENT_ATLAS_JOB_HEARTBEAT": "9",
            "INCIDENT_ATLAS_JOB_WAIT": "0",
            "INCIDENT_ATLAS_JOB_NICE": "40",
        }
    )
    assert got == Limits(workers=3, seconds=12.5, memory_mb=0, heartbeat=9.0, wait=0.0, nice=19)
    assert Limits().workers == max(1, os.cpu_count() or 1)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("INCIDENT_ATLAS_JOBS", "0"),
        ("INCIDENT_ATLAS_JOBS", "2.5"),
        ("INCIDENT_ATLAS_JOB_SECONDS", "-1"),
        ("INCIDENT_ATLAS_JOB_SECONDS", "soon"),
        ("INCIDENT_ATLAS_JOB_HEARTBEAT", "0"),
        ("INCIDENT_ATLAS_JOB_MEMORY_MB", "lots"),
    ],
)
def test_bad_limits_are_refused_with_their_name(name, value):
    with pytest.raises(ValueError, match=name):
        parse_limits({name: value})


def test_the_progress_line_tells_the_queue_place_or_the_count():
    from ui.jobs import progress_text

    queued = JobStatus("queued", place=2, elapsed=4.4)
    assert progress_text("Finding incidents", "sentences", queued) == (
        "Finding incidents: waiting for a free worker, place 2 in the queue · 4 s"
    )
    running = JobStatus("running", elapsed=14.2, done=1200, total=9800)
    assert progress_text("Finding incidents", "sentences", running) == (
        "Finding incidents: 1,200 of 9,800 sentences · 14 s"
    )
    assert progress_text("Reading the file", "rows", JobStatus("running")) == (
        "Reading the file… · 0 s"
    )
