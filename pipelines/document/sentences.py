"""Sentences of a document's text: where one ends, and the sentence around a span. One splitter for
every pass (``Document.sentences`` reads a block with it; the cited-figure pass quotes with it).

A sentence ends at a run of ``.``, ``!``, ``?`` or ``…`` (with the closing quotation marks or
brackets right after it) followed by white space, when the next word opens with a capital, a
digit, an opening quotation mark or a bullet: "l'O.N.U. qui" or "C.V. digne" go on."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]*[»”])?[»\")\]]*(?=\s)")
_NEXT_WORD = re.compile(r"\s*(\S)")


def is_sentence_end(text: str, m: re.Match) -> bool:
    """Does the SENTENCE_END match ``m`` end a sentence (a capital, a digit, an opening quotation
    mark or a bullet after it, or nothing)?"""
    nxt = _NEXT_WORD.match(text[m.end():m.end() + 20])
    if not nxt:
        return True
    c = nxt.group(1)
    return c.isupper() or c.isdigit() or c in "«\"“•-–"


def split_sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of text[lo:hi], without the white space at their ends."""
    spans, begin = [], lo
    for m in SENTENCE_END.finditer(text, lo, hi):
        if is_sentence_end(text, m):
            spans.append(_trimmed(text, begin, m.end()))
            begin = m.end()
    spans.append(_trimmed(text, begin, hi))
    return [(s, e) for s, e in spans if e > s]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_around(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """(start, end) of the sentence holding text[start:end] inside [lo, hi), without the white
    space at its ends. The span [lo, hi) closes a sentence too: a paragraph's end is one."""
    s = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        if m.end() <= start and is_sentence_end(text, m):
            s = m.end()
    e = hi
    for m in SENTENCE_END.finditer(text, end, hi):
        if is_sentence_end(text, m) or m.end() >= hi:
            e = m.end()
            break
    return _trimmed(text, s, e)
