"""The people a sentence announces as taking part in the event or its debate, after a colon, each
with their organisation: "Trois élus sont intervenus au débat : Prénom Nom de la Direction X,
Prénom Nom de l'Office Y, Prénom Nom du Syndicat Z." (programme.yaml `participation_leads`). Two
people at least, each opening with a known given name and given an organisation or a role; a
list of anything else ("ont participé à : la visite, le repas") names no one."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .names import is_given_name
from .programme_lines import inline_items
from .programme_vocabulary import _f, _folded_list
from .speaker_item import Item

# The list runs from the colon to the end of its sentence or line.
_LIST_END = re.compile(r"\.(?:\s|$)|\n")


@cache
def _leads() -> re.Pattern:
    words = "|".join(r"\s+".join(re.escape(w) for w in lead.split()) for lead in _folded_list("participation_leads"))
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])[^.:\n]{{0,80}}:\s*")


def announced_people(doc: Document) -> list[Item]:
    """The items of every list of people so announced, in text order."""
    text = doc.text
    folded = _f(text.lower())
    out: list[Item] = []
    if len(folded) != len(text):
        return out
    for m in _leads().finditer(folded):
        start = m.end()
        end_m = _LIST_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        items = inline_items(text[start:end])
        if len(items) < 2 or not all(it.people and (it.organization or it.role)
                                     and all(is_given_name(p.given.split("-")[0]) for p in it.people) for it in items):
            continue
        for it in items:
            it.start, it.end = start, end
        out.extend(items)
    return out
