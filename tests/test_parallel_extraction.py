"""A large batch of new documents is extracted by worker processes (pipelines/defs/sources.py):
the rows are the same, in the same order, as in one process, and the cache is filled alike."""

from __future__ import annotations

import dataclasses

import pytest

from bench.corpus import generate
from pipelines.runtime.batch import PARALLEL_MIN_DOCUMENTS, extract_all, extraction_workers
from pipelines.document import discover_sources, read_document
from pipelines.settings import load_settings


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parallel") / "sources"
    generate(folder, PARALLEL_MIN_DOCUMENTS + 4, seed=7)
    return folder


@pytest.fixture(scope="module")
def corpus(corpus_dir):
    return [read_document(e) for e in discover_sources(corpus_dir)]


def settings_with(tmp_path, workers: int):
    return dataclasses.replace(load_settings(), cache_dir=tmp_path / f"cache-{workers}", workers=workers)


def test_workers_give_the_rows_of_one_process(corpus, tmp_path):
    one, fresh_one = extract_all(corpus, settings_with(tmp_path, 1))
    seen = []
    two, fresh_two = extract_all(corpus, settings_with(tmp_path, 2), lambda done, total, new: seen.append(done))
    assert two == one
    assert fresh_two == fresh_one == [d.file_name for d in corpus]
    assert seen == list(range(1, len(corpus) + 1))        # progress for every document, in order
    again, fresh = extract_all(corpus, settings_with(tmp_path, 2))   # now all from the cache
    assert again == one and fresh == []
    assert sum(len(r["sessions"]) for r in one) > len(corpus)        # real extractions, not empty rows


def test_workers_only_for_a_large_batch(tmp_path):
    settings = settings_with(tmp_path, 0)
    assert extraction_workers(settings, PARALLEL_MIN_DOCUMENTS - 1) == 1
    assert extraction_workers(settings, 1000) >= 1
    assert extraction_workers(dataclasses.replace(settings, workers=3), 1000) == 3
    assert extraction_workers(dataclasses.replace(settings, workers=3), PARALLEL_MIN_DOCUMENTS) == 3
    assert extraction_workers(dataclasses.replace(settings, workers=1), 1000) == 1


