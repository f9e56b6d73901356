"""The counts of a sentence in prose about the event (headline_prose.py decides which are the
event's): a number and its counted word ("plus de 270 participants"), counts given part by part
("respectivement 180 et 150 personnes"), sessions enumerated ("conférences, ateliers et tables
rondes"), counts chained in one phrase ("2 100 visiteurs et plus de 70 exposants") or listed
before them, and whether a count is in running text rather than on a short line."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import fold_apostrophes, load

from .headline_terms import WORD_START, attendance_group, context_terms, term_at, count_at, enumerated_sessions, is_rate, listed_link, prose_patterns, count_in_range
from .headline_prose_scope import _after_duration_word
from .lines import LIST_MARKER


@dataclass(frozen=True)
class _Item:
    """A count in a sentence: its number, metric, the counted word's span (sentence offsets) and
    whether the word counts the attendance only in a gathering sentence ("personnes")."""
    number: object
    metric: str
    start: int
    end: int
    word_start: int
    word_end: int
    context: bool


def _item_before(sent: str, fsent: str, t0: int, t1: int, metric: str, context: bool) -> _Item | None:
    """The count whose number comes right before the counted word at [t0, t1) (one short word may
    come between: "3 grandes tables rondes"), its qualifier included ("plus de 270 participants")."""
    for ws in WORD_START.finditer(fsent, max(0, t0 - 60), t0):
        number = count_at(sent, ws.start())
        if number is None or number.start != ws.start() or _verb_around(fsent, number.start):
            continue
        between = re.fullmatch(r"\s*(?:([a-z]{1,12})\s+)?", fsent[number.end:t0])
        if not between and metric in attendance_group():
            between = _kinds_joined(fsent, number.end, t0)
        if not between:
            continue
        if between.group(1) and (word := count_at(sent, number.end + between.start(1))) is not None \
                and word.start == number.end + between.start(1):
            continue            # "en 2019 six ateliers": the word between is the count, the number before a year
        if not count_in_range(sent, number) or is_rate(fsent, t1) or _CHANGE_BEFORE.search(fsent, 0, number.start):
            return None         # ... nor a change: "une hausse de presque 8 600 entrées" is no total
        number = _range_low(sent, fsent, _respective_total(sent, fsent, number))
        return _Item(number, metric, number.start, t1, t0, t1, context)
    return None


# A change of the count right before it: "une hausse de (presque) 8 600 entrées", "en baisse de 300 visiteurs"
_CHANGE_BEFORE = re.compile(r"(?<![\w'])(?:hausse|augmentation|progression|baisse|diminution|recul|croissance)"
                            r"\s+(?:de|d')\s*(?:[a-z]+\s+)?$")


# Two kinds of people counted together, the first one's word unknown to the lexicon: "quelque 150
# maires et élus ont participé", "80 bénévoles ou agents" (the count's word is the second one's).
_KINDS_JOINED = re.compile(r"\s*([a-z][a-z'-]{1,14})\s+(?:et|ou)\s+")


def _kinds_joined(fsent: str, start: int, end: int):
    """The match of ``_KINDS_JOINED`` over [start, end) when its first word is no counted word of
    its own ("150 visiteurs et exposants" are visitors), else None."""
    m = _KINDS_JOINED.fullmatch(fsent, start, end)
    if m is None or term_at(fsent, m.start(1), context_terms()) is not None:
        return None
    return m


# "respectivement 120 et 95" right before a count: the counts of the parts the sentence lists (its
# days, its sessions), which add up to the event's.
_RESPECTIVELY = re.compile(r"(?<![\w'])respectivement\s+(?:de\s+)?$")


def _respective_total(sent: str, fsent: str, number):
    """A count given part by part ("Sur les deux jours, respectivement 180 et 150 personnes ont
    participé"): one count, their sum; ``number`` itself otherwise."""
    joined = re.search(r"\s+et\s+$", fsent[max(0, number.start - 40):number.start])
    if joined is None:
        return number
    end = number.start - len(joined.group(0))
    for ws in WORD_START.finditer(fsent, max(0, end - 40), end):
        first = count_at(sent, ws.start())
        if first is None or first.start != ws.start() or first.end != end:
            continue
        if not _RESPECTIVELY.search(fsent, max(0, first.start - 40), first.start):
            return number
        return dataclasses.replace(number, value=first.value + number.value, start=first.start,
                                   approximate=first.approximate or number.approximate)
    return number


# The first bound of a range right before a count: "de 2 400 à 2 600 participants", "entre 40 et
# 45 exposants", "300 à 350 visiteurs" ("et" only after "entre": "180 et 150 personnes" are parts).
_RANGE_TO = re.compile(r"\s+a\s+$")
_RANGE_AND = re.compile(r"\s+et\s+$")
_BETWEEN_BEFORE = re.compile(r"(?<![\w'])entre\s+$")


def _elided_scale(low: float, high: float) -> float:
    """The lower bound of a range whose scale is written once, after the upper bound: "40 à 50 000
    visiteurs" is 40 000 to 50 000, "2 à 3 millions" 2 to 3 million; ``low`` itself when the upper
    bound is not a round thousand or million, or when ``low`` is already of its order."""
    for scale in (1_000_000, 1_000):
        if low < 1_000 and high % scale == 0 and low * scale <= high < low * scale * 10:
            return low * scale
    return low


def _range_low(sent: str, fsent: str, number):
    """A count given as a range ("attend de 2 400 à 2 600 participants"): its lower bound, which
    the text vouches for, approximate, its span from the first bound; ``number`` otherwise."""
    joined = _RANGE_TO.search(fsent, max(0, number.start - 10), number.start) or \
        _RANGE_AND.search(fsent, max(0, number.start - 10), number.start)
    if joined is None:
        return number
    end = joined.start()
    for ws in WORD_START.finditer(fsent, max(0, end - 40), end):
        first = count_at(sent, ws.start())
        if first is None or first.start != ws.start() or first.end != end:
            continue
        between = _BETWEEN_BEFORE.search(fsent, max(0, first.start - 10), first.start)
        if (joined.re is _RANGE_AND and between is None) or not 0 < first.value < number.value:
            return number
        return dataclasses.replace(number, value=_elided_scale(first.value, number.value), start=first.start,
                                   approximate=True)
    return number


def _verb_around(fsent: str, pos: int) -> bool:
    """Whether "autour de" at ``pos`` ends a verb of metrics.yaml `programme_verbs_before` ("le
    colloque s'est articulé autour de quatre tables rondes"): there it is no qualifier of the count
    ("about"), which is exact."""
    if not fsent.startswith("autour d", pos):
        return False
    inner = re.compile(r"autour\s+(?:de\s+|d')").match(fsent, pos)
    return inner is not None and any(
        m.end() == inner.end() or fsent[m.end():inner.end()].strip() == ""
        for m in prose_patterns()["programme_before"].finditer(fsent, max(0, pos - 60), inner.end()))


def _enumeration(fsent: str, item: _Item, sessions: set[str], terms) -> _Item:
    """"Une quarantaine de conférences, ateliers et autres tables rondes", "90 conférences,
    webinaires et pitchs": one count of sessions (``enumerated_sessions``)."""
    end = enumerated_sessions(fsent, item.metric, item.end, terms)
    if end is None:
        return item
    return dataclasses.replace(item, metric="sessions", end=end, word_end=end)


# The line reader (``candidates``) reads lines up to this length that start with a count.
_LINE_MAX_CHARS = 400


def _in_running_text(text: str, newlines: list[int], pos: int) -> bool:
    """Whether a count is inside running text rather than at the start of a short line (which
    the line reader reads): after other words on its line, or on a line too long for it."""
    i = bisect.bisect_left(newlines, pos)
    line_start = newlines[i - 1] + 1 if i else 0
    line_end = newlines[i] if i < len(newlines) else len(text)
    if pos - line_start > _LINE_MAX_CHARS or line_end - line_start > _LINE_MAX_CHARS:
        return True
    before = text[line_start:pos]
    return bool(before[LIST_MARKER.match(before).end():].strip())


def _chains(fsent: str, sent: str, items: list[_Item]) -> list[list[_Item]]:
    """Counts joined in one phrase: "2 100 visiteurs et plus de 70 exposants", or listed with
    things that are not counted between them: "Deux plénières, des visites, une vingtaine
    d'ateliers et ..." (``listed_between``)."""
    chains: list[list[_Item]] = []
    for item in items:
        if chains:
            previous = chains[-1][-1]
            link = (prose_patterns()["chain"].fullmatch(fsent, previous.end, item.start)
                    or listed_link(fsent, sent, previous.end) == item.start
                    or _COMPLEMENT_LINK.fullmatch(fsent, previous.end, item.start)
                    or _PARTICIPLE_LINK.fullmatch(fsent, previous.end, item.start)
                    or _REPRESENTING_LINK.fullmatch(fsent, previous.end, item.start)
                    or _provenance_link().fullmatch(fsent, previous.end, item.start))
            # "Au cours de ces trois jours, 450 élus ...": the event's length, then the counts
            if link and not (previous.metric == "days" and _after_duration_word(fsent, previous.start)):
                chains[-1].append(item)
                continue
        chains.append([item])
    return chains


# A short complement of a count, then a comma or "et" and the next count of a list: "2 grands témoins
# venus de Lyon, 6 présentations" (at most three words before a comma), "40 exposants sous la halle
# du marché couvert et 900 visiteurs" (at most six before "et"); no clause mark in them.
_COMPLEMENT_LINK = re.compile(r"(?:(?:\s+[^\s,;:!?()«»\"]+){1,3}\s*,|(?:\s+[^\s,;:!?()«»\"]+){1,6}\s+et\s)\s*")

# A count described by a present participle, then the next count of the list after a comma or
# "et": "40 clubs représentant 9 disciplines et 12 partenaires ont répondu présent" (the
# participle and at most four words; not a preposition ending the same way: "pendant deux jours").
_PARTICIPLE_LINK = re.compile(r"\s+(?!(?:pendant|durant|avant|devant|cependant|maintenant)(?![\w']))[a-z]{3,}ant"
                              r"(?:\s+[^\s,;:!?()«»\"]+){1,4}\s*(?:,|\set)\s+")

# A count of people (with the other kinds of people listed after it), then a present participle
# whose object is the next count: "150 élus et agents représentant plus de 40 partenaires" (the
# participle agreed with the people, as often written: "représentants"). Not a preposition ending
# the same way ("pendant deux jours"), nor a noun of people ("et habitants").
_REPRESENTING_LINK = re.compile(r"(?:\s*(?:,|\set)\s+[^\W\d][\w'-]*){0,3}\s+"
                                r"(?!(?:pendant|durant|avant|devant|cependant|maintenant)(?![\w']))"
                                r"(?:represent|regroup|rassembl|federe?|associ)ants?\s+")


@cache
def provenance_phrase(max_words: int) -> str:
    """Where counted people come from, as a pattern for folded text: a participle of metrics.yaml
    `event_prose.provenance_participles`, then "de", "des", "du" or "d'" and at most ``max_words``
    words ("issus du monde agricole et rural", "venus de toute la vallée")."""
    words = (load("metrics").get("event_prose") or {}).get("provenance_participles") or ["\0"]
    return r"\s+(?:{})\s+(?:de|des|du|d')(?:\s*[^\W\d][\w'-]*){{1,{}}}".format(
        "|".join(re.escape(fold_apostrophes(str(w))) for w in words), max_words)


@cache
def _provenance_link() -> re.Pattern:
    """A count of people described by where they come from, then the next count of the list after a
    comma, "et" or both: "une soixantaine d'intervenants issus du monde médical et associatif, et 170
    personnes présentes" (``provenance_phrase`` of at most five words, which may hold an "et" of
    their own before the comma)."""
    return re.compile(provenance_phrase(5) + r"\s*(?:,\s*(?:et\s+)?|et\s+)")


# A sentence may open with a list of counts of things that are no metric, then the counts of the
# event: "Plus de 70 bénévoles, 2 300 visiteurs, ..." (at most this many words per member).
_LISTED_COUNT_MAX_WORDS = 6


# The short lead that announces a list of counts after its colon: "Quelques chiffres : 150
# bénévoles et | 3 000 festivaliers" (at most this many words before the colon).
_FIGURES_LEAD_MAX_WORDS = 12


def _counts_listed(lead: str) -> bool:
    """Whether the words before a count opening a list are themselves counts listed with commas:
    "Une soixantaine de bénévoles, près de 25 food-trucks, | 2 300 visiteurs ...", maybe after a
    short lead and its colon, the last of them joined by "et": "Patrice X a donné quelques chiffres :
    150 bénévoles et | 3 000 festivaliers"."""
    colon = lead.rfind(":")
    if colon != -1 and len(re.findall(r"[\w']+", lead[:colon])) <= _FIGURES_LEAD_MAX_WORDS:
        listed = lead[colon + 1:]
        if re.search(r"\set\s*$", listed):
            listed = re.sub(r"\s+et\s*$", ",", listed)
        if "," in listed and _counts_listed(listed):
            return True
    members = lead.strip().split(",")
    if len(members) < 2 or members[-1].strip():
        return False
    for member in members[:-1]:
        member = member.strip()
        number = count_at(member, 0)
        if (not member or number is None or number.start != 0 or not number.end < len(member)
                or len(re.findall(r"[\w']+", member[number.end:])) > _LISTED_COUNT_MAX_WORDS):
            return False
    return True


# A day of the week after a count of people, with its article and its part of the day at most: "le
# samedi", "dimanche après-midi", "ce vendredi soir" (folded text).
_DAY_AFTER = re.compile(r"\s+(?:(?:le|ce)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
                        r"(?:\s+(?:matin|soir|midi|apres-midi|apres\s+midi))?(?![\w'-])")
_DAY_JOINED = re.compile(r"\s*(?:,|;|\bet\b|\bpuis\b)\s*")


def _daily_totals(sent: str, fsent: str, items: list[_Item], attendance) -> list[_Item]:
    """The attendance given day by day, one count per day of the week: "450 entrées le samedi et
    320 (visiteurs) le dimanche" is one attendance, their sum; a count with no day after it, or
    one day only, stays as it is. The counts of the later days leave the chain."""
    result: list[_Item] = []
    consumed = -1
    for item in items:
        if item.start < consumed:
            continue
        day = _DAY_AFTER.match(fsent, item.word_end) if item.metric in attendance else None
        if day is None:
            result.append(item)
            continue
        total, pos, end, days = item.number, day.end(), day.end(), 1
        while True:
            joined = _DAY_JOINED.match(fsent, pos)
            number = count_at(sent, joined.end()) if joined else None
            if number is None or number.start != joined.end():
                break
            rest = fsent[number.end:]
            word = re.match(r"\s+[^\W\d][\w'-]*", rest)
            following = _DAY_AFTER.match(fsent, number.end) or (
                _DAY_AFTER.match(fsent, number.end + word.end()) if word and fsent[item.word_start:item.word_end]
                == word.group(0).strip() else None)
            if following is None:
                break
            total = dataclasses.replace(total, value=total.value + number.value,
                                        approximate=total.approximate or number.approximate)
            pos = end = following.end()
            days += 1
        if days > 1:
            consumed = end
            item = dataclasses.replace(item, number=total, end=end)
        result.append(item)
    return result
