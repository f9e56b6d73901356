import hashlib
import shutil

import dagster as dg

from ..files import checkpoint
from ..labels import plural
from ..runtime.batch import extract_all, extraction_workers
from ..runtime.cache import ReadIndex, rules_version
from ..runtime.reading import read_all, read_or_recall
from ..runtime.fingerprint import FileHashes, inputs_fingerprint
from ..errors import BudgetExceeded
from ..document import ReadDocuments, discover_sources
from ..document.known import KnownDocument
from .resources import OpenDataSettings

documents_partitions = dg.DynamicPartitionsDefinition(name="documents")


def files_list(docs) -> str:
    """Markdown, in French: the documents read in this run, then how many were known unchanged."""
    lines = [f"- `{d.file_name}` ({d.media_type}, {d.page_count} pages, sha256 `{d.sha256[:12]}…`)"
             for d in docs if not recalled(d)]
    known = sum(1 for d in docs if recalled(d))
    if known:
        lines.append(f"- et {plural(known, 'document inchangé', 'documents inchangés')} depuis la lecture précédente "
                     f"({'non relu' if known < 2 else 'non relus'})")
    return "\n".join(lines)


def recalled(doc) -> bool:
    """Whether a document of this run was known from an earlier read (not read in this run)."""
    return isinstance(doc, KnownDocument) and doc.recalled


# Under the cache folder: the content of the documents read by this run, set aside until their
# extraction (pipelines/document/known.py, spill), so that the run's process holds their headers only.
SPILL_DIR = "read-content"


def progress_due(done: int, total: int) -> bool:
    """Report progress after each document of a small corpus, every tenth of a large one."""
    return total <= 20 or done == total or done % max(1, total // 10) == 0


@dg.asset(
    group_name="sources",
    description="Les documents du dossier sources/ lus en texte, avec leur empreinte SHA-256 et leurs pages. "
    "Un document illisible arrête la publication avec un message qui le nomme ; un document au-delà d'une limite "
    "de lecture (OPENDATA_MAX_PAGES, OPENDATA_MAX_TEXT_CHARS) est écarté, nommé dans les notes de la version, et "
    "les autres sont publiés. Un document déjà lu dont le contenu n'a pas changé (même empreinte SHA-256) n'est pas "
    "relu : son en-tête (pages, titre, empreinte) vient de la lecture précédente. Un grand lot de documents "
    "nouveaux est lu par des processus, un par cœur (OPENDATA_WORKERS).",
)
def source_documents(context: dg.AssetExecutionContext, opendata: OpenDataSettings):
    settings = opendata.settings()
    checkpoint("reading")
    # the inputs as this run reads them: the release step records them once published, so that the
    # next CLI run knows, whoever launched this one (CLI, UI, sensor), that nothing changed since
    fingerprint = inputs_fingerprint(settings)
    entries = discover_sources(settings.sources_dir)
    docs = ReadDocuments()
    # the fingerprint has just hashed every source file (or found it unchanged by its stat)
    hashes = FileHashes(settings.cache_dir)
    index = ReadIndex(settings.cache_dir / "read")
    budget = settings.budget
    # what an earlier run set aside and did not extract (it stopped before) is not used again
    shutil.rmtree(settings.cache_dir / SPILL_DIR, ignore_errors=True)
    read = read_all(entries, [hashes.of(entry.path) for entry in entries], index, settings.max_source_bytes, budget,
                    workers=lambda pending: extraction_workers(settings, pending), warn=context.log.warning,
                    spill_dir=settings.cache_dir / SPILL_DIR)
    for i, (entry, doc) in enumerate(zip(entries, read), start=1):
        if isinstance(doc, BudgetExceeded):
            context.log.warning(str(doc))
            docs.refused.append({"file": entry.file, "source_id": entry.id, "pages": None, "notes": [],
                                 "status": "skipped", "reason": doc.reason})
        else:
            docs.append(doc)
        if progress_due(i, len(entries)):
            context.log.info(f"{i} document(s) lu(s) sur {len(entries)} ({entry.file})")
    for doc in docs:
        for note in doc.notes:
            context.log.warning(f"{doc.file_name}: {note}")
    known = sum(1 for d in docs if recalled(d))
    version = hashlib.sha256("".join([d.sha256 for d in docs] + [r["file"] for r in docs.refused]).encode()).hexdigest()[:16]
    return dg.Output(
        docs,
        data_version=dg.DataVersion(version),
        metadata={
            "documents": len(docs),
            "read": len(docs) - known,
            "known_unchanged": known,
            "refused": dg.MetadataValue.json(docs.refused),
            # the documents read in this run; those known unchanged are only counted (a list of
            # every document, stored twice in each run's record, grew with the package)
            "files": dg.MetadataValue.md(files_list(docs)),
            "sources_dir": dg.MetadataValue.path(str(settings.sources_dir)),
            "inputs_fingerprint": fingerprint,
        },
    )


@dg.asset(
    group_name="extraction",
    # the rows stay in the extraction cache; the step hands on a reference to them (pipelines/defs/io.py)
    io_manager_key="extracts_io_manager",
    description="Les lignes que chaque document apporte à chaque table. Un document déjà extrait avec les mêmes "
    "règles (même contenu, mêmes lexiques) est repris du cache au lieu d'être relu : seul un document nouveau ou "
    "modifié est extrait. Un grand lot de documents à extraire est réparti entre des processus, un par cœur "
    "(OPENDATA_WORKERS).",
)
def document_extracts(context: dg.AssetExecutionContext, opendata: OpenDataSettings, source_documents):
    settings = opendata.settings()

    def progress(done: int, total: int, new: int) -> None:
        if progress_due(done, total):
            context.log.info(f"{done} document(s) extrait(s) sur {total} ({new} nouveau(x), {total - new} repris du cache)")

    # the rows of documents read from the cache are parsed only if a later step asks for them
    extracts, fresh = extract_all(source_documents, settings, progress, warn=context.log.warning, lazy=True)
    # the content set aside by this run's reading is extracted now (a document whose extraction
    # leaves the cache is read from its file again, as one known from an earlier run)
    shutil.rmtree(settings.cache_dir / SPILL_DIR, ignore_errors=True)
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
    # remembered in the read index: the publish run that follows does not read it again
    entry = entries[source_id]
    doc = read_or_recall(entry, FileHashes(settings.cache_dir).of(entry.path), ReadIndex(settings.cache_dir / "read"),
                         settings.max_source_bytes, settings.budget)
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
