"""The in-memory form of one source document, built once by the reader of its format: the text
every extractor reads, its page map, its metadata and its blocks (headings, paragraphs, list
items, table rows, captions, quotes), each a span of that text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

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
    the bold runs in it."""

    kind: str
    start: int
    end: int
    page: int = 1
    level: int = 0
    marker: str | None = None
    cells: tuple[str, ...] = ()
    emphasis: tuple[tuple[int, int], ...] = ()


_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"')]*\s+(?=[«“\"(]?[A-ZÀ-ÖØ-Þ0-9])")


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

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        """(start, end) offsets of the sentences of a block, in the document's text."""
        text = self.text[block.start:block.end]
        spans, begin = [], 0
        for m in _SENTENCE_END.finditer(text):
            spans.append((block.start + begin, block.start + m.start()))
            begin = m.end()
        if text[begin:].strip():
            spans.append((block.start + begin, block.start + len(text.rstrip())))
        return spans
