"""PDF -> blocks, from pypdfium2's characters with their boxes, font sizes and weights.

Per page: characters are gathered into line segments (a wide horizontal gap ends a segment, so
two columns never share a line); segments are put in reading order by recursive cuts along the
page's empty bands (a vertical band of white splits columns, a horizontal one splits the page into
parts read top to bottom); consecutive lines of the same size and close together are one block,
whose lines are joined with a space when the line before runs to the block's right edge (prose)
and kept apart otherwise (lists, figure boxes, slides). A block in a larger font than the
document's body text, or short and bold, is a heading, unless it ends its column with the same
text on most pages (the page's design, not a section). Running headers and footers (the same
text in the top or bottom margin of most pages) and lone page numbers are dropped; words cut by
a soft hyphen at a line end are joined."""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from .builder import TextBuilder
from .pdf_headings import furniture_headings, list_labels

SOFT_HYPHENS = "\ufffe\u00ad\u0002"
BULLET = re.compile(r"^\s*(?:[•●▪■◦‣►▶→✓✔–—-]|\d{1,2}[.)])\s")
# A figure alone on its line, in a card or an "en chiffres" box: "30 000", "+45 %", "1,9 million".
LONE_FIGURE = re.compile(r"^[+≈~><]?\s*\d[\d\s.,\u00a0\u202f]*\s*(?:%|€|k€|M€|Md€|millions?|milliards?|[a-zA-Zé²³/]{0,6})\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?\s*$", re.I)
MARGIN = 0.08          # share of the page height where running headers and footers sit
_SYMBOL_BULLET = re.compile(r"[\ue000-\uf8ff]\s")


@dataclass
class Segment:
    x0: float
    y0: float          # bottom
    x1: float
    y1: float          # top
    size: float
    bold: bool
    chars: list[str] = field(default_factory=list)
    cells: int = 1     # segments set side by side on one row (the cells of a table's row)

    @property
    def text(self) -> str:
        text = "".join(self.chars).strip()
        # a glyph of a symbol font (Wingdings, Symbol: a code of Unicode's private use area) opening
        # the line before a space is the line's bullet ("\uf0a7 Un espace", "\uf0d8 Prénom NOM, rôle")
        return "•" + text[1:] if _SYMBOL_BULLET.match(text) else text

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, self.size * 0.8, 1.0)


class _Char(NamedTuple):
    """A character and its loose box (a tuple: made and unpacked in one step each, per character)."""
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    bold: bool


_new_char = tuple.__new__       # _new_char(_Char, (...)): a _Char without the call of its __new__


@cache
def _char_functions() -> tuple:
    """pdfium's per-character text functions (unicode, generated, angle, weight, loose box), bound
    once without ctypes' argument types: ctypes then passes the arguments as they come (the text
    page's pointer, the index as a C int, a reference to the rectangle) instead of converting and
    checking each one, which halves the cost of a call; a page is read with four or five calls a
    character. Each keeps the return type of pypdfium2's binding."""
    import ctypes

    import pypdfium2.raw as raw

    def bare(fn):
        unchecked = type(fn)(ctypes.cast(fn, ctypes.c_void_p).value)   # same address, argtypes None
        unchecked.restype = fn.restype
        return unchecked

    return tuple(bare(fn) for fn in (raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated, raw.FPDFText_GetCharAngle,
                                     raw.FPDFText_GetFontWeight, raw.FPDFText_GetLooseCharBox))


