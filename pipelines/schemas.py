"""The Table Schemas of ``schemas/`` and the typed Arrow tables built from them."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pyarrow as pa

from .errors import ValidationFailed
from .packages import package_description

ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("s"),
    "year": pa.int32(),
}
DUCKDB_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMP",
    "year": "INTEGER",
}


@cache
def _load_json(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def table_schema(schemas_dir: Path, table: str) -> dict:
    """The Table Schema descriptor of ``table`` (a fresh copy, safe to modify)."""
    path = schemas_dir / f"{table}.json"
    if not path.is_file():
        raise ValidationFailed(f"{table} : aucun schéma de table à {path}")
    return json.loads(json.dumps(_load_json(str(path))))


def package_metadata(schemas_dir: Path, sources_dir: Path | None = None) -> dict:
    """The package's description: schemas/package.yaml, or the sources folder's own package.yaml
    over it (pipelines/packages.py)."""
    return package_description(schemas_dir, sources_dir)


def table_names(schemas_dir: Path) -> list[str]:
    return list(package_metadata(schemas_dir)["tables"])


def arrow_schema(schema: dict) -> pa.Schema:
    fields = []
    for field in schema["fields"]:
        required = field.get("constraints", {}).get("required", False)
        fields.append(pa.field(field["name"], ARROW_TYPES[field["type"]], nullable=not required))
    return pa.schema(fields)


def _coerce(value, kind: str):
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _column(values: list, kind: str) -> pa.Array:
    """One column from its Python values. Arrow converts them itself (an int in a number column
    becomes the same float ``_coerce`` gives); only a date column, whose text Python reads in
    more forms than Arrow's cast, and a column Arrow refuses whole (an int too large for an exact
    float...) go value by value through ``_coerce``, so the table is the same either way."""
    if kind != "date":
        try:
            return pa.array(values, type=ARROW_TYPES[kind])
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            pass
    return pa.array([_coerce(v, kind) for v in values], type=ARROW_TYPES[kind])


def to_arrow(rows: list[dict], schema: dict) -> pa.Table:
    """Rows -> an Arrow table with exactly the schema's columns, in its order, with its types.
    Unknown keys are an error: a column must be declared before it is published. Built column by
    column (a package's rows number in the hundreds of thousands): no Python call per cell."""
    names = [f["name"] for f in schema["fields"]]
    extra = set().union(*rows) - set(names) if rows else set()
    if extra:
        raise ValidationFailed(f"{schema['name']} : colonnes absentes du schéma de table : {', '.join(sorted(extra))}")
    columns = {}
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        columns[name] = _column([row.get(name) for row in rows], kind)
    return pa.table(columns).cast(arrow_schema(schema)) if rows else arrow_schema(schema).empty_table()
