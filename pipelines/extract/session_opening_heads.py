"""A line of its own that opens on an opening or closing word (sessions.yaml ``opening_heads``:
"Ouverture des travaux", "Introduction", "Discours de clôture") is the session of who gives it
when it names that person itself, after a speaker phrase ("Mot d'accueil par Prénom Nom"), or when
the next line names a person with a role ("> Prénom NOM, directrice de X"; a bullet or a quotation
mark before the name is no part of it). A sentence (ending on a full stop, a comma or a colon), a
longer line or a line without a person after it is none.

The same head after the time of its slot, in a programme too short to make a timetable ("9h : mot
d'accueil" / "Prénom Nom, maire de Valbrune"; "9h30 Discours d'ouverture de Mme Prénom NOM, présidente
de X"), is a session on the same terms, its first letter in either case; after the time, a
civility also announces the speaker after "de" (sessions.yaml ``opening_speaker_links``)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_lines import parse_item
from .programme_reader import _Reader
from .programme_timetable import item_type, slot_of
from .programme_vocabulary import _f, _folded_list
from .names import parse_name

_LEAD = " >•·-–—*\t"
_NAME_MAX_WORDS = 5


def _named_after(tail: str) -> bool:
    """``tail`` opens with a person's name, closed by a comma, a parenthesis or the end."""
    name = re.split(r"\s*[,(–—]\s*|\s+-\s+", tail.strip(), maxsplit=1)[0].strip(" .")
    return 0 < len(name.split()) <= _NAME_MAX_WORDS and parse_name(name, allow_mixed=True) is not None


@cache
def _heads() -> tuple[re.Pattern, int]:
    """The opening words as one pattern (built once), and the most words such a line holds."""
    lex = load("sessions")
    heads = sorted({_f(str(w)).lower() for w in lex["opening_heads"]}, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(h) for h in heads)})(?![\w-])"), int(lex["opening_head_max_words"])


def _opening_title(text: str, timed: bool = False) -> bool:
    heads, most = _heads()
    return bool(text[:1].isupper()) and len(text.split()) <= most and not text.endswith((".", ",", ":", ";")) \
        and (timed or not slot_of(text)) and heads.match(_f(text).lower()) is not None


def _names_its_speaker(text: str) -> bool:
    low = _f(text).lower()
    return any(_named_after(text[m.end():]) for phrase in _folded_list("speaker_phrases")
               for m in re.finditer(rf"(?<=\s){re.escape(phrase)}\s+", low))


@cache
def _civility_link() -> re.Pattern:
    """"de M. Prénom NOM", "de Mme Prénom NOM": sessions.yaml ``opening_speaker_links`` then a title
    of programme.yaml ``honorifics`` (in the folded, lower-case text)."""
    links = "|".join(re.escape(_f(str(w)).lower()) for w in load("sessions")["opening_speaker_links"])
    civil = "|".join(re.escape(_f(str(w)).lower()) for w in load("programme")["honorifics"])
    return re.compile(rf"\s(?:{links})\s*(?=(?:{civil})\s)")


def _timed_opening(text: str) -> tuple[int, str] | None:
    """"9h : mot d'accueil" -> (offset of the title, the title) when the title after the time opens
    on an opening head (see the module), else None."""
    slot = slot_of(text)
    if slot is None or slot[2]:
        return None
    offset, title, _ = slot
    title = title.strip()
    # who gives it after a comma ("de Mme Prénom NOM, présidente de X") counts no words of the head
    head = title.split(",", 1)[0].strip()
    if not head or title.endswith((".", ",", ":", ";")) or not _opening_title(head[:1].upper() + head[1:], timed=True):
        return None
    return offset, title


def _timed_names_speaker(title: str) -> bool:
    """The title names who gives it after a speaker phrase or after "de" and a civility."""
    if _names_its_speaker(title):
        return True
    m = _civility_link().search(_f(title))
    return m is not None and _named_after(title[m.end():])


def _person_line(text: str) -> bool:
    """A person and a role ("Prénom NOM, rôle"), a bullet or quotation mark before them aside."""
    text = text.lstrip(_LEAD)
    item = parse_item(text, mixed_ok=True) if "," in text else None
    return item is not None and len(item.people) == 1 and bool(item.role) \
        and text.startswith(item.people[0].full)


# "Ouverture : Prénom Nom, rôle": the head, its colon, then who gives it on the same line.
_HEAD_COLON = re.compile(r"(?P<head>[^:]{2,40}?)\s*:\s+(?P<who>\S.*)$")


@cache
def _welcome_heads() -> frozenset[str]:
    """sessions.yaml ``welcome_heads``: a welcome is a session only when a person follows its colon."""
    return frozenset(_f(str(w)).lower() for w in load("sessions").get("welcome_heads") or [])


def _head_then_speaker(text: str) -> str | None:
    """The head of "Ouverture : Prénom Nom, rôle" or "Accueil : Prénom Nom, rôle & Prénom Nom, rôle",
    else None."""
    m = _HEAD_COLON.match(text)
    if m is None:
        return None
    head = m.group("head").strip()
    if not (_opening_title(head) or _f(head).lower() in _welcome_heads()):
        return None
    item = parse_item(m.group("who").strip(), mixed_ok=True) if "," in m.group("who") else None
    if item is None or not item.people or not item.role or not m.group("who").strip().startswith(item.people[0].full):
        return None
    return head


