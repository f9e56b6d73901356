"""Headline figures in prose about the event itself: "le forum a rassemblé plus de 420
participants", "près de 1 600 visiteurs et plus de 90 exposants", "396 participants durant trois
jours"; a count of one session, another edition or a capacity is left to the cited figures."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes, load
from .budget import check_time
from .headline_terms import (
    HeadlineFigure, WORD_START, attendance_group, context_terms, count_at, enumerated_sessions, exhibit_cue, is_rate,
    listed_link, make_figure, number_first, organisation_activity, prose_patterns, rate_within, term_at,
)
from .event_opening import gathered_for, sponsorship_deck
from .lines import LIST_MARKER
from .per_document import per_document


# --------------------------------------------------------------------------- prose about the event
# Headline figures in running text about the event itself (metrics.yaml `event_prose`): a gathering
# verb before the counts ("Le forum a rassemblé plus de 270 participants et 30 exposants") or after
# them ("75 personnes ont participé"), or a sentence opening with counts of the programme ("Trois
# tables rondes ont suivi"). The audience of one session ("le second atelier a réuni 40
# participants"), a rate, another edition's count or a capacity is left to the cited figures.

_norm = fold_apostrophes


# Sentences end at a full stop (with the closing quotes after it, French spacing before "»"
# included: "... où ? »"), a blank line, a page break or a list item; a sentence longer than
# this is read only around its counted words.
_SENTENCE_BREAK = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»”\"')\]])*(?=\s)|\n[ \t]*\n|\f|\n(?=[ \t]*(?:[-•*–—▪►✓·]|\d+[.)])\s)")
_SENTENCE_REACH = 300
# ... and the counted words closer than the reach to each other share one window, of at most this
# many characters (a sentence that never ends is still read in linear time).
_WINDOW_MAX = 3 * _SENTENCE_REACH


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
        if not re.fullmatch(r"\s*(?:[a-z]{1,12}\s+)?", fsent[number.end:t0]):
            continue
        if not 0 < number.value < 10_000_000 or is_rate(fsent, t1):
            return None
        number = _respective_total(sent, fsent, number)
        return _Item(number, metric, number.start, t1, t0, t1, context)
    return None


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


def _session_named(fclause: str, title: str, rest: str | None = None) -> bool:
    """Whether a clause names a session of the event ("le second atelier"), other than the kind of
    session the document's title names (a webinar's page speaking of "le webinaire"). ``rest``: the
    text the clause opens, past its first comma, where the event's parts may go on being listed."""
    patterns = prose_patterns()
    if patterns["specified"].search(fclause):
        return True
    # counted sessions are the programme, not one session: "ont assisté aux 40 conférences"; so
    # are the event's parts listed: "ont parcouru les ateliers, les expositions et le village"
    return any(m.group(0) not in title and not _counted().search(fclause, max(0, m.start() - 40), m.start())
               and not _PARTS_LISTED.match(rest or fclause, m.end()) for m in patterns["sessions"].finditer(fclause))


@cache
def _counted() -> re.Pattern:
    """A number, in figures or in words ("trois ateliers"; numbers.yaml `number_words`), and at most
    three words ("40 conférences et ateliers") right before a session word: the sessions are counted."""
    words = "|".join(re.escape(_norm(str(w))) for w in sorted(load("numbers").get("number_words") or ["\0"], key=len, reverse=True))
    return re.compile(r"(?:\d[\d  .]*|(?<![\w'])(?:%s))\s+(?:[\w'-]+,?\s+){0,3}$" % words)

# After a plural session word, another part of the event listed: "les ateliers, expositions et
# autres animations", "les conférences et les stands" (the object is the event's parts, not one session).
_PARTS_LISTED = re.compile(r"(?<=s)\s*(?:,|\bet\b)\s*(?:(?:les|des|aux|d'autres|autres)\s+)?[^\W\d]")


# An apposition set between commas right before the verb ("300 habitants du quartier, venus en
# famille pour la plupart, ont participé"): it describes the people counted and is left out of the
# gap between the counts and their verb.
_APPOSITION_BEFORE_VERB = re.compile(r",[^,.;:!?()«»\"]{1,80},\s*$")


