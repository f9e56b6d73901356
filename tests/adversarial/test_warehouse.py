"""Parts 4 and 5: the release and the warehouse become visible together or not at all; a warehouse
that cannot be written, or that another program writes, is refused with its reason and nothing is
published; a lagging warehouse is repaired by the next run; the warehouse keeps its mode and group.
Every case runs the real command (Dagster, DuckDB, Frictionless) with the shipped dagster.yaml."""

from __future__ import annotations

import grp
import hashlib
import os
import resource
import shutil
import subprocess
import sys
import uuid

import duckdb
import pytest

from .conftest import assert_clean_refusal

pytestmark = pytest.mark.slow


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def republished(site, *args) -> None:
    """The next normal run publishes 1.0.1 with its warehouse: nothing was left blocking."""
    done = site.publish(*args)
    assert done.returncode == 0, done.stderr
    assert site.latest() == "1.0.1" and site.listed()[-1] == "1.0.1"
    assert site.warehouse_view() == (["1.0.0", "1.0.1"], "1.0.1")
    assert site.leftovers() == []


# --------------------------------------------------------------------------- part 4: failures
def test_a_folder_in_place_of_the_warehouse_is_refused_and_nothing_is_published(site):
    site.warehouse.unlink()
    site.warehouse.mkdir()
    (site.warehouse / "notes.txt").write_text("someone's file")
    done = site.publish()
    assert_clean_refusal(done, "est un dossier", str(site.warehouse))
    site.assert_unchanged_at("1.0.0")
    assert (site.warehouse / "notes.txt").read_text() == "someone's file"


def _mount_tmpfs(path, size: str) -> bool:
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


def test_a_full_disk_under_the_warehouse_publishes_nothing_and_leaves_no_partial_file(site, tmp_path):
    disk = tmp_path / "small-disk"
    if not _mount_tmpfs(disk, "6m"):
        pytest.skip("a small tmpfs cannot be mounted here (needs root); the file-size limit test covers the write error")
    try:
        warehouse = disk / "warehouse.duckdb"
        shutil.copy(site.warehouse, warehouse)          # 4 MB on a 6 MB disk: no room for a new copy
        before = digest(warehouse)
        done = site.publish("--warehouse", str(warehouse))
        assert_clean_refusal(done, str(warehouse), "n'a pas pu être écrit")
        site.assert_unchanged_at("1.0.0")
        assert digest(warehouse) == before
        assert sorted(p.name for p in disk.iterdir()) == ["warehouse.duckdb", "warehouse.duckdb.lock"]
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def test_a_file_size_limit_hit_by_the_warehouse_publishes_nothing(site):
    """The write error of a full disk, without mounting one: RLIMIT_FSIZE below the warehouse's size
    (Python ignores SIGXFSZ, so the write fails with EFBIG)."""
    size = site.warehouse.stat().st_size
    before = digest(site.warehouse)
    limit = size - 1024

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = subprocess.run([os.path.join(os.path.dirname(sys.executable), "opendata"), "publish",
                          "--sources", "sources", "--datasets", "datasets"], cwd=site.root, env=site.env,
                         capture_output=True, text=True, timeout=180, preexec_fn=small_files)
    assert_clean_refusal(run, str(site.warehouse), "n'a pas pu être écrit")
    site.assert_unchanged_at("1.0.0")
    assert digest(site.warehouse) == before
    republished(site)


