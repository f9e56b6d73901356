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
            created: str = "2026-01-01T00:00:00Z") -> tuple[str, Path]:
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
                          "schema": {"fields": schema_fields}})
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
