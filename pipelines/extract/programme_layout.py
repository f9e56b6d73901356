"""A document's lines as a programme reads them: headings, bullets, table cells, blank lines and
page breaks around a line, the heading lines above a label, a list wrapped by a PDF's text flow;
and the lines that announce a programme list ("Programme :")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Block, Document
from ..lexicons import load
from .lines import Line, document_lines
from .programme_lines import (_HEADING_MAX_CHARS, _HEADING_MAX_LINES, _host_match, _label_of, _line_header,
                              inline_items, lead_items, parse_item)
from .speaker_item import Item
from .programme_timetable import is_day
from .programme_vocabulary import _f, _folded_list, _lex


# A line that ends on a connective word or a dash: its text goes on on the next line.
_CONNECTIVE_END = re.compile(
    r"(?:\s[-–—&]|,|\b(?:de|des|du|d|et|à|a|la|le|les|l|en|au|aux|pour|sur|of|and|the))\s*$")


def _programme_intro(body: str) -> bool:
    """A line that announces a programme list: "Programme", "Programme :", "Au programme
    notamment :", "Au programme de ce webinaire :" (after the heading, qualifiers, days, the
    event's nouns and the words of ``programme_of_words`` in ``lexicons/sessions.yaml``), "Au
    programme du Forum X 2031 :" (any short name after "de", its colon closing it)."""
    f = _f(body.strip().lower()).rstrip(" :")
    f = re.sub(r"\s+(?:notamment|ci-dessous|detaille)$", "", f)
    # "Le programme de la journée se présente comme suit :": the words announcing the list
    f = next((f[:-len(t)].rstrip() for t in _announcing_tails() if f.endswith(" " + t)), f)
    if f in _folded_list("programme_headings"):
        return True
    # "Cette année, quatre temps forts sont au programme :": a sentence closing on the programme
    if re.search(r"(?<![\w'])(?:sont|est|seront|sera|etaient|etait)\s+au\s+programme$", f):
        return True
    # "Au programme du Forum des habitants 2031 :": the announcement, a colon closing it, of the programme
    # of the event it names, whatever its name's words
    if body.rstrip().endswith(":") and re.match(r"au programme (?:de |du |des |d')", f) and len(f.split()) <= 10:
        return True
    # "Programme prévisionnel", "Programme du jeudi 12 juin", "Programme de la matinée"
    for head in _folded_list("programme_headings"):
        if f.startswith(head + " "):
            rest = f[len(head):].replace("'", "' ").split()     # "de l'apres-midi": "l'" and "apres-midi"
            return 0 < len(rest) <= 6 and all(
                w in _folded_list("programme_qualifiers") or w.isdigit() or is_day(w) or w in _programme_of_words()
                for w in rest)
    return False


@cache
def _announcing_tails() -> tuple[str, ...]:
    """``programme_announcing_tails`` of ``lexicons/sessions.yaml``, folded, the longest first."""
    return tuple(sorted({_f(str(w).lower()) for w in load("sessions")["programme_announcing_tails"]}, key=len, reverse=True))


@cache
def _programme_of_words() -> frozenset[str]:
    words = [str(w) for w in load("sessions")["programme_of_words"]] + [str(w) for w in _lex()["event_nouns"]]
    return frozenset(_f(w.lower()) for w in words)


@dataclass(frozen=True)
class LayoutLine(Line):
    """A line of the document with the block the reader found it in: ``block`` (None for a line
    no block holds: a blank line, a rule) and ``first``, whether the block starts on this line
    (a block of several lines: a list item, paragraph or PDF paragraph the text flow wrapped)."""

    block: Block | None = None
    first: bool = True


def _block_of(line: Line) -> Block | None:
    return getattr(line, "block", None)


def _cells(line: Line) -> list[tuple[int, str]]:
    """The non-empty cells of a table row, with their offsets in the document's text; [] for a
    line that is no table row. A table_row block gives its cells; another block (a list item, a
    heading) is no row. A paragraph, and a line no block holds, is split on the separators its
    author typed ("Titre\tA, maire", "| Titre | A |"): a web page or PDF paragraph laid out as a
    table holds rows the reader could not tell from prose."""
    block = _block_of(line)
    if block is not None and block.kind == "table_row":
        cells, pos = [], block.start
        for cell in block.cells:
            if cell.strip():
                cells.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
            pos += len(cell) + 1
        return cells if len(cells) >= 2 else []
    if block is not None and block.kind != "paragraph":
        return []
    raw = line.body
    body = raw.strip()
    separator = "|" if "|" in body else "\t" if "\t" in body else None
    if separator is None:
        return []
    cells, pos = [], line.body_start + len(raw) - len(raw.lstrip())
    for cell in body.split(separator):
        if cell.strip():
            cells.append((pos + len(cell) - len(cell.lstrip()), cell.strip()))
        pos += len(cell) + 1
    return cells if len(cells) >= 2 else []


