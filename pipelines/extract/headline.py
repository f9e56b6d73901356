"""Headline figures of an event ("450 visiteurs", "Exposants : 85") read with the metric
vocabulary of ``lexicons/metrics.yaml``."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from ..ingest import Document
from ..lexicons import fold, load
from .lines import iter_lines, trimmed_span
from .numbers import as_number, number_at

# Between a number and its metric term: at most one short word ("3 grandes tables rondes").
_MAX_GAP_WORDS = 1
_LABEL_SEPARATOR = re.compile(r"\s*(?:[:=–—-]\s*|\s)")


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


@cache
def metric_terms() -> tuple[tuple[str, str], ...]:
    """(folded term, metric) pairs, longest term first."""
    pairs = []
    for metric, spec in load("metrics")["metrics"].items():
        for term in spec["terms"]:
            pairs.append((fold(str(term)), metric))
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


def _term_at(folded: str, pos: int) -> tuple[str, int] | None:
    for term, metric in metric_terms():
        if folded.startswith(term, pos):
            after = pos + len(term)
            if after == len(folded) or not folded[after].isalnum():
                return metric, after
    return None


def _number_first(folded: str, text: str, pos: int):
    """"450 visiteurs", "Plus de 60 intervenants", "une trentaine d'exposants"."""
    number = number_at(text, pos)
    if number is None:
        return None
    cursor = number.end
    for _ in range(_MAX_GAP_WORDS + 1):
        cursor = len(folded) - len(folded[cursor:].lstrip(" \u00a0"))
        found = _term_at(folded, cursor)
        if found:
            return number, found[0], found[1]
        gap = re.match(r"[a-z]{1,12}\b", folded[cursor:])
        if not gap:
            return None
        cursor += gap.end()
    return None


def _label_first(folded: str, text: str, pos: int):
    """"Visiteurs : 3 500", "Exposants – 85", a table row "Visiteurs 2 300"."""
    found = _term_at(folded, pos)
    if not found:
        return None
    metric, after = found
    sep = _LABEL_SEPARATOR.match(folded, after)
    if not sep:
        return None
    # "Table-Ronde 1" names a session: a label takes a separator ("Atelier : 3") or is plural.
    if not sep.group(0).strip() and not folded[pos:after].endswith(("s", "x")):
        return None
    number = number_at(text, sep.end())
    if number is None:
        return None
    rest = folded[number.end:].strip()
    if rest and not re.match(r"^[a-z ]{0,30}$|^\(", rest):
        return None
    return number, metric, number.end


def candidates(doc: Document) -> list[HeadlineFigure]:
    units = {m: spec["unit"] for m, spec in load("metrics")["metrics"].items()}
    found: list[HeadlineFigure] = []
    for line in iter_lines(doc.text):
        body = line.body
        if not body.strip() or len(body) > 400:
            continue
        folded = fold(body)
        hit = _number_first(folded, body, 0) or _label_first(folded, body, 0)
        if not hit:
            continue
        number, metric, _ = hit
        if number.value <= 0 or number.value >= 10_000_000:
            continue
        start, end = trimmed_span(doc.text, line.body_start, line.end)
        found.append(
            HeadlineFigure(
                metric=metric,
                value=number.value,
                unit=units.get(metric, "count"),
                approximate=number.approximate,
                comparator=number.comparator,
                quote=doc.text[start:end],
                page=doc.page_of(start),
                char_start=start,
                char_end=end,
            )
        )
    return found


def extract_headline_figures(doc: Document) -> list[HeadlineFigure]:
    """One figure per metric, taken from the page that states the most distinct metrics (the
    "key figures" page). Several lines of one metric on that page ("1 plénière d'ouverture",
    "1 plénière de clôture") are added up; a line repeated word for word counts once."""
    found = candidates(doc)
    if not found:
        return []
    per_page: dict[int, set[str]] = defaultdict(set)
    for fig in found:
        per_page[fig.page].add(fig.metric)
    key_page = max(per_page, key=lambda p: (len(per_page[p]), -p))
    on_page = [f for f in found if f.page == key_page]
    by_metric: dict[str, list[HeadlineFigure]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for fig in on_page:
        signature = (fig.metric, fold(fig.quote))
        if signature in seen:
            continue
        seen.add(signature)
        by_metric[fig.metric].append(fig)
    result = []
    for metric, figs in by_metric.items():
        first = figs[0]
        if len(figs) == 1:
            result.append(first)
            continue
        last = figs[-1]
        result.append(
            HeadlineFigure(
                metric=metric,
                value=sum(f.value for f in figs),
                unit=first.unit,
                approximate=any(f.approximate for f in figs),
                comparator=first.comparator if len({f.comparator for f in figs}) == 1 else "~",
                quote=" | ".join(f.quote for f in figs),
                page=first.page,
                char_start=first.char_start,
                char_end=last.char_end,
            )
        )
    order = Counter({m: i for i, m in enumerate(load("metrics")["metrics"])})
    return sorted(result, key=lambda f: (f.char_start, order[f.metric]))


def as_row_value(value: float) -> int | float:
    return as_number(value)
