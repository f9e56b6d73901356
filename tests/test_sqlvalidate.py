"""Parity of the DuckDB validator (pipelines.validation.sql) with Frictionless.

Every test writes CSV files in tmp_path, validates them with Frictionless (configured not to stop
at its error limit) and with ``validate_tables_sql``, and compares the findings as a multiset of
(table, row, field, type). The corpus: the real schemas (sources, events, key_figures) with valid
tables written by ``pipelines.files.write_csv`` and one mutation per kind of error; synthetic
schemas covering every field type and constraint, with cells chosen on the edges of each type's
grammar; keys (composite primary keys, composite and self-referencing foreign keys, nulls); header
and row structure problems; random tables generated with hypothesis. The differences that cannot
be matched are tested for what this validator does instead."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import Counter
from pathlib import Path

import duckdb
import frictionless
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.files import write_csv, write_parquet
from pipelines.schemas import table_schema, to_arrow
from pipelines.validation.sql import (
    UnsupportedSchema,
    compile_checks,
    python_pattern_to_re2,
    validate_package_sql,
    validate_tables_sql,
)
from pipelines.validation.frictionless import resource_descriptor, validate_folder, validate_package

from .conftest import ROOT

SCHEMAS = ROOT / "schemas"
REAL = ["sources", "events", "key_figures"]


# ---------------------------------------------------------------------------------------------
# Running both engines


def frictionless_report(folder: Path, schemas: dict[str, dict]):
    descriptor = {"name": "parity", "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
                  "resources": [resource_descriptor(name, f"{name}.csv", schema) for name, schema in schemas.items()]}
    return frictionless.Package(descriptor, basepath=str(folder)).validate(limit_errors=0)


def frictionless_findings(folder: Path, schemas: dict[str, dict]) -> Counter:
    report = frictionless_report(folder, schemas)
    found = Counter()
    for task in report.tasks:
        for error in task.errors:
            found[(task.name, getattr(error, "row_number", None), getattr(error, "field_name", None), error.type)] += 1
    return found


def sql_report(folder: Path, schemas: dict[str, dict], **options):
    return validate_tables_sql({name: folder / f"{name}.csv" for name in schemas}, schemas, **options)


def sql_findings(folder: Path, schemas: dict[str, dict]) -> Counter:
    return Counter((e["table"], e["row"], e["field"], e["type"]) for e in sql_report(folder, schemas).errors)


def assert_parity(folder: Path, schemas: dict[str, dict]) -> Counter:
    expected = frictionless_findings(folder, schemas)
    actual = sql_findings(folder, schemas)
    assert actual == expected, (f"only Frictionless: {sorted((expected - actual).elements(), key=str)}\n"
                                f"only DuckDB: {sorted((actual - expected).elements(), key=str)}")
    return actual


def write_rows(path: Path, header: list[str] | None, rows: list[list[str]], newline: str = "\n") -> None:
    """CSV as csv.writer writes it (minimal quoting), without touching the cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def real_schemas() -> dict[str, dict]:
    return {name: table_schema(SCHEMAS, name) for name in REAL}


def real_rows() -> dict[str, list[dict]]:
    sources = [{"source_id": f"doc-{i}", "file_name": f"doc-{i}.pdf", "media_type": "application/pdf",
                "bytes": 1000 + i, "sha256": hashlib.sha256(str(i).encode()).hexdigest(), "pages": 1 + i,
                "title": f"Bilan {i}", "publisher": "CUA", "kind": "event_report", "published_date": "2025-01-0%d" % (i + 1),
                "license": "etalab-2.0", "in_manifest": i % 2 == 0, "encoding": None} for i in range(3)]
    events = [{"event_id": f"forum-202{i}", "source_id": f"doc-{i}", "name": "Forum, « numérique »", "edition": i + 1,
               "year": 2023 + i, "start_date": "2025-10-0%d" % (i + 1), "end_date": None, "venue": "Arras",
               "organizer": "CUA"} for i in range(3)]
    figures = [{"key_figure_id": f"forum-202{i % 3}:m{i}", "event_id": f"forum-202{i % 3}", "source_id": f"doc-{i % 3}",
                "metric": ["visitors", "exhibitors", "speakers"][i % 3], "value": 120.5 * i, "unit": "person",
                "approximate": i % 2 == 1, "comparator": [">", None, "~"][i % 3],
                "quote": f'plus de {i} visiteurs, "record"\net une seconde ligne' if i == 4 else f"{i} visiteurs",
                "page": 1 + i, "char_start": 10 * i, "char_end": 10 * i + 9} for i in range(8)]
    return {"sources": sources, "events": events, "key_figures": figures}


def write_real(folder: Path, rows: dict[str, list[dict]] | None = None) -> dict[str, dict]:
    schemas = real_schemas()
    for name, table_rows in (rows or real_rows()).items():
        write_csv(to_arrow(table_rows, schemas[name]), folder / f"{name}.csv")
    return schemas


