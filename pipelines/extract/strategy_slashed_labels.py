"""A strategy's axes as the labels of numbered paragraphs written "1/ Label : prose", under a
sentence counting the parts ("Le plan de Valbrune s’organise en trois volets", with or without a
full stop or a colon): the paragraphs below, numbered 1/, 2/, 3/... in order, each opening with a
short capitalised label, a colon and a sentence of prose ("1/ Toitures des gymnases : un relevé
confié à un bureau d'études classe ..."). The axis is the label alone. Two paragraphs at least and no more
than the count (an excerpt may stop before the last part); a number out of order ends the
listing. A label without prose after its colon, or a count of no strategy's parts, gives nothing."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_counted_sections import counting_lines
from .strategy_text import Axis

# How many lines below the counting sentence the numbered paragraphs are looked for; the most
# words a label holds and the fewest the prose after its colon holds.
_REACH_LINES = 60
_LABEL_MAX_WORDS = 8
_PROSE_MIN_WORDS = 8
# "2/ Horloges des lampadaires : le bourg sera éteint ..." (the label opens with a capital, ends no sentence)
_SLASHED = re.compile(r"\s*(\d{1,2})\s?/\s+([A-ZÀ-ÝŒÆ][^:.;!?\n]*?)\s*:\s+(\S[^\n]*)")


def _slashed_labels(doc: Document) -> list[list[Axis]]:
    """The labels of the "N/ Label : prose" paragraphs a sentence counting the parts announces."""
    lines, counting = counting_lines(doc, r"\s*[.:]?\s*$")
    listings: list[list[Axis]] = []
    for i, count in counting:
        items: list[Axis] = []
        for k in range(i + 1, min(len(lines), i + 1 + _REACH_LINES)):
            s = _SLASHED.fullmatch(lines[k].text)
            if s is None:
                continue
            label, prose = s.group(2), s.group(3)
            if int(s.group(1)) != len(items) + 1 or len(label.split()) > _LABEL_MAX_WORDS \
                    or len(prose.split()) < _PROSE_MIN_WORDS:
                break
            begin = lines[k].start + s.start(2)
            items.append(Axis(" ".join(label.split()), begin, begin + len(label), True))
        if 2 <= len(items) <= count:
            listings.append(items)
    return listings
