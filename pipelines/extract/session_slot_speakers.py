"""The people a timed slot's long title ends on after a dash: "9h15 Accueil et mot sur le
schéma cyclable des villages et des hameaux - par Prénom Nom, adjointe au maire" names who gives it
(and a slot naming its speaker is a session, not a break, whatever its first word); or after a
comma, a programme item's ("Vélo partagé : connaître les trajets, par Prénom Nom")."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from .names import is_given_name
from .programme_lines import inline_items, parse_item
from .programme_vocabulary import _folded_list


@cache
def _cue() -> re.Pattern:
    phrases = "|".join(re.escape(p) for p in _folded_list("speaker_phrases"))
    return re.compile(rf"\s(?:[-–—]\s+)?(?:{phrases})\s+(?=\S)", re.IGNORECASE)


def trailing_speakers(title: str) -> list:
    """The people a slot's title ends on after a dash and a cue, whatever the title's length
    ("9h50 Les haies du bocage : bilan de dix ans d'efforts conduits par les villages - par Prénom
    Nom et Prénom Nom, écologues, Agence X"): the dash closes the title, what follows is who gives
    it. -> the items, or [] (no dash before the cue, or no person after it)."""
    text = " ".join(title.split())
    for m in _cue().finditer(text):
        if not re.match(r"\s[-–—]\s", text[m.start():]):
            continue
        item = parse_item(text[m.end():], mixed_ok=True)
        if item is not None and item.people:
            return [item]
    return []


# who speaks, then a stop, a comma, a colon or a dash maybe, then the rest in quotes, or the
# quotation then a comma and who the speaker is
_SPEAKER_THEN_QUOTED = re.compile(r"^(?P<who>[^“«\"\n]{4,120}?)\s*[.,:–—-]?\s*[“«\"]\s*(?P<title>.{3,}?)\s*[”»\"]"
                                  r"(?:\s*,\s*(?P<role>[^“«”»\"]{3,200}?))?\s*\.?$")


def speaker_then_quoted_title(title: str):
    """(the speaker's item, the talk's title) of a slot written "NOM Prénom. “Titre.”", "Prénom Nom
    (Organisation), « Titre »" or "Prénom Nom, « Titre », maître de conférences à X" (the role
    after the quotation is the speaker's); None when what stands before the quotation is no person."""
    m = _SPEAKER_THEN_QUOTED.match(" ".join(title.split()))
    if m is None:
        return None
    who = f"{m.group('who')}, {m.group('role')}" if m.group("role") else m.group("who")
    item = parse_item(who, bare_ok=True, mixed_ok=True)
    if item is None or not item.people:
        return None
    return item, m.group("title").strip().rstrip(".").strip()


# The last sentence break of a slot's title before a capital: the names may follow it (not the
# stop of an initial: "Anne M. Roux").
_LAST_STOP = re.compile(r"(?<![\s.][A-ZÀ-ÝŒÆ])\.\s+(?=[A-ZÀ-ÝŒÆ])")
# A role after the names, as a sentence of its own, at most this many words: "Titre. Prénom Nom.
# Présidente du comité des usagers".
_ROLE_SENTENCE_MAX_WORDS = 14


def names_after_title(title: str):
    """(the speakers' items, the title) of a slot whose title ends on its speakers' names after a
    full stop ("Les registres du bourg. Prénom Nom, Prénom Nom et Prénom Nom.", "... au fil du
    siècle. Prénom Nom (Archives de Valbrune)"), or on one speaker's name and role in two sentences
    ("... vingt ans plus tard. Prénom Nom. Présidente du comité des usagers"): every person of
    the names' sentence opens with a known given name; None when it holds anything else."""
    text = " ".join(title.split()).rstrip()
    stops = list(_LAST_STOP.finditer(text))
    if not stops:
        return None
    found = _names_sentence(text[:stops[-1].start()].strip(), text[stops[-1].end():].rstrip(" ."))
    if found is None and len(stops) >= 2:
        role = text[stops[-1].end():].rstrip(" .")
        found = _names_sentence(text[:stops[-2].start()].strip(), text[stops[-2].end():stops[-1].start()])
        if found is not None and len(found[0]) == 1 and len(found[0][0].people) == 1 and not found[0][0].role \
                and len(role.split()) <= _ROLE_SENTENCE_MAX_WORDS:
            found = [dataclasses.replace(found[0][0], role=role)], found[1]
        else:
            found = None
    return found


# The last dash of a title set between blanks: "Titre - Prénom Nom".
_LAST_DASH = re.compile(r"\s[-–—]\s(?!.*\s[-–—]\s)")


def names_after_dash(title: str):
    """(the speakers' items, the title) of a slot whose title ends on its speakers' names after a
    dash ("Les registres du bourg - Prénom Nom et Prénom Nom"), as ``names_after_title`` reads them
    after a full stop; None when what follows the last dash holds anything else."""
    text = " ".join(title.split()).rstrip()
    dash = _LAST_DASH.search(text)
    return _names_sentence(text[:dash.start()].strip(), text[dash.end():].rstrip(" .")) if dash else None


def _names_sentence(head: str, tail: str):
    """(the items, the title) when ``tail`` holds only names of people opening with a known given
    name (and their brackets), after a title ``head`` of two words at least; else None."""
    if len(head.split()) < 2 or not tail:
        return None
    items = inline_items(tail)
    people = [p for it in items for p in it.people]
    if not people or not all(is_given_name(p.full.split()[0]) for p in people):
        return None
    # nothing but the names, "et", commas and brackets: "Prénom Nom, Prénom Nom et Prénom Nom (X)"
    bare = re.sub(r"\([^()]*\)", " ", tail)
    for p in people:
        bare = bare.replace(p.full, " ")
    if re.sub(r"[\s,&]|\bet\b", "", bare):
        return None
    return items, head


# A list item's title closed by who gives the talk: "Titre : description, par Prénom Nom et Prénom Nom".
_CREDITED_END = re.compile(r",\s+(?:par|avec)\s+(?P<who>[^,;:()]{3,120})$")


def credited_at_end(title: str) -> tuple[str, list]:
    """A programme item whose title ends with ", par" and people only ("Vélo partagé : connaître
    les trajets, par Léa Brunet et Marc Kerval"): the title before the comma and those people as the
    talk's speakers; else the title as it is and no one ("Réparer son vélo, par petits groupes")."""
    m = _CREDITED_END.search(title)
    if m is None:
        return title, []
    who = m.group("who")
    items = inline_items(who)
    if not items or any(not it.people for it in items) or sum(len(it.raw) for it in items) < 0.8 * len(who.strip(" .")):
        return title, []
    return title[:m.start()].rstrip(" ,"), items
