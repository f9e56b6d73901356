"""Axes set in apposition to their count in running text: "Le projet repose sur trois piliers, la
sobriété des bâtiments, le partage de la voirie et l'ombre des arbres, et la commune entend ..."
(an invented example). A count and an axis word, a comma, then exactly as many short items, each
opening with a determiner or an infinitive, the last after "et"; the sentence may go on after
them. The count is read first and only that many items are taken: what follows the last one is
the sentence resuming, not an axis. Cue words: the `strategy` section of ``lexicons/claims.yaml``
(axis words, ``enumerated_item_max_words``)."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_enumerations import _opens_infinitive
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation

# What an item in apposition opens with: a determiner ("la transition", "l'exigence", "ses quartiers")
_DETERMINER = re.compile(r"(?:le|la|les|un|une|des|du|de la|ses|son|sa|leur|leurs|nos|notre)(?![\w-])|l'|de l'")


def _apposed_axes(doc: Document) -> list[list[Axis]]:
    """The items in apposition after "trois piliers, " in one sentence, as many as the count."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:(?:grands?|grandes)\s+)?(?:{_axis_words()})(?![\w-]),[ \t]+")
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(1))
        if count < 2:
            continue
        stop = re.compile(r"[.;:!?()](?:\s|$)|\n")
        end_match = stop.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        items: list[Axis] = []
        closed = False                  # the last item, after "et", was read
        cursor = m.end()
        for part in text[m.end():end].split(","):
            lead = len(part) - len(part.lstrip())
            body = part.strip()
            start = cursor + lead
            cursor += len(part) + 1
            pieces = [(body, start)]
            joined = re.match(r"et\s+", _norm(body))
            if joined:                   # ", et C"
                pieces = [(body[joined.end():], start + joined.end())]
                closed = True
            elif len(items) == count - 2 and (cut := list(re.finditer(r"\s+et\s+", body))):
                # "B et C": the last two items (at the last "et")
                last = cut[-1]
                pieces = [(body[:last.start()], start), (body[last.end():], start + last.end())]
                closed = True
            for piece, at in pieces:
                items.append(Axis(" ".join(piece.split()), at, at + len(piece), False))
            if closed or len(items) >= count:
                break
        if not closed or len(items) != count:
            continue
        if all(1 <= len(a.text.split()) <= max_words
               and (_DETERMINER.match(_norm(a.text)) or _opens_infinitive(a.text)) for a in items):
            listings.append(items)
    return listings


def _preposed_axes(doc: Document) -> list[list[Axis]]:
    """Axes enumerated as the subject of a sentence that then counts them: "La sobriété, la
    voirie et l'ombre des arbres sont les trois axes du plan" (invented); "sont parmi les cinq
    axes" when the sentence names only some of them. The whole subject is the enumeration, each
    item opening with a determiner; as many items as the count (at least two, at most the
    count after "parmi")."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    pattern = re.compile(rf"\s+sont\s+(parmi\s+)?les\s+(\d{{1,2}}|{numbers})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![\w-])")
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(2))
        begin = max((s.end() for s in re.finditer(r"[.!?:;]\s+|\n", text[:m.start()])), default=0)
        subject = text[begin:m.start()]
        cut = list(re.finditer(r"\s+et\s+", subject))
        if not cut:
            continue
        parts, cursor = [], begin
        for part in subject[:cut[-1].start()].split(","):
            parts.append((part, cursor))
            cursor += len(part) + 1
        parts.append((subject[cut[-1].end():], begin + cut[-1].end()))
        items = []
        for part, at in parts:
            lead = len(part) - len(part.lstrip())
            item = part.strip()
            items.append(Axis(" ".join(item.split()), at + lead, at + lead + len(item), False))
        enough = 2 <= len(items) <= count if m.group(1) else len(items) == count
        if enough and all(1 <= len(a.text.split()) <= max_words and _DETERMINER.match(_norm(a.text))
                          for a in items):
            listings.append(items)
    return listings
