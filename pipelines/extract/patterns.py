"""Word lists as regular expressions that compile fast: an alternation of phrases written as a
trie, the phrases' common beginnings written once ("ont (?:participe|assiste)" instead of
"ont participe|ont assiste").

A process compiles each lexicon's alternation once, at first use; an extraction in a fresh
process (adding one document) pays for all of them, and ``re.compile`` costs about in proportion
to the pattern's length. The trie is shorter, so faster to compile, and faster to match (one test
of a first letter instead of one per phrase).

It matches exactly what ``"|".join(phrase, ...)`` matches, in every context: a regular expression
tries the alternatives in their order and keeps the first that lets the whole pattern match, so a
trie may only group phrases when that changes no order that matters. Two phrases that go
different ways at a letter can never both match at one place, so their order does not matter;
where two phrases may both match at one place (one ends where the other goes on, or a zero-width
test follows a letter), the trie keeps their order, and where it cannot, that part is written as
the plain alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = ("s",)            # \s+ between two words of a phrase
_INSERT = ("i",)           # \s+ and at most one inserted word: "ont | ainsi | participe"
_END = None                # a phrase ends here
# a letter, digit or mark of a phrase is its one-character string; the others are tuples


def phrase_alternation(phrases: Iterable[str], *, spaced: bool = True, inserted: Iterable[str] = (),
                       bounded: bool = False) -> str:
    """The alternation of ``phrases``, in their order, as a trie (see the module's docstring).

    ``spaced``: the words of a phrase (``str.split``) are separated by ``\\s+`` (or, with
    ``inserted``, by ``\\s+`` and at most one of those words, maybe between commas:
    ``\\s+(?:(?:ainsi|alors)\\s+)?``, "sont, en effet, attendues");
    otherwise each phrase is matched literally, spaces included (``re.escape(phrase)``).
    ``bounded``: a phrase ending with a letter or digit is followed by ``(?![\\w])``.

    The result is the same as ``"|".join(...)`` of those alternatives: embed it in a group."""
    inserted = [str(w) for w in inserted]
    between = _INSERT if (spaced and inserted) else _SPACE
    # the inserted word may be set off by commas: "sont, en effet, attendues"
    insert_text = (r"(?:\s+|\s*,\s*(?=(?:{0})\s*,))(?:(?:{0})\s*,?\s+)?".format(phrase_alternation(inserted))
                   if between is _INSERT else "")
    bound = ("z", r"(?![\w])")
    words = []
    for phrase in phrases:
        phrase = str(phrase)
        if spaced:
            atoms: list = []
            for n, part in enumerate(phrase.split()):
                if n:
                    atoms.append(between)
                atoms.extend(part)
        else:
            atoms = list(phrase)
        if bounded and phrase[-1:].isalnum():
            atoms.append(bound)
        words.append(atoms)
    adverbs = [[_SPACE if c.isspace() else c for c in " ".join(w.split())] for w in inserted]
    return _Trie(words, insert_text, adverbs).pattern()


def literal_alternation(words: Iterable[str]) -> str:
    """``"|".join(re.escape(w) for w in words)``, the same alternatives in the same order, as a trie."""
    return phrase_alternation(words, spaced=False)


class _Trie:
    """The phrases grouped by their first atom, then each group by its next one, and so on; a
    group of one phrase is written out as it is."""

    def __init__(self, words: list[list], insert_text: str, adverbs: list[list]):
        seen: set = set()
        self.items = []
        for index, atoms in enumerate(words):
            key = tuple(atoms)
            if key not in seen:     # a repeated alternative can never match where the first did not
                seen.add(key)
                self.items.append((index, atoms))
        self.adverbs = adverbs
        self.texts: dict = {_SPACE: r"\s+", _INSERT: insert_text}

    def pattern(self) -> str:
        return "|".join(self._parts(self.items, 0)) if self.items else ""

    def _text(self, atom) -> str:
        text = self.texts.get(atom)
        if text is None:
            text = self.texts[atom] = re.escape(atom) if isinstance(atom, str) else atom[1]
        return text

    def _plain(self, atoms: list) -> str:
        return "".join([self._text(a) for a in atoms])

    def _parts(self, items: list, depth: int) -> list[str]:
        """The alternatives of ``items`` (phrases that share their first ``depth`` atoms) from
        that depth on."""
        groups: dict = {}
        for item in items:
            atoms = item[1]
            key = atoms[depth] if len(atoms) > depth else _END
            group = groups.get(key)
            if group is None:
                groups[key] = [item]
            else:
                group.append(item)
        if not self._safe(groups, depth):
            return [self._plain(atoms[depth:]) for _, atoms in items]
        parts = []
        for key, group in groups.items():
            if key is _END:
                parts.append("")
            elif len(group) == 1:
                parts.append(self._plain(group[0][1][depth:]))
            else:
                parts.append(self._text(key) + _group(self._parts(group, depth + 1)))
        return parts

    def _safe(self, groups: dict, depth: int) -> bool:
        """Whether the groups may be written in the order of their first phrases: every two
        groups that could both match at one place keep all their phrases' order; after an
        inserted word's place, none of the phrases may start as an inserted word does (else the
        inserted word and the phrase could both be read there)."""
        if len(groups) > 1:
            keys = list(groups)
            for i, a in enumerate(keys):
                last = groups[a][-1][0]
                for b in keys[i + 1:]:
                    if last >= groups[b][0][0] and not _exclusive(a, b):
                        return False
        if _INSERT in groups:
            return all(not _compatible(atoms[depth + 1:], adverb) for _, atoms in groups[_INSERT]
                       for adverb in self.adverbs)
        return True


def _group(parts: list[str]) -> str:
    """The alternatives ``parts`` as one group, in the shortest form that tries them in the same
    order: "s?" for "s" then nothing, "[ae]" for one character each."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[1] == "":
        return parts[0] + "?" if _one_char(parts[0]) else "(?:" + parts[0] + ")?"
    if all(_one_char(p) for p in parts):
        return "[" + "".join(parts) + "]"
    return "(?:" + "|".join(parts) + ")"


