"""The cited figures of a document's text: which numbers are quantitative claims, what each one
counts (its measure), its sentence, and the repeats of one claim.

Rules (the word lists are data: ``lexicons/claims.yaml``, ``themes.yaml``, ``numbers.yaml``):

* A figure is a number in digits or words (numbers.py ``quantity_at``: qualifier, scale, unit,
  range, ``ratio_at`` for "une sur quatre") with either a unit or a counted noun (its ``measure``).
  Number words also need a countable noun that is not vague ("deux choses") nor referred to by a
  definite determiner ("les deux départements").
* Not figures: page numbers (a line holding only a number), ordinals ("1ère", "3ème"), labels
  ("Table ronde 2", "Atelier 3"), codes and names with digits ("12/34", "AB64", "4G"), clock times
  ("à 9h", "18h30"), calendar dates ("1er mai", "Lundi 3"), years that date something ("en 2015",
  "depuis 2020", "Sur 2021", "2025-2031"), relative dates ("il y a une vingtaine d'années"), reported
  speech between quotation marks, the options and shares of live polls (polls.py), and the
  headline "en chiffres" block already published as key_figures (decided: from its first to its
  last headline line; a headline figure repeated in a talk, "merci aux 40 bénévoles", is kept).
* quote: the sentence holding the figure (a clause when the sentence is very long), exactly
  ``Document.text[char_start:char_end]``; a sentence stops at a blank line, since the PDF's
  columns and pull quotes are separated by blank lines.
* One claim, several occurrences: a pull quote repeating a sentence of the body, or the same
  figure of the same thing said again in the same session ("120 communes ... ces 120 communes"),
  is one row: the offsets of the first body occurrence, ``occurrences`` counts them all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from ..ingest import Document
from ..lexicons import fold_apostrophes, load
from .headline import extract_headline_figures, key_figure_spans
from .numbers import NUMBER_TOKEN, Quantity, parse_words, quantity_at, ratio_at
from .budget import check_time
from .people_in_prose import speech_verb
from .polls import poll_spans


Rows = list[dict]

_H = " \t\u00a0\u202f"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]*|-[^\W_]+)*|[%€]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]+[»\")\]]*(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u202f\f]*\n")
MAX_QUOTE = 320
# Bounds that keep the cost of one figure independent of the document's length: a sentence is
# looked for within SENTENCE_REACH characters of its figure (a longer one is cut to its clauses,
# then to MAX_QUOTE characters of whole words), a paragraph within PARAGRAPH_REACH characters, a
# line within LINE_REACH characters.
SENTENCE_REACH = 2 * MAX_QUOTE
PARAGRAPH_REACH = 2000
LINE_REACH = 200
# A figure is compared with at most this many earlier claims of the same value and unit (and with
# at most this many of each claim's occurrences) to find whether it repeats one of them.
MAX_COMPARED = 32


_norm = fold_apostrophes


_LAST_DOCUMENT: list[tuple[str | None, str]] = [(None, "")]


def _norm_document(text: str) -> str:
    """``_norm`` of a whole document's text, kept for the document being read: every mention's
    attribution looks at it, and folding it again for each one made long documents quadratic.
    (One (text, folded) pair swapped at once: safe when threads read documents side by side.)"""
    last = _LAST_DOCUMENT[0]
    if last[0] is text:
        return last[1]
    folded = _norm(text)
    _LAST_DOCUMENT[0] = (text, folded)
    return folded


def _lex() -> dict:
    return load("claims")


@cache
def _normset(section: str, key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)) for w in _lex()[section][key])


# =========================================================================== text spans
def _paragraph_span(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The blank-line separated block around ``pos``, within [lo, hi)."""
    start = lo
    for m in _BLANK_LINE.finditer(text, lo, pos):
        start = m.end()
    m = _BLANK_LINE.search(text, pos, hi)
    end = m.start() if m else hi
    return start, end


