"""The DuckDB warehouse as researchers use it: the README's queries, comments, and a read-only
connection held open while a real `opendata publish` runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## For researchers"):]
    section = section[: section.index("\n## ", 5)]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def publish(tmp_path, env):
    return subprocess.run([str(BIN / "opendata"), "publish", "--sources", "sources", "--datasets", "datasets"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def two_releases(tmp_path_factory):
    import shutil

    tmp_path = tmp_path_factory.mktemp("warehouse")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env["DAGSTER_HOME"] = str(tmp_path / "home")
    first = publish(tmp_path, env)
    assert first.returncode == 0, first.stderr
    warehouse = tmp_path / "datasets" / "warehouse.duckdb"
    # A researcher opens the warehouse read-only and keeps the connection during the next run.
    researcher = duckdb.connect(str(warehouse), read_only=True)
    before = researcher.execute("SELECT value FROM key_figures WHERE metric = 'visitors'").fetchone()[0]
    source = tmp_path / "sources" / "numericamp-2024-bilan.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("450 visiteurs", "455 visiteurs"), encoding="utf-8")
    second = publish(tmp_path, env)
    yield tmp_path, researcher, before, second
    researcher.close()


def test_read_only_connection_neither_blocks_a_run_nor_sees_half_a_release(two_releases):
    tmp_path, researcher, before, second = two_releases
    assert second.returncode == 0, second.stderr
    assert "Version 1.0.1 publiée" in second.stdout
    # The open connection still reads its consistent snapshot...
    assert before == 450
    assert researcher.execute("SELECT value FROM key_figures WHERE metric = 'visitors'").fetchone()[0] == 450
    assert researcher.execute("SELECT count(*) FROM history.releases").fetchone()[0] == 1
    # ...and a new connection sees the new release.
    fresh = subprocess.run(
        [sys.executable, "-c", "import duckdb,sys; c=duckdb.connect(sys.argv[1], read_only=True);"
         "print(c.execute(\"SELECT value FROM key_figures WHERE metric='visitors'\").fetchone()[0]);"
         "print(c.execute('SELECT count(*) FROM history.releases').fetchone()[0])",
         str(tmp_path / "datasets" / "warehouse.duckdb")], capture_output=True, text=True, check=True)
    assert fresh.stdout.split() == ["455.0", "2"]


def test_readme_queries_run_as_written(two_releases):
    tmp_path, _, _, second = two_releases
    assert second.returncode == 0
    queries = readme_queries()
    assert len(queries) >= 4
    results = []
    cwd = os.getcwd()
    os.chdir(tmp_path)  # the README's paths are relative to the project folder
    try:
        con = duckdb.connect()  # in-memory: attach the warehouse read-only as a new session would
        con.execute("ATTACH 'datasets/warehouse.duckdb' AS wh (READ_ONLY); USE wh")
        for query in queries:
            results.append(con.execute(query).fetchall())
    finally:
        os.chdir(cwd)
    assert all(results), "every README query returns rows"
    changes = next(r for q, r in zip(queries, results) if "FULL JOIN" in q)     # what changed between releases
    assert changes == [("numericamp-2024:visitors", 450.0, 455.0, "changed")]


def test_tables_and_columns_are_documented(two_releases):
    tmp_path, *_ = two_releases
    con = duckdb.connect()
    con.execute(f"ATTACH '{tmp_path / 'datasets' / 'warehouse.duckdb'}' AS wh (READ_ONLY)")
    missing = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'wh' AND schema_name IN ('main', 'history')"
        " AND table_name <> 'releases' AND (comment IS NULL OR comment = '')").fetchall()
    assert missing == []
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE database_name = 'wh' AND NOT internal").fetchall()}
    assert {"sources", "events", "key_figures"} <= views


OLD_DUCKDB = "1.1.3"


def _old_duckdb_python() -> Path:
    """A Python with DuckDB 1.1.3 in its own environment (cached between runs in the temp folder),
    made with uv as the project's environment is; skipped only when PyPI cannot be reached."""
    import shutil
    import tempfile

    uv = ROOT / ".tools" / "bin" / "uv"
    uv = str(uv) if uv.exists() else shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed (.tools/bin/uv): cannot make the DuckDB 1.1.3 environment")
    venv = Path(tempfile.gettempdir()) / f"opendata-duckdb-{OLD_DUCKDB}"
    python = venv / "bin" / "python"
    check = [str(python), "-c", f"import duckdb; assert duckdb.__version__ == '{OLD_DUCKDB}'"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, capture_output=True)
    done = subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), f"duckdb=={OLD_DUCKDB}"],
                          capture_output=True, text=True)
    if done.returncode != 0:
        offline = any(w in done.stderr.lower() for w in ("network", "connect", "dns", "resolve host", "offline"))
        if offline:
            pytest.skip(f"PyPI unreachable, DuckDB {OLD_DUCKDB} not installed: {done.stderr.strip()[-300:]}")
        raise AssertionError(done.stderr)
    return python


def test_duckdb_1_1_opens_the_warehouse_read_only(two_releases):
    """The warehouse is written in DuckDB 1.1's storage format (storage_compatibility_version), so
    DuckDB 1.1 and later 1.x clients open it."""
    tmp_path, *_ = two_releases
    python = _old_duckdb_python()
    script = (
        "import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(duckdb.__version__)\n"
        "print(con.execute('SELECT count(*) FROM history.releases').fetchone()[0])\n"
        "print(con.execute(\"SELECT value FROM key_figures WHERE metric = 'visitors'\").fetchone()[0])\n"
        "print(con.execute('SELECT count(*) FROM energy_savings').fetchone()[0] >= 0)\n")
    done = subprocess.run([str(python), "-c", script, str(tmp_path / "datasets" / "warehouse.duckdb")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [OLD_DUCKDB, "2", "455.0", "True"]
