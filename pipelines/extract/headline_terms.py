"""What a headline figure is and how a count is read: the metric vocabulary of
``lexicons/metrics.yaml`` ("visiteurs", "exposants", "tables rondes"...), a number and the word it
counts ("320 visiteurs", "plus de 60 intervenants"), rates that are no totals, and the figure row."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes, load
from .lines import trimmed_span
from .numbers import number_at


_norm = fold_apostrophes

# Between a number and its metric term: at most one short word ("3 grandes tables rondes").
_MAX_GAP_WORDS = 1


@dataclass(frozen=True)
class HeadlineFigure:
    metric: str
    value: float
    unit: str
    approximate: bool
    comparator: str | None
    quote: str
    page: int
    char_start: int
    char_end: int
    word: str = ""      # what is counted, as the text words it ("visiteurs", "personnes")
    numbers: tuple[tuple[int, int], ...] = ()   # offsets of the numbers as written ("plus de 40")
    context: bool = False   # counted by a word that counts the attendance only among other figures


@cache
def metric_terms() -> tuple[tuple[str, str], ...]:
    """(folded term, metric) pairs, longest term first."""
    pairs = []
    for metric, spec in load("metrics")["metrics"].items():
        for term in spec["terms"]:
            pairs.append((fold(str(term)), metric))
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


@cache
def context_terms() -> tuple[tuple[str, str], ...]:
    """(folded term, metric) of the words that count the attendance only in a sentence about the
    event's gathering ("a rassemblé 210 personnes"), with every metric term; longest first."""
    lex = load("metrics")
    attendance = _attendance_metric()
    pairs = {(fold(str(t)).replace("’", "'"), attendance) for t in lex.get("attendance_context_terms") or []}
    return tuple(sorted(pairs | set(metric_terms()), key=lambda p: (-len(p[0]), p[0])))


@cache
def attendance_group() -> frozenset[str]:
    return frozenset(load("metrics").get("attendance_group") or [])


def _attendance_metric() -> str:
    """The metric code a context word ("personnes") is published under: the group's last code
    (participants), the word of a gathering rather than of a visit."""
    return list(load("metrics").get("attendance_group") or ["participants"])[-1]


# term lists (metric_terms(), context_terms()) by the first character of their terms, same order;
# keyed by the list's identity (those lists are built once), which keeps the lookup O(1).
_BY_INITIAL: dict[int, tuple[tuple, dict[str, tuple[tuple[str, str], ...]]]] = {}


def _by_initial(terms) -> dict[str, tuple[tuple[str, str], ...]]:
    known = _BY_INITIAL.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    index: dict[str, list] = {}
    for term, metric in terms:
        index.setdefault(term[:1], []).append((term, metric))
    built = {k: tuple(v) for k, v in index.items()}
    _BY_INITIAL[id(terms)] = (terms, built)
    return built


def term_at(folded: str, pos: int, terms=None) -> tuple[str, int] | None:
    for term, metric in _by_initial(terms or metric_terms()).get(folded[pos:pos + 1], ()):
        if folded.startswith(term, pos):
            after = pos + len(term)
            if after == len(folded) or not folded[after].isalnum():
                return metric, after
    return None


@cache
def _rate_pattern() -> re.Pattern:
    words = sorted({fold(str(w)).replace("’", "'") for w in load("metrics").get("rates") or []}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z0-9])")


def is_rate(folded: str, end: int) -> bool:
    """"8 000 visiteurs par mois", "40 participants en moyenne": not a total of the event."""
    return bool(load("metrics").get("rates")) and _rate_pattern().match(folded, end) is not None


_BLANKS = re.compile(r"[ \u00a0]*")
_GAP_WORD = re.compile(r"[a-z]{1,12}\b")


@cache
def _elided_qualifiers() -> tuple[tuple[str, str], ...]:
    """(folded phrase, comparator) of the numbers.yaml qualifiers that end with an elided "de"
    ("plus d'", "près d'"), longest first."""
    lex = load("numbers")
    known = {**(lex.get("qualifiers") or {}), **(lex.get("extra_qualifiers") or {})}
    pairs = [(_norm(str(k)), v) for k, v in known.items() if _norm(str(k)).endswith("'")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def count_at(text: str, pos: int):
    """``number_at``, and a count whose qualifier is elided before "un"/"une": "plus d'une centaine
    de participants", "près d'un millier de visiteurs" (``number_at`` reads "plus de 100" and "une
    centaine", not "plus d'une centaine": its qualifier must end before a blank)."""
    number = number_at(text, pos)
    if number is not None:
        return number
    window = text[pos:pos + 40]
    start = pos + len(window) - len(window.lstrip(" \t\u00a0"))
    head = _norm(text[start:start + 24])
    for phrase, comparator in _elided_qualifiers():
        if head.startswith(phrase) and re.match(r"une?\s", head[len(phrase):]):
            rest = number_at(text, start + len(phrase))
            if rest is not None and rest.approximate:
                return dataclasses.replace(rest, start=start, comparator=comparator)
    return None


def number_first(folded: str, text: str, pos: int):
    """"320 visiteurs", "Plus de 60 intervenants", "une trentaine d'exposants"."""
    number = count_at(text, pos)
    if number is None:
        return None
    cursor = number.end
    for _ in range(_MAX_GAP_WORDS + 1):
        cursor = _BLANKS.match(folded, cursor).end()
        found = term_at(folded, cursor)
        if found:
            if is_rate(folded, found[1]):
                return None
            return number, found[0], found[1], (cursor, found[1])
        gap = _GAP_WORD.match(folded, cursor)
        if not gap:
            return None
        cursor = gap.end()
    return None


WORD_START = re.compile(r"(?<![\w'’])[\w]")


def make_figure(doc: Document, units: dict, metric: str, number, start: int, end: int, word: str | None,
                base: int) -> HeadlineFigure:
    """A figure quoting ``doc.text[start:end]``; ``number``'s offsets count from ``base``."""
    start, end = trimmed_span(doc.text, start, end)
    return HeadlineFigure(
        metric=metric,
        value=number.value,
        unit=units.get(metric, "count"),
        approximate=number.approximate,
        comparator=number.comparator,
        quote=doc.text[start:end],
        page=doc.page_of(start),
        char_start=start,
        char_end=end,
        word=" ".join((word or "").split()),
        numbers=(trimmed_span(doc.text, base + number.start, base + number.end),),
    )


def _words_pattern(words) -> str:
    """Alternation of folded words or phrases, longest first, any run of blanks between words."""
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in k.split()) for k in keys)


