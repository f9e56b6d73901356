"""The slots of a programme a press article announces with a lead-in ending on a colon ("Au
programme :", "Le programme des ateliers :") and then gives as timed paragraphs, not as a list
("9 h 30 : « Titre A » avec Prénom Nom, rôle", "11 h : Titre B"): each timed line is a session,
two at least. A timetable without such a lead-in needs three (sessions.py)."""

from __future__ import annotations

import re

from .programme_layout import _bulleted, _programme_intro
from .programme_reader import _Reader
from .programme_timetable import _TIME_PREFIX, is_break, item_type, slot_of
from .programme_vocabulary import _f, _type_terms
from .session_quoted_list import _lead_type

# A title opened by a quotation: the quoted part is the title, the rest says who speaks.
_QUOTED_HEAD = re.compile(r"^(«[^«»]{3,200}»|“[^“”]{3,200}”|\"[^\"]{3,200}\")")


def _announces_sessions(body: str) -> bool:
    """A lead-in naming the programme and ending on a colon: a programme heading
    (``_programme_intro``), or "programme des/de nos" and session words ("Le programme des tables
    rondes :"), at most eight words."""
    if not body.rstrip().endswith(":"):
        return False
    if _programme_intro(body):
        return True
    f = _f(body.lower()).rstrip(" :")
    m = re.match(r"^(?:le |au )?programme (?:des |de nos |de ces )(.+)$", f)
    if m is None or len(f.split()) > 8:
        return False
    rest = m.group(1).replace("-", " ")
    return any(re.fullmatch(r"s?\s+".join(re.escape(w) for w in term.split()) + r"[sx]?", rest)
               for term, _ in _type_terms())


def announced_timed_slots(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of the timed paragraphs right after such a lead-in (blank lines
    between them; the first other line ends the run). A break ("Pause", "Déjeuner") is no session."""
    lines = reader.lines
    out: list[tuple[str, int, int, str]] = []
    i = 0
    while i < len(lines):
        body = lines[i].body.strip()
        if not body or _bulleted(lines[i]) or not _announces_sessions(body):
            i += 1
            continue
        slots, j = [], i + 1
        while j < len(lines):
            text = lines[j].body.strip()
            if not text:
                j += 1
                continue
            t = _TIME_PREFIX.match(text) if slot_of(text) else None
            if t is None:
                break
            title = text[t.end():].strip(" ;,.")
            quoted = _QUOTED_HEAD.match(title)
            title = quoted.group(1) if quoted else title
            slots.append((title, lines[j].body_start, reader.end_of(lines[j])))
            j += 1
        if len(slots) >= 2:
            listed = _lead_type(_f(body.lower()).replace("-", " "))     # "Le programme des tables rondes :"
            out.extend((title, start, end, kind if (kind := item_type(title)) != "other" else listed)
                       for title, start, end in slots if title and not is_break(title))
        i = max(j, i + 1)
    return out
