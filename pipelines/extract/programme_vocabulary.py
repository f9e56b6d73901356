"""The vocabulary of programmes (``lexicons/programme.yaml``) and the word tests every programme
pass shares: session words, content words of a title, role words, organisation words."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold_apostrophes, load
from .names import normalise


_UP = "A-ZÀ-ÖØ-ÞŒÆ"


@cache
def _lex() -> dict:
    return load("programme")


_f = fold_apostrophes


@cache
def _type_terms() -> tuple[tuple[str, str], ...]:
    pairs = {(_f(str(t)), kind) for kind, terms in _lex()["session_types"].items() for t in terms}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p[0])))


@cache
def type_alternation() -> str:
    """The session words of ``_type_terms`` as one regular-expression alternation (folded text,
    the longest first): "table ronde|atelier|..."."""
    return "|".join(re.escape(t) for t, _ in _type_terms())


@cache
def _folded_list(key: str) -> tuple[str, ...]:
    return tuple(sorted({_f(str(w)) for w in _lex()[key]}, key=len, reverse=True))


@cache
def _normalised_set(key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in _lex()[key])


@cache
def _type_prefixes() -> tuple[str, ...]:
    return tuple(term for term, _ in _type_terms())


def _type_at(folded: str, pos: int) -> tuple[str, int] | None:
    if not folded.startswith(_type_prefixes(), pos):
        return None     # no session word starts there (one C call instead of one per term)
    for term, kind in _type_terms():
        if folded.startswith(term, pos):
            end = pos + len(term)
            if end == len(folded) or not folded[end].isalnum():
                return kind, end
    return None


def _words(text: str) -> list[str]:
    """Content words of a title, in order (for identity and identifiers)."""
    stop = _normalised_set("title_stopwords")
    return [w for w in normalise(text).split() if w not in stop and len(w) > 1 and not w.isdigit()]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _words(text))


def _singular(word: str) -> str:
    """"directeurs" -> "directeur", "régionaux" -> "régional" (normalised words)."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word


def _is_role_word(word: str) -> bool:
    """A role word, singular or plural ("directrice", "directeurs")."""
    n = normalise(word)
    roles = _normalised_set("role_words")
    return n in roles or _singular(n) in roles


def _is_plural_role(word: str) -> bool:
    """A role word in the plural ("directeurs"): it opens a phrase about several people."""
    n = normalise(word)
    roles = _normalised_set("role_words")
    return n not in roles and _singular(n) in roles


@cache
def _role_prefixes() -> tuple[frozenset[str], int]:
    """The role words and phrases, normalised, and the most words one of them has."""
    roles = _normalised_set("role_words")
    return roles, max(len(r.split()) for r in roles)


def _starts_with_role(text: str) -> bool:
    """Does the text open with a role word or phrase ("Directrice", "directeur général de X")?"""
    words = normalise(text).split()
    if not words:
        return False
    roles, longest = _role_prefixes()
    return any(" ".join(words[:k]) in roles for k in range(1, min(longest, len(words)) + 1)) or _is_role_word(words[0])


def _has_org_word(text: str) -> bool:
    return any(w in _normalised_set("organization_words") for w in normalise(text).split())


def _acronym(word: str) -> bool:
    return bool(re.fullmatch(rf"[{_UP}][{_UP}0-9&]+", word)) and not _is_role_word(word)
