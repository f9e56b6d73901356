"""Scores read with their scale ("4,2 / 5", "8 sur 10" next to a word such as "note" or
"satisfaction"): the scale is no figure of its own."""

from __future__ import annotations

import re
from functools import cache

from .figure_text import _lex, _norm
from .quantities import Quantity


@cache
def _score_words() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["scores"]["words"], key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def _score_scale(text: str, folded: str, q: Quantity) -> tuple[int, int] | None:
    """A score and its scale: "4,2 / 5", "8/10", "4,5 sur 5" when a word of claims.yaml `scores`
    (note, satisfaction, moyenne...) is on the same line, the scale is one of `scales` and the
    score does not exceed it. (start, end) of the scale, else None."""
    if q.unit != "count" or q.value_max is not None or q.in_words:
        return None
    spec = _lex()["scores"]
    m = re.compile(r"[ \t\u00a0\u202f]*(?:/|sur)[ \t\u00a0\u202f]*(\d{1,3})(?![\d/,.]\d)").match(folded, q.number_end)
    if not m or int(m.group(1)) not in {int(x) for x in spec["scales"]} or q.value > int(m.group(1)):
        return None
    reach = int(spec.get("word_reach_chars", 60))
    lo = max(0, q.number_start - reach)
    line = folded.rfind("\n", lo, q.number_start)
    lo = line + 1 if line >= 0 else lo
    hi = folded.find("\n", m.end(), m.end() + reach)
    hi = m.end() + reach if hi < 0 else hi
    if not _score_words().search(folded, lo, min(hi, len(folded))):
        return None
    return m.start(), m.end()
