"""A title naming a meeting by the work it fills, with its day: "Réunion du 14 mai", "Atelier des
usagers (mardi 4 juin 2030)" is the report or the announcement of that day's meeting, an event
though the title has no event noun (events.yaml `attended_meeting_nouns`)."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import day_month, events_lexicon, find_dates, has_marker
from .event_titles import document_titles
from .event_words import words_pattern

_norm = fold_apostrophes


# A quoted title inside a title ("Atelier « mise en ligne »"): its words name, they mark nothing.
_QUOTED = re.compile(r"[«“\"][^«»“”\"]{0,80}[»”\"]")


def _meeting_span(title: str) -> tuple[int, int] | None:
    """(start of the meeting noun, start of its day) in the title, when it names a meeting noun
    with a day after it (a full date or a day and a month), else None. A date that the words of
    `non_event_date_markers` introduce ("Atelier X, version du 3 mai 2030") dates the page,
    not the meeting; words in quotes are a name and mark nothing."""
    pattern = words_pattern("attended_meeting_nouns")
    folded = _norm(title)
    m = pattern.search(folded) if pattern else None
    if not m:
        return None
    after = folded[m.end():]
    starts = [d.start() for d in day_month(after)] + [d[0] for d in find_dates(title[m.end():])]
    if not starts:
        return None
    day = m.end() + min(starts)
    # the meeting is the noun nearest its day ("Compte rendu de réunion (préparation de la
    # réunion du 14 mai)" names the meeting of the 14th)
    start = [n.start() for n in pattern.finditer(folded, 0, day)][-1]
    markers = [fold(w) for w in events_lexicon()["non_event_date_markers"]]
    if has_marker(fold(_QUOTED.sub(" ", folded[start:day])), markers):
        return None
    return start, day


def dated_meeting_title(title: str) -> bool:
    """Whether the title names a meeting with its day (``_meeting_span``)."""
    return _meeting_span(title) is not None


def meeting_title(doc: Document) -> bool:
    """Whether one of the document's titles is a dated meeting's (``dated_meeting_title``)."""
    return any(dated_meeting_title(t) for t in document_titles(doc))


def meeting_title_name(doc: Document) -> str | None:
    """The meeting's name in the first title naming one with its day: from its noun to the day,
    the day kept when a link opens it ("Réunion du 14 mai"), else dropped ("Atelier des usagers
    (mardi 4 juin 2030)" is the "Atelier des usagers")."""
    for title in document_titles(doc):
        span = _meeting_span(title)
        if span is None:
            continue
        start, day = span
        name = title[start:day].rstrip(" ,:;(–—-")
        if re.search(r"(?<![\w])(?:du|le)$", fold(name)):
            found = day_month(_norm(title[day:]))
            name = title[start:day + found[0].end()] if found and found[0].start() == 0 else name.rsplit(" ", 1)[0]
        name = name.strip(" ,:;(–—-")
        return name[:1].upper() + name[1:] if name else None
    return None
