"""Validation speed: DuckDB SQL (``pipelines.validation.sql``) against Frictionless
(``pipelines.validation.frictionless``), on a key_figures table with its events and sources (so that the foreign
keys are checked), and the same findings from both on a copy with injected errors.

    .venv/bin/python -m bench.validation [--rows 1000000] [--frictionless-rows 100000]

Frictionless runs on the first ``frictionless_rows`` rows only when that is fewer than ``rows``:
its rows/s are measured there and the time for ``rows`` is extrapolated (it is linear in rows).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import duckdb

from pipelines.validation.sql import compile_checks, validate_tables_sql
from pipelines.validation.frictionless import validate_folder

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "schemas"
TABLES = ["sources", "events", "key_figures"]
SOURCES, EVENTS = 40, 400

SOURCES_SQL = f"""
SELECT 'source-' || i AS source_id, 'bilan-' || i || '.pdf' AS file_name, 'application/pdf' AS media_type,
       1000 + i AS bytes, sha256('source-' || i) AS sha256, 1 + i % 30 AS pages, 'Bilan ' || i AS title,
       'Communauté Urbaine d''Arras' AS publisher, 'event_report' AS kind,
       DATE '2024-01-01' + i::INTEGER AS published_date, 'etalab-2.0' AS license, i % 3 <> 0 AS in_manifest,
       CASE WHEN i % 2 = 0 THEN 'utf-8' END AS encoding
FROM range({SOURCES}) t(i)"""

EVENTS_SQL = f"""
SELECT 'event-' || i AS event_id, 'source-' || (i % {SOURCES}) AS source_id, 'Forum, édition ' || i AS name,
       1 + i % 5 AS edition, 2000 + i % 25 AS year, DATE '2024-03-01' + i::INTEGER AS start_date,
       CASE WHEN i % 2 = 0 THEN DATE '2024-03-02' + i::INTEGER END AS end_date, 'Arras' AS venue, 'CUA' AS organizer
FROM range({EVENTS}) t(i)"""

KEY_FIGURES_SQL = """
SELECT 'kf-' || i AS key_figure_id, 'event-' || (i % {events}) AS event_id, 'source-' || (i % {sources}) AS source_id,
       (['visitors', 'participants', 'exhibitors', 'partners', 'speakers', 'round_tables'])[1 + i % 6] AS metric,
       (i % 100000) / 4 AS value, (['person', 'organization', 'session', 'day', 'count'])[1 + i % 5] AS unit,
       i % 7 = 0 AS approximate, CASE WHEN i % 7 = 0 THEN '>' WHEN i % 11 = 0 THEN '~' END AS comparator,
       'Plus de ' || (i % 100000) || ' visiteurs, un « record » pour l''édition "' || (i % 9) || '"' AS quote,
       1 + i % 40 AS page, i % 5000 AS char_start, i % 5000 + 60 AS char_end
