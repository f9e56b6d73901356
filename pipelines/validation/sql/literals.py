"""SQL text for the compiled Table Schema checks: literals, identifiers, regular expressions
equivalent to Frictionless' readers (RE2 for DuckDB), constants read as Frictionless reads them,
and the SQL of a typed value and of a comparison."""

from __future__ import annotations

import decimal
import json
import re
import sys
import unicodedata
from datetime import datetime, timezone
from functools import cache
from pathlib import Path


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


# The classes below, as this Python's Unicode database gives them, kept beside this module:
# building them scans every code point (0.2 to 0.3 s, once per process, in every publish that
# checks a large package); the file is used only when its Unicode and Python versions are this
# process's (tests/test_incremental_validation.py checks it against the classes built here).
CLASSES_FILE = Path(__file__).with_name("unicode_classes.json")


def classes_version() -> str:
    return f"python {sys.version_info[0]}.{sys.version_info[1]} unicode {unicodedata.unidata_version}"


def build_classes() -> dict:
    """The character classes and digit translation, built from this Python's ``re`` and Unicode data."""
    source = "".join(c for c in re.findall(r"\d", _every_character()) if not c.isascii())
    return {"version": classes_version(), "digits": _class_of(r"\d"), "spaces": _class_of(r"\s"),
            "word": _class_of(r"\w"),
            "digit_translation": [source, "".join(str(unicodedata.decimal(c)) for c in source)]}


@cache
def _classes() -> dict:
    try:
        kept = json.loads(CLASSES_FILE.read_text(encoding="utf-8"))
        if kept.get("version") == classes_version():
            return kept
    except (OSError, ValueError, AttributeError):
        pass
    return build_classes()


def _digits() -> str:
    """Unicode decimal digits: ``re``'s ``\\d``, and what ``int()`` and ``Decimal()`` read as digits."""
    return _classes()["digits"]


def _spaces() -> str:
    """``re``'s ``\\s``, which is also what ``str.strip`` removes."""
    return _classes()["spaces"]


def _word() -> str:
    """``re``'s ``\\w`` for str patterns."""
    return _classes()["word"]


def _digit_translation() -> tuple[str, str]:
    source, target = _classes()["digit_translation"]
    return source, target


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




if __name__ == "__main__":      # python -m pipelines.validation.sql.literals: write CLASSES_FILE again
    CLASSES_FILE.write_text(json.dumps(build_classes(), ensure_ascii=True, indent=0) + "\n", encoding="utf-8")
    print(f"{CLASSES_FILE} : {classes_version()}")
