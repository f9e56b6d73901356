"""Extraction of a batch of documents: each document's rows from the extraction cache when the
same bytes were extracted with the same rules and options, the others extracted, by worker
processes when there are many. Used by the Dagster assets and by any script alike."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from ..errors import PipelineError, SourceError
from ..extract.budget import ExtractionBudget, ExtractionBudgetExceeded
from ..extract.documents import extract_document
from .cache import ExtractCache, document_key
from .workers import in_workers

# From this many documents to extract (not found in the cache) on, they are shared among worker
# processes, one per core (OPENDATA_WORKERS sets the number; 1 keeps them in the run's process).
# Below it, starting the workers would cost more than they save.
PARALLEL_MIN_DOCUMENTS = 16


def extraction_workers(settings, pending: int) -> int:
    if pending < PARALLEL_MIN_DOCUMENTS:
        return 1
    return max(1, min(settings.workers or os.cpu_count() or 1, pending))


def refusal(doc, exc: ExtractionBudgetExceeded) -> dict:
    """The extract of a document refused for its extraction budget: no rows, and in ``refused``
    the entry the release notes list with the skipped documents (file, reason)."""
    return {"refused": [{"file": doc.file_name, "source_id": doc.source_id, "pages": doc.page_count,
                         "notes": list(doc.notes), "status": "skipped", "reason": exc.reason}]}


def extract_or_refuse(doc, budget: ExtractionBudget | None = None, **options) -> dict:
    """A document's rows, or its refusal when it is over the extraction budget (figures, time):
    one document over it does not stop the others."""
    try:
        return extract_document(doc, budget=budget, **options)
    except ExtractionBudgetExceeded as exc:
        return refusal(doc, exc)
    except Exception as exc:
        # a fault of the extractor on this document: the run stops, naming the file (nothing published)
        raise SourceError(doc.file_name, f"l'extraction a échoué sur ce document ({type(exc).__name__} : {exc}) ; "
                          "rien n'a été publié. Signalez ce document avec ce message") from exc


def refusals(extracts: list[dict]) -> dict[str, str]:
    """source_id -> reason, for the documents refused for their extraction budget. Of extracts
    that carry their cache keys, only the uncached ones are looked at (a refusal is never cached)."""
    keys = getattr(extracts, "keys", None)
    if isinstance(keys, list):
        extracts = [extracts[i] for i, key in enumerate(keys) if key is None]
    return {r["source_id"]: r["reason"] for extract in extracts for r in extract.get("refused", [])}


class DocumentExtracts(list):
    """Each document's rows (a list, in the documents' order) and where the extraction cache keeps
    them: ``keys[i]`` is the cache key of document ``i`` (None for a refusal, which is not cached)
    in the cache folder ``cache_root``. A step that hands the rows to another process can pass
    these keys instead of the rows (pipelines/defs/io.py)."""

    def __init__(self, rows, keys: list[str | None], cache_root):
        super().__init__(rows)
        self.keys = keys
        self.cache_root = cache_root


def read_cached(cache_root: Path, key: str) -> dict:
    """A document's rows from the extraction cache, for :class:`LazyExtracts`. An entry that has
    gone or cannot be read stops the run, and is removed so that the next run extracts again."""
    path = Path(cache_root) / key[:2] / f"{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        path.unlink(missing_ok=True)
        raise PipelineError(f"les lignes extraites d'un document manquent au cache ({path}) ou sont illisibles "
                            "depuis leur extraction : relancez la publication pour l'extraire à nouveau") from None


class LazyExtracts(Sequence):
    """:class:`DocumentExtracts` whose cached documents' rows are read from the cache only when
    asked for: a package of thousands of documents of which one changed needs the new one's rows
    (the others' typed rows are kept, pipelines/assemble.py), not the parsing of every other
    document's. A document's rows read from the cache are not kept (a cold run of thousands of
    documents would hold every row of the package as Python objects): each use reads them again.
    Compares equal to the list of the same rows."""

    def __init__(self, rows: list, keys: list[str | None], cache_root):
        self._rows = list(rows)          # None: a cached document not read yet
        self.keys = list(keys)
        self.cache_root = Path(cache_root)

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        found = self._rows[i]
        # read again at each use, not kept: a package's rows as Python objects take several times
        # their JSON's size, more than any step needs at once (each document's rows are typed in turn)
        return read_cached(self.cache_root, self.keys[i]) if found is None else found

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and not isinstance(other, (str, bytes)) and list(self) == list(other)

    __hash__ = None


def extract_all(docs, settings, progress=None, warn=None, lazy: bool = False) -> tuple[DocumentExtracts, list[str]]:
    """(rows of each document, in order; file names of the documents extracted rather than read
    from the cache). Extraction is pure, so the rows do not depend on the number of workers. If
    the workers cannot run (a calling script without a ``__main__`` guard, no semaphores on this
    system...), the documents left are extracted in this process, with a warning. A document
    over the extraction budget (OPENDATA_MAX_FIGURES, OPENDATA_EXTRACT_SECONDS) gets a refusal
    instead of rows (see :func:`refusal`), with a warning; a refusal is not cached (the limits
    may be raised)."""
    options = {"publish_person_names": settings.publish_person_names}
    cache = ExtractCache(settings.cache_dir / "extract")
    keys = [document_key(doc, options) for doc in docs]
    if lazy:      # a cached document's rows are read when asked for (LazyExtracts)
        cached = [cache.has(key) for key in keys]
        rows = [None] * len(docs)
    else:
        rows = [cache.get(key) for key in keys]
        cached = [found is not None for found in rows]
    pending = [i for i, found in enumerate(cached) if not found]
    workers = extraction_workers(settings, len(pending))
    done = len(docs) - len(pending)

    def finished(i: int, extracted: dict) -> None:
        nonlocal done
        rows[i] = extracted
        if "refused" in extracted:
            if warn is not None:
                for refused in extracted["refused"]:
                    warn(f"{refused['file']}: {refused['reason']}")
        else:
            cache.put(keys[i], extracted)
            if lazy:     # in the cache now: read from there when a step asks (LazyExtracts), not held
                rows[i] = None
        done += 1
        if progress is not None:
            progress(done, len(docs), len(pending))

    extract = partial(extract_or_refuse, budget=ExtractionBudget.from_settings(settings), **options)
    for i, extracted in zip(pending, in_workers(extract, [docs[i] for i in pending], workers, warn,
                                                "d'extraction", "extraits")):
        finished(i, extracted)
    fresh = set(pending)
    stored = [None if i in fresh and rows[i] is not None and "refused" in rows[i] else key
              for i, key in enumerate(keys)]
    value = LazyExtracts(rows, stored, cache.root) if lazy else DocumentExtracts(rows, stored, cache.root)
    return value, [docs[i].file_name for i in pending]
