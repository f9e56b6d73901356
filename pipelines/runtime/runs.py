"""Runs of the ``opendata`` command in the Dagster instance: no run can block the next one.

A run killed while it holds the ``duckdb`` pool's slot (dagster_home/dagster.yaml) never gives it
back, and Dagster's in-process executor then waits for it forever, on one core, deaf to SIGTERM
and SIGINT (its loop never sleeps and never looks at the interrupt it captured). So:

- every run of the command carries its process id, host and process start time as tags; before a
  run, ``reclaim_dead_runs`` marks failed the runs whose process is gone and frees the pool slots
  they held (and those of runs already finished, or unknown to the run storage);
- ``wait_for_pools`` waits, with a deadline (OPENDATA_LOCK_WAIT), for a slot held by a live run
  (one started from the UI, say), then refuses in French naming the run; SIGINT and SIGTERM stop it;
- ``RunWatchdog`` watches the run itself: if Dagster waits for a slot past the deadline or after
  SIGINT/SIGTERM, it gives back the run's claims, marks the run failed and ends the process with
  a message, instead of a silent spin.

Only Dagster's instance APIs are used: ``event_log_storage.get_concurrency_run_ids``,
``get_concurrency_info``, ``free_concurrency_slots_for_run``, ``get_runs``, ``report_run_failed``.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from pathlib import Path

from ..errors import PipelineError

TAG_PID = "opendata/pid"
TAG_HOST = "opendata/host"
TAG_START = "opendata/process_start"
POOLS = ("duckdb",)
INTERRUPTED_EXIT = 130
TIMEOUT_EXIT = 1          # as every refusal of the command


def wait_seconds() -> float:
    return float(os.environ.get("OPENDATA_LOCK_WAIT", "30"))


def _process_start(pid: int) -> str | None:
    """The start time of process ``pid`` (clock ticks since boot, Linux), None when unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def run_tags() -> dict[str, str]:
    pid = os.getpid()
    return {TAG_PID: str(pid), TAG_HOST: socket.gethostname(), TAG_START: _process_start(pid) or ""}


def _process_gone(tags) -> bool:
    """True when the tags name a process of this host that no longer runs."""
    if tags.get(TAG_HOST) != socket.gethostname() or not str(tags.get(TAG_PID, "")).isdigit():
        return False
    pid = int(tags[TAG_PID])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    started = tags.get(TAG_START)
    return bool(started) and _process_start(pid) not in (None, started)   # the id now names another process


def reclaim_dead_runs(instance) -> list[str]:
    """Mark failed the runs of this command whose process is gone, and free the pool slots held
    by them and by finished or unknown runs. Returns the ids of the runs reclaimed."""
    from dagster import DagsterRunStatus, RunsFilter

    reclaimed = []
    unfinished = instance.get_runs(filters=RunsFilter(
        statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.NOT_STARTED,
                  DagsterRunStatus.CANCELING, DagsterRunStatus.QUEUED],
        tags={TAG_HOST: socket.gethostname()}))
    for run in unfinished:
        if _process_gone(run.tags):
            instance.report_run_failed(run, message=(
                f"Exécution interrompue : son processus ({run.tags.get(TAG_PID)}) n'existe plus ; marquée en échec "
                "et ses emplacements de pool libérés par l'exécution suivante."))
            reclaimed.append(run.run_id)
    storage = instance.event_log_storage
    if getattr(storage, "supports_global_concurrency_limits", False):
        for run_id in storage.get_concurrency_run_ids():
            run = instance.get_run_by_id(run_id)
            if run is None or run.is_finished or run_id in reclaimed or _process_gone(run.tags):
                storage.free_concurrency_slots_for_run(run_id)
                if run_id not in reclaimed:
                    reclaimed.append(run_id)
    return reclaimed


def _holders(instance, pool: str, own_run_id: str | None = None) -> list[str]:
    """Runs other than ours holding every slot of ``pool`` (empty when a slot is free)."""
    storage = instance.event_log_storage
    if not getattr(storage, "supports_global_concurrency_limits", False):
        return []
    info = storage.get_concurrency_info(pool)
    limit = info.limit if info.limit is not None else info.slot_count
    holders = [s.run_id for s in info.claimed_slots if s.run_id != own_run_id]
    if not limit or len(holders) < limit:
        return []
    return holders


