"""An event held for the first time, said without the word "édition": a participle of organising
or launching, then "for the first time" (events.yaml `first_time_phrases`). The first edition (1),
read in an opening sentence whose subject is an event noun. An event held again for the Nth year in a
row ("pour la quatrième année consécutive"), or organised "pour la quatrième fois": its Nth edition."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon
from .event_opening import opening_units
from .event_words import event_nouns, phrases_alternation


@cache
def _first_time() -> re.Pattern | None:
    """events.yaml `first_time_phrases` as one pattern for folded text."""
    phrases = events_lexicon().get("first_time_phrases") or []
    return re.compile(r"(?<![\w])(?:" + phrases_alternation(phrases, longest_first=False) + r")(?![\w])") if phrases else None


@cache
def _first_time_opener() -> re.Pattern | None:
    """events.yaml `first_time_openers`, a comma, then one of `first_time_articles` ("Pour la
    première fois, un ..."), for folded text; group "rest" starts after the article."""
    lex = events_lexicon()
    openers = lex.get("first_time_openers") or []
    articles = lex.get("first_time_articles") or []
    if not openers or not articles:
        return None
    return re.compile(r"(?<![\w])(?:" + phrases_alternation([fold(str(p)) for p in openers], longest_first=True)
                      + r")\s*,\s*(?:" + "|".join(re.escape(fold(str(a))) for a in articles) + r")\s+(?P<rest>)")


def first_time_held(doc: Document) -> int | None:
    """1 when an opening sentence names the event by an event noun (events.yaml `event_nouns`) and,
    after it, says it was organised for the first time (`first_time_phrases`); a sentence with no
    event noun before the phrase (a club qualified for the first time) says nothing. The same when the
    sentence opens on "pour la première fois" and an indefinite article followed by an event noun
    (`first_time_openers`, `first_time_articles`): "Pour la première fois, une fête des voisins
    réunissait le quartier"; "pour la première fois, le club participe au salon" says nothing."""
    pattern = _first_time()
    if pattern is None:
        return None
    for unit in opening_units(doc):
        sentence = fold_apostrophes(doc.text[unit.start:unit.end])
        m = pattern.search(sentence)
        if m and event_nouns().search(sentence, 0, m.start()):
            return 1
        folded = fold(sentence)
        opener = _first_time_opener().search(folded) if _first_time_opener() else None
        if opener and event_nouns().match(folded, opener.start("rest")):
            return 1            # "Pour la première fois, un salon du livre se tenait à Valbrune"
    return None


def _alternation(words) -> str:
    """Folded words as a regex alternation, the longest first."""
    return "|".join(sorted((re.escape(fold(str(w))) for w in words), key=len, reverse=True))


@cache
def _first_held() -> re.Pattern | None:
    """events.yaml `first_held_verbs`, a determiner (`first_held_determiners`), "tout" at will, then
    an ordinal of the first time (`first_held_ordinals`), for folded text; group "rest" starts after it."""
    lex = events_lexicon()
    verbs, dets, ords = (lex.get(k) or [] for k in ("first_held_verbs", "first_held_determiners", "first_held_ordinals"))
    if not verbs or not dets or not ords:
        return None
    return re.compile(r"(?<![\w])(?:" + _alternation(verbs) + r")\s+(?:" + _alternation(dets) + r")\s+(?:toute?s?\s+)?(?:"
                      + _alternation(ords) + r")(?![\w])\s*(?P<rest>)")


@cache
def _part_noun() -> re.Pattern:
    """A noun of events.yaml `first_held_part_nouns` (a part of an event) opening the text."""
    return re.compile(r"(?:" + (_alternation(events_lexicon().get("first_held_part_nouns") or []) or "(?!)") + r")(?![\w])")


def _firsts_of_the_event(doc: Document, pattern: re.Pattern | None, group: str):
    """Each match of ``pattern`` in the opening sentences (folded) whose ``group`` does not open on
    a part of an event ("la première séance du conseil", "la première journée du salon")."""
    if pattern is None:
        return
    for unit in opening_units(doc):
        folded = fold(fold_apostrophes(doc.text[unit.start:unit.end]))
        for m in pattern.finditer(folded):
            if not _part_noun().match(folded, m.start(group)):
                yield m


def first_held_by(doc: Document) -> int | None:
    """1 when an opening sentence says a body organises or holds "le premier" something
    (events.yaml `first_held_verbs`, `first_held_ordinals`): "Le 3 mai, l'amicale de Valbrune
    organisait le premier troc de plantes du quartier", "Trévanne a organisé son premier salon du vélo".
    Nothing when the ordinal ranks a part of an event (`first_held_part_nouns`: "le club organise la
    première séance de l'année" or "la première journée du salon")."""
    return 1 if next(_firsts_of_the_event(doc, _first_held(), "rest"), None) else None


def _ordinal_then(key: str, lead: str = "") -> re.Pattern | None:
    """``lead``, an ordinal (events.yaml `ordinals`, or "4e", "4ème") then one of the phrases of
    events.yaml ``key``, for folded text; None when the list is empty."""
    lex = events_lexicon()
    phrases = lex.get(key) or []
    if not phrases:
        return None
    words = "|".join(sorted((re.escape(fold(str(w))) for w in lex["ordinals"]), key=len, reverse=True))
    return re.compile(r"(?<![\w])" + lead + r"(?:(" + words + r")|(\d{1,2})\s*(?:e|eme|ere|re|er|nd|nde))\s+(?:"
                      + phrases_alternation([fold(str(p)) for p in phrases], longest_first=True) + r")(?![\w])")


@cache
def _consecutive_year() -> re.Pattern | None:
    """An ordinal then one of `consecutive_year_phrases` ("quatrième année consécutive")."""
    return _ordinal_then("consecutive_year_phrases")


@cache
def _repeat_time() -> re.Pattern | None:
    """"pour la", an ordinal then one of `repeat_time_phrases` ("pour la cinquième fois", "pour la
    septième année")."""
    return _ordinal_then("repeat_time_phrases", r"pour\s+la\s+")


def consecutive_year_edition(doc: Document) -> int | None:
    """N when an opening sentence says the event is held "pour la Nième année consécutive" and names
    an event noun (events.yaml `event_nouns`) or a verb of organising (`consecutive_event_verbs`): "Pour
    la troisième année consécutive, l'amicale de Valbrune organisait sa brocante" is a third edition;
    "pour la troisième année consécutive, le taux de participation progresse" names no event, and
    "pour la deuxième année consécutive, Trévanne accueille le salon" (`consecutive_host_verbs`)
    counts the host's years, not the event's editions. "Pour la cinquième fois, l'office de tourisme
    organise la fête des lanternes" (`repeat_time_phrases`) is a fifth edition only with such a verb,
    and so is "un marché organisé pour la septième année" (the years counted without "consécutive")."""
    pattern = _consecutive_year()
    if pattern is None:
        return None
    verbs = {fold(str(v)) for v in events_lexicon().get("consecutive_event_verbs") or []}
    hosts = {fold(str(v)) for v in events_lexicon().get("consecutive_host_verbs") or []}
    ordinals = {fold(str(k)): int(v) for k, v in events_lexicon()["ordinals"].items()}
    for unit in opening_units(doc):
        sentence = fold_apostrophes(doc.text[unit.start:unit.end])
        folded = fold(sentence)
        m = pattern.search(folded)
        repeat = None if m else (_repeat_time().search(folded) if _repeat_time() else None)
        if repeat:
            m = repeat          # "pour la Nième fois": only with a verb of organising (below)
        if not m:
            continue
        number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
        if not number or number < 2:
            continue
        words = set(re.findall(r"\w+", folded))
        if hosts & words:
            continue            # the host's years, not the event's editions
        if repeat is not None:
            if verbs & words:
                return number   # "pour la cinquième fois, le comité organise ..."
            continue            # "pour la troisième fois, le club participe au salon"
        if event_nouns().search(sentence) or verbs & words:
            return number
    return None


@cache
def _first_ranked() -> re.Pattern | None:
    """An ordinal of the first time (events.yaml `first_held_ordinals`), an event noun, a word at
    most, then a participle of `first_ranked_participles`, for folded text; group "noun" is the noun."""
    lex = events_lexicon()
    ords, parts = (lex.get(k) or [] for k in ("first_held_ordinals", "first_ranked_participles"))
    if not ords or not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + _alternation(ords) + r")\s+(?P<noun>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:"
                      + _alternation(parts) + r")(?![\w])")


