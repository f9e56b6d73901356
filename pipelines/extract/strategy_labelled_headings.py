"""A strategy's axes written as the headings of its sections, each a one-word label, a colon and
the aim in the infinitive: "Mobilité : relier les hameaux au bourg" over a paragraph telling what
Valbrune will do, then "Solidarité : ouvrir une maison des services" over the next. Each heading
is a block of one line, no longer than ``labelled_heading_max_words`` words and not ended by a
stop; its label is one or two words, capitalised; what follows the colon opens with a verb in the
infinitive; a prose paragraph longer than the heading follows it. Two headings at least make a
listing; the axis is the whole heading, label included. A label before a noun phrase ("Budget :
la dette baisse") or a heading over a list is no axis."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Axis, _lex, _opens_with_infinitive

_HEADING = re.compile(r"([A-ZÀ-ÝŒÆ][a-zà-ÿœæ'’-]+(?: [a-zà-ÿœæ'’-]+)?) : ([a-zà-ÿœæ][^\n]*[^\s.:;!?…])")


def _labelled_headings(doc: Document) -> list[list[Axis]]:
    """The one-line "Label : verbe ..." headings over prose paragraphs, two at least."""
    text, blocks = doc.text, doc.blocks
    limit = int(_lex().get("labelled_heading_max_words", 16))
    items: list[Axis] = []
    for k, block in enumerate(blocks[:-1]):
        raw = text[block.start:block.end].strip()
        nxt = blocks[k + 1]
        body = text[nxt.start:nxt.end].strip()
        m = _HEADING.fullmatch(raw)
        if (block.kind != "paragraph" or m is None or len(raw.split()) > limit
                or not _opens_with_infinitive(m.group(2)[:1].upper() + m.group(2)[1:])
                or nxt.kind != "paragraph" or _HEADING.fullmatch(body) or len(body) <= len(raw)):
            continue
        start = block.start + (len(text[block.start:block.end]) - len(text[block.start:block.end].lstrip()))
        items.append(Axis(" ".join(raw.split()), start, start + len(raw), True))
    return [items] if len(items) >= 2 else []
