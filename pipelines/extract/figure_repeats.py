"""One claim said several times: a pull quote repeating a sentence of the body, or the same figure
of the same thing said again in the same session, is one group (one row)."""

from __future__ import annotations

import re
from itertools import islice

from ..document import Document
from .figure_text import MAX_COMPARED, Mention, _norm, _norm_document


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9%€]+", _norm(text)) if len(w) >= 3 or w.isdigit() or w in "%€"]


_CONTENT_WORD = re.compile(r"[a-z0-9%€]+")


class _Words:
    """The content words of a document's spans (sentences, paragraphs), read from the folded text
    without copying it; each span read once."""

    def __init__(self, text: str):
        self.folded = _norm_document(text)
        self.sets: dict[tuple[int, int], frozenset[str]] = {}
        self.counts: dict[tuple[int, int], int] = {}
        self.alone_by_mention: dict[int, bool] = {}

    def _words(self, span: tuple[int, int]) -> list[str]:
        return [w for w in _CONTENT_WORD.findall(self.folded, span[0], span[1])
                if len(w) >= 3 or w.isdigit() or w in "%€"]

    def list(self, span: tuple[int, int]) -> list[str]:
        """The words of a sentence (a bounded span)."""
        return self._words(span)

    def count(self, span: tuple[int, int]) -> int:
        if span not in self.counts:
            self.counts[span] = len(self._words(span))
        return self.counts[span]

    def set(self, span: tuple[int, int]) -> frozenset[str]:
        """The words of a paragraph; the last few paragraphs read are kept (bounded memory)."""
        if span not in self.sets:
            if len(self.sets) >= 256:
                self.sets.clear()
            self.sets[span] = frozenset(self._words(span))
        return self.sets[span]

    def alone(self, m: Mention) -> bool:
        """The mention's paragraph holds nothing but its sentence (what a pull quote looks like):
        at most two words more than the sentence. When the sentence's ends fall between words,
        only the words around it are counted, up to three."""
        if id(m) not in self.alone_by_mention:
            (ps, pe), (ss, se) = m.paragraph, m.sentence
            if not self._has_word(ss, se):
                alone = False
            elif self._between_words(ss, ps) and self._between_words(se, pe):
                outside = self._count_upto(ps, ss, 3)
                alone = outside + self._count_upto(se, pe, 3 - outside) <= 2
            else:
                alone = sum(1 for _ in islice(self._iter(ps, pe), self.count(m.sentence) + 3)) <= self.count(m.sentence) + 2
            self.alone_by_mention[id(m)] = alone
        return self.alone_by_mention[id(m)]

    def _iter(self, lo: int, hi: int):
        for w in _CONTENT_WORD.finditer(self.folded, lo, hi):
            word = w.group(0)
            if len(word) >= 3 or word.isdigit() or word in "%€":
                yield word

    def _has_word(self, lo: int, hi: int) -> bool:
        return next(self._iter(lo, hi), None) is not None

    def _count_upto(self, lo: int, hi: int, limit: int) -> int:
        return sum(1 for _ in islice(self._iter(lo, hi), limit)) if limit > 0 else 0

    def _between_words(self, pos: int, edge: int) -> bool:
        """``pos`` is the paragraph's edge, or does not cut a word in two."""
        f = self.folded
        return pos == edge or not (_CONTENT_WORD.match(f, pos - 1, pos) and _CONTENT_WORD.match(f, pos, pos + 1))


def _is_pull_quote_of(doc: Document, a: Mention, b: Mention, words: _Words | None = None) -> bool:
    """``a`` is a pull quote repeating ``b``: a's paragraph (pull quotes are set apart by blank
    lines) holds nothing but its sentence, at least 70 % of its words are in b's paragraph, and
    b's paragraph is the longer one (the body)."""
    words = words or _Words(doc.text)
    if (b.paragraph[1] - b.paragraph[0]) <= (a.paragraph[1] - a.paragraph[0]) or not words.alone(a):
        return False
    block_words = words.list(a.sentence)
    target = words.set(b.paragraph)
    covered = sum(1 for w in block_words if w in target) / len(block_words)
    return covered >= 0.7


def _measure_key(m: Mention) -> str:
    return " ".join(re.findall(r"[a-z0-9%€]+", _norm(m.measure)))


