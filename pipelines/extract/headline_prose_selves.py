"""The attendance told by the people counting themselves, the number with no noun, before "à" and
a verb of coming or taking part: "Car ils n'étaient pas moins de 420 à faire le déplacement", "nous
fûmes une quarantaine à nous retrouver", "Ils étaient près de 450 à participer", or with a word of
people and a participle of being gathered: "ils étaient 240 lauréats réunis" (metrics.yaml
`event_prose.selves_*`). A count named in a noun of people ("Nous étions 100 personnes à avoir
participé") is read by the sentence reader (headline_prose.py) and left to it."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .headline_terms import HeadlineFigure, _words_pattern, count_at, make_figure, prose_verbs_after
from .numbers import ParsedNumber


@cache
def _selves() -> tuple[re.Pattern, re.Pattern] | None:
    prose = load("metrics").get("event_prose") or {}
    subjects, verbs, infinitives = (prose.get(k) or [] for k in ("selves_subjects", "selves_verbs", "selves_infinitives"))
    if not (subjects and verbs and infinitives):
        return None
    adverbs = prose.get("selves_adverbs") or []
    # "ne ... pas moins de": the qualifier is the count's ("ils n'étaient pas moins de 420")
    lead = re.compile(r"(?<![\w'])(?:{})\s+(?:ne\s+|n')?(?:{})\s+(?:(?:{})\s+)?".format(
        _words_pattern(subjects), _words_pattern(verbs), _words_pattern(adverbs or ["\0"])))
    participles = prose.get("selves_participles") or []
    # "... 420 | à faire le déplacement", or "... 240 | lauréats réunis" (one word of people, not a number)
    tail = re.compile(r"\s+(?:a\s+(?:{})|[^\W\d][\w'-]*\s+(?:{}))(?![\w])".format(
        _words_pattern(infinitives), _words_pattern(participles or ["\0"])))
    return lead, tail


def _collective_at(folded: str, pos: int) -> ParsedNumber | None:
    """A bare collective count at ``pos``, with no "de" after it since no noun follows: "une
    quarantaine" (numbers.yaml `collectives`), approximate."""
    m = re.match(r"une?\s+([a-z]+)(?![\w'])", folded[pos:pos + 30])
    value = (load("numbers").get("collectives") or {}).get(m.group(1)) if m else None
    if value is None:
        return None
    return ParsedNumber(float(value), pos, pos + m.end(), True, "~")


def counted_selves(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """Each such count (``_selves``) not already among ``found``, as the attendance."""
    patterns = _selves()
    if patterns is None:
        return []
    lead, tail = patterns
    taken = {f.numbers[0][0] for f in found if f.numbers}
    out: list[HeadlineFigure] = []
    for m in lead.finditer(folded):
        number = count_at(doc.text, m.end()) or _collective_at(folded, m.end())
        if number is None or number.value < 2 or number.value != int(number.value):
            continue
        verb = tail.match(folded, number.end)
        if verb is None or number.start in taken:
            continue
        out.append(make_figure(doc, units, "participants", number, m.start(), verb.end(), None, 0))
    return out


@cache
def _roll_call() -> re.Pattern | None:
    """The verb of being present first, at the start of a sentence or a line, then maybe a colon:
    "Étaient présents 42 adhérents" (metrics.yaml `event_prose.roll_call_leads`). Not inside a
    sentence ("les élus qui étaient présents 3 jours" counts days, not people)."""
    leads = (load("metrics").get("event_prose") or {}).get("roll_call_leads") or []
    if not leads:
        return None
    return re.compile(r"(?:^|(?<=[\n.!?])[ \t\u00a0]*)(?:{})[ \t\u00a0]*:?[ \t\u00a0]*".format(_words_pattern(leads)), re.M)


def counted_roll_call(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """Each count of a roll call (``_roll_call``) followed by a word of people (a word, not a
    number: "Étaient présents 42 adhérents"), not already among ``found``, as the attendance."""
    lead = _roll_call()
    if lead is None:
        return []
    taken = {f.numbers[0][0] for f in found if f.numbers}
    out: list[HeadlineFigure] = []
    for m in lead.finditer(folded):
        number = count_at(doc.text, m.end())
        if number is None or number.value < 2 or number.value != int(number.value) or number.start in taken:
            continue
        word = re.match(r"\s+(?:de\s+|d')?[^\W\d][\w'-]*", folded[number.end:number.end + 40])
        if word is None:
            continue
        out.append(make_figure(doc, units, "participants", number, m.start(), number.end + word.end(), None, 0))
    return out


@cache
def _share() -> re.Pattern | None:
    """"sur les N <gens> <invités>," then maybe an adverb, the bare count, then a verb of
    `event_prose.verbs_after`: "Sur les 900 habitants conviés, seuls 210 se sont déplacés" (the
    count of those who came; group 1 ends where it starts). Not without the verb ("sur les 900
    habitants conviés, 210 réponses" counts answers)."""
    prose = load("metrics").get("event_prose") or {}
    participles, verbs = prose.get("share_participles") or [], prose_verbs_after()
    if not (participles and verbs):
        return None
    adverbs = prose.get("share_adverbs") or ["\0"]
    return re.compile(r"(?<![\w'])sur\s+les\s+\d[\d \u00a0.]*\s+[^\W\d][\w'-]*\s+(?:{})\s*,\s*(?:(?:{})\s+)?()".format(
        _words_pattern(participles), _words_pattern(adverbs)))


@cache
def _coming_verb() -> re.Pattern:
    """A verb of `event_prose.verbs_after` right after a count ("210 se sont déplacés")."""
    return re.compile(r"\s+(?:{})(?![\w])".format(_words_pattern(prose_verbs_after())))


def counted_share(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """Each count of those who came among the invited (``_share``) not already among ``found``,
    as the attendance."""
    lead = _share()
    if lead is None:
        return []
    verbs = _coming_verb()
    taken = {f.numbers[0][0] for f in found if f.numbers}
    out: list[HeadlineFigure] = []
    for m in lead.finditer(folded):
        number = count_at(doc.text, m.end(1))
        if number is None or number.value < 2 or number.value != int(number.value) or number.start in taken:
            continue
        verb = verbs.match(folded, number.end)
        if verb is None:
            continue
        out.append(make_figure(doc, units, "participants", number, m.start(), verb.end(), None, 0))
    return out
