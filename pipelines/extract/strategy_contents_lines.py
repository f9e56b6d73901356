"""A table of contents whose line breaks were lost: each entry runs to its dot leader and page
number, and the next entry starts right after that number ("Préface ........ 3 Axe 1 : Relier
les villages ...... 10"). The entries are read as lines of their own by the numbered sections
of strategy_sections.py. Also: an entry naming a part of any report ("I. Introduction ..... 5"),
where the parts a count announces are not to be looked for."""

from __future__ import annotations

import re

from .lines import Line
from .strategy_text import _lex, _norm

# Dot leaders (or an ellipsis run; dots spaced out, ". . . . .", as a PDF may set them) then a page
# number, with more text after them on the same line.
_LEADER_THEN_PAGE = re.compile(r"[ \t]*(?:\.{3,}|…{2,}|(?:\.[ \t]){4,})[ \t.…]*\d{1,3}[ \t]+(?=\S)")


def split_at_leaders(line: Line) -> list[Line]:
    """``line`` cut after each dot leader and page number that more text follows; the line itself
    when it has none (a body line, or a contents line that keeps one entry a line)."""
    cuts = list(_LEADER_THEN_PAGE.finditer(line.text))
    if not cuts:
        return [line]
    pieces, begin = [], 0
    for cut in cuts:
        pieces.append((begin, cut.end()))
        begin = cut.end()
    pieces.append((begin, len(line.text)))
    entries = []
    for first, last in pieces:
        start = line.start + first
        body_start = max(line.body_start, start) if first == 0 else start
        entries.append(Line(line.text[first:last], start, body_start))
    return entries


# A title's leader (dots, an ellipsis run, underscores or dashes) and page number, closing the line.
_LEADER_AT_END = re.compile(r"[ \t]*(?:\.{3,}|…+|_{3,}|-{3,}|(?:\.[ \t]){4,})[ \t.…_-]*\d{1,3}\s*$")


def report_part_entry(title: str) -> bool:
    """A table of contents' entry, closed by its leader and page, naming a part of any report
    ("I. Introduction ....... 5", claims.yaml ``document_part_words``): the report's contents start
    there, not the parts a count announced (strategy_sections.py)."""
    leader = _LEADER_AT_END.search(title)
    if leader is None:
        return False
    words = sorted({re.escape(_norm(w)) for w in _lex().get("document_part_words", [])}, key=len, reverse=True)
    return bool(words) and re.fullmatch("(?:%s)" % "|".join(words), _norm(title[:leader.start()]).strip().lower()) is not None
