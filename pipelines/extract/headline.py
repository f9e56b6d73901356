"""Headline figures of an event ("320 visiteurs", "Exposants : 85") read with the metric
vocabulary of ``lexicons/metrics.yaml``."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from ..ingest import Document
from ..lexicons import fold, load
from .lines import LIST_MARKER, Line, iter_lines, trimmed_span
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
    """"320 visiteurs", "Plus de 60 intervenants", "une trentaine d'exposants"."""
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


@cache
def _label_prefixes() -> tuple[str, ...]:
    words = load("metrics").get("label_prefixes") or []
    return tuple(sorted({fold(str(w)).replace("’", "'") for w in words}, key=len, reverse=True))


def _label_first(folded: str, text: str, pos: int):
    """"Visiteurs : 3 500", "Exposants – 85", a table row "Visiteurs 2 300", "Nombre de
    visiteurs : 3 500" (a prefix of metrics.yaml `label_prefixes` before the term)."""
    for prefix in _label_prefixes():
        if folded.startswith(prefix, pos):
            after = pos + len(prefix)
            if prefix.endswith("'") or (after < len(folded) and folded[after] == " "):
                pos = len(folded) - len(folded[after:].lstrip(" "))
                break
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


# "Fréquentation : 1 200 visiteurs", "Durée – 2 journées": a label that is not a metric term,
# then a number and its term.
_OTHER_LABEL = re.compile(r"[^\W\d_][^\d:|–—]{0,40}?(?:\s*:\s*|\s+[–—-]\s+)")
_ONE_WORD_LABEL = re.compile(r"[^\W\d_]{3,20}\s+")


def _labelled_number_first(folded: str, text: str, pos: int):
    m = _OTHER_LABEL.match(folded, pos)
    if m is None and len(folded) - pos <= 80:
        m = _ONE_WORD_LABEL.match(folded, pos)       # a table row "Fréquentation 1 200 visiteurs"
    return _number_first(folded, text, m.end()) if m else None


def _continues_prose(previous: str) -> bool:
    """A line of a wrapped paragraph (a PDF's text flow): the previous line is long, is not a list
    item and does not end a sentence, so this line starts in the middle of a sentence. (The caller
    checks that the previous line is not a headline line itself.)"""
    body = previous.strip()
    return (len(body) >= 50 and not body.endswith((".", ":", ";", "!", "?", "»", ")"))
            and LIST_MARKER.match(previous).end() == len(previous) - len(previous.lstrip()))


def _caption_below(number, probe: str, pos: int, next_line: Line | None):
    """A key-figure card: the number alone on its line ("Plus de 30"), what it counts on the next
    line ("exposants", "d'exposants"), a short caption -> (metric, end of the caption) or None."""
    if next_line is None or number.end < len(probe.rstrip()) or number.start != pos:
        return None
    caption = next_line.body.strip()
    folded = fold(caption).replace("’", "'")
    lead = re.match(r"(?:de\s+|d')?", folded).end()
    found = _term_at(folded, lead)
    if not found or len(folded) - found[1] > 40:
        return None
    return found[0], next_line.body_start + len(next_line.body.rstrip())


@cache
def _term_pattern() -> re.Pattern:
    terms = "|".join(re.escape(t) for t, _ in metric_terms())
    return re.compile(rf"(?<![a-z0-9])(?:{terms})(?![a-z0-9])")


_WORD_START = re.compile(r"(?<![\w'’])[\w]")
# A paragraph stating the headline figures in running text ("Avec 1 200 visiteurs, 40 exposants
# et 12 conférences, ...") names at least this many distinct metrics, each right after its number.
_INLINE_MIN_METRICS = 3
_INLINE_MAX_CHARS = 2000


def _inline_figures(probe: str, folded: str):
    """(number, metric, term end) of every "number term" of a line that states several headline
    metrics in running text; [] for any other line. The number may be anywhere in the line."""
    if len(probe) > _INLINE_MAX_CHARS:
        return []
    named = {metric for m in _term_pattern().finditer(folded) for metric in [_term_at(folded, m.start())[0]]}
    if len(named) < _INLINE_MIN_METRICS:
        return []
    hits = []
    clause_start = 0
    for stop in [m.start() + 1 for m in re.finditer(r"[.;!?](?=\s)", folded)] + [len(folded)]:
        clause, fclause = probe[clause_start:stop], folded[clause_start:stop]
        cursor = 0
        for m in _WORD_START.finditer(fclause):
            if m.start() < cursor:
                continue
            hit = _number_first(fclause, clause, m.start())
            if hit:
                number, metric, end = hit
                # the quote runs to the end of the item: "1 atelier le matin", "2 ateliers l'après-midi"
                item_end = end + re.search(r"\s*(?:[,;:.)(]|\bet\b|$)", fclause[end:]).start()
                hits.append((dataclasses.replace(number, start=number.start + clause_start, end=number.end + clause_start),
                             metric, item_end + clause_start))
                cursor = end
        clause_start = stop
    return hits if len({h[1] for h in hits}) >= _INLINE_MIN_METRICS else []


