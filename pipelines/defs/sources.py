
import hashlib

import dagster as dg

from ..extract.documents import source_rows
from ..ingest import discover_sources, read_document
from ..schemas import table_schema, to_arrow
from .metadata import table_metadata
from .resources import OpenDataSettings


@dg.asset(
    group_name="sources",
    description="Les documents du dossier sources/ lus en texte, avec leur empreinte SHA-256 et leurs pages. "
    "Un document illisible arrête la publication avec un message qui le nomme.",
)
def source_documents(context: dg.AssetExecutionContext, opendata: OpenDataSettings):
    settings = opendata.settings()
    docs = [read_document(entry, settings.max_source_bytes) for entry in discover_sources(settings.sources_dir)]
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


@dg.asset(
    group_name="sources",
    description="Table `sources` : un document source par ligne (fichier, type, taille, SHA-256, pages, provenance).",
)
def sources(context: dg.AssetExecutionContext, opendata: OpenDataSettings, source_documents):
    schema = table_schema(opendata.settings().schemas_dir, "sources")
    table = to_arrow(source_rows(source_documents), schema)
    return dg.Output(table, metadata=table_metadata(table, schema))
