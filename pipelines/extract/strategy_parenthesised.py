"""A strategy's axes a press article gives in parentheses after its axis word: "le département a
défini ses axes stratégiques (attractivité, proximité et innovation)". Only the structure words
of the `strategy` section of ``lexicons/claims.yaml`` (axes, piliers, volets...), a few words
before the parenthesis, and an enumeration of short items joined by "et" inside it. Any axis word
(objectifs, priorités...) when a count comes before it and the items number exactly that count: "la
charte poursuit trois objectifs (planter, arroser et partager)"."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import count_value, Axis, _axis_words, _norm, number_alternation

# Items of at most this many words, two to this many of them.
_ITEM_MAX_WORDS = 5
_MAX_ITEMS = 6


def _parenthesised_axes(doc: Document) -> list[list[Axis]]:
    """The items of an enumeration in parentheses a few words after a structure word: "A, B et C"
    (the last two joined by "et", none holding a digit)."""
    text, folded = doc.text, _norm(doc.text)
    pattern = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])(?:[ \t\u00a0]+[a-z'-]+){{0,5}}?"
                         r"[ \t\u00a0]*\(([^()\n]{3,200})\)")
    # any axis word right after a count and at most one adjective ("trois grands objectifs (A, B et C)")
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})[ \t\u00a0]+(?:[a-z]+[ \t\u00a0]+)?"
                         rf"(?:{_axis_words()})(?![a-z])[ \t\u00a0]*\(([^()\n]{{3,200}})\)")
    matches = [(m, None) for m in pattern.finditer(folded)]
    matches += [(m, count_value(m.group(1)))
                for m in counted.finditer(folded)]
    # a parenthesis the structure word already announces is read as before
    matches = [(m, count) for m, count in matches if count is None
               or not any(c is None and o.start(1) == m.start(2) for o, c in matches)]
    listings = []
    for m, count in matches:
        group = 1 if count is None else 2
        if count is None and not re.match(r"[a-z]+[sx](?![a-z])", folded[m.start():]):
            continue                      # "un axe (A et B)": one part, described
        body = text[m.start(group):m.end(group)]
        if re.search(r"\d", body):
            continue
        parts = [p for p in re.split(r"\s*,\s*", body) if p.strip()]
        last = parts.pop() if parts else ""
        cut = list(re.finditer(r"\s+et\s+", last))
        if not cut:
            continue
        parts += [last[:cut[-1].start()], last[cut[-1].end():]]
        if count is not None and len(parts) != count:
            continue
        if not 2 <= len(parts) <= _MAX_ITEMS or any(not p.strip() or len(p.split()) > _ITEM_MAX_WORDS for p in parts):
            continue
        items, cursor = [], m.start(group)
        for part in parts:
            start = text.find(part.strip(), cursor, m.end(group))
            if start < 0:
                break
            items.append(Axis(" ".join(part.split()), start, start + len(part.strip()), False))
            cursor = start + len(part.strip())
        if len(items) == len(parts):
            listings.append(items)
    return listings
