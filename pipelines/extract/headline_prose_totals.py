"""Headline figures in prose stated as totals: a fair's organisations of several kinds added up
("45 entreprises et 12 associations" are 57 exhibitors), and a label's amount ("Le nombre de
visiteurs s'élève à 1 200"); also the document's lead paragraph, read for the fair it names."""

from __future__ import annotations

import bisect
import dataclasses
import re

from .headline_prose_counts import _Item
from .headline_terms import (
    HeadlineFigure, context_terms, count_at, is_rate, make_figure, organisation_activity, prose_patterns, term_at,
)
from .headline_prose_scope import _fair_amount


def _organisations_added(fsent: str, lo: int, chain: list[_Item], figures: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """At a fair, organisations of several kinds counted one after the other are one count of its
    exhibitors: "45 entreprises et 12 associations" are 57 exhibitors. Only counts of organisations
    (no "exposants", which is the total) joined by a comma or "et" (not "dont": a part of them)."""
    named = [i for i in chain if i.metric == "exhibitors"]
    orgs = [i for i in named if term_at(fsent, i.word_start) is None]       # not "exposants", "stands"
    picked = [f for f in figures if f.metric == "exhibitors"]
    if len(orgs) < 2 or len(picked) != len(orgs) or len(orgs) != len(named):
        return figures
    if any(not _ORGS_JOINED.fullmatch(fsent[a.end:b.start]) for a, b in zip(orgs, orgs[1:])):
        return figures
    first = picked[0]
    total = dataclasses.replace(first, value=sum(f.value for f in picked), char_end=max(f.char_end for f in picked),
                                approximate=any(f.approximate for f in picked),
                                comparator=first.comparator if len({f.comparator for f in picked}) == 1 else "~",
                                word=" | ".join(dict.fromkeys(f.word for f in picked if f.word)),
                                numbers=tuple(span for f in picked for span in f.numbers))
    return [f for f in figures if f.metric != "exhibitors"] + [total]


# Between two counts of organisations added up: their words' complement, then a comma or "et" and
# an article at most ("45 entreprises locales, 12 organismes", "40 clubs et des 12 associations").
_ORGS_JOINED = re.compile(r"(?:\s+[^\W\d][\w'-]*){0,3}\s*(?:,|\bet\b)\s*(?:(?:les|des|de|d')\s*)?(?:plus\s+de\s+|pres\s+de\s+)?")


# The first paragraph of a document, read for the event it names, up to this many characters.
_LEAD_MAX_CHARS = 400


def _lead_paragraph(folded: str) -> str:
    """The document's first paragraph (up to a blank line, at most ``_LEAD_MAX_CHARS``), past
    short lines above it (a dateline "Tours, France", a title)."""
    paragraphs = re.split(r"\n[ \t]*\n", folded.lstrip()[:2 * _LEAD_MAX_CHARS])
    first = next((p for p in paragraphs if len(p.strip()) >= _LEAD_MIN_CHARS), paragraphs[0])
    return first[:_LEAD_MAX_CHARS]


# A paragraph shorter than this is a title or a dateline, not the lead.
_LEAD_MIN_CHARS = 60


def _amounts(doc, text: str, folded: str, units: dict, breaks: list[tuple[int, int]], deck: bool,
             fair: bool = False) -> list[HeadlineFigure]:
    """"Le nombre de visiteurs s'élève à 1 200", "Le nombre total d'exposants a atteint 85": a
    label and its term, a verb of amount, then the count alone; not in a sentence about another
    edition or a period, nor when the count is a rate. At a fair (``_fair``), the label may count
    the organisations at their stands: "le nombre de clubs présents est de 40"."""
    patterns = prose_patterns()
    starts = [b[1] for b in breaks]
    ends = [b[0] for b in breaks]
    found = []
    exhibitors = _fair_amount() if fair else None
    matches = list(patterns["amount"].finditer(folded))
    matches += [m for m in exhibitors.finditer(folded)] if exhibitors else []
    for m in matches:
        number = count_at(text, m.end())
        if number is None or number.start != m.end() or not 0 < number.value < 10_000_000:
            continue
        if term_at(folded, len(folded) - len(folded[number.end:].lstrip(" "))) or is_rate(folded, number.end):
            continue            # "... atteint 85 exposants" is read as a count of its own term
        i = bisect.bisect_right(starts, m.start())
        lo = starts[i - 1] if i else 0
        j = bisect.bisect_left(ends, number.end)
        hi = ends[j] if j < len(ends) else len(text)
        sentence = folded[lo:hi]
        other = [o.group(0) for o in patterns["elsewhere"].finditer(sentence)]
        if deck:
            other = [o for o in other if not patterns["earlier_edition"].fullmatch(o)]
        if other or patterns["period"].search(sentence) or organisation_activity(sentence):
            continue
        metric = (term_at(folded, m.start(1)) or term_at(folded, m.start(1), context_terms()))[0]
        found.append(make_figure(doc, units, metric, number, m.start(), number.end, text[m.start(1):m.end(1)], 0))
    return found
