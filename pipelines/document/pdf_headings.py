"""Which blocks of a PDF page are headings beyond their font: a heading of the page's design (the
same line closing a column on most pages) is none, and short lines in the body's font each over
its own list under a heading are headings one level under it (pdf.py reads the blocks)."""

from __future__ import annotations

import re

# A block: its kind and its lines, each a pdf.Segment (a line of characters with its box, size
# and weight), read here by its attributes only.
Block = tuple[str, list]


def _closes_column(blocks: list[Block], n: int, line: float) -> bool:
    """Does the block ``blocks[n]`` end its column? The block read before it is above it in the
    same column, and the block read after it starts higher on the page (the top of the next
    column): nothing is under it."""
    if n == 0 or n + 1 >= len(blocks):
        return False
    prev, this, nxt = blocks[n - 1][1], blocks[n][1], blocks[n + 1][1]
    top = max(s.y1 for s in this)
    above = min(s.y0 for s in prev) >= top - 0.5 * line
    same_column = min(s.x0 for s in prev) < max(s.x1 for s in this) and min(s.x0 for s in this) < max(s.x1 for s in prev)
    return above and same_column and max(s.y1 for s in nxt) > top + line


def furniture_headings(pages: list[list[Block]], lines: list[float]) -> set[tuple[int, int]]:
    """(page, index) of the headings that are part of the page's design, not of its text: a
    heading stands above what it heads, so one that ends its column (nothing under it, the next
    block read is the top of the next column) and recurs with the same text at the end of a
    column on most pages (an event's hashtag or slogan under each page's timetable) heads
    nothing. They are read as paragraphs: a heading there would end the timetable or the
    section the column holds."""
    def key(lines_: list) -> str:
        return re.sub(r"\d+", "#", " ".join(s.text for s in lines_).casefold())

    found: dict[str, list[tuple[int, int]]] = {}
    for p, (blocks, line) in enumerate(zip(pages, lines)):
        for n, (kind, lines_) in enumerate(blocks):
            if kind == "heading" and _closes_column(blocks, n, line):
                found.setdefault(key(lines_), []).append((p, n))
    threshold = max(2, len(pages) // 2 + 1)
    return {at for places in found.values() if len(pages) >= 3 and len({p for p, _ in places}) >= threshold
            for at in places}


def list_labels(blocks: list[Block]) -> set[int]:
    """Indexes of a page's list labels: one short line in the body's font between a heading or a
    list above and its own list below ("Témoignages" over its bulleted talks). Set over lists in
    turn, at least two of them, they are the parts of what the heading above heads, and headings
    one level under it, as the plain-text reader reads the same lines."""
    found = []
    for n in range(1, len(blocks) - 1):
        kind, lines = blocks[n]
        text = lines[0].text.strip() if len(lines) == 1 else ""
        if kind == "paragraph" and text and len(text) <= 90 and not text.endswith((".", ":", ";", ",")) \
                and blocks[n - 1][0] in ("heading", "list_item") and blocks[n + 1][0] == "list_item":
            found.append(n)
    if len(found) < 2 or not any(blocks[n - 1][0] == "heading" for n in found[:1]):
        return set()
    return set(found)
