"""A programme run into one paragraph with its times inline, as a web page's text export gives it:
a programme heading ("Programme", "Pré-programme": programme.yaml `programme_headings`) a few words
before the first time, then in the same paragraph "8h45 : Accueil ... 10h00 : La sauvegarde du
patrimoine ? Échanges avec : ... 11h30 : Scène ouverte ...": each time and its colon opens an item,
titled by its words up to a label of people ("Échanges avec :", "Animateur :"), a bullet or the
next time. Three times at least; breaks ("Buffet", "Déjeuner") are no sessions."""

from __future__ import annotations

import bisect
import re

from ..document import Document
from .programme_timetable import is_break, item_type
from .programme_vocabulary import _f, _folded_list

# "8h45 :", "**10h00 :**", "15h-16h30 :": a time of day (a range maybe), bold or not, then a colon.
_TIME = re.compile(r"(?<![\w:*])\**\s*(?:[01]?\d|2[0-3])\s?h\s?(?:[0-5]\d)?"
                   r"(?:\s*[-–]\s*(?:[01]?\d|2[0-3])\s?h\s?(?:[0-5]\d)?)?\s*\**\s*:\s*\**\s*")
# A label of people closing an item's title: "Echanges avec :", "Animateur :", "Intervenants :".
_LABEL = re.compile(r"\s(?=[A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s)")
_BULLET = re.compile(r"\s[*•]\s")
_MIN_ITEMS = 3
# The programme heading stands at most this many words before the first time.
_HEAD_REACH = 6
_TITLE_MAX_WORDS = 30


def _headed(lead: str) -> bool:
    """Do the last words before the first time hold a programme heading ("PRE-PROGRAMME")?"""
    words = _f(lead.replace("*", " ").lower()).split()[-_HEAD_REACH:]
    heads = _folded_list("programme_headings")
    tail = " ".join(words)
    return any(re.search(rf"(?<![\w])(?:pre-?)?{re.escape(h)}(?![\w])", tail) for h in heads)


def _title(segment: str) -> str | None:
    """An item's title: its words up to a label of people or a bullet, cut at its first sentence
    when longer than a title; None when still too long."""
    text = " ".join(segment.replace("*", " ").split())
    for cut in (_LABEL, _BULLET):
        m = cut.search(text)
        if m is not None and m.start() > 0:
            text = text[:m.start()]
    text = text.strip(" ,;:–-")
    if len(text.split()) > _TITLE_MAX_WORDS:
        stop = re.search(r"[.!?](?:\s|$)", text)
        text = text[:stop.end()].strip() if stop else text
    return text if text and len(text.split()) <= _TITLE_MAX_WORDS else None


def inline_timed_agenda(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each item of such a programme, the span running to the next time."""
    text = doc.text
    out: list[tuple[str, int, int, str]] = []
    for para_start, para_end in doc.paragraphs():
        marks = list(_TIME.finditer(text, para_start, para_end))
        if len(marks) < _MIN_ITEMS or not _headed(text[para_start:marks[0].start()]):
            continue
        items = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else para_end
            title = _title(text[m.end():end])
            if title is None:
                continue
            if not is_break(title):
                items.append((title, m.end(), end, item_type(title)))
        if len(items) >= _MIN_ITEMS - 1:
            out += items
    return out
