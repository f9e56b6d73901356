"""The blocks of a plain text, read from its layout alone: paragraphs between blank lines, list
items from their typed markers, table rows from cells separated by tabs or "|", and headings where
a plain text makes them unmistakable. Each block is an exact span of the text, which is left as it
is (offsets unchanged)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .model import Block, Document, Heading
from .plaintext_headings import infer_headings

# A typed list marker at the start of a line, then white space: "-", "•", "*", "–", an arrow, a
# chevron (">") or a pointing hand written as a bullet, "1.", "2)",
# "a)", "iv)", or a lone full stop before a word (a bullet a web page's export wrote as a period:
# ". la mobilité. Des pistes..."). A hyphen glued to a word ("-ment", "-t-il") is no marker.
LIST_ITEM = re.compile(r"(?P<indent>[ \t]*)(?P<marker>[-•*–—▪►▶✓✔·◦‣■●○◆♦→➜➡➔▸❯✅☑🔹🔸👉]\ufe0f?|>(?=[ \t]+(?:[^\d\s]|\d{1,2}[hH:]))|\d{1,2}[.)]|[a-z][)]|[ivx]{1,4}[)]"
                       r"|\.(?=[ \t]+[^\W\d_]))"
                       r"[ \t]+(?=\S)")
# A line that only underlines the line above it ("=====", "-----").
UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,})[ \t]*")
# A rule drawn across the text ("*****", "_____", "- - -"), no block of its own.
RULE = re.compile(r"[ \t]*(?:[=\-_*~#.•]\s*){3,}")
# A table row's cell separators: a tab, or a "|" (a Markdown-like pipe table).
_TAB = re.compile(r"\t+")
_PIPE_SEPARATOR = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")

# The widths a hard-wrapped text is wrapped at; lines longer than that are paragraphs written one a line.
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 50, 100
# A heading underlined is one line of at most this many characters.
HEADING_MAX_CHARS = 180


@dataclass(frozen=True)
class _Line:
    start: int
    end: int          # without the end of line
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" \t\u00a0"))


def _lines(text: str) -> list[_Line]:
    """The lines of the text; a form feed ends a line too (a page break runs into the next line)."""
    out, pos = [], 0
    for m in re.finditer(r"[\n\f]", text):
        out.append(_Line(pos, m.start(), text[pos:m.start()]))
        if m.group() == "\f":
            out.append(_Line(m.end(), m.end(), ""))     # a page break is a blank line
        pos = m.end()
    out.append(_Line(pos, len(text), text[pos:]))
    return out


def _chunks(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of non-blank lines between blank lines."""
    chunks: list[list[_Line]] = [[]]
    for line in lines:
        if line.blank:
            if chunks[-1]:
                chunks.append([])
        else:
            chunks[-1].append(line)
    return [c for c in chunks if c]


def _cells(line: str) -> tuple[str, ...] | None:
    """The cells of a table row: at least two, separated by tabs or by "|"; None for other lines."""
    body = line.strip()
    if "\t" in body:
        cells = [c.strip() for c in _TAB.split(body)]
    elif body.count("|") >= 2 or (body.count("|") == 1 and not body.startswith("|") and not body.endswith("|")):
        inner = body[1:] if body.startswith("|") else body
        inner = inner[:-1] if inner.endswith("|") else inner
        cells = [c.strip() for c in inner.split("|")]
    else:
        return None
    if sum(1 for c in cells if c) < 2:
        return None
    return tuple(cells)


def _wrap_width(lines: list[_Line]) -> int:
    """The width a hard-wrapped text is wrapped at, as its lines show it: the 90th percentile of
    the lengths of the lines another line follows without a blank line (a text written one
    paragraph a line gives a large width, and no line of it is read as wrapped)."""
    lengths = sorted(len(a.text.rstrip()) for a, b in zip(lines, lines[1:]) if not a.blank and not b.blank)
    if not lengths:
        return 0
    width = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]
    # hard-wrapped: most of those lines come close to the width
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or sum(n >= 0.75 * width for n in lengths) < 0.5 * len(lengths):
        return 0
    return width


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _wraps(line: _Line, following: _Line, width: int) -> bool:
    """Does ``line`` go on onto ``following`` in one paragraph? Yes when the next line opens in
    lower case or ``line`` ends with a comma, an opening bracket or a dash. In a hard-wrapped text
    (``width``), when the next line's first word would not have fitted at the end of ``line``. In another text, unless one of the two lines is longer than a
    wrapped line ever is (a text written one paragraph a line); short lines with no blank line
    between them (a table's lines, an address) stay one paragraph. A line in capitals and one
    in ordinary case are never one paragraph."""
    body = following.text.strip()
    if body[:1].islower() or line.text.rstrip().endswith((",", "(", "-", "–", "/")):
        return True
    if _capitals(line.text) != _capitals(body):
        return False        # a line in capitals (a title, a heading) and one in ordinary case
    if width:
        first_word = len(body.split()[0]) if body else 0
        return len(line.text.rstrip()) + 1 + first_word > 0.9 * width
    return len(line.text.strip()) <= WRAP_MAX_WIDTH and len(body) <= WRAP_MAX_WIDTH


