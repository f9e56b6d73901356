"""A web page's own numbers, for the rules of figure_exclusions.py: where a press article saved
from behind a paywall stops and the share of it left to read, a news site's chrome cues before a
number, a post's reading time, and the counters a page keeps of itself (views, likes, comments)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .figure_text import _lex, _norm


@cache
def _paywall_pattern() -> re.Pattern:
    cues = "|".join(re.escape(" ".join(_norm(c).split())) for c in _lex()["exclusions"].get("paywall_cues", []))
    return re.compile(rf"(?<![a-z])(?:{cues})(?![a-z])" if cues else r"(?!x)x")


@cache
def _site_chrome() -> re.Pattern:
    """A news site's chrome cue (claims.yaml `site_chrome_cues`) right before a number, at most a
    colon and a qualifier ("plus de", "moins d'") between."""
    cues = "|".join(re.escape(" ".join(_norm(c).split())) for c in _lex()["exclusions"].get("site_chrome_cues", []))
    return re.compile(rf"(?<![a-z])(?:{cues})[ \t\u00a0:]*(?:(?:plus|moins|pres)[ \t\u00a0]+(?:de|d')[ \t\u00a0]*)?$"
                      if cues else r"(?!x)x")


@lru_cache(maxsize=8)
def _cues_after(key: str, blanks: str) -> re.Pattern:
    """The cues of claims.yaml exclusions ``key`` right after a number, ``blanks`` before them."""
    cues = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"].get(key) or []) or r"(?!x)x"
    return re.compile(rf"[ \t\u00a0]{blanks}(?:{cues})(?![a-z])")


def _reading_time_after(folded: str, end: int) -> bool:
    """A post's reading time written after its minutes ("3 min de lecture": `reading_time_after`)."""
    return _cues_after("reading_time_after", "+").match(folded[end:end + 20]) is not None


def _share_left_to_read(folded: str, end: int) -> bool:
    """The share of a paywalled article left to read ("[70% reste à lire]": `paywall_share_after`)."""
    return _cues_after("paywall_share_after", "*").match(folded[end:end + 30]) is not None


@cache
def _reading_time_label() -> re.Pattern:
    cues = "|".join(re.escape(_norm(c)) for c in _lex()["exclusions"].get("reading_time_before") or []) or r"(?!x)x"
    return re.compile(rf"(?<![a-z])(?:{cues})$")


def _reading_time_before(folded: str, line_start: int, start: int) -> bool:
    """Whether a web page's reading-time label (claims.yaml exclusions `reading_time_before`) ends
    right before the number, on its line or at the end of the line above, only blanks, a colon or a
    list dash between ("Lecture 3 min.", "Temps de lecture" over "- 2min")."""
    before = folded[line_start:start]
    if not before.strip(" \t\u00a0-–:"):
        above = folded.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start > 0 else line_start
        before = folded[above:start]
    return _reading_time_label().search(before.rstrip(" \t\u00a0\n-–:")) is not None


@lru_cache(maxsize=4)
def _paywall_cut(folded: str) -> int | None:
    """Where a press article saved from behind a paywall stops ("… pour lire la suite, abonnez-vous"):
    what follows is the offer to subscribe and the site's chrome, not the article. Searched once
    per text (every number of the text asks)."""
    m = _paywall_pattern().search(folded)
    return m.start() if m else None


@cache
def _page_counter() -> re.Pattern:
    """A line holding only what a web page counts of itself (claims.yaml exclusions
    `page_counter_words`: "1 250 vues", "12 j'aime", "3 commentaires"), several counters side by
    side too, and the size of the file it offers ("1,2 Mo taille 8 téléchargements 310 vues", as a
    document-sharing site heads the file: `file_size_units`, `file_size_words`)."""
    ex = _lex()["exclusions"]
    words = "|".join(re.escape(_norm(w)) for w in sorted(ex.get("page_counter_words", []), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    sizes = "|".join(re.escape(_norm(w)) for w in sorted(ex.get("file_size_units", []), key=len, reverse=True)) or r"(?!x)x"
    size_words = "|".join(re.escape(_norm(w)) for w in sorted(ex.get("file_size_words", []), key=len, reverse=True)) or r"(?!x)x"
    blank, number = r"[ \t\u00a0]", r"\d[\d \u00a0.,]*"
    counter = rf"{number}{blank}*(?:{words})(?![a-z])"
    size = rf"{number}{blank}*(?:{sizes})(?![a-z])(?:{blank}*(?:{size_words})(?![a-z]))?"
    other = rf"(?:(?:{size}|{counter}){blank}*)*"
    return re.compile(rf"{blank}*{other}{counter}{blank}*{other}")


@cache
def _byline() -> re.Pattern:
    """A line opening with a byline cue (claims.yaml `byline_cues`), or with a breadcrumb's
    (`breadcrumb_cues`: the site's navigation, as short a line), after blanks or a list mark."""
    ex = _lex()["exclusions"]
    cues = "|".join(re.escape(" ".join(_norm(c).split())) for c in [*ex.get("byline_cues", []), *ex.get("breadcrumb_cues", [])])
    return re.compile(rf"[ \t\u00a0\-–—•*]*(?:{cues})(?![a-z])" if cues else r"(?!x)x")


@cache
def _counter_ending_line() -> re.Pattern:
    """A page's counter closing a short header line after a dash, a bar or a dot, as a page dates
    and counts its post ("3 juin 2021 – 1 250 vues", "Publié le ... - vu 312 fois"): the number,
    then a counter word (claims.yaml `page_counter_words`), or a lead-in
    (`page_counter_lead_ins`: "vu") and "fois"."""
    ex = _lex()["exclusions"]
    words = "|".join(re.escape(_norm(w)) for w in sorted(ex.get("page_counter_words", []), key=len, reverse=True))
    lead = "|".join(re.escape(_norm(w)) for w in sorted(ex.get("page_counter_lead_ins", []), key=len, reverse=True))
    if not words or not lead:
        return re.compile(r"(?!x)x")
    blank = r"[ \t\u00a0\u202f]"
    return re.compile(rf"[–—|·•-]{blank}*(?:(?:{lead}){blank}+(?P<a>\d[\d \u00a0.]*){blank}*fois"
                      rf"|(?P<b>\d[\d \u00a0.]*){blank}*(?:{words})){blank}*$")


def _counter_at_line_end(folded: str, line_start: int, line_end: int, number_start: int) -> bool:
    """The number at ``number_start`` is the counter ending its line (see above)."""
    m = _counter_ending_line().search(folded, max(line_start, line_end - 40), line_end)
    return bool(m) and number_start == (m.start("a") if m.group("a") else m.start("b"))

