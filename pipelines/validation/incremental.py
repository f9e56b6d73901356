"""The per-run checks of a large package when most of its documents did not change since the
previous run: the Table Schema checks compiled to SQL (``pipelines/validation/sql/``), with the
same report as checking every row, but the per-row checks (types, constraints, extra and missing
cells, blank rows) run only on the rows of documents new or changed since the previous run.

A row's per-row findings depend on the row alone, and the rows of a document are a function of
its extraction key (its bytes, manifest entry, rules and options) and of the typing code and
schemas (``pipelines/assemble.py``). So the findings of each document's rows are kept
(``<cache>/row-checks/verdicts.json``, under a version made of the schemas, the typing code,
the checking code and DuckDB's version), numbered within the document's rows, and the next run
takes them from there for every document whose extraction key it knows, renumbered to the rows'
places in the published table. The rows of the other documents, all of them (a row that a repeated
key leaves out of this table may be in the next one), are written to a CSV file as
``pipelines.files.write_csv`` publishes them and checked there.

What spans rows is checked over every row, each run: primary keys, ``unique`` fields and foreign
keys, on the typed values DuckDB reads from the Arrow tables (text and integer key fields only:
the cell text the CSV would hold is rebuilt exactly; any other key type checks the whole CSV as
before), and the header. A table whose rows' origins are not known (built row by row) is checked
whole. Anything unreadable in the kept verdicts is ignored: every document is checked again.

The keys, too, are checked on the new rows only when that gives the same findings: when the
previous run found no key finding in a table and its published rows were the ones published now
of the documents it knew (all of them still here, each with the same rows left out by repeated
keys), and the tables its foreign keys reference are in the same case but for their findings. A
repeated key then has a new row among its rows, a null key or a key missing from its lookup
table is a new row's (``pipelines.validation.sql.run._key_findings``). A document changed or
removed, or a row an added document's repeated key leaves out, checks the keys of every row."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from ..assemble import RowOrigins, _typing_version
from ..files import neutralise_formulas, write_csv
from .engine import engine_version
from .report import ValidationReport

VERDICTS_DIR = "row-checks"
VERDICTS_FILE = "verdicts.json"


def verdicts_version(schemas: dict[str, dict]) -> str:
    """What decides a document's per-row findings besides its extraction key."""
    digest = hashlib.sha256(engine_version("duckdb").encode() + b"\0" + _typing_version(schemas).encode())
    for module in (Path(__file__), Path(__file__).parent.parent / "files.py"):
        digest.update(module.read_bytes())
    return digest.hexdigest()


class Verdicts:
    """The per-row findings of the previous run's documents (module docstring): ``documents`` the
    extraction keys, ``tables`` table -> {document's index in ``documents``: findings as
    [row within the document's rows, field, number, type, cell, note, order]}; a table listed was
    checked on every document listed. ``left_out``: table -> {document's index: its rows a
    repeated key left out of the published table}, for each table built from the documents' rows;
    ``clean``: the tables whose keys (unique, primary and foreign) had no finding over every row."""

    def __init__(self, folder: Path, version: str):
        self.path = Path(folder) / VERDICTS_FILE
        self.version = version
        self.at: dict[str, int] = {}
        self.tables: dict[str, dict[str, list]] = {}
        self.documents: list[str] = []
        self.left_out: dict[str, dict[str, list[int]]] = {}
        self.clean: set[str] = set()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == version:
                self.tables = {name: dict(found) for name, found in data["tables"].items()}
                for i, key in enumerate(data["documents"]):
                    self.at.setdefault(key, i)
                self.documents = [str(key) for key in data["documents"]]
                self.left_out = {name: {str(d): [int(r) for r in rows] for d, rows in dict(out).items()}
                                 for name, out in dict(data.get("left_out", {})).items()}
                self.clean = {str(name) for name in data.get("clean", [])}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.at, self.tables, self.documents, self.left_out, self.clean = {}, {}, [], {}, set()

    def known(self, table: str, key: str | None) -> list | None:
        """The findings of document ``key``'s rows of ``table`` ([] for none), or None if unknown."""
        if key is None or table not in self.tables or key not in self.at:
            return None
        return self.tables[table].get(str(self.at[key]), [])

    def same_rows(self, name: str, keys: list[str | None], left_out: dict[int, list[int]]) -> bool:
        """True when the rows of ``name`` published now from the documents of the previous run are
        the rows it published (``left_out``: document's index in ``keys`` -> its rows left out now),
        every one of those documents still here, once."""
        before = self.left_out.get(name)
        if before is None or not self.documents or "" in self.documents or len(self.at) != len(self.documents):
            return False
        if None in keys or len(set(keys)) != len(keys) or not set(self.documents) <= set(keys):
            return False
        now = {keys[d]: sorted(rows) for d, rows in left_out.items() if rows and keys[d] in self.at}
        return now == {self.documents[int(d)]: sorted(rows) for d, rows in before.items() if rows}

    def save(self, keys: list[str | None], tables: dict[str, dict[int, list]],
             left_out: dict[str, dict[int, list[int]]] | None = None, clean: set[str] | None = None) -> None:
        """Keep this run's verdicts (``tables``: table -> {document's index in ``keys``: findings};
        ``left_out`` and ``clean``: see the class). Best effort."""
        data = {"version": self.version, "documents": [k or "" for k in keys],
                "tables": {name: {str(d): f for d, f in found.items() if f} for name, found in tables.items()},
                "left_out": {name: {str(d): rows for d, rows in out.items() if rows}
                             for name, out in (left_out or {}).items()},
                "clean": sorted(clean or ())}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
            tmp.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass    # a read-only cache only costs checking every row again next time