def _header_row(row: list[tuple[int, str]]) -> bool:
    """The header row of a table ("Horaire | Séquence | Intervenants"): short cells, no digit,
    none naming a person."""
    return all(len(c.split()) <= 3 and not re.search(r"\d", c) and parse_item(c, bare_ok=True, mixed_ok=True) is None
               for _, c in row)


def _bulleted(line: Line) -> bool:
    """Does the line open a list item? The first line of a list_item block does; a line of another
    block (a heading, a table row, a list item's second line) does not. A paragraph's lines, and
    a line no block holds, open one when they start with a marker as typed ("- ", "• ", "1. "):
    a web page or PDF paragraph whose author typed the bullets holds a list the reader could not
    tell from prose."""
    block = _block_of(line)
    if block is None or block.kind == "paragraph":
        return bool(line.text[:line.body_start - line.start].strip())
    return block.kind == "list_item" and line.first


def continues_item(line: Line) -> bool:
    """Is the line a next line of a list item (its list_item block holds a line break)?"""
    block = _block_of(line)
    return block is not None and block.kind == "list_item" and not getattr(line, "first", True)


def list_after(lines: list[Line], start: int, heading_level, belongs) -> tuple[list[int], int]:
    """The lines of a list that starts at ``start``: those ``belongs`` accepts, one blank line between
    two allowed; it stops at a second blank line, a heading or a line that does not belong.
    -> (the indices of its lines, the index where it stopped)."""
    found: list[int] = []
    j, blank = start, 0
    while j < len(lines):
        line = lines[j]
        if not line.body.strip():
            blank += 1
            if blank > 1:
                break
            j += 1
            continue
        if not belongs(line) or heading_level(line) is not None:
            break
        blank = 0
        found.append(j)
        j += 1
    return found, j


def session_item_title(text: str, time_prefix: re.Pattern, lower_ok: bool = False) -> tuple[str, re.Match | None] | None:
    """The session an item of a programme list names (its time taken off) with that time, or None:
    an item that names people only, starts in lower case without a time (a quotation mark before
    a capital is fine; unless ``lower_ok``: the list is announced as sessions), trails off ("…") or is a practical line ("Accès : ...")."""
    t = time_prefix.match(text)
    title = (text[t.end():] if t else text).strip(" ;,.")
    label = re.match(r"([^:]{1,30}?)\s*:\s", title)
    if (title and (t or lower_ok or title.lstrip("«\"“ ")[:1].isupper()) and parse_item(title, mixed_ok=True) is None
            and not title.startswith(("…", "..."))
            and not (label and _f(label.group(1).lower()) in _folded_list("practical_labels"))):
        return title, t
    return None


# A time of day inside a line, before the title of the slot it opens or before a second time
# ("... du site. 19h 19h Repas", "... du forum 15h Conférence de X"): a timetable the text layer
# ran into one paragraph.
_INNER_SLOT = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][.,;:!?»)] )|(?<=\d[hH] ))(?:[01]?\d|2[0-3])[hH](?:[0-5]\d)?(?= (?:[A-ZÀ-ÞŒÆ]|\d{1,2}[hH]))")
_LEADING_TIME = re.compile(r"\s*(?:[01]?\d|2[0-3])[hH](?:[0-5]\d)?\s")


def _slots_run_together(lines: list[LayoutLine]) -> list[LayoutLine]:
    """A line holding a timetable's slots one after the other ("9h Café 9h30 Mot du maire X
    10h20 Conférence ...", a day's date before the first) is cut before each slot's time: each
    slot a line of its own, at the same offsets in the text. Only a line with three times at
    least (the day's date or a time opening it counts as one), or a long line opened by either."""
    out = []
    for line in lines:
        cuts = [m.start() for m in _INNER_SLOT.finditer(line.text)]
        opens = bool(_LEADING_TIME.match(line.text))
        dated = bool(cuts) and is_day(line.text[:cuts[0]].strip())     # "mardi 4 mai 9h Accueil ..."
        if len(cuts) + (opens or dated) < 3 and not ((opens or dated) and cuts and len(line.text) > 120):
            out.append(line)
            continue
        bounds = [0] + cuts + [len(line.text)]
        for a, b in zip(bounds, bounds[1:]):
            piece = line.text[a:b].rstrip()
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                start = line.start + a
                out.append(LayoutLine(piece, start, (line.body_start if a == 0 else start + lead), line.block,
                                      line.first and a == 0))
    return out


