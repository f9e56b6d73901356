"""Speakers named with their role glued on, no comma between: "Prénom Nom Sociologue, Équipe X",
"Prénom NOM Présidente du Syndicat Y", two on one line sometimes ("Prénom Nom Doctorante,
Université X Prénom Nom Chercheur, ..."), as a web page or a PDF reads once the boxes of a name
and of its role are joined by the text export. The name opens with a known given name and parses
as a person; the capitalised word right after it is a role word (programme.yaml `role_words`);
the role runs to the end of the line or to the next such person. Two such people at least in the
document: one alone may be a name and a title in a sentence."""

from __future__ import annotations

import re
from functools import cache

from .names import is_given_name, normalise, parse_name
from .programme_layout import ProgrammeText
from .programme_lines import parse_item
from .programme_vocabulary import _is_role_word, _normalised_set
from .speaker_item import Item

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BLANK = re.compile(r"[ \t\u00a0]{1,2}")
_MIN_PEOPLE = 2
_MAX_FAMILY_WORDS = 2


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@cache
def _roles_of_several_words() -> tuple[str, ...]:
    """The role words of programme.yaml made of several words ("maître de conférences")."""
    return tuple(role for role in _normalised_set("role_words") if " " in role)


def _opens_role(line: str, words: list[re.Match], r: int) -> bool:
    """Does a role open at word ``r``: a role word ("Directrice"), or a role of several words of
    the lexicon whose first word alone is none ("Maitre de Conférences Univ. Valbrune")?"""
    if _is_role_word(words[r].group().split("-")[0]):
        return True
    head = normalise(line[words[r].start():words[r].start() + 40])
    return any(head == role or head.startswith(role + " ") for role in _roles_of_several_words())


def _glued_at(line: str, words: list[re.Match], i: int) -> int | None:
    """The index of the role word when a person glued to their role opens at word ``i``."""
    if not is_given_name(words[i].group()):
        return None
    for k in range(1, _MAX_FAMILY_WORDS + 1):
        r = i + k + 1
        if r >= len(words) or not all(_capitalised(w.group()) for w in words[i:r + 1]):
            return None
        if any(not _BLANK.fullmatch(line[words[j - 1].end():words[j].start()]) for j in range(i + 1, r + 1)):
            return None                 # the name and its role run on, blanks only between them
        if _opens_role(line, words, r) and parse_name(" ".join(w.group() for w in words[i:r]), allow_mixed=True):
            return r
    return None


def opens_with_glued_person(line: str) -> bool:
    """Does the line open with a person glued to their role ("Prénom Nom Sociologue, Équipe X")?
    Such a line credits a talk: it titles none."""
    words = list(_WORD.finditer(line))
    return bool(words) and not line[:words[0].start()].strip() and _glued_at(line, words, 0) is not None


def glued_role_people(reader: ProgrammeText) -> list[Item]:
    """The people of the document named with their role glued on (see the module), in order."""
    items: list[Item] = []
    for line in reader.lines:
        body = line.body
        words = list(_WORD.finditer(body))
        found: list[tuple[int, int]] = []          # (start of the name, start of its role) in body
        i = 0
        while i < len(words):
            r = _glued_at(body, words, i)
            if r is None:
                i += 1
                continue
            found.append((words[i].start(), words[r].start()))
            i = r + 1
        for n, (start, role_start) in enumerate(found):
            end = found[n + 1][0] if n + 1 < len(found) else len(body.rstrip())
            name = " ".join(body[start:role_start].split())
            clause = body[role_start:end].strip(" ,;")
            item = parse_item(f"{name}, {clause}", bare_ok=True, mixed_ok=True)
            if item is None or len(item.people) != 1 or not item.role:
                continue
            item.start, item.end = line.body_start + start, line.body_start + end
            items.append(item)
    return items if len(items) >= _MIN_PEOPLE else []
