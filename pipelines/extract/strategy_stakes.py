"""Stakes listed beside a strategy's parts: a document that announces its strategy's parts in a
sentence naming the strategy ("Le plan repose sur quatre volets : ...", "Le plan a pour ambition
de ... pour :") may also list stakes in a sentence that does not name it ("Le numérique pose
comme enjeux majeurs :", "Il entend répondre à cinq enjeux :"): those are the context the plan
answers, or a second level, not its parts. Stake words: strategy.yaml ``stake_words``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Axis, _axis_key, _lex, _norm, _strategy_words

# The announcing sentence: back from a listing's first item to the start of its sentence (a stop,
# or a blank line), list markers and the colon included.
_SENTENCE_START = re.compile(r"(?:[.!?](?=\s)|\n[ \t]*\n)(?![\s\S]*(?:[.!?](?=\s)|\n[ \t]*\n))")
_REACH = 400


def _announcing(doc: Document, items: list[Axis]) -> str:
    """The sentence before ``items``' first item (its last ``_REACH`` characters), folded."""
    text = doc.text[max(0, items[0].start - _REACH):items[0].start]
    text = re.sub(r"[\s•\-–—*·]+$", "", text)        # the first item's marker, blank lines
    m = _SENTENCE_START.search(text)
    return _norm(text[m.end():] if m else text).lower()


def _names_strategy(sentence: str) -> bool:
    return re.search(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", sentence) is not None


def _states_stakes(sentence: str) -> bool:
    words = "|".join(re.escape(_norm(w).lower()) for w in _lex().get("stake_words", [])) or "(?!)"
    return re.search(rf"(?<![a-z])(?:{words})(?![a-z])[^:]*:\s*$", sentence) is not None


def drop_unowned_stakes(doc: Document, listings: list[list[Axis]]) -> list[list[Axis]]:
    """``listings`` without the lists of stakes whose sentence names no strategy, when another
    listing's sentence names one (the plan's own parts are there); a list of stakes repeating
    one of those parts ("Les enjeux :" over the parts the text enumerated before) lists them
    again and is kept."""
    sentences = [_announcing(doc, items) for items in listings]
    owned = [items for items, s in zip(listings, sentences) if _names_strategy(s) and not _states_stakes(s)]
    if not owned:
        return listings
    parts = {_axis_key(a.text) for items in owned for a in items}
    return [items for items, s in zip(listings, sentences)
            if not (_states_stakes(s) and not _names_strategy(s) and not parts & {_axis_key(a.text) for a in items})]
