"""Headline figures of an event ("320 visiteurs", "Exposants : 85") read with the metric
vocabulary of ``lexicons/metrics.yaml``."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from ..ingest import Document
from ..lexicons import fold, fold_apostrophes, load
from .budget import check_time
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
def _attendance_group() -> frozenset[str]:
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


def _term_at(folded: str, pos: int, terms=None) -> tuple[str, int] | None:
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


def _is_rate(folded: str, end: int) -> bool:
    """"8 000 visiteurs par mois", "40 participants en moyenne": not a total of the event."""
    return bool(load("metrics").get("rates")) and _rate_pattern().match(folded, end) is not None


_BLANKS = re.compile(r"[ \u00a0]*")
_GAP_WORD = re.compile(r"[a-z]{1,12}\b")


def _number_first(folded: str, text: str, pos: int):
    """"320 visiteurs", "Plus de 60 intervenants", "une trentaine d'exposants"."""
    number = number_at(text, pos)
    if number is None:
        return None
    cursor = number.end
    for _ in range(_MAX_GAP_WORDS + 1):
        cursor = _BLANKS.match(folded, cursor).end()
        found = _term_at(folded, cursor)
        if found:
            if _is_rate(folded, found[1]):
                return None
            return number, found[0], found[1], (cursor, found[1])
        gap = _GAP_WORD.match(folded, cursor)
        if not gap:
            return None
        cursor = gap.end()
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
    if _is_rate(folded, number.end):
        return None
    return number, metric, number.end, (pos, after)


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


def _context_line(folded: str, probe: str, number):
    """A line that is only a count of `attendance_context_terms` ("1 200 personnes"): a headline
    line in a block of several metrics only (``_headline_figures``)."""
    cursor = len(folded) - len(folded[number.end:].lstrip(" "))
    found = _term_at(folded, cursor, context_terms())
    if not found or found[0] not in _attendance_group() or _term_at(folded, cursor) is not None:
        return None
    if re.search(r"\w", folded[found[1]:]):
        return None
    return number, found[0], found[1], (cursor, found[1])


def _caption_below(number, probe: str, pos: int, next_line: Line | None):
    """A key-figure card: the number alone on its line ("Plus de 30"), what it counts on the next
    line ("exposants", "d'exposants"), a short caption -> (metric, end of the caption, the counted
    word) or None."""
    if next_line is None or number.end < len(probe.rstrip()) or number.start != pos:
        return None
    caption = next_line.body.strip()
    folded = fold(caption).replace("’", "'")
    lead = re.match(r"(?:de\s+|d')?", folded).end()
    found = _term_at(folded, lead)
    if not found or len(folded) - found[1] > 40:
        return None
    return found[0], next_line.body_start + len(next_line.body.rstrip()), caption[lead:found[1]]


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
    """(number, metric, item end, word) of every "number term" of a line that states several headline
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
                number, metric, end, (t0, t1) = hit
                # the quote runs to the end of the item: "1 atelier le matin", "2 ateliers l'après-midi"
                item_end = end + re.search(r"\s*(?:[,;:.)(]|\bet\b|$)", fclause[end:]).start()
                hits.append((dataclasses.replace(number, start=number.start + clause_start, end=number.end + clause_start),
                             metric, item_end + clause_start, clause[t0:t1]))
                cursor = end
        clause_start = stop
    return hits if len({h[1] for h in hits}) >= _INLINE_MIN_METRICS else []