# The sessions of one kind, all of them, counted after a definite article and subject of a verb
# right after their word: "les trois plénières ont été suivies", "Les deux ateliers se sont tenus".
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s,;:(])les\s+$")
# The definite article right before a count, bare or contracted: "les 40 exposants", "des 72 stands",
# "aux 30 exposants".
_DEFINITE_COUNT_BEFORE = re.compile(r"(?:^|[\s,;:(])(?:les|des|aux)\s+$")
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:ont|sont|se\s+sont|avaient|etaient|furent)\s")


@cache
def _held_verb() -> re.Pattern:
    """A verb of events.yaml `taking_place_verbs` in a past tense ("s'est tenu", "a eu lieu"), for
    folded text."""
    verbs = [str(v) for v in load("events").get("taking_place_verbs") or []
             if _norm(str(v)).startswith(("s'est ", "se sont ", "a eu ", "ont eu "))] or ["\0"]
    return re.compile(r"(?<![\w'])(?:%s)(?![\w])" % _words(verbs))


def _held_then_dash(before: str) -> bool:
    """Whether the counts follow a dash that ends a clause saying the event took place: "... s'est
    tenu à Valbrune du 3 au 12 mai – " (no other clause break between the verb and the dash)."""
    dash = re.search(r"\s[–—-]\s*$", before)
    if dash is None:
        return False
    verb = None
    for verb in _held_verb().finditer(before, max(0, dash.start() - 200), dash.start()):
        pass
    return verb is not None and not re.search(r"[.;:!?()]", before[verb.end():dash.start()])


def _gap_words(gap: str) -> int | None:
    """Words in the gap between a verb and a count; None when a clause ends in it."""
    return None if re.search(r"[.;:!?()«»\"]", gap) else len(re.findall(r"[\w']+", gap))


@cache
def _fair_amount() -> re.Pattern:
    """``prose_patterns()["amount"]`` whose term is a word of metrics.yaml `exhibitor_context.terms`:
    "le nombre de clubs présents est de 40"."""
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    exhibitors = lex.get("exhibitor_context") or {}
    words = sorted({_norm(str(t)) for t in exhibitors.get("terms") or ["\0"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:{})\s*({})\s+(?:[\w']+\s+){{0,3}}?(?:{})\s+(?:les\s+|des\s+)?".format(
        _words(lex.get("label_prefixes") or ["\0"]), "|".join(re.escape(w) for w in words),
        _words(prose.get("amount_verbs") or ["\0"])))


def _words(words) -> str:
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in k.split()) for k in keys)


@cache
def _fair() -> re.Pattern:
    """A fair of organisations at their stands named in a title (metrics.yaml `exhibitor_context`:
    one of `fair_nouns` then one of `fair_topics`: "salon de l'emploi", "fête des associations"),
    for folded text."""
    lex = load("metrics").get("exhibitor_context") or {}
    return re.compile(r"(?<![\w])(?:%s)\s+(?:%s)(?![\w])" % (_words(lex.get("fair_nouns") or ["\0"]),
                                                          _words(lex.get("fair_topics") or ["\0"])))


def _document_title(doc: Document) -> str:
    titles = [h.text for h in doc.headings[:1]] + [doc.title or ""]
    titles += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    return _norm(" ".join(titles))


