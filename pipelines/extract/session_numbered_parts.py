"""The numbered parts of an event report or programme as its sessions: "1. Une conférence
d'ouverture sur ...", then a paragraph; "2. Trois ateliers pour ...", then a paragraph: a report
that walks through the day part by part, each part a short numbered line heading its own prose."""

from __future__ import annotations

import re

from .programme_layout import ProgrammeText, _bulleted
from .programme_lines import parse_item
from .programme_timetable import is_break, item_type
from .programme_vocabulary import _f, _type_terms

_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\S)")
_PROSE_MIN_CHARS = 80       # the part's own text: a paragraph, not another short line


def _names_session(title: str) -> bool:
    """Does the title hold a session word of ``session_types`` (programme.yaml) as a word?"""
    f = _f(title)
    return any(re.search(rf"(?<![\w'-]){re.escape(term)}s?(?![\w-])", f) for term, _ in _type_terms())


def _part_title(layout: ProgrammeText, i: int) -> tuple[int, str] | None:
    """Line ``i`` as a numbered part: its number and title, when the title is short, capitalised,
    ends no sentence, names nobody, and the next line of text is a paragraph of prose."""
    line = layout.lines[i]
    m = _NUMBERED.match(line.text)
    if m is None:
        return None
    title = line.text[m.end():].strip()
    if not title[:1].isupper() or len(title) > 160 or title.endswith((".", ";", ",", ":")) \
            or parse_item(title, mixed_ok=True) is not None or is_break(title):
        return None
    k = layout.next_content(i + 1)
    if k is None:
        return None
    below = layout.lines[k]
    if _bulleted(below) or _NUMBERED.match(below.text) or len(below.body.strip()) < _PROSE_MIN_CHARS:
        return None
    return int(m.group(1)), title


def numbered_parts(layout: ProgrammeText) -> list[tuple[str, int, int, str]]:
    """Parts numbered 1, 2, 3... in order (two at least), each a numbered line above its own
    paragraph, half of them at least naming a kind of session ("une table ronde", "une
    conférence", "des ateliers"): the sessions of the report, with the type their words give.
    A report whose numbered parts name no session ("1. Le contexte", "2. Les enjeux") gives
    none. -> (title, start, end, type), in order."""
    parts: list[tuple[int, str, int]] = []        # (line index, title, title start)
    for i, line in enumerate(layout.lines):
        found = _part_title(layout, i)
        if found is None:
            continue
        number, title = found
        if number != len(parts) + 1:
            if number != 1:
                continue
            if len(parts) >= 2:
                break          # a second list numbered from 1: the first one is the report's parts
            parts = []
        parts.append((i, title, line.start + line.text.index(title)))
    if len(parts) < 2 or 2 * sum(1 for _, t, _ in parts if _names_session(t)) < len(parts):
        return []
    out = []
    for n, (i, title, start) in enumerate(parts):
        end = parts[n + 1][2] if n + 1 < len(parts) else layout.end_of(layout.lines[i])
        out.append((title, start, end, item_type(title)))
    return out
