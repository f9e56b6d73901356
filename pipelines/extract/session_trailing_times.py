"""A session line that puts its time last, after a bar or a dash, as web pages and social posts
write their headings: "Ouverture des rencontres | 9h30", "#Bocage2030 : la table ronde - 14h".
The text before the time is the session; the line is short, ends no sentence, and is no break
("Accueil café | 8h30")."""

from __future__ import annotations

import re

from .names import parse_name
from .programme_reader import _Reader
from .programme_timetable import is_break, item_type, slot_of

_TRAILING = re.compile(r"^(?P<title>.+?)\s+[|–—-]\s*\d{1,2}\s*[hH]\s*(?:\d{2})?\s*$")
_TITLE_MAX_WORDS = 15


def trailing_time_lines(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each such line (see the module)."""
    out = []
    for line in reader.lines:
        body = " ".join(line.body.split())
        m = _TRAILING.match(body)
        if m is None:
            continue
        title = m.group("title").strip(" :")
        if not (title[:1].isupper() or title[:1] == "#") or len(title.split()) > _TITLE_MAX_WORDS \
                or title.endswith((".", ",", ";")) or re.search(r"\d\s*[hH]\s*\d{0,2}(?!\w)", title) \
                or slot_of(title) or is_break(title.lstrip("#")) or parse_name(title, allow_mixed=True):
            continue
        out.append((title, line.body_start, reader.end_of(line), item_type(title)))
    return out