def _one_char(text: str) -> bool:
    """Whether ``text`` is one character as ``re.escape`` writes it."""
    return len(text) == 1 and text not in "\\.^$*+?{}[]|()" or len(text) == 2 and text[0] == "\\" and not text[1].isalnum()


def _exclusive(a, b) -> bool:
    """Whether two branches' first atoms can never both match at one place."""
    if a is _END or b is _END:
        return False
    if isinstance(a, str) and isinstance(b, str):
        return _letters_differ(a, b)
    if isinstance(a, str) and b is _SPACE:
        return not a.isspace()
    if isinstance(b, str) and a is _SPACE:
        return not b.isspace()
    return False


def _letters_differ(x: str, y: str) -> bool:
    """Two characters that no match of one place reads both as, even ignoring case."""
    if x == y:
        return False
    if x.isascii() and y.isascii():
        return x.lower() != y.lower()
    return not (x.isalpha() and y.isalpha()) and x.lower() != y.lower()


def _compatible(rest: list, adverb: list) -> bool:
    """Whether a phrase going on with ``rest`` and the inserted word ``adverb`` could both match
    at one place (when in doubt, True)."""
    for a, b in zip(rest, adverb):
        if a == _INSERT:            # blanks first: never where the inserted word has a letter
            return b.isspace() if isinstance(b, str) else True
        a_letter, b_letter = isinstance(a, str), isinstance(b, str)
        if not (a_letter or a is _SPACE) or not (b_letter or b is _SPACE):
            return True
        if a_letter and b_letter:
            if _letters_differ(a, b):
                return False
        elif a_letter and not a.isspace() or b_letter and not b.isspace():
            return False
    return True


class LazyPattern:
    """A regular expression compiled at its first use: for the many small patterns built per
    lexicon entry of which a document needs only a few (a keyword absent from every sentence is
    never searched for). Behaves as the compiled ``re.Pattern`` (its methods and attributes)."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags, self._compiled = source, flags, None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)
