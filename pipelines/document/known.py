"""A document an earlier run has read, whose bytes have not changed since.

Reading is the costly part of a document that is already extracted: a PDF's characters are
fetched one by one with their boxes and laid out again. When a run meets a file whose SHA-256,
manifest entry, reading limits and reader code are those of an earlier read (the read index,
``pipelines/runtime/cache.py``), it takes the document's header from that read (file, checksum,
page map, title, date, encoding, reader notes) and the key of its content, and does not read the
file. The content itself (text, blocks, headings, metadata) is read again only if something asks
for it, for instance an extraction the extraction cache no longer holds; the bytes read then must
have the recorded SHA-256, or the run stops naming the file."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from ..errors import SourceError
from ..settings import ReadingBudget
from .model import Document
from .manifest import SourceEntry

# The parts of a Document that only reading the file gives, and that the header does not keep.
CONTENT_FIELDS = ("text", "headings", "blocks", "metadata")
# The header: every other field of a Document.
HEADER_FIELDS = ("source_id", "file_name", "media_type", "bytes", "sha256", "page_starts", "title", "publisher",
                 "date", "kind", "license", "url", "description", "encoding", "in_manifest", "notes")


def document_header(doc: Document) -> dict:
    """The header of a document just read, as the read index keeps it (JSON values)."""
    return {name: getattr(doc, name) for name in HEADER_FIELDS}


class KnownDocument(Document):
    """A :class:`Document` whose header comes from an earlier read of the same bytes and whose
    content is read from the file on first use (module docstring). ``content_key`` is the key of
    the content the earlier read gave (``pipelines.runtime.cache.content_key``), so that the
    extraction cache is consulted without reading."""

    def __init__(self, entry: SourceEntry, header: dict, content_key: str, max_bytes: int,
                 budget: ReadingBudget | None = None, spill: Path | None = None):
        # Document's own __init__ would set the content fields, which are read on first use here.
        self.__dict__.update({name: header[name] for name in HEADER_FIELDS})
        self.__dict__["notes"] = list(header["notes"])
        self.__dict__["page_starts"] = list(header["page_starts"])
        self.content_key = content_key
        self._entry = entry
        self._max_bytes = max_bytes
        self._budget = budget
        # the content of a read of this very run, set aside on disk (:func:`spill`): loaded from
        # there rather than by reading the file again, when the file is still there
        self._spill = spill

    @property
    def recalled(self) -> bool:
        """Whether the header comes from an earlier run's read (not from a read of this run whose
        content was set aside, :func:`spill`)."""
        return self.__dict__.get("_spill") is None

    @property
    def loaded(self) -> bool:
        """Whether the file has been read again in this process."""
        return "text" in self.__dict__

    def __getattr__(self, name: str):
        # Called only for attributes not set: the content fields before the file is read.
        if name in CONTENT_FIELDS and "_entry" in self.__dict__:
            self._load()
            return self.__dict__[name]
        raise AttributeError(name)

    def _load(self) -> None:
        from .readers import read_document

        content = _unspill(self.__dict__.get("_spill"))
        if content is not None:
            self.__dict__.update(content)
            return
        doc = read_document(self._entry, self._max_bytes, self._budget)
        if doc.sha256 != self.sha256:
            raise SourceError(self.file_name, f"le fichier a changé pendant la publication (empreinte SHA-256 "
                              f"{doc.sha256} au lieu de {self.sha256}) : relancez la publication")
        for name in CONTENT_FIELDS:
            self.__dict__[name] = getattr(doc, name)

    def __getstate__(self) -> dict:
        # Sent to another process (an extraction worker, Dagster's IO manager) without its content,
        # which that process reads again if it needs it.
        return {k: v for k, v in self.__dict__.items() if k not in CONTENT_FIELDS}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"KnownDocument({self.file_name!r}, sha256={self.sha256[:12]!r}, pages={self.page_count})"

    def __eq__(self, other) -> bool:
        if isinstance(other, KnownDocument):
            return (self.sha256, self.content_key, document_header(self)) == \
                (other.sha256, other.content_key, document_header(other))
        return NotImplemented

    __hash__ = None


def spill(doc: Document, header: dict, key: str, entry: SourceEntry, max_bytes: int,
          budget: ReadingBudget | None, folder: Path) -> KnownDocument:
    """A document just read, as a :class:`KnownDocument` whose content is set aside in ``folder``
    (one pickle per content key) rather than held: a run reading thousands of documents keeps
    their headers only, and its extraction (in this process or in a worker) loads each content
    from there once. If the content cannot be written, the document is returned as it was read."""
    path = Path(folder) / f"{key}.pickle"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        with tmp.open("wb") as file:
            pickle.dump({name: getattr(doc, name) for name in CONTENT_FIELDS}, file, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return doc
    return KnownDocument(entry, header, key, max_bytes, budget, spill=path)


def _unspill(path: Path | None) -> dict | None:
    """The content :func:`spill` set aside, or None (no such file, or unreadable)."""
    if path is None:
        return None
    try:
        with Path(path).open("rb") as file:
            content = pickle.load(file)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    return content if isinstance(content, dict) and set(content) == set(CONTENT_FIELDS) else None
