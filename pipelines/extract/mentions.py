"""The cited figures of a document's text: which numbers are quantitative claims, what each one
counts (its measure), its sentence, and the repeats of one claim.

Rules (the word lists are data: ``lexicons/claims.yaml``, ``themes.yaml``, ``numbers.yaml``):

* A figure is a number in digits or words (quantities.py ``quantity_at``: qualifier, scale, unit,
  range, ``ratio_at`` for "une sur quatre") with either a unit or a counted noun (its ``measure``).
  Number words also need a countable noun that is not vague ("deux choses") nor referred to by a
  definite determiner ("les deux départements").
* Not figures: page numbers (a line holding only a number), ordinals ("1ère", "3ème"), labels
  ("Table ronde 2", "Atelier 3"), codes and names with digits ("12/34", "AB64", "4G"), clock times
  ("à 9h", "18h30", "9 h 15", a slot "10H 12H", an hour after a date "le 4 mai 17h", "il était 7h"),
  the pages of a table of contents run into one line ("... 12 Partie 3 : ..."), nouns made with a
  number ("les deux-roues"), calendar dates ("1er mai", "Lundi 3", "les 3 et 4
  juin", "12 févr."), years that date something ("en 2015", "depuis 2020", "Sur 2021", "2025-2031",
  "Puis 2018 verra", "l'étude de 2017 portant sur"), relative dates ("il y a une vingtaine d'années",
  "trois ans plus tard"), page references ("p. 7"), ordinals set apart ("la 14 e rencontre"), numbers inside a name ("le festival Valbourg 2000 Lumières"), negative amounts ("un écart de - 2 340 €": the table holds none), lists
  of references ("(3,5,7)"), short quotations, the options and shares of live polls (polls.py), and the
  headline "en chiffres" block already published as key_figures (decided: from its first to its
  last headline line; a headline figure repeated in a talk, "merci aux 40 bénévoles", is kept), and in
  the report or programme of an event the count of its own sessions ("4 tables rondes", "cinq
  webinaires") or parts ("en trois parties"), one of its key figures, and its published days said
  again in a sentence holding no figure of another unit; a number before the capitalised title
  of a part of any report ("3 Sommaire", "7 Conclusion"): a page or section number.
* A factor ("multipliée par cinq", "divisé par 3") is a figure of unit ``factor``, its measure the
  verb ("multipliée par").
* A scaled number without its unit after one with the same scale and a unit in its sentence takes
  that unit ("15 millions d'euros pour le réseau et 6 millions pour les pistes").
* quote: the sentence holding the figure (a clause when the sentence is very long), exactly
  ``Document.text[char_start:char_end]``; a sentence stops at the end of its paragraph, the
  reader's block (a list is one; a plain text's paragraph runs to a blank line), since a
  PDF's columns and pull quotes are blocks of their own; but a line of vote counts set apart
  ("17 votes pour") is quoted with the sentence before it, what was voted.
* One claim, several occurrences: a pull quote repeating a sentence of the body, or the same
  figure of the same thing said again in the same session ("120 communes ... ces 120 communes"),
  is one row: the offsets of the first body occurrence, ``occurrences`` counts them all. Two votes
  with the same count are two decisions, two rows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..document import Document
from ..lexicons import load
from .budget import check_time
from .figure_exclusions import _event_days_restated, _event_duration, _event_figure_restated, _event_session_count, _exclusion, _headline_block, _score_scale
from .figure_measure import _measure_after, _measure_for, _word_number_is_counting
from .figure_repeats import _group, _is_pull_quote_of
from .figure_spans import (_Paragraphs, _quoted_spans, _sentence_span, _Spans, _with_short_neighbours, is_vote_block,
                           is_vote_word, with_voted_item)
from .figure_text import (MAX_QUOTE, Mention, Rows, _ends_with_phrase, _lex, _norm, _norm_document, _normset,
                          _page_bounds)
from .headline import key_figure_spans
from .numbers import parse_words
from .quantities import NUMBER_TOKEN, _one_and_a_half_at, _one_unit_at, quantity_at, ratio_at
from .polls import poll_spans

__all__ = ["MAX_QUOTE", "Mention", "Rows", "find_mentions", "_group", "_is_pull_quote_of", "_lex", "_measure_after",
           "_norm", "_norm_document", "_normset", "_page_bounds"]


@cache
def _number_words() -> frozenset[str]:
    """Words that start a number in words (numbers.yaml `number_words`: "trois", "dix-huit")."""
    return frozenset(_norm(str(w)) for w in load("numbers")["number_words"] if parse_words(str(w)) is not None)


@cache
def _scale_words() -> frozenset[str]:
    """Scale words that a number in words may end with: "un million", "un milliard"."""
    return frozenset(_norm(str(w)) for w in load("numbers").get("multipliers", {}) if len(str(w)) > 2
                     and not str(w).isdigit())


def _candidate_positions(text: str, folded: str) -> list[int]:
    positions = [m.start() for m in NUMBER_TOKEN.finditer(text)]
    collectives = {_norm(k) for k in load("numbers")["collectives"]}
    numbers = _number_words()
    for m in re.finditer(r"[a-z]+(?:-[a-z]+)*", folded):    # "d'un" gives "un"
        word = m.group(0)
        first = word.split("-")[0]
        if first in ("un", "une"):
            nxt = re.match(r"\s+([a-z]+)", folded[m.end():m.end() + 30])
            if word == first and (_one_unit_at(text, folded, m.start()) is not None
                                  or _one_and_a_half_at(text, folded, m.start()) is not None):
                positions.append(m.start())      # "d'une semaine", "d'un mètre", "un mois et demi"
            elif nxt and (nxt.group(1) in collectives or nxt.group(1) in _scale_words()):
                positions.append(m.start())      # "une dizaine de", "un million d'euros"
            elif re.match(r"(?:\s+[a-z'-]+){0,2}\s+" + re.escape(_norm(load("numbers")["ratio"]["connector"])) + r"\s+",
                          folded[m.end():m.end() + 40]):
                positions.append(m.start())
        elif first in numbers:
            positions.append(m.start())
    return sorted(set(positions))


_NUMBERED_LINE = re.compile(r"(?:^|(?<=\f))[ \t#*]*((?:\d{1,2}\.)*\d{1,2})(?:[.)/]|\s[–—-])?[ \t]+[A-ZÀ-ÖØ-ÞŒÆ]", re.MULTILINE)


def _section_numbers(text: str) -> list[int]:
    """Positions of the numbers of a document's numbered sections: lines (or pages) opening with a number (or
    6.1, 6.2... under one number) and a capitalised word ("1 Subventions", "4.3 Voirie communale"),
    under a prefix whose lines run 1, 2, 3... (SECTION_RUN_MIN of them, in order) somewhere in the
    document: an agenda's items, listed once as its contents and again over each section."""
    by_prefix: dict[str, list[tuple[int, int]]] = {}      # prefix -> [(number, position)]
    for m in _NUMBERED_LINE.finditer(text):
        *prefix, last = m.group(1).split(".")
        by_prefix.setdefault(".".join(prefix), []).append((int(last), m.start(1)))
    positions = []
    for found in by_prefix.values():
        expected = 1
        for number, _ in found:
            if number == expected:
                expected += 1
            elif number == 1:
                expected = 2
            if expected > SECTION_RUN_MIN:
                positions += [p for _, p in found]
                break
    return positions


