import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial

import dagster as dg

from ..cache import ExtractCache, document_key, rules_version
from ..extract.documents import extract_document
from ..files import checkpoint
from ..ingest import discover_sources, read_document
from .resources import OpenDataSettings

documents_partitions = dg.DynamicPartitionsDefinition(name="documents")


def progress_due(done: int, total: int) -> bool:
    """Report progress after each document of a small corpus, every tenth of a large one."""
    return total <= 20 or done == total or done % max(1, total // 10) == 0


@dg.asset(
    group_name="sources",
    description="Les documents du dossier sources/ lus en texte, avec leur empreinte SHA-256 et leurs pages. "
    "Un document illisible arrête la publication avec un message qui le nomme.",
)
def source_documents(context: dg.AssetExecutionContext, opendata: OpenDataSettings):
    settings = opendata.settings()
    checkpoint("reading")
    entries = discover_sources(settings.sources_dir)
    docs = []
    for i, entry in enumerate(entries, start=1):
        docs.append(read_document(entry, settings.max_source_bytes))
        if progress_due(i, len(entries)):
            context.log.info(f"read {i}/{len(entries)} documents ({entry.file})")
    for doc in docs:
        for note in doc.notes:
            context.log.warning(f"{doc.file_name}: {note}")
    version = hashlib.sha256("".join(d.sha256 for d in docs).encode()).hexdigest()[:16]
    return dg.Output(
        docs,
        data_version=dg.DataVersion(version),
        metadata={
            "documents": len(docs),
            "files": dg.MetadataValue.md("\n".join(
                f"- `{d.file_name}` ({d.media_type}, {d.page_count} pages, sha256 `{d.sha256[:12]}…`)" for d in docs)),
            "sources_dir": dg.MetadataValue.path(str(settings.sources_dir)),
        },
    )


# From this many documents to extract (not found in the cache) on, they are shared among worker
# processes, one per core (OPENDATA_WORKERS sets the number; 1 keeps them in the run's process).
# Below it, starting the workers would cost more than they save.
PARALLEL_MIN_DOCUMENTS = 16


def extraction_workers(settings, pending: int) -> int:
    if pending < PARALLEL_MIN_DOCUMENTS:
        return 1
    return max(1, min(settings.workers or os.cpu_count() or 1, pending))


def extract_all(docs, settings, progress=None, warn=None) -> tuple[list[dict], list[str]]:
    """(rows of each document, in order; file names of the documents extracted rather than read
    from the cache). Extraction is pure, so the rows do not depend on the number of workers. If
    the workers cannot run (a calling script without a ``__main__`` guard, no semaphores on this
    system...), the documents left are extracted in this process, with a warning."""
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
        cache.put(keys[i], extracted)
        done += 1
        if progress is not None:
            progress(done, len(docs), len(pending))

    extract = partial(extract_document, **options)
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
                warn(f"extraction workers unavailable ({type(exc).__name__}: {exc}); "
                     "the remaining documents are extracted in the run's process")
    for i in pending:
        if rows[i] is None:
            finished(i, extract(docs[i]))
    return rows, [docs[i].file_name for i in pending]


@dg.asset(
    group_name="extraction",
    description="Les lignes que chaque document apporte à chaque table. Un document déjà extrait avec les mêmes "
    "règles (même contenu, mêmes lexiques) est repris du cache au lieu d'être relu : seul un document nouveau ou "
    "modifié est extrait. Un grand lot de documents à extraire est réparti entre des processus, un par cœur "
    "(OPENDATA_WORKERS).",
)
def document_extracts(context: dg.AssetExecutionContext, opendata: OpenDataSettings, source_documents):
    settings = opendata.settings()

    def progress(done: int, total: int, new: int) -> None:
        if progress_due(done, total):
            context.log.info(f"extracted {done}/{total} documents ({new} new, {total - new} from the cache)")

    extracts, fresh = extract_all(source_documents, settings, progress, warn=context.log.warning)
    if not fresh:
        progress(len(extracts), len(extracts), 0)
    workers = extraction_workers(settings, len(fresh))
    return dg.Output(
        extracts,
        metadata={
            "documents": len(extracts),
            "extracted": len(fresh),
            "reused_from_cache": len(extracts) - len(fresh),
            "extracted_files": dg.MetadataValue.json(fresh),
            "workers": workers,
            "rules_version": rules_version(),
        },
    )


@dg.asset(
    group_name="sources",
    partitions_def=documents_partitions,
    description="Un document source (une partition par document) : lu, extrait et mis en cache, avec ce qu'il "
    "apporte à chaque table. Le capteur `sources_sensor` matérialise la partition d'un document ajouté ou modifié.",
)
def document(context: dg.AssetExecutionContext, opendata: OpenDataSettings) -> dg.MaterializeResult:
    settings = opendata.settings()
    entries = {e.id: e for e in discover_sources(settings.sources_dir)}
    source_id = context.partition_key
    if source_id not in entries:
        raise dg.Failure(f"{source_id}: no such document in {settings.sources_dir}")
    doc = read_document(entries[source_id], settings.max_source_bytes)
    [rows], fresh = extract_all([doc], settings)
    hit = not fresh
    return dg.MaterializeResult(
        data_version=dg.DataVersion(doc.sha256),
        metadata={
            "file": doc.file_name,
            "sha256": doc.sha256,
            "pages": doc.page_count,
            "from_cache": hit,
            "rows": dg.MetadataValue.json({t: len(r) for t, r in rows.items()}),
            "notes": dg.MetadataValue.json(doc.notes),
        },
    )
