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
from .event_titles import document_titles
from .event_words import noun_spans, phrases_alternation

_norm = fold_apostrophes


@cache
def _plan_opening(article: bool = False) -> re.Pattern | None:
    """A plan word opening a folded text, after an article (required when ``article``)."""
    words = events_lexicon().get("plan_title_words") or []
    if not words:
        return None
    # the word ends there: not glued by a dot to more letters, as in a site's address ("schema.example.fr")
    return re.compile(r"\W*(?:(?:le|la|les|l'|un|une|notre|nos|son|sa|ses|leur|leurs)\s*)%s(?:%s)(?![\w])(?!\.\w)" % (
        "" if article else "?", phrases_alternation(words)))


# The separators of a title's parts: "Valbrune – Un plan pour ses rivières", "Projet X : le plan vélo".
_SEPARATOR = re.compile(r"\s[–—|-]\s|\s*:\s")
# Words of a title's subject before the verb of having a plan, at most ("Le conseil de Valbrune a sa charte").
_SUBJECT_WORDS = 6


@cache
def _having_verb() -> re.Pattern | None:
    """A verb of events.yaml `plan_having_verbs` after the title's first words."""
    verbs = events_lexicon().get("plan_having_verbs") or []
    if not verbs:
        return None
    return re.compile(r"^(?:[\w'-]+\s+){1,%d}?(?:%s)(?:(?=\s)|(?<='))" % (_SUBJECT_WORDS, phrases_alternation(verbs)))


def _title_parts(folded: str) -> list[str]:
    """Each part of a folded title after a separator, and what follows a verb of having right
    after its subject ("valbrune a son schéma cyclable" -> "son schéma cyclable")."""
    parts = [folded[m.end():] for m in _SEPARATOR.finditer(folded)]
    having = _having_verb()
    m = having.match(folded) if having else None
    return parts + ([folded[m.end():]] if m else [])


def plan_title(title: str) -> bool:
    """Whether a title opens with a plan word (after an article), or one of its parts does after
    an article (after a separator, "Valbrune – Un plan pour ses rivières", or after its
    subject and a verb of having a plan, "Valbrune adopte son schéma cyclable"; a part with no article,
    "Forum X - Plan Régional Y", is a site's or a series' name), and the title names no event."""
    pattern, with_article = _plan_opening(), _plan_opening(True)
    folded = _norm(title).replace("’", "'")
    return bool(pattern and (pattern.match(folded) or any(with_article.match(p) for p in _title_parts(folded)))
                and not noun_spans(title))


def titled_plan(doc: Document) -> bool:
    """Whether the document's first title is a plan's (``plan_title``) and no title names an event."""
    titles = document_titles(doc)
    return bool(titles) and plan_title(titles[0]) and not any(noun_spans(t) for t in titles)
