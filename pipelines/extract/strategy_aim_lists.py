"""A strategy's aims listed under the sentence whose subject is the strategy itself: "Le schéma
directeur a pour ambition de fixer des repères pour :" then a list ("- accélérer ... ;", "- mieux
répondre ..."). The sentence names the strategy (a strategy word of claims.yaml) before a phrase
of aim (strategy.yaml ``aim_phrases``) and ends with a colon; the list has two items at least, most
of them stating no share (a list of "réduction de 40 % de ..." gives the plan's targets)."""

from __future__ import annotations

import re

from ..document import Document
from .lines import LIST_MARKER
from .strategy_announced_lists import _quantified_targets
from .strategy_text import Axis, _lex, _norm, _strategy_words


def _aim_lists(doc: Document) -> list[list[Axis]]:
    """The list items under a sentence setting the strategy's aims."""
    text = doc.text
    aims = "|".join(re.escape(_norm(w)) for w in sorted(_lex().get("aim_phrases", []), key=len, reverse=True)) or "(?!)"
    # (a full stop inside an acronym, "E.P.C.I.", ends no sentence)
    sentence = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])(?:[^.!?:;]|\.(?!\s)){{0,200}}?(?<![a-z])(?:{aims})(?![a-z])"
                          rf"[^.!?;]{{0,200}}:\s*$")
    blocks = doc.blocks
    listings = []
    for k, block in enumerate(blocks[:-1]):
        if block.kind != "paragraph":
            continue
        last = re.split(r"[.!?]\s", text[block.start:block.end].strip())[-1]
        if not sentence.search(_norm(last)):
            continue
        items = []
        for b in blocks[k + 1:]:
            if b.kind != "list_item":
                break
            raw = text[b.start:b.end]
            marker = LIST_MARKER.match(raw)
            begin = b.start + (marker.end() if marker else 0)
            body = text[begin:b.end].strip().rstrip(" ;,.")
            if not body:
                break
            at = text.index(body, begin)
            items.append(Axis(" ".join(body.split()), at, at + len(body), True))
        if len(items) >= 2 and not _quantified_targets(items):    # "réduire de 40 % ...": targets, not axes
            listings.append(items)
    return listings
