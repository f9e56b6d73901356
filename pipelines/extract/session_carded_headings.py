"""Sessions of an event page that gives each activity its own heading and its own practical card:
"Quand ? le 3 juin, de 14h à 15h" / "Où ? salle B" under "Atelier : les haies du bocage" and
under "Visite des vergers", the words of sessions.yaml ``when_labels``."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .names import normalise
from .programme_vocabulary import _f, _normalised_set
from .programme_timetable import is_break, item_type

_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])\s*h(?:\s*[0-5]\d)?(?![\w])")
_MARKUP = re.compile(r"<[^>]{1,20}>|[*_]")


def _when_line(line: str, labels: tuple[str, ...]) -> bool:
    """A line of a practical card giving a time of day: a label of ``when_labels`` and a question
    mark or a colon, then a clock time ("**Quand ?** le 3 juin, de 9h à 12h", "Horaires : 14h30")."""
    f = _f(_MARKUP.sub("", line).strip().lower())
    return any(re.match(rf"{re.escape(w)}\s*[?:]", f) for w in labels) and _CLOCK.search(f) is not None


def carded_headings(doc: Document) -> list[tuple[str, int, int, str]]:
    """Headings, two at least, whose own section (to the next heading of their level or above)
    holds a card line giving a time of day: each heads an activity of the event, a session, its
    type from its words. A heading naming the event itself (a word of ``event_nouns``), a
    sentence or a break is none. -> (title, start, end of its section, type), in order."""
    labels = tuple(_f(str(w).lower()) for w in load("sessions").get("when_labels") or [])
    if not labels:
        return []
    heads = sorted(doc.headings, key=lambda h: h.offset)
    out = []
    for n, h in enumerate(heads):
        title = " ".join(h.text.split()).strip("*_ ")
        end = next((x.offset for x in heads[n + 1:] if x.level <= h.level), len(doc.text))
        nxt = heads[n + 1].offset if n + 1 < len(heads) else len(doc.text)
        own = doc.text[h.offset + len(h.text):nxt]
        if not title or title.endswith((".", ":")) or is_break(title) \
                or any(w in _normalised_set("event_nouns") for w in normalise(title).split()):
            continue
        if any(_when_line(line, labels) for line in own.splitlines()):
            out.append((title, h.offset, end, item_type(title)))
    return out if len(out) >= 2 else []