SECTION_RUN_MIN = 3


def _as_context(doc: Document, folded: str, q, paragraphs, in_sentence: dict) -> None:
    """Record a figure that is not published here as the context of the next ones of its sentence."""
    lo, hi = _page_bounds(doc, q.number_start)
    paragraph = paragraphs.joined(doc.text, q.number_start, lo, hi)
    sentence = _with_short_neighbours(doc.text, _sentence_span(doc.text, q.start, q.end, *paragraph), paragraph)
    measure, counted = _measure_for(doc, folded, q, sentence, in_sentence.get(sentence, []))
    if counted and measure:
        in_sentence.setdefault(sentence, []).append(Mention(q, measure, sentence, paragraph, doc.page_of(q.number_start)))


def _total_of_list(text: str, folded: str, q, sentence: tuple[int, int], before: list[Mention]) -> str:
    """"700 plantations le long des routes, 450 dans les bois. Soit un total de 1 150.": a bare count
    after a word of the total (claims.yaml measure `total_cues`) adds up the list of counts of the
    sentence right before it (two at least, nothing else between): it counts their noun, the first's."""
    if not before or not _ends_with_phrase(folded, q.start, _normset("measure", "total_cues")):
        return ""
    previous = before[-1].sentence
    if previous[1] > sentence[0] or text[previous[1]:sentence[0]].strip():
        return ""
    listed = [m for m in before if m.sentence == previous and m.q.unit == "count" and not m.q.ratio and m.measure]
    return listed[0].measure if len(listed) >= 2 else ""


