"""Running the compiled checks on CSV files, or on a published ``datapackage.json``, and turning
the findings into a ``ValidationReport`` in Frictionless' order and wording."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import re
import time
from collections import Counter
from pathlib import Path
import duckdb

from ..report import ValidationReport
from .literals import GROUP, TEMPLATES, UnsupportedSchema, _ident
from .compile import TablePlan, _check_supported, _duplicate_keys, _foreign_keys, _plan, duplicates_sql, foreign_key_sql, load_sql, primary_key_nulls_sql, row_errors_sql
from .shape import FileShape, read_shape

# ---------------------------------------------------------------------------------------------
# Running the checks


def _finding(table, kind, row=None, fld=None, number=None, cell=None, note="", label="", order=0,
             phase=None) -> dict:
    """One finding; ``phase`` orders it in the table's list: 0 header, 1 rows, 2 end of table."""
    message = TEMPLATES[kind].format(row=row, field=fld, number=number, cell=cell, note=note, label=label)
    return {"table": table, "row": row, "field": fld, "type": kind, "message": message,
            "_key": (1 if phase is None and row is not None else phase or 0, row or 0, order)}


class _Loader:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.created: list[tuple[str, str]] = []

    def load(self, plan: TablePlan, path: Path, shape: FileShape, delimiter: str, quote: str) -> str | None:
        """Create the plan's table and view; return an error note when DuckDB cannot read the file."""
        width, parallel = plan.width, True
        for _ in range(24):
            try:
                self.con.execute(load_sql(plan, str(path), delimiter=delimiter, quote=quote,
                                          parallel=parallel, width=width))
                break
            except duckdb.Error as exc:
                text = str(exc)
                if "null_padding" in text and "parallel" in text and parallel:
                    parallel = False
                elif "Expected Number of Columns" in text and width < 1 << 16:
                    found = re.search(r"Found: (\d+)", text)
                    width = max(width * 2, int(found.group(1)) + 1 if found else 0)
                else:
                    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        else:
            return "the file could not be read"
        self.created.append(("TABLE", plan.loaded))
        if shape.blank_records:
            # The k-th record DuckDB reads is record k + (number of empty lines before it): the
            # empty line b_i (i-th, 1-based) comes after b_i - i read records.
            steps = {b - i: i for i, b in enumerate(sorted(shape.blank_records), start=1)}
            marks = ", ".join(f"({t}, {n})" for t, n in steps.items())
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {_ident(plan.loaded + '_blanks')} AS "
                             f"SELECT * FROM (VALUES {marks}) v(t, n)")
            self.created.append(("TABLE", plan.loaded + "_blanks"))
            self.con.execute(
                f"CREATE OR REPLACE TEMP VIEW {_ident(plan.view)} AS SELECT k + coalesce(m.n, 0) AS __row, l.* "
                f"FROM (SELECT rowid + 1 AS k, * FROM {_ident(plan.loaded)}) l "
                f"ASOF LEFT JOIN {_ident(plan.loaded + '_blanks')} m ON l.k > m.t")
        else:
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW {_ident(plan.view)} AS SELECT rowid + 1 AS __row, * "
                             f"FROM {_ident(plan.loaded)}")
        self.created.insert(0, ("VIEW", plan.view))
        return None

    def drop(self) -> None:
        for kind, name in self.created:
            self.con.execute(f"DROP {kind} IF EXISTS {_ident(name)}")
        self.created.clear()


def validate_tables_sql(files: dict[str, Path], schemas: dict[str, dict],
                        con: duckdb.DuckDBPyConnection | None = None, limit_errors: int | None = None,
                        dialects: dict[str, dict] | None = None) -> ValidationReport:
    """Validate the CSV file of each table against its Table Schema, foreign keys between the
    tables included, with SQL run by DuckDB. Errors have the shape of
    ``pipelines.validate.validate_folder``'s; ``limit_errors`` truncates the list per table (the
    counts in ``report['tables']`` stay complete); ``stats`` are the data rows per table.
    ``dialects`` may give a table's CSV ``delimiter`` and ``quoteChar``."""
    started = time.perf_counter()
    findings, stats = _validate(files, schemas, con, dialects or {})
    return _report(findings, stats, limit_errors, started)


