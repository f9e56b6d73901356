"""Dates and times of day among the numbers of a text, for the rules of figure_exclusions.py:
month and weekday names, a day before its month, words that make a span of time a point in time,
times written with their minutes, a date right before an hour, a part of the day after it, and
what follows a year (a conjugated verb, a word in the singular)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .figure_text import _lex, _norm, _normset


@cache
def _months() -> tuple[str, ...]:
    return tuple(sorted({_norm(m) for m in load("events")["months"]}, key=len, reverse=True))


@cache
def _day_before_month() -> re.Pattern:
    """What follows a day number in a date: an abbreviated month (claims.yaml
    `month_abbreviations`, with its full stop, or without it before a year as a web page dates
    its posts: "3 Oct 2021"), or a connector, a second day and a month."""
    blank = r"[ \t\u00a0\u202f]"
    abbreviations = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["month_abbreviations"])
    undotted = "|".join(re.escape(_norm(w).rstrip(".")) for w in _lex()["exclusions"]["month_abbreviations"])
    months = "|".join(_months() + tuple(re.escape(_norm(w)) for w in _lex()["exclusions"]["month_abbreviations"]))
    return re.compile(rf"{blank}*(?:er\b)?{blank}*(?:(?:{abbreviations})|(?:{undotted}){blank}+(?:19|20)\d\d(?!\d)"
                      rf"|(?:et|au|à|a|-|–|ou){blank}*(?:[12]?\d|3[01])(?:er)?{blank}+(?:{months})(?![a-z]))")


@cache
def _relative_after() -> re.Pattern:
    """Words after a span of time that make it a point in time (claims.yaml `relative_date_after`)."""
    words = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["relative_date_after"])
    return re.compile(rf"[ \t\u00a0\u202f\n]*,?[ \t\u00a0\u202f]*(?:{words})(?![a-z])")


@cache
def _weekdays() -> tuple[str, ...]:
    return tuple(_norm(w) for w in load("events")["weekdays"])


@cache
def _timetable_times_pattern() -> re.Pattern:
    return re.compile(r"(?<![\w,.])(?:[01]?\d|2[0-3])[ \u00a0\u202f]?[hH][ \u00a0\u202f]?[0-5]\d\b")


def _timetable_times() -> re.Pattern:
    """Times of day written with their minutes ("9h30", "14H15", "8 h 30"), the mark of a timetable."""
    return _timetable_times_pattern()


def _is_verb(word: str) -> bool:
    """A conjugated verb by its ending (claims.yaml measure `verb_endings`: "verra", "restent"), or
    a verb of a question with its subject pronoun after it ("sont-elles", "a-t-il", "verra-t-on")."""
    ms = _lex()["measure"]
    w = _norm(word)
    if re.fullmatch(r"[a-zà-ÿœæ]+-(?:t-)?(?:il|ils|elle|elles|on|nous|vous)", w):
        return True
    return w.endswith(tuple(_norm(e) for e in ms["verb_endings"])) and not w.endswith(
        tuple(_norm(e) for e in ms["verb_ending_exceptions"]))


def _singular_word_after(text: str, folded: str, end: int, measure: str) -> bool:
    """Is the word after a number (its measure's first word) a lower-case word in the singular: no
    plural ending (-s, -x, -z), not a preposition or an article of a measure ("de", "du"), not an
    abbreviation ("hab.")?"""
    word = _norm(measure.split()[0]) if measure else ""
    if not re.fullmatch(r"[a-zà-ÿœæ][a-zà-ÿœæ-]+", word) or word.endswith(("s", "x", "z")):
        return False
    ms = _lex()["measure"]
    if word in _normset("measure", "connectors") or word in {_norm(w) for w in ms["prepositions"]}:
        return False
    at = folded.find(word, end, end + 60)
    return at < 0 or not folded.startswith(".", at + len(word)) or len(word) > 4


@cache
def _after_a_date() -> re.Pattern:
    """A date right before a number: a month name (with its day before it, a year after it) or a
    weekday, then at most a comma: an hour there is the time of that day."""
    months = "|".join(_months())
    days = "|".join(re.escape(d) for d in _weekdays())
    # (the date also in figures, "12/05", "12/05/2024"; a dash, a comma or a slash before the
    # hour: "6 juillet 2017 / 19h à la brasserie X")
    return re.compile(rf"(?:\d{{1,2}}(?:er)?[ \t\u00a0]+(?:{months})(?:[ \t\u00a0]+\d{{4}})?|(?<![a-z])(?:{days})"
                      rf"|(?<![\d/])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)"
                      rf"[ \t\u00a0]*[,–—/-]?[ \t\u00a0]*(?:a[ \t\u00a0]+)?$")


@cache
def _day_part() -> re.Pattern:
    """A part of the day right after an hour (claims.yaml `clock_day_parts`: "du matin")."""
    parts = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["clock_day_parts"])
    return re.compile(rf"[ \t\u00a0\u202f]+(?:{parts})(?![a-z])")


# A span of time after "à" and before "du", "des", "de la" or "de l'": how long before something
# ("À trois jours de l'ouverture, ...", "à un an du scrutin"), a point in time, not a quantity;
# not the end of a range ("3 à 4 semaines de chantier"), a limit ("jusqu'à 10 jours d'autonomie")
# nor a measure without an article ("nous sommes à 12 jours de réserve").
# The text as written: folded, "à" is the verb "a" ("il a 25 ans de métier").
_COUNTDOWN_LEAD = re.compile(r"(?:(?<![\w'’])[àÀ]|(?:^|(?<=[.!?\n]))[ \t\u00a0]*A)[ \t\u00a0]+$")
_COUNTDOWN_TAIL = re.compile(r"[ \t\u00a0]+(?:du|des|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’])(?=[ \t\u00a0\w])")
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente))[ \t\u00a0]+$")


def _countdown(text: str, start: int, end: int) -> bool:
    """Whether the span of time ``text[start:end]`` counts down to something (see above)."""
    lead = _COUNTDOWN_LEAD.search(text, max(0, start - 12), start)
    if lead is None or not _COUNTDOWN_TAIL.match(text, end):
        return False
    return _NUMBER_BEFORE.search(text, max(0, lead.start() - 12), lead.start() + 1) is None

