"""The package's tables from the documents' extracts (pipelines/assemble.py), typed column by
column (pipelines/schemas.py), and the hand-off of the extracts between steps (pipelines/defs/io.py):
the same tables, rows and errors as merging and typing row by row."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import random

import pyarrow as pa
import pytest

from pipelines.assemble import first_by_key, package_table
from pipelines.errors import PipelineError, ValidationFailed
from pipelines.extract.documents import merge_extracts
from pipelines.schemas import ARROW_TYPES, _coerce, arrow_schema, table_schema, to_arrow
from pipelines.tables import TABLES

from .conftest import ROOT

SCHEMA = {"name": "t", "primaryKey": ["id", "part"], "fields": [
    {"name": "id", "type": "string"}, {"name": "part", "type": "string"},
    {"name": "n", "type": "integer"}, {"name": "x", "type": "number"}, {"name": "d", "type": "date"},
    {"name": "ok", "type": "boolean"}, {"name": "text", "type": "string"}]}


def row_by_row(rows: list[dict], schema: dict) -> pa.Table:
    """Typing as it was done before, a Python call per cell."""
    columns = {f["name"]: pa.array([_coerce(r.get(f["name"]), f["type"]) for r in rows], type=ARROW_TYPES[f["type"]])
               for f in schema["fields"]}
    return pa.table(columns).cast(arrow_schema(schema)) if rows else arrow_schema(schema).empty_table()


def merged(extracts: list[dict], name: str, schema: dict) -> pa.Table:
    rows = merge_extracts([{name: e.get(name, [])} for e in extracts], {name: schema.get("primaryKey", [])})
    return row_by_row(rows.get(name, []), schema)


def random_extracts(seed: int) -> list[dict]:
    rng = random.Random(seed)
    ids, parts = ["a", "b", None, "a|b", ""], ["1", "2", None]
    extracts = []
    for _ in range(rng.randint(0, 6)):
        rows = [{"id": rng.choice(ids), "part": rng.choice(parts), "n": rng.choice([1, -3, None]),
                 "x": rng.choice([1, 2.5, None, 0, -0.0]), "d": rng.choice(["2024-03-01", dt.date(2025, 1, 2), None]),
                 "ok": rng.choice([True, False, None]), "text": rng.choice(["x", "", None, "é"])}
                for _ in range(rng.randint(0, 8))]
        for r in rows:       # some cells absent rather than empty
            if rng.random() < 0.2:
                r.pop(rng.choice(list(r)))
        extracts.append({"t": rows} if rng.random() < 0.9 else {})
    return extracts


@pytest.mark.parametrize("seed", range(20))
def test_a_package_table_is_the_merged_rows_typed_row_by_row(seed):
    extracts = random_extracts(seed)
    expected, got = merged(extracts, "t", SCHEMA), package_table(extracts, "t", SCHEMA)
    assert got.equals(expected) and got.schema == expected.schema


def test_a_key_that_is_not_all_text_is_merged_row_by_row():
    schema = dict(SCHEMA, primaryKey=["id", "n"])
    extracts = [{"t": [{"id": "a", "n": 1, "x": 1}, {"id": "a", "n": 1, "x": 2}]}, {"t": [{"id": "a", "n": True, "x": 3}]}]
    # True == 1 for Python: the third row repeats the first's key and is dropped, as before
    assert package_table(extracts, "t", schema).equals(merged(extracts, "t", schema))
    assert package_table(extracts, "t", schema).num_rows == 1


def test_a_repeated_row_dropped_before_typing_does_not_fail_the_table():
    """A repeat of an earlier key is dropped before it is typed: a cell it alone holds that Arrow
    cannot type does not stop the table, and an unknown column it alone has is not reported."""
    extracts = [{"t": [{"id": "a", "part": "1", "n": 1}]}, {"t": [{"id": "a", "part": "1", "n": "not a number"}]},
                {"t": [{"id": "a", "part": "1", "unknown": 1}]}]
    assert package_table(extracts, "t", SCHEMA).equals(merged(extracts, "t", SCHEMA))
    with pytest.raises(ValidationFailed, match="unknown"):
        package_table(extracts + [{"t": [{"id": "b", "unknown": 1}]}], "t", SCHEMA)


def test_first_by_key_keeps_the_first_row_of_each_key_in_order():
    table = pa.table({"k": ["b", None, "b", "a", None], "v": [1, 2, 3, 4, 5]})
    assert first_by_key(table, ["k"]).to_pylist() == [{"k": "b", "v": 1}, {"k": None, "v": 2}, {"k": "a", "v": 4}]
    assert first_by_key(table.slice(0, 2), ["k"]) == table.slice(0, 2)


def test_first_rows_of_a_composite_key_are_those_python_finds():
    """Several key columns, missing values equal to each other, tables in several chunks: the rows
    kept are the first of each distinct combination, as a plain Python scan finds them."""
    from pipelines.assemble import first_rows

    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(0, 25)
        table = pa.table({c: [rng.choice(["a", "b", "", None]) for _ in range(n)] for c in "xyz"})
        if n > 2:
            table = pa.concat_tables([table.slice(0, n // 2), table.slice(n // 2)])
        for key in (["x"], ["x", "y"], ["z", "x", "y"]):
            seen, expected = set(), []
            for i, row in enumerate(table.select(key).to_pylist()):
                combination = tuple(row[k] for k in key)
                if combination not in seen:
                    seen.add(combination)
                    expected.append(i)
            found = first_rows(table, key)
            if len(expected) == n or n < 2:
                assert found is None
            else:
                assert found.type == pa.int64() and found.to_pylist() == expected


def test_first_rows_when_a_key_column_looks_all_distinct_are_those_python_finds():
    """Key columns of many values (where one column alone may make every key distinct, the short
    way of first_rows), two missing values in one column being a repeat: as a Python scan finds."""
    from pipelines.assemble import first_rows

    rng = random.Random(11)
    for _ in range(300):
        n = rng.randint(2, 30)
        pool = [f"v{i}" for i in range(rng.choice([n, 2 * n, 50]))] + [None]
        table = pa.table({c: [rng.choice(pool) for _ in range(n)] for c in "xy"})
        if rng.random() < 0.5:
            table = table.set_column(0, "x", pa.array(rng.sample(pool[:-1], n) if len(pool) > n else pool[:n]))
        for key in (["x"], ["y"], ["x", "y"]):
            seen, expected = set(), []
            for i, row in enumerate(table.select(key).to_pylist()):
                if tuple(row[k] for k in key) not in seen:
                    seen.add(tuple(row[k] for k in key))
                    expected.append(i)
            found = first_rows(table, key)
            assert (found is None) if len(expected) == n else found.to_pylist() == expected


@pytest.mark.parametrize("values, kind", [
    ([1, 2.5, None, True], "number"), ([2**60 + 1, 1], "number"), ([2**70], "number"), (["a", None, ""], "string"),
    ([1, None, -5], "integer"), ([True, None], "boolean"), (["2024-02-29", dt.date(2024, 1, 1), "20240301", None], "date"),
])
def test_to_arrow_types_a_column_as_the_row_by_row_typing_does(values, kind):
    schema = {"name": "t", "fields": [{"name": "c", "type": kind}]}
    rows = [{"c": v} for v in values]
    try:
        expected = row_by_row(rows, schema)
    except (pa.ArrowException, OverflowError, TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            to_arrow(rows, schema)
    else:
        assert to_arrow(rows, schema).equals(expected)


def test_the_real_schemas_type_the_same_rows_alike():
    """The shipped Table Schemas, rows of every column type with missing cells."""
    samples = {"string": ["x", None], "integer": [3, None], "number": [2, 0.5, None], "boolean": [False, None],
               "date": ["2024-05-06", None], "year": [2024, None]}
    for name in TABLES:
        schema = table_schema(ROOT / "schemas", name)
        required = {f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")}
        rows = [{f["name"]: samples.get(f["type"], [None])[(0 if f["name"] in required else i) % len(samples.get(f["type"], [None]))]
                 for f in schema["fields"]} for i in range(4)]
        assert to_arrow(rows, schema).equals(row_by_row(rows, schema))
        with pytest.raises(ValueError, match="null"):          # a required cell missing: refused alike
            to_arrow(rows + [{}], schema)


# --------------------------------------------------------------------------- the hand-off
def test_extracts_are_handed_on_as_a_reference_to_the_cache(tmp_path):
    from pipelines.defs import io
    from pipelines.runtime.batch import DocumentExtracts
    from pipelines.runtime.cache import ExtractCache

    cache = ExtractCache(tmp_path / "extract")
    # documents of a few hundred rows each, as real extracts are: the reference holds their keys only
    rows = [{"t": [{"id": "a", "d": "2024-01-01"}] + [{"id": f"a{i}"} for i in range(300)]},
            {"refused": [{"file": "b.pdf", "reason": "trop long"}]},
            {"t": [{"id": "c"}] + [{"id": f"c{i}"} for i in range(300)]}]
    cache.put("k" * 64, rows[0])
    cache.put("m" * 64, rows[2])
    value = DocumentExtracts(rows, ["k" * 64, None, "m" * 64], cache.root)
    ref = io.reference(value, "token")
    # the cache folder and two keys, whatever the rows weigh; the refusal (never cached) inline
    assert len(pickle.dumps(ref)) < len(str(cache.root)) + 2 * 64 + 400 < len(pickle.dumps(list(rows)))
    assert ref["inline"] == {1: rows[1]}
    again = io.from_reference(pickle.loads(pickle.dumps(ref)))
    assert again._rows == [None, rows[1], None]          # cached rows read when asked for
    assert list(again) == rows and again.keys == value.keys
    (cache.root / "mm" / f"{'m' * 64}.json").unlink()
    gone = io.from_reference(ref)
    assert gone[0] == rows[0]
    with pytest.raises(PipelineError, match="cache"):
        gone[2]


def test_the_io_manager_gives_the_same_value_in_and_out_of_the_run_process(tmp_path):
    from upath import UPath

    from pipelines.defs import io
    from pipelines.runtime.batch import DocumentExtracts
    from pipelines.runtime.cache import ExtractCache

    cache = ExtractCache(tmp_path / "extract")
    cache.put("k" * 64, {"t": [{"id": "a"}]})
    value = DocumentExtracts([{"t": [{"id": "a"}]}], ["k" * 64], cache.root)
    manager = io.ExtractsIOManager(base_dir=str(tmp_path / "storage"))
    path = UPath(tmp_path / "document_extracts")
    manager.dump_to_path(None, value, path)
    assert manager.load_from_path(None, path) is value            # the same process: the value itself
    other = io.ExtractsIOManager(base_dir=str(tmp_path / "storage"))
    again = other.load_from_path(None, path)                      # another process: read back from the cache
    assert again is not value and list(again) == list(value)
    manager.dump_to_path(None, {"plain": 1}, path)                # any other value: pickled as usual
    assert manager.load_from_path(None, path) == {"plain": 1}
    assert json.loads(json.dumps(list(again)))                    # plain data


def test_the_tables_io_manager_hands_the_table_itself_and_an_arrow_file_to_other_readers(tmp_path):
    """The `release` step of the run gets the table the `tables` step returned (not a second copy,
    as unpickling gave); another process reads the same table from an Arrow file."""
    from pathlib import Path

    from upath import UPath

    from pipelines.defs import io
    from pipelines.files import same_rows

    table = pa.table({"id": ["a", None, "c"], "n": pa.array([1, 2, None], pa.int64()),
                      "v": [0.5, -0.0, float("nan")]}).replace_schema_metadata({b"k": b"v"})
    manager = io.TablesIOManager(base_dir=str(tmp_path / "storage"))
    path = UPath(tmp_path / "storage" / "events")
    manager.dump_to_path(None, table, path)
    assert manager.load_from_path(None, path) is table
    assert path.read_bytes()[:6] == b"ARROW1"
    again = io.TablesIOManager(base_dir=str(tmp_path / "storage")).load_from_path(None, path)
    def same(a, b):
        return a.num_rows == b.num_rows and same_rows(a, b)

    assert again is not table and same(again, table) and again.schema.metadata == {b"k": b"v"}
    # the file holding the very table is known (the release keeps it as its copy, linked), not
    # for an equal table, nor once another value replaced it
    assert io.arrow_file(table) == Path(path) and io.arrow_file(again) is None
    # a file written by another run (another token) is read from the file, not the value kept
    other = io.TablesIOManager(base_dir=str(tmp_path / "storage"))
    first = table.slice(0, 1)
    other.dump_to_path(None, first, path)
    assert manager.load_from_path(None, path).num_rows == 1
    assert io.arrow_file(table) is None and io.arrow_file(first) == Path(path)
    # a file the filesystem IO manager pickled before, and any other value: pickled
    path.write_bytes(pickle.dumps(table))
    assert same(manager.load_from_path(None, path), table)
    manager.dump_to_path(None, {"plain": 1}, path)
    assert manager.load_from_path(None, path) == {"plain": 1}
    assert io.arrow_file(first) is None


# --------------------------------------------------------------------------- typed rows kept between runs
def _documents(seed: int, n: int) -> tuple[list[dict], list[str]]:
    extracts: list[dict] = []
    for more in range(1000):
        extracts += random_extracts(seed * 1000 + more)
        if len(extracts) >= n:
            break
    return extracts[:n], [f"key-{seed}-{i}" for i in range(n)]


@pytest.mark.parametrize("seed", range(8))
def test_tables_built_from_the_previous_runs_typed_rows_are_the_same(tmp_path, seed):
    """Runs one after the other on documents added, removed, reordered or repeated: each run's
    tables are those typed row by row, though only the new documents' rows are typed again."""
    from pipelines.assemble import package_tables
    from pipelines.runtime.batch import DocumentExtracts

    rng = random.Random(seed)
    extracts, keys = _documents(seed, 12)
    schemas = {"t": SCHEMA, "u": dict(SCHEMA, name="u", primaryKey=["id", "n"])}   # "u": a key not all text
    order = list(range(12))
    for step in range(6):
        if step == 1:
            order = order + [order[2], order[3]]            # repeated documents
        elif step == 2:
            rng.shuffle(order)
        elif step == 3:
            order = order[: len(order) // 2]
        elif step == 4:
            order = order + list(range(12))
        value = DocumentExtracts([{**extracts[i], "u": extracts[i].get("t", [])} for i in order], [keys[i] for i in order], None)
        got = package_tables(value, schemas, tmp_path)
        for name, schema in schemas.items():
            assert got[name].equals(merged(list(value), name, schema)) and got[name].schema.metadata is None
    assert (tmp_path / "tables" / "t.arrow").is_file() and (tmp_path / "tables" / "u.arrow").is_file()


def test_only_new_documents_and_those_with_rows_under_a_key_not_all_text_are_read(tmp_path):
    from pipelines.assemble import package_tables
    from pipelines.runtime.batch import DocumentExtracts

    class Watched(DocumentExtracts):
        def __getitem__(self, i):
            read.append(i)
            return super().__getitem__(i)

    schemas = {"t": SCHEMA, "u": dict(SCHEMA, name="u", primaryKey=["id", "n"])}
    rows = [{"t": [{"id": "a"}]}, {"t": [{"id": "b"}], "u": [{"id": "b", "n": 1}]}, {"t": [{"id": "c"}]}]
    read: list[int] = []
    package_tables(Watched(rows, ["k0", "k1", "k2"], None), schemas, tmp_path)
    read.clear()
    got = package_tables(Watched(rows + [{"t": [{"id": "d"}]}], ["k0", "k1", "k2", "k3"], None), schemas, tmp_path)
    assert sorted(set(read)) == [1, 3]              # document 1 has rows in "u"; 3 is new
    assert got["t"].column("id").to_pylist() == ["a", "b", "c", "d"] and got["u"].num_rows == 1


def test_typed_rows_of_another_run_or_unreadable_are_not_used(tmp_path):
    from pipelines.assemble import TypedRows, package_tables
    from pipelines.runtime.batch import DocumentExtracts

    first = DocumentExtracts([{"t": [{"id": "a", "text": "first"}]}], ["k1"], None)
    package_tables(first, {"t": SCHEMA}, tmp_path)
    assert TypedRows(tmp_path, {"t": SCHEMA}).at == {"k1": 0}
    index = tmp_path / "tables" / "index.json"
    data = json.loads(index.read_text())
    index.write_text(json.dumps(data | {"run": "another"}))        # a table file of another run
    assert TypedRows(tmp_path, {"t": SCHEMA}).at == {}
    index.write_text("{")
    assert TypedRows(tmp_path, {"t": SCHEMA}).at == {}
    index.write_text(json.dumps(data))
    assert TypedRows(tmp_path, {"t": dict(SCHEMA, title="changed")}).at == {}    # another schema: typed again
    # the same key, other rows: impossible for a real key (it covers the document's content), so
    # the rows of the key's previous run are the ones used
    again = package_tables(DocumentExtracts([{"t": [{"id": "a", "text": "second"}]}], ["k1"], None), {"t": SCHEMA}, tmp_path)
    assert again["t"].column("text").to_pylist() == ["first"]
