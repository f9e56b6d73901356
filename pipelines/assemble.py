"""A published table from the documents' extracts: their rows concatenated in the documents' order,
typed by the table's Table Schema, a row whose primary key an earlier row already gave kept once
(the same event described by two documents), the table :func:`pipelines.extract.documents.merge_extracts`
and :func:`pipelines.schemas.to_arrow` make together.

A package holds hundreds of thousands of rows, so the rows are typed first and the repeated keys
found by Arrow, rather than by a Python key per row. This is the same table when the key's fields
are all text (the schemas' keys are); otherwise, and whenever the typed path fails on a row (which
the row-by-row path may have dropped as a repeat before typing it), the table is made row by row
as before, with the same result or the same error.

Adding one document to a package of thousands would still type every row again; the previous
run's typed rows are kept (:class:`TypedRows`, in the cache folder) and only the rows of documents
added or changed are typed, the others' are taken from there."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401  (pa.ipc)

from .errors import ValidationFailed
from .extract.documents import merge_extracts
from .schemas import to_arrow


def _text_key(schema: dict) -> list[str] | None:
    """The primary key's fields when they are all text, else None."""
    pk = schema.get("primaryKey")
    types = {f["name"]: f["type"] for f in schema.get("fields", [])}
    if isinstance(pk, list) and pk and all(types.get(k) == "string" for k in pk):
        return pk
    return None


def first_rows(table: pa.Table, key: list[str]) -> pa.Array | None:
    """The positions of the rows of ``table`` that no earlier row's ``key`` repeats (missing
    values equal to each other, as ``None == None``), in order; None when that is every row."""
    if table.num_rows < 2:
        return None
    # a key column whose values are all distinct (a missing value counted once, so two missing
    # values are not) makes every key distinct: one hash pass per column, no sort (the usual case
    # of a package's tables, whose keys a document's rows rarely repeat)
    if any(not pa.types.is_null(table.column(name).type)
           and pc.count_distinct(table.column(name), mode="all").as_py() == table.num_rows for name in key):
        return None
    # each key column's values numbered by their first appearance (pc.unique keeps that order and
    # one null; index_in matches a null to it), then the first row of each distinct combination;
    # with Arrow's kernels and numpy, not Acero's group_by (which imports pyarrow.dataset, and
    # with it pandas: about 0.4 s of a run that has no other use for it)
    codes = []
    for name in key:
        column = table.column(name).combine_chunks()
        codes.append(pc.index_in(column, value_set=pc.unique(column)).to_numpy(zero_copy_only=False))
    combined = np.stack(codes, axis=1) if len(codes) > 1 else codes[0]
    _, first = np.unique(combined, axis=0 if len(codes) > 1 else None, return_index=True)
    if len(first) == table.num_rows:
        return None
    return pa.array(np.sort(first).astype(np.int64))


def first_by_key(table: pa.Table, key: list[str]) -> pa.Table:
    """``table`` without the rows whose ``key`` an earlier row has (:func:`first_rows`), in the
    table's order."""
    first = first_rows(table, key)
    return table if first is None else table.take(first)


def package_table(extracts: list[dict], name: str, schema: dict) -> pa.Table:
    """Table ``name`` of the package the documents' ``extracts`` form (module docstring)."""
    key = _text_key(schema)
    if key is not None:
        rows = [row for extract in extracts for row in extract.get(name, ())]
        try:
            return first_by_key(to_arrow(rows, schema), key)
        except (ValidationFailed, pa.ArrowException, TypeError, ValueError):
            pass    # the row-by-row path below gives its own result or error
    merged = merge_extracts([{name: e.get(name, [])} for e in extracts], {name: schema.get("primaryKey", [])})
    return to_arrow(merged.get(name, []), schema)


# --------------------------------------------------------------------------- the previous run's typed rows
SNAPSHOT_DIR = "tables"       # under the cache folder: <table>.arrow and index.json
# Rows (of all tables together) typed at a time when the package's rows are built: bounds the
# Python rows held at once, whatever the size of the package.
CHUNK_ROWS = 20_000