class _Paragraphs:
    """The blank lines of a document, found once: the paragraph around a position by bisection
    (the same span as :func:`_paragraph_span`), cut to PARAGRAPH_REACH characters on each side."""

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _BLANK_LINE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def around(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.ends, pos) - 1          # the last blank line ending by pos
        start = self.ends[i] if i >= 0 and self.starts[i] >= lo else lo
        j = bisect.bisect_left(self.starts, pos)             # the first blank line from pos on
        end = self.starts[j] if j < len(self.starts) and self.ends[j] <= hi else hi
        return max(start, pos - PARAGRAPH_REACH), min(end, pos + PARAGRAPH_REACH)


class _Spans:
    """Positions inside any of a list of [start, end) spans, answered by bisection."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            elif a < b:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _is_sentence_end(text: str, m: re.Match) -> bool:
    """A full stop followed by a capital, a digit or an opening quote ends a sentence;
    "l'I.A. qui" or "C.V. digne" do not."""
    nxt = re.match(r"\s*(\S)", text[m.end():m.end() + 20])
    if not nxt:
        return True
    c = nxt.group(1)
    return c.isupper() or c.isdigit() or c in "«\"“•-–"


def _sentence_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding text[start:end], inside the paragraph [lo, hi). Looked for within
    SENTENCE_REACH characters of the figure; a sentence longer than MAX_QUOTE is cut to its
    clauses around the figure, and what is still too long to MAX_QUOTE characters of words."""
    lo, hi = max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if m.end() <= start and _is_sentence_end(text, m):
            s = m.end()
    e = hi
    for m in _SENTENCE_END.finditer(text, end, hi):
        if _is_sentence_end(text, m) or m.end() >= hi:
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e - s > MAX_QUOTE:
        s, e = _clause_span(text, start, end, s, e)
    if e - s > 2 * MAX_QUOTE:
        s, e = _words_around(text, start, end, s, e)
    return s, e


