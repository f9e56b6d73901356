"""The in-memory form of one source document, built once by the reader of its format: the text
every extractor reads, its page map, its metadata and its blocks (headings, paragraphs, list
items, table rows, captions, quotes), each a span of that text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .sentences import split_sentences

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_row", "caption", "quote", "code")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    offset: int


@dataclass(frozen=True)
class Block:
    """A span ``text[start:end]`` of the document's text. ``level``: a heading's level (1 is the
    highest) or a list item's depth (0 for a top-level item); ``marker``: a list item's bullet
    or number as written; ``cells``: a table row's cells; ``emphasis``: (start, end) offsets of
    the bold runs in it; ``breaks``: offsets where a layout line of the source starts although the
    reader joined it to the line before (a PDF's wrapped prose: one line of text, several lines on
    the page); a "\n" of the text is a line break already and is not listed. ``label``: what the
    source's markup says the block is, beyond its kind ("speaker_name": a web page's element
    whose class names a speaker's name, ``<h3 class="speaker__name">``)."""

    kind: str
    start: int
    end: int
    page: int = 1
    level: int = 0
    marker: str | None = None
    cells: tuple[str, ...] = ()
    emphasis: tuple[tuple[int, int], ...] = ()
    breaks: tuple[int, ...] = ()
    label: str | None = None


# One blank line or several (white space only, a form feed too)
_BLANK_LINES = re.compile(r"\n(?:[ \t\u00a0\u202f\f]*\n)+")
# Kinds of blocks a reader writes one a line, with no blank line between two of them: a run of
# them is one paragraph (a list, a table).
RUN_KINDS = ("list_item", "table_row")


def paragraph_spans(text: str, blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a text, in order: each block, a run of list items (or of
    table rows) on one page being one paragraph; for any text the blocks leave out, the spans
    between blank lines."""
    spans: list[tuple[int, int]] = []
    previous = None
    for block in blocks:
        gap = spans[-1][1] if spans else 0
        if block.start > gap and text[gap:block.start].strip():
            spans += _between_blank_lines(text, gap, block.start)
            previous = None
        if previous is not None and block.kind == previous.kind and block.kind in RUN_KINDS \
                and block.page == previous.page:
            spans[-1] = (spans[-1][0], block.end)
        else:
            spans.append((block.start, block.end))
        previous = block
    gap = spans[-1][1] if spans else 0
    return spans + (_between_blank_lines(text, gap, len(text)) if text[gap:].strip() else [])


def _between_blank_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    spans, begin = [], lo
    for m in _BLANK_LINES.finditer(text, lo, hi):
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, hi))
    return [(a, b) for a, b in spans if text[a:b].strip()]


@dataclass
class Document:
    source_id: str
    file_name: str
    media_type: str
    bytes: int
    sha256: str
    text: str
    page_starts: list[int]
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    license: str | None = None
    url: str | None = None
    description: str | None = None
    encoding: str | None = None
    in_manifest: bool = True
    headings: list[Heading] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """1-based page number of a character offset in ``text``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_text(self, page: int) -> tuple[int, str]:
        """(offset of the page start, text of the page) for a 1-based page number."""
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return start, self.text[start:end]

    def block_at(self, offset: int) -> Block | None:
        """The block whose span holds ``offset``, if any."""
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def soft_breaks(self) -> list[int]:
        """Sorted offsets of the layout lines the readers joined to the line before (``Block.breaks``)."""
        key = (id(self.blocks), len(self.blocks))
        kept = self.__dict__.get("_soft_breaks")
        if kept is None or kept[0] != key:
            kept = self.__dict__["_soft_breaks"] = (key, [o for b in self.blocks for o in b.breaks])
        return kept[1]

    def layout_line(self, offset: int) -> tuple[int, int]:
        """(start, end) of the line of the source that holds ``offset``: a line of the text, cut
        where the reader joined two layout lines (a PDF's wrapped prose)."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        breaks = self.soft_breaks()
        i = bisect.bisect_right(breaks, offset)
        if i and breaks[i - 1] > start:
            start = breaks[i - 1]
        if i < len(breaks) and breaks[i] < end:
            end = breaks[i]
        return start, end

    def layout_lines(self, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the lines of the source in ``text[start:end]``: its lines of text, each
        cut where the reader joined two layout lines (a "\n" is left out of both lines)."""
        breaks = self.soft_breaks()
        soft = breaks[bisect.bisect_right(breaks, start):bisect.bisect_left(breaks, end)]
        lines, lo = [], start
        for cut, width in sorted([(start + m.start(), 1) for m in re.finditer("\n", self.text[start:end])]
                                 + [(b, 0) for b in soft]):
            lines.append((lo, cut))
            lo = cut + width
        lines.append((lo, end))
        return lines

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of the document's paragraphs, read once (see :func:`paragraph_spans`)."""
        key = (id(self.text), len(self.text), len(self.blocks))
        kept = self.__dict__.get("_paragraphs")
        if kept is None or kept[0] != key:
            kept = self.__dict__["_paragraphs"] = (key, paragraph_spans(self.text, self.blocks))
        return kept[1]

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        """(start, end) offsets of the sentences of a block, in the document's text (sentences.py)."""
        return split_sentences(self.text, block.start, block.end)
