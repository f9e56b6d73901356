"""Proportions: "une sur quatre", "1 habitant sur 3", "8 communes sur 10", read as a percentage."""

from __future__ import annotations

import re
from functools import cache

from .numbers import WORD, parse_digits, parse_words
from .quantity_qualifiers import qualifier_before
from .quantity_text import NUMBER_TOKEN, Quantity, _after_spaces, _lex, _norm
from .quantity_units import unit_at

_PLURAL_NOUN = re.compile(r"[a-z]{3,}[sx](?![a-z])")


@cache
def _ratio_gap(blank: str, max_words: int, connector: str) -> re.Pattern:
    return re.compile(r"((?:%s[a-zà-ÿœæ'’-]+){0,%d}?)%s%s%s" % (blank, max_words, blank, re.escape(connector), blank))


def ratio_at(text: str, pos: int, folded: str | None = None) -> Quantity | None:
    """A proportion "une sur quatre", "1 habitant sur 3", "8 communes sur 10": value 100 * A / B,
    unit percent. Decided: a proportion is published as a percentage (25 for "une sur quatre"),
    not approximate (the quote keeps the words); its measure is the noun in between, if any."""
    folded = _norm(text) if folded is None else folded
    spec = _lex().get("ratio", {}) or {}
    connector = _norm(spec.get("connector", "sur"))
    pos = _after_spaces(text, pos, newlines=False)
    match = NUMBER_TOKEN.match(text, pos)
    if match:
        numerator, cursor = parse_digits(match.group(0)), match.end()
    else:
        word = WORD.match(text, pos)
        if not word:
            return None
        numerator, cursor = parse_words(word.group(0)), word.end()
    if numerator is None or not float(numerator).is_integer():
        return None   # "4,5 sur 5" is a score, not one thing in so many
    # blanks, at most one line break among them (a sentence wrapped by a PDF's text flow)
    blank = r"(?:[ \t\u00a0\u202f\u2009]+\n?[ \t\u00a0\u202f\u2009]*|\n[ \t\u00a0\u202f\u2009]*)"
    gap = _ratio_gap(blank, int(spec.get("max_words_between", 2)), connector).match(folded, cursor)
    if not gap:
        return None
    between = gap.group(1).split()
    if any(parse_words(w) is not None and w not in ("un", "une") for w in between):
        return None
    denominator_pos = gap.end()
    match = NUMBER_TOKEN.match(text, denominator_pos)
    if match:
        if match.end() < len(text) and (text[match.end()].isalpha() or text[match.end()] in "%/"):
            return None
        denominator, end = parse_digits(match.group(0)), match.end()
    else:
        word = WORD.match(text, denominator_pos)
        if not word or _norm(word.group(0)) in ("un", "une"):
            return None
        denominator, end = parse_words(word.group(0)), word.end()
    if not denominator or numerator > denominator or denominator > 1000:
        return None
    after = _after_spaces(text, end, newlines=False)
    if unit_at(text, after, folded):
        return None  # "1 jour sur 30 jours" is not a proportion we read
    noun = _PLURAL_NOUN.match(folded, after)
    if noun and noun.group(0) not in {_norm(w) for w in spec.get("not_nouns", [])}:
        return None  # "une expérimentation sur 3 quartiers": a count
    value = round(100.0 * numerator / denominator, 2)
    qualifier = qualifier_before(text, pos, folded)
    start, approximate, comparator = (qualifier[0], True, qualifier[1]) if qualifier else (pos, False, None)
    return Quantity(value, None, "percent", "", start, pos, cursor, end, approximate, comparator,
                    not bool(NUMBER_TOKEN.match(text, pos)), False, True, text[pos:cursor])
