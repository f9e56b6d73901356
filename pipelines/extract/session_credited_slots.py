"""Timed lines that are sessions however few the page has (a timetable needs three timed lines,
programme_lists.py):
- a timed line that credits who gives it, its title then a comma, a speaker phrase
  (programme.yaml ``speaker_phrases``, ``presenter_phrases``) and a person's name ("14h30
  Mot du président, par Prénom NOM, rôle"), as a slot naming a speaker is a session
  whatever its words (``is_break``); the title is the text between the time and the comma;
- a session given twice, its two times joined by "ou" ("10h-11h ou 15h-16h : Titre"): breaks and
  meals are not repeated; the title is the rest of the line, of fifteen words at most, no sentence."""

from __future__ import annotations

import re

from .names import parse_name
from .programme_reader import _Reader
from .programme_timetable import is_break, item_type, slot_time
from .programme_vocabulary import _f, _folded_list

_TITLE_MAX_WORDS = 15
_NAME_MAX_WORDS = 5
_TWICE = re.compile(r"[\dhH]\s+ou\s+\d")     # "10h-11h ou 15h-16h": the time matched by slot_time()


def _credit(rest: str, phrases: list[str]) -> bool:
    """``rest`` (after the title's comma) opens with a speaker phrase and a person's name, the name
    closed by a comma, a parenthesis or the end of the line."""
    low = _f(rest).lower()
    for phrase in sorted(phrases, key=len, reverse=True):
        if not low.startswith(phrase + " "):
            continue
        name = re.split(r"\s*[,(–—]\s*|\s+-\s+", rest[len(phrase):].strip(), maxsplit=1)[0].strip(" .")
        if len(name.split()) <= _NAME_MAX_WORDS and parse_name(name, allow_mixed=True) is not None:
            return True
    return False


def credited_timed_lines(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each timed line crediting its speaker or given twice (see the module)."""
    phrases = list(_folded_list("speaker_phrases") + _folded_list("presenter_phrases"))
    out = []
    for line in reader.lines:
        body = line.body.rstrip()
        t = slot_time().match(body)
        if t is None or not t.group(0).strip():
            continue
        rest = body[t.end():]
        if _TWICE.search(t.group(0)):
            title, credited = " ".join(rest.split()), True
            if title.endswith((".", ";", ",", ":")):
                continue
        else:
            title, comma, credit = rest.partition(",")
            title = " ".join(title.split())
            credited = bool(comma) and _credit(credit.strip(), phrases)
        if not credited or not title[:1].isupper() or len(title.split()) > _TITLE_MAX_WORDS \
                or parse_name(title, allow_mixed=True) is not None:
            continue
        if is_break(title):
            continue
        start = line.body_start + t.end() + (len(rest) - len(rest.lstrip()))
        out.append((title, start, reader.end_of(line), item_type(title)))
    return out
