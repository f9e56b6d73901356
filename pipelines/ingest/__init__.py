"""Documents -> text with a page map. Plain functions, no Dagster."""

from .document import Document, Heading
from .manifest import SourceEntry, load_manifest, discover_sources
from .readers import ReadDocuments, read_document, SUPPORTED_SUFFIXES

__all__ = [
    "Document",
    "Heading",
    "SourceEntry",
    "load_manifest",
    "discover_sources",
    "read_document",
    "ReadDocuments",
    "SUPPORTED_SUFFIXES",
]