def _bounded(words) -> str:
    """``_words_pattern`` where a word (not a mark such as "," or "&") ends at a word boundary, so
    that "et" is not read in "etudiants"."""
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in k.split()) + (r"(?![\w])" if k[-1:].isalnum() else "")
                    for k in keys)


@cache
def prose_patterns() -> dict[str, re.Pattern]:
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    bound = r"(?<![\w'])(?:{})(?![\w])"
    connectors = _bounded(lex.get("chain_connectors") or ["\0"])
    articles = _bounded(lex.get("chain_articles") or ["\0"])
    durations = _words_pattern(prose.get("duration_words") or ["\0"])
    separators = "|".join(re.escape(str(s)) for s in lex.get("line_separators") or ["\0"])
    enumeration = _words_pattern(lex.get("enumeration_connectors") or [])
    return {
        "terms": re.compile(r"(?<![\w])(?:{})(?![\w])".format("|".join(re.escape(t) for t, _ in context_terms()))),
        "before": re.compile(bound.format(_words_pattern(prose.get("verbs_before") or ["\0"]))),
        "after": re.compile(bound.format(_words_pattern(prose.get("verbs_after") or ["\0"]))),
        # "l'atelier", "d'un atelier": a session word may follow an elided article
        "sessions": re.compile(r"(?<![\w])(?:{})(?![\w])".format(_words_pattern(prose.get("session_words") or ["\0"]))),
        "specified": re.compile(r"(?<![\w'])(?:{})\s+(?:\w+\s+)?(?:{})(?![\w])".format(
            _words_pattern(prose.get("specifiers") or ["\0"]), _words_pattern(prose.get("session_words") or ["\0"]))),
        "elsewhere": re.compile(bound.format(_words_pattern(prose.get("not_this_event") or ["\0"]))),
        "comparison": re.compile(r"(?<![\w'])(?:{})".format(_bounded(prose.get("comparison_markers") or ["\0"]))),
        "chain": re.compile(r"\s*(?:(?:{})\s*)+(?:(?:{})\s*)?".format(connectors, articles)),
        "line_chain": re.compile(r"\s*(?:(?:{}|{})\s*)+(?:(?:{})\s*)?".format(connectors, separators, articles)),
        "enumeration": re.compile(r"\s*(?:(?:{})\s*)+(?:(?:de|des|d')\s*)?".format(enumeration)),
        "duration": re.compile(r"\s*,?\s*(?:{})\s+(?:(?:les|des|ces)\s+)?".format(durations)),
        "duration_at": re.compile(r"(?<![\w'])(?:{})\s+(?:(?:les|des|ces)\s+)?".format(durations)),
        "duration_verb": re.compile(r"(?<![\w'])(?:{})\s+(?:(?:{})\s+)?(?:(?:les|des|ces)\s+)?$".format(
            _words_pattern(prose.get("duration_verbs") or ["\0"]), durations)),
        # "250 élus, techniciens, agents et partenaires": kinds of people after a count
        "people_listed": re.compile(r"(?:\s*(?:,|\bet\b|\bou\b)\s*[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,3}){1,%d}\s*"
                                    % int(prose.get("max_people_listed", 6))),
        # "des conférences, des démonstrations et près d'une cinquantaine d'ateliers": things listed
        # between a verb and the count that ends the list
        "things_listed": re.compile(r"(?:\s*(?:des|de|d'|les|la|le|l'|un|une|du|plusieurs)\s*[^,.;:!?()]{1,60}?\s*"
                                    r"(?:,|\bet\b)){1,%d}\s*" % int(prose.get("max_people_listed", 6))),
        "opener": re.compile(r"(?:{})".format(_words_pattern(prose.get("openers") or ["\0"]))),
        "presentative": re.compile(r"(?:[^\n]*[,;:…]\s*)?(?:[\w'-]+[\s,]+){0,%d}(?:%s)\s*" % (
            int(prose.get("max_lead_in_words", 3)), _words_pattern(prose.get("presentatives") or ["\0"]))),
        "lead_in": re.compile(r"(?:[\w'-]+\s+){0,%d}[\w'-]+\s*[,:]\s*" % (int(prose.get("max_lead_in_words", 3)) - 1)),
    }
