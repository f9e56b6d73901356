"""Figures credited by a noun of speech before a colon: "le rappel de X, présidente : 5 % par an"
names the one who says what follows the colon, and "Son message aux bénévoles : - ... - ..." gives
the dashed items to the speaker of the sentence before (claims.yaml `speech_nouns_before_colon`);
two of the ways ``attribution`` reads who cites a figure."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .figure_text import Mention, _lex, _norm, _norm_document
from .programme_index import ProgrammeIndex
from .speeches import _name_forms, _names_in


@cache
def _speech_nouns() -> str:
    """The nouns of speech of claims.yaml `speech_nouns_before_colon`, as an alternation."""
    words = _lex()["attribution"].get("speech_nouns_before_colon") or []
    return "|".join(re.escape(_norm(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@cache
def _speech_noun() -> re.Pattern:
    """A noun of speech and "de" right before a name ("le rappel de", "le constat de M."), maybe
    with a civility between them."""
    return re.compile(rf"(?<![a-z])(?:{_speech_nouns()})\s+(?:de\s+|d')(?:(?:m\.|mme|monsieur|madame)\s+)?")


@cache
def _possessive_speech_noun() -> re.Pattern:
    """A possessive and a noun of speech opening the words before a colon ("Son message aux
    bénévoles :"), up to the colon."""
    return re.compile(rf"\s*(?:son|sa|ses|leur|leurs)\s+(?:{_speech_nouns()})(?![a-z])[^.!?:;]{{0,60}}$")


def _speech_noun_colon(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure after a colon whose words before it give the figures to a person by a noun of
    speech and her name ("On retiendra le rappel de Léa Morvan, présidente du club, sur les
    adhésions : 12 % de plus par an."): the one speaker named right after the noun says what
    follows the colon. None when the colon's side of the sentence names another speaker, or
    when no name follows the noun ("le rappel de la règle : 3 jours")."""
    folded = _norm_document(doc.text)
    lo, hi = mention.sentence
    colon = folded.rfind(":", lo, mention.q.number_start)
    if colon < 0 or _names_in(folded, colon, hi, index):
        return None
    found: set[str] = set()
    for m in _speech_noun().finditer(folded, lo, colon):
        found |= {sid for pattern, sid in _name_forms(index) if pattern.match(folded, m.end())}
    return found.pop() if len(found) == 1 else None


# A run of items set on one line after a colon, each opening with a dash (" - ... - ...").
_INLINE_ITEM = re.compile(r"\s+[-\u2013\u2022]\s")


def _possessive_speech_noun_list(doc: Document, index: ProgrammeIndex, mention: Mention) -> str | None:
    """A figure in a list of dashed items that follows, in the same paragraph, a colon after a
    possessive and a noun of speech ("Paul Arnaud, président du club, ouvre la séance. Son message
    aux bénévoles : - le club grandit - 40 familles attendent - ..."): the one speaker named in
    the sentence right before the possessive says the items. None when the items name a speaker,
    when the figure is not in a dashed item, or when the possessive's sentence is not announcing
    a list (claims.yaml `speech_nouns_before_colon`)."""
    folded = _norm_document(doc.text)
    para_lo, _ = mention.paragraph
    pos = mention.q.number_start
    colon = folded.rfind(":", para_lo, pos)
    if colon < 0 or not _INLINE_ITEM.match(folded, colon + 1) or _names_in(folded, colon, pos, index):
        return None
    lead_start = max([m.end() for m in re.finditer(r"[.!?]\s", folded[para_lo:colon])], default=None)
    if lead_start is None:
        return None
    lead_start += para_lo
    if not _possessive_speech_noun().match(folded[:colon], lead_start):
        return None
    previous = max([m.end() for m in re.finditer(r"[.!?]\s", folded[para_lo:lead_start - 1])], default=0) + para_lo
    named = _names_in(folded, previous, lead_start, index)
    return named.pop() if len(named) == 1 else None