def _words_around(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """At most MAX_QUOTE characters of [s, e) around the figure text[start:end], cut between words."""
    room = max(0, MAX_QUOTE - (end - start)) // 2
    left, right = max(s, start - room), min(e, end + room)
    if left > s:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < e:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


_CLAUSE_CUT = re.compile(r"[,;:]\s")


def _clause_span(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """Shrink a long sentence to the clauses around the figure (split at , ; :)."""
    cuts = [m.end() - s for m in _CLAUSE_CUT.finditer(text, s, e)]
    left = s
    for c in cuts:
        if s + c <= start and start - (s + c) < MAX_QUOTE // 2:
            left = s + c
            break
    right = e
    for c in cuts:
        if s + c - 2 >= end and (s + c - 2) - left >= 40:
            right = s + c - 2
            break
    while left < right and text[left].isspace():
        left += 1
    return left, right


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Titles, slogans and examples between quotation marks (within a paragraph): short quotations.
    A longer one is reported speech, whose figures are claims like any other."""
    spans = []
    longest = int(_lex()["exclusions"].get("quoted_title_max_words", 8))
    for opening, closing in _lex()["exclusions"]["quotation_marks"]:
        for m in re.finditer(re.escape(opening) + r"[^" + re.escape(opening + closing) + r"]{0,300}?"
                             + re.escape(closing), text):
            if not _BLANK_LINE.search(m.group(0)) and len(m.group(0).split()) - 2 <= longest \
                    and not _said_after(text, m.end()):
                spans.append((m.start(), m.end()))
    return spans


@cache
def _speech_after() -> re.Pattern:
    """A verb of speech right after a closing quotation mark ("« … », a-t-il déclaré", "», précise X"):
    the quotation is reported speech, whatever its length."""
    return re.compile(rf"\s*,?\s*(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+|{speech_verb()})(?![\w-])")


def _said_after(text: str, end: int) -> bool:
    return bool(_speech_after().match(_norm(text[end:end + 60])))


def _headline_block(doc: Document) -> tuple[int, int] | None:
    """The "en chiffres" block: first to last headline line of the key-figures block."""
    figures = extract_headline_figures(doc)
    if len(figures) < int(_lex()["exclusions"]["headline_block_min_figures"]):
        return None
    start = min(f.char_start for f in figures)
    end = max(f.char_end for f in figures)
    page_start, page = doc.page_text(figures[0].page)
    return start, _paragraph_span(doc.text, end, page_start, page_start + len(page))[1]


# =========================================================================== exclusions
@cache
def _months() -> tuple[str, ...]:
    return tuple(sorted({_norm(m) for m in load("events")["months"]}, key=len, reverse=True))


@cache
def _weekdays() -> tuple[str, ...]:
    return tuple(_norm(w) for w in load("events")["weekdays"])


def _words_before(folded: str, pos: int, n: int = 3, line_only: bool = True) -> list[str]:
    """The last words before ``pos`` in its sentence ("en ligne. 1 200 tonnes": none)."""
    head = folded[max(0, pos - 60):pos]
    if line_only and "\n" in head:
        head = head[head.rindex("\n") + 1:]
    end = None
    for end in re.finditer(r"[.!?…]\s", head):
        pass
    if end is not None:
        head = head[end.end():]
    return re.findall(r"[a-z0-9'°º-]+|n°", head)[-n:]


def _ends_with_phrase(folded: str, pos: int, phrases, line_only: bool = False) -> bool:
    head = folded[max(0, pos - 40):pos]
    if line_only and "\n" in head:
        head = head[head.rindex("\n") + 1:]
    head = " ".join(head.replace("\n", " ").split())
    for p in phrases:
        p = " ".join(p.split())
        if head.endswith(p) and (len(head) == len(p) or not head[-len(p) - 1].isalnum()):
            return True
    return False


def _exclusion(doc: Document, folded: str, q: Quantity) -> str | None:
    """Why a quantity is not a cited figure, or None."""
    text = doc.text
    ex = _lex()["exclusions"]
    # the line around the figure, cut to LINE_REACH characters on each side (the rules below
    # read a short line, or the few characters around the figure)
    reach = max(0, q.number_start - LINE_REACH)
    line_start = text.rfind("\n", reach, q.number_start) + 1 or reach
    line_end = text.find("\n", q.end, q.end + LINE_REACH)
    line_end = min(len(text), q.end + LINE_REACH) if line_end == -1 else line_end
    if re.fullmatch(r"[\s\f]*\d{1,4}[\s\f]*", text[line_start:line_end]):
        return "page number"
    before = text[q.number_start - 1] if q.number_start > 0 else ""
    after_number = text[q.number_end] if q.number_end < len(text) else ""
    after = text[q.end] if q.end < len(text) else ""
    if not q.in_words:
        if after_number == "/" or before == "/" or (after == "/" and q.unit == "count"):
            return "code or name with digits"
        if re.match(r"[./]\d", text[q.number_end:q.number_end + 2]) or re.match(r":\d\d", text[q.end:q.end + 3]):
            return "date or time"
        if q.number_end < len(text) and text[q.number_end].isalpha() and q.unit == "count":
            return "ordinal or code"
        if before.isalpha():
            return "code or name with digits"        # "DINUM20", "CUBE1"
        if q.unit == "count" and re.match(r"[ \t\u00a0]*(?:ko|mo|go|to|kb|mb|gb|octets)\b", folded[q.end:q.end + 10]):
            return "file size"                       # "(pdf - 1,3 Mo)"
        if before in "+-−" and q.unit != "percent":
            return "signed number (a label or a score)"
    # addresses: "12 place de la Mairie", "62000 Ville"
    if not q.in_words and q.unit == "count":
        nxt = re.match(r"[ \t\u00a0,]*([^\W\d_][\w'-]*)", text[q.end:q.end + 40])
        if nxt and _norm(nxt.group(1)).rstrip(".") in _normset("exclusions", "address_nouns"):
            return "street number"
        digits = int(ex.get("postal_code_digits", 5))
        if re.fullmatch(rf"\d{{{digits}}}", q.raw.strip()) and nxt and nxt.group(1)[0].isupper():
            return "postal code"
    # labels: "Table ronde 2", "Émission 3", "l'étape 2"
    words = _words_before(folded, q.start if q.start < q.number_start else q.number_start, 2)
    label_nouns = _normset("exclusions", "label_nouns")
    if words and (words[-1] in label_nouns or words[-1].strip("-") in label_nouns or " ".join(words[-2:]) in label_nouns):
        return "label"
    # an acronym and a number name something ("COP 21", "RT 2012")
    acronym = re.search(r"(?<![\w-])([A-Z]{2,5})[ \u00a0]?$", text[max(line_start, q.number_start - 7):q.number_start])
    if acronym and not q.in_words and q.unit == "count":
        return "label"
    # clock times
    if q.unit == "hour":
        if re.match(r"\d", text[q.end:q.end + 1]) or (q.unit_text.lower() == "h" and q.value_max is not None):
            return "clock time"
        clock = _normset("exclusions", "clock_prepositions")
        if _ends_with_phrase(folded, q.start, clock) or _ends_with_phrase(folded, q.number_start, clock):
            return "clock time"
        # the start of a span of time of day ("de 23 heures à 5 heures", "14h à 14h45", "9h-12h"),
        # or its end ("22H – 4H")
        if re.match(r"\s*(?:à|a|-|–|—|/)\s*\d{1,2}\s*(?:h\b|h\d|heures?\b)", folded[q.end:q.end + 16]):
            return "clock time"
        if re.search(r"\d{1,2}\s*(?:h|h\d\d|heures?)\s*(?:à|a|-|–|—|/)\s*$", folded[max(0, q.number_start - 16):q.number_start]):
            return "clock time"
        # a programme slot: "9h : accueil", "- 10h30 – Table ronde", "[9h]"
        line_head = text[line_start:q.number_start]
        if re.fullmatch(r"[\s\-–—•*\[(]*", line_head) and re.match(r"\s*[:–—\-\])]", text[q.end:q.end + 3]):
            return "clock time"
    # phone numbers: "03 83 49 81 33", "01.23.45.67.89"
    around = text[max(line_start, q.number_start - 15):min(line_end, q.end + 15)]
    for phone in re.finditer(r"(?<!\d)0\d(?:[ .\u00a0]\d\d){4}(?!\d)", around):
        base = max(line_start, q.number_start - 15)
        if base + phone.start() <= q.number_start < base + phone.end():
            return "phone number"
    # calendar dates
    tail = folded[q.end:q.end + 15]
    if not q.in_words and q.value <= 31 and q.unit == "count" and re.match(
            r"[ \t\u00a0\u202f\n]*(?:er\s+)?(?:" + "|".join(_months()) + r")\b", tail):
        return "calendar date"
    if words and words[-1] in _weekdays():
        return "calendar date"
    # years
    lo, hi = ex["year_range"]
    raw_digits = q.raw.strip()
    if (not q.in_words and re.fullmatch(r"\d{4}", raw_digits) and lo <= int(raw_digits) <= hi
            and q.unit == "count"):
        if q.value_max is not None and lo <= q.value_max <= hi:
            return "period (years)"
        if _ends_with_phrase(folded, q.start, _normset("exclusions", "date_prepositions") | set(_months())):
            return "year (date)"
        measure = _measure_after(text, folded, q.end)[0]
        if not measure or measure[0].isupper():      # "© 2023 Communauté de ...", "2022 Villes ..."
            return "year (date)"
    if q.unit in ("year", "month", "week", "day", "hour") and _ends_with_phrase(
            folded, q.start, _normset("exclusions", "relative_date_cues")):
        return "relative date"
    return None


# =========================================================================== measure
_GAP = re.compile(r"[ \t\u00a0\u202f]*\n?[ \t\u00a0\u202f]*")


def _measure_after(text: str, folded: str, pos: int, limit: int | None = None) -> tuple[str, int, int]:
    """The counted noun phrase after ``pos``: (measure as written, start, end)."""
    ms = _lex()["measure"]
    stop = _normset("measure", "stop_words")
    connectors = _normset("measure", "connectors")
    articles = _normset("measure", "articles")
    prepositions = _normset("measure", "prepositions")
    verb_endings = tuple(_norm(e) for e in ms["verb_endings"])
    exceptions = tuple(_norm(e) for e in ms["verb_ending_exceptions"])
    limit = len(text) if limit is None else limit
    cursor = pos
    taken: list[tuple[int, int, str]] = []
    while len([t for t in taken if t[2] not in connectors]) < int(ms["max_words"]):
        if cursor >= limit:
            break          # the figure ends at the edge of its window (a sentence cut to its bound)
        nxt = _GAP.match(text, cursor, limit).end()
        if nxt >= limit:
            break
        word = _TOKEN.match(text, nxt, limit)
        if not word or word.start() != nxt:
            break
        token = folded[word.start():word.end()]
        if any(ch.isdigit() for ch in token):
            break
        # "d'eau", "l'année": an elided article is a connector glued to its noun
        elided = re.match(r"(d|l|qu|n|s|c|j|m|t)'(.+)", token)
        head = elided.group(1) + "'" if elided else token
        if head in stop or token in stop:
            break
        if taken and token.endswith(verb_endings) and not token.endswith(exceptions) and head == token:
            break
        if taken and head in articles and taken[-1][2] not in prepositions:
            break
        if not taken and token in connectors and not elided and token not in ("de", "des", "du", "par"):
            break
        taken.append((word.start(), word.end(), token))
        cursor = word.end()
    while taken and taken[-1][2] in connectors:
        taken.pop()
    # A leading "de", "des", "par" is kept: "% des enquêtes", "€ par an" (the caller decides).
    while taken and taken[0][2] in connectors and taken[0][2] not in ("de", "des", "du", "par"):
        taken.pop(0)
    if taken and all(t[2] in connectors for t in taken):
        taken = []
    if not taken:
        return "", pos, pos
    start, end = taken[0][0], taken[-1][1]
    return " ".join(text[start:end].split()), start, end


def _antecedent(text: str, folded: str, pos: int, sentence_start: int) -> str:
    """The noun phrase before "dont" in "les médiateurs recrutés cette année, dont 4"."""
    determiners = r"(?:les|des|ces|de|d'|nos|vos|leurs)"
    head = folded[sentence_start:pos]
    last = None
    for m in re.finditer(r"(?<![a-z])" + determiners + r"\s*(?=[a-z])", head):
        last = m
    if not last:
        return ""
    measure, _, _ = _measure_after(text, folded, sentence_start + last.end(), pos)
    return measure


def _measure_for(doc: Document, folded: str, q: Quantity, sentence: tuple[int, int],
                 previous: list["Mention"]) -> tuple[str, bool]:
    """(measure, counted noun found). For a unit, the measure is the unit as written with what
    follows it ("m3 d'eau", "% des enquêtes", "€ par an"). ``previous``: the mentions found
    before (only those of the same sentence are read)."""
    text = doc.text
    if q.ratio:   # "une commune sur quatre": the noun between the two numbers
        connector = re.escape(load("numbers")["ratio"]["connector"])
        between = " ".join(re.sub(rf"\s+{connector}\s+\S+$", "", text[q.number_end:q.end], flags=re.I).split())
        if between:
            return between, True
    phrase, _, _ = _measure_after(text, folded, q.end, sentence[1] + 1)
    first = _norm(phrase.split()[0]) if phrase else ""
    if first in _normset("measure", "anaphoric_words") and q.unit == "count":
        rest = phrase.split(maxsplit=1)[1] if len(phrase.split()) > 1 else ""
        if rest:   # "2 autres tables rondes": the noun is written
            return rest, True
        same_sentence = [m for m in previous if m.sentence == sentence and m.measure]
        if same_sentence:   # "et trois autres pour la ville": the previous figure's noun
            return same_sentence[-1].measure, True
    linked = bool(phrase) and re.match(r"(?:de|des|du|par)\s|d'", _norm(phrase)) is not None
    if q.unit != "count":
        if linked:
            return f"{q.unit_text} {phrase}".strip(), True
        return q.unit_text, True
    if linked and not q.collective:
        phrase = re.sub(r"^(?:de|des|du)\s+|^d['’]", "", phrase)   # "3 de plus" is not a measure
    if phrase:
        return phrase, True
    same_sentence = [m for m in previous if m.sentence == sentence and m.measure and m.q.unit == "count"]
    if _ends_with_phrase(folded, q.start, _normset("measure", "antecedent_cues")):
        # "640 ordinateurs ..., dont 120": the previous figure's noun, else the phrase before "dont"
        antecedent = same_sentence[-1].measure if same_sentence else _antecedent(text, folded, q.start, sentence[0])
        if antecedent:
            return antecedent, True
    if same_sentence and _ends_with_phrase(folded, q.start, _normset("measure", "comparison_cues")):
        return same_sentence[-1].measure, True
    return "", False


def _word_number_is_counting(folded: str, q: Quantity, measure: str) -> bool:
    """A number in words counts something only before a countable noun, not after "les"."""
    if q.unit != "count" or q.collective or q.ratio:
        return True
    if not measure:
        return False
    words = _norm(measure).split()
    if words and words[0] in ("de", "des", "du") and len(words) > 1:
        words = words[1:]
    vague = _normset("measure", "vague_nouns")
    if any(w in vague for w in words[:2]):
        return False
    before = _words_before(folded, q.number_start, 1, line_only=False)
    if before and before[-1] in _normset("measure", "referring_determiners"):
        return False
    ambiguous = {_norm(w) for w in load("numbers").get("ambiguous_words", [])}
    if _norm(q.raw.strip()) in ambiguous:
        return False
    return True


# =========================================================================== scanning
@dataclass
class Mention:
    q: Quantity
    measure: str
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    page: int
    pull_quote: bool = False


@cache
def _number_words() -> frozenset[str]:
    """Words that start a number in words (numbers.yaml `number_words`: "trois", "dix-huit")."""
    return frozenset(_norm(str(w)) for w in load("numbers")["number_words"] if parse_words(str(w)) is not None)


def _candidate_positions(text: str, folded: str) -> list[int]:
    positions = [m.start() for m in NUMBER_TOKEN.finditer(text)]
    collectives = {_norm(k) for k in load("numbers")["collectives"]}
    numbers = _number_words()
    for m in re.finditer(r"[a-z]+(?:-[a-z]+)*", folded):    # "d'un" gives "un"
        word = m.group(0)
        first = word.split("-")[0]
        if first in ("un", "une"):
            nxt = re.match(r"\s+([a-z]+)", folded[m.end():m.end() + 30])
            if nxt and nxt.group(1) in collectives:
                positions.append(m.start())
            elif re.match(r"(?:\s+[a-z'-]+){0,2}\s+" + re.escape(_norm(load("numbers")["ratio"]["connector"])) + r"\s+",
                          folded[m.end():m.end() + 40]):
                positions.append(m.start())
        elif first in numbers:
            positions.append(m.start())
    return sorted(set(positions))


def _page_bounds(doc: Document, pos: int) -> tuple[int, int]:
    page = doc.page_of(pos)
    start = doc.page_starts[page - 1]
    end = doc.page_starts[page] if page < len(doc.page_starts) else len(doc.text)
    return start, end


def find_mentions(doc: Document, key_figures_published: bool = False) -> list[Mention]:
    """Every cited-figure mention of a document (before grouping repeats), in text order. With
    ``key_figures_published`` (the document has an event, so its headline figures are published
    as key figures), a headline figure written in prose is left to the key figures."""
    text = doc.text
    folded = _norm_document(text)
    blocked_spans = list(poll_spans(doc)) + _quoted_spans(text)
    headline = _headline_block(doc)
    if headline:
        blocked_spans.append(headline)
    # A headline figure stated in prose ("a réuni plus de 350 participants", and its restatements)
    # is published as a key figure, not repeated here.
    if key_figures_published:
        blocked_spans += key_figure_spans(doc)
    blocked = _Spans(blocked_spans)
    paragraphs = _Paragraphs(text)
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
        consumed_until = q.end
        if q.number_start in blocked:
            continue
        if _exclusion(doc, folded, q):
            continue
        lo, hi = _page_bounds(doc, q.number_start)
        paragraph = paragraphs.around(q.number_start, lo, hi)
        sentence = _sentence_span(text, q.start, q.end, *paragraph)
        measure, counted = _measure_for(doc, folded, q, sentence, in_sentence.get(sentence, []))
        if q.unit == "count" and not q.ratio and not counted:
            continue
        if q.in_words and not _word_number_is_counting(folded, q, measure):
            continue
        if q.value <= 0:
            continue
        mention = Mention(q, measure, sentence, paragraph, doc.page_of(q.number_start))
        mentions.append(mention)
        in_sentence.setdefault(sentence, []).append(mention)
    return mentions


# =========================================================================== repeats
def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9%€]+", _norm(text)) if len(w) >= 3 or w.isdigit() or w in "%€"]


_CONTENT_WORD = re.compile(r"[a-z0-9%€]+")


class _Words:
    """The content words of a document's spans (sentences, paragraphs), read from the folded text
    without copying it; each span read once."""

    def __init__(self, text: str):
        self.folded = _norm_document(text)
        self.sets: dict[tuple[int, int], frozenset[str]] = {}
        self.counts: dict[tuple[int, int], int] = {}
        self.alone_by_mention: dict[int, bool] = {}

    def _words(self, span: tuple[int, int]) -> list[str]:
        return [w for w in _CONTENT_WORD.findall(self.folded, span[0], span[1])
                if len(w) >= 3 or w.isdigit() or w in "%€"]

    def list(self, span: tuple[int, int]) -> list[str]:
        """The words of a sentence (a bounded span)."""
        return self._words(span)

    def count(self, span: tuple[int, int]) -> int:
        if span not in self.counts:
            self.counts[span] = len(self._words(span))
        return self.counts[span]

    def set(self, span: tuple[int, int]) -> frozenset[str]:
        """The words of a paragraph; the last few paragraphs read are kept (bounded memory)."""
        if span not in self.sets:
            if len(self.sets) >= 256:
                self.sets.clear()
            self.sets[span] = frozenset(self._words(span))
        return self.sets[span]

    def alone(self, m: Mention) -> bool:
        """The mention's paragraph holds nothing but its sentence (what a pull quote looks like):
        at most two words more than the sentence. When the sentence's ends fall between words,
        only the words around it are counted, up to three."""
        if id(m) not in self.alone_by_mention:
            (ps, pe), (ss, se) = m.paragraph, m.sentence
            if not self._has_word(ss, se):
                alone = False
            elif self._between_words(ss, ps) and self._between_words(se, pe):
                outside = self._count_upto(ps, ss, 3)
                alone = outside + self._count_upto(se, pe, 3 - outside) <= 2
            else:
                alone = sum(1 for _ in islice(self._iter(ps, pe), self.count(m.sentence) + 3)) <= self.count(m.sentence) + 2
            self.alone_by_mention[id(m)] = alone
        return self.alone_by_mention[id(m)]

    def _iter(self, lo: int, hi: int):
        for w in _CONTENT_WORD.finditer(self.folded, lo, hi):
            word = w.group(0)
            if len(word) >= 3 or word.isdigit() or word in "%€":
                yield word

    def _has_word(self, lo: int, hi: int) -> bool:
        return next(self._iter(lo, hi), None) is not None

    def _count_upto(self, lo: int, hi: int, limit: int) -> int:
        return sum(1 for _ in islice(self._iter(lo, hi), limit)) if limit > 0 else 0

    def _between_words(self, pos: int, edge: int) -> bool:
        """``pos`` is the paragraph's edge, or does not cut a word in two."""
        f = self.folded
        return pos == edge or not (_CONTENT_WORD.match(f, pos - 1, pos) and _CONTENT_WORD.match(f, pos, pos + 1))


def _is_pull_quote_of(doc: Document, a: Mention, b: Mention, words: _Words | None = None) -> bool:
    """``a`` is a pull quote repeating ``b``: a's paragraph (pull quotes are set apart by blank
    lines) holds nothing but its sentence, at least 70 % of its words are in b's paragraph, and
    b's paragraph is the longer one (the body)."""
    words = words or _Words(doc.text)
    if (b.paragraph[1] - b.paragraph[0]) <= (a.paragraph[1] - a.paragraph[0]) or not words.alone(a):
        return False
    block_words = words.list(a.sentence)
    target = words.set(b.paragraph)
    covered = sum(1 for w in block_words if w in target) / len(block_words)
    return covered >= 0.7


def _measure_key(m: Mention) -> str:
    return " ".join(re.findall(r"[a-z0-9%€]+", _norm(m.measure)))


def _group(doc: Document, mentions: list[Mention], session_of) -> list[list[Mention]]:
    """The mentions grouped by claim: a repeat (a pull quote of it, or the same value of the same
    measure in another sentence of the same session) joins the first claim it repeats. A figure
    is compared with the first MAX_COMPARED claims of its value, unit and session, and with the
    first MAX_COMPARED occurrences of each (a real document has a handful)."""
    words = _Words(doc.text)
    groups: list[list[Mention]] = []
    by_value: dict[tuple, list[int]] = {}
    sentences: list[set[tuple[int, int]]] = []
    measures: list[set[str]] = []
    with_alone: list[bool] = []        # a group whose first occurrences hold a possible pull quote
    def pull(a: Mention, b: Mention) -> bool:
        longer = (b.paragraph[1] - b.paragraph[0]) > (a.paragraph[1] - a.paragraph[0])
        return longer and words.alone(a) and _is_pull_quote_of(doc, a, b, words)

    for m in mentions:
        key = (m.q.value, m.q.value_max, m.q.unit, session_of(m))
        measure = _measure_key(m)
        unit_only = measure in ("", _norm(m.q.unit_text).strip())
        placed = False
        for gi in by_value.get(key, [])[:MAX_COMPARED]:
            g = groups[gi]
            if m.sentence in sentences[gi]:
                continue
            same_thing = not unit_only and measure in measures[gi]
            if same_thing or ((words.alone(m) or with_alone[gi])
                              and any(pull(m, o) or pull(o, m) for o in g[:MAX_COMPARED])):
                g.append(m)
                sentences[gi].add(m.sentence)
                measures[gi].add(measure)
                with_alone[gi] = with_alone[gi] or (len(g) <= MAX_COMPARED and words.alone(m))
                placed = True
                break
        if not placed:
            by_value.setdefault(key, []).append(len(groups))
            groups.append([m])
            sentences.append({m.sentence})
            measures.append({measure})
            with_alone.append(words.alone(m))
    for g in groups:
        for i, m in enumerate(g):
            m.pull_quote = any(pull(m, o) for j, o in enumerate(g[:MAX_COMPARED]) if j != i)
    return groups