def _busy_message(instance, pool: str, holders: list[str], waited: float) -> str:
    runs = []
    for run_id in holders:
        run = instance.get_run_by_id(run_id)
        status = run.status.value if run is not None else "inconnue"
        runs.append(f"{run_id} ({status})")
    return (f"la réserve « {pool} » (un seul écrivain DuckDB à la fois, dagster_home/dagster.yaml) est tenue par "
            f"l'exécution Dagster {', '.join(runs)} ; attendu {waited:.0f} s (OPENDATA_LOCK_WAIT). Rien n'a été "
            "publié. Relancez quand elle sera finie, ou arrêtez-la depuis l'interface (make ui)")


def wait_for_pools(instance, deadline_seconds: float | None = None, poll: float = 0.5) -> None:
    """Wait until each pool of the publish job has a free slot, reclaiming dead runs' slots on the
    way; refuse after ``deadline_seconds`` (OPENDATA_LOCK_WAIT)."""
    limit = wait_seconds() if deadline_seconds is None else deadline_seconds
    started = time.monotonic()
    told = False
    while True:
        reclaim_dead_runs(instance)
        busy = [(pool, holders) for pool in POOLS if (holders := _holders(instance, pool))]
        if not busy:
            return
        if not told:
            sys.stderr.write(f"En attente de la réserve « {busy[0][0]} », tenue par l'exécution Dagster "
                             f"{', '.join(busy[0][1])} (au plus {limit:.0f} s, OPENDATA_LOCK_WAIT)...\n")
            sys.stderr.flush()
            told = True
        waited = time.monotonic() - started
        if waited >= limit:
            pool, holders = busy[0]
            raise PipelineError(_busy_message(instance, pool, holders, waited))
        time.sleep(poll)


class RunWatchdog:
    """Watches a run executed in this process. When Dagster is stuck waiting for a pool slot
    (another run holds it) past the deadline, or has captured SIGINT/SIGTERM while waiting, it frees
    the run's claims, marks the run failed, prints why, and ends the process (Dagster's in-process
    loop would spin on)."""

    def __init__(self, instance, run_id: str, deadline_seconds: float | None = None, poll: float = 0.25):
        self.instance = instance
        self.run_id = run_id
        self.limit = wait_seconds() if deadline_seconds is None else deadline_seconds
        self.poll = poll
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="opendata-run-watchdog", daemon=True)

    def __enter__(self) -> "RunWatchdog":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)

    def _waiting_pool(self) -> str | None:
        storage = self.instance.event_log_storage
        if not getattr(storage, "supports_global_concurrency_limits", False):
            return None
        for pool in POOLS:
            info = storage.get_concurrency_info(pool)
            if any(p.run_id == self.run_id and p.assigned_timestamp is None for p in info.pending_steps):
                return pool
        return None

    def _watch(self) -> None:
        from dagster._utils.interrupts import check_captured_interrupt

        waiting_since = None
        while not self._stop.wait(self.poll):
            try:
                pool = self._waiting_pool()
            except Exception:      # the storage is being closed at the end of the run
                continue
            if pool is None:
                waiting_since = None
                continue
            waiting_since = waiting_since or time.monotonic()
            waited = time.monotonic() - waiting_since
            if check_captured_interrupt():
                self._give_up("la publication a été interrompue (signal reçu) pendant qu'elle attendait la réserve "
                              f"« {pool} » ; rien n'a été publié.", INTERRUPTED_EXIT)
            if waited >= self.limit:
                reclaim_dead_runs(self.instance)
                holders = _holders(self.instance, pool, self.run_id)
                if holders:
                    self._give_up(_busy_message(self.instance, pool, holders, waited), TIMEOUT_EXIT)
                waiting_since = time.monotonic()

    def _give_up(self, message: str, code: int) -> None:
        try:
            self.instance.event_log_storage.free_concurrency_slots_for_run(self.run_id)
            run = self.instance.get_run_by_id(self.run_id)
            if run is not None and not run.is_finished:
                self.instance.report_run_failed(run, message=message)
        finally:
            from .console import stderr      # the run's capture of descriptor 2 would lose it at os._exit

            stderr().write(f"\nErreur : {message}\n")
            stderr().flush()
            sys.stdout.flush()
            os._exit(code)