def candidates(doc: Document) -> list[HeadlineFigure]:
    units = {m: spec["unit"] for m, spec in load("metrics")["metrics"].items()}
    found: list[HeadlineFigure] = []
    lines = list(iter_lines(doc.text))
    headings = {h.offset for h in doc.headings}
    previous_hit = False
    for i, line in enumerate(lines):
        body, before_hit = line.body, previous_hit
        # the line above, unless it is a document heading (a long title is no sentence to go on with)
        before = lines[i - 1].text if i and not headings & {lines[i - 1].start, lines[i - 1].body_start} else ""
        previous_hit = False
        if not body.strip():
            continue
        if len(body) > 400 or (line.body_start == line.start and not before_hit and _continues_prose(before)):
            # running text: only a paragraph naming several headline metrics
            folded = fold(body).replace("’", "'")
            for number, metric, end in _inline_figures(body, folded):
                if 0 < number.value < 10_000_000:
                    found.append(_figure(doc, units, metric, number, line.body_start + number.start, line.body_start + end))
            continue
        probe = body
        if body.lstrip().startswith("|"):     # a Markdown table row: "| Visiteurs | 1 200 |"
            probe = body.replace("|", " ")
        folded = fold(probe).replace("’", "'")
        pos = len(probe) - len(probe.lstrip())
        hit = (_number_first(folded, probe, pos) or _label_first(folded, probe, pos)
               or _labelled_number_first(folded, probe, pos))
        line_end = line.end
        if not hit:
            inline = _inline_figures(probe, folded)
            if inline:
                for number, metric, end in inline:
                    if 0 < number.value < 10_000_000:
                        found.append(_figure(doc, units, metric, number, line.body_start + number.start,
                                             line.body_start + end))
                previous_hit = True
                continue
            number = number_at(probe, pos)
            card = _caption_below(number, probe, pos, lines[i + 1] if i + 1 < len(lines) else None) if number else None
            if card is None:
                continue
            hit, line_end = (number, card[0], number.end), card[1]
        previous_hit = True
        number, metric, _ = hit
        if number.value <= 0 or number.value >= 10_000_000:
            continue
        found.append(_figure(doc, units, metric, number, line.body_start, line_end))
    # A paragraph wrapped over several lines (a PDF's text flow) that states the headline figures
    # in running text: read as one line.
    for para in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)+", doc.text):
        text = para.group(0)
        rows = text.split("\n")
        if ("\f" in text or len(text) > _INLINE_MAX_CHARS or any(len(r.strip()) < 50 for r in rows[:-1])
                or any(LIST_MARKER.match(r).end() > len(r) - len(r.lstrip()) for r in rows)):
            continue          # not a wrapped paragraph of prose
        probe = text.replace("\n", " ")
        inline = _inline_figures(probe, fold(probe).replace("’", "'"))
        if inline:            # read as a whole, instead of the lines that happen to start with a figure
            found = [f for f in found if not para.start() <= f.char_start < para.end()]
        for number, metric, end in inline:
            if 0 < number.value < 10_000_000:
                found.append(_figure(doc, units, metric, number, para.start() + number.start, para.start() + end))
    found.sort(key=lambda f: f.char_start)
    return found


def _figure(doc: Document, units: dict, metric: str, number, start: int, end: int) -> HeadlineFigure:
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
    )


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
    up; a line repeated word for word counts once."""
    key = (doc.text, tuple(doc.page_starts))
    last_key, last_result = _LAST[0]
    if last_key == key:      # key_figures and cited_figures (its headline block) both ask
        return list(last_result)
    result = _headline_figures(doc)
    _LAST[0] = (key, tuple(result))
    return result


# The figures of the last document read, with its text and page map: a document's rows are
# computed by several tables' extractors in a row. One pair, swapped at once (thread-safe).
_LAST: list[tuple[tuple | None, tuple[HeadlineFigure, ...]]] = [(None, ())]


def _headline_figures(doc: Document) -> list[HeadlineFigure]:
    found = candidates(doc)
    if not found:
        return []
    blocks = headline_blocks(doc, found)
    block = max(blocks, key=lambda b: (len({f.metric for f in b}), -b[0].char_start))
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
            )
        )
    order = Counter({m: i for i, m in enumerate(load("metrics")["metrics"])})
    return sorted(result, key=lambda f: (f.char_start, order[f.metric]))


def as_row_value(value: float) -> int | float:
    return as_number(value)
