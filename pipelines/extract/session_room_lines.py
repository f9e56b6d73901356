"""The cells of a timetable grid that name their room first, as a PDF grid reads row by row:
"14:00 Salle Azur  Atelier de cartographie", "Salle Ocre  Les haies du bocage". A word that opens
three lines at least, set apart from what follows by two spaces at least twice, is a room when
two such words (two rooms) are found in a timetable (four times alone or opening their line at
least); each line it opens is a session, titled by the rest of the line and the lines that go on
with it (a line right under it, or after one blank line a short one or one in lower case)."""

from __future__ import annotations

import re
from collections import Counter

from .programme_timetable import is_break, item_type
from .session_numbered_grid import CLOCK_LINE, LEADING_CLOCK, line_spans

_ROOM = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]+)(\s+)(?=\S)")
_MIN_LINES = 3
_MIN_APART = 2
_MIN_ROOMS = 2
_MIN_CLOCKS = 4
_MAX_LINES = 4
_SHORT_WORDS = 3


def _opening(body: str) -> re.Match | None:
    lead = LEADING_CLOCK.match(body)
    return _ROOM.match(body, lead.end() if lead else len(body) - len(body.lstrip()))


def room_cells(text: str) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each cell of such a grid (see the module), else []."""
    lines = text.split("\n")
    if sum(1 for b in lines if CLOCK_LINE.match(b) or LEADING_CLOCK.match(b)) < _MIN_CLOCKS:
        return []
    opens, apart = Counter(), Counter()
    for b in lines:
        if (m := _opening(b)) is not None:
            opens[m.group(1)] += 1
            apart[m.group(1)] += len(m.group(2)) >= 2
    rooms = {w for w, n in opens.items() if n >= _MIN_LINES and apart[w] >= _MIN_APART}
    if len(rooms) < _MIN_ROOMS:
        return []
    spans = line_spans(text)

    def stops(body: str) -> bool:
        m = _opening(body)
        letters = [c for c in body if c.isalpha()]
        return (m is not None and m.group(1) in rooms) or CLOCK_LINE.match(body) is not None \
            or LEADING_CLOCK.match(body) is not None or body.startswith("#") or is_break(body) \
            or (len(letters) > 2 and all(c.isupper() for c in letters))

    out = []
    for i, b in enumerate(lines):
        m = _opening(b)
        if m is None or m.group(1) not in rooms:
            continue
        parts, end, k, gap = [b[m.end():].strip()], spans[i][1], i + 1, False
        while k < len(lines) and len(parts) < _MAX_LINES:
            nxt = lines[k].strip()
            if not nxt:
                if gap:
                    break
                gap, k = True, k + 1
                continue
            if stops(nxt) or (gap and not (nxt[:1].islower() or len(nxt.split()) <= _SHORT_WORDS)):
                break
            parts.append(nxt)
            end, gap, k = spans[k][1], False, k + 1
        # the text layer may run the next row into the cell ("... des haies09:00 Salle Azur Ouverture"): cut at its time
        title = re.split(r"\d{1,2}:\d{2}", " ".join(" ".join(parts).split()), maxsplit=1)[0].strip()
        if title and re.search(r"[^\W\d_]{3}", title) and not is_break(title):
            out.append((title, spans[i][0] + m.start(), end, item_type(title)))
    return out
