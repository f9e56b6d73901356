"""Per-document extraction results cached by content: the key is the document's sha256, its
manifest entry and the version of the rules (extraction code and lexicons), so an unchanged
document is never extracted twice and any change to it or to the rules is seen.

The read index does the same for reading: a document's header and the key of its content, under a
key made of what reading depends on (the file's SHA-256, its manifest entry, the reading limits and
the reader's code), so that a file whose bytes did not change is not read again
(``pipelines/document/known.py``)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from functools import cache
from pathlib import Path

from ..document import Document, SourceEntry
from ..document.known import KnownDocument, document_header
from ..settings import ReadingBudget

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RULE_FILES = ("extract/*.py", "document/*.py", "lexicons/*.yaml", "lexicons/*.py")


@cache
def rules_version() -> str:
    """A hash of the code and data that turn a document into rows."""
    digest = hashlib.sha256()
    for pattern in RULE_FILES:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_key(doc: Document) -> str:
    """Key of what a document gives the extractors: its bytes' SHA-256, its manifest metadata, its
    blocks. A document known from an earlier read carries the key that read computed."""
    if isinstance(doc, KnownDocument):
        return doc.content_key
    metadata = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)
                if f.name not in ("text", "page_starts", "headings", "notes")}
    return hashlib.sha256(json.dumps(metadata, sort_keys=True, default=str).encode()).hexdigest()


def document_key(doc: Document, options: dict) -> str:
    """Content key of one document's extraction: its bytes, its manifest metadata, the options."""
    payload = json.dumps({"doc": content_key(doc), "options": options, "rules": rules_version()}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def source_key(entry: SourceEntry, sha256: str, max_bytes: int, budget: ReadingBudget) -> str:
    """Key of a read: everything :func:`pipelines.document.read_document` depends on (the file's
    bytes through their SHA-256, its type, its manifest entry, the reading limits, the readers'
    code through :func:`rules_version`)."""
    fields = {f.name: getattr(entry, f.name) for f in dataclasses.fields(entry) if f.name != "path"}
    payload = json.dumps({"entry": fields, "suffix": entry.path.suffix.lower(), "sha256": sha256,
                          "max_bytes": max_bytes, "budget": dataclasses.asdict(budget), "rules": rules_version()},
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


class _JsonStore:
    """One JSON file per key (``<root>/<key[:2]>/<key>.json``), each written whole in one rename."""

    def __init__(self, root: Path):
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        path = self._path(key)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps(value, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(tmp, path)


class ExtractCache(_JsonStore):
    """A document's rows per table, under :func:`document_key`."""


class ReadIndex(_JsonStore):
    """A document's header and content key (``{"document": ..., "content": ...}``), under
    :func:`source_key`."""

    def recall(self, entry: SourceEntry, sha256: str, max_bytes: int, budget: ReadingBudget) -> KnownDocument | None:
        """The document as an earlier read of these very bytes gave it, or None."""
        found = self.get(source_key(entry, sha256, max_bytes, budget))
        try:
            return KnownDocument(entry, found["document"], found["content"], max_bytes, budget) if found else None
        except (KeyError, TypeError):
            return None     # an entry of another shape: read the file

    def remember(self, entry: SourceEntry, doc: Document, max_bytes: int, budget: ReadingBudget) -> dict:
        """Keep the document's header and content key; returns them (``{"document", "content"}``)."""
        found = {"document": document_header(doc), "content": content_key(doc)}
        self.put(source_key(entry, doc.sha256, max_bytes, budget), found)
        return found
