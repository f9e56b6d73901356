"""A page showing one part of a strategy: a line opening with a structure word and its number or
letter ("Axe 3 : Une ville qui respire", ">> PILIER B - Former les agents : des sessions ..."), the
only such line of the document, heading it or the last line of an excerpt that stops in it, where
no other reader finds axes (a page going on past it without the other axes shows no listing). The page of one axis of a plan,
or an excerpt cut in its first axis: that axis, as titled (its label kept, a subtitle after a
further colon left out). Structure words: `structure_words` of ``lexicons/claims.yaml``, with their
qualifiers (`section_qualifiers`); "Objectif 1" numbers the parts of anything and is not read."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import Axis, _lex, _norm

# marks a web page may put before a heading: arrows, chevrons, bullets, Markdown's hashes
_LEAD = r"[ \t>»#*•▶►▸→-]*"
_MARKS = " \t\n>»#*•▶►▸→-"


def _opening() -> re.Pattern:
    words = sorted({re.escape(_norm(w).rstrip("s")) for w in _lex()["structure_words"]}, key=len, reverse=True)
    qualifiers = "|".join(sorted((re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])),
                                 key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?im)^{_LEAD}((?:{'|'.join(words)})(?:\s+(?:{qualifiers}))?\s*(?:n°\s*)?"
                      rf"(?:\d{{1,2}}|[ivx]{{1,4}}|[a-h])\s*[:.–—-]\s+)(?=\w)([^\n]*)")


def lone_section(doc: Document) -> Axis | None:
    """The one line of the document opening with a numbered structure word, as an axis, else None
    (none, or several: numbered sections are read elsewhere)."""
    found = list(_opening().finditer(_norm(doc.text)))
    if len(found) != 1:
        return None
    m = found[0]
    title = m.group(2)
    cut = re.search(r"\s:\s", title)
    if cut:
        title = title[:cut.start()]
    title = title.rstrip(" ;,.:")
    max_words = int(_lex().get("section_title_max_words", 20))
    if not title or len(title.split()) > max_words:
        return None
    start, end = m.start(1), m.start(2) + len(title)
    if doc.text[:start].strip(_MARKS) and doc.text[m.end():].strip():
        return None     # neither heading the page nor where the excerpt stops: the page goes on without its other axes
    return Axis(" ".join(doc.text[start:end].split()), start, end, True)


def first_line(doc: Document, axis: Axis) -> bool:
    """Whether ``axis`` stands on the document's first line (the page is that axis's)."""
    return not doc.text[:axis.start].strip(_MARKS)
