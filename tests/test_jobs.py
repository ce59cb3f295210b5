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

from geo.joblimits import admit, busy_message, describe  # noqa: E402
from geo.jobs import JobRunner, JobStatus, Limits, ServerBusy, parse_limits  # noqa: E402

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
            "INCIDENT_ATLAS_JOB_QUEUE": "0",
            "INCIDENT_ATLAS_JOB_SECONDS": "12.5",
            "INCIDENT_ATLAS_JOB_MEMORY_MB": "0",
            "INCIDENT_ATLAS_JOB_HEARTBEAT": "9",
            "INCIDENT_ATLAS_JOB_WAIT": "0",
            "INCIDENT_ATLAS_JOB_NICE": "40",
        }
    )
    assert got == Limits(
        workers=3, queue=0, seconds=12.5, memory_mb=0, heartbeat=9.0, wait=0.0, nice=19
    )
    assert Limits().workers == Limits().queue == max(1, os.cpu_count() or 1)
    # The queue follows the workers unless set: one waiting job per worker.
    assert parse_limits({"INCIDENT_ATLAS_JOBS": "5"}).queue == 5
    assert parse_limits({"INCIDENT_ATLAS_JOB_QUEUE": "7"}).queue == 7


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("INCIDENT_ATLAS_JOBS", "0"),
        ("INCIDENT_ATLAS_JOBS", "2.5"),
        ("INCIDENT_ATLAS_JOB_SECONDS", "-1"),
        ("INCIDENT_ATLAS_JOB_SECONDS", "soon"),
        ("INCIDENT_ATLAS_JOB_HEARTBEAT", "0"),
        ("INCIDENT_ATLAS_JOB_MEMORY_MB", "lots"),
        ("INCIDENT_ATLAS_JOB_QUEUE", "-1"),
        ("INCIDENT_ATLAS_JOB_QUEUE", "many"),
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


# ---- the cap: a server holds at most workers + queue jobs, a slot one ------------------


@pytest.mark.parametrize(
    ("workers", "queue", "running", "queued", "replacing", "verdict"),
    [
        (2, 2, 0, 0, None, "run"),
        (2, 2, 1, 0, None, "run"),
        (2, 2, 1, 1, None, "wait"),  # a worker just freed goes to the one in line first
        (2, 2, 2, 0, None, "wait"),
        (2, 2, 2, 1, None, "wait"),
        (2, 2, 2, 2, None, "busy"),
        (2, 0, 1, 0, None, "run"),
        (2, 0, 2, 0, None, "busy"),  # no queue: refused while every worker is taken
        (1, 3, 1, 3, None, "busy"),
        (2, 2, 2, 2, "running", "wait"),  # full, but the session's own running job goes
        (2, 2, 2, 2, "queued", "wait"),  # full, but the session's own waiting job goes
        (2, 0, 2, 0, "running", "run"),
        (1, 0, 1, 0, "running", "run"),
        (2, 2, 1, 0, "running", "run"),
    ],
)
def test_admission(workers, queue, running, queued, replacing, verdict):
    got = admit(Limits(workers=workers, queue=queue), running, queued, replacing)
    assert got.verdict == verdict
    assert got.admitted == (verdict != "busy")
    assert (got.message != "") == (verdict == "busy")


@pytest.mark.parametrize(
    ("workers", "queue", "replacing"),
    [(1, 0, "running"), (1, 1, "running"), (1, 1, "queued"), (4, 8, "running"), (4, 8, "queued")],
)
def test_a_replacement_is_never_refused(workers, queue, replacing):
    """A full server still takes a session's new preview in place of its older one."""
    assert admit(Limits(workers=workers, queue=queue), workers, queue, replacing).admitted