def read_cells(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


# ---------------------------------------------------------------------------------------------
# The real schemas


def test_valid_real_tables_are_valid_for_both(tmp_path):
    schemas = write_real(tmp_path)
    assert assert_parity(tmp_path, schemas) == Counter()
    report = sql_report(tmp_path, schemas)
    assert report.valid and report.errors == []
    assert report.stats == {"sources": 3, "events": 3, "key_figures": 8}
    assert report.stats == validate_folder(tmp_path, REAL, SCHEMAS).stats


MUTATIONS = [
    # (table, data row index, column, new cell, whether it is an error)
    ("key_figures", 0, "page", "1.0", True),                  # integer rejects a decimal point
    ("key_figures", 1, "page", "1e3", True),                  # ... and an exponent
    ("key_figures", 1, "char_start", " 12 ", False),          # spaces around an integer are accepted
    ("key_figures", 2, "char_end", "1_000", False),           # so are underscores between digits
    ("key_figures", 2, "value", "1e3", False),                # number accepts an exponent
    ("key_figures", 3, "value", "12,5", True),                # not a decimal comma
    ("key_figures", 3, "value", "-0.5", True),                # below the minimum
    ("key_figures", 4, "value", "NaN", True),                 # NaN violates the minimum
    ("key_figures", 4, "value", "Infinity", False),           # infinity does not
    ("key_figures", 5, "metric", "visits", True),             # not in the enum
    ("key_figures", 5, "approximate", "yes", True),           # not a boolean
    ("key_figures", 6, "approximate", "TRUE", False),         # default trueValues
    ("key_figures", 6, "approximate", "0", False),            # default falseValues
    ("key_figures", 7, "quote", "", True),                    # required cell empty
    ("key_figures", 0, "comparator", "=", True),              # not in the enum
    ("key_figures", 0, "event_id", "forum-1999", True),       # dangling foreign key
    ("key_figures", 1, "key_figure_id", "forum-2020:m0", True),# duplicate primary key and unique
    ("key_figures", 2, "key_figure_id", "", True),            # empty primary key
    ("sources", 0, "source_id", "Doc-0", True),               # pattern mismatch (and the keys that use it)
    ("sources", 1, "sha256", "A" * 64, True),                 # pattern [0-9a-f]{64}
    ("sources", 1, "bytes", "0", True),                       # below the minimum
    ("sources", 2, "media_type", "application/xml", True),
    ("sources", 2, "published_date", "2025-02-30", True),     # not a date
    ("sources", 0, "published_date", "2025-2-3", False),      # one-digit month and day are accepted
    ("sources", 1, "in_manifest", "vrai", True),
    ("events", 0, "year", "1899", True),                      # below the minimum
    ("events", 1, "year", "2201", True),                      # above the maximum
    ("events", 1, "edition", "0", True),
    ("events", 2, "start_date", "09/10/2025", True),
    ("events", 2, "source_id", "doc-9", True),                # dangling foreign key
    ("events", 0, "event_id", "forum-2021", True),            # duplicate key, referenced by key_figures
]


@pytest.mark.parametrize("table,index,column,value,reported", MUTATIONS)
def test_real_schema_mutation_parity(tmp_path, table, index, column, value, reported):
    schemas = write_real(tmp_path)
    path = tmp_path / f"{table}.csv"
    cells = read_cells(path)
    cells[index + 1][cells[0].index(column)] = value
    write_rows(path, cells[0], cells[1:])
    found = assert_parity(tmp_path, schemas)
    assert bool(found) == reported


STRUCTURE = {
    "extra column in one row": lambda h, rows: (h, rows[:1] + [rows[1] + ["extra"]] + rows[2:]),
    "two extra cells": lambda h, rows: (h, rows[:2] + [rows[2] + ["x", ""]] + rows[3:]),
    "short row": lambda h, rows: (h, rows[:1] + [rows[1][:5]] + rows[2:]),
    "empty cells row": lambda h, rows: (h, rows[:1] + [[""] * len(h)] + rows[1:]),
    "extra column everywhere": lambda h, rows: (h + ["note"], [r + ["n"] for r in rows]),
    "missing last column": lambda h, rows: (h[:-1], [r[:-1] for r in rows]),
    "renamed column": lambda h, rows: (["id"] + h[1:], rows),
    "blank label": lambda h, rows: (h[:3] + [""] + h[4:], rows),
    "duplicate label": lambda h, rows: (h[:3] + [h[2]] + h[4:], rows),
    "swapped columns": lambda h, rows: ([h[1], h[0]] + h[2:], rows),
    "header only": lambda h, rows: (h, []),
}


@pytest.mark.parametrize("case", list(STRUCTURE))
def test_header_and_row_structure_parity(tmp_path, case):
    schemas = write_real(tmp_path)
    path = tmp_path / "key_figures.csv"
    cells = read_cells(path)
    header, rows = STRUCTURE[case](cells[0], cells[1:])
    write_rows(path, header, rows)
    found = assert_parity(tmp_path, schemas)
    assert found or case == "header only"


@pytest.mark.parametrize("text", [
    "a,b\n1,2\n\n3,4\n",             # empty line between rows
    "a,b\n1,2\n3,4\n\n\n",           # empty lines at the end
    "a,b\n\n1,2\n",                  # empty line right after the header
    "a,b\r\n1,2\r\n\r\n3,4\r\n",     # CRLF
    'a,b\n"x\n\ny",2\n\n3,4\n',      # an empty line inside a quoted cell is not a row
    "a,b\n1,2\n \n3,4\n",            # a line of one space is a row with one cell
    "a,b\n,\n1,2\n",                 # a row of empty cells
    "\na,b\n1,2\n",                  # no header row (the first line is empty)
    'a,b\n"1\r\n2",3\n4,5\n',        # CRLF inside a quoted cell
    "\ufeffa,b\n1,2\n",             # a byte order mark is not part of the first label
    "\ufeff\na,b\n1,2\n",           # ... nor of the first line
])
def test_empty_lines_and_quoted_newlines(tmp_path, text):
    schema = {"fields": [{"name": "a", "type": "string", "constraints": {"required": True}},
                         {"name": "b", "type": "integer"}], "primaryKey": ["a"]}
    (tmp_path / "t.csv").write_text(text, encoding="utf-8", newline="")
    assert_parity(tmp_path, {"t": schema})
    report = sql_report(tmp_path, {"t": schema})
    assert report.stats["t"] == frictionless_report(tmp_path, {"t": schema}).tasks[0].stats["rows"]


# ---------------------------------------------------------------------------------------------
# Every type and constraint, on the edges of the grammars

EDGES = {
    "integer": ["1", "+1", "-0", "007", "1_000", "1__0", "_1", "1_", "1.0", "1.", "1e3", " 1", "1 ", "\t1\n",
                "\u00a01", "٣", "１２", "0x10", "0b1", "--1", "+-1", "1 2", "9" * 30, "9" * 45, "abc", "NaN", "none"],
    "number": ["1", "1.5", "1e3", "1E-3", ".5", "5.", "-.5", "+.5e+2", "1_000.5", "_1", "1__0", "in_f", "inf",
               "-Infinity", "INF", "nan", "-NaN", "NaN12", "1e", "e3", "1,5", " 2.5 ", "１.５", "+-1", "0x10",
               "1e1_0", "1.e5", ".e5", ".", "-", "1e400", "abc"],
    "boolean": ["true", "True", "TRUE", "1", "false", "False", "FALSE", "0", "yes", "t", "tRue", " true",
                "true ", "01", "vrai"],
    "date": ["2024-01-05", "2024-1-5", "2024-01- 5", "2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01",
             "0001-01-01", "9999-12-31", "2024-13-01", "2024-00-10", "20240105", "2024-01-05 ", " 2024-01-05",
             "２０２４-01-05", "2024-01-05T00:00:00", "05/01/2024", "2024-1-05", "24-01-05"],
    "datetime": ["2024-01-05T10:20:30", "2024-01-05T10:20:30Z", "2024-01-05T10:20:30z", "2024-01-05 10:20:30",
                 "2024-01-05T10:20:30+01:00", "2024-01-05T10:20:30+0100", "2024-01-05T10:20:30+01",
                 "2024-01-05T10:20:30-00:00", "2024-01-05T24:00:00", "2024-01-05T24:00:01",
                 "2024-01-05T10:20:30.123", "2024-01-05T10:20:30,5", "2024-01-05T10:20:30.123456789",
                 "2024-01-05T10:20:60", "2024-01-05T25:00:00", "2024-01-05T10:20:30+24:00",
                 "2024-01-05T10:20:30+01:60", "2024-01-05T10:20", "2024-02-30T10:20:30", "2024-01-05X10:20:30",
                 "0000-01-05T10:20:30", "2024-01-05T10:20:30.000000001",
                 "2024-01-05T10:20:30 ", "abc"],
    "year": ["2024", "0000", "9999", "+123", " 123", "-123", "12345", "1_23", "２０２４", "99", "20.4", "year"],
    "string": ["", "a", "é", "a\nb", " x ", "🇫🇷", "e\u0301"],
}


@pytest.mark.parametrize("kind", list(EDGES))
def test_type_grammar_parity(tmp_path, kind):
    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "value", "type": kind}]}
    write_rows(tmp_path / "t.csv", ["id", "value"], [[str(i), v] for i, v in enumerate(EDGES[kind])])
    found = assert_parity(tmp_path, {"t": schema})
    assert (sum(found.values()) > 0) == (kind != "string")


