"""A programme given day by day: two lines or more name a weekday and its day and nothing else
("Samedi 23 :", "Dimanche 24 août"), and lines opening with a time of day follow them ("À 14 heures,
concours de pétanque", "19 h 30 : soirée tapas"). Such a schedule is that of one event held over
those days (a village's fête, a festival's weekend), as a press page or a poster prints it."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold
from .event_dates import weekday_date_pattern
from .per_document import per_document
from .programme_timetable import slot_time

# Day lines and timed lines the schedule needs at least.
_MIN_DAYS = 2
_MIN_TIMED = 3


@cache
def _day_line() -> re.Pattern:
    """A line naming a weekday and its day alone: "Samedi 23 :", "Dimanche 24 août 2014"."""
    return re.compile(rf"\s*{weekday_date_pattern(month_required=False)}\s*:?\s*$")


@per_document
def day_programme(doc: Document) -> bool:
    """Whether the text gives a schedule day by day (see above): ``_MIN_DAYS`` day lines, and
    ``_MIN_TIMED`` lines opening with a time of day after the first of them."""
    days = timed = 0
    for line in doc.text.split("\n"):
        if _day_line().match(fold(line)):
            days += 1
        elif days and slot_time().match(line.strip()) and re.search(r"[^\W\d_]{3}", line):
            timed += 1
    return days >= _MIN_DAYS and timed >= _MIN_TIMED
