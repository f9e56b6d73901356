"""A strategy's axes given as quoted phrases in a press article: a sentence counting the parts
("Trois priorités ont été fixées."), then, in the rest of its paragraph, exactly as many quoted
phrases, each a short phrase rather than a quoted statement ("La commune veut d'abord « relier les
quartiers ». Elle entend aussi « former les agents ». Enfin, « ouvrir les données » ..."), or
listed one after the other after the count's colon ("... autour de trois axes : « A » ; « B » ;
et « C »"), where a longer phrase is still an item. Cue
words: the `strategy` section of ``lexicons/claims.yaml`` and ``lexicons/strategy.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation

# A quoted phrase: French guillemets, curly or straight double quotes.
_QUOTED = re.compile(r"«\s*([^«»]+?)\s*»|“([^“”]+)”|\"([^\"\n]+)\"")


def _counted_quotes(doc: Document) -> list[list[Axis]]:
    """The quoted phrases of a paragraph after its sentence counting a strategy's parts, when
    there are exactly as many as the count, each of at most ``quoted_axis_max_words`` words (twice
    that when they are listed right after the count's colon) and none a statement of its own (a
    stop inside or at its end): one axis each. Of several counts in the paragraph, the first whose
    count the quotes after it match."""
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
        folded = _norm(body)
        # every count of the paragraph in turn ("les 12 mesures, qui se rangent sous trois
        # axes : « A » ; ..."): the one whose count the quotes after it match
        m = counted.search(folded)
        while m is not None:
            quotes = list(_QUOTED.finditer(body, m.end()))
            items = [quoted_axis(q, block.start) for q in quotes]
            if _as_counted(body, m, quotes, items, count_value(m.group(1)), max_words):
                listings.append(items)
                break
            m = counted.search(folded, m.start() + 1)
    return listings


def quoted_axis(q: re.Match, offset: int = 0) -> Axis:
    """The phrase a match of ``_QUOTED`` holds, without its marks nor the blanks inside them, as an
    axis (its offsets moved by ``offset``: the match's text starts there in the document)."""
    group = next(g for g in (1, 2, 3) if q.group(g) is not None)
    phrase = q.group(group).strip()
    lead = q.start(group) + (len(q.group(group)) - len(q.group(group).lstrip()))
    return Axis(" ".join(phrase.split()), offset + lead, offset + lead + len(phrase), False)


# After the colon of a count, its quoted items one after the other with only list separators between
# them: "quatre axes : « A » ; « B » ; et « C »".
_LISTED = re.compile(r"\s*Q(?:\s*[;,]?\s*(?:et\s+)?Q)*")


def _as_counted(body: str, m: re.Match, quotes: list[re.Match], items: list[Axis], count: int, max_words: int) -> bool:
    """Are ``items`` (the phrases of ``quotes``) the parts the count ``m`` announces: as many, none a statement of its own, each
    of at most ``max_words`` words, or twice as many when they are listed right after the count's
    colon, one after the other (an enumeration of quoted phrases, not quotations spread over
    sentences)?"""
    if count < 2 or len(items) != count:
        return False
    listed = body[m.end() - 1] == ":" and _LISTED.match(
        _QUOTED.sub("Q", body[m.end():quotes[-1].end()])) is not None
    limit = 2 * max_words if listed else max_words
    return all(0 < len(a.text.split()) <= limit and not re.search(r"[.!?…]$|[.!?]\s", a.text) for a in items)
