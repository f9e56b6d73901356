"""A gathering told by the people it brought together: a report on a meeting, a workshop or a
restitution may name it with no event noun ("Une centaine de riverains se sont retrouvés jeudi soir à
la salle X pour ..."), yet a sentence of its opening counts the people gathered. The headline pass
reads such a count as the attendance (``headline_prose.prose_figures``: a count of people with a
verb of gathering or taking part). It is one gathering when a day is written with it: in its
sentence or in a title ("Le 12 mai, 40 élus se sont retrouvés ..."); a count over a year ("En
2030, 18 000 personnes ont parcouru le château") is a place's or an activity's, no event. Visitors
(a word of the attendance itself) counted by the opening's first counting sentence tell a
gathering with no day written, unless that sentence sets them over a span of time."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_dates import day_month, events_lexicon, find_dates
from .event_opening import opening_units
from .event_titles import OPENING_CHARS, document_titles
from .event_words import phrases_alternation
from .headline_prose import prose_figures
from .headline_terms import attendance_group

_norm = fold_apostrophes


@cache
def _day_words() -> re.Pattern:
    """A weekday or a word of events.yaml `gathering_day_words` ("hier", "ce matin")."""
    words = list(events_lexicon()["weekdays"]) + list(events_lexicon().get("gathering_day_words") or [])
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % phrases_alternation(words))


# A span of more than this many days between two full dates is a period ("entre le 1er janvier et
# le 31 août 2018, les monuments ont accueilli 7 millions de visites"), not the days of a gathering.
_GATHERING_DAYS_MAX = 31


def names_a_day(text: str) -> bool:
    """Whether a text writes one day: a full date, a day and a month, a weekday, "hier"; not when
    its only full dates are periods longer than a month (the activity of a season)."""
    folded = _norm(text)
    dates = find_dates(text)
    if _season(dates):
        return False
    return bool(dates or day_month(folded) or _day_words().search(folded))


@cache
def _span_words() -> re.Pattern:
    """A word of events.yaml `visitors_span_words`, or a year after "en"."""
    words = events_lexicon().get("visitors_span_words") or []
    alternatives = [r"en\s+(?:19|20)\d\d"] + ([phrases_alternation(words)] if words else [])
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(alternatives))


def _over_a_span(folded: str) -> bool:
    """Whether a sentence sets its count over a span of time (``_span_words``)."""
    return _span_words().search(folded) is not None


def _season(dates) -> bool:
    """Whether full dates were written and all are periods longer than a month."""
    return bool(dates) and all(end and (end - start).days > _GATHERING_DAYS_MAX for _, start, end in dates)


def gathering_sentence(doc: Document) -> tuple[int, int] | None:
    """The first sentence of the opening that counts the people a gathering brought together (an
    attendance figure of the headline pass's prose), when a day is written in that sentence or in
    a title of the document, or when it is the first such sentence and counts visitors over no span
    of time (``_over_a_span``); (start, end) in doc.text."""
    attendance = attendance_group()
    # the count's own offset: the figure's quote may open on lines above it that no full stop ends
    # (a page's menu: "- Mon quotidien\nFlash infos\n1300 personnes étaient rassemblées")
    figures = [f for f in prose_figures(doc) if f.metric in attendance and f.char_start < OPENING_CHARS]
    starts = [f.numbers[0][0] if f.numbers else f.char_start for f in figures]
    if not starts:
        return None
    visitors = {f.numbers[0][0] if f.numbers else f.char_start for f in figures if f.metric == "visitors" and not f.context}
    titled_day = any(names_a_day(t) for t in document_titles(doc))
    first = True
    for unit in opening_units(doc):
        if unit.kind == "sentence" and any(unit.start <= s < unit.end for s in starts):
            sentence = doc.text[unit.start:unit.end]
            if titled_day or names_a_day(sentence):
                return unit.start, unit.end
            # visitors (not people of any kind) counted by the first such sentence, no season's
            # dates in it: "La braderie, qui a attiré 9 000 visiteurs, ..." (not "le musée a reçu
            # 40 000 visites du 1er mars au 31 octobre 2031", nor a place's visitors further on)
            if first and any(unit.start <= s < unit.end for s in visitors) and not _season(find_dates(sentence)) \
                    and not _over_a_span(_norm(sentence)):
                return unit.start, unit.end
            first = False
    return None


def counted_gathering(doc: Document) -> bool:
    """Whether a sentence of the opening counts the people gathered on a day (``gathering_sentence``)."""
    return gathering_sentence(doc) is not None
