"""Speakers named on a line of their own right under their session's heading, as write-ups of a
conference set them ("## Talk court - Les haies du bocage" / "Prénom Nom, Prénom Nom" / the
account of the talk): a paragraph holding only names, each opening with a known given name, joined
by commas, "et" or "&", is who gives the session whose heading is right above it."""

from __future__ import annotations

import re

from ..document import Document
from .names import PersonName, is_given_name, parse_name
from .speaker_item import Item

# At most this many people on such a line: more is a list of participants, not a talk's speakers.
_MAX_NAMES = 4


def names_only(text: str) -> list[PersonName] | None:
    """The people of a text that holds only names, each opening with a known given name, joined by
    commas, "et" or "&" ("Prénom Nom", "Prénom NOM & Prénom NOM"), at most ``_MAX_NAMES``; else None."""
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+et\s+|\s*&\s*", text.strip().rstrip(" ."))]
    if not 1 <= len(parts) <= _MAX_NAMES or not all(p and is_given_name(p.split()[0]) for p in parts):
        return None
    names = [parse_name(p, allow_mixed=True) for p in parts]
    return None if None in names else names


def names_under_headings(doc: Document, heading_starts: set[int]) -> list[Item]:
    """One item per line of names right under one of the headings starting at ``heading_starts``."""
    out: list[Item] = []
    blocks = doc.blocks
    for i, b in enumerate(blocks[:-1]):
        if b.kind != "heading" or b.start not in heading_starts:
            continue
        nxt = blocks[i + 1]
        text = doc.text[nxt.start:nxt.end].strip()
        if nxt.kind != "paragraph" or "\n" in text or len(text) > 120:
            continue
        names = names_only(text)
        if names is None:
            continue
        out.append(Item(people=names, role=None, organization=None, raw=text, start=nxt.start, end=nxt.end))
    return out