def _validate(files: dict[str, Path], schemas: dict[str, dict], con: duckdb.DuckDBPyConnection | None,
              dialects: dict[str, dict]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    own = con is None
    con = con or duckdb.connect()
    ordered = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()[0]
    if not ordered:
        con.execute("SET preserve_insertion_order = true")
    loader = _Loader(con)
    findings: dict[str, list[dict]] = {name: [] for name in files}
    stats: dict[str, int] = {name: 0 for name in files}
    plans: dict[str, TablePlan] = {}
    referenced: dict[str, set[str]] = {}
    for name in files:
        _check_supported(schemas[name])
        for fk in _foreign_keys(name, schemas[name]):
            referenced.setdefault(fk["target"], set()).update(fk["reference_fields"])
    try:
        for index, (name, path) in enumerate(files.items()):
            path, schema = Path(path), schemas[name]
            delimiter = dialects.get(name, {}).get("delimiter", ",")
            quote = dialects.get(name, {}).get("quoteChar", '"')
            missing = [fk["target"] for fk in _foreign_keys(name, schema) if fk["target"] not in files]
            if missing:
                note = (f'failed to handle a foreign key for resource "{name}" as resource '
                        f'"{missing[0]}" does not exist')
                findings[name].append(_finding(name, "resource-error", note=note))
            try:
                shape = read_shape(path, delimiter, quote)
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                findings[name].append(_finding(name, "source-error", note=str(exc)))
                continue
            if shape.empty:
                findings[name].append(_finding(name, "source-error", note="the source is empty"))
                continue
            plan = _plan(name, schema, shape.labels, referenced.get(name, set()))
            plan.header_row = shape.header_row
            plan.loaded, plan.view = f"sv{index}_{name}_rows", f"sv{index}_{name}"
            error = loader.load(plan, path, shape, delimiter, quote)
            plans[name] = plan
            if error:
                plan.view = ""
                findings[name].append(_finding(name, "source-error", note=error))
                continue
            records, plan.bad_rows = con.execute(
                f"SELECT count(*), count(__cells) FILTER (WHERE __row > {plan.header_row}) "
                f"FROM {_ident(plan.view)}").fetchone()
            stats[name] = records + len(shape.blank_records) - shape.header_row
            if missing:
                # Frictionless cannot open a table whose foreign key points at an absent table.
                plan.view = ""
                continue
            for err in plan.header_errors:
                findings[name].append(_finding(name, err["type"], None, err["field"], err["number"],
                                               note=err.get("note", ""), label=err["label"]))
            for row in (b for b in shape.blank_records if b > shape.header_row):
                findings[name].append(_finding(name, "blank-row", row, order=GROUP["blank-row"]))
                if plan.primary_key:
                    findings[name].append(_finding(name, "primary-key", row, order=GROUP["primary-key"],
                                                   note='cells composing the primary keys are all "None"'))
        for name, plan in plans.items():
            if not plan.view:
                continue
            findings[name] += _key_findings(con, name, plan, plans, row_errors=plan.bad_rows)
    finally:
        loader.drop()
        if not ordered:
            con.execute("SET preserve_insertion_order = false")
        if own:
            con.close()
    return findings, stats


def referenced_fields(schemas: dict[str, dict]) -> dict[str, set[str]]:
    """Table -> the fields other tables' foreign keys point at (their typed values are kept)."""
    referenced: dict[str, set[str]] = {}
    for name, schema in schemas.items():
        for fk in _foreign_keys(name, schema):
            referenced.setdefault(fk["target"], set()).update(fk["reference_fields"])
    return referenced


def row_checks(con: duckdb.DuckDBPyConnection, name: str, path: Path, schema: dict, referenced: set[str],
               index: int) -> tuple[TablePlan | None, list[tuple], str | None]:
    """The per-row checks alone (types, constraints, extra and missing cells, blank rows) of the
    CSV file ``path`` written by ``pipelines.files.write_csv``: (the table's plan, whose
    ``header_errors`` are the header's findings; the findings as (row, field, number, type, cell,
    note, order) with the file's row numbers; an error note when the file cannot be checked this
    way: unreadable, empty, or holding empty lines, whose numbering this does not follow)."""
    _check_supported(schema)
    shape = read_shape(path)
    if shape.empty or shape.blank_records or shape.header_row != 1:
        return None, [], "shape"
    plan = _plan(name, schema, shape.labels, referenced)
    plan.loaded, plan.view = f"sr{index}_{name}_rows", f"sr{index}_{name}"
    loader = _Loader(con)
    try:
        error = loader.load(plan, path, shape, ",", '"')
        if error:
            return None, [], error
        plan.bad_rows = con.execute(f"SELECT count(__cells) FILTER (WHERE __row > 1) FROM {_ident(plan.view)}").fetchone()[0]
        found = con.execute(row_errors_sql(plan)).fetchall() if plan.bad_rows else []
    finally:
        loader.drop()
    plan.loaded = plan.view = ""
    return plan, found, None


def key_checks(con: duckdb.DuckDBPyConnection, plans: dict[str, TablePlan],
               new_views: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """The key, uniqueness and foreign-key findings of the tables whose ``plan.view`` holds
    ``__row`` and the key columns' typed values (:func:`compile.key_values_sql`), in the order
    :func:`validate_tables_sql` finds them. ``new_views``: table -> a view as ``plan.view`` of
    only those of its rows that may break a key, when the others are known to break none
    (:func:`_key_findings`)."""
    return {name: _key_findings(con, name, plan, plans, new_view=(new_views or {}).get(name))
            for name, plan in plans.items()}


def _key_findings(con, name: str, plan: TablePlan, plans: dict[str, TablePlan], row_errors: bool = False,
                  new_view: str | None = None) -> list[dict]:
    """Duplicate keys, then (with ``row_errors``, the per-row findings), primary-key nulls and
    foreign keys of one table, in the order the report gives them.

    With ``new_view`` (a view as ``plan.view`` of some of its rows, the new ones), the caller vouches that the other rows are the
    rows a previous check of every row found no key finding in, and that the tables their foreign
    keys reference lost no row since: then only a new row can have a null key or a key not found
    in its lookup table, and every repeated key has a new row among its rows. So the nulls and the
    foreign keys are looked for in the new rows, and the repeated keys among the rows whose key
    hashes as a new row's does (every row of such a key: the same findings, in the same order)."""
    found = []
    new = None if new_view is None else dataclasses.replace(plan, view=new_view)
    for key, kinds in _duplicate_keys(plan).items():
        looked = plan
        if new is not None:
            hashed = f"hash({', '.join(f'v{plan.column(n).position}' for n in key)})"
            looked = _restricted(con, plan, f"SELECT * FROM {_ident(plan.view)} WHERE {hashed} IN "
                                 f"(SELECT {hashed} FROM {_ident(new.view)})", "same")
        for row, previous in con.execute(duplicates_sql(looked, list(key))).fetchall():
            for kind in kinds:
                col = plan.column(key[0]) if kind == "unique-error" else None
                found.append(_finding(
                    name, kind, row, col and col.name, col and col.position,
                    note=f"the same as in the row at position {previous}",
                    order=GROUP[kind] + (col.position if col else 0)))
    queries = [row_errors_sql(plan)] if row_errors else []
    mine = plan if new is None else new
    if plan.primary_key:
        queries.append(primary_key_nulls_sql(mine))
    queries += [foreign_key_sql(mine, fk, plans.get(fk["target"])) for fk in plan.foreign_keys]
    for sql in queries:
        for row, fld, number, kind, cell, note, order in con.execute(sql).fetchall():
            found.append(_finding(name, kind, row, fld, number, cell, note, order=order))
    return found


def _restricted(con, plan: TablePlan, select: str, suffix: str) -> TablePlan:
    """The plan over a temporary view of some of ``plan.view``'s rows."""
    view = f"{plan.view}_{suffix}"
    con.execute(f"CREATE OR REPLACE TEMP VIEW {_ident(view)} AS {select}")
    return dataclasses.replace(plan, view=view)


def finding(table: str, row: int, fld, number, kind: str, cell, note: str, order: int) -> dict:
    """One per-row finding as :func:`validate_tables_sql` reports it."""
    return _finding(table, kind, row, fld, number, cell, note, order=order)


def header_findings(name: str, plan: TablePlan) -> list[dict]:
    return [_finding(name, err["type"], None, err["field"], err["number"], note=err.get("note", ""), label=err["label"])
            for err in plan.header_errors]


def report_of(findings: dict[str, list[dict]], stats: dict[str, int], started: float) -> ValidationReport:
    """The report :func:`validate_tables_sql` gives for these findings (sorted as it sorts them)."""
    return _report(findings, stats, None, started)


def _report(findings: dict[str, list[dict]], stats: dict[str, int], limit_errors: int | None,
            started: float) -> ValidationReport:
    errors, tables = [], {}
    for name, items in findings.items():
        items.sort(key=lambda e: e["_key"])
        tables[name] = {"rows": stats.get(name, 0), "errors": len(items),
                        "error_types": dict(Counter(e["type"] for e in items))}
        kept = items[:limit_errors] if limit_errors else items
        errors.extend({k: v for k, v in e.items() if k != "_key"} for e in kept)
    total = sum(t["errors"] for t in tables.values())
    report = {"engine": "duckdb", "valid": total == 0, "errors": total, "tables": tables,
              "limit_errors": limit_errors, "truncated": len(errors) < total,
              "time": round(time.perf_counter() - started, 3)}
    return ValidationReport(valid=total == 0, errors=errors, stats=stats, report=report)


def _file_digest(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            digest.update(chunk)
    return digest.hexdigest()


def validate_package_sql(descriptor_path: Path, con: duckdb.DuckDBPyConnection | None = None,
                         limit_errors: int | None = None) -> ValidationReport:
    """Validate the CSV resources of a published ``datapackage.json`` with DuckDB, with their
    declared ``bytes``, ``hash`` and ``rows``. Resources of ``type: file`` are skipped."""
    started = time.perf_counter()
    descriptor_path = Path(descriptor_path)
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    base = descriptor_path.parent
    files, schemas, dialects, resources = {}, {}, {}, {}
    for resource in descriptor.get("resources", []):
        path = resource.get("path")
        if resource.get("type") == "file" or not isinstance(path, str):
            continue
        if resource.get("format", Path(path).suffix.lstrip(".")) != "csv":
            continue
        name = resource["name"]
        if resource.get("encoding", "utf-8").lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise UnsupportedSchema(f"{name}: encoding {resource['encoding']!r}")
        schema = resource.get("schema", {"fields": []})
        if isinstance(schema, str):
            schema = json.loads((base / schema).read_text(encoding="utf-8"))
        dialect = resource.get("dialect", {})
        dialect = {**dialect, **dialect.get("csv", {})} if isinstance(dialect, dict) else {}
        if dialect.get("doubleQuote", True) is not True or dialect.get("escapeChar"):
            raise UnsupportedSchema(f"{name}: CSV dialect {dialect}")
        files[name], schemas[name], dialects[name], resources[name] = base / path, schema, dialect, resource
    findings, stats = _validate(files, schemas, con, dialects)
    for name, resource in resources.items():
        path, checks = files[name], []
        if resource.get("hash") and path.is_file():
            algorithm, _, expected = resource["hash"].rpartition(":")
            if (algorithm or "md5") in ("md5", "sha256"):
                checks.append(("hash-count", expected, _file_digest(path, algorithm or "md5")))
        if resource.get("bytes") and path.is_file():
            checks.append(("byte-count", resource["bytes"], path.stat().st_size))
        if resource.get("rows"):
            checks.append(("row-count", resource["rows"], stats.get(name, 0)))
        for kind, expected, actual in checks:
            if expected != actual:
                note = f'expected is "{expected}" and actual is "{actual}"'
                findings[name].append(_finding(name, kind, note=note, phase=2))
    return _report(findings, stats, limit_errors, started)
