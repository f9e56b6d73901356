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
from .event_dates import events_lexicon, has_marker, weekday_date_pattern
from .event_opening import opening_units
from .per_document import per_document

# A line this short at most: a header, not a sentence of the text.
_MAX_WORDS = 10
_MAX_CHARS = 90


@cache
def _appointment() -> re.Pattern:
    return re.compile(rf"(?<![\w]){weekday_date_pattern(month_required=True)}"
                      r"\s*(?:,|-|–|a|de|des)?\s*\d{1,2}\s*(?:h|:)\s*\d{0,2}(?![\w])")


def appointment_line(doc: Document) -> bool:
    """Whether a short line of the opening gives a weekday, a day, a month and a time of day, with
    no word of a publication date or of a deadline before it (events.yaml
    `non_event_date_markers`, `deadline_markers`)."""
    return _appointment_start(doc) is not None


@per_document
def _appointment_start(doc: Document) -> int | None:
    """Where the first appointment line of the opening starts (``appointment_line``), else None."""
    lex = events_lexicon()
    markers = [fold(m) for m in list(lex["non_event_date_markers"]) + list(lex.get("deadline_markers") or [])]
    for unit in opening_units(doc):
        # the unit as a whole, else each of its lines (a title and the appointment under it)
        text = doc.text[unit.start:unit.end]
        pieces = [(unit.start, text)]
        if "\n" in text.strip():
            at = unit.start
            for line in text.split("\n"):
                pieces.append((at, line))
                at += len(line) + 1
        for at, raw in pieces:
            piece = raw.strip()
            if not piece or len(piece) > _MAX_CHARS or len(piece.split()) > _MAX_WORDS:
                continue
            folded = fold(piece)
            m = _appointment().search(folded)
            if m and not has_marker(folded[:m.start()], markers):
                return at + len(raw) - len(raw.lstrip())
    return None


# The title right above an appointment line names its event: at most this many words, no full stop
# ending it (a sentence), maybe between quotation marks.
_TITLE_MAX_WORDS = 16
_QUOTES = "«»“”\"\u00a0\u202f "


def appointment_title(doc: Document) -> str | None:
    """The title on the line right above the appointment line ("« Jardins en partage : de l'idée au
    potager »" over "Vendredi 14 mars à 18h30 au théâtre de Valbrune"), without its
    quotation marks: an event page's header names its event so, with no event noun. None when the
    line above is a sentence, too long, or missing."""
    start = _appointment_start(doc)
    if start is None:
        return None
    above = doc.text[:start].rstrip().rsplit("\n", 1)[-1].strip()
    title = above.strip(_QUOTES).strip()
    if not title or above.endswith((".", ",", ";", ":")) or len(title.split()) > _TITLE_MAX_WORDS:
        return None
    if not title[:1].isupper():
        return None
    return title
