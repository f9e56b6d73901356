"""Table Schema validation compiled to DuckDB SQL, with the findings Frictionless would report.

``validate_tables_sql`` checks CSV files (as ``pipelines.files.write_csv`` publishes them) against
their Table Schemas with SQL compiled from the schemas, and returns a
``pipelines.validate.ValidationReport`` whose errors have the shape ``pipelines.validate`` gives:
``table``, ``row`` (Frictionless' row number: the header is row 1, the first data row is row 2),
``field``, ``type`` (Frictionless' error type: "type-error", "constraint-error", "unique-error",
"primary-key", "foreign-key", ...) and ``message`` (Frictionless' message templates). The aim is
the multiset of (table, row, field, type) findings Frictionless 5 reports on the same files, at
DuckDB speed: ``tests/test_sqlvalidate.py`` holds the two engines to that, ``bench/validation.py``
measures both. ``validate_package_sql`` does the same for a published ``datapackage.json``;
``compile_checks`` shows the SQL.

How: Python reads the first 100 records (header row and labels, as below) and looks for empty
lines (one regular-expression scan of the file, a quote-aware pass only when one is found). DuckDB
then reads the file once, every cell as text (``read_csv`` with explicit VARCHAR columns, one more
than the header to see extra cells, ``null_padding`` and a private null marker so that a missing
cell and an empty cell differ), and keeps per record the typed values of the key columns plus,
only for the records where a conjunction of every type and constraint check fails, their cells.
The detail queries (which cell, which check) run on those records only; duplicates are grouped on
a hash of the key, foreign keys are anti-joins on typed values.

Covered, with Frictionless' semantics (as read in frictionless 5.21):

- Types: ``string`` (default format), ``integer`` (``int()`` after ``str.strip()``: signs,
  leading zeros, ``_`` between digits, Unicode digits; not ``1.0`` nor ``1e3``), ``number``
  (``Decimal()``: exponents, ``.5``, ``5.``, ``inf``/``nan``, underscores anywhere, Unicode
  digits), ``boolean`` (exactly ``trueValues``/``falseValues``, by default true/True/TRUE/1 and
  false/False/FALSE/0), ``date`` (``strptime('%Y-%m-%d')``: one-digit month and day accepted,
  years 0001-9999), ``datetime`` (``YYYY-MM-DD?HH:MM:SS[.f][Z|±HH[[:]MM]]``, 24:00:00), ``year``
  (four characters, 0-9999). ``missingValues`` of the field or of the schema (``[""]`` by
  default); a missing value is never a type error.
- Constraints, those Frictionless applies to each type: ``required``, ``unique``, ``enum``,
  ``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum`` (NaN violates them; bounds
  and enum members are read with the field's type), ``minLength``/``maxLength`` (code points),
  ``pattern``: Frictionless compiles ``'^' + pattern + '$'`` and calls ``re.match``, which
  anchors every alternative at the start while ``$`` ends the last one only (``a|b`` accepts
  ``abc``), and ``$`` also matches before a final newline; the RE2 expression reproduces that,
  with Python's Unicode ``\\d``, ``\\w`` and ``\\s`` spelled out.
- ``primaryKey``, one or several fields: "primary-key" on every later duplicate of the typed
  values (nulls equal inside a key, NaN never equal) and on every row whose key cells are all
  null; ``unique``: "unique-error" on every later duplicate of a non-null value.
- ``foreignKeys`` to another table of the call or to the table itself (``resource`` empty or its
  own name), one or several fields, on typed values as Python compares them (an integer matches
  an equal number, a string never matches a number, a null inside a composite key matches a
  null). A row whose key cells are all null is not checked (no error), referenced rows whose key
  cells are all null are not in the lookup. A foreign key to a table not in the call is a
  "resource-error" and the table's rows are not checked, as in Frictionless.
- Header (``fieldsMatch`` "exact", the default): "extra-label", "missing-label", "blank-label",
  "duplicate-label", "incorrect-label", on labels stripped of spaces. Rows are then read against
  the fields the labels stand for: a column beyond the schema is untyped, a field beyond the
  header is not checked, nor a key that uses it. The header row is the one Frictionless picks
  when the dialect does not name it: the first of the first 100 records whose width is within
  10% of their mean width (row 1 for any regular file).
- Rows: "extra-cell", "missing-cell" (plus "constraint-error" when the field is required, as in
  Frictionless), "blank-row" (replacing the row's cell findings; a blank row still breaks a
  primary key), empty lines counted as blank rows with the row numbers of Python's ``csv``
  module, quoted cells over several lines, ``\\n`` or ``\\r\\n`` line endings.
- ``validate_package_sql``: the CSV resources of a ``datapackage.json`` (``type: file``
  resources such as the Parquet files are skipped), with their declared ``bytes``, ``hash``
  (sha256 or md5) and ``rows`` ("byte-count", "hash-count", "row-count").

Differences with Frictionless:

- Errors are counted in full. Frictionless stops a table at ``limit_errors`` (1000 by default,
  the default ``pipelines.validate`` keeps) and then skips its end-of-table checks (bytes, hash,
  rows). Here ``limit_errors`` only shortens the list returned per table (in Frictionless'
  order: header, then row by row); ``report["tables"]`` keeps the full counts. Parity holds with
  Frictionless run with ``limit_errors=0``, or under 1000 errors per table.
- DuckDB parses the CSV strictly (RFC 4180, one line ending for the whole file, UTF-8): stray
  quotes inside unquoted cells, mixed or lone ``\\r`` line endings and invalid UTF-8, which
  Python's ``csv`` module reads one way or another, make one "source-error" for the table here.
  Frictionless also sniffs ``skipinitialspace`` from the first lines; that only happens for
  unusual headers (one column, ``, "x"`` separators) and is taken as false. A cell equal to
  ``MISSING_MARKER`` (private-use characters) would be read as a missing cell; a record longer
  than 8 MiB is a "source-error".
- ``number`` values are compared as DOUBLE (Frictionless: ``Decimal``), so values equal to 17
  significant digits are equal here; a signalling NaN (``sNaN``, on which Frictionless raises)
  is a NaN. ``integer`` values beyond 38 digits are integers, but their value is not compared
  (no bound, enum, unique or key check).
- ``datetime``: the ISO week and ordinal dates that dateutil also reads (``2024-W01-1T...``) are
  type errors here; a bound between an aware and a naive datetime (Frictionless raises) is
  compared on the UTC instant; keys compare (UTC instant, aware or not).
- Patterns run on RE2: look-arounds, back-references and possessive quantifiers are refused
  (``UnsupportedSchema``); ``\\b``, and ``\\W``/``\\S`` inside a class, keep RE2's ASCII meaning.
- Refused with ``UnsupportedSchema``: other field types (time, yearmonth, duration, object,
  array, list, geopoint, geojson, any), formats other than ``default``, ``bareNumber: false``,
  ``decimalChar``, ``groupChar``, ``fieldsMatch`` other than ``exact``; a package's dialects other
  than a one-character delimiter and quote (doubled quotes) and encodings other than UTF-8.
- Messages follow Frictionless' templates; in foreign-key messages the values are DuckDB's text of
  the typed values (Frictionless prints ``Decimal('1.50')`` as ``1.50``, DuckDB 1.5).
- The first call in a process builds Python's Unicode digit and space classes (about 0.2 s).
  Requires DuckDB 1.3 or later (``lambda`` syntax).
"""

