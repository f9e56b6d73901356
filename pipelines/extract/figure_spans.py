"""The text spans of a cited figure: its paragraph (joined across the blocks a layout cut apart),
its sentence (a clause when the sentence is very long), and the short quotations that are titles
rather than reported speech."""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..document import Document
from ..document.sentences import sentence_around
from .figure_text import (_ENDS_SENTENCE, _LABEL_WORD, _STARTS_LOWER, JOIN_STEPS, MAX_QUOTE,
                          PARAGRAPH_REACH, SENTENCE_REACH, SHORT_SENTENCE_WORDS, _lex, _norm)
from .quantities import quantity_at
from .speech_cues import according_to, incise_verb


class _Paragraphs:
    """The paragraphs of a document as its reader found them (``Document.paragraphs``: its blocks,
    a list or a table counting as one; text no block holds, between blank lines): the one around
    a position by bisection, cut to PARAGRAPH_REACH characters on each side, and its neighbours."""

    def __init__(self, doc: Document):
        spans = doc.paragraphs()
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self._by_start = {a: k for k, a in enumerate(self.starts)}
        self._by_end = {b: k for k, b in enumerate(self.ends)}

    def span(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        """The paragraph holding ``pos`` (or ending at it), within [lo, hi) (between two paragraphs:
        the gap)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos <= self.ends[i]:
            return max(self.starts[i], lo), min(self.ends[i], hi)
        start = self.ends[i] if i >= 0 else lo
        end = self.starts[i + 1] if i + 1 < len(self.starts) else hi
        return max(start, lo), min(end, hi)

    def around(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        start, end = self.span(pos, lo, hi)
        return max(start, pos - PARAGRAPH_REACH), min(end, pos + PARAGRAPH_REACH)

    def joined(self, text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
        """The paragraph around ``pos``, joined to its neighbours where the layout cut a sentence
        or a label from its figure (a PDF's cards and columns, a web page's blocks): a block that
        ends without a sentence's punctuation continues in the next one when that one starts in
        lower case ("4 800 élèves inscrits" / "et accueillis en juin."); a block that holds no
        word, only figures and units ("450 000 €" / "/ 2 %"), takes the line before it, its
        label. At most JOIN_STEPS blocks each way, within PARAGRAPH_REACH of the figure."""
        start, end = self.around(pos, lo, hi)
        for _ in range(JOIN_STEPS):
            nxt = self._next(end, hi)
            if nxt is None or _ENDS_SENTENCE.search(text, max(start, end - 3), end) \
                    or not _STARTS_LOWER.match(text, nxt[0]) or nxt[1] - pos > PARAGRAPH_REACH:
                break
            end = nxt[1]
        for _ in range(JOIN_STEPS):
            prev = self._previous(start, lo)
            if prev is None or pos - prev[0] > PARAGRAPH_REACH:
                break
            wordless = not _LABEL_WORD.search(text, start, end)
            cut = _STARTS_LOWER.match(text, start) and not _ENDS_SENTENCE.search(text, max(prev[0], prev[1] - 3), prev[1])
            if not (wordless or cut):
                break
            if wordless:
                # the label: the last line of the block before (a PDF's block or a plain text's
                # paragraph keeps its layout lines, which the reader could not tell apart)
                line = text.rfind("\n", prev[0], prev[1]) + 1 or prev[0]
                start = max(line, prev[0])
                break
            start = prev[0]
        return start, end

    def _next(self, end: int, hi: int) -> tuple[int, int] | None:
        """The paragraph after the one that ends at ``end``, within ``hi``."""
        k = self._by_end.get(end)
        if k is None or k + 1 >= len(self.starts) or self.starts[k + 1] >= hi:
            return None
        return self.starts[k + 1], min(self.ends[k + 1], hi)

    def _previous(self, start: int, lo: int) -> tuple[int, int] | None:
        """The paragraph before the one that starts at ``start``, from ``lo`` on."""
        k = self._by_start.get(start)
        if k is None or k == 0 or self.ends[k - 1] <= lo:
            return None
        return max(self.starts[k - 1], lo), self.ends[k - 1]


class _Spans:
    """Positions inside any of a list of [start, end) spans, answered by bisection."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            elif a < b:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _sentence_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding text[start:end], inside the paragraph [lo, hi) (document/sentences.py).
    Looked for within SENTENCE_REACH characters of the figure; a sentence longer than MAX_QUOTE is
    cut to its clauses around the figure, and what is still too long to MAX_QUOTE characters of
    words."""
    lo, hi = max(lo, start - SENTENCE_REACH), min(hi, end + SENTENCE_REACH)
    s, e = sentence_around(text, start, end, lo, hi)
    if e - s > MAX_QUOTE:
        s, e = _clause_span(text, start, end, s, e)
    if e - s > 2 * MAX_QUOTE:
        s, e = _words_around(text, start, end, s, e)
    return s, e


def _words_around(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """At most MAX_QUOTE characters of [s, e) around the figure text[start:end], cut between words."""
    room = max(0, MAX_QUOTE - (end - start)) // 2
    left, right = max(s, start - room), min(e, end + room)
    if left > s:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < e:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


_CLAUSE_CUT = re.compile(r"[,;:]\s")


def _clause_span(text: str, start: int, end: int, s: int, e: int) -> tuple[int, int]:
    """Shrink a long sentence to the clauses around the figure (split at , ; :)."""
    cuts = [m.end() - s for m in _CLAUSE_CUT.finditer(text, s, e)]
    left = s
    for c in cuts:
        if start - s < MAX_QUOTE // 2:
            break                   # the sentence opens close enough before the figure: kept whole
        if s + c <= start and start - (s + c) < MAX_QUOTE // 2:
            left = s + c
            break
    right = e
    for c in cuts:
        if s + c - 2 >= end and (s + c - 2) - left >= 40:
            right = s + c - 2
            break
    while left < right and text[left].isspace():
        left += 1
    return left, right


def _quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Titles, slogans and examples between quotation marks (within a paragraph): short quotations.
    A longer one is reported speech, whose figures are claims like any other."""
    text = doc.text
    paragraphs = _Paragraphs(doc)
    spans = []
    longest = int(_lex()["exclusions"].get("quoted_title_max_words", 8))
    for opening, closing in _lex()["exclusions"]["quotation_marks"]:
        for m in re.finditer(re.escape(opening) + r"[^" + re.escape(opening + closing) + r"]{0,300}?"
                             + re.escape(closing), text):
            if m.end() <= paragraphs.span(m.start(), 0, len(text))[1] and len(m.group(0).split()) - 2 <= longest \
                    and not _said_after(text, m.end()) and not _said_before(text, m.start()) \
                    and not _fragment_of_speech(text, m.start(), m.end()) \
                    and not _full_sentence(m.group(0)[1:-1]):
                spans.append((m.start(), m.end()))
    return spans


def _full_sentence(inner: str) -> bool:
    """Whether a short quotation is a whole sentence of speech: it opens with a capital and ends
    with a full stop ("Marc est ravi. « Nous avons vendu 900 billets. »"); a title or a slogan has
    no full stop of its own ("« objectif zéro papier en 2 ans »", "« 100 % local ! »")."""
    inner = inner.strip(" \u00a0\u202f")
    return inner[:1].isupper() and inner.endswith(".") and not inner.endswith("..")


def _fragment_of_speech(text: str, start: int, end: int) -> bool:
    """A short quotation that opens in lower case right after a verb of being or a past participle
    ("la baisse a été « contenue à 4 % »", "un budget qualifié de « en hausse de 3 % »"): words
    of a speaker woven into the reporter's sentence, not a title ("le programme « objectif zéro
    papier en 2 ans »")."""
    inner = text[start + 1:end - 1].strip()
    if re.match(r"de[ \u00a0]|d['’]", inner):
        # "une feuille de route « de 23 engagements »", "souhaite « d'ouvrir 4 classes »": a
        # quotation opening with a preposition goes on with the reporter's sentence; no title does
        return True
    if re.match(r"[a-zà-ÿœæ]", inner):
        q = quantity_at(inner, 0)
        if q is not None and q.start == 0 and q.collective:
            # "la mairie reçoit, dit-elle, « une vingtaine d'appels »": a round estimate ("une
            # centaine", "un millier") opening the quotation in lower case is what the speaker
            # counted, not a title
            return True
    before = re.search(r"([^\W\d_]+)[ \u00a0]*(?:de[ \u00a0]+|à[ \u00a0]+)?$", text[max(0, start - 30):start])
    if not before or not re.match(r"[a-zà-ÿœæ]", inner):
        return False
    word = _norm(before.group(1))
    return word in _normset_of("exclusions", "quoted_speech_after") or before.group(1).lower().endswith(("é", "ée", "és", "ées"))


@cache
def _normset_of(section: str, key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)) for w in _lex()[section].get(key, []))


