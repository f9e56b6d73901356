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
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation

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
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?(?:{_axis_words()})(?![a-z])")
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]
    listings = []
    for k, block in enumerate(blocks):
        sentences = _sentences(doc, block)
        count, first = None, 0
        for n, (a, b) in enumerate(sentences):
            found = list(counted.finditer(folded, a, b))
            if found:
                m = found[-1]       # "les 15 actions se répartissent en 4 axes": the parts are the last count
                count = count_value(m.group(1))
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


# A copula and its fillers before the part a sentence names ("Le premier axe est d'abord de planter
# ...", "Le deuxième axe sera celui des mobilités douces"): dropped before the axis.
_COPULA = re.compile(r"(?:est|sera|reste|demeure|restera)\s+(?:(?:donc|bien|ainsi|d'abord|aussi|ensuite|enfin)\s+)*"
                     r"(?:(?:celle|celui|celles|ceux)\s+(?:de\s+|d'|du\s+|des\s+)|de\s+(?=[a-z])|d'(?=[a-z]))?")


def _named_ordinal_axes(doc: Document) -> list[list[Axis]]:
    """A strategy's parts gone through by ordinal and axis word with no count before them, one
    sentence each, each opening the sentence ("Le premier axe est de planter ... Le deuxième
    axe porte sur ... Le troisième axe sera celui des ..."): the same axis word
    after ordinals first, second, third... in order, each within the paragraph after the previous
    one's, at least ``named_ordinals_min``. Each axis: after the subject cue, else after the
    copula ("est donc de"), up to a colon, a semicolon or a comma."""
    text, folded = doc.text, _norm(doc.text)
    ordinals = [_alt(forms) for forms in _lex().get("ordinal_openers", [])]
    words = _singular_axis_words()
    cues = _alt(_lex().get("ordinal_subject_cues", [])) or "(?!)"
    qualifiers = _alt(_lex().get("section_qualifiers", [])) or "(?!)"
    openers = []                        # (paragraph index, ordinal index, axis word, sentence end, opener end)
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    patterns = [re.compile(rf"(?:le|la|l')\s*(?:{ordinal})\s+({words})s?(?:\s+(?:{qualifiers}))?(?![\w-])\s*,?\s*")
                for ordinal in ordinals]
    for k, block in enumerate(paragraphs):
        for a, b in _sentences(doc, block):
            for n, pattern in enumerate(patterns):
                m = pattern.match(folded, a, b)
                if m:
                    openers.append((k, n, m.group(1), b, m.end()))
                    break
    listings, run = [], []
    for k, n, word, b, begin in openers + [(-1, -1, "", 0, 0)]:
        if run and n == run[-1][1] + 1 and word == run[-1][2] and k - run[-1][0] <= 1:
            run.append((k, n, word, b, begin))
            continue
        if len(run) >= int(_lex().get("named_ordinals_min", 3)):
            axes = [_named_subject(text, folded, begin_, b_, cues) for _, _, _, b_, begin_ in run]
            if all(axes):
                listings.append(axes)
        run = [(k, n, word, b, begin)] if n == 0 else []
    return listings


def _named_subject(text: str, folded: str, begin: int, end: int, cues: str) -> Axis | None:
    cue = re.compile(rf"(?:{cues})(?![\w-])\s*").match(folded, begin, end)
    copula = None if cue else _COPULA.match(folded, begin, end)
    begin = cue.end() if cue else copula.end() if copula else begin
    cut = re.compile(r"\s*[:;,]").search(folded, begin, end)
    body = text[begin:cut.start() if cut else end].strip()
    if not body:
        return None
    return Axis(" ".join(body.split()), begin, begin + len(body), False)
