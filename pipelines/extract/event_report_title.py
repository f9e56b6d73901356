"""A title that reports on an event by its own name and its year: "Retour sur le Festival Valbrune
2031", "Mon récap de la ValbruneConf 2031", "Compte rendu des Journées X 2031": events.yaml
`title_prefixes` (a possessive before it maybe), an article, a name of capitalised words, then a
year closing the title. The name need not hold an event noun (a conference called by its brand);
a publication's or a plan's title ("Bilan du Plan Climat 2031") reports on no event, nor does a
title in capitals, whose capitals tell no name ("BILAN D'ACTIVITÉ 2031")."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon
from .event_titles import after_title_prefix, document_titles
from .per_document import per_document

_norm = fold_apostrophes
# The name: one to six words, each capitalised or a particle between them ("Capitole du Libre").
_NAME = re.compile(r"(?P<name>[A-ZÀ-ÞŒÆ][\w’'.-]*(?:\s+(?:(?:du|de|des|la|le|l['’]|d['’])\s*)?[A-ZÀ-ÞŒÆ0-9][\w’'.-]*){0,5})"
                   r"\s+(?P<year>(?:19|20)\d{2})\s*$")


@cache
def _publication_nouns() -> frozenset[str]:
    """events.yaml `publication_nouns`, folded, read once."""
    return frozenset(_norm(str(n).lower()) for n in events_lexicon()["publication_nouns"])


@per_document
def reported_in_title(doc: Document) -> bool:
    """Does one of the document's titles report on an event by its name and year?"""
    return any(_reported_name(t) is not None for t in document_titles(doc))


def _reported_name(title: str) -> str | None:
    """The event's name in a report's title, else None."""
    title = " ".join(title.split())
    pos = after_title_prefix(title)
    if pos is None:
        return None
    m = _NAME.fullmatch(title[pos:].strip())
    # a title in capitals tells no name from common words ("BILAN D'ACTIVITÉ 2031")
    if m is None or m.group("name").isupper():
        return None
    head = _norm(m.group("name").split()[0].lower())
    if head in _publication_nouns():
        return None
    return m.group("name")
