"""The agenda items of a general assembly's minutes as its sessions: "1 - Rapport d'activité de
l'année 2030", then a paragraph; "2 - Rapport financier", then a paragraph; or the same in capitals
("APPROBATION DES COMPTES DE L'EXERCICE"): each statutory item (sessions.yaml
``assembly_item_heads``) a short heading line of its own over the prose that reports it."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold_apostrophes, load
from .programme_layout import ProgrammeText

_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*(?:[.)°]|[-–—])?\s+)")
_MAX_CHARS = 90            # a heading, not a sentence of the minutes


@cache
def _heads() -> tuple[str, ...]:
    return tuple(fold_apostrophes(str(w)) for w in load("sessions")["assembly_item_heads"])


def _item_title(line_text: str) -> str | None:
    """The line as an agenda item: numbered ("2 - Rapport financier") or in capitals, short, ending
    no sentence, and opening on an agenda head."""
    m = _NUMBER.match(line_text)
    title = line_text[m.end():].strip() if m else line_text.strip()
    letters = [c for c in title if c.isalpha()]
    if not letters or len(title) > _MAX_CHARS or title.endswith((".", ";", ",", ":")):
        return None
    if m is None and not all(c.isupper() for c in letters):
        return None       # an unnumbered line only in capitals: "Le rapport moral est adopté" is prose
    if not title[:1].isupper() or not fold_apostrophes(title).startswith(_heads()):
        return None
    return title


def assembly_items(text: str, layout: ProgrammeText) -> list[tuple[str, int, int, str]]:
    """Two agenda items at least, in a document naming a general assembly (sessions.yaml
    ``assembly_words``). -> (title, start, end, type), in order."""
    plain = fold_apostrophes(text)
    if not any(fold_apostrophes(str(w)) in plain for w in load("sessions")["assembly_words"]):
        return []
    out = []
    for line in layout.lines:
        title = _item_title(line.text)
        if title is not None:
            start = line.start + line.text.index(title)
            out.append((title, start, layout.end_of(line), "other"))
    return out if len(out) >= 2 else []
