"""A strategy's axes as labels over their lists, counted just before: a paragraph or heading that
counts the parts ("Les 4 priorités du plan", "... selon trois axes"), then exactly as many short
labels ending with a colon, each over its own list items ("Se déplacer :" over its bullets, "Se
loger :" over its own...). The count makes a label over a single item safe to read; more or fewer
labels than the count: nothing. Cue words: the `strategy` section of ``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_lists import _programme_words
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation


def _is_label(raw: str) -> bool:
    """One short line ending with a colon, opening with a capital, without a digit, a sentence or
    a word of a programme in it ("Mobilités douces :")."""
    label = " ".join(raw.split())
    return (label.endswith(":") and label[:1].isupper() and "\n" not in raw.strip()
            and not re.search(r"\d|[.!?;]\s", label) and len(label.split()) <= int(_lex().get("grouped_label_max_words", 12))
            and not _programme_words().search(_norm(label)))


def _counted_labels(doc: Document) -> list[list[Axis]]:
    """Labels over their list items, as many as the paragraph just before them counts."""
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z])")
    blocks = [b for b in doc.blocks if doc.text[b.start:b.end].strip()]
    listings: list[list[Axis]] = []
    for k, block in enumerate(blocks):
        if block.kind not in ("paragraph", "heading"):
            continue
        m = counted.search(_norm(doc.text[block.start:block.end]))
        if m is None:
            continue
        count = count_value(m.group(1))
        labels: list[Axis] = []
        i = k + 1
        while i < len(blocks) and blocks[i].kind in ("paragraph", "heading") and _is_label(doc.text[blocks[i].start:blocks[i].end]):
            items = 0
            while i + 1 + items < len(blocks) and blocks[i + 1 + items].kind == "list_item":
                items += 1
            if not items:
                break
            raw = doc.text[blocks[i].start:blocks[i].end]
            begin = blocks[i].start + len(raw) - len(raw.lstrip())
            title = raw.strip().rstrip(" :")
            labels.append(Axis(" ".join(title.split()), begin, begin + len(title), True))
            i += 1 + items
        if count >= 2 and len(labels) == count:
            listings.append(labels)
    return listings
