"""A person a report gives "the occasion" to speak: "L'occasion pour la trésorière de
l'amicale, Prénom Nom, de rappeler ...", or the name at once after the phrase and then "d'annoncer".
The name follows the phrase (names.yaml ``occasion_phrases``), maybe after a role set apart by a
comma, and an infinitive of speech follows the name (claims.yaml ``speech_infinitives`` and the
infinitives of programme.yaml's participles): the person speaks. "L'occasion pour A de visiter le
salon" (no infinitive of speech) names no speaker."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .patterns import phrase_alternation
from .programme_vocabulary import _f


@cache
def _occasion_before() -> re.Pattern:
    """The phrase, then a role or nothing, ending the folded text right before the name.
    Group ``desc``: the words between the phrase and the name."""
    phrases = sorted({" ".join(_f(str(w)).split()) for w in load("names").get("occasion_phrases", [])},
                     key=len, reverse=True)
    if not phrases:
        return re.compile(r"(?!x)x")
    alternation = phrase_alternation(phrases)
    return re.compile(rf"(?<![a-z])(?:{alternation})\s+(?P<desc>[^.;:!?\n«»()\"]{{0,100}}?)\s*(?P<comma>,)?\s*$")


@cache
def _speech_after() -> re.Pattern:
    """Right after the name: maybe a comma, then "de" and an infinitive of speech."""
    from .attribution_quotes import _speech_infinitive_words
    return re.compile(rf"\s*,?\s*(?:de\s+|d')(?:(?:encore|aussi|enfin|notamment|ainsi|bien)\s+)?"
                      rf"(?:{_speech_infinitive_words()})(?![a-z])")


def occasion_speaker(folded: str, start: int, end: int, role_word: re.Pattern) -> tuple[int, int] | None:
    """The span of the role in ``folded`` (its article or possessive left out; empty when the name
    follows the phrase at once) when the name at ``start``..``end`` is given "the occasion" to
    speak; ``None`` when it is not so named."""
    before = _occasion_before().search(folded, max(0, start - 130), start)
    if before is None or not _speech_after().match(folded, end):
        return None
    if not before.group("desc").strip():
        return start, start
    if not before.group("comma") or not role_word.match(before.group("desc")):
        return None
    head = _ARTICLE.match(folded, before.start("desc"))
    return head.end(), before.end("desc")


# The article or possessive before a role ("son président", "la directrice de X")
_ARTICLE = re.compile(r"(?:(?:le|la|les|son|sa|ses|leur|leurs|notre|nos|votre)\s+|l')?")