def _typing_version(schemas: dict[str, dict]) -> str:
    """What decides how a document's rows are typed: the Table Schemas and the typing code."""
    digest = hashlib.sha256(json.dumps(schemas, sort_keys=True).encode())
    for module in (Path(__file__), Path(__file__).with_name("schemas.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


class TypedRows:
    """Every document's rows of every table, typed, as the previous run left them: a table
    per published table (the documents' rows one after the other, repeats of a key included,
    before :func:`first_by_key`) and, in ``index.json``, the documents' extraction keys and how
    many rows each gave to each table. A document whose key is there is not typed again: its
    rows are a slice of the previous table (a document's key covers its bytes, its manifest
    entry, the extraction rules and options). Kept in ``<cache>/tables/``, replaced whole by
    each run that builds the tables; anything unreadable is ignored (the rows are typed again)."""

    def __init__(self, cache_dir: Path, schemas: dict[str, dict]):
        self.folder = Path(cache_dir) / SNAPSHOT_DIR
        self.version = _typing_version(schemas)
        self.at: dict[str, int] = {}
        self.tables: dict[str, pa.Table] = {}
        self.offsets: dict[str, list[int]] = {}
        try:
            index = json.loads((self.folder / "index.json").read_text(encoding="utf-8"))
            if index.get("version") != self.version:
                return
            for name, counts in index["rows"].items():
                with pa.memory_map(str(self.folder / f"{name}.arrow")) as source:
                    table = pa.ipc.open_file(source).read_all()
                # the files of one run only (another run may have replaced some meanwhile)
                if (table.schema.metadata or {}).get(b"run") != index["run"].encode():
                    raise ValueError(name)
                self.tables[name] = table.replace_schema_metadata(None)
                self.offsets[name] = [0, *itertools.accumulate(counts)]
                if self.offsets[name][-1] != self.tables[name].num_rows:
                    raise ValueError(name)
            self.at = {key: i for i, key in enumerate(index["documents"])}
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            self.at, self.tables, self.offsets = {}, {}, {}

    def build(self, extracts: list[dict], keys: list[str | None],
              schemas: dict[str, dict]) -> dict[str, tuple[pa.Table, list[int]]]:
        """name -> (every document's rows of that table typed, in order and before removing
        repeated keys; the number of rows of each document). The rows of documents known from the
        previous run are taken from its tables; the others are typed by :func:`to_arrow`, in one
        pass over the documents (each document's rows read once) and a chunk of at most
        :data:`CHUNK_ROWS` rows at a time, so that the Python rows of the whole package are never
        held at once (Arrow keeps a typed row in a fraction of the memory of its dict)."""
        known = {name: self.tables.get(name) for name in schemas}
        # each document's first row in (previous table + rows typed so far + pending rows), and its
        # number of rows: in numpy arrays, since Python ints made while the rows come and go would
        # keep the allocator's memory of the rows freed around them from being returned
        starts = {name: np.zeros(len(keys), dtype=np.int64) for name in schemas}
        counts = {name: np.zeros(len(keys), dtype=np.int64) for name in schemas}
        base = {name: known[name].num_rows if known[name] is not None else 0 for name in schemas}
        chunks: dict[str, list[pa.Table]] = {name: [] for name in schemas}
        pending: dict[str, list[dict]] = {name: [] for name in schemas}
        waiting = 0

        def flush() -> None:
            for name, rows in pending.items():
                if rows:
                    chunks[name].append(to_arrow(rows, schemas[name]))
                    base[name] += len(rows)
                    pending[name] = []

        for i, key in enumerate(keys):
            extract = None
            for name in schemas:
                previous = self.at.get(key) if key is not None and known[name] is not None else None
                if previous is not None:       # its rows are not even read (pipelines/runtime/batch.py, LazyExtracts)
                    offsets = self.offsets[name]
                    starts[name][i] = offsets[previous]
                    counts[name][i] = offsets[previous + 1] - offsets[previous]
                    continue
                if extract is None:
                    extract = extracts[i]
                rows = extract.get(name, ())
                starts[name][i] = base[name] + len(pending[name])
                counts[name][i] = len(rows)
                pending[name].extend(rows)
                waiting += len(rows)
            if waiting >= CHUNK_ROWS:
                flush()
                waiting = 0
        flush()
        return {name: self._assemble(known[name], chunks[name], schemas[name], starts[name], counts[name])
                for name in schemas}

    @staticmethod
    def _assemble(known: pa.Table | None, chunks: list[pa.Table], schema: dict, starts: np.ndarray,
                  lengths: np.ndarray) -> tuple[pa.Table, list[int]]:
        """The table of :meth:`build`: the previous rows and the chunks typed, put in the
        documents' order."""
        typed = pa.concat_tables(chunks).combine_chunks() if chunks else to_arrow([], schema)
        table = pa.concat_tables([known, typed]) if known is not None else typed
        total = int(lengths.sum())
        counts = lengths.tolist()
        # row i of the result is row starts[d] + (i - first row of d) of ``table``, d its document
        before = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(lengths) else lengths
        rows = np.repeat(starts - before, lengths) + np.arange(total, dtype=np.int64)
        if total == table.num_rows and (total == 0 or bool((rows == np.arange(total)).all())):
            return table, counts
        return table.take(pa.array(rows)), counts

    def save(self, keys: list[str | None], tables: dict[str, pa.Table], counts: dict[str, list[int]]) -> None:
        """Keep this run's typed rows for the next run (module docstring); best effort."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            run = uuid.uuid4().hex
            for name, table in tables.items():
                table = table.replace_schema_metadata({"run": run})
                tmp = self.folder / f".{name}.arrow.tmp-{os.getpid()}"
                with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                    writer.write_table(table)
                os.replace(tmp, self.folder / f"{name}.arrow")
            index = {"version": self.version, "run": run, "documents": [k or "" for k in keys], "rows": counts}
            tmp = self.folder / f".index.json.tmp-{os.getpid()}"
            tmp.write_text(json.dumps(index), encoding="utf-8")
            os.replace(tmp, self.folder / "index.json")
        except OSError:
            pass    # a read-only cache only costs typing every row again next time


@dataclass
class RowOrigins:
    """Where the rows of a published table come from, for checks that reuse the previous run's
    verdict on the documents that did not change (pipelines/validation/incremental.py):
    ``rows`` is every document's rows typed, one document after the other, repeats of a key
    included; ``counts`` the number of rows of each document (in the order of ``keys``, the
    documents' extraction keys); ``kept`` the positions in ``rows`` of the published table's rows
    (None: all of them)."""

    rows: pa.Table
    counts: list[int]
    kept: pa.Array | None
    keys: list[str | None]


def package_tables(extracts: list[dict], schemas: dict[str, dict], cache_dir: Path | None = None,
                   origins: dict[str, RowOrigins] | None = None) -> dict[str, pa.Table]:
    """Every table of the package (:func:`package_table`). With ``cache_dir``, when ``extracts``
    carries the documents' extraction keys (:class:`pipelines.runtime.batch.DocumentExtracts`),
    only the rows of documents the previous run did not type are typed (:class:`TypedRows`). A
    table whose key is not all text is merged row by row, from the documents that have rows in it
    only (the others are not read). ``origins``, when given, receives the :class:`RowOrigins` of
    each table built from the typed rows (the others are not described)."""
    keys = getattr(extracts, "keys", None)
    if cache_dir is None or keys is None:
        return {name: package_table(extracts, name, schema) for name, schema in schemas.items()}
    typed = TypedRows(cache_dir, schemas)
    built, counts, out, kept = {}, {}, {}, {}
    try:
        for name, (built[name], counts[name]) in typed.build(extracts, keys, schemas).items():
            key = _text_key(schemas[name])
            if key is not None:
                kept[name] = first_rows(built[name], key)
                out[name] = built[name] if kept[name] is None else built[name].take(kept[name])
    except (ValidationFailed, pa.ArrowException, TypeError, ValueError):
        # the row-by-row path gives its own result or error (module docstring)
        return {name: package_table(extracts, name, schema) for name, schema in schemas.items()}
    typed.save(keys, built, counts)
    if origins is not None:
        origins.update({name: RowOrigins(built[name], counts[name], kept[name], list(keys)) for name in out})
    for name, schema in schemas.items():
        if name not in out:
            # only this table's rows of each document (a document's rows are read from the cache)
            out[name] = package_table([{name: extracts[i].get(name, [])} if n else {} for i, n in enumerate(counts[name])],
                                      name, schema)
    return {name: out[name] for name in schemas}
