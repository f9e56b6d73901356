"""A strategy's axes a press article gives in parentheses after its axis word: "le département a
défini ses axes stratégiques (attractivité, proximité et innovation)". Only the structure words
of the `strategy` section of ``lexicons/claims.yaml`` (axes, piliers, volets...), a few words
before the parenthesis, and an enumeration of short items joined by "et" inside it."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Axis, _axis_words, _norm

# Items of at most this many words, two to this many of them.
_ITEM_MAX_WORDS = 5
_MAX_ITEMS = 6


def _parenthesised_axes(doc: Document) -> list[list[Axis]]:
    """The items of an enumeration in parentheses a few words after a structure word: "A, B et C"
    (the last two joined by "et", none holding a digit)."""
    text, folded = doc.text, _norm(doc.text)
    pattern = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])(?:[ \t\u00a0]+[a-z'-]+){{0,5}}?"
                         r"[ \t\u00a0]*\(([^()\n]{3,200})\)")
    listings = []
    for m in pattern.finditer(folded):
        if not re.match(r"[a-z]+[sx](?![a-z])", folded[m.start():]):
            continue                      # "un axe (A et B)": one part, described
        body = text[m.start(1):m.end(1)]
        if re.search(r"\d", body):
            continue
        parts = [p for p in re.split(r"\s*,\s*", body) if p.strip()]
        last = parts.pop() if parts else ""
        cut = list(re.finditer(r"\s+et\s+", last))
        if not cut:
            continue
        parts += [last[:cut[-1].start()], last[cut[-1].end():]]
        if not 2 <= len(parts) <= _MAX_ITEMS or any(not p.strip() or len(p.split()) > _ITEM_MAX_WORDS for p in parts):
            continue
        items, cursor = [], m.start(1)
        for part in parts:
            start = text.find(part.strip(), cursor, m.end(1))
            if start < 0:
                break
            items.append(Axis(" ".join(part.split()), start, start + len(part.strip()), False))
            cursor = start + len(part.strip())
        if len(items) == len(parts):
            listings.append(items)
    return listings
