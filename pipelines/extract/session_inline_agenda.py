"""An agenda run into one paragraph, as a PDF's text often gives it: a programme heading
("Déroulement de la réunion", "Ordre du jour", ``programme_headings`` and ``agenda_headings``), then
its numbered items in the same paragraph, "1. Accueil. Mot du maire ... 2. Présentation du
schéma par le bureau d'études. ... 3. Questions de la salle 4. Conclusion": each item a session,
titled by its words up to the first full stop or the next number."""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..document import Document
from .programme_timetable import item_type
from .programme_vocabulary import _f, _folded_list

# A programme heading's qualifier, between it and the first number: "de l'atelier", "du 12 mai".
_HEAD_MAX_WORDS = 5
# Items in a row, numbered 1, 2, 3... at least this many.
_MIN_ITEMS = 3
# A title is at most this many words (else it is a sentence, not an agenda's item).
_TITLE_MAX_WORDS = 12
# Between two numbers: at most this many characters (the first item's details may follow its title).
_ITEM_MAX_CHARS = 600
_MARK = r"(?<![\w.,])({n})[.)]\s+(?=[A-ZÀ-ÝŒ])"


@cache
def _mark(n: int) -> re.Pattern:
    """The marker of the item numbered ``n``."""
    return re.compile(_MARK.format(n=n))


def inline_agenda(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each item of such an agenda, the span running to the next item."""
    text = doc.text
    heads = _folded_list("programme_headings") + _folded_list("agenda_headings")
    out: list[tuple[str, int, int, str]] = []
    paragraphs = doc.paragraphs()
    starts = [a for a, _ in paragraphs]
    for first in _mark(1).finditer(text):
        k = bisect.bisect_right(starts, first.start()) - 1
        if k < 0 or not paragraphs[k][0] <= first.start() < paragraphs[k][1]:
            continue
        para_start, para_end = paragraphs[k]
        lead = _f(text[para_start:first.start()].lower())
        words = lead.split()
        if not any(" ".join(words[k:]).startswith(h) and len(words) - k - len(h.split()) <= _HEAD_MAX_WORDS
                   for h in heads for k in range(max(0, len(words) - _HEAD_MAX_WORDS - len(h.split())), len(words))):
            continue
        marks, pos, n = [first], first.end(), 2
        while (m := _mark(n).search(text, pos, min(para_end, pos + _ITEM_MAX_CHARS))) is not None:
            marks.append(m)
            pos, n = m.end(), n + 1
        if len(marks) < _MIN_ITEMS:
            continue
        items = []
        for k, m in enumerate(marks):
            end = marks[k + 1].start() if k + 1 < len(marks) else para_end
            title = _title(text[m.end():end])
            if not title:
                break
            items.append((title, m.end(), end, item_type(title)))
        if len(items) == len(marks):
            out += items
    return out


def _title(body: str) -> str | None:
    """An item's title: its words up to the first full stop, without a page number closing the
    paragraph ("Conclusion 4"); None when they are too many for a title."""
    stop = re.search(r"[.!?](?:\s|$)", body)
    title = " ".join(body[:stop.start() if stop else len(body)].split())
    title = re.sub(r"\s+\d{1,3}$", "", title).strip(" ,;:-–")
    return title if title and len(title.split()) <= _TITLE_MAX_WORDS else None
