"""Validation of the tables against the Table Schemas of ``schemas/`` with Frictionless, on
the very CSV bytes that are published, or, for large tables, with the same Table Schemas compiled
to DuckDB SQL (``pipelines/validation/sql/``, held to Frictionless' findings by
``tests/test_sqlvalidate.py``), which answers sooner from SQL_ENGINE_MIN_ROWS rows on.

A report can be kept in a folder (``reports_dir``) under a key made of the engine (Frictionless'
version, or DuckDB's and the compiled checks' code), each CSV's SHA-256 and each resource's
descriptor (Table Schema included): a run validates its tables in the ``tables`` step and the
release step writes the same bytes again, so the release reuses the report of exactly those bytes
instead of validating them twice. Any difference (one byte, one schema constraint, another
engine) gives another key and a new validation.

The per-run checks of a large package whose rows' origins are known (``RowOrigins``: each
document's extraction key, its rows' count, the rows a repeated key leaves out) key their report
by those instead (:func:`content_key`), without writing and hashing the CSV of every table: the
rows of a document are a function of its extraction key and the typing code, and the CSV a
function of the rows and ``write_csv``. The release of the same run is given that report for the
same tables (pipelines/defs/publishing.py) rather than finding it by the bytes it writes."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import frictionless
import numpy as np
import pyarrow as pa

from ..files import write_csv
from ..schemas import table_schema
from .engine import engine_version
from .report import ValidationReport
from .sql.run import validate_tables_sql


def referenced_tables(schema: dict) -> list[str]:
    refs = []
    for fk in schema.get("foreignKeys", []):
        name = fk["reference"].get("resource")
        if name and name != schema["name"] and name not in refs:
            refs.append(name)
    return refs


def resource_descriptor(name: str, path: str, schema: dict) -> dict:
    return {
        "name": name,
        "type": "table",
        "path": path,
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"csv": {"delimiter": ",", "quoteChar": '"'}},
        "schema": schema,
    }


ENGINES = ("frictionless", "duckdb")


def choose_engine(rows: int) -> str:
    """The engine that answers sooner for tables of ``rows`` rows in all (see SQL_ENGINE_MIN_ROWS)."""
    return "duckdb" if rows >= SQL_ENGINE_MIN_ROWS else "frictionless"


def report_key(folder: Path, descriptor: dict, engine: str = "frictionless",
               digests: dict[str, str] | None = None) -> str:
    """Content key of a validation: what the engine would be given, byte for byte. ``digests``
    may give files' SHA-256 (hexadecimal, by path in the descriptor) already computed."""
    digest = hashlib.sha256(f"{engine_version(engine)}\n".encode())
    digest.update(json.dumps(descriptor, sort_keys=True, default=str).encode())
    for resource in descriptor["resources"]:
        known = (digests or {}).get(resource["path"])
        if known is not None:
            digest.update(bytes.fromhex(known))
            continue
        with open(folder / resource["path"], "rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest())
    return digest.hexdigest()


def _load_report(path: Path) -> ValidationReport | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ValidationReport(valid=data["valid"], errors=data["errors"], stats=data["stats"], report=data["report"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _reuse_report(path: Path) -> ValidationReport | None:
    """The report kept at ``path``, marked as recently used (the last to be dropped), or None."""
    found = _load_report(path)
    if found is not None:
        try:
            os.utime(path)
        except OSError:
            pass
    return found


# Reports kept at most: a run needs the one of its own tables; older ones only serve a content
# that comes back.
KEPT_REPORTS = 32


def _save_report(path: Path, report: ValidationReport) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps({"valid": report.valid, "errors": report.errors, "stats": report.stats,
                               "report": report.report}, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, path)
    others = [p for p in path.parent.glob("*.json") if p != path]
    others.sort(key=lambda p: p.stat().st_mtime_ns if p.exists() else 0)
    for old in others[:max(0, len(others) - (KEPT_REPORTS - 1))]:
        old.unlink(missing_ok=True)


def validate_folder(folder: Path, tables: list[str], schemas_dir: Path,
                    reports_dir: Path | None = None, engine: str = "frictionless",
                    compute=None, digests: dict[str, str] | None = None) -> ValidationReport:
    """Validate ``<folder>/<table>.csv`` for each table as one Data Package (so that foreign
    keys between the tables are checked), with ``engine`` ("frictionless", or "duckdb" for the
    compiled SQL checks). With ``reports_dir``, a report already made for the same bytes,
    descriptors and engine is reused, and a new one is kept there. ``compute``, when given,
    makes the report instead of the engine (the same report, found another way) or returns None.
    ``digests``: the SHA-256 of files already hashed (``<table>.csv`` -> hexadecimal), not read again."""
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}")
    schemas = {t: table_schema(schemas_dir, t) for t in tables}
    descriptor = {
        "name": "validation",
        "resources": [resource_descriptor(t, f"{t}.csv", schemas[t]) for t in tables],
    }
    kept = None
    if reports_dir is not None:
        kept = Path(reports_dir) / f"{report_key(folder, descriptor, engine, digests)}.json"
        found = _reuse_report(kept)
        if found is not None:
            return found
    result = compute() if compute is not None else None
    if result is not None:
        pass
    elif engine == "duckdb":
        result = validate_tables_sql({t: Path(folder) / f"{t}.csv" for t in tables}, schemas)
    else:
        result = _from_frictionless(frictionless.Package(descriptor, basepath=str(folder)).validate())
    if kept is not None:
        _save_report(kept, result)
    return result


# Below this many rows in all, Frictionless answers sooner than the SQL engine, whose first call in
# a process costs about 0.2 s of set-up (measured by bench/ and noted in the README).
SQL_ENGINE_MIN_ROWS = 20_000


def content_key(tables: dict[str, pa.Table], schemas_dir: Path, origins: dict, folder: Path) -> str | None:
    """Key of the compiled SQL checks' report of ``tables`` made from the origins of their rows
    (module docstring), or None when a document's rows have no extraction key. A table without
    origins (built row by row) enters by the SHA-256 of its CSV, written in ``folder``."""
    from .incremental import verdicts_version

    first = next(iter(origins.values()), None)
    if first is None or any(key is None for key in first.keys):
        return None
    schemas = {name: table_schema(schemas_dir, name) for name in tables}
    digest = hashlib.sha256(f"rows by document\n{engine_version('duckdb')}\n{verdicts_version(schemas)}\n".encode())
    digest.update(json.dumps([resource_descriptor(name, f"{name}.csv", schemas[name]) for name in tables],
                             sort_keys=True, default=str).encode())
    keys_digest = hashlib.sha256("\n".join(first.keys).encode()).digest()
    for name, table in tables.items():
        origin = origins.get(name)
        digest.update(f"\0{name}\0{table.num_rows}\0".encode())
        if origin is None:
            path = Path(folder) / f"{name}.csv"
            write_csv(table, path)
            with open(path, "rb") as fh:
                digest.update(hashlib.file_digest(fh, "sha256").digest())
            continue
        if origin.keys != first.keys:
            return None
        digest.update(keys_digest)
        digest.update(np.asarray(origin.counts, dtype=np.int64).tobytes())
        digest.update(b"all" if origin.kept is None else
                      np.asarray(origin.kept.to_numpy(zero_copy_only=False), dtype=np.int64).tobytes())
    return digest.hexdigest()


def kept_report(reports_dir: Path | None, key: str | None) -> ValidationReport | None:
    """The report kept under ``key`` in ``reports_dir`` (:func:`content_key`), if any."""
    if reports_dir is None or not key:
        return None
    return _load_report(Path(reports_dir) / f"{key}.json")


def validate_tables(tables: dict[str, pa.Table], schemas_dir: Path, engine: str = "frictionless",
                    reports_dir: Path | None = None, origins: dict | None = None,
                    verdicts_dir: Path | None = None, checked: dict[str, int] | None = None,
                    keyed: dict | None = None) -> ValidationReport:
    """Write the tables as the CSV that would be published, in a temporary folder, and validate
    them as one package. ``engine``: "frictionless"; "duckdb" for the same Table Schema checks
    compiled to SQL (pipelines/validation/sql/, held to the same findings by the tests); "auto",
    what the per-run checks and the release use, for DuckDB from SQL_ENGINE_MIN_ROWS rows on
    (``reports_dir``: see the module's note). With DuckDB, ``origins`` (the tables' rows by
    document, :class:`pipelines.assemble.RowOrigins`) and ``verdicts_dir``, the per-row checks
    run only on the rows of documents the previous run did not check
    (pipelines/validation/incremental.py; the same report); ``checked`` receives the rows
    checked row by row per table. With ``reports_dir`` too, the report is kept under the
    tables' :func:`content_key` when there is one (no CSV of a table with origins is written),
    which ``keyed`` receives as ``keyed["key"]``."""
    if engine == "auto":
        engine = choose_engine(sum(t.num_rows for t in tables.values()))
    compute = None
    if engine == "duckdb" and origins is not None and verdicts_dir is not None:
        from .incremental import validate_incremental

        def compute():
            schemas = {name: table_schema(schemas_dir, name) for name in tables}
            done = validate_incremental(tables, schemas, origins, verdicts_dir)
            if done is None:
                return None
            if checked is not None:
                checked.update(done[1])
            return done[0]
    with tempfile.TemporaryDirectory(prefix="opendata-validate-") as tmp:
        if compute is not None and reports_dir is not None:
            key = content_key(tables, schemas_dir, origins, Path(tmp))
            if key is not None:
                path = Path(reports_dir) / f"{key}.json"
                result = _reuse_report(path)
                if result is None:
                    result = compute()
                    if result is not None:
                        _save_report(path, result)
                if result is not None:
                    if keyed is not None:
                        keyed["key"] = key
                    return result
                compute = None          # the whole CSV is checked below (it could not be done this way)
        for name, table in tables.items():
            write_csv(table, Path(tmp) / f"{name}.csv")
        return validate_folder(Path(tmp), list(tables), schemas_dir, reports_dir=reports_dir, engine=engine,
                               compute=compute)


def validate_package(descriptor_path: Path) -> ValidationReport:
    """Validate a published ``datapackage.json`` (every resource, hashes and sizes included)."""
    return _from_frictionless(frictionless.Package(str(descriptor_path)).validate())


def _from_frictionless(report) -> ValidationReport:
    """Our report (errors per table, row and field; rows per table) from Frictionless' own."""
    errors, stats = [], {}
    for task in report.tasks:
        stats[task.name] = task.stats.get("rows") or 0
        for error in task.errors:
            errors.append({"table": task.name, "row": getattr(error, "row_number", None),
                           "field": getattr(error, "field_name", None), "type": error.type, "message": error.message})
    for error in report.errors:
        errors.append({"table": None, "row": None, "field": None, "type": error.type, "message": error.message})
    return ValidationReport(valid=report.valid, errors=errors, stats=stats, report=report.to_descriptor())
