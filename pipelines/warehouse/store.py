"""The warehouse's row store: each distinct row of a package's table kept once in
``store.<table>`` with the first and last release holding it, loaded from a release's Parquet by
pairing rows on a hash of their fields, or, when the release was just published after the one the
store holds, from the rows the release diff found leaving and entering (the others are not read);
``history.<table>`` views over it, and the tables' and views' comments taken from the Table
Schemas (written only when they change)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np

from ..schemas import DUCKDB_TYPES


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _create_table(con: duckdb.DuckDBPyConnection, name: str, schema: dict) -> None:
    """``store.<name>`` with the schema's fields (fields of earlier releases are kept; new ones are
    added at the end, NULL for the rows stored before)."""
    columns = ", ".join(f"{_quote(f['name'])} {DUCKDB_TYPES[f['type']]}" for f in schema["fields"])
    con.execute(f"CREATE TABLE IF NOT EXISTS store.{_quote(name)} (package VARCHAR NOT NULL, first_seq INTEGER NOT NULL, "
                f"last_seq INTEGER, row_hash UBIGINT, {columns})")
    existing = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'store' AND table_name = ?", [name]).fetchall()}
    for f in schema["fields"]:
        if f["name"] not in existing:
            con.execute(f"ALTER TABLE store.{_quote(name)} ADD COLUMN {_quote(f['name'])} {DUCKDB_TYPES[f['type']]}")


def _stored_fields(con, name: str) -> list[tuple[str, str]]:
    """(column, DuckDB type) of ``store.<name>``'s data fields, in the table's order."""
    return [(r[0], r[1]) for r in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'store' AND table_name = ? AND column_name NOT IN ('package', 'first_seq', 'last_seq', 'row_hash') "
        "ORDER BY column_index", [name]).fetchall()]


@dataclass
class RowChange:
    """One table's rows that changed between a package's release and the one before it, found by
    the release diff (pipelines/publishing/versions.py): every other row is in both, equal."""
    previous_rows: int          # rows of the table in the release before
    rows_out: np.ndarray        # positions, in the release before, of the rows that left it
    rows_in: np.ndarray         # positions, in the new release, of the rows that entered it


@dataclass
class ReleaseChanges:
    """The rows that changed between release ``previous`` of a package and the next one, for each
    table the diff matched row by row (the others are paired by hash, as without it)."""
    previous: str
    tables: dict[str, RowChange] = field(default_factory=dict)


def _incoming_sql(stored: list[tuple[str, str]], present: set[str]) -> str:
    """The rows of a release's Parquet file (the ``?`` parameter), as the store's columns: its
    position ``_nrow`` and each stored field, cast to the stored type, NULL when the file lacks it."""
    new_cols = ", ".join(
        f"CAST({_quote(c)} AS {t}) AS {_quote(c)}" if c in present else f"CAST(NULL AS {t}) AS {_quote(c)}"
        for c, t in stored)
    return f"(SELECT file_row_number AS _nrow, {new_cols} FROM read_parquet(?, file_row_number = true))"


def _load_changed_rows(con, name: str, package: str, seq: int, parquet: Path, fields: list[str],
                       previous: Path, change: RowChange) -> bool:
    """What :func:`_load_rows` does, from the release diff's pairs: the rows that left (their
    stored copy, found by hash and compared field by field) are closed, the rows that entered are
    inserted, the others (in both releases, equal) are not read. Its cost follows the change, not
    the package. False, with nothing written, when the store does not hold exactly the previous
    release's rows as the diff saw them (the caller then pairs the rows by hash)."""
    stored = _stored_fields(con, name)
    names = [c for c, _ in stored]
    part = ", ".join(_quote(c) for c in names)
    table = f"store.{_quote(name)}"
    current = con.execute(f"SELECT count(*) FROM {table} WHERE package = ? AND last_seq IS NULL", [package]).fetchone()[0]
    if current != change.previous_rows:
        return False
    leaving = [int(r) for r in change.rows_out]
    if leaving:
        same = " AND ".join(f"s.{_quote(c)} IS NOT DISTINCT FROM g.{_quote(c)}" for c in names) or "true"
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _leaving AS SELECT s.rowid AS _rid FROM {table} AS s JOIN "
            f"(SELECT hash({part}) AS _h, {part} FROM {_incoming_sql(stored, set(fields))} "
            f"WHERE _nrow IN (SELECT unnest(?::BIGINT[]))) AS g ON s.row_hash = g._h AND {same} "
            f"WHERE s.package = ? AND s.last_seq IS NULL", [str(previous), leaving, package])
        found, distinct = con.execute("SELECT count(*), count(DISTINCT _rid) FROM _leaving").fetchone()
        if found != len(leaving) or distinct != found:
            con.execute("DROP TABLE _leaving")
            return False
        con.execute(f"UPDATE {table} SET last_seq = ? WHERE rowid IN (SELECT _rid FROM _leaving)", [seq - 1])
        con.execute("DROP TABLE _leaving")
    entering = [int(r) for r in change.rows_in]
    if entering:
        con.execute(f"INSERT INTO {table} (package, first_seq, last_seq, row_hash, {part}) "
                    f"SELECT ?, ?, NULL, hash({part}), {part} FROM {_incoming_sql(stored, set(fields))} "
                    f"WHERE _nrow IN (SELECT unnest(?::BIGINT[]))", [package, seq, str(parquet), entering])
    return True