def _group(doc: Document, mentions: list[Mention], session_of) -> list[list[Mention]]:
    from .attribution import _quotation_around
    """The mentions grouped by claim: a repeat (a pull quote of it, or the same value of the same
    measure in another sentence of the same session) joins the first claim it repeats. A figure
    is compared with the first MAX_COMPARED claims of its value, unit and session, and with the
    first MAX_COMPARED occurrences of each (a real document has a handful)."""
    words = _Words(doc.text)
    groups: list[list[Mention]] = []
    by_value: dict[tuple, list[int]] = {}
    sentences: list[set[tuple[int, int]]] = []
    measures: list[set[str]] = []
    with_alone: list[bool] = []        # a group whose first occurrences hold a possible pull quote
    def pull(a: Mention, b: Mention) -> bool:
        longer = (b.paragraph[1] - b.paragraph[0]) > (a.paragraph[1] - a.paragraph[0])
        return longer and words.alone(a) and _is_pull_quote_of(doc, a, b, words)

    inside: dict[int, bool] = {}

    def quoted(m: Mention) -> bool:
        if id(m) not in inside:
            inside[id(m)] = _quotation_around(doc.text, m.q.number_start, m.paragraph) is not None
        return inside[id(m)]

    for m in mentions:
        key = (m.q.value, m.q.value_max, m.q.unit, session_of(m))
        measure = _measure_key(m)
        unit_only = measure in ("", _norm(m.q.unit_text).strip())
        placed = False
        # two votes with the same count are two decisions ("17 votes pour" after each item)
        for gi in ([] if m.vote else by_value.get(key, [])[:MAX_COMPARED]):
            g = groups[gi]
            if m.sentence in sentences[gi]:
                continue
            # the figure said again inside a quotation, after the reporter gave it (or the other
            # way round), is the quoted person's own claim: a row of its own, with its speaker
            same_thing = not unit_only and measure in measures[gi] and quoted(m) == quoted(g[0])
            # a title restating a figure of the body ("Les 40 ans du club" over "... fête les 40 ans
            # de l'association"): the title's words differ, its figure is the body's claim
            title_repeat = len(g) == 1 and _in_title_line(doc.text, g[0]) and not _in_title_line(doc.text, m)
            if same_thing or title_repeat or _same_sentence_again(words, m, g[0]) or ((words.alone(m) or with_alone[gi])
                              and any(pull(m, o) or pull(o, m) for o in g[:MAX_COMPARED])):
                g.append(m)
                sentences[gi].add(m.sentence)
                measures[gi].add(measure)
                with_alone[gi] = with_alone[gi] or (len(g) <= MAX_COMPARED and words.alone(m))
                placed = True
                break
        if not placed:
            by_value.setdefault(key, []).append(len(groups))
            groups.append([m])
            sentences.append({m.sentence})
            measures.append({measure})
            with_alone.append(words.alone(m))
    for g in groups:
        for i, m in enumerate(g):
            m.pull_quote = any(pull(m, o) for j, o in enumerate(g[:MAX_COMPARED]) if j != i) \
                or (len(g) > 1 and _in_title_line(doc.text, m))
    return groups


# A sentence said again word for word (a page whose text holds its article twice, a summary that
# copies a sentence of the body) states one claim; a short line ("30 minutes", "2 étoiles") may
# stand for different things in different places, so only a sentence of this many words or more.
SAME_SENTENCE_MIN_WORDS = 6


def _same_sentence_again(words: _Words, m: Mention, first: Mention) -> bool:
    """``m`` stands in a sentence whose words are those of ``first``'s sentence, in the same order,
    and at the same place in it."""
    if words.count(m.sentence) < SAME_SENTENCE_MIN_WORDS or words.count(m.sentence) != words.count(first.sentence):
        return False
    if m.q.number_start - m.sentence[0] != first.q.number_start - first.sentence[0] \
            and words.list((m.sentence[0], m.q.number_start)) != words.list((first.sentence[0], first.q.number_start)):
        return False
    return words.list(m.sentence) == words.list(first.sentence)


def _in_title_line(text: str, m: Mention) -> bool:
    """The mention is on the document's first line, a title (no sentence's full stop ends it): a
    figure the body says again is quoted from the body, as from a pull quote."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    line = text[:first_end].strip()
    return m.q.number_start < first_end and bool(line) and not line.endswith((".", "!", "?", "…"))
