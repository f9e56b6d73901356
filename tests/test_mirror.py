"""Releases copied to object storage through fsspec, and read back there by DuckDB and pyarrow."""

from __future__ import annotations

import json
import shutil

import duckdb
import fsspec
import pyarrow.parquet as pq
import pytest

from pipelines.cli import app
from pipelines.errors import PipelineError
from pipelines.publishing.mirror import mirror_package
from pipelines.settings import PACKAGE_NAME

from .conftest import ROOT


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    from typer.testing import CliRunner

    tmp = tmp_path_factory.mktemp("mirror")
    shutil.copytree(ROOT / "sources", tmp / "sources")
    env = {"DAGSTER_HOME": str(tmp / "home"), "OPENDATA_CACHE": str(tmp / "cache")}
    result = CliRunner().invoke(app, ["publish", "--sources", str(tmp / "sources"), "--datasets", str(tmp / "datasets"),
                                      "--warehouse", str(tmp / "w.duckdb"), "--quiet"], env=env)
    assert result.exit_code == 0, result.output
    return tmp / "datasets" / PACKAGE_NAME


def test_the_warehouse_goes_beside_the_releases_and_duckdb_attaches_it_there(published, tmp_path):
    warehouse = published.parent.parent / "w.duckdb"
    fs = fsspec.filesystem("memory")
    first = mirror_package(published, "memory://lake", warehouse=warehouse)
    assert first.warehouse == "uploaded"
    assert fs.cat("/lake/w.duckdb") == warehouse.read_bytes()
    con = duckdb.connect()
    con.register_filesystem(fs)
    con.execute("ATTACH 'memory:///lake/w.duckdb' AS lake (READ_ONLY)")
    assert con.execute("SELECT value FROM lake.main.key_figures WHERE metric = 'visitors'").fetchone()[0] == 450
    assert con.execute("SELECT count(DISTINCT release) FROM lake.history.key_figures").fetchone()[0] == 1
    con.close()
    assert mirror_package(published, "memory://lake", warehouse=warehouse).warehouse == "unchanged"
    changed = tmp_path / "w.duckdb"                    # another warehouse: uploaded again
    with duckdb.connect(str(changed)) as other:
        other.execute("CREATE TABLE t AS SELECT 1 AS x")
    assert mirror_package(published, "memory://lake", warehouse=changed).warehouse == "uploaded"
    assert fs.cat("/lake/w.duckdb") == changed.read_bytes()
    assert mirror_package(published, "memory://lake").warehouse is None


def test_mirror_to_memory_store_then_query_there(published):
    fs = fsspec.filesystem("memory")
    first = mirror_package(published, "memory://portal")
    assert first.uploaded == ["1.0.0"] and first.latest == "1.0.0"
    again = mirror_package(published, "memory://portal")
    assert again.uploaded == [] and again.already_there == ["1.0.0"]     # immutable: never rewritten
    remote = f"/portal/{PACKAGE_NAME}"
    assert json.loads(fs.cat(f"{remote}/versions.json"))["releases"][-1]["version"] == "1.0.0"
    with fs.open(f"{remote}/latest/data/key_figures.parquet", "rb") as fh:
        assert pq.read_table(fh).num_rows == 7
    con = duckdb.connect()
    con.register_filesystem(fs)
    visitors = con.execute(
        f"SELECT value FROM read_parquet('memory://{remote}/1.0.0/data/key_figures.parquet') WHERE metric = 'visitors'"
    ).fetchone()[0]
    assert visitors == 450


def test_an_incomplete_remote_version_is_uploaded_again(published, tmp_path):
    dest = tmp_path / "bucket"
    mirror_package(published, f"file://{dest}")
    version_dir = dest / PACKAGE_NAME / "1.0.0"
    (version_dir / "datapackage.json").unlink()        # an upload interrupted before its last file
    (version_dir / "data" / "events.csv").write_text("truncated")
    result = mirror_package(published, f"file://{dest}")
    assert result.uploaded == ["1.0.0"]
    assert (version_dir / "data" / "events.csv").read_bytes() == (published / "1.0.0" / "data" / "events.csv").read_bytes()


def test_nothing_published_is_a_clear_error(tmp_path):
    with pytest.raises(PipelineError, match="nothing published"):
        mirror_package(tmp_path / PACKAGE_NAME, "memory://x")


def test_the_mirror_command_copies_releases_and_warehouse(published, tmp_path):
    from typer.testing import CliRunner

    dest = tmp_path / "bucket"
    args = ["mirror", f"file://{dest}", "--datasets", str(published.parent),
            "--warehouse", str(published.parent.parent / "w.duckdb")]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "uploaded 1.0.0" in first.output and "warehouse uploaded" in first.output
    assert (dest / "w.duckdb").read_bytes() == (published.parent.parent / "w.duckdb").read_bytes()
    again = CliRunner().invoke(app, args)
    assert "already there: 1.0.0" in again.output and "warehouse unchanged" in again.output
    without = CliRunner().invoke(app, [*args, "--without-warehouse"])
    assert without.exit_code == 0 and "warehouse" not in without.output
