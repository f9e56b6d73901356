"""Dagster's SQLite event log, with its connections kept open for the life of the process.

Dagster's stock SQLite event log opens a new SQLAlchemy engine and SQLite connection for every
read and every write (``NullPool``): a publish run makes about 360 of them, at 1.5 to 2 ms each,
which was a quarter of a cold run. This storage keeps one pooled engine per database file
(the index and the most recent run shards) and is otherwise the stock one: same files, same
schema, same WAL journal, so the UI, the daemon and ``dagster`` commands read the same history,
and an instance can switch between the two classes in ``dagster.yaml`` at any time.

Each connection to a database in WAL mode (Dagster puts its shards in it) also commits with
``PRAGMA synchronous=NORMAL`` instead of SQLite's default ``FULL``: a commit then appends to the
WAL without waiting for the disk, which only a checkpoint does. SQLite documents WAL with NORMAL as
safe from corruption; a power cut (not a crash of the process) may lose the last transactions,
that is the last events of a run's record, never the published files (flushed by
``pipelines/publishing/release.py``). A publish commits about 380 times; that wait was the largest
single cost of adding one document to a large package (README, "Adding one document"). A database
in another journal mode keeps SQLite's default.

Configured in ``dagster_home/dagster.yaml``; ``base_dir`` defaults to ``$DAGSTER_HOME/storage``,
where the stock storage keeps its files. It replaces the stock class's connection method, which
is not part of Dagster's public API: Dagster is pinned (pyproject.toml), and tests/test_storage.py
runs a real publish through it and reads the run back with the stock class, so an upgrade that
changes those internals fails there first.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Iterator

from dagster import Field, StringSource
from sqlalchemy import event
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SqliteEventLogStorage,
)
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._serdes import ConfigurableClassData

# Engines kept open at once: the index plus the runs being written or watched. An engine holds at
# most one idle connection (every use is serialised by the storage's lock).
MAX_OPEN_SHARDS = 8


def default_base_dir() -> str:
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        raise ValueError("PooledSqliteEventLogStorage needs base_dir or the DAGSTER_HOME environment variable")
    return os.path.join(home, "storage")


def _commit_without_waiting_for_the_disk(connection, _record) -> None:
    """``synchronous=NORMAL`` on a new SQLite connection to a WAL database (module docstring)."""
    cursor = connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() == "wal":
            cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` with one long-lived engine per shard instead of one per query."""

    def __init__(self, base_dir: str | None = None, inst_data: ConfigurableClassData | None = None):
        self._engines: OrderedDict[str, Any] = OrderedDict()
        self._engines_lock = threading.RLock()
        super().__init__(base_dir or default_base_dir(), inst_data=inst_data)

    @classmethod
    def config_type(cls):
        return {"base_dir": Field(StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> "PooledSqliteEventLogStorage":
        return cls(inst_data=inst_data, **config_value)

    def _engine(self, shard: str):
        """The shard's engine, created (and its database initialised) on first use."""
        with self._engines_lock:
            engine = self._engines.get(shard)
            if engine is not None:
                self._engines.move_to_end(shard)
                return engine
            engine = create_engine(
                self.conn_string_for_shard(shard),
                # One connection at a time per shard, plus the few reads Dagster nests inside a
                # write transaction (a table check while asset tags are stored).
                pool_size=1,
                max_overflow=4,
                connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
            )
            event.listen(engine, "connect", _commit_without_waiting_for_the_disk)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
                # a new database is put in WAL mode by the initialisation, after its first
                # connection was opened: the next one commits with synchronous=NORMAL
                engine.dispose()
            self._engines[shard] = engine
            while len(self._engines) > MAX_OPEN_SHARDS:
                oldest = next(s for s in self._engines if s != INDEX_SHARD_NAME)
                self._engines.pop(oldest).dispose()
            return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Any]:
        with self._db_lock:
            engine = self._engine(shard)
            with engine.connect() as conn:
                with conn.begin():
                    yield conn

    def _initdb(self, engine: Any, for_index_shard: bool = False) -> None:
        """The stock initialisation, one process at a time (an exclusive lock on a file beside the
        databases). Two processes that open a new instance together (a run and a Celery worker, the
        UI and a run) would otherwise both see an index without a version stamp, and one stamps the
        last known revision while the other stamps the head: two heads, and every later open fails."""
        with open(os.path.join(self._base_dir, ".init.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                super()._initdb(engine, for_index_shard=for_index_shard)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def has_table(self, table_name: str) -> bool:
        # Without the storage lock, as the stock method: Dagster calls it inside a transaction.
        engine = self._engine(INDEX_SHARD_NAME)
        with engine.connect() as conn:
            return bool(engine.dialect.has_table(conn, table_name))

    def wipe(self) -> None:
        for shard in list(self._engines):
            self._close_shard(shard)
        super().wipe()

    def _close_shard(self, shard: str) -> None:
        with self._engines_lock:
            engine = self._engines.pop(shard, None)
        if engine is not None:
            engine.dispose()

    def dispose(self) -> None:
        for shard in list(self._engines):
            self._close_shard(shard)
        super().dispose()
