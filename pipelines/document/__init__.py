"""Reading documents: the sources manifest, one reader per format (Markdown, web page, PDF, text)
and the ``Document`` each produces (text, pages, metadata, blocks). Plain functions, no Dagster.

The names below are loaded on first use (PEP 562): importing ``pipelines.document.manifest``
alone, as the fingerprint of a no-op ``opendata publish`` does, does not load the readers and
their parsers (Markdown, HTML, PDF)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .manifest import SourceEntry, discover_sources, load_manifest
    from .model import Block, Document, Heading
    from .plaintext import with_text_blocks
    from .readers import SUPPORTED_SUFFIXES, ReadDocuments, read_document

_WHERE = {
    "Block": "model",
    "Document": "model",
    "Heading": "model",
    "SourceEntry": "manifest",
    "load_manifest": "manifest",
    "discover_sources": "manifest",
    "read_document": "readers",
    "ReadDocuments": "readers",
    "SUPPORTED_SUFFIXES": "readers",
    "with_text_blocks": "plaintext",
}

__all__ = ["Block", "Document", "Heading", "SourceEntry", "load_manifest", "discover_sources", "read_document",
           "ReadDocuments", "SUPPORTED_SUFFIXES", "with_text_blocks"]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
