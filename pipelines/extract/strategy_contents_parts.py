"""The parts of a strategy a table of contents gives: the parts it numbers ("I. Se loger ..... 4",
"II. Se déplacer ..... 9"), the titles listed without a page under its entry of axes ("Les
orientations ..... p. 12"), and its labelled axes when the table was run into one line ("... p.10
Axe 1 – Relier les quartiers p.11 ... Axe 2 – Former les agents p.34 ..."). Read only in a document
that names a strategy and shows no other axes (strategy.py)."""

from __future__ import annotations

import re

from ..document import Document
from .lines import iter_lines
from .strategy_sections import _TOC_LEADER, _section_number
from .strategy_text import Axis, _axis_words, _lex, _norm, _section_label


# An entry of a table of contents numbered as a part: "II. Se déplacer autrement ........ 14",
# "3 - Habiter ... 21" (a number alone, Roman or in digits, then its title, dot leaders and a page).
_CONTENTS_PART = re.compile(r"[ \t]*([IVX]{1,4}|\d{1,2})[ \t]*(?:[.)]|[ \t][–—-])[ \t]+(\S.*)$")


def _contents_parts(doc: Document) -> list[Axis]:
    """The parts a table of contents numbers ("I. Se loger ..... 4", "II. Se déplacer ..... 9"):
    entries closed by dot leaders and a page number, each opening with a bare number, Roman or in
    digits, running 1, 2, 3... once (sub-entries "1.2" or unnumbered ones between them), at least
    ``loose_sections_min`` of them. A table of contents whose parts are those of any report
    ("Introduction", "Diagnostic", "Annexes": ``document_part_words``) numbers no axes. Read only
    in a document that names a strategy and shows no other axes."""
    parts = {"roman": [], "digits": []}
    for line in iter_lines(doc.text):
        if not _TOC_LEADER.search(line.text) or not re.search(r"(?:\.{3,}|…|_{3,})", line.text):
            continue
        m = _CONTENTS_PART.match(line.text)
        if not m:
            continue
        kind = "digits" if m.group(1).isdigit() else "roman"
        number = _section_number(m.group(1))
        title = _TOC_LEADER.sub("", m.group(2)).strip().rstrip(" ;,.:")
        if number is None or not title:
            continue
        start = line.start + m.start(2)
        parts[kind].append((number, Axis(" ".join(title.split()), start, start + len(title), True)))
    document_parts = re.compile(r"(?:%s)(?![a-z])" % "|".join(
        sorted({re.escape(_norm(w)) for w in _lex().get("document_part_words", [])}, key=len, reverse=True) or ["(?!)"]))
    for found in parts.values():
        if len(found) < int(_lex().get("loose_sections_min", 3)):
            continue
        if [n for n, _ in found] != list(range(1, len(found) + 1)):
            continue
        if any(document_parts.match(_norm(axis.text).lower()) for _, axis in found):
            continue
        if any(len(axis.text.split()) > int(_lex().get("section_title_max_words", 20)) for _, axis in found):
            continue
        return [axis for _, axis in found]
    return []


# A table of contents' leader and page, the page written "p. 12" maybe ("Les axes ......... p. 12").
_PAGED_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,})[\s.…_]*(?:p\.?\s*)?\d{1,3}\s*$")


def _contents_axis_entries(doc: Document) -> list[Axis]:
    """A table of contents' entry naming the axes ("Les orientations stratégiques ........ p. 12")
    over lines without leader nor page, each one title ("Relier les quartiers", "Former les
    agents"), up to the next entry with its page: those titles, two at least. Read only in a
    document that names a strategy and shows no other axes."""
    lines = list(iter_lines(doc.text))
    words = _axis_words("structure_words")
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])}, key=len, reverse=True))
    entry = re.compile(rf"(?:(?:les|nos|ses|leurs)\s+)?(?:{words})(?:\s+(?:{qualifiers}))?$")
    max_words = int(_lex().get("section_title_max_words", 20))
    for i, line in enumerate(lines):
        leader = _PAGED_LEADER.search(line.text)
        if leader is None or not entry.fullmatch(_norm(line.text[:leader.start()]).strip().lower()):
            continue
        items = []
        for nxt in lines[i + 1:]:
            body = nxt.text.strip()
            if not body or _PAGED_LEADER.search(nxt.text) or len(body.split()) > max_words \
                    or re.search(r"[.!?;:]$", body):
                break
            start = nxt.start + len(nxt.text) - len(nxt.text.lstrip())
            items.append(Axis(" ".join(body.split()), start, start + len(body), True))
        # the run must end at the next entry of the table of contents, not in running text
        end = i + 1 + len(items)
        if len(items) >= 2 and end < len(lines) and _PAGED_LEADER.search(lines[end].text):
            return items
    return []


