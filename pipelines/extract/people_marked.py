"""The speakers a web page's markup names: a conference page's cards often hold each speaker's
name in an element of its own whose class says so (``<h3 class="speaker__name">Prénom Nom</h3>``,
read by the HTML reader as a block labelled "speaker_name"). The markup vouches for a person,
so a name of two to five capitalised words is read even when its given name is not in the names
list ("Ilse Varnkowa"); a block that reads as no name ("Voir le programme") is left."""

from __future__ import annotations

import re

from ..document import Document
from .names import PersonName, parse_name
from .speaker_item import Item

# Two to five words, each capitalised or a particle of a family name ("de", "du", "von").
_MARKED_NAME = re.compile(r"[A-ZÀ-ÞŒÆ][\w'’.-]*(?:\s+(?:(?:de|du|des|d'|d’|van|von|da|di|le|la)\s*)?[A-ZÀ-ÞŒÆ][\w'’.-]*){1,4}")


def marked_speakers(doc: Document) -> list[Item]:
    """One item per block the page's markup labels as a speaker's name, in text order."""
    items = []
    for block in doc.blocks:
        if block.label != "speaker_name":
            continue
        text = " ".join(doc.text[block.start:block.end].split())
        name = parse_name(text, allow_mixed=True)
        if name is None and _MARKED_NAME.fullmatch(text):
            words = text.split()
            name = PersonName(text, words[0], " ".join(words[1:]))
        if name is not None:
            items.append(Item([name], None, None, raw=text, start=block.start, end=block.end))
    return items
