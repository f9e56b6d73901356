"""Comparing releases: schema changes and rows added, removed and changed per table (matched by
primary key), and the semantic version bump they call for."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .folders import BUMPS, SEMVER, list_versions, parse_version  # noqa: F401  (re-exported)


def bump_version(version: str, kind: str) -> str:
    major, minor, patch = parse_version(version)
    if kind == "major":
        return f"{major + 1}.0.0"
    if kind == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


@dataclass
class TableDiff:
    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    fields_added: list[str] = field(default_factory=list)
    fields_removed: list[str] = field(default_factory=list)
    fields_retyped: list[str] = field(default_factory=list)
    table_added: bool = False
    table_removed: bool = False
    metadata_changed: bool = False
    # key of a changed row -> [(field, old value, new value)] for the cells that differ
    changed_cells: dict[str, list[tuple[str, object, object]]] = field(default_factory=dict)
    # positions of the rows that leave (removed or changed: rows of the old table) and of those
    # that enter (added or changed: rows of the new table), when the keys were matched by Arrow
    # (unique in both tables); every other row is in both tables, equal. The warehouse stores the
    # release from them (pipelines/warehouse/store.py). None when the keys were matched otherwise.
    rows_out: np.ndarray | None = None
    rows_in: np.ndarray | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.removed or self.changed or self.fields_added or self.fields_removed
            or self.fields_retyped or self.table_added or self.table_removed or self.metadata_changed
        )


_NULL = "\x00"   # stands for a missing cell in the joined text of a row (no CSV cell holds it)


def _joined(table: pa.Table, columns: list[str]) -> pa.Array:
    """Each row's ``columns`` as one text (cells as text, joined by a separator no cell holds):
    computed by Arrow over the whole table, for tables of millions of rows."""
    parts = [pc.cast(table.column(c), pa.string()) for c in columns]
    if not parts:
        return pa.array([""] * table.num_rows, pa.string())
    return pc.binary_join_element_wise(*parts, "\x1f", null_handling="replace",
                                       null_replacement=_NULL).combine_chunks() if len(parts) > 1 else \
        pc.fill_null(parts[0], _NULL).combine_chunks()


def _differs(old: pa.Table, new: pa.Table, o: pa.Array, n: pa.Array) -> pa.Array | None:
    """For rows ``o`` of ``old`` and ``n`` of ``new`` (same length), whether any cell differs,
    column by column in Arrow: a missing cell equals a missing one, NaN equals NaN (their text
    does, and :func:`_joined` compares text). None when the tables' columns or types differ."""
    if old.schema.names != new.schema.names or old.schema.types != new.schema.types:
        return None
    # rows that follow each other in both tables (a document added after the others leaves the
    # rows before it in place): the columns are compared as slices, and a column equal as a whole
    # (Arrow's equality: same values, missing where missing) has no cell that differs
    runs = _run(o), _run(n)
    differs = None
    for name in old.column_names:
        if runs[0] is not None and runs[1] is not None:
            a, b = old.column(name).slice(runs[0], len(o)), new.column(name).slice(runs[1], len(n))
            if a.equals(b):
                continue
        else:
            a, b = pc.take(old.column(name), o), pc.take(new.column(name), n)
        same = pc.or_(pc.fill_null(pc.equal(a, b), False), pc.and_(pc.is_null(a), pc.is_null(b)))
        if pa.types.is_floating(a.type):
            same = pc.or_(same, pc.fill_null(pc.and_(pc.is_nan(a), pc.is_nan(b)), False))
        column = pc.invert(same)
        differs = column if differs is None else pc.or_(differs, column)
    return differs if differs is not None else pa.array(np.zeros(len(o), dtype=bool))


def _run(rows: pa.Array) -> int | None:
    """The first of ``rows`` when they are consecutive positions (``k, k+1, ...``), else None."""
    if len(rows) == 0:
        return None
    values = rows.to_numpy(zero_copy_only=False)
    first = int(values[0])
    return first if bool((values == np.arange(first, first + len(values))).all()) else None


def _keys(table: pa.Table, pk: list[str]) -> list[str]:
    """Each row's primary key as text (its key cells joined by "|"), the key shown in the changelog."""
    columns = [table.column(k).to_pylist() if k in table.column_names else [None] * table.num_rows for k in pk]
    return ["|".join(str(v) for v in values) for values in zip(*columns)] if columns else [""] * table.num_rows