def candidates(doc: Document) -> list[HeadlineFigure]:
    units = {m: spec["unit"] for m, spec in load("metrics")["metrics"].items()}
    found: list[HeadlineFigure] = []
    lines = list(iter_lines(doc.text))
    headings = {h.offset for h in doc.headings}
    previous_hit = False
    # list items: runs of consecutive items (blank lines aside), their sizes, the run of each figure
    run, run_items, in_list, last_marked = -1, Counter(), {}, False
    for i, line in enumerate(lines):
        check_time()
        body, before_hit = line.body, previous_hit
        # the line above, unless it is a document heading (a long title is no sentence to go on with)
        before = lines[i - 1].text if i and not headings & {lines[i - 1].start, lines[i - 1].body_start} else ""
        previous_hit = False
        if not body.strip():
            continue
        list_item = bool(line.text[:line.body_start - line.start].strip())
        context = False
        if list_item:
            run += 0 if last_marked else 1
            run_items[run] += 1
        last_marked = list_item
        if len(body) > 400 or (line.body_start == line.start and not before_hit and _continues_prose(before)):
            # running text: only a paragraph naming several headline metrics
            folded = fold(body).replace("’", "'")
            for number, metric, end, word in _inline_figures(body, folded):
                if 0 < number.value < 10_000_000:
                    found.append(_figure(doc, units, metric, number, line.body_start + number.start,
                                         line.body_start + end, word, line.body_start))
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
                for number, metric, end, word in inline:
                    if 0 < number.value < 10_000_000:
                        found.append(_figure(doc, units, metric, number, line.body_start + number.start,
                                             line.body_start + end, word, line.body_start))
                previous_hit = True
                continue
            number = number_at(probe, pos)
            card = _caption_below(number, probe, pos, lines[i + 1] if i + 1 < len(lines) else None) if number else None
            alone = _context_line(folded, probe, number) if number and number.start == pos and card is None else None
            if card is None and alone is None:
                continue
            if card is not None:
                hit, line_end, word = (number, card[0], number.end, None), card[1], card[2]
            else:
                hit, word, context = alone, probe[alone[3][0]:alone[3][1]], True
        else:
            word = probe[hit[3][0]:hit[3][1]]
        previous_hit = True
        number, metric = hit[0], hit[1]
        if number.value <= 0 or number.value >= 10_000_000:
            continue
        found.append(_figure(doc, units, metric, number, line.body_start, line_end, word, line.body_start))
        if context:
            found[-1] = dataclasses.replace(found[-1], context=True)
        if list_item:
            in_list[len(found) - 1] = run
        # the event's length after its count: "640 participants pendant deux jours"
        duration = _prose_patterns()["duration"].match(folded, hit[3][1]) if hit[3] and metric != "days" else None
        days = _number_first(folded, probe, duration.end()) if duration else None
        if days and days[1] == "days" and 0 < days[0].value < 1000:
            found.append(_figure(doc, units, "days", days[0], line.body_start, line_end,
                                 probe[days[3][0]:days[3][1]], line.body_start))
    # A paragraph wrapped over several lines (a PDF's text flow) that states the headline figures
    # in running text: read as one line.
    for para in _WRAPPED_PARAGRAPH.finditer(doc.text):
        text = para.group(0)
        rows = text.split("\n")
        if ("\f" in text or len(text) > _INLINE_MAX_CHARS or any(len(r.strip()) < 50 for r in rows[:-1])
                or any(LIST_MARKER.match(r).end() > len(r) - len(r.lstrip()) for r in rows)):
            continue          # not a wrapped paragraph of prose
        probe = text.replace("\n", " ")
        inline = _inline_figures(probe, fold(probe).replace("’", "'"))
        if inline:            # read as a whole, instead of the lines that happen to start with a figure
            found = [f for f in found if not para.start() <= f.char_start < para.end()]
        for number, metric, end, word in inline:
            if 0 < number.value < 10_000_000:
                found.append(_figure(doc, units, metric, number, para.start() + number.start, para.start() + end, word,
                                     para.start()))
    # One count of sessions alone in a list of several items ("Au programme : - une conférence sur
    # ... - deux ateliers dédiés à ... - un temps d'échange") describes the programme, not its figures.
    sessions = set(load("metrics").get("session_metrics") or [])
    figure_lines = Counter(in_list.values())
    programme = {run for run, n in figure_lines.items() if n == 1 and run_items[run] >= _PROGRAMME_LIST_MIN_ITEMS}
    found = [f for i, f in enumerate(found) if not (in_list.get(i) in programme and f.metric in sessions)]
    found.sort(key=lambda f: f.char_start)
    return found


