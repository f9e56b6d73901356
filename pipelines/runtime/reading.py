"""Reading a batch of source documents: each one whose bytes were read before recalled from the read
index, the others read, by worker processes when there are many. Reading a PDF (character boxes,
columns, blocks) is about half of what a cold run spends per document, so a large batch of new
documents is read on every core, as its extraction is (``batch.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..document import Document, SourceEntry, read_document
from ..document.known import spill
from ..errors import BudgetExceeded, SourceError
from ..settings import ReadingBudget
from .cache import ReadIndex
from .workers import in_workers


@dataclass(frozen=True)
class Unread:
    """A document that could not be used, as a worker process hands it back (an exception of the
    reader does not cross processes with its file and reason). ``over_budget``: left out for a
    reading limit (the other documents are published); else the run stops, naming the file."""
    file: str
    reason: str
    over_budget: bool

    def error(self) -> SourceError:
        return (BudgetExceeded if self.over_budget else SourceError)(self.file, self.reason)


def _read(entry: SourceEntry, max_bytes: int, budget: ReadingBudget) -> Document | Unread:
    try:
        return read_document(entry, max_bytes, budget)
    except BudgetExceeded as exc:
        return Unread(exc.file, exc.reason, True)
    except SourceError as exc:
        return Unread(exc.file, exc.reason, False)


def read_or_recall(entry: SourceEntry, sha256: str | None, index: ReadIndex, max_bytes: int,
                   budget: ReadingBudget) -> Document:
    """The document of one entry, as :func:`read_all` gives it; raises :class:`BudgetExceeded`
    for a document over a reading limit."""
    doc = next(read_all([entry], [sha256], index, max_bytes, budget))
    if isinstance(doc, BudgetExceeded):
        raise doc
    return doc


def read_all(entries: list[SourceEntry], hashes: list[str | None], index: ReadIndex, max_bytes: int,
             budget: ReadingBudget, workers: Callable[[int], int] = lambda pending: 1,
             warn: Callable[[str], None] | None = None,
             spill_dir: Path | None = None) -> Iterator[Document | BudgetExceeded]:
    """Each entry's document, in the entries' order: recalled from ``index`` when a file of that
    SHA-256 (``hashes``, the caller's hash of each file as it is now) was read before with the
    same entry, limits and code; else read (by ``workers(pending)`` processes) and remembered. A
    document over a reading limit is yielded as its :class:`BudgetExceeded`; a document that
    cannot be read raises :class:`SourceError` when its turn comes, as a reading one by one would.
    If the worker processes cannot run, the documents left are read in this process, with a
    warning. With ``spill_dir``, a document read is yielded with its header only, its content set
    aside in that folder until something (its extraction) asks for it
    (:func:`pipelines.document.known.spill`): the caller holds no document's text or blocks."""
    known = [index.recall(e, h, max_bytes, budget) if h is not None else None for e, h in zip(entries, hashes)]
    todo = [entries[i] for i, doc in enumerate(known) if doc is None]
    fresh = in_workers(partial(_read, max_bytes=max_bytes, budget=budget), todo, workers(len(todo)), warn,
                       "de lecture", "lus")
    try:
        for entry, doc in zip(entries, known):
            if doc is None:
                doc = next(fresh)
                if isinstance(doc, Unread):
                    if not doc.over_budget:
                        raise doc.error()
                    yield doc.error()
                    continue
                # keyed by the digest of the bytes actually read, whatever the caller's hash said
                found = index.remember(entry, doc, max_bytes, budget)
                if spill_dir is not None:
                    doc = spill(doc, found["document"], found["content"], entry, max_bytes, budget, spill_dir)
            yield doc
    finally:
        fresh.close()
