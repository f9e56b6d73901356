"""Results kept for the one document being extracted: several passes ask the same question of a
document (the event's name, the figures stated in prose about it, its polls), and the answer is
computed once per extraction.

``with document_scope():`` (``extract_document`` opens it) keeps the answers of the functions
decorated with :func:`per_document` until the block ends; outside such a block they compute
every time, as before. The document is not changed by the passes, so an answer stays right for
the whole extraction; it is kept with the document object itself (not a copy of its fields)."""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Callable, TypeVar

T = TypeVar("T")

_SCOPE: ContextVar[dict | None] = ContextVar("per_document_results", default=None)


class document_scope:
    """The block of one document's extraction: answers are kept while it runs, dropped after."""

    def __enter__(self) -> None:
        self.token = _SCOPE.set({})

    def __exit__(self, kind, exc, tb) -> None:
        _SCOPE.reset(self.token)


def per_document(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn(doc)`` computed once per document within a :class:`document_scope`. A list answer is
    given as a fresh list each time (its items are shared: they must not be changed)."""

    @functools.wraps(fn)
    def wrapper(doc):
        kept = _SCOPE.get()
        if kept is None:
            return fn(doc)
        key = (fn, id(doc))
        hit = kept.get(key)
        if hit is None or hit[0] is not doc:
            hit = kept[key] = (doc, fn(doc))     # the document is held, so its id is not reused
        return list(hit[1]) if isinstance(hit[1], list) else hit[1]

    return wrapper