def first_ranked_by(doc: Document) -> int | None:
    """1 when an opening sentence ranks an event noun (events.yaml `event_nouns`) first and says who
    holds it: "« Valbrune en fête », premier salon organisé par l'agglomération, a ouvert ses portes".
    Nothing for a part of an event (`first_held_part_nouns`: "la première journée organisée par le
    club") nor for a noun that names no event ("le premier prix organisé par ...")."""
    for m in _firsts_of_the_event(doc, _first_ranked(), "noun"):
        if event_nouns().match(m.group("noun")):
            return 1
    return None


@cache
def _first_pointed() -> re.Pattern | None:
    """events.yaml `first_pointed_leads`, then one of `first_held_ordinals`, for folded text; group
    "rest" starts after the ordinal."""
    lex = events_lexicon()
    leads = lex.get("first_pointed_leads") or []
    ordinals = lex.get("first_held_ordinals") or []
    if not leads or not ordinals:
        return None
    return re.compile(r"(?<![\w'])(?:" + phrases_alternation([fold(str(p)) for p in leads], longest_first=True)
                      + r")\s+(?:" + "|".join(re.escape(fold(str(o))) for o in sorted(ordinals, key=len, reverse=True))
                      + r")\s+(?P<rest>)")


def first_pointed(doc: Document) -> int | None:
    """1 when an opening sentence points at the event as a first one by a demonstrative or a
    possessive (events.yaml `first_pointed_leads`), then an ordinal of `first_held_ordinals`, then an
    event noun (`event_nouns` or `first_pointed_nouns`): "cette première rencontre s'est tenue", "pour
    leur premier forum". A noun ranking a part of an event (`first_held_part_nouns`: "cette première
    journée sera close par") counts only when its theme follows (`first_pointed_theme_words`: "cette
    première matinée consacrée à l'emploi"); a first one since a date ("cette première assemblée
    depuis 2019", `first_pointed_since_words`) says nothing, nor does the first of an event's parts
    ("cette première conférence du festival")."""
    pattern = _first_pointed()
    if pattern is None:
        return None
    lex = events_lexicon()
    parts = _alternation(lex.get("first_held_part_nouns") or [])
    extra = _alternation(lex.get("first_pointed_nouns") or [])
    themes = _alternation(lex.get("first_pointed_theme_words") or [])
    since = _alternation(lex.get("first_pointed_since_words") or [])
    for unit in opening_units(doc):
        folded = fold(fold_apostrophes(doc.text[unit.start:unit.end]))
        for m in pattern.finditer(folded):
            rest = m.start("rest")
            noun = event_nouns().match(folded, rest) or (re.compile(r"(?:%s)(?![\w])" % extra).match(folded, rest)
                                                         if extra else None)
            part = re.compile(r"(?:%s)(?![\w])" % parts).match(folded, rest) if parts else None
            if part:
                if not (themes and re.match(r"\s+(?:%s)(?![\w])" % themes, folded[part.end():])):
                    continue
            elif not noun:
                continue
            else:
                # "cette première conférence du festival": the first talk of an event, a part of it
                of = re.match(r"\s+(?:du|des|de\s+la|de\s+l')\s*", folded[noun.end():])
                if of and event_nouns().match(folded, noun.end() + of.end()):
                    continue
            if since and re.search(r"(?<![\w])(?:%s)(?![\w])" % since, folded[rest:]):
                continue
            return 1
    return None