@per_document
def prose_figures(doc: Document) -> list[HeadlineFigure]:
    """The headline figures stated in sentences about the event itself, in text order. In a
    sponsorship deck, the figures of past editions ("l'an dernier, le festival a accueilli 1 200
    visiteurs") are the event's: the deck announces an edition that has none yet."""
    text = doc.text
    if not text:
        return []
    deck = sponsorship_deck(doc)
    folded = _norm(text)
    patterns = prose_patterns()
    lex = load("metrics")
    prose = lex.get("event_prose") or {}
    max_gap = int(prose.get("max_gap_words", 4))
    sessions = set(lex.get("session_metrics") or [])
    attendance = attendance_group()
    units = {m: spec["unit"] for m, spec in lex["metrics"].items()}
    title = _document_title(doc)
    fair = _fair().search(title) is not None
    terms = context_terms()
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)]
    newlines = [m.start() for m in re.finditer(r"[\n\f]", text)]
    starts = [b[1] for b in breaks]
    ends = [b[0] for b in breaks]
    # the counted words, grouped by sentence
    # (a long sentence is read around its counted words: words closer than the reach share one
    # window, so that counts listed one after the other are read together; see _WINDOW_MAX)
    by_sentence: dict[tuple[int, int, int], list[tuple[int, int]]] = defaultdict(list)
    window = None
    for m in patterns["terms"].finditer(folded):
        i = bisect.bisect_right(starts, m.start())
        lo = starts[i - 1] if i else 0
        j = bisect.bisect_left(ends, m.end())
        hi = ends[j] if j < len(ends) else len(text)
        if (window is not None and window[2] == lo and m.start() - _SENTENCE_REACH < window[1]
                and min(hi, m.end() + _SENTENCE_REACH) - window[0] <= _WINDOW_MAX):
            spans = by_sentence.pop(window)
            window = (window[0], min(hi, m.end() + _SENTENCE_REACH), lo)
        else:
            spans, window = [], (max(lo, m.start() - _SENTENCE_REACH), min(hi, m.end() + _SENTENCE_REACH), lo)
        by_sentence[window] = spans + [m.span()]
    found: list[HeadlineFigure] = []
    for (lo, hi, sentence_start), spans in by_sentence.items():
        check_time()
        sent, fsent = text[lo:hi], _norm(text[lo:hi])
        items: list[_Item] = []
        for t0, t1 in spans:
            t0, t1 = t0 - lo, t1 - lo
            if items and t0 < items[-1].end:
                continue
            metric, _ = term_at(fsent, t0, terms)
            # at a fair, a count of organisations is of its exhibitors, as "exposants" is
            context = term_at(fsent, t0) is None and not (fair and metric not in attendance)
            if context and metric not in attendance and not fair and not exhibit_cue().search(fsent):
                continue        # "15 associations" are exhibitors only in a sentence about stands, or at a fair
            item = _item_before(sent, fsent, t0, t1, metric, context)
            if item:
                items.append(_enumeration(fsent, item, sessions, terms))
        for chain in _chains(fsent, sent, items):
            found += _chain_figures(doc, units, sent, fsent, lo, lo == sentence_start, chain, title, max_gap,
                                    attendance, sessions, _in_running_text(text, newlines, lo + chain[0].start), deck)
    found += _amounts(doc, text, folded, units, breaks, deck, fair)
    found.sort(key=lambda f: f.char_start)
    return found


# A sentence opening with a year ("En 2016, ...", "En 2016 déjà, ..."); its counts are that year's.
_YEAR_LEAD = re.compile(r"\s*en\s+((?:19|20)\d{2})(?![\w])")
_YEAR = re.compile(r"(?<![\w])((?:19|20)\d{2})(?![\w])")


def _earlier_year_lead(doc: Document, fsent: str) -> bool:
    """Whether a sentence opens with a year before the document's own (``_own_year``): "En 2016,
    une cinquantaine d'entreprises étaient présentes" in an article on the 2017 edition tells of
    an earlier edition, as "l'an dernier" does (metrics.yaml `not_this_event`)."""
    m = _YEAR_LEAD.match(fsent)
    if m is None:
        return False
    own = _own_year(doc)
    return own is not None and int(m.group(1)) < own


@per_document
def _own_year(doc: Document) -> int | None:
    """The latest year among the document's date, its titles and the edition it names as its own
    ("cette édition 2031", "notre édition de 2031": events.yaml `current_edition_markers`); None
    when none of them names one."""
    markers = (load("events").get("current_edition_markers") or ["\0"])
    own = re.compile(r"(?<![\w])(?:%s)\s+(?:\w+\s+)?edition\s+(?:de\s+)?((?:19|20)\d{2})(?![\w])" % _words(markers))
    years = [int(y) for y in _YEAR.findall(" ".join([doc.date or "", _document_title(doc)]))]
    years += [int(m.group(1)) for m in own.finditer(fold(doc.text))]
    return max(years) if years else None


