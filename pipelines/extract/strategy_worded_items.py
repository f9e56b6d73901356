"""A strategy's parts listed with their own axis word and no count before them: "Le plan comprend :"
then "- un volet mobilité : développer les pistes ... ;", "- un volet habitat : ...", "- un nouveau
volet santé : ...". The paragraph before the list ends with a colon; every item (two at least)
opens with an article, at most one adjective and a structure word of claims.yaml
(``structure_words``: axe, pilier, volet...; not "objectif", which numbers the targets of
anything); the axis is the item's head, before its explaining colon."""

from __future__ import annotations

import re

from ..document import Document
from .lines import LIST_MARKER
from .strategy_text import Axis, _lex, _norm


def _item_opening() -> re.Pattern:
    labels = {_norm(w).rstrip("s") for w in _lex()["structure_words"]}
    words = "|".join(sorted((re.escape(w) for w in labels), key=len, reverse=True))
    return re.compile(rf"(?:un|une|le|la|l')\s*(?:[a-z-]+\s+)?(?:{words})s?(?![a-z])")


def _axis_worded_items(doc: Document) -> list[list[Axis]]:
    """The heads of list items that each open with an article and an axis word, right under a
    paragraph ending with a colon."""
    text, blocks = doc.text, doc.blocks
    opening = _item_opening()
    listings = []
    for k, block in enumerate(blocks[:-1]):
        if block.kind != "paragraph" or not text[block.start:block.end].rstrip().endswith(":"):
            continue
        items = []
        for b in blocks[k + 1:]:
            if b.kind != "list_item":
                break
            raw = text[b.start:b.end]
            marker = LIST_MARKER.match(raw)
            begin = b.start + (marker.end() if marker else 0)
            body = text[begin:b.end]
            lead = len(body) - len(body.lstrip())
            if not opening.match(_norm(body.lstrip())):
                items = []
                break
            head = re.split(r"\s+:\s|\s*;\s*$|\n", body.strip())[0].rstrip(" ;,.")
            items.append(Axis(" ".join(head.split()), begin + lead, begin + lead + len(head), True))
        if len(items) >= 2:
            listings.append(items)
    return listings