# A page number alone on its line, under the entry it belongs to: a table of contents whose
# right-aligned page numbers the PDF's text layer set on lines of their own ("p.6", "p. 12", "page 4").
_PAGE_ALONE = re.compile(r"[ \t]*(?:p\.?|pages?)[ \t]*\d{1,3}[ \t]*$", re.I)
# A numbered entry: "1. Relier les quartiers", "2 - Former les agents".
_NUMBERED_ENTRY = re.compile(r"[ \t]*(\d{1,2})[ \t]*(?:[.)]|[ \t][–—-])[ \t]+(\S.*)$")


def _contents_numbered_under_entry(doc: Document) -> list[Axis]:
    """A table of contents whose page numbers stand alone on the line under each entry: the
    entries numbered 1, 2, 3... right after an unnumbered entry naming the strategy's parts ("Les
    orientations du programme" / "p.6" / "1. Relier les quartiers" / "p.6" / "2. Former ..."), two at
    least; the run stops at the first entry that does not go on with the numbers. Read only in a
    document that names a strategy and shows no other axes."""
    lines = [ln for ln in iter_lines(doc.text) if ln.text.strip()]
    entries = [ln for ln, nxt in zip(lines, lines[1:]) if _PAGE_ALONE.fullmatch(nxt.text)
               and not _PAGE_ALONE.fullmatch(ln.text)]
    words = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])")
    max_words = int(_lex().get("section_title_max_words", 20))
    for n, entry in enumerate(entries):
        if _NUMBERED_ENTRY.match(entry.text) or not words.search(_norm(entry.text).lower()):
            continue
        run = []
        for nxt in entries[n + 1:]:
            m = _NUMBERED_ENTRY.match(nxt.text)
            if m is None or int(m.group(1)) != len(run) + 1 or len(m.group(2).split()) > max_words:
                break
            title = m.group(2).strip().rstrip(" ;,.:")
            start = nxt.start + m.start(2)
            run.append(Axis(" ".join(title.split()), start, start + len(title), True))
        if len(run) >= 2:
            return run
    return []


# A labelled axis of a table of contents run into one line, up to its page: "Axe 2 – Former les agents p.34"
_PAGE_AFTER = re.compile(r"\s+p\.?\s*\d{1,3}(?!\d)")


def _contents_inline_axes(doc: Document) -> list[Axis]:
    """The labelled axes of a table of contents run into one line ("Préambule p.3 ... Axe 1 –
    Relier les quartiers p.11 Développer ... p.14 Axe 2 – Former les agents p.34 ..."): each
    label and number (``_section_label``), its title up to its page ("p.34"), the labels
    numbered 1, 2, 3... in that order, two at least, on one line. Read only in a document that
    names a strategy and shows no other axes."""
    max_words = int(_lex().get("section_title_max_words", 20))
    for line in iter_lines(doc.text):
        folded = _norm(line.text)
        axes, start = [], 0
        for page in _PAGE_AFTER.finditer(folded):
            # the entry ending at this page (the text after the previous page), when a label opens it
            entry = folded[start:page.start()]
            label = _section_label().match(entry)
            number = re.search(r"(\d{1,2}|[ivx]{1,4})\s*[:.–—-]\s*$", entry[:label.end()]) if label else None
            title = line.text[start + label.end():page.start()].strip() if label else ""
            if number and _section_number(number.group(1)) == len(axes) + 1 and title \
                    and len(title.split()) <= max_words:
                axes.append(Axis(" ".join(title.split()), line.start + start + label.end(), line.start + page.start(), True))
            start = page.end()
        if len(axes) >= 2:
            return axes
    return []


def _contents_labelled_lines(doc: Document) -> list[Axis]:
    """The entries of a table of contents that label the axes on lines of their own, each closed
    by its page after a wide blank or "p." ("Axe N° 1 Relier les quartiers  52", "Orientation 2 :
    Former les agents   p. 34"), numbered 1, 2, 3... in order, two at least. Read only in a
    document that names a strategy and shows no other axes."""
    entry = re.compile(rf"(?:^|.*?\s)(?:{_axis_words('structure_words')})\s*(?:n°\s*)?(\d{{1,2}})\s*[:.–—-]?\s+"
                       r"(\S.*?)(?:\s{2,}|\s+p\.?\s*)\d{1,3}\s*$")
    max_words = int(_lex().get("section_title_max_words", 20))
    axes: list[Axis] = []
    for line in iter_lines(doc.text):
        m = entry.match(_norm(line.text).lower())
        if m is None or int(m.group(1)) != len(axes) + 1 or len(m.group(2).split()) > max_words:
            continue
        title = line.text[m.start(2):m.end(2)]
        axes.append(Axis(" ".join(title.split()), line.start + m.start(2), line.start + m.end(2), True))
    return axes if len(axes) >= 2 else []
