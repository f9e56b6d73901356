"""Sessions a line counts and the next lines name, one a line: "Revivez les deux débats" /
"Le bourg de demain, quel avenir pour les jeunes ?" / "Habiter la forêt ?". As many title lines
as the count (two to five), none of them a sentence, a person or a timed slot."""

from __future__ import annotations

import re

from .programme_layout import _bulleted
from .programme_lines import parse_item
from .programme_reader import _Reader
from .programme_timetable import is_break, slot_of
from .programme_vocabulary import _f, _folded_list, _type_terms

_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_TITLE_MAX_WORDS = 20


def counted_title_lines(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of the lines that follow a line counting sessions ("les deux
    débats", "trois ateliers :"), the count equal to the run of title lines that follows: each
    capitalised, of twenty words at most, not ending on a full stop, colon or comma. The line
    after the run must not be one more title of the same kind (the run is the whole list)."""
    terms = [(t, kind) for t, kind in _type_terms() if t not in _folded_list("numbered_only")]
    plural = "|".join(r"s?\s+".join(re.escape(w) for w in t.split()) + r"[sx]?" for t, _ in terms)
    pattern = re.compile(rf"(?<![\w-])({'|'.join(_COUNTS)})\s+({plural})(?![\w-])")
    lines = reader.lines
    out = []
    for i, line in enumerate(lines):
        body = line.body.strip()
        m = pattern.search(_f(body)) if body and len(body.split()) <= 12 else None
        if m is None or body.endswith("."):
            continue
        n = _COUNTS[m.group(1)]
        run = []
        for k in range(i + 1, min(len(lines), i + 1 + n)):
            text = lines[k].body.strip()
            if not _title_line(text) or _bulleted(lines[k]):
                break
            run.append((text, lines[k].body_start, reader.end_of(lines[k])))
        if len(run) != n:
            continue
        after = lines[i + 1 + n].body.strip() if i + 1 + n < len(lines) else ""
        if after.endswith("?") and _title_line(after):
            continue      # one more question: the list is longer than the count
        kind = next((kind for t, kind in terms if re.fullmatch(r"s?\s+".join(re.escape(w) for w in t.split()) + r"[sx]?",
                                                               m.group(2))), "other")
        out.extend((t, start, end, kind) for t, start, end in run)
    return out


def _title_line(text: str) -> bool:
    return bool(text) and text[:1].isupper() and len(text.split()) <= _TITLE_MAX_WORDS \
        and not text.endswith((".", ":", ",", ";")) and not slot_of(text) and not is_break(text) \
        and parse_item(text, mixed_ok=True) is None
