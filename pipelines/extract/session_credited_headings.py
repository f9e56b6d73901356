"""Talks a write-up of a conference heads with their title and, after a dash or a comma, who gave
them ("## Titre du talk -- Prénom Nom", "### Titre - Prénom NOM & Prénom NOM", "### Titre, Prénom
Nom"), or under a sub-heading right below ("#### par Prénom Nom [Organisme]"). Each such heading is a
session titled by what comes before the dash, its speakers the names after it (names only, each
opening with a known given name). A document holds at least two such headings of different
titles: one alone may be a page's title over its author."""

from __future__ import annotations

import re

from ..document import Document
from .names import parse_name
from .people_under_headings import names_only
from .speaker_item import Item

_DASH = re.compile(r"\s+(?:--?|–|—)\s+")
# ... or after a comma, the name a link to the speaker's page maybe: "### Titre, [Prénom Nom](url)"
_COMMA = re.compile(r",\s+")


# A sub-heading right under a talk's heading that credits it: "#### par Prénom Nom [Organisme], Prénom
# Nom et Prénom Nom [Organisme]" (the organisations in brackets or parentheses set aside).
_BYLINE = re.compile(r"(?i:par)\s+(.+)")
_BRACKETED = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))")


def _byline_under(doc: Document, heads: list, n: int) -> str | None:
    """The names of the sub-heading crediting heading ``n`` (see above), when it comes right after
    it with no text between, else None."""
    if n + 1 >= len(heads) or heads[n + 1].level <= heads[n].level:
        return None
    h, sub = heads[n], heads[n + 1]
    between = doc.text[h.offset + len(h.text):sub.offset]
    m = _BYLINE.fullmatch(" ".join(sub.text.split()))
    if m is None or between.strip(" \t\n#"):
        return None
    return _BRACKETED.sub("", m.group(1)).strip()


def credited_headings(doc: Document) -> list[tuple[str, int, int, list[Item]]]:
    """-> (title, start, end, speakers' items) per heading, the span running to the next heading of
    its level or above."""
    heads = sorted(doc.headings, key=lambda h: h.offset)
    out = []
    for n, h in enumerate(heads):
        text = " ".join(h.text.split())
        byline = _byline_under(doc, heads, n)
        dashes = list(_DASH.finditer(text)) or list(_COMMA.finditer(text))
        if byline is not None:
            title, who = text, byline
        elif dashes:
            title, who = text[:dashes[-1].start()].strip(), text[dashes[-1].end():]
        else:
            continue
        names = names_only(who)
        if names is None or not title or title.endswith(":"):
            continue
        # "Prénom Nom - Prénom Nom" or "Contributeurs : A – B – C": names on both sides, no title
        before = _DASH.split(title)[-1].split(":")[-1]
        if names_only(before) is not None or parse_name(before, allow_mixed=True) is not None:
            continue
        end = next((x.offset for x in heads[n + 1:] if x.level <= h.level), len(doc.text))
        item = Item(people=names, role=None, organization=None, raw=who,
                    start=h.offset, end=h.offset + len(h.text))
        out.append((title, h.offset, end, [item]))
    return out if len({t for t, *_ in out}) >= 2 else []