def _amounts(doc, text: str, folded: str, units: dict, breaks: list[tuple[int, int]], deck: bool,
             fair: bool = False) -> list[HeadlineFigure]:
    """"Le nombre de visiteurs s'élève à 1 200", "Le nombre total d'exposants a atteint 85": a
    label and its term, a verb of amount, then the count alone; not in a sentence about another
    edition or a period, nor when the count is a rate. At a fair (``_fair``), the label may count
    the organisations at their stands: "le nombre de clubs présents est de 40"."""
    patterns = prose_patterns()
    starts = [b[1] for b in breaks]
    ends = [b[0] for b in breaks]
    found = []
    exhibitors = _fair_amount() if fair else None
    matches = list(patterns["amount"].finditer(folded))
    matches += [m for m in exhibitors.finditer(folded)] if exhibitors else []
    for m in matches:
        number = count_at(text, m.end())
        if number is None or number.start != m.end() or not 0 < number.value < 10_000_000:
            continue
        if term_at(folded, len(folded) - len(folded[number.end:].lstrip(" "))) or is_rate(folded, number.end):
            continue            # "... atteint 85 exposants" is read as a count of its own term
        i = bisect.bisect_right(starts, m.start())
        lo = starts[i - 1] if i else 0
        j = bisect.bisect_left(ends, number.end)
        hi = ends[j] if j < len(ends) else len(text)
        sentence = folded[lo:hi]
        other = [o.group(0) for o in patterns["elsewhere"].finditer(sentence)]
        if deck:
            other = [o for o in other if not patterns["earlier_edition"].fullmatch(o)]
        if other or patterns["period"].search(sentence) or organisation_activity(sentence):
            continue
        metric = (term_at(folded, m.start(1)) or term_at(folded, m.start(1), context_terms()))[0]
        found.append(make_figure(doc, units, metric, number, m.start(), number.end, text[m.start(1):m.end(1)], 0))
    return found


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


@cache
def _success_words() -> tuple[re.Pattern, re.Pattern]:
    """An event noun (events.yaml `event_nouns`), and a word of metrics.yaml `closing_subjects`
    that is none ("succès", "complet", "affluence"), for folded text."""
    nouns = [str(n) for n in load("events").get("event_nouns") or ["\0"]]
    folded = {_norm(n) for n in nouns}
    subjects = [str(w) for w in (load("metrics").get("event_prose") or {}).get("closing_subjects") or []
                if _norm(str(w)) not in folded] or ["\0"]
    return (re.compile(r"(?<![\w])(?:%s)(?![\w])" % _words(nouns)),
            re.compile(r"(?<![\w'])(?:%s)(?![\w])" % _words(subjects)))


def _judged_event(before: str, after: str) -> bool:
    """Whether counts opened by one of metrics.yaml `openers` alone ("Avec 420 élus, ...") lead a
    clause that names the event and judges it by its audience: "..., le forum a fait salle comble",
    "..., le colloque a connu une affluence record" (the clause up to the end of the sentence)."""
    if not re.fullmatch(r"(?:%s)\s*" % _words((load("metrics").get("event_prose") or {}).get("openers") or ["\0"]),
                        before.strip() + " "):
        return False
    clause = re.match(r"[^,;:]*,([^;:.!?]*)", after)
    if clause is None:
        return False
    event, success = _success_words()
    return bool(event.search(clause.group(1)) and success.search(clause.group(1)))


def _event_length(before: str) -> bool:
    """Whether a count of days follows a verb that gives the event's length ("s'est déroulé sur
    deux journées", "a duré trois jours"; metrics.yaml `duration_verbs`)."""
    return prose_patterns()["duration_verb"].search(before[-80:]) is not None


def _days_of_gathering(fsent: str, before: str, start: int) -> bool:
    """Whether a count of days after a duration word is the event's length: the days named back
    ("pendant ces quatre jours"), or in a sentence whose gathering verb comes before them ("le
    salon rassemblera ses exposants pendant deux jours")."""
    for m in prose_patterns()["duration_at"].finditer(fsent, max(0, start - 40), start):
        if m.end() != start:
            continue
        if re.search(r"(?<![\w'])ces\s+$", m.group(0)):
            return True
        # ... or whose programme verb does ("un cycle de six conférences abordera durant deux jours ...")
        return any(v.end() <= m.start() for key in ("before", "programme_before")
                   for v in prose_patterns()[key].finditer(before, max(0, len(before) - 200)))
    return False