# Key columns whose text Arrow writes exactly as Python's ``str`` does (text, integers, dates)
_KEY_TYPES = (pa.types.is_string, pa.types.is_large_string, pa.types.is_integer, pa.types.is_date32)


def _arrow_keys(table: pa.Table, pk: list[str]) -> pa.Array | None:
    """The same texts as :func:`_keys`, computed by Arrow over the whole table; None when a key
    column is missing or of a type whose text Arrow writes otherwise than Python (floats,
    booleans...), or when two rows share a key (the caller then takes :func:`_keys`)."""
    if not pk or any(k not in table.column_names for k in pk):
        return None
    parts = []
    for k in pk:
        column = table.column(k)
        if not any(check(column.type) for check in _KEY_TYPES):
            return None
        parts.append(pc.fill_null(pc.cast(column, pa.string()), "None"))
    keys = (pc.binary_join_element_wise(*parts, "|") if len(parts) > 1 else parts[0]).combine_chunks()
    if pc.count_distinct(keys).as_py() != len(keys):
        return None
    return keys


def _key_prefix(old: pa.Table, new: pa.Table, pk: list[str]) -> bool:
    """Whether ``old``'s key columns are the first rows of ``new``'s, of the same types, value
    for value (missing where missing)."""
    if old.num_rows > new.num_rows or any(k not in old.column_names or k not in new.column_names for k in pk):
        return False
    for k in pk:
        a, b = old.column(k), new.column(k)
        if a.type != b.type or not a.equals(b.slice(0, old.num_rows)):
            return False
    return True


def _match_keys(old: pa.Table, new: pa.Table, pk: list[str]) -> tuple | None:
    """(added keys, removed keys, the keys both tables hold in the new table's order, their rows
    in the old table, their rows in the new one, the rows of the added keys in the new table, the
    rows of the removed keys in the old one), as :func:`diff_table` computes them from
    :func:`_keys`, by Arrow: only the keys of rows added or removed become Python text. None when
    :func:`_arrow_keys` cannot give the keys of both tables."""
    new_keys = _arrow_keys(new, pk)
    if new_keys is None:
        return None
    if _key_prefix(old, new, pk):
        # the old keys are the new table's first ones, value for value: the same texts, distinct
        # as the new ones are, without writing every old key as text again
        old_keys = new_keys.slice(0, old.num_rows)
    else:
        old_keys = _arrow_keys(old, pk)
    if old_keys is None:
        return None
    if len(old_keys) <= len(new_keys) and new_keys.slice(0, len(old_keys)).equals(old_keys):
        # the old rows in place, the new ones after them (a document added after the others)
        rows = pa.array(np.arange(len(old_keys), dtype=np.int64))
        return (sorted(new_keys.slice(len(old_keys)).to_pylist()), [], old_keys, rows, rows,
                np.arange(len(old_keys), len(new_keys), dtype=np.int64), np.zeros(0, dtype=np.int64))
    in_old = pc.index_in(new_keys, value_set=old_keys)
    present = pc.is_valid(in_old)
    added = sorted(new_keys.filter(pc.invert(present)).to_pylist())
    gone = pc.invert(pc.is_in(old_keys, value_set=new_keys))
    removed = sorted(old_keys.filter(gone).to_pylist())
    new_rows = pc.indices_nonzero(present).cast(pa.int64())
    return (added, removed, new_keys.take(new_rows), in_old.filter(present).cast(pa.int64()), new_rows,
            pc.indices_nonzero(pc.invert(present)).to_numpy().astype(np.int64),
            pc.indices_nonzero(gone).to_numpy().astype(np.int64))


