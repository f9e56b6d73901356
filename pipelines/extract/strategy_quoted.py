"""A strategy's axes given as quoted phrases in a press article: a sentence counting the parts
("Trois priorités ont été fixées."), then, in the rest of its paragraph, exactly as many quoted
phrases, each a short phrase rather than a quoted statement ("La commune veut d'abord « relier les
quartiers ». Elle entend aussi « former les agents ». Enfin, « ouvrir les données » ..."). Cue
words: the `strategy` section of ``lexicons/claims.yaml`` and ``lexicons/strategy.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation

# A quoted phrase: French guillemets, curly or straight double quotes.
_QUOTED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+)”|\"([^\"\n]+)\"")


def _counted_quotes(doc: Document) -> list[list[Axis]]:
    """The quoted phrases of a paragraph after its sentence counting a strategy's parts, when
    there are exactly as many as the count, each of at most ``quoted_axis_max_words`` words and
    none a statement of its own (a stop inside or at its end): one axis each."""
    text = doc.text
    numbers = number_alternation()
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:grands?\s+|grandes\s+)?"
                         rf"(?:{_axis_words('counted_sentence_words')})(?![a-z])[^.!?:\n]{{0,120}}[.:]")
    max_words = int(_lex().get("quoted_axis_max_words", 25))
    listings = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        body = text[block.start:block.end]
        m = counted.search(_norm(body))
        if m is None:
            continue
        count = count_value(m.group(1))
        items = []
        for q in _QUOTED.finditer(body, m.end()):
            group = next(g for g in (1, 2, 3) if q.group(g) is not None)
            phrase = q.group(group).strip()
            lead = q.start(group) + (len(q.group(group)) - len(q.group(group).lstrip()))
            items.append(Axis(" ".join(phrase.split()), block.start + lead, block.start + lead + len(phrase), False))
        if count < 2 or len(items) != count:
            continue
        if all(0 < len(a.text.split()) <= max_words and not re.search(r"[.!?…]$|[.!?]\s", a.text) for a in items):
            listings.append(items)
    return listings
