"""The speakers counted with where they come from, right after the count: "24 intervenants
représentant 6 communes et 2 agences", "15 orateurs issus du monde associatif",
"31 conférenciers d'origine très variée" (metrics.yaml `event_prose.speakers_origins`). The
origin tells the speakers of the day described, not a list of names or a role: "les intervenants
de la table ronde" (no count) is left to the sentence reader (headline_prose.py)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .headline_terms import HeadlineFigure, _words_pattern, count_at, make_figure


@cache
def _speakers_from() -> re.Pattern | None:
    metrics = load("metrics")
    terms = ((metrics.get("metrics") or {}).get("speakers") or {}).get("terms") or []
    origins = (metrics.get("event_prose") or {}).get("speakers_origins") or []
    if not (terms and origins):
        return None
    # "... 24 | intervenants représentant ..." (the count read before the word, at its start)
    return re.compile(r"(?<![\w'])(?:{})\s+(?:{})(?![\w])".format(_words_pattern(terms), _words_pattern(origins)))


def counted_speakers(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """Each count of speakers followed by their origin (``_speakers_from``) not already among
    ``found``, as the speakers."""
    pattern = _speakers_from()
    if pattern is None:
        return []
    taken = {f.numbers[0][0] for f in found if f.numbers}
    out: list[HeadlineFigure] = []
    for m in pattern.finditer(folded):
        # the count just before the word: "24 intervenants", not "en 2021, intervenants ..."
        head = re.search(r"(?<![\w.,])(\d[\d\s\u00a0]*\d|\d)\s+$", folded[max(0, m.start() - 12):m.start()])
        if head is None:
            continue
        number = count_at(doc.text, m.start() - len(head.group(0)))
        if number is None or number.value < 2 or number.value != int(number.value) or number.start in taken:
            continue
        out.append(make_figure(doc, units, "speakers", number, number.start, m.end(), None, 0))
    return out
