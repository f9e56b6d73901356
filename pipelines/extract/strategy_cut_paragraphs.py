"""A strategy's parts announced by a count ending with a colon ("... repose sur quatre piliers :"),
then one paragraph each, with no bullets, to the end of the document: a stored excerpt often stops
there, so the paragraphs may be fewer than the count (never more, at least two). Each paragraph
opens with its part's title and goes on to explain it ("Relier les quartiers, car la ville ...",
"Une gouvernance partagée qui associe ..."): the axis is its first sentence, cut before the
explanation when the paragraph is long (strategy.yaml ``axis_explanation_openers``,
``unmarked_item_max_words``); a paragraph whose title holds a subject pronoun or a verb of a
statement (``statement_words``: "Elle poursuivra ...", "La ville a porté ...") is prose, and then
none is read. A page naming no strategy is named by the counted phrase itself
("quatre piliers numériques")."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import count_value, Axis, Strategy, _axis_words, _lex, _norm, _section_label, number_alternation


# a line numbered as an outline's or a list's ("I. ", "2) ", "- "): not a paragraph of its own
_NUMBERED = re.compile(r"(?:[IVXivx]{1,4}|\d{1,2}|[A-Ha-h])\s*[.)°–—-]\s|[-–—•*▪►]\s")


def _counted_cue() -> re.Pattern:
    return re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                      rf"(?:{_axis_words()})(?![a-z])[^\n.!?]{{0,120}}:\s*$")


def _head(body: str) -> str:
    """The title a paragraph opens with: its first sentence, cut before its explanation when the
    paragraph is longer than a title."""
    first = re.split(r"(?<=[.!?;])\s+(?=[A-ZÀ-ÝŒÆ«\"“])", body, maxsplit=1)[0].rstrip(" .;,")
    if len(body.split()) <= int(_lex().get("unmarked_item_max_words", 15)):
        return first
    openers = [o for o in _lex().get("axis_explanation_openers", [])]
    cuts = []
    for opener in openers:
        m = re.search(rf"\s*{re.escape(opener).replace(chr(39), '[’' + chr(39) + ']')}(?![\w])", first)
        if m and len(first[:m.start()].split()) >= 2:
            cuts.append(m.start())
    return first[:min(cuts)].rstrip(" ,") if cuts else first


def _paragraphs_to_end(doc: Document) -> list[list[Axis]]:
    """The paragraphs after a paragraph ending on a counted announcement and a colon, when they
    run to the end of the document and number at least two and at most the count."""
    text, blocks = doc.text, doc.blocks
    cue = _counted_cue()
    words = "|".join(re.escape(_norm(w).lower()) for w in _lex().get("statement_words", [])) or "(?!)"
    statement = re.compile(rf"(?<![\w'])(?:{words})(?![\w'])")
    for k, block in enumerate(blocks[:-1]):
        if block.kind != "paragraph":
            continue
        m = cue.search(_norm(text[block.start:block.end].rstrip()))
        if m is None:
            continue
        count = count_value(m.group(1))
        run = blocks[k + 1:]
        if any(b.kind != "paragraph" for b in run):
            return []
        # each line a paragraph: a plain-text export may join short lines into one block
        lines = [(b.start + n.start(), n.group(0)) for b in run
                 for n in re.finditer(r"[^\n]*\S[^\n]*", text[b.start:b.end])]
        if not 2 <= len(lines) <= count:
            return []
        items = []
        for at, line in lines:
            raw = line.strip()
            if not raw[:1].isupper() or _NUMBERED.match(raw) or _section_label().match(_norm(raw)) or "...." in raw:
                return []       # a sentence going on, a numbered, labelled or contents line: read elsewhere
            start = at + len(line) - len(line.lstrip())
            head = _head(" ".join(raw.split()))
            if len(head.split()) < 2:
                return []
            if statement.search(_norm(head).lower()):
                return []       # "Elle poursuivra ...", "La ville a porté ...": prose, not titled parts
            end = start + len(raw)
            for n in range(len(raw)):
                if len(" ".join(raw[:n + 1].split())) >= len(head):
                    end = start + n + 1
                    break
            items.append(Axis(head, start, end, True))
        return [items]
    return []


def _counted_phrase(doc: Document, pos: int) -> Strategy | None:
    """The count and its axis word, with the adjective after it, in the paragraph announcing the
    parts at ``pos`` ("... les six ambitions numériques sont :"): the strategy's name."""
    before = [b for b in doc.blocks if b.end <= pos]
    if not before:
        return None
    block = before[-1]
    raw = doc.text[block.start:block.end]
    m = None
    for m in re.finditer(rf"(?<![\w])(?:\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z])(?:\s+(?!(?:sont|est|de|du|des|pour|qui)(?![\w]))[^\W\d_]+)?", _norm(raw)):
        pass
    if m is None:
        return None
    name = " ".join(raw[m.start():m.end()].split())
    return Strategy(name[:1].upper() + name[1:], None, None, block.start + m.start(), block.start + m.end())