CONSTRAINED = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True, "unique": True, "minimum": 0}},
        {"name": "code", "type": "string",
         "constraints": {"required": True, "pattern": "[A-Z]{2}[0-9]?", "minLength": 2, "maxLength": 3}},
        {"name": "label", "type": "string", "constraints": {"enum": ["un", "deux", "trois"], "unique": True}},
        {"name": "either", "type": "string", "constraints": {"pattern": "a|b"}},
        {"name": "digits", "type": "string", "constraints": {"pattern": "\\d+(\\.\\d+)?$"}},
        {"name": "word", "type": "string", "constraints": {"pattern": "\\w+\\s?\\w*"}},
        {"name": "amount", "type": "number",
         "constraints": {"minimum": -1.5, "maximum": "1e3", "enum": [0, 1.5, "10", 1000, "NaN"]}},
        {"name": "ratio", "type": "number", "constraints": {"exclusiveMinimum": 0, "exclusiveMaximum": 1}},
        {"name": "count", "type": "integer", "constraints": {"maximum": 10, "enum": [1, 2, "3", 10, 11]}},
        {"name": "flag", "type": "boolean", "constraints": {"enum": [True]}, "trueValues": ["oui", "yes", "x"],
         "falseValues": ["non", "x"]},
        {"name": "day", "type": "date",
         "constraints": {"minimum": "2024-01-01", "exclusiveMaximum": "2025-01-01", "enum": ["2024-01-05", "2024-12-31"]}},
        {"name": "at", "type": "datetime",
         "constraints": {"minimum": "2024-01-01T00:00:00", "maximum": "2024-12-31T23:59:59"}},
        {"name": "year", "type": "year", "constraints": {"minimum": 2000, "maximum": 2030, "enum": [2020, "2024"]}},
        {"name": "note", "type": "string", "missingValues": ["", "NA", "-"], "constraints": {"required": True}},
    ],
    "missingValues": ["", "n/a"],
}
CELLS = {
    "id": ["1", "2", "-1", "x", "", "2", "02", "n/a"],
    "code": ["AB", "AB1", "ab", "A", "ABCD", "AB12", "", "AB\n", "ÀB"],
    "label": ["un", "deux", "quatre", "un", "", "Un", "n/a"],
    "either": ["a", "b", "abc", "xb", "ba", "c", "", "b\n"],
    "digits": ["12", "1.5", "٣", "１２", "1.", "x1", "12\n"],
    "word": ["abc", "été", "a b", "a\u00a0b", "a  b", "_", "-"],
    "amount": ["0", "1.5", "10", "1e1", "1000", "-1.5", "-2", "1001", "NaN", "nan", "3", "inf", "1.50"],
    "ratio": ["0.5", "0", "1", "-0.1", "1e-9", "NaN", "inf"],
    "count": ["1", "3", "10", "11", "2", "12", "0", "-3"],
    "flag": ["oui", "yes", "non", "true", "1", "", "OUI", "x"],
    "day": ["2024-01-05", "2024-12-31", "2024-1-5", "2023-12-31", "2025-01-01", "2024-06-01", "2024-02-30"],
    # naive only: Frictionless raises comparing an aware datetime with a naive bound
    "at": ["2024-06-01T10:00:00", "2023-06-01T10:00:00", "2024-06-01 10:00:00.5", "2025-01-01T00:00:00",
           "2024-12-31T23:59:59", "2024-12-31T24:00:00", "2024-06-01T10:00"],
    "year": ["2020", "2024", "1999", "2031", "2025", "+204", "0000"],
    "note": ["ok", "", "NA", "-", "n/a", " "],
}


