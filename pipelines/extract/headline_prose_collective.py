"""The attendance as a bare collective noun, subject of a gathering verb in the singular: "sur
une vingtaine d'inscrits, une quarantaine est venue", "un millier s'est déplacé" (the people were
named before it, the noun is left out). Read only when no other sentence states the attendance:
it is the weakest way of stating it."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold, load
from .headline_terms import HeadlineFigure, make_figure, prose_patterns
from .numbers import ParsedNumber

# The verbs of `event_prose.verbs_after` in the singular a collective takes ("a participé",
# "s'est déplacé", "est venue", "était présente"): the people's verbs only (the plural
# "exposaient" of stands is left out).
_SINGULAR = re.compile(r"(?:a|est|s'est|etait)\s")


@cache
def _collective_subject() -> re.Pattern:
    """"une trentaine" or "un millier" opening its clause (after a sentence start, a comma, a
    colon or "et"), right before a verb of `event_prose.verbs_after`."""
    collectives = load("numbers").get("collectives") or {}
    words = "|".join(sorted((re.escape(fold(str(w))) for w in collectives), key=len, reverse=True)) or "\0"
    return re.compile(r"(?:^|[.!?…:;,]\s*|\n\s*|\bet\s+)((?:une?)\s+(%s))\s+(?=\S)" % words)


def collective_attendance(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """The first bare collective count of people (``_collective_subject``) before a singular
    gathering verb, as the attendance, when ``found`` states none; else nothing."""
    group = {"visitors", "participants"}
    if any(f.metric in group for f in found):
        return []
    collectives = load("numbers").get("collectives") or {}
    after = prose_patterns()["after"]
    for m in _collective_subject().finditer(folded):
        verb = after.match(folded, m.end())
        if verb is None or not _SINGULAR.match(folded, m.end()):
            continue
        value = collectives.get(m.group(2))
        if value is None:
            continue
        number = ParsedNumber(float(value), m.start(1), m.end(1), True, "~")
        return [make_figure(doc, units, "participants", number, m.start(1), verb.end(), None, 0)]
    return []