def _load_rows(con, name: str, package: str, seq: int, parquet: Path, fields: list[str]) -> None:
    """Release ``seq`` of ``package`` holds the rows of ``parquet``: rows already stored as in the
    previous release stay as they are; the others are inserted (first_seq = seq), and the stored
    rows of the previous release that are not in this one are closed (last_seq = seq - 1). Rows
    are equal when every stored field is, NULL equal to NULL, as many times as they repeat.

    They are paired by a hash of their fields (``row_hash``, kept with each stored row), which
    reads the new release once and never sorts its text; the pairs are then compared field by
    field, and should two different rows share a hash, the release is paired on the fields
    themselves (slower, same result). A row whose stored hash was computed otherwise (another
    DuckDB, a field added since) only fails to pair: it is closed and stored again."""
    stored = _stored_fields(con, name)
    names = [c for c, _ in stored]
    part = ", ".join(_quote(c) for c in names)
    table = f"store.{_quote(name)}"
    incoming = _incoming_sql(stored, set(fields))
    if con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE package = ? AND last_seq IS NULL LIMIT 1)",
                   [package]).fetchone()[0] == 0:
        # nothing of the package's previous release in this table (its first release, a table new
        # to it, or a previous release without rows): every row is new, nothing to pair or close
        con.execute(f"INSERT INTO {table} (package, first_seq, last_seq, row_hash, {part}) "
                    f"SELECT ?, ?, NULL, hash({part}), {part} FROM {incoming}", [package, seq, str(parquet)])
        return
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _incoming AS SELECT _nrow, _h, row_number() OVER (PARTITION BY _h) AS _k "
        f"FROM (SELECT _nrow, hash({part}) AS _h FROM {incoming})", [str(parquet)])
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _matched AS SELECT o._rid, n._nrow FROM "
        f"(SELECT rowid AS _rid, row_hash AS _h, row_number() OVER (PARTITION BY row_hash ORDER BY rowid) AS _k"
        f" FROM {table} WHERE package = ? AND last_seq IS NULL) AS o "
        f"FULL JOIN _incoming AS n ON o._h = n._h AND o._k = n._k", [package])
    differ = " OR ".join(f"s.{_quote(c)} IS DISTINCT FROM i.{_quote(c)}" for c in names) or "false"
    collisions = con.execute(
        f"SELECT count(*) FROM _matched AS m JOIN {table} AS s ON s.rowid = m._rid "
        f"JOIN {incoming} AS i ON i._nrow = m._nrow WHERE {differ}", [str(parquet)]).fetchone()[0]
    if collisions:
        same = " AND ".join(f"o.{_quote(c)} IS NOT DISTINCT FROM n.{_quote(c)}" for c in names)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _matched AS SELECT o._rid, n._nrow FROM "
            f"(SELECT rowid AS _rid, {part}, row_number() OVER (PARTITION BY {part} ORDER BY rowid) AS _k"
            f" FROM {table} WHERE package = ? AND last_seq IS NULL) AS o "
            f"FULL JOIN (SELECT _nrow, {part}, row_number() OVER (PARTITION BY {part}) AS _k FROM {incoming})"
            f" AS n ON {same} AND o._k = n._k", [package, str(parquet)])
    con.execute(f"UPDATE {table} SET last_seq = ? WHERE rowid IN (SELECT _rid FROM _matched WHERE _nrow IS NULL)",
                [seq - 1])
    con.execute(f"INSERT INTO {table} (package, first_seq, last_seq, row_hash, {part}) "
                f"SELECT ?, ?, NULL, hash({part}), {part} FROM {incoming} "
                f"WHERE _nrow IN (SELECT _nrow FROM _matched WHERE _rid IS NULL)", [package, seq, str(parquet)])
    con.execute("DROP TABLE _incoming")
    con.execute("DROP TABLE _matched")