def _after_duration_word(fsent: str, start: int) -> bool:
    """Whether a duration word ends right before ``start``: "pendant ces | deux jours"."""
    return any(m.end() == start for m in prose_patterns()["duration_at"].finditer(fsent, max(0, start - 40), start))


@cache
def _pluperfect_after() -> re.Pattern:
    """An auxiliary of metrics.yaml `earlier_tenses` right after the counts (folded text): "300
    visiteurs avaient fait le déplacement" tells of a time before the report's."""
    words = (load("metrics").get("event_prose") or {}).get("earlier_tenses") or ["\0"]
    return re.compile(r"\s*(?:%s)(?![\w])" % _words(words))


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
                    or _REPRESENTING_LINK.fullmatch(fsent, previous.end, item.start))
            # "Au cours de ces trois jours, 450 élus ...": the event's length, then the counts
            if link and not (previous.metric == "days" and _after_duration_word(fsent, previous.start)):
                chains[-1].append(item)
                continue
        chains.append([item])
    return chains


# A short complement of a count, then a comma and the next count of a list: "2 grands témoins venus
# de Lyon, 6 présentations" (at most three words, no clause mark in them).
_COMPLEMENT_LINK = re.compile(r"(?:\s+[^\s,;:!?()«»\"]+){1,3}\s*,\s*")

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

# A list marker alone before the counts of a sentence: a list item whose line break the text lost
# ("... avec des élus. - 4 ateliers sur le compost"), read as a sentence of its own.
_RUN_IN_ITEM = re.compile(r"[-•▪►–—]")


# A sentence may open with a list of counts of things that are no metric, then the counts of the
# event: "Plus de 70 bénévoles, 2 300 visiteurs, ..." (at most this many words per member).
_LISTED_COUNT_MAX_WORDS = 6


def _counts_listed(lead: str) -> bool:
    """Whether the words before a count opening a list are themselves counts listed with commas:
    "Une soixantaine de bénévoles, près de 25 food-trucks, | 2 300 visiteurs ..."."""
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


# Counts closing a sentence after an opener ("..., avec 300 participants.") leave at most this many
# words after them; a clause before a colon that introduces counts has at most this many words.
_CLOSING_MAX_WORDS = 3
_COLON_LEAD_MAX_WORDS = 12
# Quotation marks that may open a sentence before its lead-in.
_OPENING_QUOTES = "«“\"‹\u00a0\u202f "


def _programme_verb(before: str, after: str, last_end: int, max_gap: int, quote_start: int, quote_end: int):
    """A verb that puts counts of sessions on the event's programme, before them ("le salon a
    organisé 90 conférences") or after them ("40 ateliers ont été proposés"; metrics.yaml
    `programme_verbs_before`, `programme_verbs_after`) -> (trigger or None, quote start, quote end)."""
    patterns = prose_patterns()
    verb = None
    for m in patterns["programme_before"].finditer(before, max(0, len(before) - 200)):
        verb = m
    gap = _gap_words(before[verb.end():]) if verb else None
    if gap is not None and gap <= max_gap and not patterns["earlier"].search(before, max(0, verb.start() - 30), verb.start()):
        return "before", verb.start(), quote_end
    m = patterns["programme_after"].search(after, 0, 120)
    gap = _gap_words(after[:m.start()]) if m else None
    if m and gap is not None and gap <= max_gap:
        return "after", quote_start, last_end + m.end()
    return None, quote_start, quote_end