@pytest.mark.parametrize(
    ("running", "queued", "message"),
    [
        (2, 2, "The server is busy: 2 jobs running, 2 waiting; try again in a moment."),
        (1, 0, "The server is busy: 1 job running; try again in a moment."),
        (16, 1200, "The server is busy: 16 jobs running, 1,200 waiting; try again in a moment."),
    ],
)
def test_the_busy_message_says_how_busy(running, queued, message):
    assert busy_message(running, queued) == message
    assert admit(Limits(workers=running, queue=queued), running, queued).message == message


@pytest.mark.parametrize(
    ("limits", "text"),
    [
        (
            Limits(workers=2, queue=2, seconds=600, memory_mb=1536),
            "Previews run in worker processes: 2 at a time on this server and 2 waiting, "
            "more refused until one ends; a new one of yours replaces your last. "
            "Each may take 600 s and 1,536 MB.",
        ),
        (
            Limits(workers=1, queue=0, seconds=12.5, memory_mb=0),
            "Previews run in worker processes: 1 at a time on this server and none waiting, "
            "more refused until one ends; a new one of yours replaces your last. "
            "Each may take 12 s.",
        ),
    ],
)
def test_the_limits_as_the_pages_show_them(limits, text):
    assert describe(limits) == text


def test_jobs_past_the_cap_are_refused_and_nothing_else_changes(make_runner):
    runner = make_runner(workers=1, queue=1)
    first = runner.submit(h.sleep_for, SLOW)
    until(runner, first, lambda s: s.state == "running")
    second = runner.submit(h.sleep_for, SLOW)
    refused = 0
    for _ in range(5):  # a script hammering the page: five more than the server holds
        with pytest.raises(ServerBusy) as busy:
            runner.submit(h.add, 1, 1, slot="another session add")
        refused += 1
    assert refused == 5
    assert str(busy.value) == "The server is busy: 1 job running, 1 waiting; try again in a moment."
    assert runner.load() == (1, 1)
    assert (runner.poll(first).state, runner.poll(second).place) == ("running", 1)
    runner.cancel(first)  # a place frees: the next request is taken again
    until(runner, second, lambda s: s.state == "running")
    third = runner.submit(h.add, 2, 3)
    assert runner.poll(third).place == 1
    runner.cancel(second)
    assert runner.wait(third, 20).result == 5


def test_a_new_job_in_a_slot_replaces_the_older_one_even_when_full(make_runner, tmp_path):
    runner = make_runner(workers=1, queue=1)
    pid_file = tmp_path / "pid"
    mine = runner.submit(h.sleep_noting_pid, SLOW, str(pid_file), slot="s1 add_job")
    until(runner, mine, lambda s: s.state == "running" and pid_file.exists())
    pid = int(pid_file.read_text())
    theirs = runner.submit(h.sleep_for, SLOW, slot="s2 add_job")
    with pytest.raises(ServerBusy):  # full: a third session is refused…
        runner.submit(h.add, 1, 1, slot="s3 add_job")
    newer = runner.submit(h.add, 20, 22, slot="s1 add_job")  # …the first's new text is not
    assert runner.poll(mine).state == "gone"  # dropped: nobody wants its result
    deadline = time.monotonic() + 10
    while alive(pid) and time.monotonic() < deadline:
        runner.wait(newer, 0.05)
    assert not alive(pid)  # its worker process was killed
    until(runner, theirs, lambda s: s.state == "running")  # the freed worker: next in line
    assert runner.poll(newer).place == 1
    assert runner.load() == (1, 1)
    runner.cancel(theirs)
    assert runner.wait(newer, 20).result == 42


def test_a_slot_hammered_holds_one_job(make_runner):
    runner = make_runner(workers=1, queue=0)
    jobs = [runner.submit(h.sleep_for, SLOW, slot="s1 imp_read") for _ in range(10)]
    assert sum(runner.load()) == 1
    assert [runner.poll(j).state for j in jobs[:-1]] == ["gone"] * 9
    until(runner, jobs[-1], lambda s: s.state == "running")
    with pytest.raises(ServerBusy):  # the one worker is this session's; another waits
        runner.submit(h.add, 1, 1, slot="s2 imp_read")
