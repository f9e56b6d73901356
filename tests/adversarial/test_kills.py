"""Part 1: no run can block the next one. Killed runs (SIGKILL at points of the publishing sequence,
with the shipped dagster.yaml and its one-slot "duckdb" pool) are followed by normal runs that
neither hang nor fail, leave no partial file, and leave latest and the warehouse together; a slot
held by a live run is waited for with a deadline and a French message, and SIGTERM or SIGINT stop
the wait."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from bench.kills import campaign

from ..conftest import ROOT

pytestmark = pytest.mark.slow

# A run that holds the pool's slot as a live run started from the UI would: a run record tagged
# with this process, and the slot claimed for its "release" step.
# A live run record tagged with the script's process, and the pool initialised (both holders).
_LIVE_RUN = """
import time
from dagster import DagsterInstance, DagsterRun, DagsterRunStatus, RunsFilter
from dagster._core.utils import make_new_run_id
from pipelines.runtime.runs import run_tags

with DagsterInstance.get() as instance:
    run = DagsterRun(job_name="publish", run_id=make_new_run_id(), status=DagsterRunStatus.STARTED, tags=run_tags())
    instance.add_run(run)
    storage = instance.event_log_storage
    storage.initialize_concurrency_limit_to_default("duckdb")
"""

HOLDER = _LIVE_RUN + """    claimed = storage.claim_concurrency_slot("duckdb", run.run_id, "release").is_claimed
    print(run.run_id, claimed, flush=True)
    time.sleep(600)
"""


def test_kills_at_each_point_then_normal_runs_give_no_hang_lag_or_leftover(site):
    """A handful of kill points (the bench, bench/kills.py, does N random ones)."""
    # The point that froze every later run (the slot held), and the one that leaves the new
    # folder in place with the warehouse behind it; tests/test_robustness.py kills at the others.
    totals = campaign(site.root, site.env, kills=2, seed=7, timeout=180,
                      points=("warehouse-loading", "warehouse-before-replace"), log=lambda line: None)
    rounds = totals["rounds"]
    assert [r["killed"] for r in rounds] == ["point"] * 2, rounds
    assert totals["hangs"] == 0 and totals["failures"] == 0, rounds
    assert totals["lag"] == 0 and totals["leftovers"] == 0 and totals["stale"] == 0, rounds
    # Each normal run published the version its killed run had not finished (the campaign's first
    # run publishes 1.0.1 from the edited sources).
    assert [r["latest"] for r in rounds] == ["1.0.2", "1.0.3"]
    assert rounds[-1]["warehouse"] == ["1.0.0", "1.0.1", "1.0.2", "1.0.3"]


def _holder(site) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER], cwd=ROOT, env=site.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().split()
    assert line and line[1] == "True", proc.stderr.read() if proc.poll() is not None else line
    return proc, line[0]


def _lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, text: str, seen: list[str], timeout: float = 120) -> None:
    while True:
        line = lines.get(timeout=timeout)
        seen.append(line)
        if text in line:
            return


def test_a_live_run_holding_the_pool_is_waited_for_with_a_deadline_then_refused_in_french(site):
    holder, run_id = _holder(site)
    try:
        done = site.publish(env=site.env | {"OPENDATA_LOCK_WAIT": "2"})
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "réserve « duckdb »" in done.stderr and run_id in done.stderr and "OPENDATA_LOCK_WAIT" in done.stderr
        assert "Rien n'a été publié" in done.stderr
        site.assert_unchanged_at("1.0.0")
    finally:
        holder.kill()
        holder.wait()
    # Its process gone, the holder's slot is reclaimed and its run marked failed: the next run publishes.
    done = site.publish()
    assert done.returncode == 0, done.stderr
    assert site.latest() == "1.0.1" and site.warehouse_view() == (["1.0.0", "1.0.1"], "1.0.1")
    check = subprocess.run([sys.executable, "-c", "import sys\nfrom dagster import DagsterInstance\n"
                            "with DagsterInstance.get() as i: print(i.get_run_by_id(sys.argv[1]).status.value)", run_id],
                           env=site.env, capture_output=True, text=True, timeout=120)
    assert check.stdout.strip() == "FAILURE", check.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_stop_a_run_waiting_for_the_pool(site, signum):
    holder, run_id = _holder(site)
    try:
        waiting = site.spawn(env=site.env | {"OPENDATA_LOCK_WAIT": "600"})
        lines, seen = _lines(waiting.stderr), []
        _wait_for(lines, "En attente de la réserve « duckdb »", seen)
        assert run_id in seen[-1]
        waiting.send_signal(signum)
        try:
            waiting.wait(timeout=60)
        except subprocess.TimeoutExpired:
            waiting.kill()
            pytest.fail(f"signal {signum.name} did not stop the waiting run")
        waiting.stdout.read()
        assert waiting.returncode == 130
        rest = "".join(seen)
        while not lines.empty():
            rest += lines.get()
        assert "interrompue" in rest and "Traceback" not in rest
        site.assert_unchanged_at("1.0.0")
    finally:
        holder.kill()
        holder.wait()


# Takes the slot the moment another run starts, before that run's first "duckdb" step: the run
# then waits inside Dagster's executor (the wait the watchdog bounds).
LATE_HOLDER = _LIVE_RUN + """    print("ready", flush=True)
    while not [r for r in instance.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED]))
               if r.run_id != run.run_id]:
        time.sleep(0.02)
    print(run.run_id, storage.claim_concurrency_slot("duckdb", run.run_id, "release").is_claimed, flush=True)
    time.sleep(600)
"""


@pytest.mark.parametrize("stop", ["deadline", "sigterm"])
def test_a_run_waiting_for_the_pool_inside_dagster_stops_at_the_deadline_or_on_sigterm(site, stop):
    holder = subprocess.Popen([sys.executable, "-c", LATE_HOLDER], cwd=ROOT, env=site.env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read() if holder.poll() is not None else ""
        wait = "3" if stop == "deadline" else "600"
        run = site.spawn(env=site.env | {"OPENDATA_LOCK_WAIT": wait})
        run_id, claimed = holder.stdout.readline().split()
        assert claimed == "True"
        lines, seen = _lines(run.stderr), []
        if stop == "sigterm":
            _wait_for(lines, "Tableaux et validation : terminée", seen)
            time.sleep(1)             # the run is at its "release" step, waiting for the slot
            run.send_signal(signal.SIGTERM)
        try:
            run.wait(timeout=120)
        except subprocess.TimeoutExpired:
            run.kill()
            pytest.fail("the run waiting for the pool neither met its deadline nor stopped on SIGTERM")
        out = run.stdout.read()
        time.sleep(0.5)
        while not lines.empty():
            seen.append(lines.get())
        err = "".join(seen)
        assert "Traceback" not in err
        if stop == "deadline":
            assert run.returncode == 1 and "réserve « duckdb »" in err and run_id in err, err
        else:
            assert run.returncode in (1, 130) and "interrompue" in err + out, err
        site.assert_unchanged_at("1.0.0")
    finally:
        holder.kill()
        holder.wait()
    done = site.publish()
    assert done.returncode == 0, done.stderr
    assert site.latest() == "1.0.1"