def _page_chars(page, counted=None) -> list[_Char | None]:
    """The page's characters in the content stream's order; None for a space. ``counted`` is told
    the page's character count before any of them is read (the reading budget may refuse it).
    pdfium is asked through its raw functions, bound once (``_char_functions``), with one rectangle
    reused for every character's box (what ``PdfTextPage.get_charbox(loose=True)`` does with a new
    one each time)."""
    import ctypes

    import pypdfium2.raw as raw
    from pypdfium2 import PdfiumError

    textpage = page.get_textpage()
    try:
        chars: list[_Char | None] = []
        count = textpage.count_chars()
        if counted is not None:
            counted(count)
        handle = textpage.raw
        unicode, generated, angle, weight, loose_box = _char_functions()
        rect = raw.FS_RECTF()
        box = ctypes.byref(rect)
        append = chars.append
        high = 0        # pdfium gives UTF-16 code units: a character past U+FFFF comes as a pair
        for i in range(count):
            code = unicode(handle, i)
            if 0xD800 <= code < 0xDC00:
                high = code
                continue
            if 0xDC00 <= code < 0xE000:
                if not high:
                    continue        # a lone low surrogate is no character
                code, high = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00), 0
            if not code or code == 13 or code == 10:
                continue
            ch = chr(code)
            # pdfium generates spaces and line breaks (between words, at line ends): a letter or
            # digit is never one of them, so only the other characters are asked
            if ch != " " and not ch.isalnum() and generated(handle, i) == 1:
                continue
            if ch.isspace():
                append(None)
                continue
            if abs(angle(handle, i)) > 0.05:
                continue    # rotated text: photo credits and margin notes, not the page's reading
            # Loose boxes span the font's ascent and descent: one height for a whole line, whatever
            # the glyph; that height stands for the font size, which some PDFs report as 1 (scaled).
            if not loose_box(handle, i, box):
                raise PdfiumError("Failed to get charbox.")
            append(_new_char(_Char, (ch, rect.left, rect.bottom, rect.right, rect.top, weight(handle, i) >= 600)))
        return chars
    finally:
        textpage.close()


