"""An agenda whose lines each open with a weekday and its date, then a dash or a colon and the
moment's title, as a médiathèque's or a town's page lists a week of activities ("• SAMEDI 12
MARS - NUIT DU CONTE", "Mercredi 16 mars : Atelier de reliure"): each such line is a session,
titled by its words after the separator. Three such lines at least; a title that is a break, a
day or a time ("Vendredi 18 mars - 14h") is no session."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, load
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


# ---------------------------------------------------------------------------------------------
# An agenda whose dates stand alone on their line, a time or a place in brackets maybe, with the
# moment's title on the next line ("* Samedi 23 octobre à 18h30 (salle X)" / "Titre du débat"):
# each such pair is a session, titled by that next line, less a part of the day before a dash
# ("Matin – Titre", the day parts of sessions.yaml). Two such pairs at least; a next line that is
# a time, a break, a day or another date is no title.

_MIN_HEADS = 2


@cache
def _day_part() -> re.Pattern:
    parts = "|".join(re.escape(str(p)) for p in sorted(load("sessions").get("dated_head_day_parts") or [], key=len, reverse=True))
    return re.compile(rf"^(?:{parts})\s*[-–—:]\s+(?=\S)", re.I) if parts else re.compile(r"(?!)")


def _is_date_alone(body: str) -> bool:
    """A line that is a weekday and its date, a time or a bracketed place after it maybe."""
    text = body.strip(" \t*_#>•·-–—")
    m = re.compile(weekday_date_pattern(month_required=True)).match(fold(text).lower())
    if m is None:
        return False
    rest = re.sub(r"\([^)]*\)", " ", text[m.end():]).strip(" \t*_,.;:-–—")
    if not rest:
        return True
    t = slot_time().match(rest)
    return t is not None and not rest[t.end():].strip(" \t*_,.;:-–—")


def dated_heads(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of the line under each date alone on its line; [] when fewer than two."""
    out = []
    lines = [line for line in iter_lines(doc.text) if line.body.strip()]
    for line, nxt in zip(lines, lines[1:]):
        if not _is_date_alone(line.body) or _is_date_alone(nxt.body):
            continue
        body = nxt.body
        lead = len(body) - len(body.lstrip(" \t*_#>•·-–—")) if body[:1] in " \t*_#>•·-–—" else 0
        m = re.match(r"[^\w«\"“]*", body[lead:])
        lead += m.end() if m else 0
        title = body[lead:]
        if (p := _day_part().match(title)) is not None:
            lead, title = lead + p.end(), title[p.end():]
        title = title.rstrip(" *_.;:")
        if (re.search(r"[^\W\d_]{3}", title) and len(title.split()) <= _MAX_WORDS and not is_break(title)
                and not is_day(title) and not slot_time().match(title)):
            out.append((title, nxt.body_start + lead, nxt.body_start + lead + len(title), item_type(title)))
    return out if len(out) >= _MIN_HEADS else []