FROM range({rows}) t(i)"""

# The rows of key_figures that get an error, and the error: (row index modulo, column, bad value).
INJECTED = [
    (997, "value", "'12,5'"),            # not a number
    (1999, "page", "'3.0'"),             # not an integer
    (2999, "metric", "'visits'"),        # not in the enum
    (3989, "char_start", "'-4'"),        # below the minimum
    (4999, "approximate", "'yes'"),      # not a boolean
    (5987, "event_id", "'event-x'"),     # dangling foreign key
    (6991, "quote", "NULL"),             # required cell empty
    (7993, "key_figure_id", "'kf-' || (i - 1)"),   # duplicate primary key (and unique)
    (8999, "comparator", "'='"),         # not in the enum
]


def _copy(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    con.execute(f"COPY ({sql}) TO '{path}' (HEADER, DELIMITER ',', QUOTE '\"')")


def _key_figures_sql(rows: int, injected: bool) -> str:
    sql = KEY_FIGURES_SQL.format(rows=rows, events=EVENTS, sources=SOURCES)
    if not injected:
        return sql
    columns = ["key_figure_id", "event_id", "source_id", "metric", "value", "unit", "approximate",
               "comparator", "quote", "page", "char_start", "char_end"]
    select = []
    for column in columns:
        cases = [f"WHEN i % {modulo} = {modulo - 1} THEN {bad}" for modulo, col, bad in INJECTED if col == column]
        select.append(f"CASE {' '.join(cases)} ELSE CAST({column} AS VARCHAR) END AS {column}" if cases
                      else column)
    return f"SELECT {', '.join(select)} FROM ({sql.replace('AS char_end', 'AS char_end, i')})"


def write_tables(folder: Path, rows: int, injected: bool = False) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    with duckdb.connect() as con:
        _copy(con, SOURCES_SQL, folder / "sources.csv")
        _copy(con, EVENTS_SQL, folder / "events.csv")
        _copy(con, _key_figures_sql(rows, injected), folder / "key_figures.csv")
    return {name: folder / f"{name}.csv" for name in TABLES}


def _schemas() -> dict[str, dict]:
    return {name: json.loads((SCHEMAS_DIR / f"{name}.json").read_text(encoding="utf-8")) for name in TABLES}


def _findings(errors: list[dict]) -> set[tuple]:
    return {(e["table"], e["row"], e["field"], e["type"]) for e in errors}


def _timed(func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    return result, time.perf_counter() - started


def _best(repeat: int, func, *args):
    """The result and the best time of ``repeat`` runs (the machine may be shared)."""
    runs = [_timed(func, *args) for _ in range(max(repeat, 1))]
    return runs[-1][0], min(seconds for _, seconds in runs), [round(seconds, 3) for _, seconds in runs]


def run(rows: int = 1_000_000, frictionless_rows: int = 100_000, repeat: int = 2) -> dict:
    """Measure both validators (best of ``repeat`` runs each); returns rows/s of each, the speed
    ratio and the parity of findings on a copy with injected errors."""
    frictionless_rows = min(frictionless_rows, rows)
    schemas = _schemas()
    # Once per process: the Unicode classes of the SQL (Python's digits and spaces) are built.
    _, setup = _timed(compile_checks, "key_figures", schemas["key_figures"], schemas=schemas)
    with tempfile.TemporaryDirectory(prefix="bench-validation-") as tmp:
        tmp = Path(tmp)
        full, written = _timed(write_tables, tmp / "full", rows)
        size = sum(p.stat().st_size for p in full.values())
        sql_report, sql_seconds, sql_runs = _best(repeat, validate_tables_sql, full, schemas)
        sample = tmp / "full"
        if frictionless_rows < rows:
            write_tables(tmp / "sample", frictionless_rows)
            sample = tmp / "sample"
        fl_report, fl_seconds, fl_runs = _best(repeat, validate_folder, sample, TABLES, SCHEMAS_DIR)
        # Injected errors: both engines on the same (sample-sized) files, DuckDB also on the full size.
        broken = write_tables(tmp / "broken", frictionless_rows, injected=True)
        sql_broken = validate_tables_sql(broken, schemas)
        fl_broken = validate_folder(tmp / "broken", TABLES, SCHEMAS_DIR)
        broken_full = write_tables(tmp / "broken_full", rows, injected=True)
        sql_broken_full, sql_broken_seconds = _timed(validate_tables_sql, broken_full, schemas)
    sql_rate = rows / sql_seconds
    fl_rate = frictionless_rows / fl_seconds
    fl_truncated = any("reached error limit" in w for t in fl_broken.report.get("tasks", [])
                       for w in t.get("warnings", []))
    return {
        "rows": rows,
        "csv_bytes": size,
        "write_seconds": round(written, 3),
        "duckdb": {"seconds": round(sql_seconds, 3), "runs": sql_runs, "rows_per_s": round(sql_rate),
                   "valid": sql_report.valid, "rows_checked": sql_report.stats,
                   "setup_seconds_once_per_process": round(setup, 3)},
        "frictionless": {"rows": frictionless_rows, "seconds": round(fl_seconds, 3), "runs": fl_runs,
                         "rows_per_s": round(fl_rate), "valid": fl_report.valid,
                         "extrapolated": frictionless_rows < rows, "seconds_for_rows": round(rows / fl_rate, 1)},
        "speedup": round(sql_rate / fl_rate, 1),
        "injected": {
            "rows": frictionless_rows,
            "duckdb_findings": len(sql_broken.errors),
            "frictionless_findings": len(fl_broken.errors),
            "frictionless_truncated": fl_truncated,
            # Frictionless stops at 1000 errors per table (pipelines.validate keeps that default):
            # then its findings can only be compared as a subset of DuckDB's.
            "same_findings": (None if fl_truncated else _findings(sql_broken.errors) == _findings(fl_broken.errors)),
            "frictionless_findings_within_duckdb": _findings(fl_broken.errors) <= _findings(sql_broken.errors),
            "by_type": sql_broken.report["tables"]["key_figures"]["error_types"],
            "duckdb_full_rows": rows,
            "duckdb_full_findings": len(sql_broken_full.errors),
            "duckdb_full_seconds": round(sql_broken_seconds, 3),
        },
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--frictionless-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each engine; the best time counts")
    args = parser.parse_args(argv)
    result = run(args.rows, args.frictionless_rows, args.repeat)
    fl = result["frictionless"]
    print(f"key_figures: {result['rows']:,} rows ({result['csv_bytes'] / 1e6:.0f} MB of CSV with events and sources)")
    print(f"DuckDB SQL:   {result['duckdb']['seconds']:.2f} s, {result['duckdb']['rows_per_s']:,} rows/s "
          f"(best of {len(result['duckdb']['runs'])} runs: {result['duckdb']['runs']})")
    how = (f"measured on {fl['rows']:,} rows in {fl['seconds']:.2f} s (runs {fl['runs']}), "
           f"{fl['seconds_for_rows']:.0f} s extrapolated to {result['rows']:,} rows"
           if fl["extrapolated"] else f"{fl['seconds']:.2f} s, best of {fl['runs']}")
    print(f"Frictionless: {fl['rows_per_s']:,} rows/s ({how})")
    print(f"speed ratio: {result['speedup']}x")
    inj = result["injected"]
    print(f"injected errors on {inj['rows']:,} rows: DuckDB {inj['duckdb_findings']} findings, Frictionless "
          f"{inj['frictionless_findings']}"
          + (f" (stopped at its error limit; all of them among DuckDB's: {inj['frictionless_findings_within_duckdb']})"
             if inj["frictionless_truncated"] else f", same findings: {inj['same_findings']}"))
    print(f"injected errors on {inj['duckdb_full_rows']:,} rows: DuckDB {inj['duckdb_full_findings']} findings in "
          f"{inj['duckdb_full_seconds']:.2f} s")
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
