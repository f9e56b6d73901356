"""A document whose bytes did not change is not read again (pipelines/document/known.py, the read
index of pipelines/runtime/cache.py): its header comes from the earlier read, its extraction from
the extraction cache; a changed file is read again, and checksums stay those of the bytes."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import os
import pickle
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipelines.errors import SourceError
from pipelines.document import SourceEntry, read_document
from pipelines.document.known import KnownDocument
from pipelines.runtime.batch import extract_all
from pipelines.runtime.cache import ReadIndex, content_key, document_key
from pipelines.runtime.reading import read_or_recall
from pipelines.runtime.fingerprint import FileHashes
from pipelines.settings import ReadingBudget, load_settings

from .conftest import ROOT, SOURCES

PDF = ROOT / "tests" / "real" / "ademe-fiche-besancon-2017" / "FBP2017-BESANCON.pdf"
MAX_BYTES = 50 * 1024 * 1024


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def later(path) -> None:
    """Move a file's mtime one second on, as an edit a moment later would."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


@pytest.fixture
def folder(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(PDF, sources / "fiche.pdf")
    shutil.copy(SOURCES / "numericamp-2024-bilan.txt", sources / "bilan.txt")
    return tmp_path


def recall_all(folder, index=None, budget=None):
    index = index or ReadIndex(folder / "cache" / "read")
    hashes = FileHashes(folder / "cache")
    entries = [SourceEntry(id=p.stem, file=p.name, path=p, publisher="Ville de Valbrune")
               for p in sorted((folder / "sources").iterdir())]
    return [read_or_recall(e, hashes.of(e.path), index, MAX_BYTES, budget or ReadingBudget()) for e in entries]


def test_an_unchanged_document_is_not_read_again(folder):
    first = recall_all(folder)
    assert not any(isinstance(d, KnownDocument) for d in first)
    again = recall_all(folder)
    assert all(isinstance(d, KnownDocument) and not d.loaded for d in again)
    for fresh, known in zip(first, again):
        # the header is the earlier read's, exactly; the checksum is the file's
        for f in dataclasses.fields(fresh):
            if f.name not in ("text", "headings", "blocks", "metadata"):
                assert getattr(known, f.name) == getattr(fresh, f.name), f.name
        assert known.sha256 == sha(folder / "sources" / fresh.file_name)
        assert known.page_count == fresh.page_count > 0
        # the same extraction key without reading: the extraction cache answers for it
        assert content_key(known) == content_key(fresh)
        assert document_key(known, {"x": 1}) == document_key(fresh, {"x": 1})
        assert not known.loaded
        # the content, when asked for, is read again and is the same
        assert known.text == fresh.text and known.blocks == fresh.blocks and known.loaded
        assert known.headings == fresh.headings and known.metadata == fresh.metadata


def test_a_changed_file_is_read_again(folder):
    first = {d.file_name: d for d in recall_all(folder)}
    text = folder / "sources" / "bilan.txt"
    # same size, other bytes
    text.write_text(text.read_text(encoding="utf-8").replace("450 visiteurs", "460 visiteurs"), encoding="utf-8")
    later(text)
    pdf = folder / "sources" / "fiche.pdf"
    shutil.copy(ROOT / "tests" / "real" / "ademe-fiche-dunkerque-2018" / "FBP2018-CU-Dunkerque.pdf", pdf)
    later(pdf)
    again = {d.file_name: d for d in recall_all(folder)}
    for name in ("bilan.txt", "fiche.pdf"):
        assert not isinstance(again[name], KnownDocument)
        assert again[name].sha256 == sha(folder / "sources" / name) != first[name].sha256
    assert "460 visiteurs" in again["bilan.txt"].text
    assert again["fiche.pdf"].page_count == read_document(
        SourceEntry(id="fiche", file="fiche.pdf", path=pdf)).page_count
    # and the new bytes are known in turn
    assert all(isinstance(d, KnownDocument) for d in recall_all(folder))


def test_other_reading_limits_or_manifest_entry_read_again(folder):
    recall_all(folder)
    assert not any(isinstance(d, KnownDocument) for d in recall_all(folder, budget=ReadingBudget(max_pages=500)))
    index = ReadIndex(folder / "cache" / "read")
    hashes = FileHashes(folder / "cache")
    path = folder / "sources" / "bilan.txt"
    other = SourceEntry(id="bilan", file="bilan.txt", path=path, publisher="Ville d'Arras", title="Bilan")
    doc = read_or_recall(other, hashes.of(path), index, MAX_BYTES, ReadingBudget())
    assert not isinstance(doc, KnownDocument) and doc.publisher == "Ville d'Arras" and doc.title == "Bilan"


def test_a_file_changed_after_the_look_up_stops_the_run_when_read(folder):
    recall_all(folder)
    known = {d.file_name: d for d in recall_all(folder)}["bilan.txt"]
    assert isinstance(known, KnownDocument)
    path = folder / "sources" / "bilan.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne ligne ajoutée.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        known.text
    assert "bilan.txt" in str(caught.value) and "a changé pendant la publication" in str(caught.value)


def test_a_known_document_travels_without_its_content(folder):
    recall_all(folder)
    known = recall_all(folder)[0]
    fresh = read_document(SourceEntry(id=known.source_id, file=known.file_name, path=folder / "sources" / known.file_name,
                                      publisher="Ville de Valbrune"))
    known.text    # loaded here; what is sent to a worker does not carry it
    data = pickle.dumps(known)
    assert len(data) < len(fresh.text)
    copy = pickle.loads(data)
    assert isinstance(copy, KnownDocument) and not copy.loaded and copy.sha256 == known.sha256
    assert copy.text == fresh.text


def test_extraction_of_known_documents_comes_from_the_cache(folder):
    settings = dataclasses.replace(load_settings(), cache_dir=folder / "cache", workers=1)
    first = recall_all(folder)
    rows, fresh = extract_all(first, settings)
    assert sorted(fresh) == ["bilan.txt", "fiche.pdf"]
    known = recall_all(folder)
    again, fresh = extract_all(known, settings)
    assert fresh == [] and again == rows
    assert not any(d.loaded for d in known)           # neither read nor extracted
    assert sum(len(r["cited_figures"]) for r in rows) > 10
    # with another option (names withheld) the cache has nothing: the known documents are read and extracted
    other = dataclasses.replace(settings, publish_person_names=False)
    hidden, fresh = extract_all(known, other)
    assert sorted(fresh) == ["bilan.txt", "fiche.pdf"] and all(d.loaded for d in known)
    assert [len(r["cited_figures"]) for r in hidden] == [len(r["cited_figures"]) for r in rows]


def test_publishing_again_reads_only_the_new_document(workdir):
    """Through the CLI and the real Dagster job: a document added is read, the others are known;
    the published checksums are those of the files; a document changed is read again."""
    import dagster as dg

    from pipelines.cli import app

    sources = workdir / "sources"
    shutil.copy(PDF, sources / "fiche.pdf")
    first = CliRunner().invoke(app, ["publish", "--json"])
    assert first.exit_code == 0, first.output
    shutil.copy(ROOT / "tests" / "real" / "ademe-fiche-dunkerque-2018" / "FBP2018-CU-Dunkerque.pdf", sources / "autre.pdf")
    second = CliRunner().invoke(app, ["publish", "--json"])
    assert second.exit_code == 0, second.output
    answer = json.loads(second.output)
    assert answer["status"] == "published" and answer["version"] == "1.1.0"

    def last_read():
        with dg.DagsterInstance.get() as instance:
            event = instance.get_latest_materialization_event(dg.AssetKey("source_documents"))
            meta = event.asset_materialization.metadata
            return meta["read"].value, meta["known_unchanged"].value

    assert last_read() == (1, 2)
    with open(Path(answer["path"]) / "data" / "sources.csv", encoding="utf-8") as fh:
        checksums = {r["file_name"]: r["sha256"] for r in csv.DictReader(fh)}
    assert checksums == {name: sha(sources / name) for name in ("numericamp-2024-bilan.txt", "fiche.pdf", "autre.pdf")}

    text = sources / "numericamp-2024-bilan.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("450 visiteurs", "460 visiteurs"), encoding="utf-8")
    later(text)
    third = CliRunner().invoke(app, ["publish", "--json"])
    assert third.exit_code == 0, third.output
    assert last_read() == (1, 2)
    with open(Path(json.loads(third.output)["path"]) / "data" / "sources.csv", encoding="utf-8") as fh:
        assert {r["file_name"]: r["sha256"] for r in csv.DictReader(fh)}["numericamp-2024-bilan.txt"] == sha(text)


def test_documents_read_with_a_spill_folder_hold_their_header_only_until_extracted(folder):
    """A cold run does not hold every document's text and blocks: a document read is handed on
    with its header, its content set aside on disk and loaded from there, in this process or in
    a worker (pickled), without reading the file again."""
    from pipelines.runtime.reading import read_all

    entries = [SourceEntry(id=p.stem, file=p.name, path=p, publisher="Ville de Valbrune")
               for p in sorted((folder / "sources").iterdir())]
    spill_dir = folder / "cache" / "spill"
    docs = list(read_all(entries, [sha(e.path) for e in entries], ReadIndex(folder / "cache" / "read"), MAX_BYTES,
                         ReadingBudget(), spill_dir=spill_dir))
    direct = [read_document(e, MAX_BYTES) for e in entries]
    assert all(isinstance(d, KnownDocument) and not d.recalled and not d.loaded for d in docs)
    assert [content_key(d) for d in docs] == [content_key(d) for d in direct]
    sent = [pickle.loads(pickle.dumps(d)) for d in docs]        # as an extraction worker gets them
    for entry in entries:
        entry.path.unlink()                                     # not read again: the content is set aside
    for doc, read in zip(sent, direct):
        assert (doc.text, doc.blocks, doc.headings, doc.metadata) == (read.text, read.blocks, read.headings, read.metadata)
    assert len(list(spill_dir.iterdir())) == len(entries)