_SCALE_AFTER = re.compile(r"[ \t\u00a0\u202f]*(millions?|milliards?)(?![a-z])")


def _with_elided_unit(folded: str, q, before: list[Mention]):
    """"15 millions d'euros pour le réseau et 6 millions pour les pistes", "3,2 millions d'euros en 2024
    contre 2,8 millions en 2023": a scaled number without its unit, after a figure of the same
    sentence with the same scale word and a unit, takes that unit (the writer does not repeat it).
    Not when a noun follows with "de" ("2 millions de logements": it counts those)."""
    if q.unit != "count" or q.ratio or q.in_words or not before:
        return q
    scale = _SCALE_AFTER.match(folded, q.number_end, q.end)
    previous = before[-1].q
    if scale is None and previous.unit not in ("count", "factor") and not previous.ratio \
            and _ends_with_phrase(folded, q.start, _normset("measure", "elided_unit_cues")) \
            and "(" not in folded[previous.end:q.start]:
        # "9 500 € cette année, contre 8 200 avant": a bare number compared with an amount (not
        # in brackets: "12 % (contre 10)" is left out)
        after = _measure_after(folded, folded, q.end)[0]
        first = _norm(after.split()[0]) if after else ""
        if not after or first in _normset("measure", "elided_unit_after"):
            return replace(q, unit=previous.unit, unit_text=previous.unit_text)
        return q
    if scale is None or previous.unit in ("count", "factor") or previous.ratio \
            or re.match(r"\s*(?:de|d')(?![a-z])", folded[q.end:q.end + 4]):
        return q
    other = _SCALE_AFTER.match(folded, previous.number_end, previous.end)
    if other is None or other.group(1).rstrip("s") != scale.group(1).rstrip("s"):
        return q
    return replace(q, unit=previous.unit, unit_text=previous.unit_text)


# A bare scaled number ending its clause: "Voirie : 6 millions", "Réseaux : 7,3 millions ;".
_BARE_SCALE_END = re.compile(r"[ \t\u00a0\u202f]*(?:$|\n|[.,;)]|[–—-][ \t\u00a0\u202f])")
# ... takes the unit of the figure before it when that one ends at most this many characters before.
_LISTED_REACH = 300


def _with_listed_unit(folded: str, q, mentions: list[Mention]):
    """"Un budget de 40 millions d'euros : - Voirie : 6 millions - Réseaux : 7,3 millions": a
    scaled number that ends its clause with no unit nor noun, in the lines right after a figure
    with the same scale word and a unit (or a list item that took it), takes that unit: the list
    splits the amount and does not repeat it."""
    if q.unit != "count" or q.ratio or q.in_words or not mentions:
        return q
    scale = _SCALE_AFTER.match(folded, q.number_end, q.end)
    if scale is None or not _BARE_SCALE_END.match(folded, q.end):
        return q
    previous = mentions[-1].q
    if previous.unit in ("count", "factor") or previous.ratio or q.start - previous.end > _LISTED_REACH:
        return q
    other = _SCALE_AFTER.match(folded, previous.number_end, previous.end)
    if other is None or other.group(1).rstrip("s") != scale.group(1).rstrip("s"):
        return q
    return replace(q, unit=previous.unit, unit_text=previous.unit_text)


def _other_kind_in(text: str, folded: str, q, sentence: tuple[int, int]) -> bool:
    """Whether the sentence holds a number in digits that is not a count of days, besides ``q``:
    the days are then the period of that figure ("En 4 jours, 30 contrats signés")."""
    for m in NUMBER_TOKEN.finditer(text, *sentence):
        if q.start <= m.start() < q.end:
            continue
        other = quantity_at(text, m.start(), folded)
        if other is not None and other.unit != q.unit:
            return True
    return False


