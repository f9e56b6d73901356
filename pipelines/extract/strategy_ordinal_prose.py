"""A strategy's axes in ordinal prose: a paragraph counts the parts ("... en quatre axes"), then
goes through them one sentence each, by ordinal ("Le premier concerne A. Le deuxième porte sur B.
La troisième priorité, C, sera suivie de près."), maybe closing on "Enfin" when the count asks for
one part more. At least three ordinals, in order, in the paragraph that counts them or the next.
Each axis is the part of its sentence that names its subject: after the last subject cue of
strategy.yaml ``ordinal_subject_cues`` ("concerne", "porte sur", "un axe à"), else the words after
the ordinal up to "est un axe ..." or the sentence's end. Cue words: strategy.yaml and the
`strategy` section of ``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_text import _NUMBER_WORDS, Axis, _axis_words, _lex, _norm

# Ordinals read for the first parts: at least this many in order.
MIN_ORDINALS = 3


def _alt(words) -> str:
    return "|".join(re.escape(_norm(str(w))) for w in sorted(words, key=len, reverse=True))


def _singular_axis_words() -> str:
    return "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in _lex()["axis_words"]}, key=len, reverse=True))


def _sentences(doc: Document, block) -> list[tuple[int, int]]:
    """The sentences of a paragraph (the document model's, ``Document.sentences``) as (start, end),
    their final stop excluded."""
    return [(a, b - 1 if doc.text[b - 1] in ".!?" else b) for a, b in doc.sentences(block)]


def _subject(text: str, folded: str, start: int, end: int) -> Axis | None:
    """The part of the sentence [start, end) that names its subject."""
    cues = _alt(_lex().get("ordinal_subject_cues", [])) or "(?!)"
    pattern = re.compile(rf"(?<![\w-])(?:{cues}|(?:un|une)\s+(?:{_singular_axis_words()})s?\s+(?:a|au|aux))(?![\w-])\s*")
    found = list(pattern.finditer(folded, start, end))
    if found:
        begin = found[-1].end()
    else:
        begin = start
    stop = re.compile(rf"\s*:|,?\s+(?:est|sera|constitue)\s+(?:un|une|le|la)\s+(?:{_singular_axis_words()})s?(?![\w-])")
    cut = stop.search(folded, begin, end)
    finish = cut.start() if cut else end
    body = text[begin:finish].strip(" ,;")
    if not body:
        return None
    at = text.index(body, begin)
    return Axis(" ".join(body.split()), at, at + len(body), False)


def _ordinal_axes(doc: Document) -> list[list[Axis]]:
    """The axes of a paragraph going through counted parts by ordinal."""
    text, folded = doc.text, _norm(doc.text)
    ordinals = [_alt(forms) for forms in _lex().get("ordinal_openers", [])]
    closing = _alt(_lex().get("closing_openers", [])) or "(?!)"
    noun = rf"(?:\s+(?:{_singular_axis_words()})s?)?"
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+)?(?:{_axis_words()})(?![a-z])")
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]
    listings = []
    for k, block in enumerate(blocks):
        sentences = _sentences(doc, block)
        count, first = None, 0
        for n, (a, b) in enumerate(sentences):
            found = list(counted.finditer(folded, a, b))
            if found:
                m = found[-1]       # "les 15 actions se répartissent en 4 axes": the parts are the last count
                count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
                first = n + 1
        if count is None:
            continue
        # the ordinals follow the count, in its paragraph or the next one
        rest = sentences[first:] or (_sentences(doc, blocks[k + 1]) if k + 1 < len(blocks) else [])
        axes: list[Axis] = []
        for (a, b), ordinal in zip(rest, ordinals):
            opener = re.compile(rf"(?:le|la|l')\s*(?:{ordinal}){noun}(?![\w-])\s*,?\s*").match(folded, a, b)
            if opener is None:
                break
            axis = _subject(text, folded, opener.end(), b)
            if axis is None:
                break
            axes.append(axis)
        if len(axes) < MIN_ORDINALS or len(axes) > count:
            continue
        if len(axes) + 1 == count and len(rest) > len(axes):
            a, b = rest[len(axes)]
            opener = re.compile(rf"(?:{closing})(?![\w-])\s*,?\s*").match(folded, a, b)
            last = _subject(text, folded, opener.end(), b) if opener else None
            if last is not None:
                axes.append(last)
        listings.append(axes)
    return listings
