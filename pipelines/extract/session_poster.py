"""The sessions of a poster or an invitation: short titles in capitals, each with its subtitle on
the next line ("ATELIERS" / "Comment faire ensemble ?", "VISITE" / "Le chantier du tram"), one
after the other."""

from __future__ import annotations

from .names import parse_name
from .programme_lines import _label_of
from .programme_reader import _Reader
from .programme_timetable import is_day, slot_time
from .session_deck import _dated


def _caps_title(text: str) -> bool:
    """"VERNISSAGE", "TEMPS FORT N°2": one to four words, every letter a capital, no date."""
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 3 and all(c.isupper() for c in letters) and 1 <= len(text.split()) <= 4
            and not _dated(text) and not is_day(text) and _label_of(text) is None)


def _subtitle(text: str) -> bool:
    """"Comment font-ils ailleurs ?": a short line in lower and upper case, no sentence, label,
    time or person."""
    letters = [c for c in text if c.isalpha()]
    return (bool(letters) and not all(c.isupper() for c in letters) and text[:1].isupper()
            and len(text.split()) <= 12 and not text.endswith((".", ",", ";", ":")) and ":" not in text
            and not slot_time().match(text) and not _dated(text) and parse_name(text, allow_mixed=True) is None)


def captioned_titles(reader: _Reader) -> list[tuple[str, int, int]]:
    """Titles in capitals each followed by its subtitle (the next line with text), three pairs at
    least in a row, only blank lines or dates ("Du 18 au 24 juin") between two pairs: each pair
    is a session titled by its capitals. -> (title, start, end), the span running to the next
    pair."""
    content = [(k, line.body.strip()) for k, line in enumerate(reader.lines) if line.body.strip()]
    runs: list[list[tuple[int, str, int]]] = [[]]
    n = 0
    while n < len(content):
        k, text = content[n]
        if n + 1 < len(content) and _caps_title(text) and _subtitle(content[n + 1][1]):
            runs[-1].append((k, text, content[n + 1][0]))
            n += 2
            continue
        if runs[-1] and not (_dated(text) or is_day(text)):
            runs.append([])
        n += 1
    best = max(runs, key=len)
    if len(best) < 3:
        return []
    out = []
    for m, (k, text, sub) in enumerate(best):
        line = reader.lines[k]
        start = line.body_start + len(line.body) - len(line.body.lstrip())
        end = reader.lines[best[m + 1][0]].start - 1 if m + 1 < len(best) else reader.end_of(reader.lines[sub])
        out.append((" ".join(text.split()), start, end))
    return out
