"""An organisation or a person given the organiser's title in apposition: "Jeanne Valmont, directrice
de Valbrune Expo, organisateur du salon", "la Fédération X, organisatrice des rencontres", "Prénom
Nom, organisatrice de la foire", "l'Office X, l'organisme en charge de l'événement": the
capitalised name right before the comma, when the title names
the event by an event noun (events.yaml `event_nouns`) or names it back ("de cette dixième
édition", "de l'événement")."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon
from .event_words import event_nouns, words_pattern

# The title in apposition: ", organisateur du salon", ", organisatrice de la journée"
# (or without the comma, and after a common noun: "la société X organisatrice de l'événement",
# "X, société organisatrice du salon")
# (or the body in charge of it: "l'Office X, l'organisme en charge de l'événement", "l'Association
# Y, l'association qui organise le festival")
_TITLE = re.compile(r"(?:(?:,\s*|\s*\(\s*|\s+)(?:l')?(?:(?:societe|association|structure|agence|entreprise)\s+)?(?:co-?)?"
                    r"organisat(?:eur|rice)s?\s+(?:du|de\s+la|de\s+l'|des|de)\s*"
                    r"|,\s*(?:l'|la\s+|le\s+)?(?:organisme|association|structure|societe|entreprise|agence)\s+"
                    r"(?:en\s+charge\s+|chargee?\s+|qui\s+organise\s+)(?:du|de\s+la|de\s+l'|des|de)?\s*(?:l'|la\s+|le\s+|les\s+)?)"
                    # the event named back: "..., organisatrice de cette cinquième édition", "de l'événement"
                    r"(?:(?P<back>(?:cette|cet|ce)\s+(?:\w+\s+)?(?:edition|evenement|manifestation|rendez-vous)"
                    r"|(?<=l')(?:evenement|edition)|(?<=la\s)manifestation)(?![\w-]))?")
# A capitalised name ending right before the comma (or the bracket: "X (co-organisateur du forum)"): "Valbrune Expo", "Fédération des Lilas"
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-ÞŒÆ][\w’'&-]*(?:[ \u00a0]+(?:de|des|du|d’|d'|la|et|&)?[ \u00a0]*[A-ZÀ-ÞŒÆ0-9][\w’'&-]*)*)$")


@cache
def _ordinal() -> re.Pattern:
    """An edition's ordinal (events.yaml `ordinals`, singular or plural, or in figures) and its blank."""
    words = "|".join(sorted({fold_apostrophes(fold(k)) for k in events_lexicon()["ordinals"]}, key=len, reverse=True))
    return re.compile(rf"(?:{words}|\d{{1,3}}\s*(?:e|eme|ere|re|er|nd|nde))s?\s+")


def _ordinal_length(folded: str, start: int) -> int:
    """The length of an edition's ordinal and its blank at ``start``, 0 without one: "organisatrice
    des quatrièmes Rencontres de Trévanne", "organisateur du 12e salon de Valbrune" name the event
    after their ordinal."""
    m = _ordinal().match(folded, start)
    return m.end() - start if m else 0


def organizer_in_apposition(text: str) -> str | None:
    """The first organisation or person named right before ", organisateur du <event noun>"."""
    folded = fold(text).replace("’", "'")
    nouns = event_nouns()
    # a fair or a feast named in lower case (events.yaml `lowercase_named_event_nouns`):
    # "Jeanne Valmont, organisatrice de la foire"
    feasts = words_pattern("lowercase_named_event_nouns")
    for m in _TITLE.finditer(folded):
        at = m.end() + (0 if m.group("back") else _ordinal_length(folded, m.end()))
        if not m.group("back") and not nouns.match(folded, at) and not feasts.match(folded, at):
            continue
        name = _NAME_BEFORE.search(text[max(0, m.start() - 80):m.start()].rstrip("*"))    # "l'OVX*": a footnote's mark
        phrase = re.sub(r"^(?:La|Le|Les|L’|L')\s*", "", name.group(0).strip()) if name else ""
        if len(phrase) > 2 and phrase[:1].isupper():      # not "L'équipe organisatrice de ..."
            return phrase
    return None


# The organisation as subject of a relative clause on the event: "l'Union X (Union des éleveurs de
# Valbrune), qui organise tous les ans le festival", "l'association « Les Amis de Trévanne » qui a
# organisé cette manifestation": "qui" after a comma (or right after a closing quote or bracket), an
# organiser verb in the present or the past (not "qui va organiser": a plan, often a town's), up to
# three words of circumstance, then the event by a determiner and an event noun or a word naming it back.
_RELATIVE = re.compile(r"(?:\s*,\s*|(?<=[»)])\s+)qui\s+(?:a\s+|ont\s+)?organis(?:e|ent|ait|aient)\s+")
# The event's determiner after ``n`` words of circumstance ("tous les ans le festival")
_DETERMINERS = [re.compile(r"(?:[\w-]+\s+){%d}(?:le\s+|la\s+|les\s+|l'|ce\s+|cet\s+|cette\s+|ces\s+|son\s+|sa\s+|ses\s+)" % n)
                for n in range(4)]


@cache
def _quoted_before() -> re.Pattern:
    """A name in quotes after its lower-case head (events.yaml `quoted_organizer_heads`), ending the
    folded text: "l'association « Les Amis de Trévanne »"."""
    heads = "|".join(sorted({re.escape(fold(str(w))) for w in events_lexicon()["quoted_organizer_heads"]},
                            key=len, reverse=True))
    return re.compile(rf"(?:{heads})\s*«\s*[^«»]{{2,80}}?\s*»$")


@cache
def _named_back() -> re.Pattern:
    """A word naming the event back (events.yaml `event_back_words`), for folded text."""
    words = "|".join(sorted({re.escape(fold(str(w))) for w in events_lexicon()["event_back_words"]},
                            key=len, reverse=True))
    return re.compile(rf"(?:{words})(?![\w-])")


# An expansion of an acronym in brackets right before the comma: "VLB (Vivre à Valbrune)"
_BRACKET_BEFORE = re.compile(r"\s*\([^()]{2,80}\)\s*$")


def organizer_in_relative(text: str) -> str | None:
    """The first organisation named right before ", qui organise <the event>" (``_RELATIVE``)."""
    folded = fold(text).replace("’", "'")
    nouns = event_nouns()
    back = _named_back()
    for m in _RELATIVE.finditer(folded):
        objects = (d.match(folded, m.end()) for d in _DETERMINERS)
        if not any(o and (nouns.match(folded, o.end() + _ordinal_length(folded, o.end()))
                          or back.match(folded, o.end() + _ordinal_length(folded, o.end()))) for o in objects):
            continue
        before = text[max(0, m.start() - 100):m.start()]
        quoted = _quoted_before().search(fold(before).replace("’", "'"))
        if quoted:
            return before[quoted.start():].strip()
        before = _BRACKET_BEFORE.sub("", before)
        name = _NAME_BEFORE.search(before)
        phrase = re.sub(r"^(?:La|Le|Les|L’|L')\s*", "", name.group(0).strip()) if name else ""
        if len(phrase) > 2 and phrase[:1].isupper():
            return phrase
    return None
