"""A table's Table Schema compiled to DuckDB SQL: the plan of its columns, the statements that load
the CSV file as text and those that find type, constraint, key and foreign-key errors."""

from __future__ import annotations

import decimal
from dataclasses import dataclass, field

from .literals import GROUP, MISSING_BIT, MISSING_MARKER, NUMERIC, SUPPORTED_CONSTRAINTS, TYPE_BIT, UnsupportedSchema, _compare_sql, _ident, _integer_full_re, _lit, _number_full_re, _read_constant, _sql_constant, _value_sql, python_pattern_to_re2

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


def _blank_sql(plan: TablePlan, col: Column) -> str:
    """SQL true when the cell ``c<i>`` is missing or holds a missing value."""
    c, missing = f"c{col.position}", _missing_values(plan.schema, col.field)
    if missing == [""]:
        return f"({c} IS NULL OR {c} = '')"
    if missing:
        return f"({c} IS NULL OR {c} IN ({', '.join(_lit(m) for m in missing)}))"
    return f"({c} IS NULL)"


def _value_of_sql(plan: TablePlan, col: Column) -> str:
    """SQL for the typed value ``v<i>`` of the cell ``c<i>`` (null when missing or not of the type)."""
    c = f"c{col.position}"
    if col.kind == "string" and _missing_values(plan.schema, col.field) == [""]:
        return f"nullif({c}, '')"
    return f"CASE WHEN NOT {_blank_sql(plan, col)} THEN {_value_sql(col.kind, c, col.field)} END"


def _typed_sql(plan: TablePlan, every_value: bool) -> list[str]:
    """Select list over the cells ``c<i>``: the cells, ``b<i>`` (the cell is missing or a missing
    value) and ``v<i>`` (its typed value; for every schema column when ``every_value``, else for
    the columns that need it)."""
    out = []
    for col in plan.columns:
        i, c = col.position, f"c{col.position}"
        out.append(f"{c}, {_blank_sql(plan, col)} AS b{i}")
        needed = col.keep_value or col.kind not in ("string", "any") or set(col.bits) - {"required"}
        if col.field is not None and (every_value or needed):
            out.append(f"{_value_of_sql(plan, col)} AS v{i}")
    return out


def key_values_sql(plan: TablePlan, relation: str, cells: dict[int, str]) -> str:
    """SQL selecting ``__row`` and the typed values ``v<i>`` of the key columns (those
    ``keep_value`` marks) from ``relation``, whose cells are given as SQL text expressions
    (``cells``: position -> expression giving the cell's text as the CSV would hold it); what
    :func:`load_sql` keeps of a CSV file for the key, uniqueness and foreign-key checks."""
    kept = [c for c in plan.columns if c.keep_value and c.field is not None]
    inner = ", ".join(["__row"] + [f"{cells[c.position]} AS c{c.position}" for c in kept])
    outer = ", ".join(["__row"] + [f"{_value_of_sql(plan, c)} AS v{c.position}" for c in kept])
    return f"SELECT {outer} FROM (SELECT {inner} FROM {relation})"


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


