"""Headline figures of an event ("320 visiteurs", "Exposants : 85") read with the metric
vocabulary of ``lexicons/metrics.yaml``: the block of headline lines that states the most metrics
(``headline_lines``), completed by prose about the event (``headline_prose``)."""

from __future__ import annotations

import re
from functools import cache
from collections import Counter, defaultdict
from dataclasses import replace

from ..document import Document
from ..lexicons import fold, fold_apostrophes, load
from .headline_days import clause_days
from .headline_lines import candidates
from .headline_prose import prose_figures
from .headline_prose_years import _earlier_year_lead
from .headline_terms import (WORD_START, HeadlineFigure, attendance_group, context_terms, count_at, is_scaled, make_figure,
                             metric_units, prose_patterns, term_at)
from .lines import iter_lines
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
    one figure of the group, and only when the block states none; failing prose, the first line
    of its own that states it. A title line's count wins over the block's for its metric."""
    return list(_read(doc)[0])


def key_figure_spans(doc: Document) -> list[tuple[int, int]]:
    """Offsets of the numbers that state the published key figures, and of every restatement of
    one in prose about the event ("a rassemblé 150 personnes ... les 150 participants"): the
    numbers a cited-figures pass leaves out."""
    return list(_read(doc)[1])


def _read(doc: Document) -> tuple[tuple[HeadlineFigure, ...], tuple[tuple[int, int], ...]]:
    key = (doc.text, tuple(doc.page_starts), doc.title)       # the title tells a fair's exhibitors
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
    # counts in a sentence opening with an earlier year than the document's are another edition's
    found = [f for f in candidates(doc) if not _earlier_year_lead(doc, _sentence_to(doc.text, f.char_start))]
    # people, stands and sessions are counted in whole numbers: "1.1 Les intervenants" is a section's number
    found = [f for f in found if f.metric == "days" or float(f.value).is_integer()]
    # a title line's count ("Un beau succès avec 500 participants") heads the lines below it,
    # which may break it down ("380 participants", "120 intervenants"): it is read apart and wins
    # over the block for its metric
    titles = [f for f in found if f.heading]
    found = [f for f in found if not f.heading]
    block = []
    # "1 200 personnes" is the attendance in a block that states other metrics too
    # (or in any block under a key-figures heading: "Le forum en chiffres", "Chiffres clés"), which
    # is the report's own choice of figures and wins over other blocks
    heads = _key_figure_headings(doc)
    blocks = [(_under(doc, heads, b), b) for b in headline_blocks(doc, found)]
    blocks = [(under, [f for f in b if under or not f.context or len({g.metric for g in b}) >= _CONTEXT_BLOCK_MIN_METRICS])
              for under, b in blocks]
    blocks = [(under, b) for under, b in blocks if b]
    if blocks:
        block = max(blocks, key=lambda ub: (ub[0], len({f.metric for f in ub[1]}), -ub[1][0].char_start))[1]
    kept = _sum_by_metric(block)
    for title in titles:
        group = _group(title.metric)
        if not any(_group(f.metric) == group for f in kept):
            kept.append(title)
        elif all(title.char_start < f.char_start for f in kept if _group(f.metric) == group):
            kept = [f for f in kept if _group(f.metric) != group] + [title]
    # The block is the report's own choice of figures and is kept whole (it may count visitors of
    # the fair and participants of its conferences apart); prose adds the metrics it lacks.
    stated = {_group(f.metric) for f in kept}
    prose = prose_figures(doc)
    # the attendance stated as the total ("au total, quelque 80 bénévoles ont répondu présents") wins
    # over an earlier statement of part of it ("150 acteurs du secteur étaient réunis ...")
    for fig in sorted(prose, key=lambda f: not (_group(f.metric) == "attendance" and _stated_as_total(doc, f))):
        if _group(fig.metric) not in stated:
            stated.add(_group(fig.metric))
            kept.append(fig)
    if "days" not in stated and (days := clause_days(doc)) is not None:
        stated.add("days")            # "..., durant 3 jours, ...": the event's length on its own
        kept.append(days)
    kept = [_whole_of_parts(doc, _finer(f, prose), prose) for f in kept]
    kept = [_present_of_registered(doc, f) for f in kept]
    # the attendance, the first figure of any report, on a line of its own away from the block
    # ("800 visiteurs" under the title, the programme's counts further down)
    attendance = "attendance"
    if attendance not in stated:
        lone = next((f for f in found if _group(f.metric) == attendance and not f.context and f not in block
                     and not _names_a_session(doc, f)), None)
        if lone is not None:
            kept.append(lone)
    # the attendance counted over the whole event ("environ 140 visiteurs en cumulé sur le week-end") is the
    # total: it states the attendance when nothing else does, and wins over a sum of parts (the
    # participants of each workshop), not over a count the text states whole
    cumulative = _cumulative_attendance(doc)
    counted = [f for f in kept if _group(f.metric) == attendance]
    if cumulative is not None and all(len(f.numbers) > 1 for f in counted):
        kept = [f for f in kept if _group(f.metric) != attendance] + [cumulative]
    order = Counter({m: i for i, m in enumerate(load("metrics")["metrics"])})
    kept.sort(key=lambda f: (f.char_start, order[f.metric]))
    published = {(_group(f.metric), f.value) for f in kept}
    spans = {span for f in kept for span in f.numbers}
    spans |= {span for f in prose if (_group(f.metric), f.value) in published for span in f.numbers}
    spans |= _attendance_restated(doc, {f.value for f in kept if _group(f.metric) == "attendance"}, spans)
    spans |= _others_restated(doc, {(g, v) for g, v in published if g != "attendance"}, spans)
    return tuple(kept), tuple(sorted(spans))


@cache
def _cumulative_after() -> re.Pattern:
    words = [fold_apostrophes(str(w)) for w in (load("metrics").get("event_prose") or {}).get("cumulative_after") or []]
    return re.compile(r"\s*\(?\s*(?:{})(?![\w])".format("|".join(re.escape(w) for w in words) or "\0"))


# How far before its cumulative marker a count and its word may start.
_CUMULATIVE_REACH = 60


def _cumulative_attendance(doc: Document) -> HeadlineFigure | None:
    """The first count of people in a word of the attendance (metrics.yaml terms and context
    words of `attendance_group`) right followed by a marker of metrics.yaml
    `event_prose.cumulative_after` ("au compteur", "en cumulé", "sur l'ensemble de la journée"):
    the attendance over the whole event; None when there is none, or when another edition's year
    leads its sentence."""
    text = doc.text
    folded = fold_apostrophes(text)
    marker = _cumulative_after()
    terms = tuple((t, m) for t, m in context_terms() if m in attendance_group())
    for m in marker.finditer(folded):
        # the count and its word right before the marker: "390 personnes| en cumulé"
        for w in WORD_START.finditer(folded, max(0, m.start() - _CUMULATIVE_REACH), m.start()):
            number = count_at(text, w.start())
            if number is None or number.start != w.start() or not float(number.value).is_integer() or number.value < 2:
                continue
            cursor = re.compile(r"[ \u00a0\u202f]*").match(folded, number.end).end()
            found = term_at(folded, cursor, terms)
            if found is None or folded[found[1]:m.start()].strip(" ("):
                continue           # the word must close right before the marker
            if _earlier_year_lead(doc, _sentence_to(text, number.start)):
                break
            return make_figure(doc, metric_units(), found[0], number, number.start, m.end(), text[cursor:found[1]], 0)
    return None


# "au total" or "en tout" right before a count (a qualifier such as "près de" between them).
_TOTAL_BEFORE = re.compile(r"(?<![\w])(?:au total|en tout)\s*,?\s*(?:(?:pres|plus|pas loin|moins)\s+d(?:e\s+|')|environ\s+|quelque\s+)?$")


def _stated_as_total(doc: Document, fig: HeadlineFigure) -> bool:
    """Whether a prose figure's count comes right after "au total" or "en tout"."""
    if not fig.numbers:
        return False
    start = fig.numbers[0][0]
    return _TOTAL_BEFORE.search(fold_apostrophes(doc.text[max(0, start - 40):start])) is not None


