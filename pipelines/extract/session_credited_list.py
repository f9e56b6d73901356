"""Talks listed with who gave them: a paragraph ending with a colon that names the talks of the
list below it ("Voici les exposés donnés lors de la journée :"), then three list items at least,
each a title, then a comma, a dash or "par" and the names of who gave it ("- Planter des haies,
Jeanne Durand (Asso X)", "- Les mares – Paul Morel"), or who gave it and the talk's description
after them ("- Les mares avec Paul Morel (Asso X) : ..."). The title is what comes before them.
The talks may be named by a short heading right above the sentence ("Conférences"); once a list is
so read, the document's other lists of the same layout under a heading of their own are read too."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .names import initialled_name, parse_name
from .programme_lines import inline_items, parse_item
from .speaker_item import Item
from .programme_vocabulary import _f
from .programme_timetable import item_type
from .session_quoted_list import _lead_type

# Who gave the talk, at the end of the item: names in capitals ("Jeanne Durand", "Paul de la Roche",
# "A. Morel et B. Klein"), then optional brackets ("(Association X)", "(revoir)").
_NAME = r"[A-ZÀ-ÝŒÆ][\w'’.-]+(?:\s+(?:(?:de|du|des|le|la|van|von|d’|d')\s*)?[A-ZÀ-ÝŒÆ][\w'’.-]+){1,3}"
_CREDIT = re.compile(r"(?:,\s*|\s+[–—-]\s+|,?\s+par\s+)(" + _NAME + r"(?:\s*(?:,|et)\s*" + _NAME + r")*)\s*(?:\([^()\n]*\)\s*)*$")
# ... or who gave it after "avec", "par", "animé par" or a dash, in the item's first clause, the
# talk's description after a colon or a relative clause ("- Les sols vivants avec Prénom Nom, qui
# partagera ...", "- Le verger partagé par Prénom Nom (Ville de Kerval) : comment planter ...").
_CREDIT_THEN_DESCRIPTION = re.compile(
    r"(?:\s+[–—-]\s+|,?\s+(?:avec|par|anim[ée]e?s?\s+par|pr[ée]sent[ée]e?s?\s+par)\s+)(" + _NAME
    + r"(?:\s*(?:,|et|&)\s*" + _NAME + r")*)"
    r"\s*(?:\([^()\n]*\)\s*)?(?:\s*:\s+\S|,\s+qui\s|\s+(?:qui|nous)\s)")
_MIN_ITEMS = 3
# A short block right above the lead may name the talks for it ("Conférences"): at most this many words.
_HEADING_MAX_WORDS = 4


@cache
def _nouns() -> tuple[str, ...]:
    return tuple(_f(str(w).lower()) for w in load("sessions").get("credited_list_nouns") or [])


def credited_talk_list(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each item of such a list; nothing unless two thirds of the
    list's items at least end with who gave them (only those items are talks)."""
    out: list[tuple[str, int, int, str]] = []
    blocks = doc.blocks
    unnamed = []        # a short heading and a lead ending with a colon that name no talks
    for i, b in enumerate(blocks):
        if b.kind == "heading" and _names_talks(" ".join(doc.text[b.start:b.end].split())) \
                and i + 2 < len(blocks) and blocks[i + 1].kind == "paragraph" and blocks[i + 2].kind == "list_item" \
                and not doc.text[blocks[i + 1].start:blocks[i + 1].end].rstrip().endswith(":"):
            # "Conférences" over a paragraph that describes them, then the list: the heading is the lead
            out += _credited_items(doc, blocks, i + 1, _kind_named(doc.text[b.start:b.end]))
            continue
        if b.kind == "heading" and i + 1 < len(blocks) and blocks[i + 1].kind == "list_item" \
                and _names_talks(" ".join(doc.text[b.start:b.end].split())):
            # "Les exposés de l'après-midi" right over the list: the heading is the lead
            out += _credited_items(doc, blocks, i, _kind_named(doc.text[b.start:b.end]))
            continue
        if b.kind != "paragraph":
            continue
        lead = " ".join(doc.text[b.start:b.end].split())
        # the lead names the talks, or the heading right above it does ("Conférences" over "Des
        # jardiniers viennent partager leurs savoirs :")
        above = " ".join(doc.text[blocks[i - 1].start:blocks[i - 1].end].split()) \
            if i and blocks[i - 1].kind in ("heading", "paragraph") else ""
        heading = above if len(above.split()) <= _HEADING_MAX_WORDS else ""
        if lead.endswith(":") and heading and not any(_names_talks(part) for part in (lead, heading)):
            unnamed.append(i)
        if not lead.endswith(":") or not any(_names_talks(part) for part in (lead, heading)):
            continue
        kind = _kind_named(lead)
        out += _credited_items(doc, blocks, i, kind if kind != "other" else _kind_named(heading))
    if out:
        # the programme's other parts laid out the same way, under a heading of their own name
        # ("Fabriques" / "Les participants travaillent en groupes :" / "- Titre
        # animé par Prénom Nom (rôle) : ..."): their credited items are talks too
        for i in unnamed:
            out += _credited_items(doc, blocks, i)
        out.sort(key=lambda t: t[1])
    return out


