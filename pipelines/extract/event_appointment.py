"""An appointment line: the header of an event's page gives the day and the hour the public is
expected, on a short line of its own ("Salle des fêtes, le jeudi 14 mars à 18h30", "Mardi 2 juin,
9:30"). A weekday, a day, a month and a time of day say a gathering is set for that moment; a
publication or update line ("Publié le mardi 2 juin à 9:30") and a deadline ("avant le lundi 3 juin
à midi") do not."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold
from .event_dates import events_lexicon, has_marker, month_pattern, weekday_pattern
from .event_opening import opening_units

# A line this short at most: a header, not a sentence of the text.
_MAX_WORDS = 10
_MAX_CHARS = 90


@cache
def _appointment() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{weekday_pattern()})\s+\d{{1,2}}(?:er)?\s+(?:{month_pattern()})"
                      rf"(?:\s+(?:19|20)\d{{2}})?\s*(?:,|-|–|a|de|des)?\s*\d{{1,2}}\s*(?:h|:)\s*\d{{0,2}}(?![\w])")


def appointment_line(doc: Document) -> bool:
    """Whether a short line of the opening gives a weekday, a day, a month and a time of day, with
    no word of a publication date or of a deadline before it (events.yaml
    `non_event_date_markers`, `deadline_markers`)."""
    lex = events_lexicon()
    markers = [fold(m) for m in list(lex["non_event_date_markers"]) + list(lex.get("deadline_markers") or [])]
    for unit in opening_units(doc):
        piece = doc.text[unit.start:unit.end].strip()
        if len(piece) > _MAX_CHARS or len(piece.split()) > _MAX_WORDS:
            continue
        folded = fold(piece)
        m = _appointment().search(folded)
        if m and not has_marker(folded[:m.start()], markers):
            return True
    return False
