"""An organisation given the organiser's title in apposition: "Jeanne Valmont, directrice de Valbrune
Expo, organisateur du salon", "la Fédération X, organisatrice des rencontres": the capitalised name
right before the comma, when the title names the event by an event noun (events.yaml `event_nouns`)."""

from __future__ import annotations

import re

from ..lexicons import fold
from .event_dates import events_lexicon
from .event_words import event_nouns
from .names import is_given_name

# The title in apposition: ", organisateur du salon", ", organisatrice de la journée"
_TITLE = re.compile(r",\s*(?:l')?(?:co-?)?organisat(?:eur|rice)s?\s+(?:du|de\s+la|de\s+l'|des|de)\s*")
# A capitalised name ending right before the comma: "Valbrune Expo", "Fédération des Lilas"
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-ÞŒÆ][\w’'&-]*(?:[ \u00a0]+(?:de|des|du|d’|d'|la|et|&)?[ \u00a0]*[A-ZÀ-ÞŒÆ0-9][\w’'&-]*)*)$")


def organizer_in_apposition(text: str) -> str | None:
    """The first organisation named before ", organisateur du <event noun>"; not a person (a given
    name and a family name are left to the person readers: their body is named before them)."""
    folded = fold(text).replace("’", "'")
    nouns = event_nouns()
    for m in _TITLE.finditer(folded):
        if not nouns.match(folded, m.end()):
            continue
        name = _NAME_BEFORE.search(text[max(0, m.start() - 80):m.start()])
        phrase = re.sub(r"^(?:La|Le|Les|L’|L')\s*", "", name.group(0).strip()) if name else ""
        words = phrase.split()
        if len(phrase) > 2 and not (len(words) == 2 and is_given_name(words[0]) and not _body_word(words[1])):
            return phrase
    return None


def _body_word(word: str) -> bool:
    """Whether a word names a body or a hall (events.yaml `organizer_heads`, `venue_heads`): "Valbrune
    Expo" is a company, though "Valbrune" may be a given name."""
    lex = events_lexicon()
    return fold(word) in {fold(w) for w in (lex.get("organizer_heads") or []) + (lex.get("venue_heads") or [])}
