"""The event's length told by a clause that opens on it, the event's days being what the document
narrates: "Les 16, 17, 18 et 19 mai, durant 4 jours, bénévoles et habitants ont échangé ...", "Tout
au long des trois jours, de nombreux échanges ont eu lieu ...", "Pendant ces deux jours, des
responsables ...". The duration phrase (metrics.yaml `event_prose.clause_duration_openers`) opens
its clause after a comma, or a line under a subheading, and a comma closes it; a count of two days
at least (one day is no length worth a figure)."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes, load
from .headline_terms import HeadlineFigure, _words_pattern, make_figure, metric_units
from .numbers import number_at


@cache
def _clause_days() -> re.Pattern | None:
    prose = load("metrics").get("event_prose") or {}
    openers = prose.get("clause_duration_openers") or []
    if not openers:
        return None
    # after a comma inside a sentence, or opening a line under a line that ends with no sentence's
    # stop (a subheading); a sentence opening on the days is read by headline_prose.py, which asks
    # who fills them ("Pendant deux jours, la mairie a fermé la rue" is no length of the event)
    return re.compile(rf"(?:,|(?<=[^.!?…\s])[ \t]*\n(?:[ \t]*\n)*)[ \t]*(?P<opener>{_words_pattern(openers)})\s+"
                      rf"(?:(?:ces|les|des|nos)\s+)?(?P<count>[\w-]+)\s+(?:jours|journees)[ \t]*,")


def clause_days(doc: Document) -> HeadlineFigure | None:
    """The first such clause's count of days, as the `days` figure, else the length an event noun
    is given ("cet événement unique de deux jours", "un salon de trois jours"), else None."""
    pattern = _clause_days()
    folded = fold_apostrophes(doc.text)       # same offsets as the text
    units = metric_units()
    for m in pattern.finditer(folded) if pattern is not None else ():
        number = number_at(doc.text, m.start("count"), max_words=2)
        if number is None or number.end != m.end("count") or number.value < 2 or number.value != int(number.value):
            continue
        return make_figure(doc, units, "days", number, m.start("opener"), m.end() - 1, "jours", 0)
    for m in _noun_length().finditer(folded.lower()):
        number = number_at(doc.text, m.start("count"), max_words=2)
        if number is None or number.end != m.end("count") or number.value < 2 or number.value != int(number.value):
            continue
        return make_figure(doc, units, "days", number, m.start(), m.end(), doc.text[m.start("word"):m.end("word")], 0)
    return length_phrase(doc)


def length_phrase(doc: Document) -> HeadlineFigure | None:
    """The first length of days after a word of duration inside a sentence ("les délégués débattent
    pendant deux jours à Valbrune", "pour trois journées bien remplies"), when nothing else told the event's
    length: two days to metrics.yaml `length_phrase_max_days`, not before a rate or a relative time
    (`clause_day_not_after`: "trois jours par semaine"), nor in a clause of a past edition
    (`length_phrase_past_words`: "qui avait alors attiré 900 curieux sur quatre jours") or of a
    time before or after the event (`length_phrase_relative_words`: "formés pendant deux jours
    avant l'ouverture") or of a closing (`length_phrase_closing_words`: "la mairie fermera ses
    guichets pendant trois jours"), nor after one session named by its article (metrics.yaml
    `session_words`: "L'atelier s'est tenu sur deux jours"). A sentence opening on the days is
    headline_prose.py's, which asks who fills them ("Pendant deux jours, les agents ont préparé la
    salle" is no length of the event)."""
    patterns = _length_patterns()
    if patterns is None:
        return None
    pattern, past, relative, closing, one_session, not_after_word, most = patterns
    folded = fold_apostrophes(doc.text)
    units = metric_units()
    lower = folded.lower()
    for m in pattern.finditer(lower):
        number = number_at(doc.text, m.start("count"), max_words=2)
        if number is None or number.end != m.end("count") or not 2 <= number.value <= most \
                or number.value != int(number.value):
            continue
        sentence_start = max(lower.rfind(mark, 0, m.start()) for mark in (".", "!", "?", "\n"))
        if not lower[sentence_start + 1:m.start()].strip(" \t\u00a0\"«»-–—•*"):
            continue        # opening its sentence: headline_prose.py asks who fills the days
        clause_start = max(sentence_start, lower.rfind(",", 0, m.start()), lower.rfind(";", 0, m.start()))
        clause_end = min((i for i in (lower.find(mark, m.end()) for mark in ".!?,;\n") if i >= 0), default=len(lower))
        if past.search(lower, clause_start + 1, m.start()) or relative.search(lower, m.end(), clause_end) \
                or closing.search(lower, clause_start + 1, m.start()) \
                or one_session.search(lower, sentence_start + 1, m.start()) \
                or _bracketed(lower, m.start()) or (
                not_after_word.search(lower, max(0, m.start() - 30), m.start())):
            continue
        return make_figure(doc, units, "days", number, m.start("opener"), m.end("word"), doc.text[m.start("word"):m.end("word")], 0)
    return None


def _alternation(words, after: str = r"(?![\w-])") -> re.Pattern:
    """The words (metrics.yaml lists) as whole words of folded lower-case text; never matching
    when the list is empty."""
    alternation = _words_pattern(words or ["\0"])
    return re.compile(rf"(?<![\w-])(?:{alternation}){after}")


@cache
def _length_patterns() -> tuple | None:
    """The patterns of :func:`length_phrase`, read once from metrics.yaml `event_prose`: the
    phrase, the past-edition, relative-time, closing, one-session and comparison words, and the
    largest count of days; None without `length_phrase_words`."""
    prose = load("metrics").get("event_prose") or {}
    words = prose.get("length_phrase_words") or []
    if not words:
        return None
    not_after = prose.get("clause_day_not_after") or []
    pattern = re.compile(rf"(?<![\w-])(?P<opener>{_words_pattern(words)})\s+(?:(?:les|ces)\s+)?(?P<count>[\w-]+)\s+"
                         rf"(?P<word>jours|journees)(?![\w-])(?!\s+et\s+demie?)"
                         + (rf"(?!\s+(?:{_words_pattern(not_after)})(?![\w-]))" if not_after else ""))
    # one session named by its article ("L'atelier s'est déroulé sur deux jours"): its length
    sessions = [w for w in prose.get("session_words") or [] if not str(w).endswith("s")] or ["\0"]
    one_session = re.compile(rf"(?<![\w-])(?:l'|le|la|ce|cet|cette)\s*(?:{_words_pattern(sessions)})(?![\w-])")
    return (pattern, _alternation(prose.get("length_phrase_past_words")),
            _alternation(prose.get("length_phrase_relative_words")),
            _alternation(prose.get("length_phrase_closing_words")), one_session,
            _alternation(prose.get("length_phrase_not_after_words"), after=r"\s*$"),
            prose.get("length_phrase_max_days", 15))


@cache
def _noun_length() -> re.Pattern:
    """An event noun given its length, two words between them at most: "un salon de trois jours",
    "cet événement IT unique de deux jours" (folded lower-case text)."""
    nouns = "|".join(sorted({re.escape(fold_apostrophes(str(n).lower())) for n in load("events")["event_nouns"]},
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+[\w'-]+){{0,2}}?\s+de\s+(?P<count>[\w-]+)\s+"
                      r"(?P<word>jours|journees)(?![\w-])")


def _bracketed(text: str, pos: int) -> bool:
    """Whether ``pos`` lies within brackets opened on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("(", line_start, pos) > text.rfind(")", line_start, pos)
