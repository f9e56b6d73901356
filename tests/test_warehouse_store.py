"""The warehouse stores each row once with the first and last release it belongs to: history.<table>
and the views of main give the rows of every release as if each were stored in full, and loading a
release writes only the rows that changed."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.warehouse.database import sync_warehouse, view_counts

FIELDS = [{"name": "item_id", "type": "string"}, {"name": "value", "type": "number"},
          {"name": "note", "type": "string"}]


def release(root: Path, version: str, tables: dict[str, list[tuple]], fields: dict[str, list[dict]] | None = None,
            created: str = "2026-01-01T00:00:00Z", keys: list[str] | None = None) -> tuple[str, Path]:
    folder = root / version
    (folder / "data").mkdir(parents=True)
    resources = []
    for name, rows in tables.items():
        schema_fields = (fields or {}).get(name, FIELDS)
        columns = {f["name"]: [r[i] if i < len(r) else None for r in rows] for i, f in enumerate(schema_fields)}
        types = {"string": pa.string(), "number": pa.float64(), "integer": pa.int64()}
        table = pa.table({k: pa.array(v, type=types[f["type"]]) for (k, v), f in zip(columns.items(), schema_fields)})
        pq.write_table(table, folder / "data" / f"{name}.parquet")
        resources.append({"name": f"{name}_parquet", "format": "parquet", "path": f"data/{name}.parquet",
                          "schema": {"fields": schema_fields, **({"primaryKey": keys} if keys else {})}})
    descriptor = {"created": created, "resources": resources, "x_release": {"summary": version}}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    return version, folder


def rows_by_release(con, table: str, package: str = "pkg") -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for r in con.execute(f"SELECT release, * EXCLUDE (package, release) FROM history.{table} "
                         "WHERE package = ?", [package]).fetchall():
        out.setdefault(r[0], Counter())[tuple(r[1:])] += 1
    return out


def test_history_gives_every_release_in_full_and_an_add_writes_only_the_new_rows(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    a, b, c, d = ("a", 1.0, "x"), ("b", 2.0, None), ("c", 3.0, "z"), ("d", 4.0, "w")
    steps = [
        {"items": [a, b, c], "others": [a]},
        {"items": [a, b, c, d], "others": [a]},                 # one row added
        {"items": [a, ("b", 2.5, None), d, d], "others": []},   # one changed, one removed, one repeated
        {"items": [a, b, c], "others": [a]},                    # rows that left come back
        {"items": [a, b, c]},                                   # a table the release does not have
    ]
    releases = []
    for i, tables in enumerate(steps):
        releases.append(release(tmp_path / "pkg", f"1.{i}.0", tables, created=f"2026-01-0{i + 1}T00:00:00Z"))
        sync_warehouse(warehouse, releases, "pkg")
        with duckdb.connect(str(warehouse), read_only=True) as con:
            for table in ("items", "others"):
                got = rows_by_release(con, table)
                want = {v: Counter(s.get(table, [])) for v, s in zip((r[0] for r in releases), steps)}
                assert got == {v: rows for v, rows in want.items() if rows}, (i, table)
            latest = Counter(con.execute("SELECT * FROM main.items").fetchall())
            assert latest == Counter(tables["items"])
            counted = {t: con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] for t in ("items", "others")}
        assert view_counts(warehouse) == counted       # kept by the load, not counted again
        with duckdb.connect(str(warehouse), read_only=True) as con:
            if i == 1:      # the add wrote one row: the three others are the first release's
                assert con.execute("SELECT count(*) FROM store.items").fetchone()[0] == 4
                assert con.execute("SELECT count(*) FROM store.items WHERE first_seq = 2").fetchone()[0] == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM main.others").fetchone()[0] == 0
        # views and comments are written only when they change: after five loads, all still documented
        assert con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() "
            "AND schema_name IN ('main', 'history') AND table_name IN ('items', 'others') "
            "AND (comment IS NULL OR comment = '')").fetchone()[0] == 0
        assert [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY created").fetchall()] == \
            [r[0] for r in releases]


def test_a_field_added_by_a_later_release_is_null_in_the_earlier_ones(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    more = FIELDS + [{"name": "extra", "type": "integer"}]
    releases = [release(tmp_path / "pkg", "1.0.0", {"items": [("a", 1.0, "x")]})]
    sync_warehouse(warehouse, releases, "pkg")
    releases.append(release(tmp_path / "pkg", "1.1.0", {"items": [("a", 1.0, "x", 7), ("b", 2.0, "y", None)]},
                            {"items": more}, created="2026-01-02T00:00:00Z"))
    sync_warehouse(warehouse, releases, "pkg")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert rows_by_release(con, "items") == {
            "1.0.0": Counter([("a", 1.0, "x", None)]),
            "1.1.0": Counter([("a", 1.0, "x", 7), ("b", 2.0, "y", None)])}
        assert sorted(con.execute("SELECT * FROM main.items").fetchall()) == [("a", 1.0, "x", 7), ("b", 2.0, "y", None)]


def test_two_packages_side_by_side_and_a_rebuild_gives_the_same_rows(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    one = [release(tmp_path / "one", "1.0.0", {"items": [("a", 1.0, "x")]}),
           release(tmp_path / "one", "1.1.0", {"items": [("a", 1.0, "x"), ("b", 2.0, "y")]},
                   created="2026-01-02T00:00:00Z")]
    two = [release(tmp_path / "two", "1.0.0", {"items": [("a", 1.0, "x")]})]
    sync_warehouse(warehouse, one[:1], "one")
    sync_warehouse(warehouse, two, "two")
    sync_warehouse(warehouse, one, "one")
    query = "SELECT package, release, * EXCLUDE (package, release) FROM history.items ORDER BY ALL"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        loaded = con.execute(query).fetchall()
        latest = sorted(con.execute("SELECT * FROM main.items").fetchall())
    assert loaded == [("one", "1.0.0", "a", 1.0, "x"), ("one", "1.1.0", "a", 1.0, "x"),
                      ("one", "1.1.0", "b", 2.0, "y"), ("two", "1.0.0", "a", 1.0, "x")]
    assert latest == [("a", 1.0, "x"), ("a", 1.0, "x"), ("b", 2.0, "y")]
    # A release missing from the file's order (here: loaded in another order) rebuilds it from the folders.
    rebuilt = tmp_path / "rebuilt.duckdb"
    sync_warehouse(rebuilt, one, "one", {"two": two})
    with duckdb.connect(str(rebuilt), read_only=True) as con:
        assert con.execute(query).fetchall() == loaded


def test_two_rows_with_the_same_hash_are_still_told_apart(tmp_path):
    """Rows are paired by hash, then compared field by field: a stored row whose hash equals a new,
    different row's (here forged) is closed, and the new row stored."""
    warehouse = tmp_path / "warehouse.duckdb"
    releases = [release(tmp_path / "pkg", "1.0.0", {"items": [("a", 1.0, "x"), ("b", 2.0, None)]})]
    sync_warehouse(warehouse, releases, "pkg")
    with duckdb.connect(str(warehouse)) as con:
        con.execute("UPDATE store.items SET row_hash = hash('c'::VARCHAR, 3.0::DOUBLE, 'z'::VARCHAR) "
                    "WHERE item_id = 'a'")
    releases.append(release(tmp_path / "pkg", "1.1.0", {"items": [("b", 2.0, None), ("c", 3.0, "z")]},
                            created="2026-01-02T00:00:00Z"))
    sync_warehouse(warehouse, releases, "pkg")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert rows_by_release(con, "items") == {
            "1.0.0": Counter([("a", 1.0, "x"), ("b", 2.0, None)]),
            "1.1.0": Counter([("b", 2.0, None), ("c", 3.0, "z")])}


