"""Talks of a web page whose every element became a line: the talk's title, then a line holding
only the word that brings in its speaker ("par", programme.yaml ``speaker_phrases`` and
``presenter_phrases``), then the speaker's name alone, or that word and the speaker on one line:

    Les haies du bocage                 Les haies du bocage
    par                                 par Paul Durand, écologue, Agence régionale
    Paul DURAND

Two such titles at least make the layout (one could be a caption). In that layout, the line right
after a credit may be an item without a speaker that says who attended it ("Visite du marais de
Valbrune en présence de la maire, Anne Roy"): its title is what comes before that phrase
(programme.yaml ``attended_phrases``)."""

from __future__ import annotations

import re

from .names import parse_name
from .programme_lines import parse_item
from .programme_reader import _Reader
from .programme_timetable import is_break, item_type, slot_of
from .programme_vocabulary import _f, _folded_list

_TITLE_MAX_WORDS = 20
_MIN_TITLES = 2


def _next(lines, j: int) -> int | None:
    while j < len(lines) and not lines[j].body.strip():
        j += 1
    return j if j < len(lines) else None


def _title_line(text: str) -> bool:
    return bool(text) and text[:1].isupper() and len(text.split()) <= _TITLE_MAX_WORDS \
        and not text.endswith((".", ":", ",", ";")) and not slot_of(text) and not is_break(text) \
        and parse_item(text, mixed_ok=True) is None and parse_name(text, allow_mixed=True) is None


def _credited_person(line: str, phrases: set[str]) -> bool:
    """Whether a line is a speaker phrase then a person, with a role or an organisation maybe
    ("par Marc Dupin, écologue, Agence régionale", "Par Anne Roy, CEREMA")."""
    head, _, rest = line.partition(" ")
    if _f(head.lower()) not in phrases or not rest[:1].isupper():
        return False
    item = parse_item(rest, mixed_ok=True)
    return item is not None and bool(item.people)


def credited_title_lines(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each title line followed by a line that is only a speaker
    phrase, then by a line that is a person's name (see the module); none when fewer than two."""
    phrases = set(_folded_list("speaker_phrases")) | set(_folded_list("presenter_phrases"))
    lines = reader.lines
    out = []
    for i, line in enumerate(lines):
        text = " ".join(line.body.split())
        if not _title_line(text):
            continue
        k = _next(lines, i + 1)
        if k is None:
            continue
        credit = " ".join(lines[k].body.split())
        if _f(credit.rstrip(":").strip().lower()) in phrases:
            n = _next(lines, k + 1)
            if n is None or parse_name(" ".join(lines[n].body.split()).strip(" ,"), allow_mixed=True) is None:
                continue
            out.append((text, line.body_start, reader.end_of(lines[n]), item_type(text)))
        elif len(text.split()) >= 2 and _credited_person(credit, phrases):
            # "par Marc Dupin, écologue, Agence régionale": the phrase and who, on one line (under a
            # title of two words at least: "Valbrune" / "Par X, directeur des transports" is a town's turn)
            out.append((text, line.body_start, reader.end_of(lines[k]), item_type(text)))
    if len(out) < _MIN_TITLES:
        return []
    return out + _attended_items(reader, out)


def _attended_items(reader: _Reader, found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Items right after a credited title's last line whose line is a title then an attendance
    phrase ("Visite du marais de Valbrune en présence de la maire"): (head, start, end, type)."""
    phrases = _folded_list("attended_phrases")
    lines = reader.lines
    titles = {t for t, *_ in found}
    out = []
    for _, _, end, _ in found:
        i = next((j for j, ln in enumerate(lines) if reader.end_of(ln) == end), None)
        k = _next(lines, i + 1) if i is not None else None
        if k is None:
            continue
        text = " ".join(lines[k].body.split())
        folded = _f(text.lower())
        m = next((m for p in phrases for m in [re.search(r"\s" + re.escape(p) + r"(?=\s|$)", folded)] if m), None)
        if m is None or not text[:1].isupper():
            continue
        head = text[:m.start()].rstrip(" ,")
        if len(head.split()) < 2 or head in titles or not _title_line(head):
            continue
        out.append((head, lines[k].body_start, reader.end_of(lines[k]), item_type(head)))
    return out
