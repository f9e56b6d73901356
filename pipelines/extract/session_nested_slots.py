"""The meetings a timed bullet of a programme holds in parallel, each on a bullet indented under
it: "• 9h : début des travaux" then "    • Réunion des trésoriers à la salle polyvalente, rue
Haute" and "    • Assemblée des délégués au foyer rural, place de l'Église". Each indented bullet
is a session held at that time, titled up to the place where it meets (a preposition of place,
"à la", "au", "à l'", "aux", followed by its address after a comma or a word of ``place_words``).
An indented bullet with a time of its own is a slot of its own (read by the timetable), and one
indented bullet alone is a detail of its slot, no list of parallel meetings."""

from __future__ import annotations

import re

from .programme_timetable import is_break, slot_time
from .programme_vocabulary import _normalised_set

# A bulleted line: its indent, then its text.
_BULLET = re.compile(r"^([ \t]*)[•▪◦·*\-–][ \t]+(\S[^\n]*)$", re.MULTILINE)
# Where the place of a meeting opens: "... à la salle X, rue Y", "... au foyer rural, place Z".
_PLACE = re.compile(r"\s+(?:à\s+la\s+|à\s+l['’]\s*|au\s+|aux\s+)(\S+)([^\n]*)")
# The least number of indented bullets that make a list of parallel meetings.
_MIN_CHILDREN = 2


def _meeting_title(text: str) -> str:
    """"Réunion des trésoriers à la salle polyvalente, rue Haute" -> "Réunion des trésoriers"."""
    places = _normalised_set("place_words")
    for m in _PLACE.finditer(text):
        word = m.group(1).lower().strip(",.")
        if len(text[:m.start()].split()) >= 2 and ("," in m.group(2) or word in places):
            return text[:m.start()].strip(" ,")
    return text.strip(" ,;.")


def nested_slot_meetings(text: str) -> list[tuple[str, int, int]]:
    """[(title, start, end)] of the bullets indented under a timed bullet (see the module)."""
    bullets = list(_BULLET.finditer(text))
    out = []
    i = 0
    while i < len(bullets):
        parent = bullets[i]
        depth = len(parent.group(1).expandtabs(4))
        children = []
        j = i + 1
        while j < len(bullets) and len(bullets[j].group(1).expandtabs(4)) > depth \
                and text.count("\n", bullets[j - 1].end(), bullets[j].start()) <= 1:
            children.append(bullets[j])
            j += 1
        if slot_time().match(parent.group(2)) and len(children) >= _MIN_CHILDREN \
                and not any(slot_time().match(c.group(2)) for c in children):
            for c in children:
                title = _meeting_title(c.group(2))
                if title[:1].isupper() and len(title.split()) >= 2 and not is_break(title):
                    out.append((title, c.start(2), c.end(2)))
        i = max(j, i + 1)
    return out
