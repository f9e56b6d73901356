"""Rules kept as data: YAML files a data officer can extend without touching code."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from .. import yamlio

LEXICON_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> dict:
    """Load ``<name>.yaml`` from this folder (cached: the files are read once per process)."""
    with open(LEXICON_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yamlio.safe_load(fh)


@cache
def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        low = c
    base = [d for d in unicodedata.normalize("NFKD", low) if not unicodedata.combining(d)]
    if len(base) == 1:
        return " " if base[0].isspace() and base[0] not in "\n\f" else base[0]
    return low


class _FoldTable(dict):
    """Code point -> folded character, filled on first use: ``str.translate`` then folds a text
    in one C loop (the extractors fold every line and sentence they read)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents and turn every space into a plain space, for matching only
    (published text keeps its accents). One character in, one character out, so an offset in
    the folded text is the same offset in the original."""
    return _fold_line(text) if len(text) <= _LINE_MAX_CHARS else _fold_text(text)


def fold_apostrophes(text: str) -> str:
    """``fold`` with typographic apostrophes (’, ʼ) made straight: the form every extractor matches
    its word lists against; one character for one, so offsets carry over."""
    if len(text) <= _LINE_MAX_CHARS:
        return _fold_apostrophes_line(text)
    return _fold_text(text).replace("’", "'").replace("ʼ", "'")


# The extractors fold the same lines many times over (once per number or name they look for in
# them), and each extractor folds the whole document once: many lines are memoised, and only the
# last few long texts, to bound the memory.
_LINE_MAX_CHARS = 2048


@lru_cache(maxsize=16384)
def _fold_line(text: str) -> str:
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=16384)
def _fold_apostrophes_line(text: str) -> str:
    return _fold_line(text).replace("’", "'").replace("ʼ", "'")


@lru_cache(maxsize=4)
def _fold_text(text: str) -> str:
    return text.translate(_FOLD_TABLE)
