"""French numbers as written in reports: "6.000", "1 280", "846 984 €", "4,5", "3,2 millions",
"dix-huit", "une trentaine", "plus de 30"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..lexicons import fold, load

# Thousands groups separated by a dot, a space, a non-breaking or a narrow non-breaking space;
# then an optional decimal part with a comma (or a dot when the groups are not thousands).
_SEP = r"[ .\u00a0\u202f]"
DIGITS = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:" + _SEP + r"\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)(?![\w])"
)
_WORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    start: int
    end: int
    approximate: bool = False
    comparator: str | None = None


def parse_digits(token: str) -> float | None:
    """Value of a digit token: "6.000" -> 6000, "1 280" -> 1280, "4,5" -> 4.5, "3.5" -> 3.5."""
    token = token.strip()
    if not token:
        return None
    groups = re.fullmatch(r"(\d{1,3}(?:([ .\u00a0\u202f])\d{3})(?:\2\d{3})*)(?:,(\d+))?", token)
    if groups:
        number = re.sub(r"\D", "", groups.group(1))
        return float(f"{number}.{groups.group(3)}") if groups.group(3) else float(number)
    if re.fullmatch(r"\d+,\d+", token):
        return float(token.replace(",", "."))
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return float(token)
    return None


def parse_words(words: str) -> float | None:
    """Value of French number words: "trois" -> 3, "dix-huit" -> 18, "deux cent cinquante" -> 250."""
    text = fold(words.strip())
    if not text:
        return None
    try:
        return float(text2num(text, "fr"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _articles() -> set[str]:
    return {fold(w) for w in load("numbers").get("articles", [])}


def _qualifier_at(folded: str, pos: int) -> tuple[str, str, int] | None:
    """A qualifier ("plus de") starting at ``pos`` of folded text: (phrase, comparator, end)."""
    for phrase, comparator in sorted(load("numbers")["qualifiers"].items(), key=lambda kv: -len(kv[0])):
        key = fold(phrase)
        if folded.startswith(key, pos) and (pos + len(key) == len(folded) or not folded[pos + len(key)].isalnum()):
            return phrase, comparator, pos + len(key)
    return None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0\u202f":
        pos += 1
    return pos


def number_at(text: str, pos: int = 0, max_words: int = 5) -> ParsedNumber | None:
    """Read a number that starts at ``pos`` (after spaces): an optional qualifier, then digits,
    a collective noun ("une trentaine de") or number words ("trois", "dix-huit")."""
    folded = fold(text)
    start = _skip_spaces(text, pos)
    cursor = start
    approximate, comparator = False, None
    qualifier = _qualifier_at(folded, cursor)
    if qualifier:
        approximate, comparator = True, qualifier[1]
        cursor = _skip_spaces(text, qualifier[2])
    match = DIGITS.match(text, cursor)
    if match:
        value = parse_digits(match.group(0))
        if value is None:
            return None
        return ParsedNumber(value, start, match.end(), approximate, comparator)
    collectives = load("numbers")["collectives"]
    coll = re.match(r"(?:une?\s+)?([a-z]+)\s+(?:de\s+|d'|d’)", folded[cursor:])
    if coll and coll.group(1) in collectives:
        end = cursor + coll.end()
        return ParsedNumber(float(collectives[coll.group(1)]), start, end, True, comparator or "~")
    words = list(_WORD.finditer(text, cursor))
    best: ParsedNumber | None = None
    expected = cursor
    taken: list[re.Match] = []
    for word in words[:max_words]:
        gap = text[expected:word.start()]
        if gap.strip(" -"):
            break
        taken.append(word)
        expected = word.end()
        phrase = text[taken[0].start():word.end()]
        if len(taken) == 1 and fold(phrase) in _articles():
            continue
        value = parse_words(phrase)
        if value is not None:
            best = ParsedNumber(value, start, word.end(), approximate, comparator)
    return best


def as_number(value: float) -> int | float:
    """An int when the value is whole, so that 450.0 is published as 450."""
    return int(value) if float(value).is_integer() else value