def _cell_text_sql(column: str, arrow_type: pa.DataType, kind: str) -> str | None:
    """SQL giving the text ``write_csv`` writes for a cell of this Arrow column, or None when it
    cannot be given exactly here."""
    quoted = '"' + column.replace('"', '""') + '"'
    if kind == "string" and (pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type)):
        return f"coalesce({quoted}, '')"
    if kind == "integer" and pa.types.is_integer(arrow_type):
        return f"coalesce(CAST({quoted} AS VARCHAR), '')"
    return None


def validate_incremental(tables: dict[str, pa.Table], schemas: dict[str, dict], origins: dict[str, RowOrigins],
                         folder: Path) -> tuple[ValidationReport, dict[str, int]] | None:
    """The report of the compiled SQL checks of ``tables`` (the published tables, in order),
    the per-row checks reusing the verdicts kept in ``folder`` (module docstring); also the rows
    checked per table. None when a table cannot be checked this way (the caller checks the CSV)."""
    import duckdb

    from .sql.compile import _foreign_keys, key_values_sql
    from .sql.run import finding, header_findings, key_checks, referenced_fields, report_of, row_checks

    started = time.perf_counter()
    verdicts = Verdicts(folder, verdicts_version(schemas))
    referenced = referenced_fields(schemas)
    findings: dict[str, list[dict]] = {name: [] for name in tables}
    checked: dict[str, int] = {}
    kept_verdicts: dict[str, dict[int, list]] = {}
    left_out: dict[str, dict[int, list[int]]] = {}
    same: set[str] = set()
    new_rows: dict[str, np.ndarray] = {}
    new_views: dict[str, str] = {}
    plans = {}
    first_keys = None
    keys: list[str | None] = []
    con = duckdb.connect()
    try:
        con.execute("SET preserve_insertion_order = true")
        with tempfile.TemporaryDirectory(prefix="opendata-rowcheck-") as tmp:
            for index, (name, table) in enumerate(tables.items()):
                origin = origins.get(name)
                if any(fk["target"] not in tables for fk in _foreign_keys(name, schemas[name])):
                    return None
                if origin is not None:
                    keys = origin.keys
                    try:
                        rows, fresh, place, doc, within, mine = _split(name, table, origin, verdicts)
                    except ValueError:
                        return None
                    if first_keys is None:
                        first_keys = keys
                    if keys == first_keys:      # the verdicts are kept by the documents of first_keys
                        left_out[name] = _left_out(place, doc, within)
                        if verdicts.same_rows(name, keys, left_out[name]):
                            same.add(name)
                            unknown = np.array([key not in verdicts.at for key in keys], dtype=bool)
                            new_rows[name] = np.sort(place[unknown[doc] & (place >= 0)]) + 2
                else:
                    rows, fresh = table, None
                path = Path(tmp) / f"{name}.csv"
                write_csv(rows, path, None if fresh is None or len(fresh) == rows.num_rows else fresh)
                plan, found, error = row_checks(con, name, path, schemas[name], referenced.get(name, set()), index)
                if error is not None:
                    return None
                checked[name] = rows.num_rows if fresh is None else len(fresh)
                findings[name].extend(header_findings(name, plan))
                if origin is None:
                    findings[name].extend(finding(name, *f) for f in found)
                else:
                    for row, *rest in found:           # row of the CSV -> the document's row
                        r = int(fresh[row - 2])
                        mine.setdefault(int(doc[r]), []).append([int(within[r]), *rest])
                    kept_verdicts[name] = mine
                    for d, items in mine.items():
                        base = int(origin_offsets(origin)[d])
                        for j, *rest in items:
                            at = place[base + j]
                            if at >= 0:                # in the published table (not a repeated key)
                                findings[name].append(finding(name, int(at) + 2, *rest))
                cells = {}
                for col in plan.columns:
                    if col.keep_value:
                        if col.field is None or col.position > table.num_columns \
                                or table.column_names[col.position - 1] != col.name:
                            return None
                        text = _cell_text_sql(col.name, table.schema.field(col.position - 1).type, col.kind)
                        if text is None:
                            return None
                        cells[col.position] = text
                names = [table.column_names[p - 1] for p in cells]
                keyed = neutralise_formulas(table.select(names)) if names else pa.table({})
                keyed = keyed.append_column("__row", pa.array(np.arange(2, table.num_rows + 2, dtype=np.int64)))
                con.register(f"arrow_{index}", keyed)
                plan.view = f"sk{index}_{name}"
                con.execute(f'CREATE TEMP VIEW "{plan.view}" AS {key_values_sql(plan, f"arrow_{index}", cells)}')
                plans[name] = plan
                if name in new_rows:            # the same, of the new rows only
                    con.register(f"arrow_new_{index}", keyed.take(pa.array(new_rows[name] - 2)))
                    new_views[name] = f"{plan.view}_new"
                    con.execute(f'CREATE TEMP VIEW "{new_views[name]}" AS '
                                f'{key_values_sql(plan, f"arrow_new_{index}", cells)}')
        new_views = {name: view for name, view in new_views.items() if name in verdicts.clean
                     and all(fk["target"] in same for fk in _foreign_keys(name, schemas[name]))}
        clean = set()
        for name, found in key_checks(con, plans, new_views).items():
            findings[name].extend(found)
            if not found and name in left_out:
                clean.add(name)
    finally:
        con.close()
    if kept_verdicts:
        verdicts.save(keys, kept_verdicts, left_out, clean)
    return report_of(findings, {name: t.num_rows for name, t in tables.items()}, started), checked