def read_plain_text(text: str, page_starts: list[int]) -> tuple[list[Block], list[Heading]]:
    """The blocks and headings of a plain text, in order; ``page_starts`` gives each block's page.
    A heading where the text underlines it ("====" level 1, "----" level 2); in a text that
    underlines none, where its layout shows one (see ``plaintext_headings.infer_headings``)."""
    blocks: list[Block] = []
    depths: list[int] = []              # indentations of the current list's levels, outermost first

    def page(offset: int) -> int:
        return max(1, bisect.bisect_right(page_starts, offset))

    def add(kind: str, start: int, end: int, **attrs) -> None:
        while start < end and text[start] in " \t\u00a0" and kind != "list_item":
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            blocks.append(Block(kind, start, end, page(start), **attrs))

    lines = _lines(text)
    width = _wrap_width(lines)
    for chunk in _chunks(lines):
        paragraph: list[_Line] = []
        item: tuple[_Line, re.Match] | None = None
        item_end = 0

        def close_paragraph() -> None:
            if paragraph:
                add("paragraph", paragraph[0].start, paragraph[-1].end)
                paragraph.clear()

        def close_item() -> None:
            nonlocal item
            if item is not None:
                line, m = item
                indent = len(m.group("indent").expandtabs(4))
                while depths and depths[-1] > indent:
                    depths.pop()
                if not depths or depths[-1] < indent:
                    depths.append(indent)
                add("list_item", line.start, item_end, level=len(depths) - 1, marker=m.group("marker"))
                item = None

        skip = False
        for n, line in enumerate(chunk):
            if skip:
                skip = False
                continue
            if n + 1 < len(chunk) and UNDERLINE.fullmatch(chunk[n + 1].text) and not RULE.fullmatch(line.text) \
                    and not LIST_ITEM.match(line.text) and len(line.text.strip()) <= HEADING_MAX_CHARS:
                close_item()
                close_paragraph()
                depths.clear()
                add("heading", line.start, line.end, level=1 if "=" in chunk[n + 1].text else 2)
                skip = True
                continue
            if (RULE.fullmatch(line.text) or _PIPE_SEPARATOR.fullmatch(line.text.strip())) \
                    and not LIST_ITEM.match(line.text):
                close_item()
                close_paragraph()
                continue
            cells = _cells(line.text)
            marker = LIST_ITEM.match(line.text) if cells is None else None
            if marker is not None and marker.group("marker") == "." and n and not line_closed(chunk[n - 1].text):
                marker = None               # the full stop ends the sentence of the line above
            if cells is not None:
                close_item()
                close_paragraph()
                depths.clear()
                add("table_row", line.start, line.end, cells=cells)
            elif marker is not None:
                close_item()
                close_paragraph()
                item, item_end = (line, marker), line.end
            elif item is not None and (line.indent > item[0].indent or line.text.lstrip()[:1].islower()):
                item_end = line.end         # the item's text wrapped onto this line
            else:
                close_item()
                depths.clear()
                if paragraph and not _wraps(paragraph[-1], line, width):
                    close_paragraph()
                paragraph.append(line)
        close_item()
        close_paragraph()
    if not any(b.kind == "heading" for b in blocks):
        blocks = infer_headings(text, blocks)
    headings = [Heading(b.level, " ".join(text[b.start:b.end].split()), b.start) for b in blocks if b.kind == "heading"]
    return blocks, headings


def line_closed(text: str) -> bool:
    """Whether a line ends as a sentence, a label or nothing left open (so a full stop opening the
    next line is that line's bullet, not the end of this one's sentence)."""
    return text.rstrip()[-1:] in (".", ":", ";", "!", "?", "")


def with_text_blocks(doc: Document) -> Document:
    """``doc`` given the blocks the plain-text reader finds in its text, for a Document built by
    hand from a text alone (a test): every pass reads a document through its blocks, which every
    reader gives. The headings ``doc.headings`` already holds stay, and the line at each one's
    offset becomes a heading block of its level (a Document built with its headings only); with
    none, the reader's headings (underlined lines) are taken. A document that has blocks is
    returned as it is."""
    if doc.blocks:
        return doc
    blocks, headings = read_plain_text(doc.text, doc.page_starts)
    for head in doc.headings:
        at = next((k for k, b in enumerate(blocks) if b.start <= head.offset < b.end), None)
        if at is None:
            continue
        block = blocks[at]
        line_end = doc.text.find("\n", head.offset, block.end)
        line_end = block.end if line_end == -1 else line_end
        before = len(doc.text[block.start:head.offset].rstrip())
        parts = [Block(block.kind, block.start, block.start + before, block.page, block.level, block.marker,
                       block.cells)] if before else []
        parts.append(Block("heading", head.offset, line_end, block.page, level=head.level))
        rest = line_end + len(doc.text[line_end:block.end]) - len(doc.text[line_end:block.end].lstrip())
        if rest < block.end:
            parts.append(Block("paragraph", rest, block.end, block.page))
        blocks[at:at + 1] = parts
    doc.blocks = blocks
    if not doc.headings:
        doc.headings = headings
    return doc
