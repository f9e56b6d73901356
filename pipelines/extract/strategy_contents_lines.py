"""A table of contents whose line breaks were lost: each entry runs to its dot leader and page
number, and the next entry starts right after that number ("Préface ........ 3 Axe 1 : Relier
les villages ...... 10"). The entries are read as lines of their own by the numbered sections
of strategy_sections.py."""

from __future__ import annotations

import re

from .lines import Line

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
