"""A document read as a programme: the session lines, speaker lists and labels it holds, in text
order (occurrences), for the sessions and people passes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest import Document
from .lines import Line, iter_lines
from .programme_lines import Header, Item, _HEADING_MAX_CHARS, _HEADING_MAX_LINES, _SEPARATOR, _f, _host_line, _host_match, _label_of, _line_header, _word_set, inline_items, parse_header, parse_item


# =========================================================================== occurrences
@dataclass
class Occurrence:
    """One place where a session is named: a programme entry (a session line and its list), a
    labelled list with the heading above it, or a bare mention (a running header)."""
    start: int
    end: int
    header: Header | None
    words: frozenset[str]
    title: str | None
    items: list[Item] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    rank: int = 0                 # as a detailed section: 3 labelled list, 2 document heading, 1 heading line, 0 not one
    level: int | None = None

    @property
    def entry(self) -> bool:
        return bool(self.items or self.hosts)

    @property
    def section(self) -> bool:
        return self.rank > 0

    def keys(self) -> set[str]:
        return {p.key for it in self.items for p in it.people}


_CONNECTIVE_END = re.compile(
    r"(?:\s[-–—&]|,|\b(?:de|des|du|d|et|à|a|la|le|les|l|en|au|aux|pour|sur|of|and|the))\s*$")


def _continues(prev: Item, raw: str) -> bool:
    """Is ``raw`` the rest of ``prev``'s role ("... en charge de la" / "culture - Ville X")?"""
    s = raw.strip()
    if not s or len(s) > 160:
        return False
    dangling = bool(_CONNECTIVE_END.search(_f(prev.raw.rstrip()))) or prev.raw.count("(") > prev.raw.count(")")
    if prev.organization and not dangling:
        return False
    starts_sep = s[0] in "-–—"
    lower = s[0].islower()
    if not lower and parse_item(s.lstrip("-–— "), mixed_ok=starts_sep) is not None:
        return False      # a new item ("- Omar VERT, chef de projet"), not the end of a role
    return dangling or starts_sep or lower or bool(_SEPARATOR.search(s))


