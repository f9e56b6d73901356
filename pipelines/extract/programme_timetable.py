"""Times and slots of a timetable: the time that opens a programme line ("9h30 –", "[9h35–10h45]"),
a timed line and its title, the slots that are no session (breaks, rooms, days) and the session
type a programme item names."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .names import normalise
from .programme_vocabulary import _f, _normalised_set, _type_terms


# Hours, minutes and seconds ("00:12:40") opening a line are a recording's timestamp, as a video's
# transcript opens its lines: no slot of a programme.
_NO_RECORDING_STAMP = r"(?!\s*[\[(]?\s*\d{1,2}:\d{2}:\d{2})"
# What parts a slot's start from its end: a dash, "à", ">" or an arrow ("9h – 9h15", "9h à 9h15",
# "9h > 9h15", "14h → 15h30"); a slash as well after a clock ("10h/11h").
_TO = r"(?:[-–—>→]|à|a)"
_TO_SLASH = r"(?:[-–—/>→]|à|a)"
# The time before a session line ("9h30 –", "[9h35–10h45]", "14h00 - 15h30 :", "10h15 ► Titre": an
# arrow or a triangle parts them as a dash does).
# The room of a slot in brackets right after its time: "10h15–11h50 (Salle du Conseil) – Atelier ..."
# (a word first, not a number: "(30 min)" is read as it was).
_ROOM_AFTER = r"(?:\s*\((?=[^\W\d_])[^()\n]{1,40}\))?"
_TIME_PREFIX = re.compile(
    r"^" + _NO_RECORDING_STAMP + r"\s*[\[(]?\s*\d{1,2}\s*[hH:]\s*\d{0,2}(?:\s*" + _TO + r"\s*\d{1,2}\s*[hH:]\s*\d{0,2})?\s*[\])]?"
    + _ROOM_AFTER + r"\s*(?:[-–—|:.,►▶▸➤➔➜→⇒]\s*)?(?=\S)")


# The time that opens a slot of a timetable: "9h", "9h30", "10:45", "[9h35–10h45]", "14h00 - 15h30 :".
# A colon needs its minutes ("1 : très négatif" is a scale, not a time); "3 heures" is a duration.
_CLOCK = r"\d{1,2}\s*(?:[hH]\s*(?:\d{2})?|:\s*\d{2})(?![\wà-ÿœæ])"
# "À 18h, au gymnase :", "A 14h30 : Atelier": a press agenda opens its slot with "à" (written "A"
# in capitals without their accent), a clock after it ("à 10 mn de la gare" is a distance).
# Two times with only spaces between them ("14h30   16h30 Atelier") are a slot's start and end whose
# dash the text layer lost; both written tight ("14h30", not "14 h 30"), else a number may follow.
_TIGHT_RANGE = r"\d{1,2}[hH](?:\d{2})?[ \t]+\d{1,2}[hH](?:\d{2})?(?![\wà-ÿœæ])"
# A slot's length in minutes in place of its time ("10 mn Introduction", "20 min : Atelier", "3x10mn
# Témoignages"): a programme timed by durations.
_MINUTES = r"(?:\d{1,2}\s*[x×]\s*)?\d{1,3}\s*(?:mn|min|minutes)(?![\wà-ÿœæ])\.?"
# "À 15 heures, tournoi de belote": after "à" or "dès", an hour written with the word "heures" is
# the time of day a press agenda gives (alone, "3 heures" is a duration).
_HOURS_AFTER_A = r"(?:[ÀàA]|[Dd]ès)\s+\d{1,2}\s*heures?(?:\s*\d{2})?(?![\wà-ÿœæ])"
# A session given twice, its two times joined by "ou" ("10h-11h ou 15h-16h : Atelier"): one slot.
_OR_AGAIN = rf"(?:\s+ou\s+{_CLOCK}(?:\s*{_TO_SLASH}\s*{_CLOCK})?)?"
# The day of a series' session written before its time in brackets or after a comma: "Vendredi 8
# mars (13h – 14h) : café ...", "Jeudi 14 octobre 2020, 15h-15h30" (a weekday, the day and the
# month of events.yaml, the year maybe; the time must follow): ``_day_before``.


@cache
def _day_before() -> str:
    """The day written before a slot's time (see above), with the weekdays and months of events.yaml."""
    return r"(?:(?i:(?:{})\s+\d{{1,2}}(?:er)?\s+(?:{}))(?:\s+(?:19|20)\d\d)?(?:\s*(?=\()|\s*,\s*(?=\d)))?".format(
        "|".join(re.escape(str(w)) for w in load("events")["weekdays"]),
        "|".join(re.escape(str(m)) for m in sorted(load("events")["months"], key=len, reverse=True)))


