"""The DuckDB warehouse: every table of every release (``history.<table>`` with a ``release``
column), a view per table on the latest release under the table's own name, the release history,
and COMMENT ON descriptions taken from the Table Schemas.

The database is updated on a copy that replaces the file in one rename, so a run killed midway
leaves the previous file intact and a researcher's open read-only connection keeps reading the
file it opened."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..files import checkpoint
from ..runtime.locking import exclusive_lock
from ..extract.claims import energy_savings_sql
from ..schemas import DUCKDB_TYPES

# Views derived from the latest release's tables, for the questions researchers ask most. Each:
# name -> (table it reads, SQL builder over that table, description). The rules come from the
# lexicons, so the view and the Python selection agree.
DERIVED_VIEWS = {
    "energy_savings": (
        "cited_figures",
        energy_savings_sql,
        "Économies d'énergie et de ressources parmi les chiffres cités (thèmes et mots de "
        "pipelines/lexicons/claims.yaml, rubrique savings).",
    ),
}


@dataclass
class WarehouseResult:
    path: Path
    loaded: list[str]
    releases: list[str]
    tables: dict[str, int]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _create_table(con: duckdb.DuckDBPyConnection, name: str, schema: dict) -> None:
    columns = ", ".join(f"{_quote(f['name'])} {DUCKDB_TYPES[f['type']]}" for f in schema["fields"])
    con.execute(f"CREATE TABLE IF NOT EXISTS history.{_quote(name)} (release VARCHAR NOT NULL, {columns})")
    existing = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'history' AND table_name = ?", [name]).fetchall()}
    for f in schema["fields"]:
        if f["name"] not in existing:
            con.execute(f"ALTER TABLE history.{_quote(name)} ADD COLUMN {_quote(f['name'])} {DUCKDB_TYPES[f['type']]}")


def _field_comment(f: dict) -> str:
    return f"{f.get('title', f['name'])}. {f.get('description', '')}".strip()


def _comment(con, name: str, schema: dict) -> None:
    title = schema.get("title") or name
    description = schema.get("description") or ""
    for target in (f"history.{_quote(name)}", f"main.{_quote(name)}"):
        kind = "TABLE" if target.startswith("history") else "VIEW"
        con.execute(f"COMMENT ON {kind} {target} IS {_literal(f'{title}. {description}'.strip())}")
    for f in schema["fields"]:
        text = _field_comment(f)
        con.execute(f"COMMENT ON COLUMN history.{_quote(name)}.{_quote(f['name'])} IS {_literal(text)}")
        con.execute(f"COMMENT ON COLUMN main.{_quote(name)}.{_quote(f['name'])} IS {_literal(text)}")
    con.execute(f"COMMENT ON COLUMN history.{_quote(name)}.release IS {_literal('Version de la publication (semver).')}")


def sync_warehouse(package_dir: Path, warehouse_path: Path) -> WarehouseResult:
    """Load every published release not yet in the warehouse, then point the views at the
    latest. Idempotent: a release is loaded once."""
    index_path = package_dir / "versions.json"
    releases = json.loads(index_path.read_text(encoding="utf-8"))["releases"] if index_path.is_file() else []
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    current = _loaded_releases(warehouse_path)
    if current is not None and current == [r["version"] for r in releases]:
        return WarehouseResult(warehouse_path, [], current, _latest_counts(warehouse_path, releases))
    with exclusive_lock(warehouse_path.with_name(warehouse_path.name + ".lock"), "the warehouse"):
        work = warehouse_path.with_name(f".{warehouse_path.name}.tmp-{os.getpid()}")
        for leftover in warehouse_path.parent.glob(f".{warehouse_path.name}.tmp-*"):
            leftover.unlink(missing_ok=True)
        if warehouse_path.exists():
            shutil.copyfile(warehouse_path, work)
        loaded: list[str] = []
        try:
            con = duckdb.connect(str(work))
            try:
                con.execute("CREATE SCHEMA IF NOT EXISTS history")
                con.execute(
                    "CREATE TABLE IF NOT EXISTS history.releases (release VARCHAR PRIMARY KEY, created TIMESTAMPTZ,"
                    " loaded_at TIMESTAMPTZ DEFAULT now(), summary VARCHAR, datapackage JSON)")
                done = {r[0] for r in con.execute("SELECT release FROM history.releases").fetchall()}
                schemas: dict[str, dict] = {}
                con.execute("BEGIN TRANSACTION")
                for entry in releases:
                    version = entry["version"]
                    release_dir = package_dir / version
                    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
                    for res in descriptor["resources"]:
                        if res.get("format") == "parquet":
                            schemas[res["name"].removesuffix("_parquet")] = res["schema"]
                    if version in done:
                        continue
                    for res in descriptor["resources"]:
                        if res.get("format") != "parquet":
                            continue
                        name = res["name"].removesuffix("_parquet")
                        _create_table(con, name, res["schema"])
                        cols = ", ".join(_quote(f["name"]) for f in res["schema"]["fields"])
                        con.execute(
                            f"INSERT INTO history.{_quote(name)} (release, {cols}) SELECT ?, {cols} FROM read_parquet(?)",
                            [version, str(release_dir / res["path"])])
                    con.execute(
                        "INSERT INTO history.releases (release, created, summary, datapackage) VALUES (?, ?, ?, ?)",
                        [version, descriptor["created"], descriptor.get("x_release", {}).get("summary"), json.dumps(descriptor)])
                    loaded.append(version)
                latest = releases[-1]["version"] if releases else None
                counts = {}
                if latest:
                    for name, schema in schemas.items():
                        if not _has_table(con, name):
                            continue
                        cols = ", ".join(_quote(f["name"]) for f in schema["fields"])
                        con.execute(
                            f"CREATE OR REPLACE VIEW main.{_quote(name)} AS SELECT {cols} FROM history.{_quote(name)}"
                            f" WHERE release = {_literal(latest)}")
                        _comment(con, name, schema)
                        counts[name] = con.execute(f"SELECT count(*) FROM main.{_quote(name)}").fetchone()[0]
                    for view, (source, sql, description) in DERIVED_VIEWS.items():
                        if source in counts:
                            con.execute(f"CREATE OR REPLACE VIEW main.{_quote(view)} AS {sql(f'main.{_quote(source)}')}")
                            con.execute(f"COMMENT ON VIEW main.{_quote(view)} IS {_literal(description)}")
                            for f in schemas[source]["fields"]:
                                con.execute(f"COMMENT ON COLUMN main.{_quote(view)}.{_quote(f['name'])} "
                                            f"IS {_literal(_field_comment(f))}")
                checkpoint("warehouse-loading")
                con.execute("COMMIT")
                con.execute("CHECKPOINT")
                all_releases = [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY created, release").fetchall()]
            finally:
                con.close()
            with open(work, "rb") as fh:
                os.fsync(fh.fileno())
            checkpoint("warehouse-before-replace")
            os.replace(work, warehouse_path)
        finally:
            work.unlink(missing_ok=True)
            Path(str(work) + ".wal").unlink(missing_ok=True)
        return WarehouseResult(warehouse_path, loaded, all_releases, counts)


def _has_table(con, name: str) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'history' AND table_name = ?", [name]).fetchone()[0])


def _loaded_releases(warehouse_path: Path) -> list[str] | None:
    """Releases already in the warehouse (read-only look), or None when it cannot be read."""
    if not warehouse_path.exists():
        return None
    try:
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            views = {r[0] for r in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall()}
            if any(source in views and view not in views for view, (source, *_) in DERIVED_VIEWS.items()):
                return None     # written by an older version of the pipeline: rebuild the views
            return [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY created, release").fetchall()]
    except duckdb.Error:
        return None


def _latest_counts(warehouse_path: Path, releases: list[dict]) -> dict[str, int]:
    if not releases:
        return {}
    tables = [t for t, n in releases[-1].get("rows", {}).items()]
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM main.{_quote(t)}").fetchone()[0] for t in tables}
