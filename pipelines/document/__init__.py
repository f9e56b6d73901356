"""Reading documents: the sources manifest, one reader per format (Markdown, web page, PDF, text)
and the ``Document`` each produces (text, pages, metadata, blocks). Plain functions, no Dagster."""

from .model import Block, Document, Heading
from .manifest import SourceEntry, load_manifest, discover_sources
from .readers import ReadDocuments, read_document, SUPPORTED_SUFFIXES

__all__ = [
    "Block",
    "Document",
    "Heading",
    "SourceEntry",
    "load_manifest",
    "discover_sources",
    "read_document",
    "ReadDocuments",
    "SUPPORTED_SUFFIXES",
]