def _chattr(flag: str, path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_an_immutable_warehouse_takes_the_new_version_back_and_says_nothing_was_published(site):
    if not _chattr("+i", site.warehouse):
        pytest.skip("chattr +i is not permitted here")
    try:
        before = digest(site.warehouse)
        done = site.publish()
        assert_clean_refusal(done, "n'a pas pu être remplacé", "la version 1.0.1 a été retirée")
        site.assert_unchanged_at("1.0.0")
        assert digest(site.warehouse) == before
    finally:
        _chattr("-i", site.warehouse)
    republished(site)


def test_an_unwritable_warehouse_folder_publishes_nothing(site, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    warehouse = folder / "warehouse.duckdb"
    shutil.copy(site.warehouse, warehouse)
    (folder / "warehouse.duckdb.lock").touch()
    if os.geteuid() == 0:
        if not _chattr("+i", folder):
            pytest.skip("root and chattr +i not permitted: a folder cannot be made unwritable")
    else:
        folder.chmod(0o555)
    try:
        done = site.publish("--warehouse", str(warehouse))
        assert_clean_refusal(done, str(warehouse), "n'a pas pu être écrit")
        site.assert_unchanged_at("1.0.0")
    finally:
        _chattr("-i", folder) if os.geteuid() == 0 else folder.chmod(0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["warehouse.duckdb", "warehouse.duckdb.lock"]


def test_a_lagging_warehouse_is_repaired_by_the_next_run_even_without_a_change(site):
    stale = site.root / "warehouse-1.0.0.duckdb"
    shutil.copy(site.warehouse, stale)
    republished(site)
    # The warehouse goes back to 1.0.0 (as when two Dagster homes raced on one datasets folder).
    shutil.copy(stale, site.warehouse)
    assert site.warehouse_view() == (["1.0.0"], "1.0.0")
    done = site.publish()                      # the same sources as the last run
    assert done.returncode == 0, done.stderr
    assert site.warehouse_view() == (["1.0.0", "1.0.1"], "1.0.1")
    assert "Inchangé" in done.stdout and "1.0.1" in done.stdout
    # Loaded but the views left on the older release: --force repairs that too.
    with duckdb.connect(str(site.warehouse)) as con:
        con.execute("UPDATE history.current SET release = '1.0.0'")
        con.execute("CREATE OR REPLACE VIEW main.events AS SELECT * EXCLUDE (release) FROM history.events "
                    "WHERE release = '1.0.0'")
    done = site.publish("--force")
    assert done.returncode == 0, done.stderr
    assert site.warehouse_view() == (["1.0.0", "1.0.1"], "1.0.1")


def test_two_dagster_homes_on_one_datasets_folder_keep_latest_and_warehouse_together(site):
    other = site.env | {"DAGSTER_HOME": str(site.root / "home-2"), "OPENDATA_LOCK_WAIT": "120"}
    (site.root / "home-2").mkdir()
    shutil.copy(site.root / "home" / "dagster.yaml", site.root / "home-2" / "dagster.yaml")
    env = site.env | {"OPENDATA_LOCK_WAIT": "120"}
    for trial, count in enumerate((58, 59)):
        site.edit(count)
        runs = [site.spawn(env=env), site.spawn(env=other)]
        outputs = [r.communicate(timeout=300) for r in runs]
        assert [r.returncode for r in runs] == [0, 0], [o[1][-1500:] for o in outputs]
        version = f"1.0.{trial + 1}"
        assert sum(f"Version {version} publiée" in o[0] for o in outputs) == 1
        assert site.latest() == version == site.listed()[-1]
        assert site.warehouse_view()[1] == version
        assert site.leftovers() == []


# --------------------------------------------------------------------------- part 5: other writers
WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE main.notes AS SELECT 1 AS x")
print("ready", flush=True)
if sys.stdin.readline().strip() == "more":
    con.execute("INSERT INTO main.notes VALUES (2)")
    con.close()
    print("closed", flush=True)
"""


def test_a_program_writing_the_warehouse_is_not_overwritten_the_run_refuses(site):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(site.warehouse)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        done = site.publish()
        assert_clean_refusal(done, "un autre programme", f"processus {writer.pid}", "en écriture")
        site.assert_unchanged_at("1.0.0")
        writer.stdin.write("more\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "closed"
    finally:
        writer.kill()
        writer.wait()
    with duckdb.connect(str(site.warehouse), read_only=True) as con:
        assert con.execute("SELECT sum(x) FROM main.notes").fetchone()[0] == 3
    republished(site)
    with duckdb.connect(str(site.warehouse), read_only=True) as con:   # still there after the run
        assert con.execute("SELECT sum(x) FROM main.notes").fetchone()[0] == 3


def test_a_killed_writers_journal_is_refused_not_lost_and_the_warehouse_stays_readable(site):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(site.warehouse)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    writer.kill()
    writer.wait()
    wal = site.warehouse.with_name("warehouse.duckdb.wal")
    assert wal.exists()
    before = digest(site.warehouse)
    done = site.publish()
    assert_clean_refusal(done, "warehouse.duckdb.wal", "journal")
    site.assert_unchanged_at("1.0.0")
    assert digest(site.warehouse) == before and wal.exists()
    # Opened once with DuckDB, the journal goes into the file; the next run publishes and keeps it.
    duckdb.connect(str(site.warehouse)).close()
    assert not wal.exists()
    republished(site)
    with duckdb.connect(str(site.warehouse), read_only=True) as con:
        assert con.execute("SELECT sum(x) FROM main.notes").fetchone()[0] == 1


def test_the_warehouse_keeps_its_mode_and_group_and_leftovers_are_removed(site):
    # A partial copy left by a killed run (any process id) is removed by the next run.
    leftover = site.warehouse.with_name(f".warehouse.duckdb.tmp-{uuid.uuid4().int % 10**6}")
    leftover.write_bytes(b"partial" * 1000)
    leftover.with_name(leftover.name + ".wal").write_bytes(b"wal")
    os.chmod(site.warehouse, 0o600)
    group = None
    if os.geteuid() == 0:
        group = next((g.gr_gid for g in grp.getgrall() if g.gr_name == "users"), 100)
        os.chown(site.warehouse, -1, group)
    republished(site)
    st = site.warehouse.stat()
    assert oct(st.st_mode & 0o777) == oct(0o600)
    if group is not None:
        assert st.st_gid == group


def test_a_latest_that_is_a_real_folder_is_refused_by_name_or_replaced_when_empty(site):
    latest = site.package / "latest"
    latest.unlink()
    latest.mkdir()
    (latest / "copie.csv").write_text("a,b\n")
    done = site.publish()
    assert_clean_refusal(done, str(latest), "vrai dossier")
    assert site.folders() == ["1.0.0"] and site.listed() == ["1.0.0"] and site.leftovers() == []
    assert (latest / "copie.csv").is_file()
    (latest / "copie.csv").unlink()           # emptied: the run puts the link back
    republished(site)
    assert (site.package / "latest").is_symlink()


def test_a_warehouse_in_duckdbs_newest_format_is_rebuilt_in_the_format_duckdb_1_1_reads(site):
    """A warehouse written by an earlier version of the pipeline (DuckDB's default, newest storage
    format) is rebuilt from the release folders, in the storage format of DuckDB 1.1."""
    newest = site.root / "newest.duckdb"
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{site.warehouse}' AS old (READ_ONLY)")
        con.execute(f"ATTACH '{newest}' AS new")
        con.execute("COPY FROM DATABASE old TO new")
        tags = dict(con.execute("SELECT database_name, tags['storage_version'] FROM duckdb_databases()").fetchall())
    assert tags["new"] != "v1.0.0+"
    shutil.move(newest, site.warehouse)
    republished(site)
    with duckdb.connect(str(site.warehouse), read_only=True) as con:
        assert con.execute("SELECT tags['storage_version'] FROM duckdb_databases() "
                           "WHERE database_name = current_database()").fetchone()[0] == "v1.0.0+"
