"""The presenters a slide deck names on its title slide (its first page): the deck's speakers,
whether or not the deck belongs to a named event.

A deck's first page holds its title, maybe the event or a date, and who presents it, as a
line of its own: "Prénom Nom - Service - Organisation", "Prénom NOM, cheffe de projet", or the
names alone, in capitals, one per line ("CAMILLE ROCHE" over "JEAN DUPUIS"). A name alone in
capitals is a person only when its first word is a given name of the names lexicon; a line in
mixed case only when it reads as a name with its role or organisation, or holds names alone set
side by side with a wide gap ("Léa Brunel    Paul Drouet"), each opening with a listed given name.
A first page that is no title slide (a bulleted outline, a long page of text) names no presenter,
and a name cited in a later slide's body is never one."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .names import is_given_name, parse_name
from .per_document import per_document
from .programme_lines import parse_item
from .speaker_item import Item
from .session_deck import PART_BREAK, _dated, _labelled, _names_the_event


def _person_line(text: str) -> Item | None:
    """The person a title slide's line names, or None: the line without its dated parts ("Prénom
    Nom - Organisation - 12/04/2023"), read as a name alone in capitals, or as a name with its role
    or organisation."""
    parts = [p for p in re.split(PART_BREAK, text) if not _dated(p)]
    line = " - ".join(parts).strip()
    if not line or len(line.split()) > int(load("sessions")["deck_presenter_max_words"]):
        return None
    caps = parse_name(line, caps_ok=True)
    if caps is not None and line.isupper():
        return Item([caps], None, None, raw=line)
    item = parse_item(line, bare_ok=True, mixed_ok=True)
    if item is None or len(item.people) != 1:
        return None
    return item if item.role or item.organization else None


def _side_by_side(text: str) -> list[tuple[int, str]]:
    """Names set side by side on one line of a title slide, a wide gap between them ("Léa Brunel
    Paul Drouet" with two spaces or more): [(offset in the line, name)] when every part is a name
    alone whose first word is a given name of the names list, and there are two parts or more;
    else []."""
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", text)]
    if len(parts) < 2 or not re.search(r"\S {2,}\S", text):
        return []
    for _, part in parts:
        name = parse_name(part, allow_mixed=True)
        if name is None or name.full != part or not is_given_name(part.split()[0]):
            return []
    return parts


@per_document
def title_slide_presenters(doc: Document) -> list[Item]:
    """The people a deck's title slide names on lines of their own, as items with their offsets;
    [] when the document is no deck (fewer than ``deck_min_pages`` pages), or its first page is no
    title slide (more than ``deck_title_max_lines`` lines, or a bulleted line), or it names more
    than ``deck_max_presenters`` people."""
    lex = load("sessions")
    if doc.page_count < int(lex["deck_min_pages"]):
        return []
    start, page = doc.page_text(1)
    # each line's text without its blanks, and the offset of its first character in the document
    lines = [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
             for m in re.finditer(r"[^\n]+", page) if m.group(0).strip()]
    if not lines or len(lines) > int(lex["deck_title_max_lines"]):
        return []
    if any(re.match(r"[•▪●◦*\-–]\s", text) for _, text in lines):
        return []
    items = []
    for offset, text in lines:
        if _names_the_event(text) or _labelled(text):
            continue
        item = _person_line(text)
        if item is None:
            for part_offset, part in _side_by_side(text):
                found = parse_item(part, bare_ok=True, mixed_ok=True)
                if found is not None:
                    found.start, found.end = offset + part_offset, offset + part_offset + len(part)
                    items.append(found)
            continue
        item.start, item.end = offset, offset + len(text)
        items.append(item)
    if len(items) > int(lex["deck_max_presenters"]):
        return []
    return items
