"""The session of one talk's slide deck: the talk itself, titled on the deck's first slide; and
the session of one talk's own web page, titled in the page's metadata.

A deck shown at a webinar or a conference day has, on its first slide, the event's name, the
talk's title, the one person who gives it and often a date. When no programme names a session,
that title is the document's one session (type "other")."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .names import normalise, parse_name
from .per_document import per_document
from .programme_timetable import is_day
from .programme_vocabulary import _f, _normalised_set, _type_terms


# What parts a title slide's line: "Prénom Nom - Organisation - date", "27 mai 2020 • Prénom Nom";
# PERSON_PARTS also a label's colon and a comma ("Intervenante : Prénom NOM, rôle").
PART_BREAK = r"\s[-–—|•]\s"
PERSON_PARTS = rf"{PART_BREAK}|\s*:\s+|,\s*"


@cache
def _lex() -> dict:
    return load("sessions")


@cache
def _months() -> frozenset[str]:
    return frozenset(normalise(str(m)) for m in load("events")["months"])


def _names_a_person(line: str) -> bool:
    """"Prénom Nom", "Prénom Nom - Organisation - 12/04/2023", "Intervenante : Prénom NOM
    Organisation": a part of the line opens with a person's name."""
    for part in re.split(PERSON_PARTS, line):
        words = part.split()
        if any(parse_name(" ".join(words[:n]), allow_mixed=True) for n in (2, 3) if len(words) >= n):
            return True
    return False


def _names_the_event(line: str) -> bool:
    return any(w in _normalised_set("event_nouns") for w in normalise(line).split())


def _dated(line: str) -> bool:
    words = normalise(line).split()
    return bool(re.search(r"\b(?:19|20)\d\d\b", line)) or any(w in _months() for w in words) or is_day(line)


def _labelled(line: str) -> bool:
    """"Version 2 : mise à jour", "Intervenante : X": a short label before a colon."""
    head = line.split(":", 1)
    return len(head) == 2 and len(head[0].split()) <= int(_lex()["deck_label_max_words"])


@per_document
def _title_slide(doc: Document) -> tuple[int, str, list[tuple[int, str]], list[tuple[int, str]]] | None:
    """The first page of a slide deck: (its offset, its text, its lines, the one line naming a
    person), or None when the document is no deck or its first page is no title slide. The deck has
    ``deck_min_pages`` pages at least; its first page at most ``deck_title_max_lines`` lines, none
    a bullet, exactly one naming a person. Asked by the sessions, their speakers and the
    attribution: computed once per extraction."""
    if doc.page_count < int(_lex()["deck_min_pages"]):
        return None
    start, page = doc.page_text(1)
    lines = [(start + m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", page) if m.group(0).strip()]
    if not lines or len(lines) > int(_lex()["deck_title_max_lines"]):
        return None
    if any(re.match(r"[•▪●◦*\-–]\s", text) for _, text in lines):
        return None
    people = [(offset, text) for offset, text in lines if not _names_the_event(text) and _names_a_person(text)]
    if len(people) != 1:
        return None
    return start, page, lines, people


def deck_talk(doc: Document) -> list[tuple[str, int, int]]:
    """The talk of a slide deck as [(title, start, end)], else []: the first line of its title
    slide that names neither the event (an event noun: "Webinaire", "Journée"), nor a person, a
    date or a label. The span is the whole deck."""
    slide = _title_slide(doc)
    if slide is None:
        return []
    start, page, lines, people = slide
    for offset, text in lines:
        if (offset, text) in people or _names_the_event(text) or _dated(text) or _labelled(text) or text.endswith("."):
            continue
        if len(text.split()) > 16 or not re.search(r"[^\W\d_]{3}", text):
            continue
        lead = len(page[offset - start:]) - len(page[offset - start:].lstrip())
        return [(text, offset + lead, len(doc.text))]
    return []


def deck_presenter(doc: Document) -> tuple[str, int] | None:
    """The line of a deck's title slide that names the one person giving the talk ("Prénom Nom",
    "Prénom Nom - Organisation - date"), its dated parts left out, with its offset in the text:
    the talk's speaker."""
    slide = _title_slide(doc)
    if slide is None:
        return None
    start, page, _, people = slide
    offset, text = people[0]
    lead = len(page[offset - start:]) - len(page[offset - start:].lstrip())
    parts = [part for part in re.split(PART_BREAK, text) if not _dated(part)]
    return " - ".join(parts), offset + lead


# A title between quotation marks: « », “ ”, straight double quotes, or single quotes that open
# after a space and close before a space or a punctuation mark (an apostrophe inside a word is
# neither).
_QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]{8,200}?)\s*[»”\"]|(?:^|(?<=\s))['‘]([^'‘’]{8,200}?)['’](?=$|[\s.,;:!?)])")


def talk_page(doc: Document) -> list[tuple[str, int, int, str]]:
    """The talk of a web page about one talk given at an event, as [(title, start, end, type)],
    else []: the page's metadata names the event it belongs to (a key of sessions.yaml
    ``talk_page_event_keys``: "event: Forum X", as the talk pages of static-site templates write),
    and its title names something else, the talk ("Table ronde « Les haies » avec ..."). The
    title's part between quotation marks is the talk's title when there is one, else the whole
    title; a session word in the title gives its type. The span is the whole page."""
    event = next((str(doc.metadata.get(k) or "").strip() for k in _lex()["talk_page_event_keys"]
                  if isinstance(doc.metadata.get(k), str) and str(doc.metadata.get(k)).strip()), "")
    title = " ".join(str(doc.metadata.get("title") or doc.title or "").split())
    if not event or not title or normalise(title) == normalise(event):
        return []
    quoted = _QUOTED.search(title)
    talk = " ".join((quoted.group(1) or quoted.group(2)).split()) if quoted else title
    if normalise(talk) == normalise(event) or len(talk.split()) > 25:
        return []
    folded = _f(title.lower())
    kind = next((k for t, k in sorted(_type_terms(), key=lambda p: -len(p[0]))
                 if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", folded)), "other")
    return [(talk, 0, len(doc.text), kind)]


def titled_session_report(doc: Document) -> list[tuple[str, int, int, str]]:
    """The session of a page reporting on one session of a larger event: the page's first line is
    a title (a short line without a final stop), the text calls itself a session ("Cet atelier a
    été animé par ...", "Cette table ronde réunissait ...": a demonstrative, then a word of the
    session types of sessions.yaml ``reported_session_kinds``) and places it within an event
    ("dans le cadre des rencontres ..."). -> [(title, start, end, type)], the span the whole text."""
    first = re.search(r"\S[^\n]*", doc.text)          # the page's first line
    if first is None:
        return []
    title = " ".join(first.group(0).split())
    if (not title[:1].isupper() or not 2 <= len(title.split()) <= int(_lex()["reported_session_title_max_words"])
            or title.endswith((".", "!", ":", ";", ","))):
        return []
    folded = _f(doc.text[first.end():])
    kinds = set(_lex()["reported_session_kinds"])
    terms = "|".join(re.escape(t) for t, kind in _type_terms() if kind in kinds)
    m = re.search(rf"(?<![\w-])(?:cet|cette|ce)\s+({terms})(?![\w-])", folded)
    if m is None or not re.search(r"(?<![\w-])dans le cadre d", folded):
        return []
    kind = next(k for t, k in _type_terms() if t == m.group(1) and k in kinds)
    return [(title, first.start(), len(doc.text), kind)]