@cache
def slot_time() -> re.Pattern:
    """The time that opens a slot (see above), a day before it maybe; built on first use, once the
    lexicons are read."""
    return re.compile(
        rf"^{_NO_RECORDING_STAMP}{_day_before()}\s*[\[(]?\s*(?:{_HOURS_AFTER_A}|(?:(?:[Dd]e|[Àà] partir de|[Dd]ès|[ÀàA](?=\s+\d{{1,2}}\s*(?:[hH]|:\s*\d{{2}})))\s+)?(?:{_TIGHT_RANGE}|{_MINUTES}|{_CLOCK}(?:\s*{_TO_SLASH}\s*{_CLOCK})?{_OR_AGAIN}))\s*[\])]?"
        rf"{_ROOM_AFTER}\s*(?:[-–—|:.,►▶▸➤➔➜→⇒]\s*)?")


_TIME_AFTER = re.compile(rf"\s+(?:[-–—|,]\s*|\(\s*){_CLOCK}(?:\s*{_TO_SLASH}\s*{_CLOCK})?\s*\)?\s*$")


def item_type(title: str) -> str:
    """The session type a programme item names, singular or plural ("ateliers test de X"), else
    "other"."""
    f = _f(title)
    numbered_only = _numbered_only()
    for m in re.finditer(r"(?<![\w'-])\w", f):
        for term, kind in _type_terms():
            if f.startswith(term, m.start()):
                end = m.start() + len(term)
                end += 1 if end < len(f) and f[end] in "sx" else 0
                if term in numbered_only and not re.match(r"\s*(?:n\s*[°º]\s*)?\d", f[end:]):
                    continue      # "Plateau-repas", "Partie pratique": a session only with its number
                if end == len(f) or not f[end].isalnum():
                    return kind
    return "other"


@cache
def _numbered_only() -> frozenset[str]:
    return frozenset(_f(str(w)) for w in load("programme")["numbered_only"])


def slot_of(body: str) -> tuple[int, str, list[str]] | None:
    """A timed line of a timetable: "9h30 - 10h45 : Table ronde ...", "[9h35–10h45] Séquence 1",
    or a table row whose first cell is a time ("9h30 | Ouverture | A, maire"). -> (offset of the
    title in ``body``, the title, the row's other cells), else None."""
    separator = "|" if "|" in body else "\t" if "\t" in body.strip() else None
    if separator:
        cells, pos = [], 0
        for cell in body.split(separator):
            cells.append((pos, cell))
            pos += len(cell) + 1
        cells = [(p, c) for p, c in cells if c.strip()]
        if len(cells) >= 2:
            first = cells[0][1]
            t = slot_time().match(first)
            if t and not first[t.end():].strip():
                start, title = cells[1]
                lead = len(title) - len(title.lstrip())
                return start + lead, title.strip(), [c.strip() for _, c in cells[2:]]
        return None
    t = slot_time().match(body)
    if not t:
        # "Ouverture des Assises – 9h30-10h00", "Table ronde (10h - 11h30)": the time after the title
        after = _TIME_AFTER.search(body)
        title = body[:after.start()].strip() if after else ""
        if not title or not (title[:1].isalnum() or title[:1] in "«\"“*") or not re.search(r"[^\W\d_]{3}", title):
            return None
        return len(body) - len(body.lstrip()), title, []
    if not body[t.end():].strip():
        return None
    title = body[t.end():].rstrip()
    if not (title[:1].isalnum() or title[:1] in "«\"“*") or not re.search(r"[^\W\d_]{3}", title):
        return None       # "21H – 5H  12": a table of hours and counts, no title
    return t.end(), title, []