def _load_with_diff(warehouse: Path, releases: list[tuple[str, Path]], tamper=None):
    """Load the last release as publish_release does: with the rows the release diff found
    leaving and entering (``tamper`` may alter them first)."""
    from pipelines.publishing.release import _row_changes
    from pipelines.publishing.versions import diff_releases, read_release_tables
    from pipelines.warehouse.database import install, prepare_warehouse

    previous = read_release_tables(releases[-2][1])
    changes = _row_changes(releases[-2][0], previous[0], diff_releases(previous, read_release_tables(releases[-1][1])))
    if tamper:
        tamper(changes)
    install(prepare_warehouse(warehouse, releases, "pkg", changes=changes))
    return changes


def _stored(warehouse: Path) -> dict[str, list]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [f"{s}.{t}" for s, t in con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE schema_name = 'store' AND table_name <> 'views' "
            "UNION ALL SELECT schema_name, view_name FROM duckdb_views() WHERE schema_name IN ('main', 'history') "
            "AND NOT internal").fetchall()]
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in sorted(tables)}


def test_the_release_diffs_rows_store_the_same_rows_as_pairing_by_hash(tmp_path, monkeypatch):
    """Loading a release from the rows the diff found changed (added, removed, changed, moved; a
    table emptied) stores what pairing every row by hash stores, row for row (first and last
    release, hash), and does not pair the table by hash; repeated keys are paired by hash."""
    import pipelines.warehouse.database as database

    a, b, c, d = ("a", 1.0, "x"), ("b", 2.0, None), ("c", 3.0, "z"), ("d", 4.0, "w")
    steps = [
        {"items": [a, b, c], "others": [a]},
        {"items": [a, b, c, d], "others": [a]},                 # one row added after the others
        {"items": [a, ("b", 2.5, None), d], "others": []},      # one changed, one removed, a table emptied
        {"items": [d, c, a, b], "others": [b]},                 # rows moved, rows back
        {"items": [a, ("a", 5.0, None)], "others": [b]},        # a repeated key: paired by hash
        {"items": [a, b], "others": [b, c]},
    ]
    hashed = tmp_path / "hashed.duckdb"
    paired = tmp_path / "paired.duckdb"
    real = database._load_rows
    by_hash = []
    monkeypatch.setattr(database, "_load_rows", lambda con, name, *args: by_hash.append(name) or real(con, name, *args))
    releases = []
    for i, tables in enumerate(steps):
        releases.append(release(tmp_path / "pkg", f"1.{i}.0", tables, created=f"2026-01-0{i + 1}T00:00:00Z",
                                keys=["item_id"]))
        sync_warehouse(hashed, releases, "pkg")
        by_hash.clear()
        if i == 0:
            sync_warehouse(paired, releases, "pkg")
            continue
        changes = _load_with_diff(paired, releases)
        assert _stored(paired) == _stored(hashed), i
        if i not in (4, 5):
            assert set(changes.tables) == {"items", "others"} and by_hash == [], i
        else:   # the release with a repeated key, and the one after it
            assert "items" not in changes.tables and "items" in by_hash
    assert _stored(paired)["store.items"] != []