def find_mentions(doc: Document, key_figures_published: bool = False) -> list[Mention]:
    """Every cited-figure mention of a document (before grouping repeats), in text order. With
    ``key_figures_published`` (the document has an event, so its headline figures are published
    as key figures), a headline figure written in prose is left to the key figures."""
    text = doc.text
    folded = _norm_document(text)
    blocked_spans = list(poll_spans(doc)) + _quoted_spans(doc)
    headline = _headline_block(doc)
    if headline:
        blocked_spans.append(headline)
    # A headline figure stated in prose ("a réuni plus de 350 participants", and its restatements)
    # is published as a key figure, not repeated here.
    key_spans = _Spans(key_figure_spans(doc)) if key_figures_published else _Spans([])
    if key_figures_published:
        blocked_spans += key_figure_spans(doc)
    blocked_spans += [(a, a + 1) for a in _section_numbers(text)]
    blocked = _Spans(blocked_spans)
    paragraphs = _Paragraphs(doc)
    mentions: list[Mention] = []
    in_sentence: dict[tuple[int, int], list[Mention]] = {}   # the mentions of each sentence
    consumed_until = -1
    for pos in _candidate_positions(text, folded):
        if pos < consumed_until:
            continue
        check_time()
        q = ratio_at(text, pos, folded) or quantity_at(text, pos, folded)
        if q is None:
            continue
        if q.unit == "count" and not q.ratio and _ends_with_phrase(folded, q.start, _normset("exclusions", "factor_cues")):
            q = replace(q, unit="factor")       # "multipliée par cinq", "divisé par 3": a factor
        score = _score_scale(text, folded, q)
        if score is not None:               # "4,2 / 5": the score, its scale is part of it
            q = replace(q, end=score[1])
        consumed_until = q.end
        if q.number_start in blocked:
            if q.number_start in key_spans and q.unit == "count":
                # a headline figure left to the key figures still tells what the figures after it
                # in its sentence count ("410 participants (260 en 2015, 330 en 2017)")
                _as_context(doc, folded, q, paragraphs, in_sentence)
            continue
        if score is None and _exclusion(doc, folded, q):
            continue
        if key_figures_published and _event_duration(folded, q):
            continue
        lo, hi = _page_bounds(doc, q.number_start)
        paragraph = paragraphs.joined(text, q.number_start, lo, hi)
        sentence = _with_short_neighbours(text, _sentence_span(text, q.start, q.end, *paragraph), paragraph)
        if key_figures_published and _event_days_restated(doc, q) and not _other_kind_in(text, folded, q, sentence):
            continue                 # the event's days said again, alone: "en seulement trois jours d'ouverture"
        block = paragraphs.around(q.number_start, lo, hi)
        if is_vote_block(text, *block):       # "17 votes pour" on its own: quoted with what was voted
            sentence = with_voted_item(text, sentence, block[0], paragraphs._previous(block[0], lo))
        q = _with_elided_unit(folded, q, in_sentence.get(sentence, []))
        q = _with_listed_unit(folded, q, mentions)
        measure, counted = _measure_for(doc, folded, q, sentence, in_sentence.get(sentence, []))
        if score is not None:
            measure, counted = " ".join(text[q.number_end:q.end].split()), True
        if q.unit == "count" and not q.ratio and not counted:
            measure = _total_of_list(text, folded, q, sentence, mentions)
            if not measure:
                continue
        if key_figures_published and _event_session_count(q, measure):
            continue                 # "4 tables rondes", "cinq webinaires": the event's own sessions
        if key_figures_published and _event_figure_restated(doc, q, measure):
            continue                 # "le public pouvait découvrir 240 artisans": a key figure said again
        if q.unit == "factor":
            cue = re.search(r"(\S+\s+par)\s*$", text[max(0, q.start - 30):q.start])
            measure, counted = (" ".join(cue.group(1).split()) if cue else ""), True
        elif q.in_words and not _word_number_is_counting(folded, q, measure, text):
            continue
        if q.value <= 0:
            continue
        mention = Mention(q, measure, sentence, paragraph, doc.page_of(q.number_start),
                          vote=bool(measure) and is_vote_word(measure.split()[0]))
        mentions.append(mention)
        in_sentence.setdefault(sentence, []).append(mention)
    return mentions
