"""What a headline figure is and how a count is read: the metric vocabulary of
``lexicons/metrics.yaml`` ("visiteurs", "exposants", "tables rondes"...), a number and the word it
counts ("320 visiteurs", "plus de 60 intervenants"), rates that are no totals, and the figure row."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes, load
from .lines import trimmed_span
from .event_dates import month_pattern
from .numbers import number_at
from .patterns import literal_alternation, phrase_alternation


_norm = fold_apostrophes

# Between a number and its metric term: at most one short word ("3 grandes tables rondes").
_MAX_GAP_WORDS = 1


@dataclass(frozen=True)
class HeadlineFigure:
    metric: str
    value: float
    unit: str
    approximate: bool
    comparator: str | None
    quote: str
    page: int
    char_start: int
    char_end: int
    word: str = ""      # what is counted, as the text words it ("visiteurs", "personnes")
    numbers: tuple[tuple[int, int], ...] = ()   # offsets of the numbers as written ("plus de 40")
    context: bool = False   # counted by a word that counts the attendance only among other figures
    heading: bool = False   # stated by a title line ("Un beau succès avec 500 participants")


@cache
def metric_units() -> dict[str, str]:
    """metric -> its unit (metrics.yaml `metrics`), read once per process; callers only read it."""
    return {m: spec["unit"] for m, spec in load("metrics")["metrics"].items()}


@cache
def metric_terms() -> tuple[tuple[str, str], ...]:
    """(folded term, metric) pairs, longest term first."""
    pairs = []
    for metric, spec in load("metrics")["metrics"].items():
        for term in spec["terms"]:
            pairs.append((fold(str(term)), metric))
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p[0])))


@cache
def context_terms() -> tuple[tuple[str, str], ...]:
    """(folded term, metric) of the words that count the attendance only in a sentence about the
    event's gathering ("a rassemblé 210 personnes"), and the exhibitors only in a sentence about
    its stands ("sur les stands, 15 associations présentaient leurs actions"), with every metric term;
    longest first."""
    lex = load("metrics")
    attendance = _attendance_metric()
    pairs = {(fold(str(t)).replace("’", "'"), attendance)
             for t in (lex.get("attendance_context_terms") or []) + (lex.get("attendance_subject_terms") or [])}
    exhibitors = lex.get("exhibitor_context") or {}
    pairs |= {(fold(str(t)).replace("’", "'"), str(exhibitors.get("metric", "exhibitors"))) for t in exhibitors.get("terms") or []}
    return tuple(sorted(pairs | set(metric_terms()), key=lambda p: (-len(p[0]), p[0])))


@cache
def subject_terms() -> frozenset[str]:
    """metrics.yaml `attendance_subject_terms`, folded: words of people that count the attendance only as
    the subject of a gathering verb after them."""
    return frozenset(fold(str(t)).replace("’", "'") for t in load("metrics").get("attendance_subject_terms") or [])


@cache
def exhibit_cue() -> re.Pattern:
    """Words that set a count of organisations at the event's stands (metrics.yaml
    `exhibitor_context`: "stands", "exposaient")."""
    cues = (load("metrics").get("exhibitor_context") or {}).get("cues") or ["\0"]
    return re.compile(r"(?<![\w])(?:{})(?![\w])".format(_words_pattern(cues)))


@cache
def attendance_group() -> frozenset[str]:
    return frozenset(load("metrics").get("attendance_group") or [])


def _attendance_metric() -> str:
    """The metric code a context word ("personnes") is published under: the group's last code
    (participants), the word of a gathering rather than of a visit."""
    return list(load("metrics").get("attendance_group") or ["participants"])[-1]


# term lists (metric_terms(), context_terms()) by the first character of their terms, same order;
# keyed by the list's identity (those lists are built once), which keeps the lookup O(1).
_BY_INITIAL: dict[int, tuple[tuple, dict[str, tuple[tuple[str, str], ...]]]] = {}


def _by_initial(terms) -> dict[str, tuple[tuple[str, str], ...]]:
    known = _BY_INITIAL.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    index: dict[str, list] = {}
    for term, metric in terms:
        index.setdefault(term[:1], []).append((term, metric))
    built = {k: tuple(v) for k, v in index.items()}
    _BY_INITIAL[id(terms)] = (terms, built)
    return built


def term_at(folded: str, pos: int, terms=None) -> tuple[str, int] | None:
    for term, metric in _by_initial(terms or metric_terms()).get(folded[pos:pos + 1], ()):
        if folded.startswith(term, pos):
            after = pos + len(term)
            if after == len(folded) or not folded[after].isalnum():
                return metric, after
    return None


@cache
def _rate_pattern() -> re.Pattern:
    words = sorted({fold(str(w)).replace("’", "'") for w in load("metrics").get("rates") or []}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z0-9])")


def is_rate(folded: str, end: int) -> bool:
    """"8 000 visiteurs par mois", "40 participants en moyenne": not a total of the event."""
    return bool(load("metrics").get("rates")) and _rate_pattern().match(folded, end) is not None


def rate_within(folded: str, start: int, end: int) -> bool:
    """A rate word between a verb and its count: "qui attire chaque année 4 000 visiteurs"."""
    return bool(load("metrics").get("rates")) and _rate_word().search(folded, start, end) is not None


@cache
def _rate_word() -> re.Pattern:
    words = sorted({fold(str(w)).replace("’", "'") for w in load("metrics").get("rates") or []}, key=len, reverse=True)
    return re.compile(r"(?:(?<![\w])|(?=/))(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z0-9])")


_BLANKS = re.compile(r"[ \u00a0]*")
_GAP_WORD = re.compile(r"[a-z]{1,12}\b")


@cache
def _people_gap_word() -> re.Pattern:
    """A word of people of metrics.yaml `attendance_context_terms`, of any length, between a count
    and its metric term: "480 professionnels inscrits" (longer than the short words _GAP_WORD takes)."""
    words = sorted({fold(str(t)).replace("’", "'") for t in load("metrics").get("attendance_context_terms") or []},
                   key=len, reverse=True)
    return re.compile(r"(?:{})(?![\w'])".format("|".join(map(re.escape, words)) or "\0"))


@cache
def _elided_qualifiers() -> tuple[tuple[str, str], ...]:
    """(folded phrase, comparator) of the numbers.yaml qualifiers that end with an elided "de"
    ("plus d'", "près d'"), longest first."""
    lex = load("numbers")
    known = {**(lex.get("qualifiers") or {}), **(lex.get("extra_qualifiers") or {})}
    pairs = [(_norm(str(k)), v) for k, v in known.items() if _norm(str(k)).endswith("'")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _signs() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(mark, comparator) of metrics.yaml `sign_qualifiers` (before a count: "+ de 700", "> 800")
    and `sign_suffixes` (after it: "700+"), longest first."""
    lex = load("metrics")
    before = sorted(((_norm(str(k)), str(v)) for k, v in (lex.get("sign_qualifiers") or {}).items()),
                    key=lambda p: -len(p[0]))
    after = sorted(((_norm(str(k)), str(v)) for k, v in (lex.get("sign_suffixes") or {}).items()),
                   key=lambda p: -len(p[0]))
    return tuple(before), tuple(after)