def test_rows_the_store_does_not_hold_as_the_diff_saw_them_are_paired_by_hash(tmp_path):
    """When the store's rows of the previous release are not the ones the diff counted, or a row
    that left is not stored, the table is paired by hash: the same rows as without the diff."""

    a, b, c = ("a", 1.0, "x"), ("b", 2.0, None), ("c", 3.0, "z")
    hashed, paired = tmp_path / "hashed.duckdb", tmp_path / "paired.duckdb"
    releases = [release(tmp_path / "pkg", "1.0.0", {"items": [a, b, c]}, keys=["item_id"])]
    sync_warehouse(hashed, releases, "pkg")
    sync_warehouse(paired, releases, "pkg")
    releases.append(release(tmp_path / "pkg", "1.1.0", {"items": [a, ("b", 2.5, None)]},
                            created="2026-01-02T00:00:00Z", keys=["item_id"]))
    sync_warehouse(hashed, releases, "pkg")

    def wrong_count(changes):
        changes.tables["items"].previous_rows += 1
    _load_with_diff(paired, releases, wrong_count)
    assert _stored(paired) == _stored(hashed)

    releases.append(release(tmp_path / "pkg", "1.2.0", {"items": [a]}, created="2026-01-03T00:00:00Z",
                            keys=["item_id"]))
    sync_warehouse(hashed, releases, "pkg")

    # the stored copy of the row that leaves is not found by its hash (here forged): paired by hash
    with duckdb.connect(str(paired)) as con:
        con.execute("UPDATE store.items SET row_hash = 0 WHERE item_id = 'b' AND last_seq IS NULL")
    _load_with_diff(paired, releases)
    got, want = _stored(paired), _stored(hashed)
    assert {k: v for k, v in got.items() if k != "store.items"} == {k: v for k, v in want.items() if k != "store.items"}
    assert [r[:3] + r[4:] for r in got["store.items"]] == [r[:3] + r[4:] for r in want["store.items"]]