# Lines of text without a blank line between them, from a line start (possessive: a long line that
# no other line follows is given up at once, not retried from each of its characters).
_WRAPPED_PARAGRAPH = re.compile(r"^[^\n]++(?:\n[^\n]*\S[^\n]*+)+", re.MULTILINE)
# A list of at least this many items holding a single count of sessions is a programme.
_PROGRAMME_LIST_MIN_ITEMS = 3


def _figure(doc: Document, units: dict, metric: str, number, start: int, end: int, word: str | None,
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


# --------------------------------------------------------------------------- prose about the event
# Headline figures in running text about the event itself (metrics.yaml `event_prose`): a gathering
# verb before the counts ("Le forum a rassemblé plus de 270 participants et 30 exposants") or after
# them ("75 personnes ont participé"), or a sentence opening with counts of the programme ("Trois
# tables rondes ont suivi"). The audience of one session ("le second atelier a réuni 40
# participants"), a rate, another edition's count or a capacity is left to the cited figures.

_norm = fold_apostrophes


def _words_pattern(words) -> str:
    """Alternation of folded words or phrases, longest first, any run of blanks between words."""
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in k.split()) for k in keys)


@cache
def _prose_patterns() -> dict[str, re.Pattern]:
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    bound = r"(?<![\w'])(?:{})(?![\w])"
    connectors = _words_pattern(lex.get("chain_connectors") or [])
    enumeration = _words_pattern(lex.get("enumeration_connectors") or [])
    return {
        "terms": re.compile(r"(?<![\w])(?:{})(?![\w])".format("|".join(re.escape(t) for t, _ in context_terms()))),
        "before": re.compile(bound.format(_words_pattern(prose.get("verbs_before") or ["\0"]))),
        "after": re.compile(bound.format(_words_pattern(prose.get("verbs_after") or ["\0"]))),
        "sessions": re.compile(bound.format(_words_pattern(prose.get("session_words") or ["\0"]))),
        "specified": re.compile(r"(?<![\w'])(?:{})\s+(?:\w+\s+)?(?:{})(?![\w])".format(
            _words_pattern(prose.get("specifiers") or ["\0"]), _words_pattern(prose.get("session_words") or ["\0"]))),
        "elsewhere": re.compile(bound.format(_words_pattern(prose.get("not_this_event") or ["\0"]))),
        "chain": re.compile(r"\s*(?:(?:{})\s*)+".format(connectors.replace(r"\,", ","))),
        "enumeration": re.compile(r"\s*(?:(?:{})\s*)+(?:(?:de|des|d')\s*)?".format(enumeration)),
        "duration": re.compile(r"\s*,?\s*(?:{})\s+(?:(?:les|des|ces)\s+)?".format(
            _words_pattern(prose.get("duration_words") or ["\0"]))),
        "opener": re.compile(r"(?:{})".format(_words_pattern(prose.get("openers") or ["\0"]))),
        "lead_in": re.compile(r"(?:[\w'-]+\s+){0,%d}[\w'-]+\s*[,:]\s*" % (int(prose.get("max_lead_in_words", 3)) - 1)),
    }


# Sentences end at a full stop, a blank line, a page break or a list item; a sentence longer than
# this is read only around its counted words.
_SENTENCE_BREAK = re.compile(r"[.!?…]+[»”\"')\]]*(?=\s)|\n[ \t]*\n|\f|\n(?=[ \t]*(?:[-•*–—▪►✓·]|\d+[.)])\s)")
_SENTENCE_REACH = 300


@dataclass(frozen=True)
class _Item:
    """A count in a sentence: its number, metric, the counted word's span (sentence offsets) and
    whether the word counts the attendance only in a gathering sentence ("personnes")."""
    number: object
    metric: str
    start: int
    end: int
    word_start: int
    word_end: int
    context: bool


