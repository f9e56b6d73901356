"""Parts of a plan that its outline letters with no structure word, each title in capitals ("A - RELIER
LES QUARTIERS", then "B - FORMER LES JEUNES", "C - ..."), often in a table of contents where each part's
first sub-part runs on after it ("A - RELIER LES QUARTIERS A1 - Le diagnostic"): the lettered parts,
A, B, C... in order, are the plan's axes. Read only in a document that names a strategy and shows no
other axes, when each title is a run of capitals of at least ``lettered_title_min_words`` words
(strategy.yaml): "A - Relier" in running text, or a lettered list of lower-case items, is no part."""

from __future__ import annotations

import re

from ..document import Document
from .lines import iter_lines
from .strategy_text import Axis, _lex

# A capital letter opening the line, then a dash: "A - ", "B – ".
_LETTERED = re.compile(r"([A-H])\s*[-–—]\s+(?=\S)")


def _capital_title(text: str) -> bool:
    """At least ``lettered_title_min_words`` words of two letters or more, nearly all in capitals
    (a letter misread by a PDF's text layer is allowed: one lower-case letter in ten)."""
    words = [w for w in re.findall(r"[^\W\d_][^\W\d_'’-]*", text) if len(w) > 1]
    letters = [c for w in words for c in w if c.isalpha()]
    return (len(words) >= int(_lex().get("lettered_title_min_words", 2))
            and sum(c.isupper() for c in letters) >= 0.9 * len(letters))


def lettered_parts(doc: Document) -> list[Axis]:
    """The first run of lettered parts A, B, C... (at least two, in order, each title in capitals);
    a title's first sub-part run on after it ("A1 - ...") is cut off."""
    found: list[tuple[int, Axis]] = []
    for line in iter_lines(doc.text):
        body = line.text[line.body_start - line.start:]
        m = _LETTERED.match(body)
        if m is None:
            continue
        rest = body[m.end():]
        sub = re.search(rf"\s{m.group(1)}\d{{1,2}}\s*[-–—]\s", rest)
        title = (rest[:sub.start()] if sub else rest).strip().rstrip(" ;,.")
        if not _capital_title(title):
            continue
        start = line.body_start + m.end() + rest.index(title)
        found.append((ord(m.group(1)) - ord("A") + 1, Axis(" ".join(title.split()), start, start + len(title), True)))
    run: list[Axis] = []
    for number, axis in found:
        if number == len(run) + 1:
            run.append(axis)
        elif number == 1:
            if len(run) >= 2:
                break       # the parts again, in the body after the table of contents
            run = [axis]
    return run if len(run) >= 2 else []
