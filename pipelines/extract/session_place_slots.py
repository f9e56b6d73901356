"""A timetable slot that gives only a place after its time ("À 19h, à la Maison des jeux :", "De
10h à 12h, au Jardin des plantes :"), as a press agenda writes it: the activity is the first
sentence of the line under it ("Atelier de réparation de vélos. Ouvert à tous."), which becomes
the session's title in place of the place."""

from __future__ import annotations

import re

from .programme_timetable import slot_of

# The place: a preposition of place, maybe an article, a capitalised name, a colon ending the line.
_PLACE_ONLY = re.compile(r"(?:à|a|au|aux)\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?[A-ZÀ-ÞŒÆ][^:\n]*:\s*")
# A line opening with a time ("À 16h, ...", "De 14h à 16h, ..."): another slot.
_OPENS_WITH_TIME = re.compile(r"(?:(?:à|a|de|dès|des)\s+)?\d{1,2}\s*[hH:]", re.IGNORECASE)
# A title longer than this is a description, not the activity's name.
TITLE_MAX_WORDS = 25


def place_only_title(text: str, title: str, start: int) -> str | None:
    """The activity under a slot whose title ``title`` (on the line holding ``start``) is only a
    place, else None (the slot names its activity, or the next line is another slot)."""
    if not _PLACE_ONLY.fullmatch(title.strip()):
        return None
    end = text.find("\n", start)
    if end < 0:
        return None
    nxt = re.compile(r"[^\S\n]*\S[^\n]*").search(text, end)
    if nxt is None:
        return None
    line = nxt.group(0).strip()
    if slot_of(line) is not None or _OPENS_WITH_TIME.match(line) or line.endswith(":"):
        return None       # the next slot, or another label: no activity named
    # its first sentence, before a colon opening its details ("Atelier vélo : conseils et ...")
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÞŒÆ])|\s+:\s", line)[0].rstrip(" .")
    if not sentence or len(sentence.split()) > TITLE_MAX_WORDS:
        return None
    return sentence