def is_break(title: str) -> bool:
    """A slot that is no session: "Accueil des participants", "Pause", "Déjeuner libre",
    "Réception à l'hôtel de ville", "Soirée au château" (it opens with one of ``break_words``, of
    the social moments of ``lexicons/sessions.yaml`` or with a part of the day held at a place,
    and no session word follows), or only a room ("Amphi A").
    A slot that names a speaker is a session whatever its words (checked by the caller)."""
    words = normalise(title.replace("*", " ")).split()
    if not words:
        return True
    if words[0] in _normalised_set("place_words") and len(words) <= 3:
        return True       # "13:30 Amphi A": a room, no session
    if is_day(title):
        return True
    # "Questions et pause", "Échanges – Pause-café": the exchange with the room closes the slot
    # before a break; the break words decide ("Discussion" alone stays a session)
    if len(words) >= 2 and words[0] in _normalised_set("break_lead_words"):
        rest = words[2:] if words[1] in _normalised_set("break_lead_joins") else words[1:]
        tail = " ".join(rest) + " "
        if rest and any(tail.startswith(w + " ") for w in _normalised_set("break_words")) \
                and item_type(" ".join(rest).replace("-", " ")) == "other":
            return True
    # "Accueil, café et viennoiseries"; not "Déjeuner-débat : ..." (a session word)
    joined = " ".join(words) + " "
    social = len(words) > 2 and words[0] in _normalised_set("day_parts") and words[1] in _social_words("social_place_words")
    return (social or any(joined.startswith(w + " ") for w in _normalised_set("break_words") | _social_words("social_words"))) \
        and item_type(title.replace("-", " ")) == "other"


@cache
def _social_words(key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in load("sessions")[key])


def is_day(title: str) -> bool:
    """A heading or slot naming a day or a part of it ("Mardi 4 mars 2025", "Matinée", "Jour 2 :
    les ateliers" is a session, "Jour 2" alone is not)."""
    joined = " ".join(normalise(title).split())
    for part in sorted(_normalised_set("day_parts"), key=len, reverse=True):
        if joined == part or joined.startswith(part + " "):
            rest = joined[len(part):].split()
            return all(w.isdigit() or w in _months() or w in ("du", "de", "la", "le", "l", "d", "er", "eme", "e")
                       or w in _normalised_set("day_parts") for w in rest)
    # A date alone, with a time maybe ("12 mars 2019 à 9:30", "le 9 octobre de 10h à 12h"): no session.
    words = re.findall(r"[a-z]+|\d+", joined)
    return any(w in _months() for w in words) and all(
        w.isdigit() or w in _months() or w in _normalised_set("day_parts")
        or w in ("a", "au", "de", "du", "le", "la", "l", "d", "er", "h", "et", "jusqu") for w in words)


@cache
def _months() -> frozenset[str]:
    return frozenset(normalise(str(m)) for m in load("events")["months"])


_RANGE = re.compile(r"(\d{1,2})\s*[hH:]\s*(\d{0,2})\s*" + _TO + r"\s*(\d{1,2})\s*[hH:]\s*(\d{0,2})")


def time_range(prefix: str) -> tuple[int, int] | None:
    """The (start, end) minutes of a slot's time range ("14h – 14h30" -> (840, 870)), else None."""
    m = _RANGE.search(prefix)
    if not m:
        return None
    h1, m1, h2, m2 = (int(g or 0) for g in m.groups())
    return h1 * 60 + m1, h2 * 60 + m2