_SENTENCE_START = re.compile(r"[.!?\n]")
_SENTENCE_LOOKBACK = 300


def _sentence_to(text: str, pos: int) -> str:
    """The folded sentence holding ``pos``, from its start to ``pos`` (at most a few hundred characters)."""
    lo = max(0, pos - _SENTENCE_LOOKBACK)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, pos)]
    return fold(text[starts[-1] if starts else lo:pos])


# A floor of the attendance ("plus de 1 000 visiteurs") and a count stated after it, above it by less
# than this ratio ("environ 1 150 visiteurs"): the same attendance, rounded down, then said precisely.
_FINER_MAX_RATIO = 1.5


def _finer(fig: HeadlineFigure, prose: list[HeadlineFigure]) -> HeadlineFigure:
    """The attendance a headline states as a floor ("Le salon : plus de 1 000 visiteurs") replaced by
    the prose's later, more precise statement of it ("ce sont environ 1 150 visiteurs qui sont
    venus"): a press title rounds down what its article counts."""
    if _group(fig.metric) != "attendance" or fig.comparator not in (">", ">="):
        return fig
    return next((p for p in prose if _group(p.metric) == "attendance" and p.char_start > fig.char_end
                 and p.comparator not in (">", ">=") and fig.value < p.value < fig.value * _FINER_MAX_RATIO), fig)


