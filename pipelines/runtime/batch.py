"""Extraction of a batch of documents: each document's rows from the extraction cache when the
same bytes were extracted with the same rules and options, the others extracted, by worker
processes when there are many. Used by the Dagster assets and by any script alike."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from ..errors import SourceError
from ..extract.budget import ExtractionBudget, ExtractionBudgetExceeded
from ..extract.documents import extract_document
from .cache import ExtractCache, document_key

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
    """source_id -> reason, for the documents refused for their extraction budget."""
    return {r["source_id"]: r["reason"] for extract in extracts for r in extract.get("refused", [])}


def extract_all(docs, settings, progress=None, warn=None) -> tuple[list[dict], list[str]]:
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
    rows = [cache.get(key) for key in keys]
    pending = [i for i, found in enumerate(rows) if found is None]
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
        done += 1
        if progress is not None:
            progress(done, len(docs), len(pending))

    extract = partial(extract_or_refuse, budget=ExtractionBudget.from_settings(settings), **options)
    if workers > 1:
        # "forkserver": workers start from a clean process, not a copy of this one and its open
        # connections; each imports the extractors once.
        try:
            context = multiprocessing.get_context("forkserver")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                chunk = max(1, len(pending) // (workers * 8))
                for i, extracted in zip(pending, pool.map(extract, [docs[i] for i in pending], chunksize=chunk)):
                    finished(i, extracted)
        except (BrokenProcessPool, OSError, ValueError) as exc:
            if warn is not None:
                warn(f"processus d'extraction indisponibles ({type(exc).__name__} : {exc}) ; "
                     "les documents restants sont extraits dans le processus de l'exécution")
    for i in pending:
        if rows[i] is None:
            finished(i, extract(docs[i]))
    return rows, [docs[i].file_name for i in pending]
