"""The Dagster event log of the project (pipelines/runtime/storage.py): pooled connections, same files as
Dagster's stock SQLite storage."""

from __future__ import annotations

import logging
import time
import uuid

import pytest
from dagster import AssetKey, DagsterInstance
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

from pipelines.runtime.storage import MAX_OPEN_SHARDS, PooledSqliteEventLogStorage


def message(run_id: str, text: str) -> EventLogEntry:
    return EventLogEntry(error_info=None, level=logging.INFO, user_message=text, run_id=run_id, timestamp=time.time())


def texts(storage, run_id: str) -> list[str]:
    return [e.user_message for e in storage.get_logs_for_run(run_id)]


def test_the_project_instance_uses_the_pooled_storage_and_the_stock_one_reads_its_runs(workdir):
    """A real publish run recorded through the project's dagster.yaml is read back, event for
    event, by Dagster's own SQLite storage on the same folder."""
    from pipelines.cli import run_publish_job

    result = run_publish_job()
    assert result.success
    with DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, PooledSqliteEventLogStorage)
        ours = instance.all_logs(result.run_id)
        assert instance.get_latest_materialization_event(AssetKey("release")) is not None
    stock = SqliteEventLogStorage(str(workdir / "dagster_home" / "storage"))
    theirs = stock.get_logs_for_run(result.run_id)
    assert len(theirs) == len(ours) > 50
    assert [e.dagster_event_type for e in theirs] == [e.dagster_event_type for e in ours]
    assert stock.get_latest_materialization_events([AssetKey("warehouse")])[AssetKey("warehouse")] is not None


def test_open_databases_are_bounded_and_an_evicted_run_reads_back(tmp_path):
    storage = PooledSqliteEventLogStorage(str(tmp_path))
    runs = [str(uuid.uuid4()) for _ in range(MAX_OPEN_SHARDS + 4)]
    for run_id in runs:
        storage.store_event(message(run_id, f"hello {run_id}"))
    assert len(storage._engines) <= MAX_OPEN_SHARDS
    assert runs[0] not in storage._engines                     # the oldest run was closed
    assert texts(storage, runs[0]) == [f"hello {runs[0]}"]    # and reopens on demand
    storage.dispose()
    assert not storage._engines


def test_a_second_process_sees_new_events_at_once(tmp_path):
    """The UI reads while a run writes: a kept-open connection must not serve a stale view."""
    writer = PooledSqliteEventLogStorage(str(tmp_path))
    reader = PooledSqliteEventLogStorage(str(tmp_path))
    run_id = str(uuid.uuid4())
    writer.store_event(message(run_id, "one"))
    assert texts(reader, run_id) == ["one"]
    writer.store_event(message(run_id, "two"))
    assert texts(reader, run_id) == ["one", "two"]
    stock = SqliteEventLogStorage(str(tmp_path))
    stock.store_event(message(run_id, "three"))
    assert texts(writer, run_id) == ["one", "two", "three"]


def test_wipe_closes_the_open_databases_first(tmp_path):
    storage = PooledSqliteEventLogStorage(str(tmp_path))
    run_id = str(uuid.uuid4())
    storage.store_event(message(run_id, "kept"))
    storage.wipe()
    assert texts(storage, run_id) == []
    storage.store_event(message(run_id, "after"))
    assert texts(storage, run_id) == ["after"]


def test_base_dir_defaults_to_the_dagster_home_storage_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    storage = PooledSqliteEventLogStorage.from_config_value(None, {})
    assert (tmp_path / "storage" / "index.db").is_file()
    storage.dispose()
    monkeypatch.delenv("DAGSTER_HOME")
    with pytest.raises(ValueError, match="DAGSTER_HOME"):
        PooledSqliteEventLogStorage()


def _open_at(base: str, start: float) -> str:
    """Open the storage on ``base`` at the wall-clock time ``start`` (for a race of processes)."""
    while time.time() < start:
        pass
    try:
        storage = PooledSqliteEventLogStorage(base)
        with storage.index_connection():
            pass
        storage.dispose()
        return "ok"
    except Exception as error:  # noqa: BLE001 - the race's outcome is what the test reads
        return repr(error)


def test_processes_opening_a_new_instance_together_do_not_corrupt_it(tmp_path):
    """A run and a Celery worker (or the UI) opening a fresh instance at the same moment: without the
    initialisation lock, about one round in two left two version stamps in the index, and every later
    open failed ("more than one head present")."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(4) as pool:
        for round_ in range(8):
            base = tmp_path / f"home{round_}"
            base.mkdir()
            start = time.time() + 0.8
            outcomes = pool.starmap(_open_at, [(str(base), start)] * 4)
            assert outcomes == ["ok"] * 4, outcomes
            reopened = PooledSqliteEventLogStorage(str(base))
            assert reopened.alembic_version() is not None
            reopened.dispose()
        # the workers end on their own before the pool's exit (terminating them while one holds
        # the task queue's lock can leave another blocked on it, and the pool's join with it)
        pool.close()
        pool.join()
