"""Sessions of a programme page that writes each one in three lines: its time alone, its title, then
a line giving its kind and who offers or runs it ("10h/11h" / "Quels jardins pour demain ?" /
"Atelier proposé par l'association X"), however few they are."""

from __future__ import annotations

import re

from .programme_layout import ProgrammeText
from .programme_lines import parse_item
from .programme_timetable import is_break, item_type, slot_time
from .programme_vocabulary import _f, _type_terms

_BY_WORDS = 6          # the kind's words before "par": "Atelier proposé par", "Débat animé par"


def _kind_line(text: str) -> str | None:
    """The session type a line opens with, when a few words later it says by whom ("Atelier
    proposé par X", "Table ronde animée par Y"), else None."""
    f = _f(text.strip())
    if len(f) > 160:
        return None
    for term, _ in _type_terms():
        m = re.match(rf"{re.escape(term)}s?(?![\w-])", f)
        if m:
            head = f[m.end():].split()[:_BY_WORDS]
            return item_type(text) if "par" in head else None
    return None


def timed_titles_with_kind(layout: ProgrammeText) -> list[tuple[str, int, int, str]]:
    """Time alone / title / kind line ("Atelier proposé par X"): each a session, its type from the
    kind line. The title is capitalised, names nobody, holds no time and is no break.
    -> (title, start, end, type), in order."""
    out = []
    lines = layout.lines
    for i, line in enumerate(lines):
        t = slot_time().match(line.body)
        if t is None or line.body[t.end():].strip():
            continue
        k = layout.next_content(i + 1)
        m = layout.next_content(k + 1) if k is not None else None
        if m is None or k != i + 1 or m != k + 1:
            continue
        title = lines[k].body.strip()
        kind = _kind_line(lines[m].body)
        if kind is None or not title[:1].isupper() or len(title) > 200 or slot_time().match(title) \
                or parse_item(title, mixed_ok=True) is not None or is_break(title) or _kind_line(title):
            continue
        start = lines[k].body_start + len(lines[k].body) - len(lines[k].body.lstrip())
        out.append((title, start, layout.end_of(lines[m]), kind))
    return out