def _constrained_rows(count: int) -> list[list[str]]:
    """Rows crossing the cells of every column (each column cycles at its own pace)."""
    names = [f["name"] for f in CONSTRAINED["fields"]]
    return [[CELLS[n][i * (k + 3) % len(CELLS[n])] for k, n in enumerate(names)] for i in range(count)]


def test_every_constraint_parity(tmp_path):
    names = [f["name"] for f in CONSTRAINED["fields"]]
    write_rows(tmp_path / "t.csv", names, _constrained_rows(60))
    found = assert_parity(tmp_path, {"t": CONSTRAINED})
    kinds = Counter(kind for (_, _, _, kind) in found.elements())
    assert {"type-error", "constraint-error", "unique-error"} <= set(kinds)
    fields = {field for (_, _, field, kind) in found if kind == "constraint-error"}
    assert len(fields) >= 10


@pytest.mark.parametrize("pattern,cells", [
    ("a|b", ["a", "abc", "xb", "b", "ba", "b\n"]),            # re.match on "^a|b$": anchored at the start only
    ("[A-Z]", ["A", "AB", "a", "A\n"]),
    ("\\d{2}", ["12", "٣٤", "1२", "123"]),
    ("[\\w-]+", ["a-b", "é_1", "a b", "--"]),
    ("[^\\d]+", ["abc", "a1", "٣"]),
    ("\\S+@\\S+", ["a@b", "a @b", "a@b\u00a0"]),
    ("(?i:abc)", ["ABC", "abc", "aBc", "abd"]),
    ("x$", ["x", "x\n", "xx"]),
    ("\\Ax\\Z", ["x", "x\n"]),
])
def test_pattern_semantics_parity(tmp_path, pattern, cells):
    schema = {"fields": [{"name": "id", "type": "integer"},
                         {"name": "v", "type": "string", "constraints": {"pattern": pattern}}]}
    write_rows(tmp_path / "t.csv", ["id", "v"], [[str(i), c] for i, c in enumerate(cells)])
    assert_parity(tmp_path, {"t": schema})


def test_pattern_translation_rejects_what_re2_cannot_run():
    for pattern in ["(?=a)b", "(a)\\1", "a(?!b)", "(?<=a)b"]:
        with pytest.raises(UnsupportedSchema):
            python_pattern_to_re2(pattern)
    assert python_pattern_to_re2("a|b") == "^(?:^a|b(?:\\n?\\z))"


