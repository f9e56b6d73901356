"""Word lists written as tries (pipelines/extract/patterns.py): the same matches as the plain
alternation "a|b|c" they replace, in every context, and shorter patterns."""

from __future__ import annotations

import random
import re

import pytest

from pipelines.extract.patterns import LazyPattern, literal_alternation, phrase_alternation


def _plain(phrases, spaced=True, inserted=(), bounded=False) -> str:
    """The alternation as the extractors wrote it before the trie."""
    between = r"\s+"
    if spaced and inserted:
        between = r"\s+(?:(?:{})\s+)?".format("|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in inserted))
    out = []
    for k in phrases:
        s = between.join(re.escape(p) for p in k.split()) if spaced else re.escape(k)
        if bounded and k[-1:].isalnum():
            s += r"(?![\w])"
        out.append(s)
    return "|".join(out)


CONTEXTS = ["(?:{})", "(?:{})$", "(?:{})b", r"(?:{})\s+a", "x?(?:{})(?:a b)?", "(?i:(?:{}))b?", "(?:{})+a"]


def _matches(pattern: re.Pattern, text: str):
    return ([(m.span(), m.groups()) for m in pattern.finditer(text)],
            [(lambda m: m and m.span())(pattern.match(text, i)) for i in range(len(text) + 1)])


def _same(a: str, b: str, texts) -> None:
    for context in CONTEXTS:
        pa, pb = re.compile(context.format(a)), re.compile(context.format(b))
        for text in texts:
            assert _matches(pa, text) == _matches(pb, text), (context, text, a, b)


def test_a_prefix_listed_before_its_longer_phrase_still_wins():
    # "a|ab": at "ab" the plain alternation matches "a" and the trie must too
    words = ["a", "ab", "b"]
    assert re.match(f"(?:{literal_alternation(words)})", "ab").group() == "a"
    assert re.fullmatch(f"(?:{literal_alternation(words)})", "ab").group() == "ab"
    assert re.match(f"(?:{literal_alternation(['ab', 'a'])})", "ab").group() == "ab"
    _same(_plain(words, spaced=False), literal_alternation(words), ["ab", "a b", "bab", "aab"])


def test_common_beginnings_are_written_once():
    words = ["ont participe", "ont assiste", "ont pris part", "ont pris la parole"]
    trie = phrase_alternation(words)
    assert trie.count("ont") == 1 and trie.count("ris") == 1     # "ont", "pris" written once
    assert len(trie) < len(_plain(words))
    _same(_plain(words), trie, ["ils ont  participe", "ont pris\npart", "ont pris la  parole", "ont pris"])


def test_an_inserted_word_that_could_start_a_phrase_keeps_the_plain_order():
    # "ainsi" may be read as the inserted word or as the start of the next word: not factored
    words = ["ont ainsi fait", "ont participe", "ont ainsi"]
    inserted = ["ainsi", "alors"]
    trie = phrase_alternation(words, inserted=inserted)
    _same(_plain(words, inserted=inserted), trie,
          ["ont ainsi fait", "ont ainsi participe", "ont alors ainsi", "ont ainsi ainsi fait", "ont participe"])
    # the plain alternation reads "ont ainsi" here (the first phrase, "ainsi" not taken as inserted)
    words = ["ont ainsi", "ont participe"]
    trie = phrase_alternation(words, inserted=inserted)
    assert re.match(f"(?:{trie})", "ont ainsi participe").group() == "ont ainsi"
    _same(_plain(words, inserted=inserted), trie, ["ont ainsi participe", "ont alors participe", "ont  ainsi"])


def test_bounded_phrases():
    words = ["etudiants", "et", "&", "et al"]
    trie = phrase_alternation(words, bounded=True)
    _same(_plain(words, bounded=True), trie, ["et etudiants", "etudiant", "et al.", "& co", "et-al"])


@pytest.mark.parametrize("seed", range(6))
def test_random_lists_match_as_the_plain_alternation(seed):
    rng = random.Random(seed)

    def word(n):
        return "".join(rng.choice("aab b.-é") for _ in range(rng.randint(0, n))).strip() or "a"

    for _ in range(150):
        words = [word(rng.randint(1, 7)) for _ in range(rng.randint(1, 12))]
        if rng.random() < .5:
            words.sort(key=len, reverse=True)
        inserted = [word(3) for _ in range(rng.randint(0, 3))] if rng.random() < .4 else []
        spaced, bounded = rng.random() < .7, rng.random() < .3
        texts = ["".join(rng.choice("aab b.-éA  ") for _ in range(rng.randint(0, 14))) for _ in range(12)]
        _same(_plain(words, spaced, inserted, bounded),
              phrase_alternation(words, spaced=spaced, inserted=inserted, bounded=bounded), texts)


def test_empty_list():
    assert phrase_alternation([]) == "" == _plain([])


def test_lazy_pattern_compiles_at_first_use():
    lazy = LazyPattern(r"(?<![a-z])velo(?:s|x)?(?![a-z])")
    assert lazy._compiled is None
    assert lazy.findall("un velo, deux velos, un velodrome") == ["velo", "velos"]
    assert isinstance(lazy.compiled(), re.Pattern)