def _item_before(sent: str, fsent: str, t0: int, t1: int, metric: str, context: bool) -> _Item | None:
    """The count whose number comes right before the counted word at [t0, t1) (one short word may
    come between: "3 grandes tables rondes"), its qualifier included ("plus de 270 participants")."""
    for ws in _WORD_START.finditer(fsent, max(0, t0 - 60), t0):
        number = number_at(sent, ws.start())
        if number is None or number.start != ws.start():
            continue
        if not re.fullmatch(r"\s*(?:[a-z]{1,12}\s+)?", fsent[number.end:t0]):
            continue
        if not 0 < number.value < 10_000_000 or _is_rate(fsent, t1):
            return None
        return _Item(number, metric, number.start, t1, t0, t1, context)
    return None


def _enumeration(fsent: str, item: _Item, sessions: set[str], terms) -> _Item:
    """"Une quarantaine de conférences, ateliers et autres tables rondes": one count of sessions."""
    if item.metric not in sessions:
        return item
    end, kinds = item.end, {item.metric}
    while True:
        m = _prose_patterns()["enumeration"].match(fsent, end)
        found = _term_at(fsent, m.end(), terms) if m and m.end() > end else None
        if not found or found[0] not in sessions:
            break
        kinds.add(found[0])
        end = found[1]
    if len(kinds) < 2:
        return item
    return dataclasses.replace(item, metric="sessions", end=end, word_end=end)


def _session_named(fclause: str, title: str) -> bool:
    """Whether a clause names a session of the event ("le second atelier"), other than the kind of
    session the document's title names (a webinar's page speaking of "le webinaire")."""
    patterns = _prose_patterns()
    if patterns["specified"].search(fclause):
        return True
    return any(m.group(0) not in title for m in patterns["sessions"].finditer(fclause))


def _gap_words(gap: str) -> int | None:
    """Words in the gap between a verb and a count; None when a clause ends in it."""
    return None if re.search(r"[.;:!?()«»\"]", gap) else len(re.findall(r"[\w']+", gap))


def _document_title(doc: Document) -> str:
    titles = [h.text for h in doc.headings[:1]] + [doc.title or ""]
    titles += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    return _norm(" ".join(titles))


def prose_figures(doc: Document) -> list[HeadlineFigure]:
    """The headline figures stated in sentences about the event itself, in text order."""
    text = doc.text
    if not text:
        return []
    folded = _norm(text)
    patterns = _prose_patterns()
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    max_gap = int(prose.get("max_gap_words", 4))
    sessions = set(lex.get("session_metrics") or [])
    attendance = _attendance_group()
    units = {m: spec["unit"] for m, spec in lex["metrics"].items()}
    title = _document_title(doc)
    terms = context_terms()
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)]
    newlines = [m.start() for m in re.finditer(r"[\n\f]", text)]
    starts = [b[1] for b in breaks]
    ends = [b[0] for b in breaks]
    # the counted words, grouped by sentence
    by_sentence: dict[tuple[int, int, int], list[tuple[int, int]]] = defaultdict(list)
    for m in patterns["terms"].finditer(folded):
        i = bisect.bisect_right(starts, m.start())
        lo = starts[i - 1] if i else 0
        j = bisect.bisect_left(ends, m.end())
        hi = ends[j] if j < len(ends) else len(text)
        by_sentence[(max(lo, m.start() - _SENTENCE_REACH), min(hi, m.end() + _SENTENCE_REACH), lo)].append(m.span())
    found: list[HeadlineFigure] = []
    for (lo, hi, sentence_start), spans in by_sentence.items():
        check_time()
        sent, fsent = text[lo:hi], _norm(text[lo:hi])
        items: list[_Item] = []
        for t0, t1 in spans:
            t0, t1 = t0 - lo, t1 - lo
            if items and t0 < items[-1].end:
                continue
            metric, _ = _term_at(fsent, t0, terms)
            context = _term_at(fsent, t0) is None
            item = _item_before(sent, fsent, t0, t1, metric, context)
            if item:
                items.append(_enumeration(fsent, item, sessions, terms))
        for chain in _chains(fsent, items):
            found += _chain_figures(doc, units, sent, fsent, lo, lo == sentence_start, chain, title, max_gap,
                                    attendance, sessions, _in_running_text(text, newlines, lo + chain[0].start))
    found.sort(key=lambda f: f.char_start)
    return found