# Between a count of people and its breakdown: a colon, no end of sentence ("ils étaient 300 à venir :
# 200 élus, 60 exposants et 40 invités").
_BREAKDOWN_GAP = re.compile(r"[^.!?\n]{0,120}:[^.!?\n:]{0,60}")


def _whole_of_parts(doc: Document, fig: HeadlineFigure, prose: list[HeadlineFigure]) -> HeadlineFigure:
    """The attendance read from the breakdown that follows a total of people after a colon replaced
    by that total: "Ils étaient 300 à faire le déplacement : 200 élus, 60 exposants et 40 invités"
    (the elected officials are a part of the attendance; the exhibitors stay their own metric)."""
    if _group(fig.metric) != "attendance" or not fig.numbers:
        return fig
    start = fig.numbers[0][0]
    for p in prose:
        if _group(p.metric) == "attendance" and p.numbers and p.numbers[0][1] < start \
                and _BREAKDOWN_GAP.fullmatch(doc.text, p.numbers[0][1], start):
            return p
    return fig


@cache
def _registered_present() -> tuple[re.Pattern, re.Pattern]:
    """The registration word after a count, then a link to the next count (metrics.yaml
    `registered_present`), and the presence word after that count, as patterns on the text."""
    spec = load("metrics").get("registered_present") or {}
    words = lambda key: "|".join(re.escape(str(w)) for w in sorted(spec.get(key) or ["\0"], key=len, reverse=True))
    registered = re.compile(r"(?:\s+[^\W\d][\w'-]*){{0,2}}?\s+(?:{})(?![\w])\s*(?:{})\s*".format(
        words("registered"), words("links")), re.I)
    present = re.compile(r"(?:\s+[^\W\d][\w'-]*){{0,2}}?\s+(?:{})(?![\w])".format(words("present")), re.I)
    return registered, present


