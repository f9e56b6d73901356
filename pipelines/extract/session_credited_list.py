"""Talks listed with who gave them: a paragraph ending with a colon that names the talks of the
list below it ("Voici les exposés donnés lors de la journée :"), then three list items at least,
each a title, then a comma, a dash or "par" and the names of who gave it ("- Planter des haies,
Jeanne Durand (Asso X)", "- Les mares – Paul Morel"). The title is what comes before them."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .programme_vocabulary import _f

# Who gave the talk, at the end of the item: names in capitals ("Jeanne Durand", "Paul de la Roche",
# "A. Morel et B. Klein"), then optional brackets ("(Association X)", "(revoir)").
_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:de|du|des|le|la|van|von|d’|d')\s*)?[A-ZÀ-Ý][\w'’.-]+){1,3}"
_CREDIT = re.compile(r"(?:,\s*|\s+[–—-]\s+|,?\s+par\s+)(" + _NAME + r"(?:\s*(?:,|et)\s*" + _NAME + r")*)\s*(?:\([^()\n]*\)\s*)*$")
_MIN_ITEMS = 3


@cache
def _nouns() -> tuple[str, ...]:
    return tuple(_f(str(w).lower()) for w in load("sessions").get("credited_list_nouns") or [])


def credited_talk_list(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, "other") of each item of such a list; nothing unless two thirds of the
    list's items at least end with who gave them (only those items are talks)."""
    out: list[tuple[str, int, int, str]] = []
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind != "paragraph":
            continue
        lead = " ".join(doc.text[b.start:b.end].split())
        if not lead.endswith(":") or not any(
                re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", _f(lead.lower())) for n in _nouns()):
            continue
        items = []
        for nb in blocks[i + 1:]:
            if nb.kind != "list_item":
                break
            items.append(nb)
        talks = []
        for it in items:
            line = " ".join(doc.text[it.start:it.end].split()).lstrip("-•* ")
            m = _CREDIT.search(line)
            title = line[:m.start()].strip() if m else ""
            # "Paul Morel, Directeur général": a person and a role, no title in sentence case
            if len(title.split()) >= 2 and any(w[:1].islower() for w in title.split()):
                talks.append((title, it.start, it.end))
        if len(talks) >= _MIN_ITEMS and 3 * len(talks) >= 2 * len(items):
            out += [(t, s, e, "other") for t, s, e in talks]
    return out
