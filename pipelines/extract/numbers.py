"""French numbers as written in reports: "6.000", "1 280", "846 984 €", "4,5", "3,2 millions",
"dix-huit", "une trentaine", "plus de 30"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

from text_to_num import text2num

from ..lexicons import fold, load

# Thousands groups separated by a dot, a space, a non-breaking, a narrow non-breaking or a thin
# space; then an optional decimal part with a comma (or a dot when the groups are not thousands).
GROUP_SEPARATOR = r"[ .\u00a0\u202f\u2009'’]"     # "8'355" and "20’000" (apostrophes, as Swiss and some French writers)
DIGITS = re.compile(
    r"(?<![\w.,])(?:(?!0)\d{1,3}(?:" + GROUP_SEPARATOR + r"\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?)(?![\w])"
)
WORD = re.compile(r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*", re.IGNORECASE)
# "une trentaine de", or with the definite article when the text has counted them: "la vingtaine
# d'élus présents", "le millier de visiteurs"
_COLLECTIVE = re.compile(r"(?:une?\s+|la\s+|le\s+)?([a-z]+)\s+(?:de\s+|d'|d’)")
_COLLECTIVE_ALONE = re.compile(r"une?\s+([a-z]+)(?=\s*(?:$|[.,;)|]))")
@cache
def _collective_elided() -> re.Pattern:
    """"une trentaine" right before a word of numbers.yaml `collective_elided_before` ("une
    trentaine pour le musée"): a collective whose noun was given before it."""
    words = load("numbers").get("collective_elided_before") or []
    return re.compile(r"une?\s+([a-z]+)(?=\s+(?:{})\s)".format("|".join(re.escape(fold(str(w))) for w in words) or "\0"))


# A number in words is read from a window of this many characters at its position: five words
# and a qualifier fit in it, and the cost of reading one number does not grow with the document.
_WINDOW = 200


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
    groups = re.fullmatch(r"((?!0)\d{1,3}(?:([ .\u00a0\u202f\u2009'’])\d{3})(?:\2\d{3})*)(?:,(\d+))?", token)
    if groups:
        number = re.sub(r"\D", "", groups.group(1))
        return float(f"{number}.{groups.group(3)}") if groups.group(3) else float(number)
    if re.fullmatch(r"\d+,[ \u00a0]?\d+", token):     # "25, 3" before a scale (quantity_text.SPACED_DECIMAL)
        return float(token.replace(" ", "").replace("\u00a0", "").replace(",", "."))
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


@cache
def _articles() -> frozenset[str]:
    return frozenset(fold(w) for w in load("numbers").get("articles", []))


@cache
def _qualifiers() -> tuple[tuple[str, str, str], ...]:
    """(phrase, folded phrase, comparator) of numbers.yaml `qualifiers`, longest first."""
    pairs = sorted(load("numbers")["qualifiers"].items(), key=lambda kv: -len(kv[0]))
    return tuple((phrase, fold(phrase), comparator) for phrase, comparator in pairs)


@cache
def _qualifiers_by_initial() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """_qualifiers() by the first character of their folded phrase (same order)."""
    out: dict[str, list] = {}
    for entry in _qualifiers():
        out.setdefault(entry[1][:1], []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _qualifier_at(folded: str, pos: int) -> tuple[str, str, int] | None:
    """A qualifier ("plus de") starting at ``pos`` of folded text: (phrase, comparator, end)."""
    for phrase, key, comparator in _qualifiers_by_initial().get(folded[pos:pos + 1], ()):
        if folded.startswith(key, pos) and (pos + len(key) == len(folded) or not folded[pos + len(key)].isalnum()
                                            or key.endswith(("'", "’"))):       # "plus d'1,2 million"
            return phrase, comparator, pos + len(key)
    return None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0\u202f\u2009":
        pos += 1
    return pos


def number_at(text: str, pos: int = 0, max_words: int = 5) -> ParsedNumber | None:
    """Read a number that starts at ``pos`` (after spaces): an optional qualifier, then digits,
    a collective noun ("une trentaine de") or number words ("trois", "dix-huit"). Only a window
    of the text at ``pos`` is read, so the cost does not depend on the text's length."""
    lead = _skip_spaces(text, pos) - pos
    if len(text) > 2 * _WINDOW and len(text) - pos > lead + _WINDOW:
        # a long text: the same reading on a bounded window (spaces before the number, then it)
        found = number_at(text[pos:pos + lead + _WINDOW], 0, max_words)
        if found is None:
            return None
        return ParsedNumber(found.value, found.start + pos, found.end + pos, found.approximate, found.comparator)
    if len(text) <= _MEMO_MAX_CHARS:
        return _number_at_memo(text, pos, max_words)
    return _number_at(text, pos, max_words)


# The passes read the number at the same place of the same line or window again (headline
# figures, then cited figures): a short text's reading is memoised (a ParsedNumber is frozen).
_MEMO_MAX_CHARS = 2 * _WINDOW + 64


def _number_at(text: str, pos: int, max_words: int) -> ParsedNumber | None:
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
    coll = _COLLECTIVE.match(folded, cursor)
    if coll and coll.group(1) in collectives:
        return ParsedNumber(float(collectives[coll.group(1)]), start, coll.end(), True, comparator or "~")
    # "Exposants : une trentaine" (a label's value: the noun is the label)
    alone = _COLLECTIVE_ALONE.match(folded, cursor) or _collective_elided().match(folded, cursor)
    if alone and alone.group(1) in collectives:
        return ParsedNumber(float(collectives[alone.group(1)]), start, alone.end(), True, comparator or "~")
    best: ParsedNumber | None = None
    expected = cursor
    taken: list[re.Match] = []
    for word in islice(WORD.finditer(text, cursor), max_words):
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


_number_at_memo = lru_cache(maxsize=8192)(_number_at)


def as_number(value: float) -> int | float:
    """An int when the value is whole, so that 450.0 is published as 450."""
    return int(value) if float(value).is_integer() else value
