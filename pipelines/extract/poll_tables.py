"""Polls laid out as a table of results: under a caption that asks the question or names the
vote ("Résultat du vote", "Quelle option préférez-vous ?"), a table whose rows each give an
option and, in the last cell, its share ("Option 1 | 2 | 11 %"), maybe under a row of column
headings ("Propositions | Votes | Pourcentage"). Read only when the shares add up to 100 (within
polls.yaml ``unlabelled_sum_tolerance``), as for options without letters. The share patterns and
that check are polls.py's too."""

from __future__ import annotations

import re

from ..document import Block, Document
from ..lexicons import fold, fold_apostrophes, load
from .numbers import parse_digits

# A share alone ("22 %", "- 22 %"): a line of shares under the options, or a table's cell.
SHARE = re.compile(r"^[ \t>*•-]*(\d{1,3}(?:[,.]\d+)?)\s*%\s*$")
# A caption is the block right before the table, or the one before a blank paragraph.
_CAPTION_REACH = 2


def share_value(token: str) -> float:
    return parse_digits(token.replace(".", ",")) or 0.0


def adds_up(shares: list[float]) -> bool:
    """Shares of options without letters must add up to about 100 to be read as a poll."""
    return abs(sum(shares) - 100.0) <= float(load("polls").get("unlabelled_sum_tolerance", 2))


def _share(cell: str) -> float | None:
    m = SHARE.match(cell.strip())
    return share_value(m.group(1)) if m else None


def _names_a_poll(caption: str) -> bool:
    """A question, or a line that holds one of polls.yaml's ``table_caption_words`` ("Résultat du
    vote", "Sondage"), singular or plural: a table of shares under "Résultats" alone may be a
    budget's breakdown."""
    if "?" in caption:
        return True
    words = _singular(caption)
    return any(re.search(rf"(?<![a-z]){re.escape(_singular(w))}(?![a-z])", words)
               for w in load("polls").get("table_caption_words") or [])


def _singular(text: str) -> str:
    """Folded, lower case, each word without its final "s" ("Résultats des votes" reads as
    "Résultat du vote" would)."""
    return re.sub(r"s\b", "", fold(fold_apostrophes(text)).lower())


def _runs(blocks: list[Block]) -> list[tuple[int, list[Block]]]:
    """Consecutive table rows: (index of the first, the rows)."""
    runs: list[tuple[int, list[Block]]] = []
    for k, block in enumerate(blocks):
        if block.kind != "table_row":
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == k:
            runs[-1][1].append(block)
        else:
            runs.append((k, [block]))
    return runs


def table_polls(doc: Document) -> list[tuple[str, int, int, int, int, list[str], list[float]]]:
    """(question, its start, its end, the poll's start, its end, option texts, shares) of each
    table of results."""
    found = []
    blocks = list(doc.blocks)
    for first, rows in _runs(blocks):
        head = rows[0] if rows and all(_share(c) is None for c in rows[0].cells) else None
        data = rows[1:] if head is not None else rows
        if len(data) < 2 or any(len(r.cells) < 2 for r in data):
            continue
        shares = [_share(r.cells[-1]) for r in data]
        labels = [" ".join(r.cells[0].split()) for r in data]
        if any(s is None for s in shares) or not all(re.search(r"[^\W\d_]", t) for t in labels):
            continue
        if not adds_up(shares):
            continue
        captions = [b for b in blocks[max(0, first - _CAPTION_REACH):first] if doc.text[b.start:b.end].strip()]
        if not captions or captions[-1].kind == "table_row":
            continue
        caption = captions[-1]
        raw = doc.text[caption.start:caption.end]
        text = " ".join(raw.split()).strip("*_# ")
        if not text or len(text) > 300 or not _names_a_poll(text):
            continue
        lead, trail = len(raw) - len(raw.lstrip(" *_#\t\n")), len(raw) - len(raw.rstrip(" *_#\t\n"))
        found.append((text, caption.start + lead, caption.end - trail, caption.start, rows[-1].end, labels, shares))
    return found
