"""A document titled as a plan or a strategy ("Stratégie régionale de la mer", "Le schéma cyclable de
Valbrune") is that plan: the events its opening names (the meetings of its consultation, a congress
the territory hosted) are steps or occasions of the plan, not an event the document reports on
(events.yaml `plan_title_words`)."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon
from .event_opening import document_titles, noun_spans, phrase_pattern

_norm = fold_apostrophes


@cache
def _plan_opening() -> re.Pattern | None:
    words = events_lexicon().get("plan_title_words") or []
    if not words:
        return None
    # the word ends there: not glued by a dot to more letters, as in a site's address ("schema.example.fr")
    return re.compile(r"\W*(?:(?:le|la|les|l'|un|une|notre|nos|son|sa|ses)\s*)?(?:%s)(?![\w])(?!\.\w)" % "|".join(
        phrase_pattern(w) for w in sorted(words, key=len, reverse=True)))


def plan_title(title: str) -> bool:
    """Whether a title opens with a plan word (after an article) and names no event."""
    pattern = _plan_opening()
    return bool(pattern and pattern.match(_norm(title).replace("’", "'")) and not noun_spans(title))


def titled_plan(doc: Document) -> bool:
    """Whether the document's first title is a plan's (``plan_title``) and no title names an event."""
    titles = document_titles(doc)
    return bool(titles) and plan_title(titles[0]) and not any(noun_spans(t) for t in titles)
