"""Event nouns that also name a standing body: a "conférence" may be a talk or a day of talks, and
the regional "conférence" of a public policy is an assembly of representatives that sits and
decides (events.yaml `body_nouns`). Such a noun names a body, not an event, where the text has it
decide ("La Conférence régionale de l'eau a voté son schéma", "La conférence a aussi adopté le
plan") or has someone set it up ("le département a installé la conférence des usagers")."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon

_norm = fold_apostrophes

# Words between the noun and the verb it is the subject of: the rest of the body's name ("régionale
# de l'eau (CRE)") and an adverb ("en effet", "aussi"), at most.
_NAME_AND_ADVERB_WORDS = 8
# Words between the determiner and the noun ("la toute nouvelle conférence"), at most.
_BEFORE_NOUN_WORDS = 2


def _alternation(key: str) -> str:
    words = sorted({_norm(str(w)) for w in events_lexicon().get(key) or []}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) or "\0"


@cache
def _nouns() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{_alternation('body_nouns')})(?![\w])")


@cache
def _deciding_after() -> re.Pattern:
    # a word of the name or an adverb, or an acronym in brackets; no relative pronoun nor
    # conjunction (in "la conférence où le conseil a voté" the council decides)
    word = r"(?:\([^()\s]{1,15}\)|(?!(?:qui|que|dont|ou|et|mais|lors)\b)[\w'-]+)"
    # an apposition may come between: "La Conférence X, présidée par Y, a voté ..."
    return re.compile(rf"(?:\s+{word}){{0,{_NAME_AND_ADVERB_WORDS}}}?(?:\s*,[^,.;:!?]{{1,60}},)?"
                      rf"\s+(?:{_alternation('body_deciding_verbs')})(?![\w])")


@cache
def _set_up_before() -> re.Pattern:
    determiners = _alternation("gathering_determiners")
    return re.compile(rf"(?<![\w])(?:{_alternation('body_setting_up_verbs')})\s+(?:{determiners})\s*"
                      rf"(?:[\w-]+\s+){{0,{_BEFORE_NOUN_WORDS}}}$")


def names_body(folded: str, start: int, end: int) -> bool:
    """Whether the event noun at folded[start:end] (folded text) names a standing body: a noun of
    events.yaml `body_nouns` that the text has decide (`body_deciding_verbs`) or set up
    (`body_setting_up_verbs`)."""
    if not _nouns().fullmatch(folded, start, end):
        return False
    return bool(_deciding_after().match(folded, end) or _set_up_before().search(folded, max(0, start - 80), start))


# Words after the noun that make a body's name its text recognises again ("conférence régionale de
# l'eau"), at most.
_NAME_WORDS = 3


def _name_after(folded: str, start: int) -> str:
    return " ".join(re.findall(r"[\w'-]+", folded[start:start + 80])[:_NAME_WORDS + 1])


def body_names(pieces: list[str]) -> set[str]:
    """The names (the noun and the words after it, folded) of the bodies these texts show
    (``names_body``): "la Conférence régionale de l'eau a voté" makes every "Conférence régionale
    de l'eau" of the document the body, also where no verb says so."""
    names = set()
    for piece in pieces:
        folded = _norm(piece)
        for m in _nouns().finditer(folded):
            if names_body(folded, *m.span()):
                names.add(_name_after(folded, m.start()))
    return names


def is_body_name(folded: str, start: int, names: set[str]) -> bool:
    """Whether the event noun at folded[start:] opens the name of a body of ``names``."""
    return bool(names) and _name_after(folded, start) in names
