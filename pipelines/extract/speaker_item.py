"""One item of a speaker list: the people it names with their role and organisation ("Prénom NOM,
rôle - Organisation"), and the shapes such an item takes in real lists (a name running into its
organisation without a comma, people whose line breaks were lost, "Prénom Nom de Organisation").
The session lines and the lists that hold these items are read in ``programme_lines.py``.
Vocabulary in ``lexicons/programme.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .names import PersonName, is_given_name, parse_name
from .programme_roles import split_role_org
from .programme_vocabulary import _UP, _f, _folded_list, _lex, _starts_with_role


@dataclass
class Item:
    people: list[PersonName]
    role: str | None
    organization: str | None
    alternative: bool = False
    raw: str = ""
    start: int = 0
    end: int = 0
    moderator: bool = False       # "animée par X": X runs the session (the role of the link)


@cache
def _joiners() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words that join names, those of them that offer an alternative), as the lexicon lists them."""
    return tuple(str(j) for j in _lex()["name_joiners"]), tuple(str(j) for j in _lex()["alternative_joiners"])


def _split_names(name_part: str) -> tuple[list[str], bool]:
    joiners, alternatives = _joiners()
    parts = [name_part]
    alternative = False
    for j in joiners:
        pieces = []
        for p in parts:
            split = p.split(j)
            if len(split) > 1 and j in alternatives:
                alternative = True
            pieces.extend(split)
        parts = pieces
    return [p.strip() for p in parts if p.strip()], alternative


def _people_and_details(text: str, bare_ok: bool, mixed_ok: bool) -> Item | None:
    m = re.search(r",|\(|\s[-–—]\s|\s:\s", text)
    name_part = text[:m.start()] if m else text
    details = ""
    if m:
        if m.group(0) == "(":
            close = text.find(")", m.end())
            details = text[m.start():close + 1] if close != -1 else text[m.start():]
        else:
            details = text[m.end():]
    if re.match(r"\s*(?:et|ou|mais|puis|avec|qui|que|dont)\s", details):
        details = ""      # "X, et en présence des élus": the sentence goes on, no role follows
    names, alternative = _split_names(name_part)
    if not names:
        return None
    # A name in capitals only ("JEAN DUPUIS, Responsable sécurité") is a person when a role follows it.
    caps_ok = bool(details.strip()) and _starts_with_role(details.strip(" ,(-–—:"))
    people = [parse_name(n, allow_mixed=mixed_ok, caps_ok=caps_ok) for n in names]
    if any(p is None for p in people):
        return None
    if not details.strip() and not bare_ok:
        return None
    if not mixed_ok and re.search(rf"[.!?]\s+[{_UP}]", details):
        return None   # a sentence of the report ("X, vice-présidente, a présenté ... En 2019, ..."), not an item
    if m and m.group(0).strip() in "-–—" and details:
        # "X – Organisation", "X – Rôle, Organisation", "X – Astronome, Observatoire de Y"
        role, org = (None, details.strip()) if not (_starts_with_role(details) or "," in details) \
            else split_role_org(details)
    else:
        role, org = split_role_org(details) if details else (None, None)
    return Item(people, role, org, alternative, text)


# "Prénom Nom Organisation" or "Prénom Nom Rôle" with nothing between them, as list items are
# sometimes typed ("– Léa Brun Association des maires ruraux", "Paul Roux Directeur, Agence X").
_NAME_THEN = re.compile(rf"^(?P<name>[{_UP}][\w’'-]+\s+[{_UP}][\w’'-]+)\s+(?P<rest>\S.*)$")


def _name_then_details(text: str) -> Item | None:
    """An item whose name runs into its organisation or role without a comma: a given name of the
    names list and one family word, then a word that opens an organisation (programme.yaml
    `organization_words`) or a role; read as "Prénom Nom, rest"."""
    m = _NAME_THEN.match(text)
    if m is None or not is_given_name(m.group("name").split()[0]):
        return None
    rest = m.group("rest")
    head = _f(rest.split()[0].lower())
    if head not in _folded_list("organization_words") and not _starts_with_role(rest):
        return None
    item = _people_and_details(f"{m.group('name')}, {rest}", bare_ok=False, mixed_ok=True)
    return item if item is not None and len(item.people) == 1 else None


