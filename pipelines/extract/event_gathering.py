"""Gatherings named by a noun that is not always an event: "assemblée", "convention", "marché",
"foire" also name a body, an agreement or a trade (events.yaml `held_gathering_nouns`). Such a noun
names the event a report or an announcement is about only when the text says the gathering is held
or names one of its editions ("l'édition 2019 de la foire de X", "la foire de X dont la 12e édition"):
the noun phrase, not the complement of a preposition, is the subject of a verb of taking place ("Cette 3e assemblée
des habitants s'est tenue au gymnase", "Le marché paysan de printemps se tiendra samedi"), or it is what
the clause's subject organises or holds ("L'association organise sa 2e convention annuelle").
"La convention signée avec l'État prévoit ..." or "l'Assemblée nationale a voté" say no such thing."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon
from .event_edition import _within_period, arabic_ordinals
from .event_name import noun_phrase
from .event_opening import opening_units
from .event_words import phrase_pattern, phrases_alternation

_norm = fold_apostrophes

# Words between the determiner and the noun ("cette 7e", "un nouveau", "la grande"), at most.
_BEFORE_NOUN_WORDS = 2
# Words of the noun's complement before the verb ("des producteurs de la vallée"), at most.
_COMPLEMENT_WORDS = 6


def _alternation(key: str) -> str:
    words = sorted({_norm(str(w)) for w in events_lexicon().get(key) or []}, key=len, reverse=True)
    return phrases_alternation(words, longest_first=False) or "\0"


@cache
def _held_pattern() -> re.Pattern:
    """The noun as the subject of a verb of taking place (``held_gathering`` drops a complement of a preposition)."""
    determiner = _alternation("gathering_determiners")
    noun = _alternation("held_gathering_nouns")
    verb = _alternation("taking_place_verbs")
    # a complement word is no relative pronoun nor a verb's companion: "la convention qui lie X
    # s'est tenue" is not read (the subject of the verb may be another noun); a relative pronoun
    # right before the verb is the noun's own clause, even after a preposition: "un point sur le
    # comice agricole qui s'est déroulé à X"
    word = r"(?!(?:qui|que|dont|ou|et|mais)\b)[\w'-]+"
    return re.compile(
        rf"(?<![\w'-])(?:{determiner})\s*(?:[\w-]+\s+){{0,{_BEFORE_NOUN_WORDS}}}?(?:{noun})(?![\w])"
        rf"(?:\s+{word}){{0,{_COMPLEMENT_WORDS}}}?\s+(?P<relative>qui\s+)?(?:{verb})(?![\w])")


@cache
def _hosted_pattern() -> re.Pattern:
    """The noun as what the subject organises or holds: "X tient sa 3e convention régionale"."""
    determiner = _alternation("gathering_determiners")
    noun = _alternation("held_gathering_nouns")
    verb = _alternation("hosting_verbs")
    return re.compile(rf"(?<![\w])(?:{verb})\s+(?:{determiner})\s*(?:[\w-]+\s+){{0,{_BEFORE_NOUN_WORDS}}}?"
                      rf"(?:{noun})(?![\w])")


@cache
def _attended_pattern() -> re.Pattern:
    """The noun as what the subject takes part in: "trente riverains ont participé aux ateliers du
    quartier", "la sous-préfète a assisté à notre assemblée", "les jeunes se réuniront pour un atelier"
    (events.yaml `attending_verbs`; "participé à" reads "participé au", "participé aux" too)."""
    determiner = _alternation("gathering_determiners")
    noun = _alternation("attended_meeting_nouns") + "|" + _alternation("held_gathering_nouns")
    verbs = []
    for phrase in sorted({_norm(str(w)) for w in events_lexicon().get("attending_verbs") or []}, key=len, reverse=True):
        words = phrase.split()
        if words[-1] == "a":        # "à" folded: its article may be contracted with it
            verbs.append(rf"{phrase_pattern(' '.join(words[:-1]))}\s+(?:a\s+(?:{determiner})|au|aux)")
        else:
            verbs.append(rf"{phrase_pattern(phrase)}\s+(?:{determiner})")
    if not verbs:
        return re.compile(r"\0")
    return re.compile(rf"(?<![\w])(?:{'|'.join(verbs)})\s*(?:[\w-]+\s+){{0,{_BEFORE_NOUN_WORDS}}}?"
                      rf"(?:{noun})(?![\w])")


@cache
def _edition_pattern() -> re.Pattern:
    """The noun as what an edition is of: "le bilan de l'édition 2024 de la foire de X", "la 12e
    édition du marché de Noël" (an edition is of a recurring gathering; the edition of a body, an
    agreement or a trade is no phrase)."""
    noun = _alternation("held_gathering_nouns")
    return re.compile(rf"(?<![\w])editions?(?:\s+(?:19|20)\d\d)?\s+(?:de\s+la|de\s+l'|du|des|d')\s*"
                      rf"(?:[\w-]+\s+)?(?:{noun})(?![\w])")


@cache
def _edition_after_pattern() -> re.Pattern:
    """The noun whose edition the relative clause after it numbers: "autour du marché de Noël
    de X dont la 23e édition s'est achevée jeudi" (the noun's complement between them)."""
    noun = _alternation("held_gathering_nouns")
    return re.compile(rf"(?<![\w])(?:{noun})(?![\w])(?:\s+(?!dont\b)[\w'-]+){{0,{_COMPLEMENT_WORDS}}}?\s*,?\s+dont\s+"
                      rf"(?:la\s+|l')\s*(?:[\w-]+\s+)?editions?(?![\w])")


# Prepositions that make the noun phrase a complement, not the subject: "le débat à l'Assemblée
# X s'est tenu", "le vote de la convention a eu lieu" (the debate and the vote are held).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'-])(?:a|au|aux|de|du|des|d'|pour|par|avec|sur|dans|en|entre|chez|vers|"
                                 r"contre|sans|selon|devant|apres|avant|depuis|pendant|lors)\s*$")


def held_gathering(sentence: str) -> bool:
    """Whether a sentence says a gathering of events.yaml `held_gathering_nouns` is held (the noun
    the subject of a verb of taking place, or the object of a verb of hosting)."""
    folded = _norm(sentence).strip()
    if _hosted_pattern().search(folded) or _attended_pattern().search(folded) or _edition_pattern().search(folded) \
            or _edition_after_pattern().search(folded):
        return True
    return any(m.group("relative") or not _PREPOSITION_BEFORE.search(folded, max(0, m.start() - 12), m.start())
               for m in _held_pattern().finditer(folded))


def holds_gathering(doc: Document) -> bool:
    """Whether an opening sentence of the document says such a gathering is held."""
    return any(unit.kind == "sentence" and held_gathering(doc.text[unit.start:unit.end])
               for unit in opening_units(doc))


def held_edition(doc: Document) -> int | None:
    """The edition an ordinal gives the gathering an opening sentence says is held: "Cette 7e
    assemblée des habitants s'est tenue ...", "X organise sa cinquième foire" (an edition, as before
    an event noun, from the second on: "la première foire" may be the first of a season's; "la
    troisième assemblée de l'année" ranks it in a period)."""
    ordinals = {_norm(k): v for k, v in events_lexicon()["ordinals"].items()}
    words = "|".join(re.escape(w) for w in sorted(ordinals, key=len, reverse=True))
    ordinal = re.compile(rf"(?<![\w])(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))\s+(?:[\w-]+\s+)?"
                         rf"(?:{_alternation('held_gathering_nouns')})(?![\w])")
    for unit in opening_units(doc):
        sentence = doc.text[unit.start:unit.end]
        if unit.kind != "sentence" or not held_gathering(sentence):
            continue
        folded = _norm(arabic_ordinals(sentence))
        for m in ordinal.finditer(folded):
            number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
            if number and 1 < number <= 500 and not _within_period().match(folded, m.end()):
                return number
    return None


def held_gathering_named(doc: Document) -> tuple[int, str] | None:
    """The name of the gathering the first opening sentence saying one is held gives it, its noun
    and the words after it ("l'édition 2019 de la foire de X (Haute-Brune)" names the "foire de X"), with
    the offset of that sentence; None when the noun stands alone ("la foire a eu lieu")."""
    noun = re.compile(rf"(?<![\w])(?:{_alternation('held_gathering_nouns')})(?![\w])")
    for unit in opening_units(doc):
        sentence = doc.text[unit.start:unit.end]
        if unit.kind != "sentence" or not held_gathering(sentence):
            continue
        folded = _norm(sentence)
        for m in noun.finditer(folded):
            if _within_period().match(folded, m.end()):
                continue        # "la troisième assemblée de l'année": a rank in a period, no name
            if not _PREPOSITION_BEFORE.search(folded, max(0, m.start() - 12), m.start()) \
                    or _edition_pattern().search(folded, max(0, m.start() - 40), m.end()) \
                    or _edition_after_pattern().match(folded, m.start()):
                name = noun_phrase(sentence, m.start())
                if name:
                    return unit.start, name
    return None
