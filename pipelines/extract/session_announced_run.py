"""Sessions of a programme a sentence announces at the end of a paragraph, its items the plain
lines right under it, each a sentence opening on what the moment is: "La fête aura lieu samedi à
Valbrune. Au programme de l'après-midi :" / "Visite du moulin, qui rouvre ses portes." /
"Concert de la chorale de Trévanne (entrée libre)."."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_layout import _bulleted
from .programme_reader import _Reader
from .programme_vocabulary import _f

# the announcing sentence: "Au programme ... :", a few words
_ANNOUNCE_MAX_WORDS = 12
# an item's title: the line up to its first comma, parenthesis, colon or sentence end
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 2, 12


@cache
def _openers() -> tuple[str, ...]:
    return tuple(_f(str(w).lower()) for w in load("sessions")["announced_run_openers"])


@cache
def _heads() -> list[str]:
    return sorted((_f(str(w).lower()) for w in load("sessions")["announced_run_heads"]), key=len, reverse=True)


def _announces(body: str) -> bool:
    """The paragraph line ends with a sentence opening on a word of ``announced_run_openers``
    ("Au programme de l'après-midi :"), a few words long."""
    last = re.split(r"(?<=[.!?])\s+", body.strip())[-1]
    f = _f(last.lower())
    return f.endswith(":") and f.startswith(_openers()) and len(f.split()) <= _ANNOUNCE_MAX_WORDS


def _item_title(body: str) -> str | None:
    f = _f(body.lower())
    if not any(f.startswith(h + " ") for h in _heads()):
        return None
    title = re.split(r",\s|\s\(|\s:\s|[.!?](?=\s|$)", body, maxsplit=1)[0].strip()
    n = len(title.split())
    return title if _TITLE_MIN_WORDS <= n <= _TITLE_MAX_WORDS else None


def announced_run_lines(reader: _Reader) -> list[tuple[str, int, int]]:
    """The items (title, start, end) of each plain run of two lines at least under a paragraph
    line closing on "Au programme ... :", the run stopping at the first line that opens on no
    word of ``announced_run_heads`` (``lexicons/sessions.yaml``) ("Goûter offert." ends it)."""
    lines, out = reader.lines, []
    for i, ln in enumerate(lines):
        if _bulleted(ln) or not _announces(ln.body):
            continue
        run, k = [], i + 1
        while k < len(lines) and lines[k].body.strip() and not _bulleted(lines[k]) \
                and reader.heading_level(lines[k]) is None:
            title = _item_title(lines[k].body.strip())
            if title is None:
                break
            run.append((title, lines[k].body_start, reader.end_of(lines[k])))
            k += 1
        if len(run) >= 2:
            out += run
    return out
