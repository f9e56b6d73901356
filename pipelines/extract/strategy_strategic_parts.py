"""A strategy named only by the adjective of its parts: a page that announces "trois orientations
stratégiques :" (or "quatre axes stratégiques", "des priorités stratégiques") over its axes and names
no plan, no schéma, no stratégie anywhere: the parts are called strategic, so the page sets out a
strategy, and that phrase is its name. Vocabulary: `strategic_part_adjectives` in
``lexicons/strategy.yaml``; the axis words of ``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Strategy, _axis_words, _lex, _norm


def _strategic_parts(doc: Document, pos: int) -> Strategy | None:
    """The axis word and its strategic adjective in the sentence announcing the axes at ``pos``
    ("... la commune retient trois orientations stratégiques :"): the strategy, named so,
    without a period; None when the sentence has no such phrase."""
    adjectives = "|".join(re.escape(_norm(w)) for w in _lex().get("strategic_part_adjectives", []))
    if not adjectives:
        return None
    start = max(0, pos - int(_lex().get("strategic_parts_lookback_chars", 400)))
    before = _norm(doc.text[start:pos])
    # the sentence announcing the axes: from the last full stop before them
    stop = max((m.end() for m in re.finditer(r"[.!?](?:\s|$)", before)), default=0)
    found = None
    for found in re.finditer(rf"(?<![a-z])(?:{_axis_words()})\s+(?:{adjectives})(?![a-z])", before[stop:]):
        pass
    if found is None:
        return None
    begin, end = start + stop + found.start(), start + stop + found.end()
    name = " ".join(doc.text[begin:end].split())
    return Strategy(name[:1].upper() + name[1:], None, None, begin, end)
