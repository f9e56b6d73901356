"""Headline figures of an event ("320 visiteurs", "Exposants : 85") read with the metric
vocabulary of ``lexicons/metrics.yaml``: the block of headline lines that states the most metrics
(``headline_lines``), completed by prose about the event (``headline_prose``)."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..document import Document
from ..lexicons import fold, load
from .headline_lines import candidates
from .headline_prose import prose_figures
from .headline_terms import HeadlineFigure, attendance_group
from .numbers import as_number


# Headline lines closer than this belong to one block (a block's lines may be separated by a short
# description of the line above, over a few lines).
_BLOCK_MAX_LINES = 8
_BLOCK_MAX_CHARS = 800


def headline_blocks(doc: Document, found: list[HeadlineFigure]) -> list[list[HeadlineFigure]]:
    """Candidates grouped into blocks of nearby lines of one page, in text order."""
    blocks: list[list[HeadlineFigure]] = []
    for fig in found:
        if blocks:
            last = blocks[-1][-1]
            gap = doc.text[last.char_end:fig.char_start]
            lines = sum(1 for ln in gap.split("\n") if ln.strip())
            if fig.page == last.page and lines <= _BLOCK_MAX_LINES and len(gap) <= _BLOCK_MAX_CHARS:
                blocks[-1].append(fig)
                continue
        blocks.append([fig])
    return blocks


def extract_headline_figures(doc: Document) -> list[HeadlineFigure]:
    """One figure per metric, taken from the block of nearby headline lines that states the most
    distinct metrics (the "key figures" block; the first one on a tie), so that a talk's bullet
    "320 participants aux ateliers" elsewhere in a one-page web report is not added to it. Several
    lines of one metric in that block ("1 atelier le matin", "2 ateliers l'après-midi") are added
    up; a line repeated word for word counts once. Then the metrics the block does not state, from
    prose about the event itself (``prose_figures``, the first statement of each); the attendance
    (metrics.yaml `attendance_group`: visitors, participants) is one quantity there: prose adds
    one figure of the group, and only when the block states none."""
    return list(_read(doc)[0])


def key_figure_spans(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the numbers that state the published key figures, and of every restatement of
    one in prose about the event ("a rassemblé 150 personnes ... les 150 participants"): the
    numbers a cited-figures pass leaves out."""
    return list(_read(doc)[1])


def _read(doc: Document) -> tuple[tuple[HeadlineFigure, ...], tuple[tuple[int, int], ...]]:
    key = (doc.text, tuple(doc.page_starts))
    last_key, last_result = _LAST[0]
    if last_key == key:      # key_figures and cited_figures (its headline block) both ask
        return last_result
    result = _headline_figures(doc)
    _LAST[0] = (key, result)
    return result


# The figures of the last document read, with its text and page map: a document's rows are
# computed by several tables' extractors in a row. One pair, swapped at once (thread-safe).
_LAST: list[tuple[tuple | None, tuple]] = [(None, ((), ()))]


def _group(metric: str) -> str:
    return "attendance" if metric in attendance_group() else metric


def _headline_figures(doc: Document) -> tuple[tuple[HeadlineFigure, ...], tuple[tuple[int, int], ...]]:
    found = candidates(doc)
    block = []
    # "1 200 personnes" is the attendance in a block that states other metrics too
    blocks = [[f for f in b if not f.context or len({g.metric for g in b}) >= _CONTEXT_BLOCK_MIN_METRICS]
              for b in headline_blocks(doc, found)]
    blocks = [b for b in blocks if b]
    if blocks:
        block = max(blocks, key=lambda b: (len({f.metric for f in b}), -b[0].char_start))
    kept = _sum_by_metric(block)
    # The block is the report's own choice of figures and is kept whole (it may count visitors of
    # the fair and participants of its conferences apart); prose adds the metrics it lacks.
    stated = {_group(f.metric) for f in kept}
    prose = prose_figures(doc)
    for fig in prose:
        if _group(fig.metric) not in stated:
            stated.add(_group(fig.metric))
            kept.append(fig)
    order = Counter({m: i for i, m in enumerate(load("metrics")["metrics"])})
    kept.sort(key=lambda f: (f.char_start, order[f.metric]))
    published = {(_group(f.metric), f.value) for f in kept}
    spans = {span for f in kept for span in f.numbers}
    spans |= {span for f in prose if (_group(f.metric), f.value) in published for span in f.numbers}
    return tuple(kept), tuple(sorted(spans))


# A block holding a line counted by a context word ("1 200 personnes") states at least this many
# metrics (that line's included).
_CONTEXT_BLOCK_MIN_METRICS = 3


def _sum_by_metric(block: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """One figure per metric of a block: several lines of one metric added up, a line repeated
    word for word counted once."""
    by_metric: dict[str, list[HeadlineFigure]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for fig in block:
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
                word=" | ".join(dict.fromkeys(f.word for f in figs if f.word)),
                numbers=tuple(span for f in figs for span in f.numbers),
            )
        )
    return result


def as_row_value(value: float) -> int | float:
    return as_number(value)
