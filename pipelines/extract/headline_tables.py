"""Headline figures of a table whose header row names the metrics and whose next row gives their
values ("Participants | Intervenants" over "350 | 40"), or a slide's row of figures over its labels."""

from __future__ import annotations

import re

from ..document import Document
from .headline_line_shapes import _metric_of_label
from .headline_terms import HeadlineFigure, count_at, make_figure
from .lines import Line


_CELL_SEPARATOR = re.compile(r"[ \t]*(?:\t|\|)[ \t]*")


def _cells(text: str, start: int, separator: re.Pattern | None = None) -> list[tuple[int, int]]:
    """The cells of a table row (tab- or "|"-separated), as offsets into the document text."""
    cells, begin = [], start
    for m in (separator or _CELL_SEPARATOR).finditer(text):
        cells.append((begin, start + m.start()))
        begin = start + m.end()
    cells.append((begin, start + len(text)))
    return [(a, b) for a, b in cells if b > a]


def _header_and_values(doc: Document, units: dict, lines: list[Line]) -> list[HeadlineFigure]:
    """A table whose header row names the metrics and whose next row gives their values:
    "Participants | Intervenants | Ateliers" then "350 | 40 | 12" (at least two such columns)."""
    found = []
    for first, second in zip(lines, lines[1:]):
        # the labels above their values, or (a slide's row of figures) the values above their labels
        for head, row in ((first, second), (second, first)):
            pairs = _label_value_pairs(doc, head, row)
            if len(pairs) >= 2:
                for (metric, word), number, base in pairs:
                    found.append(make_figure(doc, units, metric, number, first.start, second.end, word, base))
                break
    return found


# Cells of a row of figures set apart by tabs, "|" or, in a PDF's text, wide runs of spaces.
_WIDE_SEPARATOR = re.compile(r"[ \t]*(?:\t|\|)[ \t]*| {2,}")


def _label_value_pairs(doc: Document, head: Line, row: Line) -> list:
    """(metric and word, number, offset) of each column whose head cell is a metric's word and whose
    cell in ``row`` is a number alone: "Participants | Intervenants" over "350 | 40"."""
    if not _WIDE_SEPARATOR.search(head.body.strip()) or not _WIDE_SEPARATOR.search(row.body.strip()):
        return []
    labels = _cells(head.body, head.body_start, _WIDE_SEPARATOR)
    values = _cells(row.body, row.body_start, _WIDE_SEPARATOR)
    if len(labels) != len(values) or len(labels) < 2:
        return []
    pairs = []
    for (a, b), (c, d) in zip(labels, values):
        metric = _metric_of_label(doc.text[a:b])
        number = count_at(doc.text[c:d], 0) if metric else None
        if number is not None and doc.text[c:d][number.end:].strip() == "" and 0 < number.value < 10_000_000:
            pairs.append((metric, number, c))
    return pairs
