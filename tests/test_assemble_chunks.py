"""The package's tables built from the documents' rows a chunk at a time (pipelines/assemble.py,
CHUNK_ROWS): the same tables as typing every row at once, on a first run and on a run that adds
a document to the previous run's typed rows."""

from __future__ import annotations

import pytest

from pipelines import assemble
from pipelines.assemble import package_table, package_tables
from pipelines.runtime.batch import DocumentExtracts

SCHEMAS = {
    "items": {"name": "items", "primaryKey": ["item_id"], "fields": [
        {"name": "item_id", "type": "string"}, {"name": "n", "type": "integer"},
        {"name": "day", "type": "date"}, {"name": "share", "type": "number"}]},
    "notes": {"name": "notes", "primaryKey": ["note_id"], "fields": [
        {"name": "note_id", "type": "string"}, {"name": "text", "type": "string"}]},
    # a key not all text: merged row by row
    "ranks": {"name": "ranks", "primaryKey": ["label", "rank"], "fields": [
        {"name": "label", "type": "string"}, {"name": "rank", "type": "integer"}]},
}


def _document(d: int) -> dict:
    """An invented document's rows: a varying number of items (one repeating an earlier
    document's key), notes on every other document, ranks on every third."""
    items = [{"item_id": f"i{d}-{k}", "n": d * 10 + k, "day": f"2024-0{1 + k % 9}-1{k % 9}", "share": k / 3}
             for k in range(d % 4 + 1)]
    if d > 2:
        items.append({"item_id": f"i{d - 2}-0", "n": -d, "day": None, "share": None})
    rows = {"items": items}
    if d % 2:
        rows["notes"] = [{"note_id": f"n{d}", "text": f"note {d}"}]
    if d % 3 == 0:
        rows["ranks"] = [{"label": "x", "rank": d}, {"label": "x", "rank": 0}]
    return rows


def _extracts(count: int) -> DocumentExtracts:
    return DocumentExtracts([_document(d) for d in range(count)], [f"key{d}" for d in range(count)], None)


def _whole(extracts) -> dict:
    return {name: package_table(list(extracts), name, schema) for name, schema in SCHEMAS.items()}


@pytest.mark.parametrize("chunk", [1, 3, 7, 10_000])
def test_chunked_typing_gives_the_tables_of_typing_every_row_at_once(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(assemble, "CHUNK_ROWS", chunk)
    first = _extracts(12)
    built = package_tables(first, SCHEMAS, tmp_path / "cache")
    expected = _whole(first)
    assert built.keys() == expected.keys()
    for name in SCHEMAS:
        assert built[name].equals(expected[name]), name
    assert built["items"].num_rows > 12 and built["ranks"].num_rows > 0
    # a later run adds a document: the others' typed rows are taken from the previous run
    added = _extracts(13)
    again = package_tables(added, SCHEMAS, tmp_path / "cache")
    expected = _whole(added)
    for name in SCHEMAS:
        assert again[name].equals(expected[name]), name