_NAME_IN_CAPS = re.compile(rf"\s(?=([{_UP}][a-zà-ÿœæ][\w’'-]+)\s+([{_UP}]{{2,}}[{_UP}’'-]*)(?![\w’'-]*[a-zà-ÿœæ]))")


_HONORIFICS = {"m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "dr", "docteur", "pr", "professeur", "me"}


def _flattened_people(piece: str) -> list[str]:
    """``piece`` cut before each known given name followed by a family name in capitals that
    stands inside it, after another word ("REGION VALBRUNE Léa BRUNET" -> "REGION VALBRUNE",
    "Léa BRUNET"): a list of people whose line breaks were lost."""
    cuts = []
    for m in _NAME_IN_CAPS.finditer(piece):
        before = piece[:m.start()].split()
        if not before or not is_given_name(m.group(1)) or re.fullmatch(r"[IVXLC]+", m.group(2)):
            continue            # "Université Valbrune II": a numeral, no family name
        if (before[-1][:1].isupper() and is_given_name(before[-1])) or before[-1].lower().strip(".") in _HONORIFICS:
            continue            # "Jean Paul KERVAL", "Monsieur Paul DURAND": one person
        cuts.append(m.start())
    if not cuts:
        return [piece]
    return [piece[a:b] for a, b in zip([0] + cuts, cuts + [len(piece)])]


# "Prénom Nom de Organisation" in a list of people: a given name (or two) and one family word, then
# "de", "du", "de la", "d'", "des" and a capitalised organisation ("Léa Brun de l'Agence X",
# "Paul Roux du Syndicat Y"). A particle right after the given name belongs to the name
# ("Anne de Kerval"), and so does one after a family name in capitals ("Jean DUPONT de X"
# stays as parse_item reads it).
_PERSON_OF_ORG = re.compile(
    rf"^(?P<name>[{_UP}][\w’'‐-]+\s+(?:[{_UP}][a-zà-ÿœæ][\w’'‐-]*\s+)?[{_UP}][a-zà-ÿœæ][\w’'‐-]*)\s+"
    rf"(?P<of>de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?P<org>[{_UP}]\S.*)$")


_PERSON_ABOUT = re.compile(
    rf"^(?P<name>[{_UP}][\w’'‐-]+\s+[{_UP}][a-zà-ÿœæ][\w’'‐-]*)\s+(?P<rest>(?:à propos|sur|autour|au sujet)\b.*)$")


def _person_of_organisation(piece: str) -> Item | None:
    """An item of a list written "Prénom Nom de Organisation" (see ``_PERSON_OF_ORG``): the
    person, the organisation after "de" (with its article: "de la Fédération X" gives "la
    Fédération X"); or "Prénom Nom à propos de X" / "sur X": the person, the subject dropped;
    else None."""
    text = " ".join(piece.split()).strip(" ;,.").replace("‐", "-").replace("‑", "-")   # typographic hyphens
    about = _PERSON_ABOUT.match(text)
    if about and not _starts_with_role(about.group("rest")):
        # "Prénom Nom à propos de X", "Prénom Nom sur les mobilités": what they speak about
        person = parse_name(about.group("name"), allow_mixed=True)
        return Item([person], None, None, False, text) if person else None
    m = _PERSON_OF_ORG.match(text)
    if m is None or "," in text or "(" in text:
        return None
    person = parse_name(m.group("name"), allow_mixed=True)
    if person is None:
        return None
    of = m.group("of").strip()
    org = m.group("org").strip()
    if of.startswith("de la"):
        org = "la " + org
    elif of.startswith("de l"):
        org = "l’" + org if "’" in of else "l'" + org
    return Item([person], None, org, False, text)


def _confirmed(item: Item) -> bool:
    """Is a person of an item more than capitalised words: a family name in capitals, an
    honorific, or a role after the name?"""
    return all(UPPER_NAME_WORD.search(p.family) or p.honorific for p in item.people) \
        or bool(item.role and _starts_with_role(item.role))


UPPER_NAME_WORD = re.compile(rf"(?<![\w])[{_UP}]{{2,}}(?![a-z])")
