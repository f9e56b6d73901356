"""What the passes over a document's cited figures share (mentions.py and the modules it reads:
spans, exclusions, measure, repeats): the folded text, the claims lexicon, the bounds that keep
each figure's cost independent of the document's length, and a figure's mention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes, load
from .quantities import Quantity


Rows = list[dict]

_H = " \t\u00a0\u202f"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]*|-[^\W_]+)*|[%€]", re.UNICODE)
MAX_QUOTE = 320
# Bounds that keep the cost of one figure independent of the document's length: a sentence is
# looked for within SENTENCE_REACH characters of its figure (a longer one is cut to its clauses,
# then to MAX_QUOTE characters of whole words), a paragraph within PARAGRAPH_REACH characters, a
# line within LINE_REACH characters.
SENTENCE_REACH = 2 * MAX_QUOTE
PARAGRAPH_REACH = 2000
LINE_REACH = 200
# A figure is compared with at most this many earlier claims of the same value and unit (and with
# at most this many of each claim's occurrences) to find whether it repeats one of them.
MAX_COMPARED = 32
# The headline block reaches this many short lines (of at most HEADLINE_TAIL_CHARS characters)
# past its last headline line, within its paragraph.
HEADLINE_TAIL_LINES = 3
HEADLINE_TAIL_CHARS = 80
# A sentence of at most this many words is quoted with its neighbours (figure_spans._with_short_neighbours).
SHORT_SENTENCE_WORDS = 3
# Blocks joined to the figure's own on each side when the layout cut its sentence (_Paragraphs.joined).
JOIN_STEPS = 2
_ENDS_SENTENCE = re.compile(r"[.!?…:;»\"”)\]][ \t\u00a0]*$")
_STARTS_LOWER = re.compile(r"[ \t\u00a0]*[a-zà-ÿœæ]")
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")


_norm = fold_apostrophes


_LAST_DOCUMENT: list[tuple[str | None, str]] = [(None, "")]


def _norm_document(text: str) -> str:
    """``_norm`` of a whole document's text, kept for the document being read: every mention's
    attribution looks at it, and folding it again for each one made long documents quadratic.
    (One (text, folded) pair swapped at once: safe when threads read documents side by side.)"""
    last = _LAST_DOCUMENT[0]
    if last[0] is text:
        return last[1]
    folded = _norm(text)
    _LAST_DOCUMENT[0] = (text, folded)
    return folded


def _lex() -> dict:
    return load("claims")


@cache
def _normset(section: str, key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)) for w in _lex()[section][key])


def _words_before(folded: str, pos: int, n: int = 3, line_only: bool = True) -> list[str]:
    """The last words before ``pos`` in its sentence ("en ligne. 1 200 tonnes": none)."""
    head = folded[max(0, pos - 60):pos]
    if line_only and "\n" in head:
        head = head[head.rindex("\n") + 1:]
    end = None
    for end in re.finditer(r"[.!?…]\s", head):
        pass
    if end is not None:
        head = head[end.end():]
    return re.findall(r"[a-z0-9'°º-]+|n°", head)[-n:]


def _ends_with_phrase(folded: str, pos: int, phrases, line_only: bool = False) -> bool:
    head = folded[max(0, pos - 40):pos]
    if line_only and "\n" in head:
        head = head[head.rindex("\n") + 1:]
    head = " ".join(head.replace("\n", " ").split())
    for p in phrases:
        p = " ".join(p.split())
        if head.endswith(p) and (len(head) == len(p) or not head[-len(p) - 1].isalnum()):
            return True
    return False


@dataclass
class Mention:
    q: Quantity
    measure: str
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    page: int
    pull_quote: bool = False
    vote: bool = False        # the count of a vote ("17 votes pour"): each vote is its own decision


def _page_bounds(doc: Document, pos: int) -> tuple[int, int]:
    page = doc.page_of(pos)
    start = doc.page_starts[page - 1]
    end = doc.page_starts[page] if page < len(doc.page_starts) else len(doc.text)
    return start, end