def _separator_only(body: str) -> bool:
    """A line holding only a table's cell separators ("|"): an empty cell of a table exported
    to text cell by cell (the time on one line, "|", the activity on the next), no content."""
    return not body.replace("|", "").strip()


class ProgrammeText:
    """The lines of one document, with the layout questions the programme passes ask of them."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lines = _slots_run_together(_layout_lines(doc))
        self.line_starts = [line.start for line in self.lines]
        self.page_starts = set(doc.page_starts)
        self.block_index = {id(b): n for n, b in enumerate(doc.blocks)}

    def heading_level(self, line: Line) -> int | None:
        """The level of the heading the line opens: a heading block's; None for a line of any
        other block or of none."""
        block = _block_of(line)
        return block.level if block is not None and block.kind == "heading" and getattr(line, "first", True) else None

    def _tight(self, a: Block, b: Block) -> bool:
        """Are two blocks one after the other in one list or one table (items or rows of one
        kind, on one page)?"""
        return a.kind == b.kind and a.kind in ("list_item", "table_row") and a.page == b.page

    def opens(self, i: int) -> bool:
        """Does line ``i`` open a paragraph: the first line of its block, after a block that is no
        item or row of the same list or table? A line no block holds (or one after a blank line
        the reader kept inside a block): a blank line or a page break before it."""
        line = self.lines[i]
        blank = i == 0 or not self.lines[i - 1].body.strip() or line.start in self.page_starts
        block = _block_of(line)
        if block is None or blank:
            return blank
        n = self.block_index.get(id(block), 0)
        return line.first and (n == 0 or not self._tight(self.doc.blocks[n - 1], block))

    def closes(self, i: int) -> bool:
        """Does line ``i`` close a paragraph: its block ends on it, before a block that is no item
        or row of the same list or table? A line no block holds: a blank line after it."""
        line = self.lines[i]
        blank = i + 1 >= len(self.lines) or not self.lines[i + 1].body.strip()
        block = _block_of(line)
        if block is None or blank:
            return blank
        n = self.block_index.get(id(block), 0)
        following = self.doc.blocks[n + 1] if n + 1 < len(self.doc.blocks) else None
        if block.end > self.end_of(line) or (following is not None and following.start < line.end):
            return False      # the block goes on below, or the next one starts on this line (after a page break)
        return following is None or not self._tight(block, following)

    def same_item(self, i: int, k: int) -> bool:
        """Is line ``k`` a line of the list item that line ``i`` opens (a list_item block over
        several lines: a line break the author put inside the item)?"""
        return 0 <= i < k < len(self.lines) and continues_item(self.lines[k]) \
            and _block_of(self.lines[k]) is _block_of(self.lines[i])

    def end_of(self, line: Line) -> int:
        return line.start + len(line.text.rstrip())

    def next_content(self, i: int) -> int | None:
        for j in range(i, len(self.lines)):
            if self.lines[j].body.strip() and not _separator_only(self.lines[j].body):
                return j
        return None

    def previous_content(self, i: int) -> int | None:
        for j in range(i, max(-1, i - 3), -1):
            if self.lines[j].body.strip() and not _separator_only(self.lines[j].body):
                return j
        return None

    def wrapped(self, i: int, rest: str) -> tuple[str, int]:
        """An inline list ("Intervenants : A (X), B (Y) et C (Z)") that a PDF's text flow wrapped
        over the next lines: (the list as one line, index of its last line). A line continues the
        list when the list's line so far is long and does not end a sentence, and the next line is
        not blank, a bullet, a heading, a session line or a label."""
        last = i
        while last + 1 < len(self.lines):
            current, nxt = self.lines[last], self.lines[last + 1]
            body = nxt.body.strip()
            # in a document read in blocks, the list goes on within its block only (a PDF
            # paragraph, a list item over several lines); the tests below tell, within it, a
            # wrapped line from one the author broke
            other_block = current.block is not None and (nxt.block is not current.block or nxt.first)
            if (len(current.text.strip()) < 50 or other_block or current.text.rstrip().endswith((".", ":", "!", "?"))
                    or not body or _bulleted(nxt) or self.heading_level(nxt) is not None
                    or _line_header(nxt) or _label_of(body) is not None or nxt.start in self.page_starts):
                break
            rest = rest + " " + nxt.text.strip() if rest else rest
            last += 1
        return rest, last

    def inline_items(self, text: str, start: int) -> list[Item]:
        items = inline_items(text)
        for it in items:
            it.start, it.end = start, start + len(text)
        return items

    # ------------------------------------------------------------------ headings above a label
    def _heading_like(self, line: Line) -> bool:
        """A line that may head what follows it: a heading block's, or a paragraph's (or a line no
        block holds), that reads as a heading, short and capitalised, no sentence nor
        person: authors set headings as short paragraphs of their own, which the reader cannot
        tell from prose, and a heading block that is a sentence, a label ("Intervenants :") or
        a person heads no session either (letting every heading block through added a wrong
        session on the dev documents). A list item, a table row, a quote or a caption does not."""
        block = _block_of(line)
        if block is not None and block.kind not in ("heading", "paragraph"):
            return False
        body = line.body.strip()
        if not body or len(body) > _HEADING_MAX_CHARS or len(body.split()) > 14 or _bulleted(line):
            return False
        if _host_match(_f(body)):
            return False
        if _line_header(line):
            return True
        if not (body[0].isupper() or body[0] in "«\"“") or re.fullmatch(r"[\d\W]+", body):
            return False
        if body.endswith((".", ",", ";", "!")) or ":" in body:
            return False
        return parse_item(body) is None and not lead_items(body)

    def heading_block(self, i: int) -> list[int]:
        """Indices of the heading lines just above line ``i`` (at most three, back to the top of
        the page or a document heading); from the last session line among them, if any."""
        block: list[int] = []
        k = i - 1
        limit = self.lines[i].start - 400
        while k >= 0 and len(block) < _HEADING_MAX_LINES and self.lines[k].start >= limit:
            line = self.lines[k]
            if not line.body.strip():
                k -= 1
                continue
            if not self._heading_like(line):
                break
            block.insert(0, k)
            if line.start in self.page_starts or self.heading_level(line) is not None:
                break
            k -= 1
        for n, idx in enumerate(reversed(block)):
            if _line_header(self.lines[idx]):
                return block[len(block) - 1 - n:]
        return block

    def standalone(self, i: int) -> bool:
        """A line on its own: a block of one line, no item of a list or row of a table around it
        (a line no block holds: blank lines or a page break before and after it)."""
        return self.opens(i) and self.closes(i)


def _layout_lines(doc: Document) -> list[LayoutLine]:
    """The document's lines, each with the block that holds its text (the block at its first
    character after indentation and marker). A line's body starts after the marker typed before
    it (``lines.LIST_MARKER``); a bullet only the PDF reader knows ("●", "→") stays in the body
    (taking it off gave nothing on the dev documents and lowered the precision of sessions on
    the held-out ones)."""
    blocks = doc.blocks
    out: list[LayoutLine] = []
    n = 0
    for line in document_lines(doc):
        while n < len(blocks) and blocks[n].end <= line.body_start:
            n += 1
        block = blocks[n] if n < len(blocks) and blocks[n].start <= line.body_start < blocks[n].end else None
        if block is None and n < len(blocks) and line.start <= blocks[n].start < line.end and line.body.strip():
            block = blocks[n]      # the marker read off as indentation: the block starts after it
        if block is None:
            out.append(LayoutLine(line.text, line.start, line.body_start))
            continue
        out.append(LayoutLine(line.text, line.start, line.body_start, block, line.start <= block.start < line.end))
    return out


def bulleted_item_lines(reader: "ProgrammeText") -> list[list[Line]]:
    """The lines of each bulleted item: its bulleted line, then the lines it wraps onto."""
    lines, out = reader.lines, []
    for n, line in enumerate(lines):
        if not _bulleted(line):
            continue
        k = n + 1
        while k < len(lines) and lines[k].body.strip() and not _bulleted(lines[k]) and reader.same_item(n, k):
            k += 1
        out.append(lines[n:k])
    return out


def bulleted_items(reader: "ProgrammeText") -> list[tuple[str, int, int]]:
    """(text, start, end) of each bulleted line with the lines its item wraps onto."""
    return [(" ".join(ln.body.strip() for ln in item), item[0].body_start, reader.end_of(item[-1]))
            for item in bulleted_item_lines(reader)]