def _gutters(chars: list[_Char], width: float) -> list[float]:
    """x of the gutters between columns: narrow vertical bands that the lines of text around them
    leave empty (a title across the page may cross them). How often the text covers each point of
    the width is counted with a difference array (one +1 where a character begins, one -1 past its
    end, then a running sum): linear in the characters plus the width."""
    import numpy as np

    real = [c for c in chars if c is not None]
    if len(real) < 200 or width <= 0:
        return []
    x0 = np.fromiter((c.x0 for c in real), dtype=float, count=len(real))
    x1 = np.fromiter((c.x1 for c in real), dtype=float, count=len(real))
    size = int(max(width, float(x1.max()))) + 2          # text may overrun the page
    # each character covers the whole points int(x0) .. int(x1) (truncated), within the array
    lo = np.maximum(x0.astype(np.int64), 0)
    hi = np.minimum(x1.astype(np.int64) + 1, size)
    spans = hi > lo
    steps = np.bincount(lo[spans], minlength=size + 1) - np.bincount(hi[spans], minlength=size + 1)
    cover = np.cumsum(steps[:size])
    # A band is a gutter when the lines cover it less than a third as often as the text around.
    left = float(x0.min())
    right = float(x1.max())
    body = np.sort(cover[int(left):int(right) + 1])
    body = body[body > 0]
    typical = int(body[len(body) // 2]) if len(body) else 1
    xs = range(int(left) + 1, int(right))
    empties = (cover[np.arange(xs.start, xs.stop)] <= 0.3 * typical).tolist() if len(xs) else []
    cuts, start = [], None
    for x, empty in zip(xs, empties):
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= 4 and (start - left) > 0.2 * (right - left) and (right - x) > 0.2 * (right - left):
                cuts.append((start + x) / 2)
            start = None
    merged: list[float] = []
    for cut in cuts:                      # one gutter broken by a stray glyph: its middle
        if merged and cut - merged[-1] < 12:
            merged[-1] = (merged[-1] + cut) / 2
        else:
            merged.append(cut)
    return merged


def _page_segments(page, counted=None) -> tuple[list[Segment], list[float]]:
    chars = _page_chars(page, counted)
    gutters = _gutters(chars, page.get_width())
    segments: list[Segment] = []
    current: Segment | None = None
    last_x1 = last_mid = 0.0
    # once per character: the character unpacked once, and max(a, b) / min(a, b) written as the
    # comparisons they make (b if b > a else a: the same value, NaN included, without a call)
    for c in chars:
        if c is None:
            if current is not None and current.chars and current.chars[-1] != " ":
                current.chars.append(" ")
            continue
        ch, x0, y0, x1, y1, bold = c
        height = y1 - y0
        size = 1.0 if 1.0 > height else height
        mid = (y0 + y1) / 2
        same_line = current is not None and \
            abs(mid - (current.y0 + current.y1) / 2) < 0.4 * (current.size if current.size > size else size)
        gap = x0 - last_x1
        crosses = gap > 0.25 * size and bool(gutters) and any(last_mid <= g <= (x0 + x1) / 2 for g in gutters)
        if not same_line or gap > 1.2 * size or gap < -2.0 * size or crosses:
            current = Segment(x0, y0, x1, y1, size, bold)
            segments.append(current)
        else:
            if gap > 0.5 * size and current.chars and current.chars[-1] != " ":
                current.chars.append(" ")
            if x1 > current.x1:
                current.x1 = x1
            if y0 < current.y0:
                current.y0 = y0
            if y1 > current.y1:
                current.y1 = y1
            current.bold = current.bold and bold
        current.chars.append(ch)
        last_x1, last_mid = x1, (x0 + x1) / 2
    return [s for s in segments if s.text], gutters


# --------------------------------------------------------------------------- reading order
def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[float]:
    """Middles of the empty bands at least ``minimum`` wide between the covered intervals."""
    cuts, end = [], None
    for a, b in sorted(intervals):
        if end is not None and a - end >= minimum:
            cuts.append((end + a) / 2)
        end = b if end is None else max(end, b)
    return cuts


def _order(segments: list[Segment], line: float, gutters: list[float] = ()) -> list[list[Segment]]:
    """Regions in reading order, each a list of segments top to bottom."""
    if len(segments) <= 1:
        return [segments] if segments else []
    tables: list[float] = []        # gutters between the columns of a table: no cut there
    for g in gutters:
        left = [s for s in segments if s.x1 <= g + 1]
        right = [s for s in segments if s.x0 >= g - 1]
        if not left or not right:
            continue
        if _labels_beside(left, right):
            tables.append(g)
            continue
        # Columns on both sides of a gutter; what crosses it (a title across the page) separates
        # the parts of the page read one after the other, each column by column.
        rest = [h for h in gutters if h != g]
        regions: list[list[Segment]] = []
        band: list[Segment] = []
        for s in sorted(segments, key=lambda s: -s.y1):
            if s.x0 < g - 1 and s.x1 > g + 1:
                regions += _columns(band, g, line, rest)
                regions.append([s])
                band = []
            else:
                band.append(s)
        return regions + _columns(band, g, line, rest)
    # Columns: a vertical band of white crossing the whole region.
    xs = [x for x in _gaps([(s.x0, s.x1) for s in segments], 1.2 * line) if all(abs(x - g) > 12 for g in tables)]
    if xs:
        regions, rest = [], segments
        for cut in xs:
            left = [s for s in rest if s.x1 <= cut]
            rest = [s for s in rest if s.x1 > cut]
            regions.append(left)
        regions.append(rest)
        if all(len(r) for r in regions):
            return [part for r in regions for part in _order(r, line)]
    # Parts of the page: a horizontal band of white wider than a paragraph break.
    ys = _gaps([(-s.y1, -s.y0) for s in segments], 1.8 * line)
    if ys:
        regions, rest = [], segments
        for cut in ys:
            top = [s for s in rest if -s.y0 <= cut]
            rest = [s for s in rest if -s.y0 > cut]
            regions.append(top)
        regions.append(rest)
        if all(len(r) for r in regions) and len(regions) > 1:
            return [part for r in regions for part in _order(r, line)]
    return [sorted(segments, key=lambda s: (-round(s.y1 / (line * 0.5)), s.x0))]


def _labels_beside(left: list[Segment], right: list[Segment]) -> bool:
    """The two sides of a gutter are the columns of a table, not of text: one side is a column of
    short labels (the time and room of a timetable, a row heading), each on the row of an entry
    of the other side, and there are about as many labels as entries' lines. Such a table is read
    row by row, each label with its entry; a narrow sidebar beside a column of prose is not (few
    items for many lines, or lines that carry on the sentence of the line above)."""
    narrow, wide = (left, right) if statistics.median(s.x1 - s.x0 for s in left) <= \
        statistics.median(s.x1 - s.x0 for s in right) else (right, left)
    if len(narrow) < 4 or len(narrow) < 0.3 * len(wide):
        return False
    if statistics.median(s.x1 - s.x0 for s in narrow) > 0.5 * statistics.median(s.x1 - s.x0 for s in wide):
        return False
    if sum(s.text[:1].islower() for s in narrow) > 0.25 * len(narrow):
        return False        # lines that carry on the line above: a narrow column of prose
    mids = sorted((s.y0 + s.y1) / 2 for s in wide)
    aligned = 0
    for s in narrow:
        mid, tolerance = (s.y0 + s.y1) / 2, 0.5 * s.height
        k = bisect.bisect_left(mids, mid - tolerance)
        aligned += k < len(mids) and mids[k] <= mid + tolerance
    return aligned >= 0.7 * len(narrow)


def _columns(band: list[Segment], gutter: float, line: float, gutters: list[float]) -> list[list[Segment]]:
    left = [s for s in band if s.x1 <= gutter + 1]
    right = [s for s in band if s not in left]
    return _order(left, line, [g for g in gutters if g < gutter]) + _order(right, line, [g for g in gutters if g > gutter])


# --------------------------------------------------------------------------- blocks
def _same_row(a: Segment, b: Segment) -> bool:
    return abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < 0.5 * max(a.height, b.height)


def _blocks(region: list[Segment], body: float) -> list[tuple[str, list[Segment]]]:
    """(kind, lines) of a region: lines close together and of one size make a block."""
    rows: list[list[Segment]] = []
    for s in region:
        if rows and _same_row(rows[-1][-1], s):
            rows[-1].append(s)
        else:
            rows.append([s])
    lines = [_merge(r) for r in rows]
    blocks: list[list[Segment]] = []
    for ln in lines:
        if blocks:
            prev = blocks[-1][-1]
            gap = prev.y0 - ln.y1
            same_size = abs(prev.size - ln.size) <= 0.15 * max(prev.size, ln.size)
            if same_size and -0.5 * ln.height <= gap <= 0.7 * max(ln.height, prev.height) \
                    and prev.bold == ln.bold and not BULLET.match(ln.text):
                blocks[-1].append(ln)
                continue
            if len(blocks[-1]) == 1 and LONE_FIGURE.match(prev.text) and -0.5 * ln.height <= gap <= 1.2 * prev.height:
                blocks[-1].append(ln)     # a figure and its caption below it: one card
                continue
        blocks.append([ln])
    out = []
    for b in blocks:
        size = statistics.median(s.size for s in b)
        text = " ".join(s.text for s in b)
        heading = size >= 1.2 * body or (all(s.bold for s in b) and len(text) <= 90 and not text.endswith("."))
        kind = "list_item" if BULLET.match(b[0].text) else "heading" if heading and len(text) <= 160 else "paragraph"
        out.append((kind, b))
    return out


def _merge(row: list[Segment]) -> Segment:
    row = sorted(row, key=lambda s: s.x0)
    first = row[0]
    merged = Segment(first.x0, min(s.y0 for s in row), max(s.x1 for s in row), max(s.y1 for s in row),
                     max(s.size for s in row), all(s.bold for s in row), cells=len(row))
    for i, s in enumerate(row):
        if i:
            merged.chars.append(" ")
        merged.chars.extend(s.chars)
    return merged


def _join(lines: list[Segment]) -> tuple[str, list[int]]:
    """A block's text: lines that run to the block's right edge continue on the next line (one
    space, or nothing after a soft hyphen); shorter lines end theirs. With the offsets in that
    text where a line joined to the one before starts (``Block.breaks``)."""
    right = max(s.x1 for s in lines)
    left = min(s.x0 for s in lines)
    width = max(right - left, 1.0)
    out = ""
    joined: list[int] = []
    for i, s in enumerate(lines):
        text = s.text
        if i:
            prev = lines[i - 1]
            # a line of prose that runs to the edge continues on the next one when that one does
            # not open with a capital (a new sentence, name, option or label set flush); the row
            # of a table (cells side by side) ends where it ends
            full = ((prev.x1 - left) >= 0.85 * width and len(lines) > 1 and prev.cells == 1 == s.cells
                    and not text[:1].isupper() and len(prev.text.split()) >= 4)
            if out and out[-1] in SOFT_HYPHENS:
                # a word cut at the line's end goes on in lower case; a capital after a lower-case
                # letter and the hyphen opens the second part of a compound name, the hyphen its own
                # ("Colonel-" / "Coquet"; in capitals, "DÉVELOP-" / "PEMENT", the cut is a word's)
                out = out[:-1] + ("-" if text[:1].isupper() and out[-2:-1].islower() else "")
                joined.append(len(out))
            elif full or out.endswith("-"):
                out += "" if out.endswith("-") and text[:1].islower() else " "
                joined.append(len(out))
            else:
                out += "\n"
        out += text
    # the soft hyphens left inside the lines go, and the offsets after them move back
    if joined and ("\ufffe" in out or "\u00ad" in out):
        gone = [m.start() for m in re.finditer("[\ufffe\u00ad]", out)]
        joined = [o - bisect.bisect_left(gone, o) for o in joined]
    return out.replace("\ufffe", "").replace("\u00ad", ""), joined


def _running(pages: list[list[Segment]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, index) of the running headers and footers, and lone page numbers in the margins."""
    def key(s: Segment) -> str:
        return re.sub(r"\d+", "#", s.text.casefold())

    seen: Counter = Counter()
    marginal: list[tuple[int, int, str]] = []
    for p, (segments, height) in enumerate(zip(pages, heights)):
        keys = set()
        for i, s in enumerate(segments):
            if s.y0 >= height * (1 - MARGIN) or s.y1 <= height * MARGIN:
                marginal.append((p, i, key(s)))
                keys.add(key(s))
        seen.update(keys)
    threshold = max(2, len(pages) // 2 + 1)
    drop = set()
    for p, i, k in marginal:
        if (len(pages) >= 3 and seen[k] >= threshold) or PAGE_NUMBER.match(pages[p][i].text):
            drop.add((p, i))
    return drop


def read_pdf(pdf, budget=None) -> TextBuilder:
    """The blocks of an open ``pypdfium2.PdfDocument``, one page after the other. ``budget``
    (``pipelines/document/budget.py``) checks the page count first, then each page before pdfium
    parses it and once its character count is known, and raises to stop the reading there."""
    pages, heights, gutters = [], [], []
    if budget is not None:
        budget.check_pages(len(pdf))
    for index in range(len(pdf)):
        if budget is not None:
            budget.before_page(index)
        page = pdf[index]
        try:
            heights.append(page.get_height())
            counted = (lambda n, i=index: budget.after_page(i, n)) if budget is not None else None
            segments, cuts = _page_segments(page, counted)
            pages.append(segments)
            gutters.append(cuts)
        finally:
            page.close()
    drop = _running(pages, heights)
    sizes = [s.size for segments in pages for s in segments for _ in range(len(s.text))]
    body = statistics.median(sizes) if sizes else 10.0
    page_blocks, lines_of = [], []
    for p, segments in enumerate(pages):
        kept = [s for i, s in enumerate(segments) if (p, i) not in drop]
        line = statistics.median(s.height for s in kept) if kept else body
        page_blocks.append([b for region in _order(kept, line, gutters[p]) for b in _blocks(region, body)])
        lines_of.append(line)
    furniture = furniture_headings(page_blocks, lines_of)
    out = TextBuilder()
    for p, blocks in enumerate(page_blocks):
        if p:
            out.new_page()
        labels = list_labels(blocks)
        for n, (kind, lines) in enumerate(blocks):
            if (p, n) in furniture:
                kind = "paragraph"
            text, breaks = _join(lines)
            level = 1 if kind == "heading" and statistics.median(s.size for s in lines) >= 1.5 * body else 2
            if n in labels:
                kind, level = "heading", 2
            if kind == "heading":
                breaks = sorted(breaks + [m.end() for m in re.finditer("\n", text)])
                out.add(kind, text.replace("\n", " "), level=level, breaks=breaks)
            elif kind == "list_item":
                out.add(kind, text, marker=BULLET.match(text).group(0).strip(), breaks=breaks)
            else:
                out.add(kind, text, breaks=breaks)
    return out
