"""Builds a document's text from the blocks a reader finds, keeping each block's span exact."""

from __future__ import annotations

import re

from .model import Block, Heading

_SPACES = re.compile(r"[ \t]+")
_LINE_SPLIT = re.compile(r"[ \t]*\n[ \t]*")


def clean_line_text(text: str) -> str:
    """White space collapsed inside lines, blank lines dropped; line breaks of the source kept."""
    lines = [_SPACES.sub(" ", line).strip() for line in _LINE_SPLIT.split(text)]
    return "\n".join(line for line in lines if line)


class TextBuilder:
    """Blocks appended in reading order. Consecutive list items and table rows are one line each;
    other blocks are separated by a blank line, as in a plain-text rendering of the page. A form
    feed starts a page."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.page_starts = [0]
        self.page = 1
        self._last_kind: str | None = None

    def _write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def new_page(self) -> None:
        self._write("\f")
        self.page_starts.append(self.length)
        self.page += 1
        self._last_kind = None

    def add(self, kind: str, text: str, prefix: str = "", emphasis: list[tuple[int, int]] | None = None,
            breaks: list[int] | None = None, **attrs) -> Block | None:
        """Append a block. ``emphasis`` offsets and ``breaks`` (where a joined layout line starts,
        ``Block.breaks``) are relative to ``text``."""
        if not text.strip():
            return None
        if self.length and not self.parts[-1].endswith("\f"):
            tight = kind == self._last_kind and kind in ("list_item", "table_row")
            self._write("\n" if tight else "\n\n")
        start = self.length
        self._write(prefix + text)
        shift = start + len(prefix)
        block = Block(kind, start, self.length, self.page,
                      emphasis=tuple((shift + a, shift + b) for a, b in emphasis or [] if b > a),
                      breaks=tuple(shift + o for o in breaks or [] if 0 < o < len(text)), **attrs)
        self.blocks.append(block)
        self._last_kind = kind
        return block

    def text(self) -> str:
        return "".join(self.parts)

    def headings(self) -> list[Heading]:
        full = self.text()
        return [Heading(b.level, " ".join(full[b.start:b.end].split()), b.start) for b in self.blocks if b.kind == "heading"]