def _present_of_registered(doc: Document, fig: HeadlineFigure) -> HeadlineFigure:
    """The attendance read from the people registered replaced by the people present that the same
    clause counts right after them, a part of them: "95 personnes inscrites et 80 présentes le
    matin" is 80 people at the event, not 95 (not a larger second count, nor one said of no
    presence: "95 inscrits et 12 ateliers")."""
    if _group(fig.metric) != "attendance" or not fig.numbers:
        return fig
    registered, present = _registered_present()
    link = registered.match(doc.text, fig.numbers[0][1])
    number = count_at(doc.text, link.end()) if link else None
    if number is None or number.start != link.end() or not number.value < fig.value:
        return fig
    said = present.match(doc.text, number.end)
    if said is None:
        return fig
    return replace(fig, value=number.value, approximate=number.approximate, comparator=number.comparator,
                   quote=doc.text[number.start:said.end()], char_start=number.start, char_end=said.end(),
                   word=said.group(0).strip(), numbers=(*fig.numbers, (number.start, number.end)))


_DIGITS = re.compile(r"(?<![\w.,])\d[\d \u00a0\u202f.]*")
# "plus de" or "au moins" right before a count: a floor of what is counted.
_FLOOR_BEFORE = re.compile(r"(?<![\w])(?:plus\s+d(?:e\s+|')|au\s+moins\s+)$")


def _floor_of(folded: str, start: int, value: float, values: set[float]) -> bool:
    """A count stated as a floor ("plus de N personnes au salon") a little under a published
    attendance ("environ M visiteurs", N < M): the same attendance rounded down (``_finer``)."""
    return _FLOOR_BEFORE.search(folded[max(0, start - 20):start]) is not None \
        and any(value < v < value * _FINER_MAX_RATIO for v in values)


