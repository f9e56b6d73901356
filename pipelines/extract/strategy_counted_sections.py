"""A strategy's axes as the titles of its sections, counted just before: a sentence ending on the
count of the parts ("... le contrat se décline en trois axes prioritaires."), then, among the
lines below, exactly as many section titles: short lines opening with a verb in the infinitive,
ending no sentence, each over a paragraph ("Développer l'économie locale" / "Ce pilier vise ...").
More or fewer titles than the count: nothing. Cue words: the `strategy` section of
``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .lines import iter_lines
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, _opens_with_infinitive, number_alternation

# How many lines below the counting sentence the section titles are looked for, and how many
# words the paragraph under a title holds at least.
_REACH_LINES = 120
_PARAGRAPH_MIN_WORDS = 12
# The number a section title may open with: "3. ", "2) ".
_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def counting_lines(doc: Document, tail: str) -> tuple[list, list[tuple[int, int]]]:
    """The document's lines, and (index, count) of each line ending on a count of a strategy's parts
    ("... s’organise en trois volets") followed by ``tail`` (a pattern: the line's closing stop)."""
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z]){tail}")
    lines = list(iter_lines(doc.text))
    return lines, [(i, count_value(m.group(1))) for i, line in enumerate(lines)
                   if (m := counted.search(_norm(line.text))) is not None]


def _counted_section_titles(doc: Document) -> list[list[Axis]]:
    """The section titles a sentence ending on their count announces, as many as it counts."""
    max_words = int(_lex().get("section_title_max_words", 20))
    lines, counting = counting_lines(doc, r"(?:\s+[a-z-]+)?\s*\.\s*$")
    listings: list[list[Axis]] = []
    for i, count in counting:
        titles: list[Axis] = []
        for k in range(i + 1, min(len(lines), i + 1 + _REACH_LINES)):
            body = lines[k].text.strip()
            # a title may carry its number ("3. Préserver les ressources en eau")
            if not body or len(body.split()) > max_words or re.search(r"[.:;!?,]$", body) \
                    or not _opens_with_infinitive(_NUMBER.sub("", body)):
                continue
            below = next((lines[n].text for n in range(k + 1, len(lines)) if lines[n].text.strip()), "")
            if len(below.split()) < _PARAGRAPH_MIN_WORDS:
                continue
            begin = lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip())
            titles.append(Axis(" ".join(body.split()), begin, begin + len(body), True))
            if len(titles) > count:
                break
        if count >= 2 and len(titles) == count:
            listings.append(titles)
    return listings
