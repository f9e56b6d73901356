"""An event held for the first time, said without the word "édition": a participle of organising
or launching, then "for the first time" (events.yaml `first_time_phrases`). The first edition (1),
read in an opening sentence whose subject is an event noun."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon
from .event_opening import opening_units
from .event_words import event_nouns, phrases_alternation


@cache
def _first_time() -> re.Pattern | None:
    """events.yaml `first_time_phrases` as one pattern for folded text."""
    phrases = events_lexicon().get("first_time_phrases") or []
    return re.compile(r"(?<![\w])(?:" + phrases_alternation(phrases, longest_first=False) + r")(?![\w])") if phrases else None


def first_time_held(doc: Document) -> int | None:
    """1 when an opening sentence names the event by an event noun (events.yaml `event_nouns`) and,
    after it, says it was organised for the first time (`first_time_phrases`); a sentence with no
    event noun before the phrase (a club qualified for the first time) says nothing."""
    pattern = _first_time()
    if pattern is None:
        return None
    for unit in opening_units(doc):
        sentence = fold_apostrophes(doc.text[unit.start:unit.end])
        m = pattern.search(sentence)
        if m and event_nouns().search(sentence, 0, m.start()):
            return 1
    return None
