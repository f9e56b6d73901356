"""Sessions a report heads with their kind as a one-word label closed by a full stop, on lines of
their own ("ATELIER. Cultiver sans arroser" / "RETEX. Le réseau de chaleur de Valbrune"). A report
of talks often so labels each with its track or format ("KEYNOTE.", "DÉMO.", "Atelier."): the
line is the session, its title after the label.

Only when three lines at least are so written, and one label is a session word (``session_types``
of ``lexicons/programme.yaml``) or the labels repeat (at most one label for two lines): lines each
under its own label ("Travaux. ...", "Budget. ...") are the notes of a press article. Labels of
``label_line_skips`` (``lexicons/sessions.yaml``: figure and note captions, "Fig. 4 - ...") are
none, and so is a title that opens with a figure or in lower case."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..lexicons import load
from .programme_layout import ProgrammeText, _bulleted
from .programme_timetable import is_break, item_type
from .programme_vocabulary import _f

# "LABEL. Title": a word of 2 to 12 letters, a full stop, then a title of 2 words at least that
# starts with a capital letter or a quotation mark.
_LABELLED = re.compile(r"\s*(?P<label>[A-ZÀ-Ý][A-Za-zÀ-ÿ-]{1,11})\.\s+(?P<title>[A-ZÀ-Ý«“\"][^\n]{6,200}?)\s*$")
_MIN_LINES = 3


@cache
def _skips() -> frozenset[str]:
    return frozenset(_f(str(w).lower()) for w in load("sessions").get("label_line_skips") or [])


def labelled_title_lines(layout: ProgrammeText) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each line "LABEL. Title" (see the module); the type is the
    label's when it is a session word ("Atelier." -> workshop), else the title's. The span runs
    to the next such line (the photo captions and credits below belong to the session), the
    last one to the end of its paragraph."""
    found = []
    for i, line in enumerate(layout.lines):
        m = _LABELLED.match(line.body)
        if m is None or _bulleted(line) or _f(m.group("label").lower()) in _skips():
            continue
        title = m.group("title").strip()
        if len(title.split()) < 2 or is_break(title):
            continue
        start = line.body_start + m.start("title")
        found.append((i, m.group("label"), title, start))
    if len(found) < _MIN_LINES:
        return []
    labels = Counter(_f(label.lower()) for _, label, _, _ in found)
    if not any(item_type(label) != "other" for _, label, _, _ in found) and len(labels) > len(found) // 2:
        return []       # no session word and few labels repeated: a list of notes, not of talks
    out = []
    for n, (i, label, title, start) in enumerate(found):
        if n + 1 < len(found):
            end = layout.lines[found[n + 1][0]].start
        else:
            j = i
            while j + 1 < len(layout.lines) and layout.lines[j + 1].body.strip():
                j += 1
            end = layout.end_of(layout.lines[j])
        kind = item_type(label)
        out.append((title, start, end, kind if kind != "other" else item_type(title)))
    return out
