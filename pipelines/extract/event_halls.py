"""The exhibition or congress hall an event report names anywhere: "8 000 curieux viendront
au parc des expositions de Valbrune", "le ministre se rendra au Palais des congrès X". Such a hall
exists to host events, so a report naming it after a place preposition names the event's venue
(read only when no sentence, label or title of event_place.py gave one)."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold
from .event_dates import events_lexicon
from .event_name import noun_phrase
from .event_words import phrases_alternation


@cache
def _hall_after_preposition() -> re.Pattern | None:
    """A place preposition then a word of events.yaml `event_halls`, for folded text; "du" too, as a
    part of the hall names the hall ("dans le hall 3 du palais des congrès de Valbrune")."""
    halls = phrases_alternation(events_lexicon().get("event_halls") or [], longest_first=False)
    if not halls:
        return None
    return re.compile(rf"\b(?:au|aux|du|a\s+la|a\s+l'|dans\s+le|dans\s+la|dans\s+l')\s*(?P<hall>(?:{halls}))\b")


@cache
def _whole_halls() -> frozenset[str]:
    """events.yaml `whole_event_halls`, folded: halls whose words alone name the building."""
    return frozenset(fold(w).replace("’", "'") for w in events_lexicon().get("whole_event_halls") or [])


@cache
def _given_up() -> re.Pattern:
    """events.yaml `given_up_venue_leads`, folded, at the end of the words before a hall."""
    leads = "|".join(r"\s+".join(map(re.escape, fold(w).split())) for w in events_lexicon().get("given_up_venue_leads") or [])
    return re.compile(rf"\b(?:{leads})e?s?\s*$") if leads else re.compile(r"(?!)")


def named_hall(doc: Document) -> str | None:
    """The first exhibition or congress hall written after "au", "à la", "dans le" in the text:
    "au Parc des expositions de Valbrune" -> "Parc des expositions de Valbrune"."""
    pattern = _hall_after_preposition()
    if pattern is None:
        return None
    text = doc.text
    folded = fold(text).replace("’", "'")
    bare = None
    for m in pattern.finditer(folded):
        if _given_up().search(folded[max(0, m.start() - 40):m.start()]):
            continue            # "initialement prévu au palais X" (then held online): a venue given up
        phrase = noun_phrase(text, m.start("hall"), m.end("hall"))
        if phrase is None and m.group("hall") in _whole_halls():
            phrase = text[m.start("hall"):m.end("hall")]      # "reçus à l'hôtel du Département, puis ...": the seat alone
        # "au parc des expositions d'Orval pour le salon": the hall, not the cause the name reader takes
        phrase = re.split(r"\s+pour\s+", phrase)[0] if phrase else None
        if phrase and len(phrase) > 3:
            return phrase
        if phrase is None and bare is None and _bare_hall_ends(folded, m.end("hall")):
            bare = text[m.start("hall"):m.end("hall")]
    # "le salon se tient au palais des congrès.": a hall built for events, named by its words alone
    # when no hall with a name, no named space and no ground was written
    return _named_space(text, folded) or _gate_ground(text, folded) or (bare if _one_hall(folded) else None)


@cache
def _any_hall() -> re.Pattern:
    """A word of events.yaml `event_halls`, whatever the word before it, for folded text."""
    halls = phrases_alternation(events_lexicon().get("event_halls") or [], longest_first=False)
    return re.compile(rf"\b(?:{halls})\b") if halls else re.compile(r"(?!)")


def _one_hall(folded: str) -> bool:
    """Whether the text names one kind of hall of events.yaml `event_halls` only: "au centre des
    congrès ... dans le hall du parc des expositions" names two places, and a hall without a name
    is then no venue of the whole event."""
    return len({m.group(0) for m in _any_hall().finditer(folded)}) <= 1


def _bare_hall_ends(folded: str, end: int) -> bool:
    """Whether the words of a hall end a clause at ``end`` (a punctuation mark, a line's end, or a
    date or time word after it): "au palais des congrès, les élus", not "au palais des congrès de X"."""
    return re.match(r"\s*(?:[.,;:!?)\n]|$|(?:le|du|les|des|ce|cette|ces|a|en|pour|avec|et)\s)", folded[end:]) is not None


@cache
def _space_after_preposition() -> re.Pattern | None:
    """A place preposition then a word of events.yaml `named_hall_heads`, for folded text."""
    lex = events_lexicon()
    heads = phrases_alternation((lex.get("named_hall_heads") or []) + (lex.get("named_room_heads") or []),
                                longest_first=False)
    return re.compile(rf"\b(?:au|a\s+la|a\s+l'|dans\s+l')\s*(?:{heads})[ \u00a0]+(?=\S)") if heads else None


def _named_space(text: str, folded: str) -> str | None:
    """"rendez-vous à l'espace Odile Ravenne": a common hall word (events.yaml `named_hall_heads`)
    or `named_room_heads` then a capitalised name, after a place preposition; "dans l'espace public"
    names no hall. A room (`named_room_heads`) that is one place among several (another hall of
    `venue_heads` after a place preposition elsewhere in the text, or a town after "à" earlier in its
    sentence), or that a comma sets apart, is no venue of the whole event."""
    pattern = _space_after_preposition()
    for m in pattern.finditer(folded) if pattern else ():
        if not text[m.end():m.end() + 1].isupper():
            continue
        head = re.search(r"[\w-]+[ \u00a0]+$", text[m.start():m.end()])
        if not head:
            continue
        if head.group(0).strip().lower() not in _room_heads():
            name = re.match(r"[A-ZÀ-ÞŒÆ][\w’'-]*(?:[ \u00a0]+(?:de |du |des |d’|d')?[A-ZÀ-ÞŒÆ][\w’'-]*)*",
                            text[m.end():])
            if name:
                return (head.group(0) + name.group(0)).strip()
            continue
        name = _hall_name(text, m.end())
        if not name or re.search(r",[ \u00a0]*$", folded[max(0, m.start() - 3):m.start()]):
            continue        # "un goûter, à la salle X": a room set apart by a comma holds a part of the event
        if _other_place(text, folded, m.start(), m.end() + len(name)):
            return None
        return (head.group(0) + name).strip()
    return None


@cache
def _room_heads() -> frozenset[str]:
    """The words of events.yaml `named_room_heads` (a room or a complex), whose name ends at a
    hyphenated word and which are no venue when the text names other places."""
    return frozenset(w.lower() for w in events_lexicon().get("named_room_heads") or [])


def _hall_name(text: str, at: int) -> str | None:
    """The capitalised name of a hall from `at`, its words joined by a space or a link ("de", "du"); a
    hyphenated word ends it ("salle Jean-Valmont Trois ateliers" -> "Jean-Valmont")."""
    word = r"[A-ZÀ-ÞŒÆ][\w’']*(?:-[\w’']+)*"
    name = re.match(rf"{word}", text[at:])
    if not name:
        return None
    end = name.end()
    while "-" not in text[at:at + end].split()[-1]:
        more = re.match(rf"[ \u00a0]+(?:de |du |des |d’|d')?{word}", text[at + end:])
        if not more:
            break
        end += more.end()
    return text[at:at + end]


@cache
def _venue_head_after_preposition() -> re.Pattern | None:
    """A place preposition then a word of events.yaml `venue_heads`, for folded text."""
    heads = phrases_alternation(events_lexicon().get("venue_heads") or [], longest_first=False)
    return re.compile(rf"\b(?:au|aux|a\s+la|a\s+l')\s*(?:{heads})\b") if heads else None


def _other_place(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the text names a place besides the hall at start..end: another hall of `venue_heads`
    after a place preposition anywhere, or a capitalised town after "à" earlier in the hall's sentence
    ("ateliers à Valbrune, forum à la salle X": one place among several)."""
    heads = _venue_head_after_preposition()
    if heads and any(not (start <= h.start() < end) for h in heads.finditer(folded)):
        return True
    sentence = text[max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1:start]
    return bool(re.search(r"(?:^|\s)à[ \u00a0]+[A-ZÀ-ÞŒÆ]", sentence))


@cache
def _gate_head() -> re.Pattern | None:
    """A word of events.yaml `gate_ground_heads` then "de", for folded text."""
    heads = phrases_alternation(events_lexicon().get("gate_ground_heads") or [], longest_first=False)
    return re.compile(rf"\b(?:{heads})[ \u00a0]+(?:de|d')[ \u00a0]*(?=\S)") if heads else None


def _gate_ground(text: str, folded: str) -> str | None:
    """"le salon s'est tenu porte de Valmy, à Lyon": an exhibition ground named by its city gate
    (events.yaml `gate_ground_heads`) then a capitalised name -> "porte de Valmy"; the gate written
    after a dash only locates a hall named before it ("Hall Nord – Porte de Valmy")."""
    pattern = _gate_head()
    for m in pattern.finditer(folded) if pattern else ():
        if not text[m.end():m.end() + 1].isupper():
            continue
        if re.search(r"[–—-][ \u00a0]*$", text[max(0, m.start() - 3):m.start()]):
            continue
        name = re.match(r"[A-ZÀ-ÞŒÆ][\w’'-]*", text[m.end():])
        if name:
            return (text[m.start():m.end()] + name.group(0)).strip()
    return None
