"""Phrases in which an event noun names no event: "aller à la rencontre des habitants" is going
to meet them, not a "rencontre" held (events.yaml `idioms_with_event_nouns`)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold
from .event_dates import events_lexicon


def _phrase(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in fold(phrase).replace("’", "'").split())


@cache
def _idioms() -> re.Pattern | None:
    words = events_lexicon().get("idioms_with_event_nouns") or []
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w])")


def idiom_spans(folded: str) -> list[tuple[int, int]]:
    """(start, end) of the phrases of events.yaml `idioms_with_event_nouns` in folded text."""
    pattern = _idioms()
    return [m.span() for m in pattern.finditer(folded)] if pattern else []
