"""An agenda whose lines each open with a weekday and its date, then a dash or a colon and the
moment's title, as a médiathèque's or a town's page lists a week of activities ("• SAMEDI 12
MARS - NUIT DU CONTE", "Mercredi 16 mars : Atelier de reliure"): each such line is a session,
titled by its words after the separator. Three such lines at least; a title that is a break, a
day or a time ("Vendredi 18 mars - 14h") is no session."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold
from .event_dates import weekday_date_pattern
from .lines import iter_lines
from .programme_timetable import is_break, is_day, item_type, slot_time

_MIN_LINES = 3
_MAX_WORDS = 20


@cache
def _dated_line() -> re.Pattern:
    """A line's weekday, date and month (after its list marker), then a dash or a colon."""
    return re.compile(rf"{weekday_date_pattern(month_required=True)}[ \t]*[-–—:][ \t]+(?=\S)")


def dated_lines(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each dated line of such an agenda; [] when fewer than three."""
    out = []
    for line in iter_lines(doc.text):
        m = _dated_line().match(fold(line.body).lower())
        if m is not None:
            title = line.body[m.end():].strip(" .;")
            if (re.search(r"[^\W\d_]{3}", title) and len(title.split()) <= _MAX_WORDS and not is_break(title)
                    and not is_day(title) and not slot_time().match(title)):
                out.append((title, line.body_start + m.end(), line.end, item_type(title)))
    return out if len(out) >= _MIN_LINES else []
