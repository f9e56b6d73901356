"""What every reader of quantities shares: the digit token, the ``Quantity`` a reader returns,
the numbers lexicon, and the blanks and word boundaries around a number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import fold_apostrophes, load
from .numbers import GROUP_SEPARATOR

# A decimal comma a blank follows, before a scale ("25, 3 M€", "2, 17 millions d'euros"), is one
# number as the writer meant it, not two: only before a scale word or letter of money, where a list
# ("1, 2 ou 3 salles") cannot stand.
SPACED_DECIMAL = r"\d{1,3},[ \u00a0](?=\d{1,2}[ \u00a0]*(?:(?:millions?|milliards?|Mds?)(?![\w])|M[ \u00a0]?€|M[ \u00a0]?d['’]))\d{1,2}"

# A digit group as a token: like DIGITS, but what follows is left to the caller (a glued unit
# "12km", "3h", "15.000€"; an ordinal "1ère"; a code "4G"). Not after a letter, a digit, a
# separator, a slash or a minus sign ("AB64", "12/34", "-1"), nor inside a number whose first group
# was refused ("-4'210": not "210"). A plus sign is read (an increase: "+35 %", "+4 000 €").
NUMBER_TOKEN = re.compile(
    r"(?<![\w.,/\-−])(?<!\d['’])(?:" + SPACED_DECIMAL + r"|(?!0)\d{1,3}(?:" + GROUP_SEPARATOR + r"\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?)"
)
_H_SPACE = " \t\u00a0\u202f\u2009"


@dataclass(frozen=True)
class Quantity:
    value: float
    value_max: float | None
    unit: str                 # a unit code of numbers.yaml `units`, or "count"
    unit_text: str            # the unit as written ("m3", "%", "euros"), "" for a count
    start: int                # first character: the qualifier, else the number
    number_start: int         # first character of the number itself
    number_end: int           # after the (first) number, before any scale or unit
    end: int                  # after the last number, its scale and unit
    approximate: bool = False
    comparator: str | None = None
    in_words: bool = False    # written in words ("trois", "une quinzaine")
    collective: bool = False  # "une quinzaine de", "une dizaine de"
    ratio: bool = False       # "une sur cinq"
    raw: str = ""             # the first number as written ("45.000", "dix-huit")


_norm = fold_apostrophes


def _lex() -> dict:
    return load("numbers")


def _after_spaces(text: str, pos: int, newlines: bool = True) -> int:
    """Skip blanks, and at most one line break (a unit may wrap to the next line)."""
    seen_newline = False
    while pos < len(text):
        c = text[pos]
        if c in _H_SPACE:
            pos += 1
        elif c == "\n" and newlines and not seen_newline:
            seen_newline = True
            pos += 1
        else:
            break
    return pos


def _boundary(folded: str, end: int) -> bool:
    return end >= len(folded) or not folded[end].isalnum()
