"""What the strategy passes share (strategy.py, strategy_sections.py): a strategy and its axes as
found, the strategy lexicon (``lexicons/claims.yaml``, section ``strategy``, and ``lexicons/strategy.yaml``) and its word lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import fold_apostrophes, load
from .numbers import parse_words

# A strategy counts its parts in words up to "seize" ("douze orientations"): numbers.yaml's
# `number_words` up to that value, read by text2num (numbers.parse_words).
_MAX_PARTS_IN_WORDS = 16


@lru_cache(maxsize=None)
def number_words() -> dict[str, int]:
    """The words a strategy counts its parts with, word -> value; read on first use."""
    return {str(w): int(v) for w in load("numbers")["number_words"]
            if (v := parse_words(str(w))) is not None and 2 <= v <= _MAX_PARTS_IN_WORDS}


@lru_cache(maxsize=None)
def number_alternation() -> str:
    """``number_words`` as a regular-expression alternation ("deux|trois|...")."""
    return "|".join(number_words())


def count_value(token: str) -> int:
    """The number of parts a count gives, in figures or in words ("12", "douze")."""
    return int(token) if token.isdigit() else number_words()[token]


_norm = fold_apostrophes


def _lex() -> dict:
    """The strategy lexicon: the `strategy` section of claims.yaml, and strategy.yaml's keys
    (``more_names`` adds to claims.yaml's ``names``, ``more_axis_words`` to its ``axis_words``)."""
    lex = {**load("claims")["strategy"], **load("strategy")}
    return {**lex, "names": list(lex["names"]) + list(lex.get("more_names", [])),
            "axis_words": list(lex["axis_words"]) + list(lex.get("more_axis_words", []))}


@dataclass
class Strategy:
    name: str
    period_start: int | None
    period_end: int | None
    start: int
    end: int


@dataclass
class Axis:
    text: str       # as written, whitespace collapsed
    start: int
    end: int
    listed: bool    # from a list (True) or an inline enumeration (False)


def _axis_words(key: str = "axis_words") -> str:
    return "|".join(re.escape(_norm(w)) for w in sorted(_lex()[key], key=len, reverse=True))


def _strategy_words() -> str:
    return "|".join(re.escape(_norm(n)) for n in sorted(_lex()["names"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _section_label() -> re.Pattern:
    """A section's label and number before its title ("Axe 2 – ", "Orientation stratégique n°3 : ",
    "Priorité II. "): a structure word or a label that numbers parts, maybe qualified, then a
    number in digits, Roman numerals or a capital letter, then a separator."""
    labels = "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in [*_lex()["structure_words"],
                              *_lex().get("qualified_section_labels", [])]}, key=len, reverse=True))
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])},
                                 key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ \t]*(?:{labels})s?(?:\s+(?:{qualifiers}))?\s*(?:n°\s*)?(?:\d{{1,2}}|[ivx]{{1,4}}|[a-h])"
                      rf"\s*[:.–—-]\s+(?=\S)", re.IGNORECASE)


def _axis_key(text: str) -> str:
    """The words an axis is compared by: without case, accents, articles and punctuation, and
    without its section's label ("Orientation 2 : Relier les quartiers" and "Relier les quartiers",
    listed once labelled and once as a heading, are one axis)."""
    stop = {_norm(w) for w in _lex().get("comparison_stopwords", [])}
    folded = _norm(text)
    label = _section_label().match(folded)
    if label:
        folded = folded[label.end():]
    words = re.findall(r"[a-z0-9]+", folded.replace("'", "' "))
    return " ".join(w for w in words if w not in stop and w + "'" not in stop)


def _opens_with_infinitive(text: str) -> bool:
    """Whether ``text`` opens with a capitalised verb in the infinitive, pronominal or not
    ("Planter des haies", "S'entourer des associations"): a word with an ending of
    ``infinitive_endings`` that is not one of ``not_infinitives`` (nouns, determiners)."""
    m = re.match(r"(?:S['’]([a-zà-ÿœæ]+)|Se\s+([a-zà-ÿœæ]+)|([A-ZÀ-ÝŒÆ][a-zà-ÿœæ]+))(?![\w'’-])", text.strip())
    if m is None:
        return False
    word = _norm(m.group(1) or m.group(2) or m.group(3))
    endings = tuple(_norm(e) for e in _lex().get("infinitive_endings", []))
    stop = {_norm(w) for w in _lex().get("not_infinitives", [])}
    return len(word) > 3 and word.endswith(endings) and word not in stop


# A bullet glyph a PDF export wrote as a letter or a sign ("f", "q", "§", "Ø", "▪") between a
# heading and the items run into its line: "2e pilier – Se déplacer f Créer des pistes f Relier ...".
_INLINE_BULLET = re.compile(r"\s(?:[fqvnü§Ø▪■►❖\uf0a7\uf0b7\uf0d8])\s+(?=[A-ZÀ-ÝŒÆ])")


def _before_inline_bullets(title: str) -> str:
    """A section title without the bulleted items a PDF export ran into its line (two bullet
    glyphs at least; one lone letter may be a word)."""
    cuts = list(_INLINE_BULLET.finditer(title))
    return title[:cuts[0].start()] if len(cuts) >= 2 else title
