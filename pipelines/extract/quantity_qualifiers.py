"""Qualifiers before a number ("plus de", "aux alentours de", numbers.yaml `qualifiers`) and the
patterns of a phrase at the start or at the end of a text."""

from __future__ import annotations

import re
from functools import cache

from .quantity_text import _lex, _norm

@cache
def _all_qualifiers() -> tuple[tuple[str, str], ...]:
    pairs = dict(_lex().get("qualifiers", {}))
    pairs.update(_lex().get("extra_qualifiers", {}) or {})
    return tuple(sorted(((_norm(k), v) for k, v in pairs.items()), key=lambda kv: -len(kv[0])))


def qualifier_before(text: str, pos: int, folded: str | None = None) -> tuple[int, str] | None:
    """A qualifier ("plus de", "aux alentours de") that ends just before ``pos`` (spaces allowed
    between): (its start, comparator)."""
    folded = _norm(text) if folded is None else folded
    base = max(0, pos - 60)
    window = folded[base:pos]
    # a qualifier ends the window but for blanks: without one of their last words there, none does
    if not window.rstrip().endswith(_qualifier_last_words()):
        return None
    m = _qualifiers_at_end().search(window)
    if m:
        return base + m.start(), _all_qualifiers()[m.lastindex - 1][1]
    return None


@cache
def _qualifiers_by_first_word() -> tuple[tuple[str, str, str], ...]:
    """(first word, qualifier, comparator) in the order of ``_all_qualifiers``: a qualifier starts
    a text only where its first word does."""
    return tuple(((phrase.split() or [""])[0], phrase, comp) for phrase, comp in _all_qualifiers())


@cache
def _qualifier_last_words() -> tuple[str, ...]:
    return tuple({phrase.split()[-1] for phrase, _ in _all_qualifiers() if phrase.split()})


@cache
def _qualifiers_at_end() -> re.Pattern:
    """Every qualifier ending a text, one alternative (one group) each, longest first: the
    leftmost match is the longest qualifier that ends the text, as when trying them in turn."""
    return re.compile("|".join(f"({_phrase_at_end_source(phrase)})" for phrase, _ in _all_qualifiers()))


@cache
def _phrase_at_start(phrase: str) -> re.Pattern:
    """``phrase`` starting at a position, any run of blanks between its words."""
    words = [re.escape(w) for w in phrase.split()]
    end = "" if phrase.endswith("'") else r"(?![a-z0-9])"
    return re.compile(r"[\s\u00a0\u202f]+".join(words) + end)


@cache
def _phrase_at_end(phrase: str) -> re.Pattern:
    """``phrase`` ending a text, any run of blanks (line breaks included) between its words."""
    return re.compile(_phrase_at_end_source(phrase))


def _phrase_at_end_source(phrase: str) -> str:
    """The source of :func:`_phrase_at_end` (the alternation of every qualifier reads it without
    compiling each phrase on its own)."""
    words = [re.escape(w) for w in phrase.split()]
    tail = "" if phrase.endswith("'") else r"[\s\u00a0\u202f]+"
    if phrase.endswith("'"):
        tail = r"[\s\u00a0\u202f]*"
    return r"(?<![a-z0-9])" + r"[\s\u00a0\u202f]+".join(words) + tail + r"$"