def _names_talks(text: str) -> bool:
    """Does ``text`` name talks (sessions.yaml `credited_list_nouns`)?"""
    return any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", _f(text.lower())) for n in _nouns()) \
        or _kind_named(text) != "other"


# What may close a title before its credit: the participle of "animé par", "présentée par".
_PARTICIPLE_END = re.compile(r"\s+(?:anim|pr[ée]sent|propos|introdu|men)[ée]e?s?$")
# A title written between quotation marks of any kind.
_QUOTED_WHOLE = re.compile(r"^(?:[«»“\"]\s*)(?P<t>[^«»“”\"]+?)\s*[«»”\"]$")


def _bare_title(title: str) -> str:
    """The title without the participle that opens its credit nor its quotation marks: "« Les haies »
    animé" -> "Les haies"."""
    title = _PARTICIPLE_END.sub("", title.strip()).strip()
    quoted = _QUOTED_WHOLE.match(title)
    return quoted.group("t").strip() if quoted else title


def _kind_named(text: str) -> str:
    """The session type ``text`` names ("Les thèmes abordés en table ronde :"), else "other"."""
    return _lead_type(_f(text.lower()))


def _credited_items(doc: Document, blocks: list, i: int, kind: str = "other") -> list[tuple[str, int, int, str]]:
    """The talks of the list items right after block ``i``, when enough of them end with or hold
    who gave them; each of the type its own title names, else of ``kind``, the type the lead names."""
    out: list[tuple[str, int, int, str]] = []
    items = []
    for nb in blocks[i + 1:]:
        if nb.kind != "list_item":
            break
        items.append(nb)
    talks = []
    for it in items:
        line = " ".join(doc.text[it.start:it.end].split()).lstrip("-•* ")
        m = _CREDIT.search(line) or _CREDIT_THEN_DESCRIPTION.search(line)
        title = _bare_title(line[:m.start()]) if m else ""
        # "Paul Morel, Directeur général": a person and a role, no title in sentence case (or
        # between quotation marks: "« Haies, Bocage »")
        quoted = m is not None and _QUOTED_WHOLE.match(_PARTICIPLE_END.sub("", line[:m.start()].strip()).strip())
        # "Prénom NOM, chargée de mission, Ville de X": a speaker and her body, no talk
        if len(title.split()) >= 2 and (quoted or any(w[:1].islower() for w in title.split())) \
                and parse_item(line, mixed_ok=True) is None:
            talks.append((title, it.start, it.end))
    if len(talks) >= _MIN_ITEMS and 3 * len(talks) >= 2 * len(items):
        out += [(t, s, e, named if (named := item_type(t)) != "other" else kind) for t, s, e in talks]
    return out


def credit_items(doc: Document, start: int, end: int) -> list:
    """Who gave the talk of the credited list item at ``start``-``end`` ("- Les mares par A. Morel
    & B. Klein : ..."): one item per person the credit names, spanning the list item; none when
    the credit holds anything but people."""
    line = " ".join(doc.text[start:end].split()).lstrip("-•* ")
    m = _CREDIT.search(line) or _CREDIT_THEN_DESCRIPTION.search(line)
    if m is None:
        return []
    who = re.sub(r"\s*&\s*", " et ", m.group(1))
    items = inline_items(who)
    if not items or any(not it.people for it in items):
        # names given by their initials, as such lists credit them ("A. Morel et B. Klein")
        names = [initialled_name(part) or parse_name(part, allow_mixed=True)
                 for part in re.split(r"\s*,\s*|\s+et\s+", who.strip(" ."))]
        if not names or None in names:
            return []
        items = [Item(people=names, role=None, organization=None, raw=who)]
    for it in items:
        it.start, it.end = start, end
    return items