def _chain_figures(doc, units, sent, fsent, lo, whole, chain, title, max_gap, attendance, sessions, running, deck=False):
    patterns = prose_patterns()
    first, last = chain[0], chain[-1]
    before, after = fsent[:first.start], fsent[last.end:]
    quote_start, quote_end = first.start, last.end
    trigger = verb = None
    subject = before            # where a session named makes the count a session's ("le second atelier a réuni")
    for m in patterns["before"].finditer(before, max(0, len(before) - 200)):
        verb = m                                    # the last gathering verb before the counts
    gap = _gap_words(before[verb.end():]) if verb else None
    if gap is not None and gap <= max_gap and patterns["earlier"].search(before, max(0, verb.start() - 30), verb.start()) \
            and not deck:
        return []          # "l'édition de 2019, qui avait rassemblé 280 participants": an earlier time
    if gap is not None and gap <= max_gap and rate_within(before, verb.end(), len(before)):
        return []          # "qui attire chaque année 4 000 visiteurs": a rate, not this event's count
    if gap is not None and gap <= max_gap:
        trigger, quote_start = "before", verb.start()
    elif gap is not None and patterns["things_listed"].fullmatch(before, verb.end()):
        # "rythmée par des tables rondes, des visites et près de 40 ateliers": the count ends a list
        trigger, quote_start, subject = "before", verb.start(), before[:verb.start()]
    if trigger is None:
        m = patterns["after"].search(after, 0, 120)
        gap = _gap_words(_APPOSITION_BEFORE_VERB.sub("", after[:m.start()])) if m else None
        listed = m is not None and last.metric in attendance and patterns["people_listed"].fullmatch(after, 0, m.start())
        if m and gap is not None and (gap <= max_gap or listed):
            trigger, quote_end = "after", last.end + m.end()
            # the object of the verb: "ont suivi la dernière séance en ligne"
            tail = after[m.end():m.end() + 60]
            if _session_named(tail[:re.search(r"[.,;:!?]|$", tail).start()], title, tail):
                return []
    on_programme = sessions | set((load("metrics").get("event_prose") or {}).get("programme_metrics") or [])
    if trigger is None and all(i.metric in on_programme for i in chain):
        trigger, quote_start, quote_end = _programme_verb(before, after, last.end, max_gap, quote_start, quote_end)
    if trigger is None and first.metric in attendance and not first.context and _held_then_dash(before):
        # "la foire s'est tenue au parc du 3 au 12 mai – 40 000 visiteurs et 200 exposants": the counts
        # appended to the clause saying the event took place
        trigger = "before"
    if trigger is None and len(chain) == 1 and first.metric in sessions and _DEFINITE_BEFORE.search(before) \
            and _SUBJECT_VERB_AFTER.match(after):
        # "les trois plénières ont été courtes": the sessions of a kind, all of them, subject of a clause
        trigger = "before"
    if trigger is None and len(chain) == 1 and first.metric == "exhibitors" and not first.context \
            and _DEFINITE_COUNT_BEFORE.search(before):
        # "Avant l'ouverture des 72 stands", "parmi les 40 exposants": the event's stands, all of
        # them, named with the definite article (before a number, "des" is "de les")
        trigger = "before"
    filled = patterns["day_activity"].match(fsent, first.end) if first.metric == "days" else None
    # "trois jours durant": the duration word after the count
    filled = filled or (patterns["duration_after"].match(fsent, first.end) if first.metric == "days" else None)
    if trigger is None and first.metric == "days" and len(chain) == 1 and (
            _event_length(before) or filled or _days_of_gathering(fsent, before, first.start)):
        # "le colloque s'est déroulé sur deux journées", "quatre jours de conférences et de visites"
        trigger = "length"
        quote_end = filled.end() if filled else quote_end
    if trigger is None and whole and running and not first.context and first.metric in attendance \
            and patterns["closing"].search(before) and patterns["closing_subject"].search(before) \
            and (len(re.findall(r"[\w']+", after)) <= _CLOSING_MAX_WORDS or patterns["comparison"].match(after.lstrip(" ,"))
                 or patterns["attendance_clause"].search(before)):
        # the attendance closing a sentence about the event or its audience: "Le forum a affiché
        # complet avec 300 participants.", "la fréquentation a progressé avec 2 300 entrées, contre
        # 1 500 l'an dernier" (not "une convention avec 12 partenaires")
        trigger = "opening"
    if trigger is None and whole and running and first.metric in attendance and _judged_event(before, after):
        # "Avec 420 élus et agents, le forum a fait salle comble": the event judged by its
        # attendance, which may be counted in people of any kind (a context word: "élus")
        trigger = "judged"
    if trigger is None and whole and running and first.metric in attendance and before.rstrip().endswith(",") \
            and gathered_for(before):
        # "Réunis à Valbrune pour le congrès des jardiniers, plus de 200 élus ont ...": the people
        # gathered for the event, counted in any word of people (a context word: "élus")
        trigger = "judged"
    if trigger is None:
        # a sentence of running text opening with the counts, then saying something of them, or
        # stating them after a colon ("Un public nombreux : 700 participants en présentiel.")
        # (a sentence quoted from someone opens with its quotation mark: "« Avec 300 visiteurs, ...")
        lead = before.strip().lstrip(_OPENING_QUOTES).strip()
        if _RUN_IN_ITEM.fullmatch(lead):
            lead = ""           # a list item run into the sentence before it: "... avec des élus. - 4 ateliers sur ..."
        colon = (lead.endswith(":") and len(re.findall(r"[\w']+", lead)) <= _COLON_LEAD_MAX_WORDS
                 and not _session_named(lead, title))          # not "Atelier A : 20 participants"
        opening = (not lead or patterns["lead_in"].fullmatch(lead) or patterns["opener"].fullmatch(lead)
                   or patterns["presentative"].fullmatch(lead) or colon or _counts_listed(sent[:first.start]))
        if _pluperfect_after().match(after):
            return []           # "1 500 visiteurs avaient parcouru les stands": an earlier time's counts
        weak = set(load("metrics").get("sentence_weak_metrics") or ["days"])
        # counts of sessions announcing the list that follows them: "Avec trois ateliers : 1. ..."
        announced = all(i.metric in sessions for i in chain) and after.lstrip().startswith(":")
        if not (whole and running and opening and first.metric not in weak and not first.context
                and (colon or announced or len(re.findall(r"[\w']+", after)) >= 3)):
            return []
        trigger = "opening"
        if first.metric in attendance and _session_named(after[:re.search(r"[.;:!?]|$", after).start()], title):
            return []           # "40 participants ont suivi le second atelier"
    elif (first.metric == "days" and trigger != "length" and not (
            len(chain) == 1 and _days_of_gathering(fsent, before, first.start))) or _session_named(subject, title):
        return []
    if organisation_activity(fsent[:re.search(r"[.!?](?:\s|$)|$", fsent[last.end:]).start() + last.end]):
        return []               # "En 2023, l'association a accueilli 1 300 visiteurs": a year's activity
    compared = patterns["comparison"].search(fsent, last.end)      # "..., contre 280 l'an dernier"
    reach = compared.start() if compared else len(fsent)
    other = [m.group(0) for m in patterns["elsewhere"].finditer(fsent, 0, reach)]
    if deck:            # a sponsorship deck states the past editions' figures as the event's
        other = [o for o in other if not patterns["earlier_edition"].fullmatch(o)]
    if other or patterns["period"].search(fsent, 0, reach):
        return []
    if whole and _earlier_year_lead(doc, fsent):
        return []               # "En 2016, une cinquantaine d'entreprises ..." in a report of 2017
    if quote_start > 0 and first.start <= 160 and whole:
        quote_start = 0                 # the whole sentence up to the counts, when it is short
    items = [i for i in chain if not (i.context and trigger == "opening")]
    trigger = "opening" if trigger == "judged" else trigger
    # the event's length after its counts: "640 participants pendant deux jours", or after the
    # verb that follows them ("650 personnes se sont réunies pendant deux jours")
    duration = patterns["duration"].match(fsent, last.end) or (
        patterns["duration"].match(fsent, quote_end) if trigger == "after" else None)
    days = number_first(fsent, sent, duration.end()) if duration else None
    if days and days[1] == "days" and 0 < days[0].value < 1000:
        (t0, t1) = days[3]
        items.append(_Item(days[0], "days", days[0].start, t1, t0, t1, False))
        quote_end = max(quote_end, t1)
    elif first.metric != "days":
        # or before them, in their sentence: "Au cours de ces trois jours, plus de 450 élus ..."
        for m in patterns["duration_at"].finditer(before):
            days = number_first(fsent, sent, m.end())
            if days and days[1] == "days" and 0 < days[0].value < 1000:
                (t0, t1) = days[3]
                items.append(_Item(days[0], "days", days[0].start, t1, t0, t1, False))
                quote_start = min(quote_start, m.start())
                break
    start, end = lo + quote_start, lo + quote_end
    return [make_figure(doc, units, i.metric, i.number, start, end, sent[i.word_start:i.word_end], lo)
            for i in items]
