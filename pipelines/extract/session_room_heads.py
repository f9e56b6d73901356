"""Sessions of a programme printed room by room: a line alone naming a room and its number or
letter ("SALLE 1", "Salon 2", "Amphi B"), the title of what is held there on the next line of
text, then its description and speakers. Two such lines at least, with one room word and
different labels, make the programme; each title is a session, running to the next room line."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ..lexicons import load
from .names import normalise
from .programme_layout import ProgrammeText
from .programme_lines import parse_item
from .programme_timetable import is_break, item_type
from .programme_vocabulary import _normalised_set
from .session_numbered_grid import CLOCK_LINE, LEADING_CLOCK

_ROOM_LINE = re.compile(r"^\s*(?P<word>[^\W\d_][\w'’-]*)\s+(?:n[°o]\s*)?(?P<label>\d{1,2}|[A-Za-z]|[IVX]{1,4})\s*:?\s*$")
_MIN_ROOMS = 2
_MAX_TITLE = 200


@cache
def _room_words() -> frozenset[str]:
    return _normalised_set("place_words") | frozenset(normalise(str(w)) for w in load("sessions")["room_words"])


def _title_below(layout: ProgrammeText, i: int) -> tuple[str, int] | None:
    """The title on the first line of text under room line ``i``: (title, its start), unless that
    line is a time, a break, another room, a person or longer than a title."""
    k = layout.next_content(i + 1)
    if k is None:
        return None
    line = layout.lines[k]
    title = line.text.strip()
    if not title[:1].isupper() or len(title) > _MAX_TITLE or _ROOM_LINE.match(title) \
            or CLOCK_LINE.match(title) or LEADING_CLOCK.match(title) or is_break(title) \
            or parse_item(title, mixed_ok=True) is not None:
        return None
    return title, line.start + line.text.index(title)


def room_headed_titles(layout: ProgrammeText) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each session held in a room the programme names on a line
    alone above it (see the module), in order; [] when fewer than two rooms of one word."""
    rooms: dict[str, list[tuple[int, str]]] = defaultdict(list)     # room word -> (line index, label)
    for i, line in enumerate(layout.lines):
        m = _ROOM_LINE.match(line.text)
        if m is not None and normalise(m.group("word")) in _room_words():
            rooms[normalise(m.group("word"))].append((i, m.group("label").upper()))
    heads = max(rooms.values(), key=len, default=[])
    if len({label for _, label in heads}) < _MIN_ROOMS:
        return []
    out = []
    for n, (i, _) in enumerate(heads):
        below = _title_below(layout, i)
        if below is None:
            continue
        title, start = below
        end = layout.lines[heads[n + 1][0]].start if n + 1 < len(heads) else len(layout.text)
        out.append((title, start, end, item_type(title)))
    return out if len(out) >= _MIN_ROOMS else []
