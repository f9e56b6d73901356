"""The event's own numbers, which are headline figures and not cited figures: the "en chiffres"
block, how long the reported event lasts, the count of its sessions, and a session named by the
hour it starts."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold
from .figure_spans import _Paragraphs
from .figure_text import HEADLINE_TAIL_CHARS, HEADLINE_TAIL_LINES, _ends_with_phrase, _lex, _norm, _normset
from .headline import _key_figure_headings, _under, extract_headline_figures
from .headline_days import length_phrase
from .headline_prose import prose_figures
from .headline_terms import term_at
from .quantities import Quantity


# A line that opens with a number (after its bullet): it states a figure of its own.
_OPENS_WITH_NUMBER = re.compile(r"[ \t\u00a0•▪►*\-–—]*\d")


def _headline_block(doc: Document) -> tuple[int, int] | None:
    """The "en chiffres" block: first to last headline line of the key-figures block."""
    # figures stated in prose about the event are left out by their own spans (key_figure_spans);
    # the block is made of headline lines only
    prose = {(f.char_start, f.char_end) for f in prose_figures(doc)}
    # so is the event's length read anywhere in the text ("le parc a accueilli 900 familles pendant les trois jours")
    if (length := length_phrase(doc)) is not None:
        prose.add((length.char_start, length.char_end))
    figures = [f for f in extract_headline_figures(doc) if (f.char_start, f.char_end) not in prose]
    if len(figures) < int(_lex()["exclusions"]["headline_block_min_figures"]):
        return None
    start = min(f.char_start for f in figures)
    end = max(f.char_end for f in figures)
    # a box states its figures in short lines; list items of running sentences that hold the key
    # figures ("240 inscrits, soit une moyenne de 30 par séance, ...") are prose: their other
    # numbers are claims, and only the key figures' own spans are left out (key_figure_spans);
    # the lines are those of the source's layout (a PDF reader joins a box's wrapped lines)
    line_start, line_end = doc.layout_line(start)[0], doc.layout_line(end - 1)[1]
    longest = max(len(doc.text[a:b].strip()) for a, b in doc.layout_lines(line_start, line_end))
    if longest > int(_lex()["exclusions"]["headline_block_max_line_chars"]):
        return None
    page_start, page = doc.page_text(figures[0].page)
    # to the end of the last line's paragraph (its description, a list of them being one), at most
    # HEADLINE_TAIL_LINES lines further: a text without blank lines is one paragraph
    paragraph_end = _Paragraphs(doc).span(end, page_start, page_start + len(page))[1]
    line_stop = min(doc.layout_line(end - 1)[1], paragraph_end)

    def next_line(stop: int) -> int:        # after a "\n", or where a joined layout line starts
        return stop + 1 if doc.text[stop:stop + 1] == "\n" else stop

    # the last headline line going on with a sentence of its own ("... 4 ateliers. La commune
    # compte 9 vergers.") is prose from there: the block ends with the figure's sentence
    going_on = re.search(r"[.!?](?=[ \t\u00a0]+\S)", doc.text[end - 1:line_stop])
    if going_on:
        return start, end - 1 + going_on.end()
    tail = next_line(line_stop) if line_stop < paragraph_end else paragraph_end     # the last headline line
    # a box announced as the key figures ("En chiffres") holds all its lines
    boxed = _under(doc, _key_figure_headings(doc), sorted(figures, key=lambda f: f.char_start))
    for _ in range(HEADLINE_TAIL_LINES):                          # short lines describing it
        stop = min(doc.layout_line(tail)[1], paragraph_end)
        if stop - tail > HEADLINE_TAIL_CHARS or tail >= paragraph_end:
            break
        if not boxed and _OPENS_WITH_NUMBER.match(doc.text, tail, stop):
            break           # "80 % des visiteurs conquis": a figure line of its own, not a description
        tail = next_line(stop)
    return start, min(paragraph_end, tail)


def _event_duration(folded: str, q: Quantity) -> bool:
    """"pendant 3 jours", "durant deux jours", "les 2 jours" in the report of an event: how long the
    event lasts (a headline figure, "days"), not a claim."""
    spec = _lex()["exclusions"]
    return (q.unit in spec["event_duration_units"] and q.value <= float(spec["event_duration_max"])
            and _ends_with_phrase(folded, q.start, _normset("exclusions", "event_duration_cues")))


@cache
def _event_session_terms() -> tuple[str, ...]:
    """Nouns that name an event's sessions (claims.yaml `event_session_nouns`), longest first."""
    terms = _lex()["exclusions"]["event_session_nouns"]
    return tuple(sorted({" ".join(_norm(str(t)).replace("’", "'").split()) for t in terms}, key=len, reverse=True))