# ---------------------------------------------------------------------------------------------
# Keys


def test_unique_compares_typed_values(tmp_path):
    schema = {"fields": [{"name": "n", "type": "number", "constraints": {"unique": True}},
                         {"name": "b", "type": "boolean", "constraints": {"unique": True}},
                         {"name": "d", "type": "date", "constraints": {"unique": True}},
                         {"name": "i", "type": "integer", "constraints": {"unique": True}}]}
    rows = [["1", "true", "2024-01-05", "7"], ["1.0", "1", "2024-1-5", "007"], ["1e0", "", "", "+7"],
            ["NaN", "false", "2024-01-06", "x"], ["nan", "0", "2024-01-06", "x"], ["", "", "", ""]]
    write_rows(tmp_path / "t.csv", ["n", "b", "d", "i"], rows)
    found = assert_parity(tmp_path, {"t": schema})
    assert found["t", 3, "n", "unique-error"] == 1 and ("t", 5, "n", "unique-error") not in found


def test_composite_primary_key(tmp_path):
    schema = {"fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "integer"},
                         {"name": "c", "type": "string"}], "primaryKey": ["a", "b"]}
    rows = [["x", "1", ""], ["x", "2", ""], ["x", "01", "dup"], ["y", "", ""], ["y", "", "dup with null"],
            ["", "", "all null"], ["", "3", ""], ["", "3", "dup"], ["z", "bad", ""], ["z", "oops", "type errors"]]
    write_rows(tmp_path / "t.csv", ["a", "b", "c"], rows)
    found = assert_parity(tmp_path, {"t": schema})
    assert found["t", 4, None, "primary-key"] == 1 and found["t", 7, None, "primary-key"] == 1


def test_composite_and_self_referencing_foreign_keys(tmp_path):
    parents = {"fields": [{"name": "code", "type": "string"}, {"name": "year", "type": "integer"},
                          {"name": "parent", "type": "string"}, {"name": "parent_year", "type": "integer"}],
               "primaryKey": ["code", "year"],
               "foreignKeys": [{"fields": ["parent", "parent_year"],
                                "reference": {"resource": "", "fields": ["code", "year"]}}]}
    children = {"fields": [{"name": "id", "type": "integer"}, {"name": "code", "type": "string"},
                           {"name": "year", "type": "number"}, {"name": "same", "type": "string"}],
                "foreignKeys": [{"fields": ["code", "year"], "reference": {"resource": "parents", "fields": ["code", "year"]}},
                                {"fields": ["same"], "reference": {"resource": "children", "fields": ["code"]}},
                                {"fields": ["id"], "reference": {"resource": "parents", "fields": ["code"]}}]}
    write_rows(tmp_path / "parents.csv", ["code", "year", "parent", "parent_year"],
               [["a", "2024", "", ""], ["b", "2024", "a", "2024"], ["c", "2024", "a", "2025"], ["d", "2024", "", "2024"],
                ["e", "", "d", ""], ["f", "2024", "zz", ""], ["", "", "", ""], ["g", "x", "g", "x"]])
    write_rows(tmp_path / "children.csv", ["id", "code", "year", "same"],
               [["1", "a", "2024", "a"], ["2", "a", "2024.0", "q"], ["3", "b", "2025", ""], ["4", "", "", "b"],
                ["5", "e", "", "e"], ["6", "a", "", ""], ["7", "", "2024", ""], ["8", "c", "NaN", ""]])
    found = assert_parity(tmp_path, {"parents": parents, "children": children})
    assert found["parents", 4, None, "foreign-key"] == 1          # (a, 2025) is not a parent
    assert found["children", 3, None, "foreign-key"] == 2          # (a, 2024.0) matches (a, 2024); "q" is no code
    assert found["children", 6, None, "foreign-key"] == 1          # (e, null) matches (e, null); id 5 is not a code


def test_foreign_key_to_a_missing_table_is_a_resource_error(tmp_path):
    schema = {"fields": [{"name": "a", "type": "string"}],
              "foreignKeys": [{"fields": ["a"], "reference": {"resource": "elsewhere", "fields": ["a"]}}]}
    write_rows(tmp_path / "t.csv", ["a"], [["x"]])
    found = assert_parity(tmp_path, {"t": schema})
    assert found == Counter({("t", None, None, "resource-error"): 1})


def test_foreign_key_field_missing_from_the_referenced_header(tmp_path):
    ref = {"fields": [{"name": "a", "type": "string"}, {"name": "b", "type": "string"}]}
    t = {"fields": [{"name": "x", "type": "string"}],
         "foreignKeys": [{"fields": ["x"], "reference": {"resource": "ref", "fields": ["b"]}}]}
    write_rows(tmp_path / "ref.csv", ["a"], [["1"], ["2"]])
    write_rows(tmp_path / "t.csv", ["x"], [["1"], [""]])
    assert_parity(tmp_path, {"ref": ref, "t": t})


# ---------------------------------------------------------------------------------------------
# Random tables