def _bulleted(line: Line) -> bool:
    return bool(line.text[:line.body_start - line.start].strip())


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.lines = list(iter_lines(doc.text))
        self.line_starts = [line.start for line in self.lines]
        self.levels: dict[int, int] = {h.offset: h.level for h in doc.headings}
        self.page_starts = set(doc.page_starts)

    def heading_level(self, line: Line) -> int | None:
        return self.levels.get(line.start, self.levels.get(line.body_start))

    def end_of(self, line: Line) -> int:
        return line.start + len(line.text.rstrip())

    def speaker_label(self, i: int, rest: str) -> bool:
        """Does the label on line ``i`` introduce the speakers of one session? "Intervenants : A, B"
        does; a heading ("INTERVENANTS", "Programme :") does only when a person follows it, not
        session lines (then it heads the whole programme)."""
        if rest:
            return True
        nxt = self.next_content(i + 1)
        if nxt is None or _line_header(self.lines[nxt]):
            return False
        line = self.lines[nxt]
        bulleted = _bulleted(line)
        return parse_item(line.body.strip(), bare_ok=bulleted, mixed_ok=bulleted) is not None

    def next_content(self, i: int) -> int | None:
        for j in range(i, len(self.lines)):
            if self.lines[j].body.strip():
                return j
        return None

    # ------------------------------------------------------------------ lists
    def collect(self, j: int, first: list[Item] | None = None,
                absorb_labels: bool = False) -> tuple[list[Item], list[str], int | None, int, bool]:
        """The items (and host lines) of a list starting at line ``j``; under a session line, an
        "Intervenants :" / "Avec :" label and its list belong to the session too.
        -> (items, hosts, end offset, index of the line after the list, whether a label was read)."""
        items: list[Item] = list(first or [])
        hosts: list[str] = []
        end = None
        blank = 0
        started = bool(items)
        labelled = False
        last_bulleted = False
        while j < len(self.lines):
            line = self.lines[j]
            body = line.body.strip()
            if not body:
                blank += 1
                if blank > (1 if started else 2):
                    break
                j += 1
                continue
            if self.heading_level(line) is not None:
                break
            bulleted = _bulleted(line)
            found = _line_header(line)
            if found and not found[0].host_only:
                break
            rest = _label_of(body)
            if rest is not None and not self.speaker_label(j, rest):
                break
            if rest is not None:
                if not absorb_labels:
                    break
                start = line.start + len(line.text) - len(rest)
                rest, last = self.wrapped(j, rest)
                new = self.inline_items(rest, start) if rest else []
                items.extend(new)
                labelled, started, blank, end = True, bool(new), 0, self.end_of(self.lines[last])
                last_bulleted = False
                j = last + 1
                continue
            host = None
            if (not started or bulleted or not blank) and _host_match(_f(body)) \
                    and parse_item(body, bare_ok=bulleted, mixed_ok=bulleted) is None:
                host = _host_line(body)
            if host is not None:
                for it in host.people:
                    it.start, it.end = line.body_start, self.end_of(line)
                    items.append(it)
                if host.organization:
                    hosts.append(host.organization)
                started, blank, end, last_bulleted = True, 0, self.end_of(line), False
                j += 1
                continue
            # A line without a bullet right under a bulleted item, that is no item itself, is the
            # item's end wrapped by a PDF's text flow ("• A, directrice, Communauté de communes" /
            # "du Val"); so is a role cut after a connective word, even after a blank line.
            wrapped = (last_bulleted and not bulleted and not blank and items
                       and parse_item(body, bare_ok=True, mixed_ok=True) is None)
            if items and blank <= 1 and (wrapped or _continues(items[-1], line.text)):
                prev = items[-1]
                raw = prev.raw.rstrip() + " " + line.text.strip()
                item = parse_item(raw, bare_ok=True, mixed_ok=True)
                if item:
                    item.start, item.end = prev.start, self.end_of(line)
                    items[-1] = item
                    blank, end = 0, self.end_of(line)
                    j += 1
                    continue
            if blank and started and not bulleted:
                break
            item = parse_item(body, bare_ok=bulleted, mixed_ok=bulleted)
            if item is None:
                break
            last_bulleted = bulleted
            item.start, item.end = line.body_start, self.end_of(line)
            items.append(item)
            started, blank, end = True, 0, self.end_of(line)
            j += 1
        return items, hosts, end, j, labelled

    def wrapped(self, i: int, rest: str) -> tuple[str, int]:
        """An inline list ("Intervenants : A (X), B (Y) et C (Z)") that a PDF's text flow wrapped
        over the next lines: (the list as one line, index of its last line). A line continues the
        list when the list's line so far is long and does not end a sentence, and the next line is
        not blank, a bullet, a heading, a session line or a label."""
        last = i
        while last + 1 < len(self.lines):
            current, nxt = self.lines[last], self.lines[last + 1]
            body = nxt.body.strip()
            if (len(current.text.strip()) < 50 or current.text.rstrip().endswith((".", ":", "!", "?"))
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
        return parse_item(body) is None

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

    # ------------------------------------------------------------------ all occurrences
    def standalone(self, i: int) -> bool:
        """A line on its own: blank lines (or a page break) before and after it."""
        line = self.lines[i]
        before = i == 0 or not self.lines[i - 1].body.strip() or line.start in self.page_starts
        after = i + 1 >= len(self.lines) or not self.lines[i + 1].body.strip()
        return before and after

    def occurrences(self) -> list[Occurrence]:
        occs: list[Occurrence] = []
        consumed: set[int] = set()
        by_line: dict[int, Occurrence] = {}
        # Session lines, with their list (and any "Intervenants :" label under them).
        for i, line in enumerate(self.lines):
            if i in consumed:
                continue
            found = _line_header(line, heading=self.heading_level(line) is not None)
            if not found or found[0].host_only:
                continue
            header, start, timed = found
            first = list(header.people)
            if header.host:
                first.extend(header.host.people)
            for it in first:
                it.start, it.end = start, self.end_of(line)
            items, hosts, end, j, labelled = self.collect(i + 1, first, absorb_labels=True)
            if header.host and header.host.organization:
                hosts.insert(0, header.host.organization)
            level = self.heading_level(line)
            # A session's own section: its heading on its own (blank line or page break around it,
            # no time before it), then "Intervenants :"; a timetable entry is not one.
            before = i == 0 or not self.lines[i - 1].body.strip() or line.start in self.page_starts
            after = i + 1 >= len(self.lines) or not self.lines[i + 1].body.strip()
            if labelled and before and after and not timed:
                rank = 3
            elif level is not None:
                rank = 2
            elif not items and not hosts and self.standalone(i):
                rank = 1
            else:
                rank = 0
            occ = Occurrence(start, max(end or 0, self.end_of(line)), header, header.words, header.title,
                             items, hosts, rank, level)
            occs.append(occ)
            by_line[i] = occ
            consumed.update(range(i, j))
        # "Intervenants :" labels under a heading that is not a session line ("LA DONNÉE AU SERVICE DES HABITANTS"),
        # or under a session line cut over several lines ("PLÉNIÈRE" / "DU MATIN").
        for i, line in enumerate(self.lines):
            if i in consumed:
                continue
            body = line.body.strip()
            rest = _label_of(body)
            if rest is None:
                continue
            if not self.speaker_label(i, rest):
                continue
            block = self.heading_block(i)
            start = line.start + len(line.text) - len(rest)
            rest, last = self.wrapped(i, rest) if rest else (rest, i)
            inline = self.inline_items(rest, start) if rest else []
            items, hosts, end, _, _ = self.collect(last + 1, inline)
            if not items:
                continue
            for k in block:
                if k in by_line and not by_line[k].entry and by_line[k] in occs:
                    occs.remove(by_line[k])
            title = " ".join(" ".join(self.lines[k].body.split()) for k in block) or None
            header = parse_header(title, strict=False) if title else None
            start = line.body_start
            if block:
                found = _line_header(self.lines[block[0]])
                start = found[1] if found else self.lines[block[0]].body_start
            level = next((self.heading_level(self.lines[k]) for k in block if self.heading_level(self.lines[k])), None)
            occs.append(Occurrence(start, end or self.end_of(line), header,
                                   header.words if header else _word_set(title or ""),
                                   header.title if header else title, items, hosts, 3, level))
        return sorted(occs, key=lambda o: o.start)
