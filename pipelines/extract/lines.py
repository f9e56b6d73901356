"""Line helpers shared by the extractors: iterate the lines of a text with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..document.plaintext import line_closed

# List markers a report may put before an item: "-", "•", "*", "–", "▪", "►", "✓", a chevron ">"
# before a word or a time of day (a web page's arrow bullet in its text export: "> 9h30 Accueil";
# before another number it is "more than": "> 700 visiteurs"), or a lone full stop before a word
# (a bullet written as a period, as the plain-text reader reads it).
# (a bullet may carry its item's number or Roman numeral: "- 1-Les enjeux ...", "- II- Atelier ...")
LIST_MARKER = re.compile(r"^[ \t]*(?:[-•*–—▪►✓·](?:[ \t]*(?:\d{1,2}|[IVX]{1,4})[ \t]*[-–)](?=[ \t]*[^\W\d_]))?"
                         r"|>(?=[ \t]+(?:[^\d\s]|\d{1,2}[hH:]))|\d+[.)](?=\s)|\.(?=[ \t]+[^\W\d_]))?[ \t]*")


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


def _line_before(text: str, pos: int) -> str:
    """The line that ends where the line at ``pos`` starts ("" at the start of the text)."""
    return text[text.rfind("\n", 0, max(pos - 1, 0)) + 1:max(pos - 1, 0)]


def _lines(text: str, start: int, end: int) -> Iterator[Line]:
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        raw = text[pos:stop].replace("\f", " ")
        marker = LIST_MARKER.match(raw)
        cut = marker.end() if marker else 0
        if cut and raw.lstrip().startswith(".") and not line_closed(_line_before(text, pos)):
            cut = len(raw) - len(raw.lstrip(" \t"))  # the stop ends the sentence of the line above
        yield Line(raw, pos, pos + cut)
        pos = stop + 1


def document_lines(doc) -> list[Line]:
    """The lines of a document (``pipelines.document.Document``), a line cut where one of its
    blocks starts inside it: a page break runs the last block of a page and the first of the next
    one into one line of the text ("... fin de page\fTitre de la page suivante"), two lines for
    the reader."""
    lines = list(iter_lines(doc.text))
    inner = [b.start for b in doc.blocks if b.start and doc.text[b.start - 1] != "\n"]
    if not inner:
        return lines
    out, k = [], 0
    for line in lines:
        cuts = []
        while k < len(inner) and inner[k] < line.end:
            if inner[k] > line.body_start:
                cuts.append(inner[k] - line.start)
            k += 1
        if not cuts:
            out.append(line)
            continue
        bounds = [0] + cuts + [len(line.text)]
        for a, b in zip(bounds, bounds[1:]):
            piece = line.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            out.append(Line(piece, line.start + a, line.body_start if a == 0 else line.start + a + lead))
    return out


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so that it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
