"""Headings a plain text shows by its layout alone, without underlining them: a short line standing
alone between blank lines, without a sentence's final punctuation, that a paragraph of sentences or
a list follows ("Le projet de quartier" then a paragraph), and a numbered part of the document
("II - Les usages", "Axe 2 : Former les agents") or a title in capitals ("LA CHARTE DES JARDINS
PARTAGÉS") standing alone. Conservative: a list item, a table row, a key-value line ("Lieu : salle B"), a time
slot, a date, a line that ends with a colon (it introduces what follows) or on an article, a line of
capitalised words only (a person's or an organisation's name above their words), a line repeated
with only its number changed (a running header or footer) stay what they were; and a text that
sets off only one such line shows no headings (a lone short line is as often a caption, a byline or
a pull quote). A page's first line (after a form feed) standing alone above the page's lines is its
title even when no paragraph of sentences follows (a slide deck exported page by page), and a part
numbered by its label and "n°" ("Mesure n°4 : ...") is one whatever its label, its title allowed a
longer line than a plain heading. The document's first line, its title, becomes the top heading when headings are
found below it: the passes read a text's first line as its title only when it has no headings."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .model import Block

# A candidate heading: at most this many characters and words.
MAX_CHARS, MAX_WORDS = 90, 12
# A numbered part ("Axe 2 : ..."): its number marks it, and its title may be a longer line.
MAX_PART_CHARS, MAX_PART_WORDS = 160, 24
# The paragraph under a plain heading: at least this many characters, and this many times the heading.
MIN_BODY_CHARS, MIN_BODY_RATIO = 80, 2
# The layout shows headings when it sets off at least this many lines as headings.
MIN_HEADINGS = 2

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*[\n\f]|\f")
_END_PUNCTUATION = (".", ",", ";", ":", "!", "?", "…", ")", "]", "»", '"', "-", "–", "/", "+", "&")
_TIME = re.compile(r"\b\d{1,2}\s*[hH]\s*\d{0,2}\b|\b\d{1,2}[:.]\d{2}\b")
_MONTHS = ("janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre")
_DATE = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b", re.IGNORECASE)
# A label and its number alone on a line ("Atelier 2", "TABLE RONDE N°3"), over the title of what
# it numbers.
_NUMBERED_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+(?:n°\s*)?(?:\d{1,2}|[IVX]{1,4})",
                             re.IGNORECASE)
# A part numbered by its label and "n°", whatever the label ("Mesure n°4 : Planter des haies").
_NUMERO_PART = re.compile(r"[A-ZÀ-ÞŒÆ][\w'’-]+\s+n°\s*\d{1,2}\s*[-–:]\s*(?=\S)")
_ROMAN_PART = re.compile(r"(?:[IVX]{1,4})\s*(?:[.)°]|\s[-–:])\s*(?=[A-ZÀ-ÞŒÆa-zà-ÿœæ«\"'’])")


@cache
def _layout() -> dict:
    from ..lexicons import load
    return load("layout")


@cache
def _part_word() -> re.Pattern:
    words = "|".join(re.escape(w) for w in _layout()["part_words"])
    return re.compile(rf"(?:{words})\s+(?:\d{{1,2}}|[IVX]{{1,4}})\s*(?:[.)°]|\s*[-–:])\s*(?=\S)", re.IGNORECASE)


def _capitals(body: str) -> bool:
    letters = [c for c in body if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _numbered_part(body: str) -> bool:
    numero = _NUMERO_PART.match(body)
    if numero and body.split()[0].lower() in _layout()["title_function_words"]:
        numero = None       # "Le n°3 : ..." refers to a number, it labels no part
    return bool(_ROMAN_PART.match(body) or numero or _part_word().match(body))


def _candidate(body: str) -> int | None:
    """The level of ``body`` as a heading by its own words (1: a numbered part or a title in
    capitals, 2: a plain short line), or None when it cannot be one."""
    words = body.split()
    if body.endswith(_END_PUNCTUATION) or _TIME.search(body) or _DATE.search(body):
        return None
    if _numbered_part(body) and len(words) <= MAX_PART_WORDS and len(body) <= MAX_PART_CHARS:
        return 1            # a numbered part's title may run longer than a plain heading
    if not 1 <= len(words) <= MAX_WORDS or len(body) > MAX_CHARS or not re.match(r"[A-ZÀ-ÞŒÆ0-9«\"]", body):
        return None
    if _numbered_part(body):
        return 1
    last = re.split(r"[\s'’]+", body.lower())[-1]
    if last in _layout()["title_function_words"]:
        return None         # a line that stops on an article or a preposition ("Mis en ligne par le")
    if ":" in body or "|" in body or "\t" in body or re.match(r"\d", body):
        return None
    if _capitals(body):
        function_words = set(_layout()["title_function_words"])
        tokens = [t.lower() for t in re.split(r"[\s'’]+", body) if t]
        return 1 if function_words & set(tokens[1:-1]) else None
    # a plain line holds a word in lower case (a name line is capitalised words only)
    if not any(re.fullmatch(r"[a-zà-ÿœæ][a-zà-ÿœæ'’-]{3,}", w) for w in words[1:]):
        return None
    return 2


def _paragraph_below(text: str, block: Block, heading_chars: int) -> bool:
    """Is ``block`` the body a plain heading stands above: a paragraph of sentences, longer
    than the heading, opening with a capital?"""
    if block.kind != "paragraph":
        return False
    body = text[block.start:block.end].strip()
    return (len(body) >= max(MIN_BODY_CHARS, MIN_BODY_RATIO * heading_chars)
            and bool(re.match(r"[A-ZÀ-ÞŒÆ«\"]", body))
            and (body.endswith((".", "!", "?", "…", "»", ":")) or ". " in body))


def infer_headings(text: str, blocks: list[Block]) -> list[Block]:
    """``blocks`` with the one-line paragraphs the layout shows as headings made heading blocks."""
    out = list(blocks)
    for k, block in enumerate(blocks):
        if k == 0 or block.kind != "paragraph":
            continue
        body = text[block.start:block.end]
        if "\n" in body or not _BLANK_LINE.search(text[blocks[k - 1].end:block.start]):
            continue
        if k + 1 >= len(blocks) or not _BLANK_LINE.search(text[block.end:blocks[k + 1].start]):
            continue
        level = _candidate(body.strip())
        top = _page_top(text, blocks[k - 1].end, block.start)
        above = text[blocks[k - 1].start:blocks[k - 1].end].split("\n")[-1].strip()
        if level is None or _NUMBERED_LABEL.fullmatch(above):
            continue            # a title under its numbered label ("Atelier 2"): the passes read the two as one
        below = blocks[k + 1]
        if top and level is not None and below.page == block.page and below.kind in ("paragraph", "list_item"):
            level = 1
        elif level == 2 and below.kind != "list_item" and not _paragraph_below(text, below, len(body.strip())):
            continue
        if level == 1 and below.kind not in ("paragraph", "list_item"):
            continue
        out[k] = Block("heading", block.start, block.end, block.page, level=level)
    found = [k for k, (a, b) in enumerate(zip(out, blocks)) if a is not b]
    # a line repeated with only its number changed is a running header or footer ("Bulletin de Valbrune 7")
    repeated = Counter(_unnumbered(text[blocks[k].start:blocks[k].end]) for k, b in enumerate(blocks)
                       if b.kind == "paragraph")
    for k in found:
        if repeated[_unnumbered(text[blocks[k].start:blocks[k].end])] > 1:
            out[k] = blocks[k]
    if sum(1 for a, b in zip(out, blocks) if a is not b) < MIN_HEADINGS:
        return list(blocks)     # one lone short line is as often a caption, a byline or a quote
    first = blocks[0] if blocks else None
    if out != blocks and first.kind == "paragraph" and "\n" not in text[first.start:first.end] \
            and _title(text[first.start:first.end].strip()):
        # the first line, a title, heads the document above the headings found below it
        out[0] = Block("heading", first.start, first.end, first.page, level=1)
    return out


def _page_top(text: str, before: int, start: int) -> bool:
    """Does the line at ``start`` open a page: a page break between the block before and it?"""
    return "\f" in text[before:start]


def _unnumbered(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line).split()).lower()


def _title(body: str) -> bool:
    """A first line that reads as a title: short, opening with a capital or a digit, not ending
    a sentence or a clause."""
    return (len(body.split()) <= 14 and bool(re.match(r"[A-ZÀ-ÖØ-ÞŒÆ0-9«\"]", body))
            and not body.endswith((".", ",", ";", ":", "!")))