# The line reader (``candidates``) reads lines up to this length that start with a count.
_LINE_MAX_CHARS = 400


def _in_running_text(text: str, newlines: list[int], pos: int) -> bool:
    """Whether a count is inside running text rather than at the start of a short line (which
    the line reader reads): after other words on its line, or on a line too long for it."""
    i = bisect.bisect_left(newlines, pos)
    line_start = newlines[i - 1] + 1 if i else 0
    line_end = newlines[i] if i < len(newlines) else len(text)
    if pos - line_start > _LINE_MAX_CHARS or line_end - line_start > _LINE_MAX_CHARS:
        return True
    before = text[line_start:pos]
    return bool(before[LIST_MARKER.match(before).end():].strip())


def _chains(fsent: str, items: list[_Item]) -> list[list[_Item]]:
    """Counts joined in one phrase: "2 100 visiteurs et plus de 70 exposants"."""
    chains: list[list[_Item]] = []
    for item in items:
        if chains:
            link = _prose_patterns()["chain"].fullmatch(fsent, chains[-1][-1].end, item.start)
            if link:
                chains[-1].append(item)
                continue
        chains.append([item])
    return chains


def _chain_figures(doc, units, sent, fsent, lo, whole, chain, title, max_gap, attendance, sessions, running):
    patterns = _prose_patterns()
    first, last = chain[0], chain[-1]
    before, after = fsent[:first.start], fsent[last.end:]
    quote_start, quote_end = first.start, last.end
    trigger = verb = None
    for m in patterns["before"].finditer(before, max(0, len(before) - 120)):
        verb = m                                    # the last gathering verb before the counts
    gap = _gap_words(before[verb.end():]) if verb else None
    if gap is not None and gap <= max_gap:
        trigger, quote_start = "before", verb.start()
    if trigger is None:
        m = patterns["after"].search(after, 0, 120)
        gap = _gap_words(after[:m.start()]) if m else None
        if m and gap is not None and gap <= max_gap:
            trigger, quote_end = "after", last.end + m.end()
            # the object of the verb: "ont assisté à la dernière visioconférence"
            tail = after[m.end():m.end() + 60]
            if _session_named(tail[:re.search(r"[.,;:!?]|$", tail).start()], title):
                return []
    if trigger is None:
        # a sentence of running text opening with the counts, then saying something of them
        lead = before.strip()
        opening = not lead or patterns["lead_in"].fullmatch(lead) or patterns["opener"].fullmatch(lead)
        if not (whole and running and opening and first.metric != "days" and not first.context
                and len(re.findall(r"[\w']+", after)) >= 3):
            return []
        trigger = "opening"
        if first.metric in attendance and _session_named(after[:re.search(r"[.;:!?]|$", after).start()], title):
            return []           # "40 participants ont suivi le second atelier"
    elif first.metric == "days" or _session_named(before, title):
        return []
    if patterns["elsewhere"].search(fsent):
        return []
    if quote_start > 0 and first.start <= 160 and whole:
        quote_start = 0                 # the whole sentence up to the counts, when it is short
    items = [i for i in chain if not (i.context and trigger == "opening")]
    # the event's length after its counts: "640 participants pendant deux jours", or after the
    # verb that follows them ("800 personnes se sont réunies pendant trois jours")
    duration = patterns["duration"].match(fsent, last.end) or (
        patterns["duration"].match(fsent, quote_end) if trigger == "after" else None)
    days = _number_first(fsent, sent, duration.end()) if duration else None
    if days and days[1] == "days" and 0 < days[0].value < 1000:
        (t0, t1) = days[3]
        items.append(_Item(days[0], "days", days[0].start, t1, t0, t1, False))
        quote_end = max(quote_end, t1)
    start, end = lo + quote_start, lo + quote_end
    return [_figure(doc, units, i.metric, i.number, start, end, sent[i.word_start:i.word_end], lo)
            for i in items]


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
    return "attendance" if metric in _attendance_group() else metric


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