class _Catalog:
    """Views and comments written only when they differ from the file's: an add leaves most of
    them as they are, and each statement is a catalogue write. A view's definition is kept in
    ``store.views`` (DuckDB forgets a view's comments when it is replaced)."""

    def __init__(self, con):
        self.con = con
        con.execute("CREATE TABLE IF NOT EXISTS store.views (view_name VARCHAR PRIMARY KEY, definition VARCHAR)")
        self.views = dict(con.execute("SELECT view_name, definition FROM store.views").fetchall())
        self.comments = {(r[0], r[1], None): r[2] for r in con.execute(
            "SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE database_name = current_database() "
            "UNION ALL SELECT schema_name, view_name, comment FROM duckdb_views() "
            "WHERE database_name = current_database() AND NOT internal").fetchall()}
        self.comments |= {(r[0], r[1], r[2]): r[3] for r in con.execute(
            "SELECT schema_name, table_name, column_name, comment FROM duckdb_columns() "
            "WHERE database_name = current_database() AND schema_name IN ('main', 'history', 'store')").fetchall()}

    def view(self, schema: str, name: str, sql: str) -> None:
        key = f"{schema}.{name}"
        if self.views.get(key) == sql and (schema, name, None) in self.comments:
            return
        self.con.execute(f"CREATE OR REPLACE VIEW {schema}.{_quote(name)} AS {sql}")
        self.con.execute("INSERT OR REPLACE INTO store.views VALUES (?, ?)", [key, sql])
        self.views[key] = sql
        for k in [k for k in self.comments if k[0] == schema and k[1] == name]:
            del self.comments[k]

    def comment(self, kind: str, schema: str, name: str, column: str | None, text: str) -> None:
        if self.comments.get((schema, name, column)) == text:
            return
        target = f"{schema}.{_quote(name)}" + (f".{_quote(column)}" if column else "")
        self.con.execute(f"COMMENT ON {'COLUMN' if column else kind} {target} IS {_literal(text)}")
        self.comments[(schema, name, column)] = text


def _history_view(con, catalog: _Catalog, name: str) -> None:
    """``history.<name>``: every release's rows, as if each release's rows were stored in full."""
    cols = ", ".join(f"s.{_quote(c)}" for c, _ in _stored_fields(con, name))
    catalog.view("history", name,
                 f"SELECT s.package, r.release, {cols} "
                 f"FROM store.{_quote(name)} AS s JOIN store.releases AS r ON r.package = s.package "
                 f"AND r.seq >= s.first_seq AND (s.last_seq IS NULL OR r.seq <= s.last_seq)")


def _field_comment(f: dict) -> str:
    return f"{f.get('title', f['name'])}. {f.get('description', '')}".strip()


PACKAGE_COMMENT = "Paquet de données (une collectivité ou une série d’événements) : dossier de ses versions."


def _comment(catalog: _Catalog, name: str, schema: dict) -> None:
    title = schema.get("title") or name
    description = schema.get("description") or ""
    for kind, schema_name in (("TABLE", "store"), ("VIEW", "history"), ("VIEW", "main")):
        catalog.comment(kind, schema_name, name, None, f"{title}. {description}".strip())
    for f in schema["fields"]:
        for schema_name in ("store", "history", "main"):
            catalog.comment("", schema_name, name, f["name"], _field_comment(f))
    catalog.comment("", "history", name, "release", "Version de la publication (semver).")
    for schema_name in ("history", "store"):
        catalog.comment("", schema_name, name, "package", PACKAGE_COMMENT)
    catalog.comment("", "store", name, "first_seq",
                    "Rang (store.releases.seq) de la première version du paquet qui contient la ligne.")
    catalog.comment("", "store", name, "row_hash",
                    "Empreinte des champs de la ligne (hash de DuckDB), pour reconnaître une ligne inchangée.")
    catalog.comment("", "store", name, "last_seq",
                    "Rang de la dernière version du paquet qui contient la ligne ; vide si la dernière version la "
                    "contient encore.")