def _left_out(place: np.ndarray, doc: np.ndarray, within: np.ndarray) -> dict[int, list[int]]:
    """Document's index -> its rows (numbered within it) a repeated key leaves out of the table."""
    rows = np.flatnonzero(place < 0)
    if not len(rows):
        return {}
    docs = doc[rows]                                    # in order: a document's rows follow each other
    cuts = np.flatnonzero(np.diff(docs)) + 1
    return {int(d[0]): w.tolist() for d, w in zip(np.split(docs, cuts), np.split(within[rows], cuts))}


def origin_offsets(origin: RowOrigins) -> np.ndarray:
    return np.concatenate(([0], np.cumsum(np.asarray(origin.counts, dtype=np.int64))))


def _split(name: str, table: pa.Table, origin: RowOrigins, verdicts: Verdicts):
    """(every document's rows, positions in them of the rows to check, place of each of them in
    the published table or -1, its document, its number within its document, the findings known
    per document) for one table."""
    rows = origin.rows
    counts = np.asarray(origin.counts, dtype=np.int64)
    doc = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    within = np.arange(rows.num_rows, dtype=np.int64) - origin_offsets(origin)[:-1][doc]
    place = np.full(rows.num_rows, -1, dtype=np.int64)
    kept = np.arange(rows.num_rows) if origin.kept is None else origin.kept.to_numpy(zero_copy_only=False)
    place[kept] = np.arange(len(kept), dtype=np.int64)
    if len(kept) != table.num_rows:
        raise ValueError(f"{name}: {len(kept)} rows described, {table.num_rows} in the table")
    mine: dict[int, list] = {}
    known = np.zeros(len(counts), dtype=bool)
    for d, key in enumerate(origin.keys):
        found = verdicts.known(name, key)
        if found is not None:
            known[d] = True
            if found:
                mine[d] = [list(f) for f in found]
    fresh = np.flatnonzero(~known[doc]) if rows.num_rows else np.zeros(0, dtype=np.int64)
    return rows, fresh, place, doc, within, mine
