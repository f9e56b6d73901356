"""Headline figures laid out as lines: a box or list of short "number + noun" lines, a table
row ("Visiteurs : 320", "| Exposants | 85 |"), a card (the number on one line, what it counts on
the next), or a paragraph that states several metrics at once."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache

from ..document import Document
from ..lexicons import fold, load
from .budget import check_time
from .headline_line_shapes import (
    _caption_below, _continues_prose, _context_line, _label_above, _label_first, _labelled_number_first, _next_text_line,
    _sentence_after, _sessions_reported, _title_count, _weak_in_sentences,
)
from .headline_prose_scope import hoped_after
from .headline_prose_years import _held_in_earlier_year
from .headline_tables import _header_and_values
from .headline_terms import (
    HeadlineFigure, WORD_START, count_at, count_in_range, listed_link, make_figure, metric_terms,
    metric_units, number_first, organisation_activity, prose_patterns, term_at,
)
from .lines import LIST_MARKER, iter_lines


@cache
def _term_pattern() -> re.Pattern:
    terms = "|".join(re.escape(t) for t, _ in metric_terms())
    return re.compile(rf"(?<![a-z0-9])(?:{terms})(?![a-z0-9])")
# A paragraph stating the headline figures in running text ("Avec 1 200 visiteurs, 40 exposants
# et 12 conférences, ...") names at least this many distinct metrics, each right after its number.
_INLINE_MIN_METRICS = 3
_INLINE_MAX_CHARS = 2000


@cache
def _compared_before() -> re.Pattern:
    """Words of metrics.yaml `event_prose.compared_with` and an article, ending right before a count."""
    words = [fold(str(w)).replace("’", "'") for w in (load("metrics").get("event_prose") or {}).get("compared_with") or []]
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) or "\0"
    return re.compile(rf"(?<![\w'])(?:{alternation})\s*(?:(?:les|la|le|l'|des)\s*)?$")


def _inline_figures(probe: str, folded: str, doc: Document | None = None):
    """(number, metric, item end, word) of every "number term" of a line that states several headline
    metrics in running text; [] for any other line. The number may be anywhere in the line. A
    sentence saying the event it counts was held in an earlier year than the document's is left
    out (``_held_in_earlier_year``: another event or edition)."""
    if len(probe) > _INLINE_MAX_CHARS:
        return []
    named = {metric for m in _term_pattern().finditer(folded) for metric in [term_at(folded, m.start())[0]]}
    if len(named) < _INLINE_MIN_METRICS:
        return []
    hits = []
    clause_start = 0
    for stop in [m.start() + 1 for m in re.finditer(r"[.;!?](?=\s)", folded)] + [len(folded)]:
        clause, fclause = probe[clause_start:stop], folded[clause_start:stop]
        if organisation_activity(fclause) or (doc is not None and _held_in_earlier_year(doc, fclause)) \
                or prose_patterns()["earlier_success"].search(fclause):
            # "En 2023, l'association a organisé 45 ateliers, ...", "le salon, qui s'est tenu en 2019, ...",
            # "Fort du succès du premier salon, qui avait compté 900 visiteurs et 40 exposants, ..."
            clause_start = stop
            continue
        cursor = 0
        for m in WORD_START.finditer(fclause):
            if m.start() < cursor:
                continue
            hit = number_first(fclause, clause, m.start())
            if hit and _compared_before().search(fclause, max(0, m.start() - 30), m.start()):
                cursor = hit[2]         # "(par rapport aux 18 462 visiteurs de 2019)": another time's count
                continue
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
    units = metric_units()
    found: list[HeadlineFigure] = []
    lines = list(iter_lines(doc.text))
    headings = {h.offset for h in doc.headings}
    previous_hit = False
    # list items: runs of consecutive items (blank lines aside), their sizes, the run of each figure
    # (keyed by the figure, so that the passes below may drop or add figures)
    run, run_items, in_list, last_marked = -1, Counter(), {}, False
    captions: set[int] = set()        # lines read as a card's label or caption
    announcing: set[HeadlineFigure] = set()     # list items that are a count and a colon only
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
            for number, metric, end, word in _inline_figures(body, folded, doc):
                if 0 < number.value < 10_000_000:
                    found.append(make_figure(doc, units, metric, number, line.body_start + number.start,
                                             line.body_start + end, word, line.body_start))
            continue
        probe = body
        if body.lstrip().startswith("|"):     # a Markdown table row: "| Visiteurs | 1 200 |"
            probe = body.replace("|", " ")
        folded = fold(probe).replace("’", "'")
        pos = len(probe) - len(probe.lstrip())
        hit = (number_first(folded, probe, pos) or _label_first(folded, probe, pos)
               or _labelled_number_first(folded, probe, pos))
        if hit and hoped_after().match(folded, hit[2]):
            hit = None          # "750 congressistes étaient espérés, 1 050 ont répondu présent": a hope
        if hit and re.fullmatch(r"[^.!?«»\"“”*]*\?\s*", probe[hit[2]:]):
            hit = None          # "Deux jours en 2031 ?": a question asks, it states no figure
        heading = False
        if hit is None and not list_item and len(body) <= 120:
            hit = _title_count(folded, probe, pos, before)
            heading = hit is not None
        line_end = line.end
        if hit and hit[3]:
            # a line of several sentences is quoted to the end of the first: "70 temps d'échange
            # pendant 3 jours avec 280 participants. Plus de 90 contributions ..."
            stop = _SENTENCE_END.search(probe, hit[3][1])
            if stop:
                line_end = line.body_start + stop.start() + 1
        if not hit:
            inline = _inline_figures(probe, folded, doc)
            if inline:
                for number, metric, end, word in inline:
                    if 0 < number.value < 10_000_000:
                        found.append(make_figure(doc, units, metric, number, line.body_start + number.start,
                                                 line.body_start + end, word, line.body_start))
                previous_hit = True
                continue
            number = count_at(probe, pos)
            above = _label_above(number, probe, pos, lines, i, captions) if number else None
            below = _next_text_line(lines, i)
            card = None
            if above is not None:
                label, metric, word = above
                captions.add(label)
                card = (metric, line.end, word)
            elif number and below is not None and below not in captions:
                card = _caption_below(number, probe, pos, lines[below])
                if card is not None:
                    captions.add(below)
            alone = _context_line(folded, probe, number) if number and number.start == pos and card is None else None
            if card is None and alone is None:
                continue
            if above is not None:
                # "Visiteurs" on the line above, "1 200" on its own: quoted from the label
                found.append(make_figure(doc, units, metric, number, lines[label].body_start, line.end, word,
                                         line.body_start))
                previous_hit = True
                continue
            if card is not None:
                hit, line_end, word = (number, card[0], number.end, None), card[1], card[2]
            else:
                hit, word, context = alone, probe[alone[3][0]:alone[3][1]], True
        else:
            word = probe[hit[3][0]:hit[3][1]]
            if not heading:
                hit = _parts_added(folded, probe, hit, line_end - line.body_start)
        previous_hit = True
        number, metric = hit[0], hit[1]
        if not count_in_range(probe, number):
            continue
        if metric in _weak_in_sentences() and hit[3] and _sentence_after(folded, hit[3][1]):
            continue            # "15 jours plus tard, le conseil a voté ...": a delay told in a sentence
        found.append(make_figure(doc, units, metric, number, line.body_start, line_end, word, line.body_start))
        if context or heading:
            found[-1] = dataclasses.replace(found[-1], context=context, heading=heading)
        if list_item:
            in_list[found[-1]] = run
            if hit[3] and re.fullmatch(r"\s*:\s*", folded[hit[2]:]):
                announcing.add(found[-1])       # "- 3 ateliers :", the sessions listed under it
            elif _sessions_reported().match(folded, pos):
                announcing.add(found[-1])       # "- Restitution des 6 ateliers": all of the sessions
        # more counts joined to it on the line: "1 600 visiteurs et 90 exposants", "500 participants ·
        # 60 intervenants · 20 ateliers", "En chiffres : 500 participants, 60 intervenants"
        for more in _chained_counts(folded, probe, hit[3][1]) if hit[3] else ():
            found.append(make_figure(doc, units, more[1], more[0], line.body_start, line_end,
                                     probe[more[3][0]:more[3][1]], line.body_start))
            if list_item:
                in_list[found[-1]] = run
            hit, metric = more, more[1]
        # the event's length after its count: "640 participants pendant deux jours", or further in
        # its sentence: "45 temps d'échange et de découverte pendant 3 jours"
        duration = prose_patterns()["duration"].match(folded, hit[3][1]) if hit[3] and metric != "days" else None
        days = number_first(folded, probe, duration.end()) if duration else None
        if (days is None or days[1] != "days") and hit[3] and metric != "days":
            stop = re.compile(r"[.;!?](?:\s|$)").search(folded, hit[3][1])
            for m in prose_patterns()["duration_at"].finditer(folded, hit[3][1], stop.start() if stop else len(folded)):
                days = number_first(folded, probe, m.end())
                if days and days[1] == "days":
                    break
        if days and days[1] == "days" and 0 < days[0].value < 1000:
            found.append(make_figure(doc, units, "days", days[0], line.body_start, line_end,
                                     probe[days[3][0]:days[3][1]], line.body_start))
    found += _header_and_values(doc, units, lines)
    # A paragraph wrapped over several lines (a PDF's text flow) that states the headline figures
    # in running text: read as one line.
    for para in _WRAPPED_PARAGRAPH.finditer(doc.text):
        text = para.group(0)
        rows = text.split("\n")
        if ("\f" in text or len(text) > _INLINE_MAX_CHARS or any(len(r.strip()) < 50 for r in rows[:-1])
                or any(LIST_MARKER.match(r).end() > len(r) - len(r.lstrip()) for r in rows)):
            continue          # not a wrapped paragraph of prose
        probe = text.replace("\n", " ")
        inline = _inline_figures(probe, fold(probe).replace("’", "'"), doc)
        if inline:            # read as a whole, instead of the lines that happen to start with a figure
            found = [f for f in found if not para.start() <= f.char_start < para.end()]
        for number, metric, end, word in inline:
            if 0 < number.value < 10_000_000:
                found.append(make_figure(doc, units, metric, number, para.start() + number.start, para.start() + end, word,
                                         para.start()))
    # One count of sessions alone in a list of several items ("Au programme : - une conférence sur
    # ... - deux ateliers dédiés à ... - un temps d'échange") describes the programme, not its figures;
    # not an item that is only a count and a colon ("- 3 tables rondes :"): it heads the sessions
    # listed under it, which the other items are.
    sessions = set(load("metrics").get("session_metrics") or [])
    figure_lines = Counter(in_list.values())
    programme = {run for run, n in figure_lines.items() if n == 1 and run_items[run] >= _PROGRAMME_LIST_MIN_ITEMS}
    found = [f for f in found if not (in_list.get(f) in programme and f.metric in sessions and f not in announcing)]
    found.sort(key=lambda f: f.char_start)
    return found


# Between two parts of one count in a sentence: a comma or "et" (and "enfin"), with no word that
# compares, includes or dates ("contre", "dont", "soit", "sur", a year): "Près de 30 exposants
# du bâtiment seront présents, une dizaine d'exposants de l'alimentation ...".
_PART_LINK = re.compile(r"[^.;:!?()\d]*(?:,|\bet\b)\s*(?:enfin\s+)?")
_NOT_A_PART = re.compile(r"(?<![\w'])(?:contre|dont|soit|sur|parmi|sans|avant|apres|precedente|dernier|derniere|"
                         r"passe|passee|edition|annee|an)(?![\w'])")


def _parts_added(folded: str, probe: str, hit, stop: int):
    """A count-first line's sentence stating the count in parts, each of the same word with its own
    complement ("Près de 30 exposants du bâtiment ..., une dizaine d'exposants de l'alimentation", "300
    entrées le samedi et 250 entrées le dimanche"): one count, their sum; ``hit`` otherwise."""
    number, metric, end, (t0, t1) = hit
    kind = _kind_of(folded[t0:t1])
    parts, cursor = [number], end
    for m in WORD_START.finditer(folded, end, stop):
        if m.start() < cursor:
            continue
        nxt = number_first(folded, probe, m.start())
        if nxt is None:
            continue
        link = _PART_LINK.fullmatch(folded, cursor, nxt[0].start)
        if (nxt[1] != metric or _kind_of(folded[nxt[3][0]:nxt[3][1]]) != kind or link is None
                or _NOT_A_PART.search(folded, cursor, nxt[0].start)):
            break
        parts.append(nxt[0])
        cursor = end = nxt[2]
    if len(parts) == 1:
        return hit
    same = len({(p.comparator, p.approximate) for p in parts}) == 1
    total = dataclasses.replace(number, value=sum(p.value for p in parts),
                                approximate=any(p.approximate for p in parts),
                                comparator=number.comparator if same else "~")
    return total, metric, end, (t0, t1)


def _kind_of(word: str) -> str:
    """A counted word without its plural mark: "exposants" and "exposant" are one kind."""
    return re.sub(r"(?<=\w)[sx]$", "", word.strip())


# The end of a sentence inside a line: a full stop (or "!", "?") then a capital.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[«\"(]?[A-ZÀ-ÖØ-ÞŒÆ])")


def _chained_counts(folded: str, text: str, end: int) -> list:
    """The counts that follow a line's first one, each joined to the previous by a connector or a
    separator (metrics.yaml `chain_connectors`, `line_separators`) or only blanks, or listed with
    things that are not counted between them ("Deux plénières, des visites, une vingtaine
    d'ateliers"), in line order."""
    link = prose_patterns()["line_chain"]
    found = []
    while True:
        m = link.match(folded, end)
        start = m.end() if m and m.end() > end else None
        if start is None or number_first(folded, text, start) is None:
            start = listed_link(folded, text, end) or start     # ", des visites, une vingtaine d'ateliers"
        if start is None:
            # a slide's line of counts set side by side: "1 200 visiteurs 35 exposants 60 conférences"
            blank = re.match(r"[ \t\u00a0]+", folded[end:end + 8])
            start = end + blank.end() if blank else None
        hit = number_first(folded, text, start) if start is not None else None
        if hit is None or not 0 < hit[0].value < 10_000_000:
            return found
        found.append(hit)
        end = hit[2]


# Lines of text without a blank line between them, from a line start (possessive: a long line that
# no other line follows is given up at once, not retried from each of its characters).
_WRAPPED_PARAGRAPH = re.compile(r"^[^\n]++(?:\n[^\n]*\S[^\n]*+)+", re.MULTILINE)
# A list of at least this many items holding a single count of sessions is a programme.
_PROGRAMME_LIST_MIN_ITEMS = 3