def _signed(text: str, pos: int, number):
    """A count written with a sign as slides and cards write it: "+ de 800 visiteurs", "+800",
    "> 800", "700+" (metrics.yaml `sign_qualifiers`, `sign_suffixes`); None when no sign is there."""
    before, after = _signs()
    if number is not None:
        for mark, comparator in after:
            tail = text[number.end + len(mark):number.end + len(mark) + 8]
            if text.startswith(mark, number.end) and not tail[:1].isalnum() and not tail.lstrip()[:1].isdigit():
                return dataclasses.replace(number, end=number.end + len(mark), approximate=True, comparator=comparator)
        return None
    head = _norm(text[pos:pos + 12])
    for mark, comparator in before:
        if head.startswith(mark):
            rest = pos + len(mark)
            rest += len(text[rest:rest + 4]) - len(text[rest:rest + 4].lstrip(" \u00a0"))
            found = number_at(text, rest)
            if found is not None and found.start == rest and found.comparator is None and text[rest:rest + 1].isdigit():
                return dataclasses.replace(found, start=pos, approximate=True, comparator=comparator)
    return None


def count_at(text: str, pos: int):
    """``number_at``, a count written with a sign ("+ de 700", "700+": ``_signed``), and a count
    whose qualifier is elided before "un"/"une": "plus d'une centaine de participants", "près d'un
    millier de visiteurs" (``number_at`` reads "plus de 100" and "une centaine", not "plus d'une
    centaine": its qualifier must end before a blank)."""
    number = number_at(text, pos)
    if number is not None and (_clock_part(text, number.start, number.end) or _date_part(text, number.start, number.end)):
        return None
    window = text[pos:pos + 40]
    start = pos + len(window) - len(window.lstrip(" \t\u00a0"))
    signed = _signed(text, start, number)
    if signed is not None:
        return signed
    if number is not None:
        return _scaled(text, number)
    head = _norm(text[start:start + 24])
    for phrase, comparator in _elided_qualifiers():
        if head.startswith(phrase) and re.match(r"une?\s", head[len(phrase):]):
            rest = number_at(text, start + len(phrase))
            if rest is not None and rest.approximate:
                return dataclasses.replace(rest, start=start, comparator=comparator)
    return None


