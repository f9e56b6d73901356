"""People a press article names as chairing or steering a body ("un comité de suivi présidé par
A, députée, et B", "un groupe de travail piloté par C, adjoint", "sous la présidence de D, maire"):
they hold a role, the text does not make them speak. Read only in a sentence that relates
neither speech nor a session: "la table ronde présidée par E" names who runs a session, a speaker."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .name_context import _speaking_sentence
from .speech_cues import _alternation, speech_verb

# How far back in its sentence a chairing phrase is looked for (an enumeration of two or three
# people with their roles fits in it).
CHAIR_REACH = 300


@cache
def _chair_re() -> re.Pattern:
    """A phrase of names.yaml ``chair_phrases`` in folded text."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(load('names')['chair_phrases'])})")


@cache
def _speech_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-]){speech_verb()}(?![\w-])")


def _named_as_chair(folded: str, pos: int, end: int) -> bool:
    """Is the name at [pos, end) named after a chairing phrase earlier in its sentence (with no verb
    of speech or quotation between), in a sentence that relates neither speech nor a session?"""
    start = max(folded.rfind(". ", max(0, pos - CHAIR_REACH), pos), folded.rfind("\n", max(0, pos - CHAIR_REACH), pos)) + 1
    found = list(_chair_re().finditer(folded, start, pos))
    if not found:
        return False
    between = folded[found[-1].end():pos]
    if _speech_re().search(between) or re.search(r"[«»“”\"]", between):
        return False
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(folded, end)
    sentence = folded[start:stop.start() if stop else len(folded)]
    return not re.search(r"[«»“”\"]", sentence) and not _speaking_sentence(folded, pos, end)