def _event_days_restated(doc: Document, q: Quantity) -> bool:
    """The length of the reported event said again once its days are a key figure ("le festival,
    c'est trois jours", "en seulement trois jours d'ouverture"): a count of days equal to the
    published days, not a claim of its own. Not a rate ("2 jours par semaine")."""
    if q.unit != "day" or q.value_max is not None or q.ratio:
        return False
    return any(f.metric == "days" and f.value == q.value for f in extract_headline_figures(doc))


def _event_figure_restated(doc: Document, q: Quantity, measure: str) -> bool:
    """A headline figure of the reported event said again ("le public pouvait découvrir 180
    exposants" once 180 exhibitors are a key figure): a count whose noun names the metric of a
    published key figure (metrics.yaml terms), with that figure's value, is no claim of its own."""
    if q.unit != "count" or q.value_max is not None or q.ratio or not measure:
        return False
    folded = fold(measure)
    named = term_at(folded, 0)
    if named is None or named[1] != len(folded):
        return False          # "70 exposants virtuels" beside "70 exposants physiques": a count of its own
    return any(f.metric == named[0] and f.value == q.value for f in extract_headline_figures(doc))


@cache
def _event_session_exceptions() -> tuple[str, ...]:
    """Nouns that open with a noun of sessions and name no session (claims.yaml
    `event_session_noun_exceptions`: "parties prenantes")."""
    terms = _lex()["exclusions"].get("event_session_noun_exceptions") or []
    return tuple(" ".join(_norm(str(t)).replace("’", "'").split()) for t in terms)


def _event_session_count(q: Quantity, measure: str) -> bool:
    """In the report or programme of an event: a count of its sessions ("4 tables rondes", "cinq
    webinaires seront en ligne", "organisé trois débats"), a headline figure of the event (its
    key figures), not a cited figure. Not a rate ("35 inscrits par atelier": its noun is "inscrits")."""
    if q.unit != "count" or q.ratio or not measure:
        return False
    head = " ".join(_norm(measure).replace("’", "'").split())
    if any(head == t or head.startswith(t + " ") for t in _event_session_exceptions()):
        return False                 # "12 parties prenantes": a noun of its own
    return any(head == t or (head.startswith(t) and not head[len(t)].isalnum()) for t in _event_session_terms())


@cache
def _session_before_de() -> re.Pattern:
    """A definite article, a noun of an event's sessions (claims.yaml `event_session_nouns`), then
    "de", right before a number."""
    nouns = "|".join(re.escape(t) for t in _event_session_terms())
    return re.compile(rf"(?<![a-z])(?:la|le|l')[ \t\u00a0]*(?:{nouns})[ \t\u00a0]+de[ \t\u00a0]*$")


def _session_of_the_hour(folded: str, q: Quantity) -> bool:
    """"la conférence de 16 heures", "le débat de 18h": the session named by the hour it starts (a
    definite article; the hour a time of the working day, claims.yaml `session_hour_range`), not
    its length ("une conférence de 2 heures", "l'atelier de 3 heures")."""
    lo, hi = _lex()["exclusions"].get("session_hour_range", [7, 23])
    if q.value_max is not None or q.in_words or not float(q.value).is_integer() or not lo <= q.value <= hi:
        return False
    return _session_before_de().search(folded, max(0, q.number_start - 40), q.number_start) is not None