# A time of day typeset with blanks ("16 h", "14 h 15 Atelier des semis"): its hour, before the "h" alone,
# and its minutes, after it, count nothing.
_CLOCK_HOUR = re.compile(r"[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]*[0-5]\d)?(?![^\W\d_])")
_CLOCK_MINUTES = re.compile(r"(?<![\w,.])(?:[01]?\d|2[0-3])[ \u00a0\u202f]?[hH][ \u00a0\u202f]?$")


def _date_part(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are the day of a date, before its month ("3 Mars
    Journée des Lucioles"), or its year, after its month ("Jeudi 9 octobre 2031 Ateliers")."""
    digits = text[start:end].strip()
    if not digits.isdigit():
        return False
    month_after, month_before = _month_around()
    if int(digits) <= 31 and month_after.match(fold(text[end:end + 16])):
        return True
    return 1900 <= int(digits) <= 2100 and month_before.search(fold(text[max(0, start - 16):start])) is not None


@cache
def _month_around() -> tuple[re.Pattern, re.Pattern]:
    """A month name right after a day ("er" allowed: "1er mars"), and one right before a year."""
    months = month_pattern()
    return (re.compile(rf"(?:er)?[ \t\u00a0\u202f]+{months}(?![\w])"),
            re.compile(rf"(?<![\w]){months}[ \t\u00a0\u202f]+$"))


def _clock_part(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are the hour or the minutes of a time of day."""
    digits = text[start:end].strip()
    if not digits.isdigit():
        return False
    return bool((int(digits) <= 24 and _CLOCK_HOUR.match(text, end))
                or (int(digits) <= 59 and _CLOCK_MINUTES.search(text, max(0, start - 8), start)))


# A count in digits with a scale word of a million or more before what it counts: "3 millions de
# visiteurs", "1,5 million de spectateurs" (numbers.yaml `multipliers`); the word and "de" follow.
# "mille" after digits multiplies the noun right after it: "500 mille visiteurs".
@cache
def _scale_after() -> tuple[re.Pattern, dict[str, float]]:
    multipliers = {fold(str(w)): float(v) for w, v in (load("numbers").get("multipliers") or {}).items()}
    scales = {w: v for w, v in multipliers.items() if v >= 1_000_000 and len(w) > 2}
    pattern = re.compile(r"[ \u00a0\u202f]+(?:({})(?=[ \u00a0\u202f]+(?:de|d')[ \u00a0\u202f]*\w)|(mille)(?=[ \u00a0\u202f]+[a-z]))".format(
        "|".join(sorted((re.escape(w) for w in scales), key=len, reverse=True)) or "\0"))
    if "mille" in multipliers:
        scales["mille"] = multipliers["mille"]
    return pattern, scales


def _scaled(text: str, number):
    """``number`` times the scale word right after its digits ("3 millions de visiteurs": 3 000 000),
    its end moved after the word; ``number`` itself otherwise (a number in words keeps its reading)."""
    if not text[number.end - 1:number.end].isdigit():
        return number
    pattern, scales = _scale_after()
    m = pattern.match(_norm(text[number.end:number.end + 24]))
    if m is None:
        return number
    return dataclasses.replace(number, value=number.value * scales[m.group(1) or m.group(2)], end=number.end + m.end())


def count_in_range(text: str, number) -> bool:
    """Whether a count read from ``text`` may be a headline figure: positive, under ten million in
    plain digits (beyond, a reference or a phone number), under a billion when read with a scale
    word ("3 millions de visiteurs": a nationwide event)."""
    return 0 < number.value < (_SCALED_MAX if is_scaled(text, number) else _PLAIN_MAX)


def is_scaled(text: str, number) -> bool:
    """Whether a count was read with a scale word after its digits ("3 millions")."""
    return _norm(text[number.start:number.end]).split()[-1] in _scale_after()[1]


_PLAIN_MAX = 10_000_000
_SCALED_MAX = 1_000_000_000


def enumerated_sessions(folded: str, metric: str, end: int, terms=None) -> int | None:
    """The end of the kinds of sessions listed after a count of one kind ("90 conférences,
    démonstrations et masterclass", "une quarantaine de conférences, ateliers et autres tables
    rondes"): then the count is of all sessions; None when no other kind follows."""
    lex = load("metrics")
    sessions = set(lex.get("session_metrics") or [])
    if metric not in sessions:
        return None
    patterns = prose_patterns()
    kinds = {metric}
    while True:
        m = patterns["enumeration"].match(folded, end)
        if not m or m.end() == end:
            break
        found = term_at(folded, m.end(), terms)
        if found and found[0] in sessions:
            kinds.add(found[0])
            end = found[1]
            continue
        # a kind of programme item that is no metric of its own (metrics.yaml `session_kinds`), not
        # after "des", which opens another member of a list ("deux plénières, des visites")
        if re.search(r"\bdes\s*$", m.group(0)):
            break
        kind = patterns["session_kind"].match(folded, m.end())
        if kind is None:
            break
        kinds.add(kind.group(0))
        end = kind.end()
    return end if len(kinds) >= 2 else None


def number_first(folded: str, text: str, pos: int):
    """"320 visiteurs", "Plus de 60 intervenants", "une trentaine d'exposants"; a count followed by
    other kinds of sessions is of all sessions ("40 conférences, ateliers et pitchs")."""
    number = count_at(text, pos)
    if number is None:
        return None
    cursor = number.end
    for _ in range(_MAX_GAP_WORDS + 1):
        cursor = _BLANKS.match(folded, cursor).end()
        found = term_at(folded, cursor)
        if found:
            if is_rate(folded, found[1]):
                return None
            listed = enumerated_sessions(folded, found[0], found[1])
            if listed is not None:
                return number, "sessions", listed, (cursor, listed)
            return number, found[0], found[1], (cursor, found[1])
        gap = _GAP_WORD.match(folded, cursor) or _people_gap_word().match(folded, cursor)
        if not gap:
            return None
        cursor = gap.end()
    return None


# A member of a list that is no count, up to the next "," or "et": "des visites de terrain, ".
_LIST_MEMBER = re.compile(r"(?:des|de|d'|les|la|le|l'|un|une|du)\s*[^\W\d][^,.;:!?()\d]{0,60}?\s*(?:,|\bet\b)\s*")
_COMMA = re.compile(r"\s*,\s*")


def listed_link(folded: str, text: str, end: int) -> int | None:
    """Where the next count of a list starts when members that are no count stand between it and
    the count ending at ``end``: "Deux plénières, des visites de terrain, une vingtaine
    d'ateliers" (at most metrics.yaml `event_prose.max_people_listed` members); else None."""
    m = _COMMA.match(folded, end)
    if not m:
        return None
    pos, members = m.end(), 0
    for _ in range(int((load("metrics").get("event_prose") or {}).get("max_people_listed", 6)) + 1):
        number = count_at(text, pos) if members else None
        if number is not None and number.start == pos:
            return pos
        member = _LIST_MEMBER.match(folded, pos)
        if member is None or member.end() == pos:
            return None
        pos, members = member.end(), members + 1
    return None


WORD_START = re.compile(r"(?<![\w'’])[\w]")


# A line break of the layout, or a run of spaces: one space in a quote (a no-break space stays).
_LAYOUT_BREAK = re.compile(r"[ \t]*[\r\n\t\f][ \t\r\n\f]*| {2,}")


def make_figure(doc: Document, units: dict, metric: str, number, start: int, end: int, word: str | None,
                base: int) -> HeadlineFigure:
    """A figure quoting ``doc.text[start:end]``; ``number``'s offsets count from ``base``."""
    start, end = trimmed_span(doc.text, start, end)
    return HeadlineFigure(
        metric=metric,
        value=number.value,
        unit=units.get(metric, "count"),
        approximate=number.approximate,
        comparator=number.comparator,
        quote=_LAYOUT_BREAK.sub(" ", doc.text[start:end]),     # as a reader sees it: no layout line break
        page=doc.page_of(start),
        char_start=start,
        char_end=end,
        word=" ".join((word or "").split()),
        numbers=(trimmed_span(doc.text, base + number.start, base + number.end),),
    )


@cache
def _activity_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    prose = load("metrics").get("event_prose") or {}
    year = re.compile(r"(?<![\w'])(?:en\s+(?:19|20)\d{2}\b|(?:%s)(?![\w]))" % _words_pattern(prose.get("year_leads") or ["\0"]))
    subject = re.compile(r"(?<![\w])(?:l'|la\s|le\s|les\s|notre\s|nos\s|cette\s|ce\s|son\s|sa\s)\s*(?:%s)(?![\w])"
                         % _words_pattern(prose.get("organisation_subjects") or ["\0"]))
    event = re.compile(r"(?<![\w])(?:%s)(?![\w])" % _words_pattern(load("events").get("event_nouns") or ["\0"]))
    return year, subject, event


def organisation_activity(folded_sentence: str) -> bool:
    """Whether a sentence tells an organisation's activity over a year rather than an event: a
    year ("En 2023", "au cours de l'année") and an organisation as subject ("l'association",
    "notre réseau"; metrics.yaml `event_prose.year_leads`, `organisation_subjects`), and no event
    noun: "En 2023, l'association a organisé 45 ateliers et accueilli 1 300 visiteurs"."""
    year, subject, event = _activity_patterns()
    if not (year.search(folded_sentence) and subject.search(folded_sentence)):
        return False
    # an event noun that is counted ("6 conférences") is a figure of the activity, not an event named
    return not any(not re.search(r"\d\s*$", folded_sentence[max(0, m.start() - 12):m.start()])
                   for m in event.finditer(folded_sentence))


def _earlier_success(prose: dict) -> str:
    """metrics.yaml `event_prose.earlier_success`: "fort du succès", "forte de sa première réussite"."""
    spec = prose.get("earlier_success") or {}
    return r"(?<![\w])(?:{})\s+(?:(?:ce|cet|cette|son|sa|ses|leur|leurs|la|l'|les)\s*)?(?:[\w-]+\s+)?(?:{})(?![\w])".format(
        _words_pattern(spec.get("leads") or ["\0"]), _words_pattern(spec.get("nouns") or ["\0"]))


def _words_pattern(words, inserted=()) -> str:
    """Alternation of folded words or phrases, longest first, any run of blanks between words (and
    at most one of the ``inserted`` words between two words of a phrase: "ont | ainsi | participé")."""
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return phrase_alternation(keys, inserted=sorted({_norm(str(i)) for i in inserted}, key=len, reverse=True))


# The pluperfect of a verb in the present perfect ("ont franchi" -> "avaient déjà franchi").
_PLUPERFECT = {"ont": "avaient", "a": "avait", "sont": "étaient", "est": "était"}


def prose_verbs_after() -> list[str]:
    """metrics.yaml `event_prose.verbs_after` and the verbs of wares shown or sold
    (`exhibitor_context.wares_after`, "ont présenté leurs produits"): the verbs after a count of
    people at the event."""
    metrics = load("metrics")
    return [*((metrics.get("event_prose") or {}).get("verbs_after") or []),
            *((metrics.get("exhibitor_context") or {}).get("wares_after") or [])]


def _with_running_counts(verbs) -> list[str]:
    """The verbs after a count, and each in the pluperfect with "déjà": the count reached so far
    while the event went on ("À midi, 420 visiteurs avaient déjà passé les portes"), not an
    earlier time's (metrics.yaml `earlier_tenses`: "avaient franchi" alone is)."""
    out = [str(v) for v in verbs]
    for verb in list(out):
        aux, _, rest = verb.partition(" ")
        if aux in _PLUPERFECT and rest:
            out.append(f"{_PLUPERFECT[aux]} déjà {rest}")
    return out + _agreement_slips(out)


def _agreement_slips(verbs: list[str]) -> list[str]:
    """A past participle after "ont" agreed with the people counted, as writers often slip
    ("180 élus ont effectuées le déplacement", "ont participés"): the verbs with "ont" and a
    participle ending in é, i or u, with that participle in the feminine or the plural."""
    slips = []
    for verb in verbs:
        words = verb.split(" ")
        if len(words) >= 2 and words[0] == "ont" and re.fullmatch(r"\w+[éiu]", words[1]):
            for ending in ("e", "s", "es"):
                slips.append(" ".join([words[0], words[1] + ending] + words[2:]))
    return slips


def _bounded(words) -> str:
    """``_words_pattern`` where a word (not a mark such as "," or "&") ends at a word boundary, so
    that "et" is not read in "etudiants"."""
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return phrase_alternation(keys, bounded=True)


# Seats counted, a capacity: "une salle de 300 places" (not "les places du vieux bourg").
_SEATS = r"(?<![\w.,])\d[\d \u00a0\u202f.]*\s+places(?![\w])"


@cache
def prose_patterns() -> dict[str, re.Pattern]:
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    bound = r"(?<![\w'])(?:{})(?![\w])"
    connectors = _bounded(lex.get("chain_connectors") or ["\0"])
    articles = _bounded(lex.get("chain_articles") or ["\0"])
    durations = _words_pattern(prose.get("duration_words") or ["\0"])
    separators = "|".join(re.escape(str(s)) for s in lex.get("line_separators") or ["\0"])
    enumeration = _words_pattern(lex.get("enumeration_connectors") or [])
    return {
        "terms": re.compile(r"(?<![\w])(?:{})(?![\w])".format(literal_alternation(t for t, _ in context_terms()))),
        "before": re.compile(bound.format(_words_pattern(prose.get("verbs_before") or ["\0"]))),
        # an adverb may come between the auxiliary and the participle: "sont alors venus"
        "after": re.compile(bound.format(_words_pattern(_with_running_counts(prose_verbs_after() or ["\0"]),
                                                        prose.get("verb_adverbs") or []))),
        "programme_before": re.compile(bound.format(_words_pattern(prose.get("programme_verbs_before") or ["\0"]))),
        "programme_after": re.compile(bound.format(_words_pattern(prose.get("programme_verbs_after") or ["\0"]))),
        # "l'atelier", "d'un atelier": a session word may follow an elided article
        "sessions": re.compile(r"(?<![\w])(?:{})(?![\w])".format(_words_pattern(prose.get("session_words") or ["\0"]))),
        "specified": re.compile(r"(?<![\w'])(?:{})\s+(?:\w+\s+)?(?:{})(?![\w])".format(
            _words_pattern(prose.get("specifiers") or ["\0"]), _words_pattern(prose.get("session_words") or ["\0"]))),
        # "l'édition précédente": the phrase may follow an elided article
        "session_kind": re.compile(r"(?:{})(?![\w])".format(_words_pattern(lex.get("session_kinds") or ["\0"]))),
        "elsewhere": re.compile(r"(?<![\w])(?:{})(?![\w])|{}|{}".format(_words_pattern(prose.get("not_this_event") or ["\0"]),
                                                                       _earlier_success(prose), _SEATS)),
        "earlier_success": re.compile(_earlier_success(prose)),
        "earlier_edition": re.compile(r"(?:{})".format(_words_pattern(prose.get("earlier_edition") or ["\0"]))),
        # "depuis 2016", "depuis 33 ans": a total over a period
        "period": re.compile(r"(?<![\w'])(?:{})\s+(?:(?:(?:l'an(?:nee)?|fin|debut)\s+)?(?:19|20)\d{{2}}\b"
                             r"|(?:(?:plus\s+de|pres\s+de|bientot|presque)\s+)?\d{{1,3}}\s+ans\b)".format(
            _words_pattern(prose.get("period_words") or ["\0"]))),
        # "qui avait rassemblé": a gathering verb in the pluperfect tells of an earlier time
        "earlier": re.compile(r"(?<![\w'])(?:{})\s+$".format(_words_pattern(prose.get("earlier_tenses") or ["\0"]))),
        "comparison": re.compile(r"(?<![\w'])(?:{})".format(_bounded(prose.get("comparison_markers") or ["\0"]))),
        "chain": re.compile(r"\s*(?:(?:{})\s*)+(?:(?:{})\s*)?".format(connectors, articles)),
        "line_chain": re.compile(r"\s*(?:(?:{}|{})\s*)+(?:(?:{})\s*)?".format(connectors, separators, articles)),
        "enumeration": re.compile(r"\s*(?:(?:{})\s*)+(?:(?:de|des)\s+|d')?".format(enumeration)),
        "duration": re.compile(r"\s*,?\s*(?:{})\s+(?:(?:les|des|ces)\s+)?".format(durations)),
        "duration_at": re.compile(r"(?<![\w'])(?:{})\s+(?:(?:les|des|ces)\s+)?".format(durations)),
        "duration_verb": re.compile(r"(?<![\w'])(?:{})\s+(?:(?:{})\s+)?(?:(?:les|des|ces)\s+)?$".format(
            _words_pattern(prose.get("duration_verbs") or ["\0"]), durations)),
        # "trois jours | durant": a duration word after the count of days
        "duration_after": re.compile(r"\s*,?\s*(?:{})(?![\w])".format(_words_pattern(prose.get("postposed_duration_words") or ["\0"]))),
        # "jours | de conférences et de visites": what the event's days are filled with, after their
        # count, maybe after a word describing them ("deux jours magiques de festivités")
        "day_activity": re.compile(r"\s+(?:(?!(?:de|des|du|par|pour|sur|avec|en|et|ou)\s)[a-z\u00e0-\u00ff]{{3,}}\s+)?"
                                   r"(?:de\s+|d')(?:{})(?![\w])".format(_words_pattern(prose.get("day_activities") or ["\0"]))),
        # "250 élus, techniciens, agents et partenaires": kinds of people after a count, the first
        # kind described in at most three words, not opening with a preposition ("250 agents
        # territoriaux, élus et partenaires", not "40 inscrits sur la liste, une vingtaine"); an open
        # list may end with an ellipsis ("250 élus, agents, bénévoles… ont participé")
        "people_listed": re.compile(r"(?:\s+(?!(?:sur|dans|de|du|des|d'|a|au|aux|en|pour|par|avec|chez|sous|lors|selon)"
                                    r"(?![\w']))[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,2})?(?:\s*(?:,|\bet\b|\bou\b)\s*[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,3}){1,%d}\s*(?:\.{3}|…)?\s*"
                                    % int(prose.get("max_people_listed", 6))),
        # "des conférences, des démonstrations et près d'une cinquantaine d'ateliers": things listed
        # between a verb and the count that ends the list
        "things_listed": re.compile(r"(?:\s*(?:des|de|d'|les|la|le|l'|un|une|du|plusieurs)\s*[^,.;:!?()]{1,60}?\s*"
                                    r"(?:,|\bet\b)){1,%d}\s*" % int(prose.get("max_people_listed", 6))),
        # "le nombre de visiteurs s'élève à 1 200": the label, the term (group 1), the verb
        "amount": re.compile(r"(?<![\w'])(?:{})\s*({})\s+(?:[\w']+\s+){{0,3}}?(?:{})\s+(?:les\s+|des\s+)?".format(
            _words_pattern(lex.get("label_prefixes") or ["\0"]), "|".join(re.escape(t) for t, _ in metric_terms()),
            _words_pattern(prose.get("amount_verbs") or ["\0"]))),
        "closing_subject": re.compile(r"(?<![\w'])(?:{})(?![\w])".format(_words_pattern(
            (prose.get("closing_subjects") or []) + list(load("events").get("event_nouns") or []) or ["\0"]))),
        # "une fréquentation record avec ...": a noun of attendance in the clause that ends with the opener
        "attendance_clause": re.compile(r"(?<![\w'])(?:{})(?![\w])[^,;:.!?()]*$".format(_words_pattern(
            prose.get("attendance_nouns") or ["\0"]))),
        "closing": re.compile(r"(?<![\w'])(?:{})\s*$".format(_words_pattern(prose.get("closing_openers") or ["\0"]))),
        # "Avec 2 100 visiteurs, ...", or after a clause: "Bilan positif : avec près de 1 800 visiteurs, ..."
        "opener": re.compile(r"(?:[^\n]*[,;:…]\s*)?(?:{})".format(_words_pattern(prose.get("openers") or ["\0"]))),
        "presentative": re.compile(r"(?:[^\n]*[,;:…]\s*)?(?:[\w'-]+[\s,]+){0,%d}(?:%s)\s*" % (
            int(prose.get("max_lead_in_words", 3)), _words_pattern(prose.get("presentatives") or ["\0"]))),
        "lead_in": re.compile(r"(?:[\w'-]+\s+){0,%d}[\w'-]+\s*[,:]\s*" % (int(prose.get("max_lead_in_words", 3)) - 1)),
    }