def test_workers_that_cannot_start_leave_the_work_to_the_run(corpus_dir, corpus, tmp_path):
    """A script without a `__main__` guard makes the workers fail at start-up: the documents are
    then extracted in the calling process, with a warning, and nothing is lost."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import dataclasses, pathlib, sys\n"
        "from pipelines.runtime.batch import extract_all\n"
        "from pipelines.document import discover_sources, read_document\n"
        "from pipelines.settings import load_settings\n"
        f"docs = [read_document(e) for e in discover_sources(pathlib.Path({str(corpus_dir)!r}))]\n"
        f"settings = dataclasses.replace(load_settings(), cache_dir=pathlib.Path({str(tmp_path / 'cache')!r}), workers=2)\n"
        "warnings = []\n"
        "rows, fresh = extract_all(docs, settings, warn=warnings.append)\n"
        "print(len(rows), len(fresh), sum(r is None for r in rows), len(warnings))\n"
        "print(warnings[0] if warnings else '')\n",
        encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    counts, warning = done.stdout.splitlines()[-2:]
    # every document extracted, none missing, and the workers' failure reported once
    assert counts.split() == [str(len(corpus))] * 2 + ["0", "1"], done.stdout + done.stderr[-2000:]
    assert warning.startswith("processus d'extraction indisponibles (BrokenProcessPool")
    assert "extraits dans le processus de l'exécution" in warning


def test_a_fault_of_the_extractor_names_the_document(monkeypatch):
    """An unexpected error while extracting one document stops the run with that document's name
    and the error, not a bare traceback."""
    import pytest

    from pipelines.errors import SourceError
    from pipelines.runtime import batch
    from tests.test_claims import text_doc

    def broken(doc, **options):
        raise AttributeError("'NoneType' object has no attribute 'end'")

    monkeypatch.setattr(batch, "extract_document", broken)
    with pytest.raises(SourceError) as err:
        batch.extract_or_refuse(text_doc("Texte.", source_id="rapport"))
    assert "rapport.txt" in str(err.value) and "AttributeError" in str(err.value)


def test_workers_read_a_large_batch_as_one_process(corpus_dir, tmp_path):
    """A large batch of new documents is read by worker processes (pipelines/runtime/reading.py):
    the same documents in the same order as read one by one; a document over a reading limit is
    handed back as its refusal, in its place; a document that cannot be read stops the batch with
    its name and reason, whichever process read it."""
    from pipelines.errors import BudgetExceeded, SourceError
    from pipelines.runtime.cache import ReadIndex
    from pipelines.runtime.fingerprint import FileHashes
    from pipelines.runtime.reading import read_all
    from pipelines.settings import ReadingBudget

    entries = discover_sources(corpus_dir)
    hashes = FileHashes(tmp_path / "cache")
    sha = [hashes.of(e.path) for e in entries]
    budget = ReadingBudget(max_text_chars=max(len(read_document(e).text) for e in entries) - 1)
    one = list(read_all(entries, sha, ReadIndex(tmp_path / "one"), 50 * 1024 * 1024, budget))
    two = list(read_all(entries, sha, ReadIndex(tmp_path / "two"), 50 * 1024 * 1024, budget, workers=lambda n: 2))
    assert len(two) == len(one) == len(entries) >= PARALLEL_MIN_DOCUMENTS
    refused = [i for i, d in enumerate(one) if isinstance(d, BudgetExceeded)]
    assert refused and refused == [i for i, d in enumerate(two) if isinstance(d, BudgetExceeded)]
    assert [str(d) for d in two if isinstance(d, BudgetExceeded)] == [str(d) for d in one if isinstance(d, BudgetExceeded)]
    read = [(d.source_id, d.sha256, d.text, d.page_starts, d.blocks) for d in two if not isinstance(d, BudgetExceeded)]
    assert read == [(d.source_id, d.sha256, d.text, d.page_starts, d.blocks) for d in one
                    if not isinstance(d, BudgetExceeded)]

    broken = corpus_dir.parent / "broken"
    broken.mkdir()
    for e in entries:
        (broken / e.file).write_bytes(e.path.read_bytes())
    (broken / "zz-rapport.pdf").write_bytes(b"%PDF-1.4 tronque")
    entries = discover_sources(broken)
    with pytest.raises(SourceError) as err:
        list(read_all(entries, [None] * len(entries), ReadIndex(tmp_path / "three"), 50 * 1024 * 1024,
                      ReadingBudget(), workers=lambda n: 2))
    assert err.value.file == "zz-rapport.pdf" and not isinstance(err.value, BudgetExceeded)


def test_lazy_extracts_read_a_cached_document_only_when_asked(corpus, tmp_path):
    """extract_all(lazy=True), as the publish step calls it: the same rows as the eager call, and
    the refusals found without reading the cached documents; a cache entry gone meanwhile stops
    with a message and is removed, so that the next run extracts the document again."""
    from pipelines.errors import PipelineError
    from pipelines.runtime.batch import refusals

    settings = settings_with(tmp_path, 1)
    eager, _ = extract_all(corpus, settings)
    lazy, fresh = extract_all(corpus, settings, lazy=True)
    assert fresh == [] and lazy._rows == [None] * len(corpus)         # nothing read yet
    assert refusals(lazy) == {} and lazy._rows == [None] * len(corpus)
    assert lazy[1] == eager[1] and lazy._rows == [None] * len(corpus)          # read, not kept
    assert lazy == eager and list(lazy) == list(eager) and lazy[-2:] == eager[-2:]
    cold, fresh = extract_all(corpus[:2], settings_with(tmp_path, 3), lazy=True)     # extracted now: in the cache
    assert fresh == [d.file_name for d in corpus[:2]] and cold._rows == [None, None] and cold == eager[:2]
    gone, _ = extract_all(corpus, settings, lazy=True)
    entry = settings.cache_dir / "extract" / gone.keys[0][:2] / f"{gone.keys[0]}.json"
    entry.write_text("{", encoding="utf-8")
    with pytest.raises(PipelineError, match="relancez"):
        gone[0]
    assert not entry.exists() and extract_all(corpus, settings, lazy=True)[1] == [corpus[0].file_name]


def test_a_lazy_batch_holds_no_extracted_rows_and_reads_them_back_from_the_cache(corpus, tmp_path):
    """A cold run of thousands of documents must not keep every row of the package in the run's
    process: once cached, a document's rows are read again from the cache when a step asks."""
    whole, _ = extract_all(corpus, settings_with(tmp_path, 1))
    lazy, fresh = extract_all(corpus, settings_with(tmp_path / "lazy", 2), lazy=True)
    assert len(fresh) == len(corpus)
    assert all(held is None for held in lazy._rows)            # nothing held after extraction
    assert lazy == whole
    assert lazy[0] == lazy[0] and lazy[0] is not lazy[0]      # read at each use, not kept
    assert all(held is None for held in lazy._rows)
