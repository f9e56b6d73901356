"""The strategy of axes found with no strategy word named near them, named by what the page itself
calls them (strategy.py's last resort before dropping them):

* a line of its own right over them counting them and saying whose they are ("Les 4 axes de
  Valbois Demain", "Nos trois priorités pour Cap Avenir"): what follows the link word
  (strategy.yaml's ``heading_owner_links``) names the strategy;
* an undertaking named by a quoted name in the paragraphs just before them ("le projet « Cap
  2030 » se décline en ...", "la démarche « Ville amie »"): the quoted name. The nouns are
  strategy.yaml's ``quoted_undertaking_words``.
"""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Strategy, _axis_words, _lex, _norm, number_alternation


def _line_before(text: str, pos: int) -> tuple[int, int] | None:
    """The last line holding text before the line of ``pos`` (blank lines skipped)."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def counted_heading_name(doc: Document, pos: int) -> Strategy | None:
    """A line right over the axes at ``pos`` that counts them and says whose they are, with no
    sentence's stop ("Nos 4 chantiers pour Cap Avenir"): the strategy, named by what follows the link."""
    span = _line_before(doc.text, pos)
    if span is None:
        return None
    raw = doc.text[span[0]:span[1]].strip().strip("#*_ ")
    if not raw or re.search(r"[.!?:;,]$", raw) or len(raw.split()) > int(_lex().get("heading_name_max_words", 8)) + 4:
        return None
    links = "|".join(re.escape(_norm(w)) for w in sorted(_lex().get("heading_owner_links", []), key=len, reverse=True)) or "(?!)"
    numbers = number_alternation()
    m = re.match(rf"(?:(?:les|nos|ses|leurs)\s+)?(?:\d{{1,2}}|{numbers}|grands|grandes)\s+(?:[a-z-]+\s+)?"
                 rf"(?:{_axis_words()})\s+(?:{links})\s*(?=\S)", _norm(raw), re.IGNORECASE)
    if m is None:
        return None
    name = raw[m.end():].strip()
    start = span[0] + doc.text[span[0]:span[1]].find(name)
    return Strategy(name, None, None, start, start + len(name)) if name else None


def quoted_undertaking(doc: Document, pos: int) -> Strategy | None:
    """The last undertaking named by a quoted name in the text just before ``pos`` ("le projet
    « Cap 2030 »", "la démarche "Ville amie""): the strategy, named by the quoted name."""
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("quoted_undertaking_words", [])) or "(?!)"
    begin = max(0, pos - int(_lex().get("name_lookback_chars", 600)))
    folded = _norm(doc.text[begin:pos])
    found = None
    for m in re.finditer(rf"(?<![\w])(?:{words})\s+[«\"“]\s*([^»\"”\n]{{3,80}}?)\s*[»\"”]", folded, re.IGNORECASE):
        found = m
    if found is None:
        return None
    start, end = begin + found.start(1), begin + found.end(1)
    return Strategy(" ".join(doc.text[start:end].split()), None, None, start, end)