@cache
def _list_links() -> re.Pattern:
    """sessions.yaml ``opening_list_links`` closing a line before its colon (folded, lower case)."""
    links = sorted((_f(str(w)).lower() for w in load("sessions").get("opening_list_links") or []), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in links)})\s*:$")


def _head_before_list(text: str) -> str | None:
    """The head of "Mots d'accueil par :" / "Ouverture officielle en présence de :", else None."""
    if not text.endswith(":"):
        return None
    m = _list_links().search(_f(text).lower())
    if m is None:
        return None
    head = text[:m.start()].strip()
    return head if head and _opening_title(head) else None


def _listed_person(text: str) -> bool:
    """A person and a role after a bullet ("●", "•") and a civility of programme.yaml ``honorifics``
    ("M. Prénom NOM, maire de X")."""
    text = text.lstrip(_LEAD + "●○▪")
    first, _, rest = text.partition(" ")
    if rest and first in {str(w) for w in load("programme")["honorifics"]}:
        text = rest.lstrip()
    return _person_line(text)


def _programme_first(lines, i: int, text: str) -> str | None:
    """The title of the first line of a programme when it opens on an opening head: the line just
    below a line naming the programme ("PROGRAMME", "Voici le programme de la journée :") or
    closing on a colon. "Ouverture" alone is its own title; "Ouverture par Prénom NOM, maire de
    Valbrune et ..." keeps the head before the speaker phrase. A head alone over a sentence closing
    on a full stop heads a paragraph of a report, no programme. Any other line is none."""
    k = i - 1
    while k >= 0 and not lines[k].body.strip():
        k -= 1
    if k < 0:
        return None
    above = " ".join(lines[k].body.split())
    if not (above.endswith(":") or any(w in _f(above).lower().split() for w in _programme_words())):
        return None
    if _opening_title(text):
        # a heading over a paragraph of prose ("Conclusion" / "Pour finir, ...") is the report's own
        n = i + 1
        while n < len(lines) and not lines[n].body.strip():
            n += 1
        below = " ".join(lines[n].body.split()) if n < len(lines) else ""
        return text if below and not below.endswith(".") else None
    m = re.match(r"(?P<head>[^,:;]{2,60}?)\s+par\s+(?P<who>\S.*)$", text)
    if m is None or not _opening_title(m.group("head")) or not _named_after(m.group("who")):
        return None
    return m.group("head")


@cache
def _programme_words() -> frozenset[str]:
    """sessions.yaml ``programme_heading_words``: a line naming the programme it opens."""
    return frozenset(_f(str(w)).lower() for w in load("sessions").get("programme_heading_words") or [])


def opening_head_lines(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each such line (see the module)."""
    lines = reader.lines
    out = []
    for i, line in enumerate(lines):
        text = " ".join(line.body.split())
        head = _head_then_speaker(text) if text else None
        if head is not None:
            # the line alone: who gives it is on it, the next line opens another slot
            out.append((head, line.body_start, line.start + len(line.text), item_type(head)))
            continue
        timed = _timed_opening(text) if text else None
        if timed is not None:
            # "9h : mot d'accueil": the title after the time, on the terms of a line alone
            offset, title = timed
            k = i + 1
            while k < len(lines) and not lines[k].body.strip():
                k += 1
            if _timed_names_speaker(title):
                out.append((title, line.body_start + offset, reader.end_of(line), item_type(title)))
            elif k < len(lines) and k - i <= 4 and _person_line(" ".join(lines[k].body.split())):
                out.append((title, line.body_start + offset, reader.end_of(lines[k]), item_type(title)))
            continue
        first = _programme_first(lines, i, text) if text else None
        if first is not None:
            # "Programme :" / "Ouverture": the first moment of a programme needs no speaker
            out.append((first, line.body_start, reader.end_of(line), item_type(first)))
            continue
        listed = _head_before_list(text) if text else None
        if listed is not None:
            # "Mots d'accueil par :" then "Prénom NOM, rôle": the head alone, up to that person
            k = i + 1
            while k < len(lines) and not lines[k].body.strip():
                k += 1
            if k < len(lines) and k - i <= 4 and _listed_person(" ".join(lines[k].body.split())):
                out.append((listed, line.body_start, reader.end_of(lines[k]), item_type(listed)))
            continue
        if not text or not _opening_title(text):
            continue
        if _names_its_speaker(text):
            out.append((text, line.body_start, reader.end_of(line), item_type(text)))
            continue
        k = i + 1
        while k < len(lines) and not lines[k].body.strip():
            k += 1
        if k < len(lines) and k - i <= 4 and _person_line(" ".join(lines[k].body.split())):
            out.append((text, line.body_start, reader.end_of(lines[k]), item_type(text)))
    return out


def with_its_speaker(text: str, title: str, start: int) -> str:
    """An opening or closing head cut before who gives it ("Discours de clôture", read from "10h –
    Discours de clôture par Prénom NOM, présidente de X") keeps "par" and that name: the speaker is
    what tells two such moments apart ("Discours de clôture par Prénom NOM"). The title where it
    is found at or after ``start``; any other title comes back as it is."""
    title = title.strip()
    if not title or not _opening_title(title):
        return title
    at = text.find(title, max(start - len(title), 0))
    if at < 0 or at > start + 200:
        return title
    m = re.match(r"[ \t]+par[ \t]+([^\n]+)", text[at + len(title):])
    if m is None or not _named_after(m.group(1)):
        return title
    name = re.split(r"\s*[,(–—]\s*|\s+-\s+", m.group(1).strip(), maxsplit=1)[0].strip(" .")
    return f"{title} par {name}"
