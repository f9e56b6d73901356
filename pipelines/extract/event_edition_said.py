"""The edition a sentence says of the event in words other than "Nème édition": the rank it
predicates of the edition ("l'édition 2031 sera la neuvième") or the ceremony opening or closing the
Nth event ("Ouverture des 12es Rencontres") or the number ending a quoted title ("le séminaire
« Regards sur Valbrune #3 »"), the last ways ``extract_event`` reads an edition."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon
from .event_edition import arabic_ordinals

_norm = fold_apostrophes


@lru_cache(maxsize=4)
def _folded_ranked(text: str) -> str:
    """The text folded with its ordinals in figures ("XIIe" -> "12e"), read by the first two rules."""
    return _norm(fold(arabic_ordinals(text)))


@cache
def _ordinals() -> tuple[dict[str, int], str]:
    """The ordinals in words of events.yaml (folded) and their alternation, longest first."""
    ordinals = {fold(k): v for k, v in events_lexicon()["ordinals"].items()}
    return ordinals, "|".join(sorted(ordinals, key=len, reverse=True))


def _nouns(key: str) -> str:
    """The nouns of events.yaml ``key``, folded, their words joined by any blank, longest first."""
    return "|".join(sorted((r"\s+".join(re.escape(p) for p in fold(n).split())
                            for n in events_lexicon().get(key) or ["\0"]), key=len, reverse=True))


@cache
def _predicated_pattern() -> re.Pattern:
    """``edition_predicated``'s pattern: a marked edition or "l'édition" (maybe its year), a copula, its rank."""
    lex = events_lexicon()
    verbs = "|".join(sorted((re.escape(fold(v)) for v in lex.get("edition_rank_copulas") or ["\0"]),
                            key=len, reverse=True))
    markers = "|".join(sorted((re.escape(fold(m)) for m in lex["current_edition_markers"]), key=len, reverse=True))
    _, words = _ordinals()
    return re.compile(rf"(?<![\w'])(?:({markers})\s+|l')edition(?:\s+((?:19|20)\d{{2}}))?\s+(?:{verbs})"
                      rf"\s+(?:(?:donc|deja|ainsi|aussi)\s+)?la\s+(?:({words})|(\d{{1,3}})\s*(?:e|eme))"
                      rf"(?=\s*(?:[.,;:!?)\n]|$|et\s|edition\b|du\s|de\s|des\s|d'))")


def edition_predicated(doc: Document) -> int | None:
    """"L'édition 2031 sera la neuvième", "cette édition est la 4e du festival": the edition as the
    subject of a verb of events.yaml `edition_rank_copulas`, its rank the ordinal after the verb (a
    rank of its own, not of a noun: "est la 3e ville" reads nothing). The edition is the reported one
    when a current marker ("cette", "notre") points it, or its year is the latest the text writes:
    "l'édition 2027 était la dixième" in a text about 2031 is a past edition, and nothing is read."""
    pattern = _predicated_pattern()
    ordinals, _ = _ordinals()
    folded = _folded_ranked(doc.text)
    latest = max((int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", folded)), default=0)
    for m in pattern.finditer(folded):
        if not m.group(1) and not (m.group(2) and int(m.group(2)) >= latest):
            continue            # "l'édition 2027 était la dixième" in a later text: a past edition
        number = ordinals.get(m.group(3)) if m.group(3) else int(m.group(4))
        if number and number <= 500:
            return number
    return None


@cache
def _opened_pattern() -> re.Pattern:
    """``edition_opened``'s pattern: a ceremony word, "du"/"des", an ordinal, a whole event's noun."""
    words = "|".join(sorted((re.escape(fold(w)) for w in events_lexicon().get("edition_ceremony_words") or ["\0"]),
                            key=len, reverse=True))
    nouns = _nouns("whole_event_nouns")
    _, ords = _ordinals()
    return re.compile(rf"(?<![\w'])(?:{words})\s+(?:du|des|de\s+la|de\s+l')\s*"
                      rf"(?:({ords})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))s?\s+(?:{nouns})(?![\w])")


def edition_opened(doc: Document) -> int | None:
    """"9h30 Ouverture des 12es Rencontres de Valbrune", "Clôture du 31e congrès": a ceremony of
    events.yaml `edition_ceremony_words` opening or closing the Nth event (an ordinal of 2 and more
    before a noun of `whole_event_nouns`) ranks the event the programme is about. A noun that is no
    whole event ("Ouverture de la 3e séance") reads nothing."""
    ordinals, _ = _ordinals()
    m = _opened_pattern().search(_folded_ranked(doc.text))
    if m:
        number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
        if number and 1 < number <= 500:
            return number
    return None


@cache
def _hash_numbered_pattern() -> re.Pattern:
    """``edition_hash_numbered``'s pattern: an event noun, then a quoted title ending with "#N"."""
    nouns = _nouns("event_nouns")
    return re.compile(rf"\b(?:{nouns})s?\s+[\"«“]\s*[^\"«»“”\n]{{2,80}}?\s#\s?(\d{{1,2}})\s*[\"»”]")


def edition_hash_numbered(doc: Document) -> int | None:
    """"le séminaire « Regards sur Valbrune #3 »", "l'atelier "Trévanne en transition #2"": a quoted
    title an event noun of events.yaml `event_nouns` announces, ending with "#N", numbers the
    event's edition. A "#N" outside such a title ("#5 du classement", a hashtag "#Valbrune2031")
    reads nothing."""
    m = _hash_numbered_pattern().search(_norm(fold(doc.text)))
    if m and 1 < int(m.group(1)) <= 99:
        return int(m.group(1))
    return None