from __future__ import annotations

import csv
import decimal
import hashlib
import json
import mmap
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

import duckdb

from .validate import ValidationReport

# A cell equal to this text would be read as a missing cell (it marks the cells beyond the end of
# a short row, as opposed to empty cells).
MISSING_MARKER = "\ue000sqlvalidate:missing\ue001"

DEFAULT_TRUE_VALUES = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE_VALUES = ["false", "False", "FALSE", "0"]

# Frictionless' supported constraints per type, in the order it checks them.
SUPPORTED_CONSTRAINTS = {
    "string": ["required", "minLength", "maxLength", "pattern", "enum"],
    "integer": ["required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
    "number": ["required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
    "boolean": ["required", "enum"],
    "date": ["required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
    "datetime": ["required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
    "year": ["required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"],
}
NUMERIC = {"integer", "number", "year", "boolean"}

# Error code of a cell in the detail pass: these two bits, then one bit per constraint.
TYPE_BIT = 1
MISSING_BIT = 2

TEMPLATES = {
    "type-error": 'Type error in the cell "{cell}" in row "{row}" and field "{field}" at position "{number}": {note}',
    "constraint-error": 'The cell "{cell}" in row at position "{row}" and field "{field}" at position "{number}" '
    "does not conform to a constraint: {note}",
    "unique-error": 'Row at position "{row}" has unique constraint violation in field "{field}" at position '
    '"{number}": {note}',
    "primary-key": 'Row at position "{row}" violates the primary key: {note}',
    "foreign-key": 'Row at position "{row}" violates the foreign key: {note}',
    "blank-row": 'Row at position "{row}" is completely blank',
    "extra-cell": 'Row at position "{row}" has an extra value in field at position "{number}"',
    "missing-cell": 'Row at position "{row}" has a missing cell in field "{field}" at position "{number}"',
    "extra-label": 'There is an extra label "{label}" in header at position "{number}"',
    "missing-label": "There is a missing label in the header's field \"{field}\" at position \"{number}\"",
    "blank-label": 'Label in the header in field at position "{number}" is blank',
    "duplicate-label": 'Label "{label}" in the header at position "{number}" is duplicated to a label: {note}',
    "incorrect-label": 'Label "{label}" in field {field} at position "{number}" does not match the field name '
    "in the schema",
    "source-error": "The data source has not supported or has inconsistent contents: {note}",
    "resource-error": "The data resource has an error: {note}",
    "hash-count": "The data source does not match the expected hash count: {note}",
    "byte-count": "The data source does not match the expected byte count: {note}",
    "row-count": "The data source does not match the expected row count: {note}",
}
# Order of the kinds of findings inside a row, as Frictionless emits them.
GROUP = {kind: rank * 1_000_000 for rank, kind in enumerate(
    ["constraint-error", "extra-cell", "missing-cell", "blank-row", "unique-error", "primary-key", "foreign-key"])}
GROUP["type-error"] = GROUP["constraint-error"]


class UnsupportedSchema(ValueError):
    """The Table Schema uses a feature this compiler does not translate to SQL."""


# ---------------------------------------------------------------------------------------------
# Python's character classes, spelled out for RE2 (built on first use, not at import)


@cache
def _every_character() -> str:
    return "".join(map(chr, range(0x110000)))


def _class_of(python_regex: str) -> str:
    """The characters Python's ``re`` matches with ``python_regex``, as RE2 class content."""
    out = []
    for run in re.finditer(python_regex + "+", _every_character()):
        first, last = ord(run.group()[0]), ord(run.group()[-1])
        out.append(_cp(first) if first == last else f"{_cp(first)}-{_cp(last)}")
    return "".join(out)


def _cp(cp: int) -> str:
    return f"\\x{{{cp:x}}}"


@cache
def _digits() -> str:
    """Unicode decimal digits: ``re``'s ``\\d``, and what ``int()`` and ``Decimal()`` read as digits."""
    return _class_of(r"\d")


@cache
def _spaces() -> str:
    """``re``'s ``\\s``, which is also what ``str.strip`` removes."""
    return _class_of(r"\s")


@cache
def _word() -> str:
    """``re``'s ``\\w`` for str patterns."""
    return _class_of(r"\w")


@cache
def _digit_translation() -> tuple[str, str]:
    source = "".join(c for c in re.findall(r"\d", _every_character()) if not c.isascii())
    return source, "".join(str(unicodedata.decimal(c)) for c in source)


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _strip_sql(expr: str) -> str:
    ws = _spaces()
    return f"regexp_replace({expr}, {_lit(f'^[{ws}]+|[{ws}]+$')}, '', 'g')"


def _ascii_digits_sql(expr: str) -> str:
    source, target = _digit_translation()
    return f"translate({expr}, {_lit(source)}, {_lit(target)})"


def _integer_full_re() -> str:
    d, ws = _digits(), _spaces()
    return f"[{ws}]*[+-]?[{d}]+(?:_[{d}]+)*[{ws}]*"


def _number_full_re() -> str:
    # Decimal(): strip, drop every underscore, then [sign] digits [. digits] [exponent] | inf | nan
    d, ws = _digits(), _spaces()
    u = "_*"

    def word(text: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]{u}" for c in text)

    digits = f"(?:[{d}]{u})+"
    sign = f"(?:[+-]{u})?"
    finite = f"(?:{digits}(?:\\.{u}(?:[{d}]{u})*)?|\\.{u}{digits})(?:[eE]{u}{sign}{digits})?"
    special = f"(?:{word('inf')}(?:{word('inity')})?|(?:[sS]{u})?{word('nan')}(?:[{d}]{u})*)"
    return f"[{ws}]*{u}{sign}(?:{finite}|{special})[{ws}]*"


def _date_full_re() -> str:
    d = _digits()
    return f"([{d}]{{4}})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12][{d}]|0[1-9]|[1-9]| [1-9])"


DATETIME_RE = (r"([0-9]{4})-([0-9]{2})-([0-9]{2})[\x00-\x7f]([0-9]{2}):([0-9]{2}):([0-9]{2})"
               r"(?:[.,]([0-9]+))?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?")


def python_pattern_to_re2(pattern: str) -> str:
    """RE2 expression matching what ``re.compile('^' + pattern + '$').match`` matches."""
    if re.search(r"\(\?<?[=!]|\\[1-9]|\(\?P=|\(\?>|[*+?}]\+", pattern):
        raise UnsupportedSchema(f"pattern {pattern!r}: look-arounds, back-references and possessive "
                                "quantifiers have no RE2 equivalent")
    ws, word, digits = _spaces(), _word(), _digits()
    inside = {"d": digits, "w": word, "s": ws}
    outside = {"d": f"[{digits}]", "D": f"[^{digits}]", "w": f"[{word}]", "W": f"[^{word}]",
               "s": f"[{ws}]", "S": f"[^{ws}]", "Z": r"\z"}
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if in_class and nxt in inside:
                out.append(inside[nxt])
            elif not in_class and nxt in outside:
                out.append(outside[nxt])
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                out.append("[^")
                i += 2
                continue
            out.append("[")
        elif ch == "$":
            out.append(r"(?:\n?\z)")
        else:
            out.append(ch)
        i += 1
    return "^(?:^" + "".join(out) + r"(?:\n?\z))"


# ---------------------------------------------------------------------------------------------
# Reading schema constants as Frictionless does (enum values and bounds are read with the field)


def _read_constant(kind: str, value, fld: dict):
    try:
        if kind == "string":
            return value if isinstance(value, str) else None
        if kind in ("integer", "year"):
            if isinstance(value, bool):
                return None
            if isinstance(value, str):
                if kind == "year" and len(value) != 4:
                    return None
                number = int(value.strip() if kind == "integer" else value)
            elif isinstance(value, int):
                number = value
            elif isinstance(value, float) and value.is_integer() and kind == "integer":
                number = int(value)
            else:
                return None
            return number if kind == "integer" or 0 <= number <= 9999 else None
        if kind == "number":
            if isinstance(value, bool):
                return None
            if isinstance(value, str):
                return decimal.Decimal(value.strip())
            if isinstance(value, int):
                return value
            if isinstance(value, float):
                return decimal.Decimal(str(value))
            return None
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            mapping = {v: True for v in fld.get("trueValues", DEFAULT_TRUE_VALUES)}
            mapping.update({v: False for v in fld.get("falseValues", DEFAULT_FALSE_VALUES)})
            return mapping.get(value) if isinstance(value, str) else None
        if kind == "date":
            return datetime.strptime(value, "%Y-%m-%d").date() if isinstance(value, str) else None
        if kind == "datetime":
            if not isinstance(value, str) or len(value) < 19 or value[16] != ":":
                return None
            from dateutil.parser import isoparse

            return isoparse(value)
    except (ValueError, TypeError, ArithmeticError):
        return None
    return None


def _sql_constant(kind: str, value) -> str:
    if kind == "string":
        return _lit(value)
    if kind in ("integer", "year"):
        return f"CAST({int(value)} AS {'HUGEINT' if kind == 'integer' else 'INTEGER'})"
    if kind == "number":
        text = str(value)
        if isinstance(value, decimal.Decimal) and value.is_nan():
            text = "NaN"
        return f"CAST({_lit(text)} AS DOUBLE)"
    if kind == "boolean":
        return "TRUE" if value else "FALSE"
    if kind == "date":
        return f"DATE {_lit(value.isoformat())}"
    if kind == "datetime":
        aware = value.tzinfo is not None
        instant = value.astimezone(timezone.utc).replace(tzinfo=None) if aware else value
        return f"{{'t': TIMESTAMP {_lit(instant.isoformat(sep=' '))}, 'z': {str(aware).upper()}}}"
    raise UnsupportedSchema(kind)


# ---------------------------------------------------------------------------------------------
# Typed values of a cell, in SQL


def _value_sql(kind: str, c: str, fld: dict) -> str:
    """SQL for the typed value of the non-missing text cell ``c``: NULL when it is not of the type
    (for integer and number, also NULL for a valid value too large for DuckDB)."""
    if kind in ("string", "any"):
        return c
    if kind == "integer":
        norm = _ascii_digits_sql(f"replace({_strip_sql(c)}, '_', '')")
        return (f"CASE WHEN regexp_full_match({c}, '[+-]?[0-9]+') THEN TRY_CAST({c} AS HUGEINT) "
                f"WHEN regexp_full_match({c}, {_lit(_integer_full_re())}) THEN TRY_CAST({norm} AS HUGEINT) END")
    if kind == "number":
        norm = _ascii_digits_sql(f"replace({_strip_sql(c)}, '_', '')")
        return (f"CASE WHEN regexp_full_match({c}, '[+-]?[0-9]+(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?') "
                f"THEN TRY_CAST({c} AS DOUBLE) "
                f"WHEN regexp_full_match({c}, {_lit(_number_full_re())}) THEN "
                f"CASE WHEN contains(lower({norm}), 'nan') THEN CAST('NaN' AS DOUBLE) "
                f"ELSE TRY_CAST(lower({norm}) AS DOUBLE) END END")
    if kind == "boolean":
        true_values = fld.get("trueValues", DEFAULT_TRUE_VALUES)
        false_values = fld.get("falseValues", DEFAULT_FALSE_VALUES)
        # Frictionless maps the true values, then the false ones: a value in both is false.
        trues = ", ".join(_lit(v) for v in true_values if v not in false_values) or "NULL"
        falses = ", ".join(_lit(v) for v in false_values) or "NULL"
        return f"CASE WHEN {c} IN ({trues}) THEN TRUE WHEN {c} IN ({falses}) THEN FALSE END"
    if kind == "date":
        parts = f"regexp_extract({c}, {_lit(_date_full_re())}, ['y', 'm', 'd'])"
        slow = (f"TRY_CAST({_ascii_digits_sql(f'{parts}.y')} || '-' || lpad({_ascii_digits_sql(f'{parts}.m')}, 2, '0')"
                f" || '-' || lpad(trim({_ascii_digits_sql(f'{parts}.d')}), 2, '0') AS DATE)")
        return (f"CASE WHEN regexp_full_match({c}, '[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}') THEN "
                f"CASE WHEN NOT starts_with({c}, '0000') THEN TRY_CAST({c} AS DATE) END "
                f"WHEN regexp_full_match({c}, {_lit(_date_full_re())}) AND {parts}.y <> '0000' THEN {slow} END")
    if kind == "year":
        norm = _ascii_digits_sql(f"replace({_strip_sql(c)}, '_', '')")
        return (f"CASE WHEN regexp_full_match({c}, '[0-9]{{4}}') THEN CAST({c} AS INTEGER) "
                f"WHEN length({c}) = 4 AND regexp_full_match({c}, {_lit(_integer_full_re())}) "
                f"THEN CASE WHEN TRY_CAST({norm} AS INTEGER) >= 0 THEN TRY_CAST({norm} AS INTEGER) END END")
    if kind == "datetime":
        parts = f"regexp_extract({c}, {_lit(DATETIME_RE)}, ['y', 'mo', 'd', 'h', 'mi', 's', 'f', 'z'])"
        base = ("TRY_CAST(p.y || '-' || p.mo || '-' || p.d || ' ' || CASE WHEN p.h = '24' THEN '00' ELSE p.h END"
                " || ':' || p.mi || ':' || p.s AS TIMESTAMP)")
        hours = "CASE WHEN p.z IN ('', 'Z', 'z') THEN 0 ELSE CAST(substr(p.z, 2, 2) AS INTEGER) END"
        minutes = "CASE WHEN length(p.z) > 3 THEN CAST(right(p.z, 2) AS INTEGER) ELSE 0 END"
        sign = "CASE WHEN starts_with(p.z, '-') THEN -1 ELSE 1 END"
        micros = "CASE WHEN p.f = '' THEN 0 ELSE CAST(rpad(left(p.f, 6), 6, '0') AS BIGINT) END"
        valid = (f"{base} IS NOT NULL AND p.y <> '0000' AND (p.h <> '24' OR (p.mi = '00' AND p.s = '00' AND ltrim(p.f, '0') = ''))"
                 f" AND (({hours} = 0 AND {minutes} = 0) OR ({hours} <= 23 AND {minutes} <= 59))")
        value = (f"{{'t': {base} + to_microseconds({micros}) + to_days(CAST(p.h = '24' AS INTEGER))"
                 f" - to_minutes({sign} * ({hours} * 60 + {minutes})), 'z': p.z <> ''}}")
        return (f"CASE WHEN regexp_full_match({c}, {_lit(DATETIME_RE)}) THEN "
                f"list_transform([{parts}], lambda p: CASE WHEN {valid} THEN {value} END)[1] END")
    raise UnsupportedSchema(f"field type {kind!r}")


def _compare_sql(kind: str, v: str) -> str:
    return f"{v}.t" if kind == "datetime" else v


# ---------------------------------------------------------------------------------------------
# Compiled plan of one table


@dataclass
class Column:
    position: int                 # 1-based position in the data
    name: str                     # field name (or the name Frictionless gives a column beyond the schema)
    kind: str                     # field type, "any" for a column beyond the schema
    field: dict | None            # the schema field, None beyond the schema
    bits: dict[str, int] = field(default_factory=dict)   # constraint -> bit of the error code
    notes: dict[str, str] = field(default_factory=dict)  # constraint -> Frictionless' note
    keep_value: bool = False      # store the typed value (keys, unique, referenced fields)


@dataclass
class TablePlan:
    table: str
    schema: dict
    labels: list[str] | None          # None: no header row
    columns: list[Column]
    width: int                        # columns read: the expected ones plus one to see extra cells
    header_errors: list[dict]
    primary_key: list[str]            # checked primary key ([] when its fields are not all read)
    unique: list[Column]
    foreign_keys: list[dict]          # checked foreign keys (normalised)
    header_row: int = 1               # record number of the header row (the data follow it)
    bad_rows: int = 0                 # data rows kept with their cells (some cell or row finding)
    loaded: str = ""                  # temp table holding the compact per-row results
    view: str = ""                    # view adding the Frictionless row number

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _check_supported(schema: dict) -> None:
    if schema.get("fieldsMatch", "exact") != "exact":
        raise UnsupportedSchema(f"fieldsMatch {schema['fieldsMatch']!r}")
    for fld in schema.get("fields", []):
        kind = fld.get("type", "any")
        if kind not in SUPPORTED_CONSTRAINTS:
            raise UnsupportedSchema(f"field {fld['name']!r}: type {kind!r}")
        if fld.get("format", "default") != "default":
            raise UnsupportedSchema(f"field {fld['name']!r}: format {fld['format']!r}")
        if fld.get("bareNumber", True) is not True or "decimalChar" in fld or "groupChar" in fld:
            raise UnsupportedSchema(f"field {fld['name']!r}: bareNumber/decimalChar/groupChar")


def _foreign_keys(table: str, schema: dict) -> list[dict]:
    out = []
    for fk in schema.get("foreignKeys", []):
        ref = fk.get("reference", {})
        resource = ref.get("resource", "")
        out.append({"fields": _as_list(fk.get("fields")), "resource": resource,
                    "target": table if resource in ("", table) else resource,
                    "reference_fields": _as_list(ref.get("fields"))})
    return out


def _label_errors(labels: list[str], fields: list[dict]) -> list[dict]:
    errors = []
    for number in range(len(fields) + 1, len(labels) + 1):
        errors.append({"type": "extra-label", "field": "", "number": number, "label": labels[number - 1]})
    for number in range(len(labels) + 1, len(fields) + 1):
        errors.append({"type": "missing-label", "field": fields[number - 1]["name"], "number": number, "label": ""})
    for number, (fld, label) in enumerate(zip(fields, labels), start=1):
        base = {"field": fld["name"], "number": number, "label": label}
        if not label:
            errors.append({"type": "blank-label", **base})
            continue
        seen = [n for n, earlier in enumerate(labels[:number - 1], start=1) if earlier == label]
        if seen:
            errors.append({"type": "duplicate-label", "note": 'at position "%s"' % ", ".join(map(str, seen)), **base})
            continue
        if label != fld["name"]:
            errors.append({"type": "incorrect-label", **base})
    return errors


def plan_table(table: str, schema: dict, labels: list[str] | None = None,
               referenced: set[str] | frozenset = frozenset()) -> TablePlan:
    """Compile ``schema`` for a CSV whose header row is ``labels`` (the schema's field names when
    not given). ``referenced`` names the fields other tables point at with a foreign key, whose
    typed values must be kept."""
    _check_supported(schema)
    if labels is None:
        labels = [f["name"] for f in schema.get("fields", [])]
    return _plan(table, schema, labels, referenced)


def _plan(table: str, schema: dict, labels: list[str] | None, referenced) -> TablePlan:
    fields = schema.get("fields", [])
    header_errors = _label_errors(labels, fields) if labels else []
    count = len(labels) if labels else len(fields)
    columns, used = [], set()
    for position in range(1, count + 1):
        if position <= len(fields):
            fld = fields[position - 1]
            name, kind = fld["name"], fld["type"]
        else:
            fld, kind = None, "any"
            base = labels[position - 1]
            name, suffix = base, 2
            while name in used:       # Frictionless' deduplicate_names
                name, suffix = f"{base}{suffix}", suffix + 1
        used.add(name)
        column = Column(position, name, kind, fld)
        if fld is not None:
            constraints = fld.get("constraints", {})
            bit = 4
            for constraint in SUPPORTED_CONSTRAINTS[kind]:
                value = constraints.get(constraint)
                if value is not None and not (constraint == "required" and not value):
                    column.bits[constraint] = bit
                    column.notes[constraint] = f'constraint "{constraint}" is "{constraints[constraint]}"'
                    bit <<= 1
        columns.append(column)
    names = {c.name for c in columns}
    primary_key = _as_list(schema.get("primaryKey"))
    primary_key = primary_key if primary_key and set(primary_key) <= names else []
    unique = [c for c in columns if c.field is not None and c.field.get("constraints", {}).get("unique")]
    foreign_keys = [fk for fk in _foreign_keys(table, schema) if fk["fields"] and set(fk["fields"]) <= names]
    keep = set(primary_key) | {c.name for c in unique} | set(referenced)
    for fk in foreign_keys:
        keep |= set(fk["fields"])
    for c in columns:
        c.keep_value = c.name in keep
    return TablePlan(table, schema, labels, columns, count + 1, header_errors, primary_key, unique, foreign_keys)


def _missing_values(schema: dict, fld: dict | None) -> list[str]:
    if fld is None:
        return [""]
    return list(fld.get("missingValues", schema.get("missingValues", [""])))


def _typed_sql(plan: TablePlan, every_value: bool) -> list[str]:
    """Select list over the cells ``c<i>``: the cells, ``b<i>`` (the cell is missing or a missing
    value) and ``v<i>`` (its typed value; for every schema column when ``every_value``, else for
    the columns that need it)."""
    out = []
    for col in plan.columns:
        i, c = col.position, f"c{col.position}"
        missing = _missing_values(plan.schema, col.field)
        if missing == [""]:
            blank = f"({c} IS NULL OR {c} = '')"
        elif missing:
            blank = f"({c} IS NULL OR {c} IN ({', '.join(_lit(m) for m in missing)}))"
        else:
            blank = f"({c} IS NULL)"
        out.append(f"{c}, {blank} AS b{i}")
        needed = col.keep_value or col.kind not in ("string", "any") or set(col.bits) - {"required"}
        if col.field is not None and (every_value or needed):
            if col.kind == "string" and missing == [""]:
                out.append(f"nullif({c}, '') AS v{i}")
            else:
                out.append(f"CASE WHEN NOT {blank} THEN {_value_sql(col.kind, c, col.field)} END AS v{i}")
    return out


def _constraint_ok_sql(column: Column, constraint: str, v: str) -> str:
    """SQL true when the typed, non-null value ``v`` satisfies the constraint (null when unknown)."""
    kind, value = column.kind, column.field["constraints"][constraint]
    nan = f" AND NOT isnan({v})" if kind == "number" else ""
    if constraint == "minLength":
        return f"length({v}) >= {int(value)}"
    if constraint == "maxLength":
        return f"length({v}) <= {int(value)}"
    if constraint == "pattern":
        return f"regexp_matches({v}, {_lit(python_pattern_to_re2(value))})"
    if constraint == "enum":
        members = [_read_constant(kind, item, column.field) for item in value]
        members = [m for m in members if m is not None and not (isinstance(m, decimal.Decimal) and m.is_nan())]
        if not members:
            return "FALSE"
        return f"{v} IN ({', '.join(_sql_constant(kind, m) for m in members)}){nan}"
    bound = _read_constant(kind, value, column.field)
    if bound is None:
        raise UnsupportedSchema(f"field {column.name!r}: {constraint} {value!r} is not a {kind}")
    operator = {"minimum": ">=", "maximum": "<=", "exclusiveMinimum": ">", "exclusiveMaximum": "<"}[constraint]
    constant = _sql_constant(kind, bound)
    if kind == "datetime":
        constant = f"({constant}).t"
    return f"{_compare_sql(kind, v)} {operator} {constant}{nan}"


def _constraint_sql(column: Column, constraint: str, v: str) -> str:
    """SQL true when the typed, non-null value ``v`` violates the constraint."""
    return f"NOT coalesce({_constraint_ok_sql(column, constraint, v)}, TRUE)"


def _valid_sql(kind: str, c: str, v: str) -> str:
    """SQL: the non-missing cell ``c`` with typed value ``v`` is of the type (a disjunction, so that
    DuckDB only runs the slow regular expression where ``v`` is null)."""
    if kind in ("string", "any"):
        return "TRUE"
    if kind == "integer":
        return f"({v} IS NOT NULL OR regexp_full_match({c}, {_lit(_integer_full_re())}))"
    if kind == "number":
        return f"({v} IS NOT NULL OR regexp_full_match({c}, {_lit(_number_full_re())}))"
    return f"{v} IS NOT NULL"


def _row_ok_sql(plan: TablePlan) -> str:
    """SQL true when the record has no cell or row finding at all (the common case, checked with
    conjunctions that DuckDB stops evaluating at the first false term)."""
    terms = []
    for col in plan.columns:
        i, c = col.position, f"c{col.position}"
        if col.field is None:
            terms.append(f"{c} IS NOT NULL")
            continue
        body = " AND ".join([_valid_sql(col.kind, c, f"v{i}")] + [
            _constraint_ok_sql(col, name, f"v{i}") for name in col.bits if name != "required"])
        if "required" in col.bits:
            terms.append(f"{c} IS NOT NULL AND NOT b{i} AND {body}")
        else:
            terms.append(f"{c} IS NOT NULL AND (b{i} OR ({body}))")
    # not blank (with no column at all, Frictionless finds every row blank)
    terms.append("(" + (" OR ".join(f"NOT b{c.position}" for c in plan.columns) or "FALSE") + ")")
    terms.append(f"c{len(plan.columns) + 1} IS NULL")
    return " AND ".join(f"({t})" for t in terms)


def load_sql(plan: TablePlan, path: str, *, delimiter: str = ",", quote: str = '"', parallel: bool = True,
             width: int | None = None) -> str:
    """SQL creating ``plan.loaded``: one compact row per CSV record (the header row included), in
    file order: the typed values of the key columns (``v<i>``) and, for the records with some
    cell or row finding only, their cells (``__cells``), which ``row_errors_sql`` examines."""
    width = max(width or plan.width, plan.width)
    read_columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(1, width + 1)) + "}"
    source = (f"read_csv({_lit(path)}, columns={read_columns}, header=false, auto_detect=false, "
              f"delim={_lit(delimiter)}, quote={_lit(quote)}, escape={_lit(quote)}, null_padding=true, "
              f"nullstr={_lit(MISSING_MARKER)}, parallel={'true' if parallel else 'false'}, "
              f"max_line_size=8388608)")
    kept = [f"v{c.position}" for c in plan.columns if c.keep_value]
    cells = ", ".join(f"c{i}" for i in range(1, width + 1))
    extras = ", ".join(f"c{i}" for i in range(len(plan.columns) + 2, width + 1))
    return (f"CREATE OR REPLACE TEMP TABLE {_ident(plan.loaded)} AS SELECT {', '.join(kept + [''])}"
            f"CASE WHEN {_row_ok_sql(plan)} THEN NULL ELSE [{cells}] END AS __cells "
            f"FROM (SELECT {', '.join(_typed_sql(plan, False))}, c{len(plan.columns) + 1}"
            f"{', ' + extras if extras else ''} FROM {source})")


def row_errors_sql(plan: TablePlan) -> str:
    """SQL listing the cell and row findings (type, constraint, extra and missing cells, blank rows)
    of the records kept with their cells, as (row, field, number, type, cell, note, order). Each
    column gets an error code: bit 1 type error, bit 2 missing cell, then one bit per constraint."""
    view = _ident(plan.view)
    n = len(plan.columns)
    codes = []
    for col in plan.columns:
        i = col.position
        if col.field is None:
            codes.append(f"c{i}, CASE WHEN c{i} IS NULL THEN {MISSING_BIT} ELSE 0 END AS k{i}")
            continue
        required = col.bits.get("required", 0)
        checks = " + ".join(f"CASE WHEN {_constraint_sql(col, name, f'v{i}')} THEN {bit} ELSE 0 END"
                            for name, bit in col.bits.items() if name != "required") or "0"
        codes.append(f"c{i}, CASE WHEN c{i} IS NULL THEN {MISSING_BIT | required} WHEN b{i} THEN {required} "
                     f"WHEN NOT {_valid_sql(col.kind, f'c{i}', f'v{i}')} THEN {TYPE_BIT} ELSE {checks} END AS k{i}")
    blank = " AND ".join(f"b{c.position}" for c in plan.columns) or "TRUE"
    extra = f"len(list_filter(__cells[{n + 1}:], lambda x: x IS NOT NULL))"
    cells = ", ".join(f"__cells[{i}] AS c{i}" for i in range(1, n + 1))
    parts = []
    for col in plan.columns:
        i, name = col.position, _lit(col.name)
        if col.field is not None:
            note = _lit(f'type is "{col.kind}/default"')
            parts.append(f"SELECT __row, {name}, {i}, 'type-error', c{i}, {note}, {i * 64} FROM e "
                         f"WHERE NOT blank AND k{i} & {TYPE_BIT} <> 0")
            for rank, (constraint, bit) in enumerate(col.bits.items(), start=1):
                parts.append(f"SELECT __row, {name}, {i}, 'constraint-error', coalesce(c{i}, 'None'), "
                             f"{_lit(col.notes[constraint])}, {i * 64 + rank} FROM e "
                             f"WHERE NOT blank AND k{i} & {bit} <> 0")
        parts.append(f"SELECT __row, {name}, {i}, 'missing-cell', '', '', {GROUP['missing-cell'] + i} FROM e "
                     f"WHERE NOT blank AND k{i} & {MISSING_BIT} <> 0")
    parts.append(f"SELECT __row, '', unnest(range({n + 1}, {n + 1} + extra)), 'extra-cell', NULL, '', "
                 f"{GROUP['extra-cell']} FROM e WHERE NOT blank AND extra > 0")
    parts.append(f"SELECT __row, NULL, NULL, 'blank-row', NULL, '', {GROUP['blank-row']} FROM e WHERE blank")
    return (f"WITH e AS MATERIALIZED (SELECT __row, {', '.join(codes)}, {blank} AS blank, extra FROM "
            f"(SELECT __row, extra, {', '.join(_typed_sql(plan, True))} FROM "
            f"(SELECT __row, {extra} AS extra, {cells} FROM {view} WHERE __row > {plan.header_row} AND __cells IS NOT NULL))) "
            + " UNION ALL ".join(parts))


def _nan_guard(plan: TablePlan, names: list[str]) -> str:
    guards = [f"NOT coalesce(isnan(v{plan.column(n).position}), FALSE)"
              for n in names if plan.column(n).kind == "number"]
    return " AND ".join(guards) or "TRUE"


def duplicates_sql(plan: TablePlan, names: list[str]) -> str:
    """SQL listing (row, previous row) for the later duplicates of the typed key ``names``, leaving
    out the keys whose cells are all null and those holding a NaN (never equal in Python).
    Rows are grouped on a hash of the key first, so that only the candidate rows are compared."""
    view = _ident(plan.view)
    keys = [f"v{plan.column(n).position}" for n in names]
    allnull = " AND ".join(f"{k} IS NULL" for k in keys)
    where = f"__row > {plan.header_row} AND NOT ({allnull}) AND {_nan_guard(plan, names)}"
    return (f"WITH c AS (SELECT hash({', '.join(keys)}) AS h FROM {view} WHERE {where} GROUP BY h "
            f"HAVING count(*) > 1), "
            f"m AS (SELECT __row, lag(__row) OVER (PARTITION BY {', '.join(keys)} ORDER BY __row) AS prev "
            f"FROM {view} WHERE {where} AND hash({', '.join(keys)}) IN (SELECT h FROM c)) "
            f"SELECT __row, prev FROM m WHERE prev IS NOT NULL")


def _duplicate_keys(plan: TablePlan) -> dict[tuple[str, ...], list[str]]:
    """The keys to search for duplicates, with the findings each gives (a unique field that is
    also the whole primary key is searched once)."""
    keys: dict[tuple[str, ...], list[str]] = {}
    for col in plan.unique:
        keys.setdefault((col.name,), []).append("unique-error")
    if plan.primary_key:
        keys.setdefault(tuple(plan.primary_key), []).append("primary-key")
    return keys


def primary_key_nulls_sql(plan: TablePlan) -> str:
    keys = [f"v{plan.column(n).position}" for n in plan.primary_key]
    return (f"SELECT __row, NULL, NULL, 'primary-key', NULL, 'cells composing the primary keys are all \"None\"', "
            f"{GROUP['primary-key']} FROM {_ident(plan.view)} WHERE __row > {plan.header_row} AND "
            + " AND ".join(f"{k} IS NULL" for k in keys))


def _domain(kind: str) -> str:
    return "numeric" if kind in NUMERIC else kind


def foreign_key_sql(plan: TablePlan, fk: dict, target: TablePlan | None) -> str:
    """SQL listing the rows whose foreign key values are not found in the referenced table."""
    mine = [plan.column(n) for n in fk["fields"]]
    theirs = [target.column(n) if target is not None else None for n in fk["reference_fields"]]
    if len(theirs) != len(mine):
        raise UnsupportedSchema(f"{plan.table}: foreign key {fk['fields']} -> {fk['reference_fields']}")
    keys = [f"v{c.position}" for c in mine]
    select, where, match = [], [], []
    for n, (a, b) in enumerate(zip(mine, theirs)):
        ref = f"v{b.position}" if b is not None else "NULL"
        select.append(f"{ref} AS r{n}")
        if b is None:
            match.append(f"t.v{a.position} IS NULL AND r.r{n} IS NULL")
        elif a.kind == b.kind or (a.kind in ("integer", "year") and b.kind in ("integer", "year")):
            match.append(f"t.v{a.position} IS NOT DISTINCT FROM r.r{n}")
        elif _domain(a.kind) == _domain(b.kind) == "numeric":
            match.append(f"CAST(t.v{a.position} AS DOUBLE) IS NOT DISTINCT FROM CAST(r.r{n} AS DOUBLE)")
        else:
            match.append(f"t.v{a.position} IS NULL AND r.r{n} IS NULL")
        if b is not None and b.kind == "number":
            where.append(f"NOT coalesce(isnan({ref}), FALSE)")
    lookup_allnull = " AND ".join(f"r{n} IS NULL" for n in range(len(mine)))
    if target is None or target.view == "":
        lookup = f"SELECT {', '.join(f'NULL AS r{n}' for n in range(len(mine)))} WHERE FALSE"
    else:
        lookup = (f"SELECT DISTINCT * FROM (SELECT {', '.join(select)} FROM {_ident(target.view)} "
                  f"WHERE __row > {target.header_row} AND {' AND '.join(where) or 'TRUE'}) WHERE NOT ({lookup_allnull})")
    allnull = " AND ".join(f"{k} IS NULL" for k in keys)
    values = " || ', ' || ".join(f"coalesce(CAST(t.{k} AS VARCHAR), 'None')" for k in keys)
    note = (f"'for \"{', '.join(fk['fields'])}\": values \"' || {values} || '\" not found in the lookup table "
            f"\"{fk['resource']}\" as \"{', '.join(fk['reference_fields'])}\"'").replace("\"{", "\"{")
    return (f"SELECT t.__row, NULL, NULL, 'foreign-key', NULL, {note}, {GROUP['foreign-key']} FROM "
            f"(SELECT __row, {', '.join(keys)} FROM {_ident(plan.view)} WHERE __row > {plan.header_row} AND NOT ({allnull})) t "
            f"ANTI JOIN ({lookup}) r ON {' AND '.join('(' + m + ')' for m in match)}")


def compile_checks(table: str, schema: dict, labels: list[str] | None = None, path: str | None = None,
                   schemas: dict[str, dict] | None = None) -> list[str]:
    """The SQL that validates ``table``: the load of the CSV at ``path`` (``<table>.csv`` when not
    given) into a compact per-row table, then the queries listing the findings. ``labels`` is the
    header row (the schema's field names by default); ``schemas`` gives the referenced tables'
    schemas, for the types of foreign keys (the same types are assumed without it)."""
    plan = plan_table(table, schema, labels)
    plan.loaded, plan.view = f"sv_{table}_rows", f"sv_{table}"
    statements = [load_sql(plan, path or f"{table}.csv"),
                  f"CREATE OR REPLACE TEMP VIEW {_ident(plan.view)} AS SELECT rowid + 1 AS __row, * "
                  f"FROM {_ident(plan.loaded)}",
                  row_errors_sql(plan)]
    for key in _duplicate_keys(plan):
        statements.append(duplicates_sql(plan, list(key)))
    if plan.primary_key:
        statements.append(primary_key_nulls_sql(plan))
    for fk in plan.foreign_keys:
        if fk["target"] == table:
            target = plan
        else:
            other = (schemas or {}).get(fk["target"])
            if other is None:
                other = {"fields": [{"name": n, "type": plan.column(m).kind}
                                    for n, m in zip(fk["reference_fields"], fk["fields"])]}
            target = plan_table(fk["target"], other, referenced=set(fk["reference_fields"]))
            target.view = f"sv_{fk['target']}"
        statements.append(foreign_key_sql(plan, fk, target))
    return statements


# ---------------------------------------------------------------------------------------------
# Reading the file: header row and empty lines, as Python's csv module sees them


@dataclass
class FileShape:
    empty: bool
    labels: list[str] | None     # the header row; None when it is an empty line
    blank_records: list[int]     # record numbers (1-based) of the empty lines
    header_row: int = 1          # record number of the header row


def _blank_records(data) -> list[int]:
    """Record numbers of the empty lines outside quoted cells (Python's csv yields [] for them)."""
    blanks: list[int] = []
    record, line_start = 1, True
    follow = re.compile(rb"\n(?=\r?\n)")
    for index, part in enumerate(bytes(data).split(b'"')):
        if index % 2:
            line_start = False
            continue
        if line_start and (part.startswith(b"\n") or part.startswith(b"\r\n")):
            blanks.append(record)
        seen, last = 0, 0
        for match in follow.finditer(part):
            seen += part.count(b"\n", last, match.start() + 1)
            last = match.start() + 1
            blanks.append(record + seen)
        record += part.count(b"\n")
        if part:
            line_start = part.endswith(b"\n")
    return blanks


def header_row(widths: list[int]) -> int:
    """The header row Frictionless picks when the dialect does not name it: the first of the first
    100 records whose width is within 10% (at least 1) of their rounded mean width, else row 1.
    It is row 1 for any regular file; a header much wider or narrower than the rows that follow
    moves it."""
    if not widths:
        return 1
    width = round(sum(widths) / len(widths))
    drift = max(round(width * 0.1), 1)
    return next((n for n, w in enumerate(widths, start=1) if width - drift <= w <= width + drift), 1)


def read_shape(path: Path, delimiter: str = ",", quote: str = '"') -> FileShape:
    """Empty lines, header row and labels of a CSV file, as Frictionless sees them."""
    if path.stat().st_size == 0:
        return FileShape(True, None, [])
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        start = 3 if data[:3] == b"\xef\xbb\xbf" else 0      # a BOM is not part of the first line
        candidates = (data[start:start + 1] == b"\n" or data[start:start + 2] == b"\r\n"
                      or re.search(rb"\n\r?\n", data) is not None)
        blanks = _blank_records(data[start:]) if candidates else []
    with open(path, encoding="utf-8-sig", newline="") as fh:     # Frictionless drops a BOM too
        reader = csv.reader(fh, delimiter=delimiter, quotechar=quote, doublequote=True)
        sample = [cells for cells, _ in zip(reader, range(100))]
    if not sample:
        return FileShape(True, None, [])
    row = header_row([len(cells) for cells in sample])
    labels = [cell.strip() for cell in sample[row - 1]]   # Frictionless strips the labels
    return FileShape(False, labels or None, blanks, row)


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
            for key, kinds in _duplicate_keys(plan).items():
                for row, previous in con.execute(duplicates_sql(plan, list(key))).fetchall():
                    for kind in kinds:
                        col = plan.column(key[0]) if kind == "unique-error" else None
                        findings[name].append(_finding(
                            name, kind, row, col and col.name, col and col.position,
                            note=f"the same as in the row at position {previous}",
                            order=GROUP[kind] + (col.position if col else 0)))
            queries = [row_errors_sql(plan)] if plan.bad_rows else []
            if plan.primary_key:
                queries.append(primary_key_nulls_sql(plan))
            for fk in plan.foreign_keys:
                queries.append(foreign_key_sql(plan, fk, plans.get(fk["target"])))
            for sql in queries:
                for row, fld, number, kind, cell, note, order in con.execute(sql).fetchall():
                    findings[name].append(_finding(name, kind, row, fld, number, cell, note, order=order))
    finally:
        loader.drop()
        if not ordered:
            con.execute("SET preserve_insertion_order = false")
        if own:
            con.close()
    return findings, stats


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