@st.composite
def random_table(draw):
    names = [f["name"] for f in CONSTRAINED["fields"]]
    count = draw(st.integers(min_value=0, max_value=12))
    rows = []
    for _ in range(count):
        row = [draw(st.sampled_from(CELLS[n] + (EDGES[kind][:8] if kind != "datetime" else [])))
               for n, kind in ((f["name"], f["type"]) for f in CONSTRAINED["fields"])]
        shape = draw(st.sampled_from(["ok"] * 6 + ["short", "long", "blank", "empty line"]))
        if shape == "short":
            row = row[:draw(st.integers(min_value=0, max_value=len(row) - 1))]
        elif shape == "long":
            row = row + draw(st.lists(st.sampled_from(["", "x", "1"]), min_size=1, max_size=3))
        elif shape == "blank":
            row = [""] * len(row)
        elif shape == "empty line":
            row = []
        rows.append(row)
    header = list(names)
    edit = draw(st.sampled_from(["none"] * 5 + ["rename", "drop last", "add", "blank"]))
    if edit == "rename":
        header[draw(st.integers(min_value=0, max_value=len(header) - 1))] = "renamed"
    elif edit == "drop last":
        header = header[:-1]
    elif edit == "add":
        header = header + ["added"]
    elif edit == "blank":
        header[1] = ""
    return header, rows


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=random_table())
def test_random_tables_parity(tmp_path, table):
    header, rows = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        buffer.write("\n") if row == [] else writer.writerow(row)
    (tmp_path / "t.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="")
    assert_parity(tmp_path, {"t": CONSTRAINED})


# ---------------------------------------------------------------------------------------------
# Report, limits, messages


def test_messages_and_order_follow_frictionless(tmp_path):
    schemas = write_real(tmp_path)
    path = tmp_path / "key_figures.csv"
    cells = read_cells(path)
    cells[2][cells[0].index("page")] = "x"
    cells[3][cells[0].index("value")] = "-1"
    cells[4][0] = cells[1][0]
    cells[5].append("extra")
    write_rows(path, cells[0], cells[1:])
    theirs = [(task.name, getattr(e, "row_number", None), e.type, e.message)
              for task in frictionless_report(tmp_path, schemas).tasks for e in task.errors]
    ours = [(e["table"], e["row"], e["type"], e["message"]) for e in sql_report(tmp_path, schemas).errors]
    assert ours == theirs


def test_errors_are_counted_in_full_and_limit_errors_truncates_the_list(tmp_path):
    schema = {"fields": [{"name": "n", "type": "integer"}]}
    write_rows(tmp_path / "t.csv", ["n"], [["x"]] * 1200)
    report = sql_report(tmp_path, {"t": schema})
    assert len(report.errors) == 1200 and report.report["tables"]["t"]["errors"] == 1200
    limited = sql_report(tmp_path, {"t": schema}, limit_errors=10)
    assert [e["row"] for e in limited.errors] == list(range(2, 12))
    assert limited.report["tables"]["t"]["errors"] == 1200 and limited.report["truncated"]
    assert not limited.valid
    # Frictionless stops a table at 1000 errors by default (pipelines.validate keeps that default).
    default = frictionless.Package({"name": "p", "resources": [resource_descriptor("t", "t.csv", schema)]},
                                   basepath=str(tmp_path)).validate()
    assert len(default.tasks[0].errors) == 1000
    assert len(frictionless_report(tmp_path, {"t": schema}).tasks[0].errors) == 1200


def test_empty_file_and_unreadable_file(tmp_path):
    schema = {"fields": [{"name": "a", "type": "string"}]}
    (tmp_path / "t.csv").write_text("", encoding="utf-8")
    assert_parity(tmp_path, {"t": schema})
    # Mixed line endings and stray quotes: Python's csv module reads them, DuckDB's strict
    # reader does not; the table is then one source-error here (documented difference).
    (tmp_path / "t.csv").write_bytes(b'a\nx"y\n"z" w\n')
    report = sql_report(tmp_path, {"t": schema})
    assert [e["type"] for e in report.errors] == ["source-error"] and not report.valid


def test_header_row_is_found_as_frictionless_finds_it(tmp_path):
    """Frictionless takes for header the first of the first 100 rows whose width is close to their
    mean width, and strips the labels: a header followed by many short rows is not row 1."""
    schema = {"fields": [{"name": n, "type": "string"} for n in "abcdef"]}
    write_rows(tmp_path / "t.csv", [" a", "b ", "c", "d", "e", "f"], [["1"]] * 3 + [["x", "y"], ["1", "2", "3", "4", "5", "6"]])
    found = assert_parity(tmp_path, {"t": schema})
    assert ("t", None, "a", "incorrect-label") in found          # the header is the row ["x", "y"]
    assert sql_report(tmp_path, {"t": schema}).stats == {"t": 1}


def test_known_datetime_difference_iso_week_dates(tmp_path):
    """dateutil (used by Frictionless) reads ISO week dates such as 2024-W01-1; they are type errors here."""
    schema = {"fields": [{"name": "at", "type": "datetime"}]}
    write_rows(tmp_path / "t.csv", ["at"], [["2024-W01-1T10:20:30"]])
    assert frictionless_findings(tmp_path, {"t": schema}) == Counter()
    assert sql_findings(tmp_path, {"t": schema}) == Counter({("t", 2, "at", "type-error"): 1})


def test_known_integer_difference_beyond_38_digits(tmp_path):
    """Python's int has no limit; here an integer beyond 38 digits is an integer whose value is not
    compared (HUGEINT), so its bounds go unchecked."""
    schema = {"fields": [{"name": "n", "type": "integer", "constraints": {"maximum": 10}}]}
    write_rows(tmp_path / "t.csv", ["n"], [["9" * 45], ["9" * 38], ["x" * 45]])
    assert frictionless_findings(tmp_path, {"t": schema}) == Counter(
        {("t", 2, "n", "constraint-error"): 1, ("t", 3, "n", "constraint-error"): 1, ("t", 4, "n", "type-error"): 1})
    assert sql_findings(tmp_path, {"t": schema}) == Counter(
        {("t", 3, "n", "constraint-error"): 1, ("t", 4, "n", "type-error"): 1})


def test_unsupported_schemas_are_refused():
    for field in [{"name": "t", "type": "time"}, {"name": "e", "type": "string", "format": "email"},
                  {"name": "n", "type": "number", "decimalChar": ","}]:
        with pytest.raises(UnsupportedSchema):
            compile_checks("t", {"fields": [field]})


def test_compile_checks_gives_inspectable_sql(tmp_path):
    statements = compile_checks("key_figures", table_schema(SCHEMAS, "key_figures"), schemas=real_schemas())
    assert statements[0].startswith("CREATE OR REPLACE TEMP TABLE") and "read_csv('key_figures.csv'" in statements[0]
    assert any("ANTI JOIN" in s and '"sv_events"' in s for s in statements)
    # The statements run as they are: on a valid file the queries list nothing, on a broken one
    # the cell findings come out with Frictionless' row numbers.
    schemas = write_real(tmp_path)
    path = tmp_path / "sources.csv"
    for broken in (False, True):
        if broken:
            cells = read_cells(path)
            cells[2][cells[0].index("pages")] = "deux"
            write_rows(path, cells[0], cells[1:])
        con = duckdb.connect()
        load, view, *queries = compile_checks("sources", schemas["sources"], path=str(path))
        con.execute(load)
        con.execute(view)
        found = [row for sql in queries for row in con.execute(sql).fetchall()]
        assert found == ([(3, "pages", 6, "type-error", "deux", 'type is "integer/default"', 6 * 64)]
                         if broken else [])


def test_caller_connection_is_left_clean(tmp_path):
    schemas = write_real(tmp_path)
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")
    report = sql_report(tmp_path, schemas, con=con)
    assert report.valid
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM duckdb_views() WHERE temporary AND NOT internal").fetchone()[0] == 0
    assert con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()[0] is False


# ---------------------------------------------------------------------------------------------
# A published data package


def _publish(folder: Path) -> Path:
    """A datapackage.json as pipelines.publishing.release writes it: a CSV resource per table (with bytes,
    hash and rows) and a Parquet file resource."""
    schemas = real_schemas()
    data = folder / "data"
    data.mkdir(parents=True)
    resources = []
    for name, rows in real_rows().items():
        table = to_arrow(rows, schemas[name])
        write_csv(table, data / f"{name}.csv")
        write_parquet(table, data / f"{name}.parquet")
        csv_res = resource_descriptor(name, f"data/{name}.csv", schemas[name])
        csv_res.pop("scheme")
        csv_res.update(bytes=(data / f"{name}.csv").stat().st_size, rows=table.num_rows,
                       hash="sha256:" + hashlib.sha256((data / f"{name}.csv").read_bytes()).hexdigest())
        resources.append(csv_res)
        parquet = data / f"{name}.parquet"
        resources.append({"name": f"{name}_parquet", "type": "file", "path": f"data/{name}.parquet",
                          "format": "parquet", "mediatype": "application/vnd.apache.parquet",
                          "bytes": parquet.stat().st_size, "hash": "sha256:" + hashlib.sha256(parquet.read_bytes()).hexdigest()})
    descriptor = folder / "datapackage.json"
    descriptor.write_text(json.dumps({"name": "test", "resources": resources}, indent=2), encoding="utf-8")
    return descriptor


def _package_findings(report) -> Counter:
    return Counter((e["table"], e["row"], e["field"], e["type"]) for e in report.errors
                   if not (e["table"] or "").endswith("_parquet"))


def test_published_package_parity(tmp_path):
    descriptor = _publish(tmp_path)
    ours = validate_package_sql(descriptor)
    assert ours.valid, ours.summary()
    assert ours.stats == {"sources": 3, "events": 3, "key_figures": 8}
    assert validate_package(descriptor).valid
    # Tampered: a changed cell (hash, and the value), a dropped row (bytes, rows and hash).
    path = tmp_path / "data" / "key_figures.csv"
    cells = read_cells(path)
    cells[1][cells[0].index("value")] = "-3"
    write_rows(path, cells[0], cells[1:-1])
    ours, theirs = validate_package_sql(descriptor), validate_package(descriptor)
    assert _package_findings(ours) == _package_findings(theirs)
    assert {e["type"] for e in ours.errors} == {"constraint-error", "hash-count", "byte-count", "row-count"}
    assert ours.errors[-1]["type"] in ("hash-count", "byte-count", "row-count")


def test_validate_package_sql_skips_file_resources(tmp_path):
    descriptor = _publish(tmp_path)
    (tmp_path / "data" / "events.parquet").write_bytes(b"not parquet")
    assert validate_package_sql(descriptor).valid          # type: file resources are not checked
    assert not validate_package(descriptor).valid          # Frictionless checks their bytes and hash


def test_arrow_written_tables_round_trip(tmp_path):
    """Cells as write_csv writes them: quoted commas, quotes, newlines, formula neutralisation."""
    schema = {"fields": [{"name": "id", "type": "integer", "constraints": {"unique": True}},
                         {"name": "text", "type": "string", "constraints": {"required": True, "maxLength": 12}},
                         {"name": "x", "type": "number"}, {"name": "ok", "type": "boolean"}, {"name": "d", "type": "date"}],
              "primaryKey": ["id"]}
    table = pa.table({"id": pa.array([1, 2, 3, 4], pa.int64()),
                      "text": ["a,b", 'dit "oui"', "=SUM(A1)", "deux\nlignes et plus"],
                      "x": pa.array([1.5, None, 1e20, -0.0]), "ok": [True, False, None, True],
                      "d": pa.array([None, 19000, 19001, 0], pa.int32()).cast(pa.date32())})
    write_csv(table, tmp_path / "t.csv")
    found = assert_parity(tmp_path, {"t": schema})
    assert found == Counter({("t", 5, "text", "constraint-error"): 1})


def test_release_published_by_the_pipeline(tmp_path):
    """The real documents, extracted and published by pipelines.publishing.release: the same verdict and
    findings as Frictionless on the published datapackage.json, then on a tampered copy."""
    from pipelines.publishing.release import publish_release

    from .conftest import SOURCES, extracted_tables

    result = publish_release(extracted_tables(), package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS,
                             sources_dir=SOURCES)
    descriptor = result.path / "datapackage.json"
    ours = validate_package_sql(descriptor)
    assert ours.valid, ours.summary()
    assert ours.stats == {name: res["rows"] for name, res in
                          ((r["name"], r) for r in json.loads(descriptor.read_text())["resources"]) if "rows" in res}
    assert validate_package(descriptor).valid
    path = result.path / "data" / "key_figures.csv"
    path.chmod(0o644)
    cells = read_cells(path)
    cells[1][cells[0].index("metric")] = "visits"
    cells.append(list(cells[1]))
    write_rows(path, cells[0], cells[1:])
    ours, theirs = validate_package_sql(descriptor), validate_package(descriptor)
    assert _package_findings(ours) == _package_findings(theirs) != Counter()


def test_auto_engine_picks_by_size_and_both_engines_agree():
    """The per-run checks use Frictionless for small tables and the SQL engine for large ones;
    on the same broken tables both report the same findings."""

    from pipelines.schemas import table_schema, to_arrow
    from pipelines.validation.frictionless import SQL_ENGINE_MIN_ROWS, validate_tables

    schemas = Path(__file__).resolve().parent.parent / "schemas"
    sources = to_arrow([{"source_id": "s", "file_name": "a.txt", "media_type": "text/plain", "bytes": 1,
                         "sha256": "0" * 64, "pages": 1, "kind": "event_report", "in_manifest": False}],
                       table_schema(schemas, "sources"))

    def events(n: int, bad_every: int) -> pa.Table:
        rows = [{"event_id": f"e{i}", "source_id": "s" if i % bad_every else "missing", "name": f"Forum {i}"}
                for i in range(n)]
        return to_arrow(rows, table_schema(schemas, "events"))

    small = {"sources": sources, "events": events(50, 10)}
    large = {"sources": sources, "events": events(SQL_ENGINE_MIN_ROWS, 2_000)}
    assert validate_tables(small, schemas, engine="auto").report.get("engine") != "duckdb"
    auto = validate_tables(large, schemas, engine="auto")
    assert auto.report["engine"] == "duckdb" and not auto.valid
    reference = validate_tables(large, schemas, engine="frictionless")
    found = sorted((e["table"], e["row"], e["field"], e["type"]) for e in auto.errors)
    assert found == sorted((e["table"], e["row"], e["field"], e["type"]) for e in reference.errors)
    assert len(found) == SQL_ENGINE_MIN_ROWS // 2_000


def test_the_unicode_classes_kept_beside_the_compiler_are_those_of_this_python():
    """literals.py reads Python's \\d, \\s, \\w and digit translation from unicode_classes.json
    (built once, not at each process's first check) only when made by this Python's Unicode data."""
    from pipelines.validation.sql import literals

    built = literals.build_classes()
    kept = json.loads(literals.CLASSES_FILE.read_text(encoding="utf-8"))
    # another Python: rebuild the file with `python -m pipelines.validation.sql.literals`
    assert kept["version"] == built["version"] == literals.classes_version()
    assert kept == built
    assert literals._classes.__wrapped__() == built
