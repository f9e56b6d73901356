"""Line helpers shared by the extractors: iterate the lines of a text with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# List markers a report may put before an item: "-", "•", "*", "–", "▪", "►", "✓".
LIST_MARKER = re.compile(r"^[ \t]*(?:[-•*–—▪►✓·]|\d+[.)](?=\s))?[ \t]*")


@dataclass(frozen=True)
class Line:
    text: str        # the line without its end-of-line
    start: int       # offset of the line in the document text
    body_start: int  # offset after indentation and any list marker

    @property
    def body(self) -> str:
        return self.text[self.body_start - self.start:]

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    if start == 0 and (end is None or end == len(text)):
        return iter(_all_lines(text))
    return _lines(text, start, len(text) if end is None else end)


@lru_cache(maxsize=4)
def _all_lines(text: str) -> tuple[Line, ...]:
    """The lines of a whole text, read once: every pass goes through the document's lines (a
    Line is frozen, so the passes share them)."""
    return tuple(_lines(text, 0, len(text)))


def _lines(text: str, start: int, end: int) -> Iterator[Line]:
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        raw = text[pos:stop].replace("\f", " ")
        marker = LIST_MARKER.match(raw)
        yield Line(raw, pos, pos + (marker.end() if marker else 0))
        pos = stop + 1


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
