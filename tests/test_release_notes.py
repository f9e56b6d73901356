"""What the release notes say was found in each document (pipelines/publishing/notes.py), counted
with Arrow over the tables."""

from __future__ import annotations

import pyarrow as pa

from pipelines.publishing.notes import drop_documents_without_data, found_in_documents


def test_what_each_document_gave_is_counted_with_missing_and_empty_ids_left_out():
    tables = {
        "sources": pa.table({"source_id": ["a", "b", "c", "d"]}),
        "events": pa.table({"source_id": ["a", "b", None, ""]}),
        "sessions": pa.table({"session_id": ["s1", "s2", "s3"], "source_id": ["a", "a", "c"]}),
        "session_speakers": pa.table({"session_id": ["s1", "s2", "s2", "s9"], "speaker_id": ["p1", "p1", "p2", "p3"]}),
        "cited_figures": pa.table({"source_id": ["b", "b", "b", "a", None, "b"],
                                   "speaker_id": ["p4", "p4", None, "p1", "p5", ""]}),
    }
    found = found_in_documents(tables)
    assert {k: list(v.items()) for k, v in found.items()} == {
        "a": [("events", 1), ("sessions", 2), ("cited_figures", 1), ("attributed", 1), ("speakers", 2)],
        "b": [("events", 1), ("cited_figures", 4), ("attributed", 2), ("speakers", 1)],
        "c": [("sessions", 1)],
    }

    class Doc:
        def __init__(self, source_id):
            self.source_id, self.file_name, self.page_count, self.notes = source_id, f"{source_id}.md", 1, []

    kept, notes = drop_documents_without_data(tables, [Doc(s) for s in "abcd"])
    assert kept["sources"].column("source_id").to_pylist() == ["a", "b", "c"]
    assert [(d["source_id"], d["status"]) for d in notes.documents] == [
        ("a", "published"), ("b", "published"), ("c", "published"), ("d", "skipped")]