def _attendance_restated(doc: Document, values: set[float], known: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Offsets of the counts of people that restate the published attendance in any sentence ("Plus
    de 480 personnes à la foire", "les 90 élus présents"): the same number, or a floor a little
    under it ("plus de N personnes" for a little more: ``_floor_of``), right before a word of the
    attendance (metrics.yaml: its metric terms and `attendance_context_terms`), not already among
    the ``known`` spans."""
    if not values:
        return set()
    text = doc.text
    folded = fold_apostrophes(text)
    words = tuple((t, m) for t, m in context_terms() if m in attendance_group())
    found = set()
    for m in _DIGITS.finditer(text):
        if any(a <= m.start() < b for a, b in known):
            continue            # a published figure or a restatement already read
        number = count_at(text, m.start())
        if number is None or (number.value not in values and not _floor_of(folded, m.start(), number.value, values)):
            continue
        after = number.end + len(text[number.end:number.end + 4]) - len(text[number.end:number.end + 4].lstrip(" \t\u00a0\u202f"))
        # a count read with its scale word is followed by "de": "3 millions de visiteurs"
        of = re.match(r"(?:de|d')\s*", folded[after:after + 4]) if is_scaled(text, number) else None
        after += of.end() if of else 0
        if term_at(folded, after, words) is not None:
            found.add((number.start, number.end))
        elif re.search(r"(?:{})\s*,\s*$".format(_words_pattern(words).pattern), folded[max(0, number.start - 40):number.start]):
            # ... or right after the word and a comma: "des centaines d'élèves, 1 200 exactement"
            found.add((number.start, number.end))
    # ... and the counts written in words ("la foule des grands jours, près d'un millier de visiteurs"):
    # read back from each word of the attendance
    for m in _words_pattern(words).finditer(folded):
        for ws in WORD_START.finditer(folded, max(0, m.start() - _WORDS_BEFORE_TERM), m.start()):
            number = count_at(text, ws.start())
            if number is None or number.start != ws.start() or folded[number.end:m.start()].strip(" \t\u00a0\u202f"):
                continue
            if number.value in values and not any(a <= number.start < b for a, b in known | found):
                found.add((number.start, number.end))
            break
    return found


# "les" or "ces" right before a count: it names back what was counted ("les 60 exposants").
_NAMED_BACK = re.compile(r"(?<![\w])(?:les|ces)[ \t\u00a0]+$")


def _others_restated(doc: Document, published: set[tuple[str, float]], known: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Offsets of the counts in digits that restate another published key figure than the
    attendance anywhere in the text ("les 60 exposants" for 60 exhibitors): the same number named
    back ("les", "ces"; not "merci aux 60 bénévoles", said to them) right before a word of that
    metric, not already among the ``known`` spans."""
    if not published:
        return set()
    text = doc.text
    folded = fold_apostrophes(text)
    words = tuple((t, m) for t, m in context_terms() if _group(m) != "attendance")
    found = set()
    for m in _DIGITS.finditer(text):
        if any(a <= m.start() < b for a, b in known):
            continue
        number = count_at(text, m.start())
        if number is None or not any(v == number.value for _, v in published):
            continue
        after = number.end + len(text[number.end:number.end + 4]) - len(text[number.end:number.end + 4].lstrip(" \t\u00a0\u202f"))
        term = term_at(folded, after, words)
        if term is not None and (_group(term[0]), number.value) in published \
                and _NAMED_BACK.search(folded, max(0, number.start - 8), number.start):
            found.add((number.start, number.end))
    return found


# A count written in words ends at most this many characters before its counted word.
_WORDS_BEFORE_TERM = 40


def _words_pattern(words: tuple[tuple[str, str], ...]) -> re.Pattern:
    """The words of ``words`` as one pattern, whole words only, longest first."""
    return re.compile(r"(?<![\w])(?:{})(?![\w])".format("|".join(
        re.escape(t) for t, _ in sorted(words, key=lambda p: -len(p[0])))))


def _names_a_session(doc: Document, fig: HeadlineFigure) -> bool:
    """Whether the words before a figure's number on its line name a session ("Atelier A : 20
    participants"): the audience of a part of the event."""
    start = fig.numbers[0][0] if fig.numbers else fig.char_start
    line_start = doc.text.rfind("\n", 0, start) + 1
    return prose_patterns()["sessions"].search(fold_apostrophes(doc.text[line_start:start])) is not None


def _key_figure_headings(doc: Document) -> list[int]:
    """End offsets of the short lines that announce the key figures (metrics.yaml
    `key_figure_headings`: "Le salon en chiffres", "Chiffres clés", "Bilan chiffré")."""
    words = load("metrics").get("key_figure_headings") or []
    if not words:
        return []
    pattern = re.compile(r"(?<![\w])(?:{})(?![\w])".format("|".join(
        r"\s+".join(re.escape(part) for part in fold(str(w)).replace("’", "'").split())
        for w in sorted(words, key=len, reverse=True))))
    ends = []
    for line in iter_lines(doc.text):
        body = line.body.strip()
        if body and len(body.split()) <= _HEADING_MAX_WORDS and pattern.search(fold(body).replace("’", "'")):
            ends.append(line.end)
    return ends


# A key-figures heading is a line of at most this many words, at most this many lines of text
# above its block's first figure.
_HEADING_MAX_WORDS = 12
_HEADING_MAX_LINES = 3


def _under(doc: Document, heads: list[int], block: list[HeadlineFigure]) -> bool:
    """Whether a block of figures comes right under a key-figures heading."""
    first = block[0].char_start
    for end in heads:
        if end <= first:
            gap = doc.text[end:first]
            if len(gap) <= _BLOCK_MAX_CHARS and sum(1 for ln in gap.split("\n") if ln.strip()) <= _HEADING_MAX_LINES:
                return True
    return False


# A block holding a line counted by a context word ("1 200 personnes") states at least this many
# metrics (that line's included).
_CONTEXT_BLOCK_MIN_METRICS = 3

_DAYS = "days"


# How far a rounded statement of a count may be from the exact one it restates (a share of the larger).
_ROUNDED_SHARE = 0.1


def _sum_by_metric(block: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """One figure per metric of a block: several lines of one metric added up, a line repeated
    word for word counted once."""
    by_metric: dict[str, list[HeadlineFigure]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for fig in block:
        # counts chained on one line share its quote: "2 intervenantes et 3 intervenants" are two
        signature = (fig.metric, fold(fig.quote), fig.value, fold(fig.word or ""))
        if signature in seen:
            continue
        seen.add(signature)
        by_metric[fig.metric].append(fig)
    result = []
    for metric, figs in by_metric.items():
        first = figs[0]
        # lines counting other words of one metric ("14 sessions de travail", "5 rendez-vous
        # informels") are other kinds of it: the first kind stands for the metric
        figs = [f for f in figs if _kind(f.word) == _kind(first.word)]
        if metric in attendance_group():
            # the same count of people said again in other words ("1 200 visiteurs au salon" as a
            # title, then "1 200 visiteurs ont franchi les portes"): the attendance once, not twice
            values = set()
            figs = [f for f in figs if not (f.value in values or values.add(f.value))]
            # ... or rounded ("4 700 visiteurs" as a title, then "en frôlant la barre des 5 000
            # visiteurs"): the approximate statement within a tenth of an exact one is that count again;
            # so is a rounder approximate one within a tenth of a finer one ("près de 3 000 visiteurs"
            # as a title, then "quelque 2 870 visiteurs ont arpenté les allées"): the finer count stays
            figs = [f for f in figs if not f.approximate
                    or not any(g is not f and (not g.approximate or _digits_of(g.value) > _digits_of(f.value))
                               and abs(f.value - g.value) <= _ROUNDED_SHARE * max(f.value, g.value)
                               for g in figs)] or figs
            first = figs[0]
        else:
            # a rounded count said again ("Une cinquantaine d'ateliers" as a heading, then
            # "plus de 50 ateliers ont eu lieu"): one count, not two parts, when either statement is
            # approximate (parts of a total are written exactly: "10 ateliers le matin, 10 l'après-midi")
            rounded = {f.value for f in figs if f.approximate}
            kept: list[HeadlineFigure] = []
            for f in figs:
                same = next((n for n, k in enumerate(kept) if k.value == f.value and f.value in rounded), None)
                if same is None:
                    kept.append(f)
                else:       # its statement stays the key figure's span, not a cited figure
                    kept[same] = replace(kept[same], numbers=kept[same].numbers + f.numbers)
            figs = kept
            first = figs[0]
        if metric == _DAYS and len(figs) > 1:
            # the days of an event are one duration, said again or in part ("trois jours de
            # colloque", then "2 jours" of sessions): the longest, never a sum; its other
            # statements stay the key figure's spans, not cited figures
            longest = max(figs, key=lambda f: f.value)
            first = replace(longest, numbers=tuple(span for f in figs for span in f.numbers))
            figs = [first]
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
                quote=" | ".join(dict.fromkeys(f.quote for f in figs)),
                page=first.page,
                char_start=first.char_start,
                char_end=last.char_end,
                word=" | ".join(dict.fromkeys(f.word for f in figs if f.word)),
                numbers=tuple(span for f in figs for span in f.numbers),
            )
        )
    return result


def _digits_of(value: float) -> int:
    """How many significant digits a count is written with: 3 for 2 870, 1 for 3 000."""
    return len(str(int(value)).rstrip("0")) if value >= 1 else 1


def _kind(word: str) -> str:
    """A counted word without case, accents, plural nor feminine mark: "Ateliers" and "atelier" count
    one kind, and so do the women and the men of a count split by gender ("4 animatrices et 3
    animateurs", "2 intervenantes et 5 intervenants": one count of 7)."""
    kind = re.sub(r"(?<=\w)[sx]\b", "", fold(word or ""))
    return _FEMININE.sub(lambda m: _MASCULINE[m.group(0)], kind)


# Feminine endings of French nouns of people and their masculine: "conférencière" -> "conférencier",
# "animatrice" -> "animateur", "visiteuse" -> "visiteur", "participante" -> "participant", "élue" -> "élu".
_MASCULINE = {"iere": "ier", "trice": "teur", "euse": "eur", "ante": "ant", "ente": "ent", "ue": "u"}
_FEMININE = re.compile(r"(?:iere|trice|euse|ante|ente|ue)$")


def as_row_value(value: float) -> int | float:
    return as_number(value)
