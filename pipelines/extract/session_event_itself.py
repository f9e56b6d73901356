"""A document whose only session is the event itself: a report titled "Ce que le webinaire X a montré"
or "Forum Y 2031 : ce qu'il faut retenir", the event being X or Y. The event is no session of its
own programme."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold_apostrophes
from .event_dates import events_lexicon
from .event_words import event_nouns
from .programme_vocabulary import _word_set, type_alternation


def is_the_event(title: str, event_name: str | None) -> bool:
    """Does the session title name the event: every content word of the event's name (two at
    least) in the title, the title not being a numbered part of the programme ("Atelier 2 : mettre
    en œuvre la stratégie X" is a session of the day on the stratégie X)?"""
    name = _word_set(event_name or "")
    if len(name) < 2 or not name <= _word_set(title):
        return False
    folded = fold_apostrophes(title.lower())
    numbered = rf"\s*(?:{type_alternation()})\s*(?:n°\s*)?\d{{1,2}}\s*[:.–—-]"
    return re.match(numbered, folded) is None and not _complement_of_another_noun(folded, event_name or "")


def _complement_of_another_noun(folded: str, event_name: str) -> bool:
    """Whether the event's name is written in the title as the complement of a noun that is no event
    noun: "L'avenir des métiers et de l'Agriculture durable" holds the event "L'Agriculture durable"
    as a theme; "Retour sur la journée de l'Agriculture durable", "Compte rendu de l'Atelier X" name it."""
    key = re.sub(r"^(?:l'|la\s+|le\s+|les\s+)", "", fold_apostrophes(event_name.lower()).strip())
    at = folded.find(key) if key else -1
    if at < 0:
        return False
    before = re.search(r"([\w-]+)\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)(?:l'|la\s+|le\s+|les\s+)?$", folded[:at])
    if before is None or event_nouns().fullmatch(before.group(1)):
        return False
    # the report of the event: "Compte rendu de l'atelier X" (events.yaml `title_prefixes`)
    head = folded[:before.end(1)].strip()
    return not any(head.endswith(p) for p in _report_prefixes())


@cache
def _report_prefixes() -> tuple[str, ...]:
    return tuple(fold_apostrophes(str(p).lower()) for p in events_lexicon().get("title_prefixes") or [])


def without_the_event(found: list, event_name: str | None) -> list:
    """``found`` (sessions with a ``title``), or [] when it is one session naming the event itself."""
    if len(found) == 1 and is_the_event(found[0].title, event_name):
        return []
    return found


def other_than_the_event(occurrences: list, event_name: str | None) -> list:
    """The occurrences of session lines (with a ``title``) but those naming the event itself,
    when two at least name something else: a page titled "Conférence X" whose programme has a
    "Première partie : X, les données" and a "Seconde partie : ..." holds two sessions, and its
    title is the event (it would take the first part in). A timed entry of the timetable is a part of
    the day even when its title holds the event's words: "14h | Conférence « Le bois, matériau d'avenir »"
    at the day "Le bois, matériau d'avenir" of Valbrune is its afternoon talk, not the day itself."""
    others = [o for o in occurrences if getattr(o, "slot", None) is not None or not is_the_event(o.title or "", event_name)]
    return others if len(others) >= 2 else occurrences