@cache
def _speech_after() -> re.Pattern:
    """A verb of speech right after a closing quotation mark ("« … », a-t-il déclaré", "», précise X"),
    the reporter's pronoun before it ("», nous confie X", "», me glisse X"), or the source after
    "selon" ("», selon X"): the quotation is reported speech, whatever its length."""
    return re.compile(rf"\s*,?\s*(?:(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+|(?:(?:nous|me|m')\s*)?{incise_verb()})(?![\w-])"
                      rf"|(?:{according_to()})\s+\w)")


def _said_after(text: str, end: int) -> bool:
    return bool(_speech_after().match(_norm(text[end:end + 60])))


@cache
def _speech_before() -> re.Pattern:
    """The source of the words opening the sentence, then a comma, right before the quotation ("Pour
    X, vice-président, « … »", "Selon X, « … »": programme.yaml `according_to`, claims.yaml
    `according_to_opening`), or a verb of speech and a colon ("X a rappelé : « … »"): the short
    quotation is then reported speech, not a title."""
    opening = _lex()["attribution"].get("according_to_opening") or []
    openers = "|".join([according_to()] + [re.escape(" ".join(_norm(str(w)).split()))
                                           for w in sorted(opening, key=len, reverse=True)])
    return re.compile(rf"(?:^[\s\W]*(?:{openers})\s+[^.!?;:«»]*?,|(?<![\w-])(?:{incise_verb()})(?:-t-(?:il|elle|ils|elles))?"
                      rf"(?:\s+[^\W\d_][\w'-]*){{0,4}}\s*:)\s*$")