def diff_table(name: str, old: pa.Table | None, new: pa.Table | None,
               old_schema: dict | None, new_schema: dict | None) -> TableDiff:
    d = TableDiff(name)
    schema = new_schema or old_schema or {}
    pk = schema.get("primaryKey") or [f["name"] for f in schema.get("fields", [])]
    if old is None:
        d.table_added = True
    if new is None:
        d.table_removed = True
    matched = _match_keys(old, new, pk) if old is not None and new is not None else None
    alone = _arrow_keys(new if old is None else old, pk) if (old is None) != (new is None) else None
    if matched is not None:
        d.added, d.removed, common, o, n, added_rows, removed_rows = matched
        d.rows_out, d.rows_in = removed_rows, added_rows
    elif alone is not None:       # a table new or removed: every key, sorted by Arrow
        keys = alone.take(pc.sort_indices(alone)).to_pylist()
        d.added, d.removed = (keys, []) if old is None else ([], keys)
        common = []
    else:
        old_keys = _keys(old, pk) if old is not None else []
        new_keys = _keys(new, pk) if new is not None else []
        old_at = dict(zip(old_keys, range(len(old_keys))))
        new_at = dict(zip(new_keys, range(len(new_keys))))
        d.added = sorted(set(new_at) - set(old_at))
        d.removed = sorted(set(old_at) - set(new_at))
        shared = [k for k in new_at if k in old_at]
        common = pa.array(shared, pa.string())
        o = pa.array([old_at[k] for k in shared], pa.int64())
        n = pa.array([new_at[k] for k in shared], pa.int64())
    if len(common):
        # rows of which a cell differs (compared by Arrow, column by column, or else as text) are
        # compared cell by cell; the others are equal (same columns, same values)
        try:
            differs = _differs(old, new, o, n)
            if differs is None and old.column_names == new.column_names:
                differs = pc.not_equal(pc.take(_joined(old, old.column_names), o), pc.take(_joined(new, new.column_names), n))
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid):     # a column type Arrow cannot compare or write as text
            differs = None
        if differs is not None:
            common, o, n = common.filter(differs), o.filter(differs), n.filter(differs)
        candidates = common.to_pylist()
        old_rows = old.take(o).to_pylist() if candidates else []
        new_rows = new.take(n).to_pylist() if candidates else []
        changed = {k: (a, b) for k, a, b in zip(candidates, old_rows, new_rows) if a != b}
        d.changed = sorted(changed)
        if matched is not None and changed:
            mask = np.array([k in changed for k in candidates], dtype=bool)
            d.rows_out = np.concatenate([d.rows_out, o.to_numpy(zero_copy_only=False)[mask]])
            d.rows_in = np.concatenate([d.rows_in, n.to_numpy(zero_copy_only=False)[mask]])
        d.changed_cells = {k: [(f, changed[k][0].get(f), v) for f, v in changed[k][1].items() if changed[k][0].get(f) != v]
                           for k in d.changed}
    if old_schema and new_schema:
        old_types = {f["name"]: f["type"] for f in old_schema["fields"]}
        new_types = {f["name"]: f["type"] for f in new_schema["fields"]}
        d.fields_added = [f for f in new_types if f not in old_types]
        d.fields_removed = [f for f in old_types if f not in new_types]
        d.fields_retyped = [f for f in new_types if f in old_types and old_types[f] != new_types[f]]
        d.metadata_changed = json.dumps(old_schema, sort_keys=True) != json.dumps(new_schema, sort_keys=True)
    return d


def required_bump(diffs: list[TableDiff]) -> str | None:
    """MAJOR: a table or field removed, or a field retyped. MINOR: a new table, field or row, or
    rows removed. PATCH: values or metadata corrected. None: nothing changed."""
    if all(d.empty for d in diffs):
        return None
    if any(d.table_removed or d.fields_removed or d.fields_retyped for d in diffs):
        return "major"
    if any(d.table_added or d.fields_added or d.added or d.removed for d in diffs):
        return "minor"
    return "patch"


def read_release_tables(release_dir: Path) -> tuple[dict[str, pa.Table], dict[str, dict]]:
    """The tables (from Parquet) and Table Schemas of a published release folder."""
    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    tables, schemas = {}, {}
    for res in descriptor["resources"]:
        if res.get("format") != "parquet":
            continue
        name = res["name"].removesuffix("_parquet")
        tables[name] = pq.read_table(release_dir / res["path"])
        schemas[name] = res["schema"]
    return tables, schemas


def diff_releases(old: tuple[dict, dict], new: tuple[dict, dict]) -> list[TableDiff]:
    old_tables, old_schemas = old
    new_tables, new_schemas = new
    names = list(new_tables) + [n for n in old_tables if n not in new_tables]
    return [
        diff_table(n, old_tables.get(n), new_tables.get(n), old_schemas.get(n), new_schemas.get(n))
        for n in names
    ]
