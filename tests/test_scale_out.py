"""Beyond one machine: the same Definitions with Dagster's run, event-log and schedule storage on
PostgreSQL instead of the SQLite files of dagster_home/ (a throwaway PostgreSQL server is started
on loopback from Debian's postgresql package, installed by .ci/run; without it the test is skipped
here and fails in CI), and with other executors: one process per step, and a Celery queue with
a separate worker."""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def postgres(tmp_path):
    pg = _pg_bin()
    if pg is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI (.ci/run installs Debian's postgresql package)")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql); this test runs in CI")
    # Outside pytest's private tmp folder, which the postgres user cannot enter.
    root = Path(tempfile.mkdtemp(prefix="opendata-pg-"))
    data = root / "data"
    data.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:             # initdb refuses root: run the server as the postgres user
        for path in (root, data):
            shutil.chown(path, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(as_user + [str(pg / "initdb"), "-D", str(data), "-A", "trust", "-U", "dagster", "--no-sync"],
                   check=True, capture_output=True)
    subprocess.run(as_user + [str(pg / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w", "-o",
                              f"-h 127.0.0.1 -p {port} -k {data} -F", "start"], check=True, capture_output=True)
    try:
        subprocess.run(as_user + [str(pg / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "dagster",
                                  "opendata"], check=True, capture_output=True)
        yield {"port": port}
    finally:
        subprocess.run(as_user + [str(pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def test_runs_recorded_in_postgresql(postgres, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text(
        "telemetry:\n  enabled: false\n"
        # An explicit driver: SQLAlchemy 2.1 maps a bare postgresql:// to psycopg 3, while
        # dagster-postgres is written for psycopg2.
        "storage:\n  postgres:\n"
        f"    postgres_url: postgresql+psycopg2://dagster@127.0.0.1:{postgres['port']}/opendata\n",
        encoding="utf-8")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env.update(DAGSTER_HOME=str(home), OPENDATA_CACHE=str(tmp_path / "cache"))
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "opendata"), "publish", "--sources", "sources", "--datasets", "datasets"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert "Version 1.0.0 publiée" in done.stdout
    # The run, its events and its asset materialisations are in PostgreSQL, where a webserver and a
    # daemon on other machines would read them.
    check = subprocess.run(
        [sys.executable, "-c",
         "from dagster import DagsterInstance, AssetKey\n"
         "i = DagsterInstance.get()\n"
         "print(type(i.run_storage).__name__)\n"
         "runs = i.get_runs()\n"
         "print(len(runs), runs[0].status.value)\n"
         "print(i.get_latest_materialization_event(AssetKey('key_figures')) is not None)\n"],
        env=env, capture_output=True, text=True, check=True)
    assert check.stdout.split("\n")[:3] == ["PostgresRunStorage", "1 SUCCESS", "True"], check.stdout
    assert not list(home.glob("history/runs/*.db")), "no SQLite run storage was used"
    print(f"publish with PostgreSQL run storage: {elapsed:.2f} s")


def _publish_multiprocess():
    """The publish job with one process per step (a module-level function: each step process
    rebuilds the job from it)."""
    import dagster as dg

    from pipelines.definitions import build_definitions

    return build_definitions(executor=dg.multiprocess_executor).resolve_job_def("publish")


def _csv_digests(datasets: Path) -> dict[str, str]:
    import hashlib

    folder = datasets / "numericamp-cua" / "latest" / "data"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.csv"))}


def assert_same_release_as_in_process(workdir: Path, monkeypatch) -> None:
    """The CSV files just published under ``workdir/datasets`` are those of an in-process run."""
    from pipelines.cli import run_publish_job

    published = _csv_digests(workdir / "datasets")
    assert len(published) == 10
    monkeypatch.setenv("OPENDATA_DATASETS", str(workdir / "in-process"))
    monkeypatch.setenv("OPENDATA_WAREHOUSE", str(workdir / "in-process" / "warehouse.duckdb"))
    assert run_publish_job().success
    assert _csv_digests(workdir / "in-process") == published


def test_publish_with_one_process_per_step(workdir, monkeypatch):
    """The same Definitions under Dagster's multiprocess executor: every step in its own process,
    two at a time, outputs handed over through the IO manager's files, all recorded in the same
    instance; the release is byte for byte the one an in-process run publishes."""
    import dagster as dg

    with dg.DagsterInstance.get() as instance, dg.execute_job(
            dg.reconstructable(_publish_multiprocess), instance=instance,
            run_config={"execution": {"config": {"max_concurrent": 2}}}) as result:
        assert result.success, [e.message for e in result.all_events if e.is_failure]
        steps = [e for e in result.all_events if e.is_step_start]
        assert {e.step_key for e in steps} == {"source_documents", "document_extracts", "tables", "release", "warehouse"}
        pids = {e.pid for e in steps}
        assert os.getpid() not in pids and len(pids) == len(steps), "one process per step"
    index = json.loads((workdir / "datasets" / "numericamp-cua" / "versions.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index["releases"]] == ["1.0.0"]
    assert_same_release_as_in_process(workdir, monkeypatch)


def _publish_on_celery():
    """The publish job with the Celery executor (a module-level function: workers rebuild the job
    from it)."""
    from dagster_celery import celery_executor

    from pipelines.definitions import build_definitions

    return build_definitions(executor=celery_executor).resolve_job_def("publish")


def test_publish_through_a_celery_queue(workdir, monkeypatch, tmp_path):
    """The Celery executor (dagster-celery): the run puts each step on a queue, a separate worker
    process started with `dagster-celery worker start` executes it. The broker is kombu's
    filesystem transport (a folder stands for RabbitMQ or Redis, which are not installed here), the
    results go to files. The release is byte for byte the one an in-process run publishes."""
    import dagster as dg
    import yaml

    queue, done, results = (tmp_path / "queue", tmp_path / "processed", tmp_path / "results")
    for folder in (queue, done, results):
        folder.mkdir()
    celery = {"broker": "filesystem://", "backend": f"file://{results}",
              "config_source": {"broker_transport_options": {"data_folder_in": str(queue), "data_folder_out": str(queue),
                                                             "processed_folder": str(done),
                                                             "control_folder": str(tmp_path / "control")},
                                "worker_hijack_root_logger": False}}
    config = tmp_path / "celery.yaml"
    config.write_text(yaml.safe_dump({"execution": {"config": celery}}), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    # the instance's SQLite databases are created before the worker starts, as a deployment
    # initialises its storage once before starting workers: two processes creating the same new
    # database at once may each stamp its schema version (Dagster's SQLite storages do not lock that)
    instance = dg.DagsterInstance.get()
    instance.get_runs(limit=1)
    if instance.schedule_storage:
        instance.all_instigator_state()
    worker = subprocess.Popen([str(BIN / "dagster-celery"), "worker", "start", "-y", str(config), "-A", "dagster_celery.app",
                               "--", "--pool=solo"], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, start_new_session=True)
    try:
        with instance, dg.execute_job(
                dg.reconstructable(_publish_on_celery), instance=instance,
                run_config={"execution": {"config": celery}}) as result:
            assert result.success, [e.message for e in result.all_events if e.is_failure]
            steps = [e for e in result.all_events if e.is_step_start]
            assert {e.step_key for e in steps} == {"source_documents", "document_extracts", "tables", "release", "warehouse"}
            assert os.getpid() not in {e.pid for e in steps}, "steps ran in the test process, not in the worker"
    finally:
        os.killpg(worker.pid, 15)
        output = worker.communicate(timeout=30)[0]
    assert len(re.findall(r"Task execute_plan\[[-0-9a-f]+\] succeeded", output)) == 5, output[-3000:]
    assert (tmp_path / "control").is_dir() and not (ROOT / "control").exists(), "broker files outside the test folder"
    assert_same_release_as_in_process(workdir, monkeypatch)