def _said_before(text: str, start: int) -> bool:
    """Whether the sentence that holds the quotation says whose words they are before it opens."""
    head = text[max(0, start - 200):start]
    cut = max(head.rfind(c) for c in ".!?\n")
    return bool(_speech_before().search(_norm(head[cut + 1:])))


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_NEW_ITEM = re.compile(r"\n[ \t]*(?=[A-ZÀ-ÖØ-ÞŒÆ0-9•·-])")


def _with_short_neighbours(text: str, sentence: tuple[int, int], paragraph: tuple[int, int]) -> tuple[int, int]:
    """A sentence of at most SHORT_SENTENCE_WORDS words on its line ("9 votes pour.", "3 abstentions") says
    little on its own: it is quoted with the sentence before it in its paragraph (what was voted),
    and with the next one when that one is short too ("9 votes pour. 3 abstentions")."""
    s, e = sentence
    lo, hi = paragraph
    # counted up to a line that opens with a capital or a digit: "9 votes pour" ending a line of
    # the minutes is short even when the next item follows without a full stop (a line wrapped
    # by a PDF's text flow goes on in lower case and counts). Lines are read here only inside a
    # paragraph that holds several layout lines (a PDF's block, a plain text's paragraph, a list
    # whose items the reader wrote one a line).
    item_end = _NEW_ITEM.search(text, s, e)
    if len(_LETTER_WORD.findall(text, s, item_end.start() if item_end else e)) > SHORT_SENTENCE_WORDS:
        # a short exclamation right after it comments on the figure ("… pour 40 communes. Un record !")
        if hi - e > 2 and not _NEW_ITEM.match(text, e):
            after = _sentence_span(text, e + 1, e + 2, e, hi)
            if after[0] >= e and text[after[1] - 1:after[1]] == "!" and after[1] - s <= MAX_QUOTE \
                    and len(_LETTER_WORD.findall(text, after[0], after[1])) <= SHORT_SENTENCE_WORDS:
                return s, after[1]
        return sentence
    if s - lo > 2:
        before = _sentence_span(text, s - 2, s - 1, lo, s)
        if before[1] <= s and before[0] < s:
            s = before[0]
    if hi - e > 2:
        after = _sentence_span(text, e + 1, e + 2, e, hi)
        if after[0] >= e and len(_LETTER_WORD.findall(text, after[0], after[1])) <= SHORT_SENTENCE_WORDS:
            e = after[1]
    if e - s > MAX_QUOTE:
        return sentence
    return s, e


# =========================================================================== votes
@cache
def _vote_vocabulary() -> frozenset[str]:
    """Words of a line of vote counts: claims.yaml `vote_words` and `vote_nouns` ("pour", "contre",
    "abstentions", "votes", "voix"), and "et"."""
    words = {_norm(str(w)).replace("(s)", "") for key in ("vote_words", "vote_nouns") for w in _lex()["measure"][key]}
    return frozenset(words | {"et"})


def is_vote_word(word: str) -> bool:
    """A vote word or a noun naming votes ("votes", "pour", "abstention")."""
    return _norm(word).replace("(s)", "") in _vote_vocabulary()


# A line of vote counts is at most this long ("3 votes contre 2 abstentions 16 votes pour").
VOTE_LINE_MAX = 120


def is_vote_block(text: str, start: int, end: int) -> bool:
    """Is text[start:end] made only of vote counts ("17 votes pour", "3 abstentions 15 votes pour",
    "Vote : 16 pour, 1 contre")? Numbers and vote words only, one vote word at least."""
    if end - start > VOTE_LINE_MAX:
        return False
    tokens = re.findall(r"\d+|[^\W\d_]+(?:\(s\))?", _norm(text[start:end]))
    return (any(t.isdigit() for t in tokens) and any(not t.isdigit() for t in tokens)
            and all(t.isdigit() or t in _vote_vocabulary() for t in tokens))


def with_voted_item(text: str, sentence: tuple[int, int], block_start: int, previous: tuple[int, int] | None) -> tuple[int, int]:
    """A line of vote counts set apart by blank lines is quoted with what was voted: the last
    sentence of the block before it (an agenda item's title, or the sentence that ends its
    account), cut to MAX_QUOTE characters of whole words from its end."""
    if previous is None:
        return sentence
    begin, stop = previous
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop <= begin:
        return sentence
    s, _ = _sentence_span(text, stop - 1, stop, begin, stop)
    if sentence[1] - s > MAX_QUOTE:
        space = text.find(" ", sentence[1] - MAX_QUOTE, block_start)
        s = space + 1 if space != -1 else block_start
    return (s, sentence[1]) if s < sentence[0] else sentence
