"""How a text names an event: the event nouns of ``lexicons/events.yaml`` and the patterns built
from its word lists (found in folded text), proper-noun phrases, and the sentences that name an
event ("la 5e édition de Valbrune Numérique", "Valbrune en Fête est une journée ...")."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold, fold_apostrophes
from .event_bodies import names_body
from .event_dates import events_lexicon
from .event_idioms import idiom_spans
from .patterns import phrase_alternation


_norm = fold_apostrophes

# A proper-noun phrase: capitalised words, with lower-case links ("Palais des Congrès de Douai").
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-ÞŒÆ][\w’'&.-]*)"


_LINK = r"(?:de|des|du|d’|d'|la|le|les|l’|l'|et|&|sur|en|aux|-)"


_LOWER = r"(?:[a-zà-ÿœæ]+)"


# A name may run over a line break next to a link word ("Parc des Expositions\nde Valbrune",
# "Ville de\nValbrune", "Théâtre municipal\nd'Aurac") or after a lower-case word ("Espace
# culturel\nLumière"), as a PDF's text flow wraps it; not between two capitalised words.
_NL = r"[ \u00a0]*\n[ \u00a0]*"


_GAP = rf"(?:[ \u00a0]+|{_NL}(?=(?:{_LINK})[ \u00a0\n]|[dl]['’]))"


_LINK_GAP = rf"(?:{_NL}|[ \u00a0]*)"


_NEXT_CAP = rf"(?:{_GAP}(?:{_LINK}{_LINK_GAP})*|(?<=['’])){_CAP_WORD}"


# "Communauté de communes du Val d'Orbize": a lower-case noun is kept when a capitalised word follows.
PROPER_PHRASE = re.compile(
    rf"{_CAP_WORD}(?:{_NEXT_CAP}|(?:[ \u00a0]+|{_NL})(?:{_LINK}{_LINK_GAP})*{_LOWER}(?:(?={_NEXT_CAP})|{_NL}{_CAP_WORD}))*"
)


def copular_name(sentence: str) -> str | None:
    """The proper name a sentence says is an event: "Valbrune en Fête est une journée autour du
    numérique", "Brunel Connect sera le rendez-vous..." (events.yaml `copulas`, then an article, at
    most two words and an event noun)."""
    copulas = events_lexicon().get("copulas") or []
    spans = noun_spans(sentence)
    if not copulas or not spans:
        return None
    folded = _norm(sentence)
    verbs = phrases_alternation(copulas, longest_first=False)
    link = re.compile(r"\s(?:%s)\s+(?:un|une|le|la|l')\s*(?:[\w'-]+\s+){0,2}$" % verbs)
    lead = len(sentence) - len(sentence.lstrip(" \t-•*"))
    subject = PROPER_PHRASE.match(sentence, lead)
    if not subject or fold(subject.group(0).strip()) in {fold(w) for w in events_lexicon().get("subject_pronouns") or []}:
        return None
    for start, _ in spans:
        m = link.search(folded, max(0, start - 60), start)
        if m and not sentence[subject.end():m.start()].strip():
            # "Les Lucioles du Libre sont un week-end de ...": the name without its article
            name = re.sub(r"^(?:Les|Le|La|L['’])\s*(?=[A-ZÀ-ÖØ-ÞŒÆ])", "", " ".join(subject.group(0).split()))
            return name or None
    return None


def edition_named(text: str) -> str | None:
    """The name after an edition number or the edition reported: "la 5e édition de Valbrune
    Numérique", "la troisième édition des Rencontres X", "cette édition 2019 du Festival Y",
    "cette nouvelle édition de l'Z", "l'édition lyonnaise de W" (a proper noun: "la 2e édition du
    salon" names no event)."""
    ordinals = "|".join(sorted((_norm(k) for k in events_lexicon()["ordinals"]), key=len, reverse=True))
    # or the edition being reported: "Cette édition 2019 des Rencontres X", "cette nouvelle édition
    # de l'Y" (events.yaml `current_edition_markers`)
    current = "|".join(sorted((_norm(k) for k in events_lexicon()["current_edition_markers"]), key=len, reverse=True))
    folded = _norm(text)
    # or the local edition of a national event, named by the place's people: "l'édition valbrunoise
    # de Logiciels en Fête", "l'édition lyonnaise du Salon X"
    for m in re.finditer(rf"\b(?:(?:{ordinals}|\d{{1,3}}\s*(?:e|eme|ere|re|er|nd|nde))\s+edition"
                         rf"|(?:{current})\s+(?:nouvelle\s+)?edition(?:\s+(?:19|20)\d{{2}})?"
                         r"|l'edition\s+[a-z]+(?:aise|oise|aine|ienne)s?)\s+"
                         r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')", folded):
        name = PROPER_PHRASE.match(text, m.end())
        if name and not event_nouns().fullmatch(_norm(name.group(0).strip())):   # "du Forum européen de X"
            return " ".join(re.sub(r"\b(?:19|20)\d{2}\b", "", name.group(0)).split()).strip(" ,:-—–.") or None
    return None


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern for folded text: any blanks (a line break too) between its words."""
    return r"\s+".join(re.escape(w) for w in fold(phrase).replace("’", "'").split())


def phrases_alternation(phrases, longest_first: bool = True) -> str:
    """Lexicon phrases as one alternation for folded text (each as ``phrase_pattern``), the longest
    first so that no phrase is cut short by another that begins it; "" when there are none."""
    phrases = [str(p) for p in phrases]
    return "|".join(phrase_pattern(p) for p in (sorted(phrases, key=len, reverse=True) if longest_first else phrases))


@cache
def words_pattern(key: str) -> re.Pattern:
    """The words of events.yaml ``key`` as one pattern for folded text (built once per process:
    the lexicon is read once)."""
    words = sorted({_norm(w) for w in events_lexicon()[key]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(fold(w).replace("’", "'") for w in words) + r")(?![\w])")


def event_nouns() -> re.Pattern:
    return words_pattern("event_nouns")


@cache
def _named_nouns() -> re.Pattern:
    words = sorted({str(w) for w in events_lexicon()["named_event_nouns"]}, key=len, reverse=True)
    # an adjective may come first: "Convention régionale de X", "Semaine européenne du Y"
    endings = "|".join(re.escape(str(e)) for e in sorted(events_lexicon().get("name_adjective_endings") or ["\0"],
                                                         key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?=\s+(?:[a-zà-ÿœæ]+(?:%s)\s+)?(?:de|du|des|d['’]|[A-ZÀ-ÖØ-ÞŒÆ]))" % endings)


@cache
def _place_before() -> re.Pattern:
    """The first word of a venue head then a link, ending where an event noun would start: the
    noun is then part of a place's name ("Centre des congrès", "Palais des festivals")."""
    heads = sorted({_norm(h).split()[0] for h in events_lexicon()["venue_heads"]}, key=len, reverse=True)
    # or the words that make a plural noun the rooms of a building: "dans les salons de l'hôtel"
    rooms = [phrase_pattern(w) for w in events_lexicon().get("room_openers") or []]
    return re.compile(r"(?<![\w-])(?:(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:des|du|de|d')"
                      + "".join(r"|" + r for r in rooms) + r")\s*$")


@cache
def _noun_endings() -> dict[str, str]:
    """The last letter of each event noun as written in events.yaml, by its folded form."""
    return {_norm(str(w)): str(w).lower()[-1:] for w in events_lexicon()["event_nouns"]}


def _participle(text: str, folded: str, start: int, end: int) -> bool:
    """Whether an event noun matched in folded text is a verb's participle in the text: "rencontré"
    folds to "rencontre" ("nous avons rencontré X" names no event); a noun ending in "é" is
    written so in events.yaml ("université d'été")."""
    return text[end - 1:end].lower() == "é" and _noun_endings().get(folded[start:end]) != "é"


def noun_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an event: an event noun in any case, or a named-event noun written
    with its capital ("Mois de la ville sobre"), not inside a place's name ("au Centre des
    congrès"); (start, end) in text order."""
    folded = _norm(text)
    place = _place_before()
    idioms = idiom_spans(folded)
    spans = [m.span() for m in event_nouns().finditer(folded)
             if not place.search(folded, max(0, m.start() - 30), m.start()) and not names_body(folded, *m.span())
             and not any(a <= m.start() < b for a, b in idioms) and not _participle(text, folded, *m.span())]
    spans += [m.span() for m in _named_nouns().finditer(text)]
    spans += [m.span() for m in _lowercase_named_nouns().finditer(text)]
    return sorted(spans)


@cache
def _lowercase_named_nouns() -> re.Pattern:
    """events.yaml `lowercase_named_event_nouns` in lower case, a link and a capitalised word after
    them ("la fête de la Châtaigne"), an adjective in lower case between them maybe ("la fête
    médiévale de Valbrune", "la foire agricole de Saint-X")."""
    words = sorted({str(w) for w in events_lexicon().get("lowercase_named_event_nouns") or ["\0"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?=(?:\s+[a-zà-öø-ÿœæ]{4,})?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÀ-ÖØ-ÞŒÆ])")


def own_noun_spans(text: str) -> list[tuple[int, int]]:
    """``noun_spans`` but for a noun that events.yaml `other_event_words` qualify ("un autre forum",
    "d'autres journées", "Autre événement, ..."): that noun names another event than the text's, and
    when it opens the sentence, so do the sentence's other event nouns; so does the occasion of a
    launch (``_launch_occasion``)."""
    words = events_lexicon().get("other_event_words") or []
    folded = _norm(text)
    spans = [(a, b) for a, b in noun_spans(text) if not _launch_occasion(folded, a)]
    if not words:
        return spans
    before = re.compile(r"(?<![\w])(?:%s)\s+$" % phrases_alternation(words, longest_first=False))
    if spans and before.fullmatch(folded, 0, spans[0][0]) and folded[:spans[0][0]].strip()[:1].isalpha():
        return []       # "Autre événement, la fête du 12 juin ...": the sentence is about another event
    return [(a, b) for a, b in spans if not before.search(folded, max(0, a - 20), a)]


@cache
def _launch_pattern() -> re.Pattern | None:
    words = events_lexicon().get("launch_participles") or []
    if not words:
        return None
    return re.compile(r"(?:^|[.!?\n]\s*)(?:%s)\s[^.!?\n]{0,160}?(?:a l'occasion|lors)\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*"
                      r"(?:\d{1,3}\s*(?:e|eme|ere|er)\s+)?$" % phrases_alternation(words, longest_first=False))


def _launch_occasion(folded: str, at: int) -> bool:
    """Whether the event noun at ``at`` (folded text) is the occasion of a launch told by a
    participle opening its sentence: "Adopté par le conseil lors du 3e Forum des maires, le plan Y
    engage ..." (events.yaml `launch_participles`)."""
    pattern = _launch_pattern()
    return pattern is not None and pattern.search(folded, max(0, at - 200), at) is not None


@cache
def _words_spans_pattern(key: str) -> re.Pattern | None:
    words = events_lexicon().get(key) or []
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + phrases_alternation(words)
                      + r")(?![\w])")


def words_spans(text: str, key: str) -> list[tuple[int, int]]:
    pattern = _words_spans_pattern(key)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(_norm(text))]


def meeting_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a meeting of an assembly (events.yaml `meeting_nouns`: "conseil
    municipal", "assemblée générale"); (start, end) in text order."""
    return words_spans(text, "meeting_nouns")


def has_members(text: str, acronym: str) -> bool:
    """Whether the text names an officer or members of an organisation by its acronym: "président
    de l'AXF", "les adhérents du RVB" (events.yaml `member_words`)."""
    words = events_lexicon().get("member_words") or []
    if not words:
        return False
    pattern = r"(?<![\w])(?:{})\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)".format(
        "|".join(r"\s+".join(re.escape(part) for part in fold(str(w)).split()) for w in words))
    folded, want = fold(text), fold(acronym)
    # the acronym as written (in capitals), at the same place of the text when folding kept its length
    same = len(folded) == len(text)
    # ... as a whole name: "président de Lucioles de France" is the officer of another body
    return any(folded.startswith(want, m.end()) and not folded[m.end() + len(want):][:1].isalnum()
               and (not same or text[m.end():m.end() + len(acronym)] == acronym)
               and not (same and _LONGER_NAME.match(text, m.end() + len(acronym)))
               for m in re.finditer(pattern, folded))


# A name going on after a word: "Lucioles | de France", "Lucioles | du Grand Est".
_LONGER_NAME = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’])[A-ZÀ-ÞŒÆ]")
