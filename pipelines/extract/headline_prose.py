"""Headline figures in prose about the event itself: "le forum a rassemblé plus de 420
participants", "près de 1 600 visiteurs et plus de 90 exposants", "396 participants durant trois
jours"; a count of one session, another edition or a capacity is left to the cited figures.
Here the sentences are cut and each chain of counts is judged; the counts of a sentence are read
in headline_prose_counts.py, the tests of whether a count is the event's in headline_prose_scope.py,
what describes the people counted in headline_prose_people.py, totals (a fair's organisations added
up, a label's amount) in headline_prose_totals.py."""

from __future__ import annotations

import bisect
from functools import cache
import re
from dataclasses import replace
from collections import defaultdict

from ..document import Document
from ..lexicons import fold_apostrophes, load
from .budget import check_time
from .headline_terms import (
    HeadlineFigure, attendance_group, context_terms, exhibit_cue, make_figure, metric_units,
    number_first, organisation_activity, prose_patterns, rate_within, subject_terms, term_at,
)
from .headline_prose_collective import collective_attendance
from .headline_prose_hoped import hoped_then_came
from .headline_prose_selves import counted_roll_call, counted_selves, counted_share
from .headline_prose_speakers import counted_speakers
from .headline_prose_estimated import estimated_counts
from .headline_prose_totals import _amounts, _lead_paragraph, _organisations_added
from .headline_prose_counts import _Item, _chains, _counts_listed, _daily_totals, _enumeration, _in_running_text, _item_before
from .headline_prose_scope import (
    _at_the_event, _closing_continued, _days_heading_clause, _days_of_gathering, _document_title,
    _event_length, _fair, _opener_then_counted,
    _gap_words, _held_then_dash, _held_then_with, _incise_out, _judged_event, _organisations_joined,
    _pluperfect_after, _programme_verb, review_meeting_after, hoped_after, _session_named,
)
from .headline_prose_people import _described_out, _mix_lead, _staff_bracketed
from .headline_prose_years import _earlier_edition_named, _earlier_year_lead, _held_in_earlier_year
from .event_opening import gathered_for
from .event_titles import sponsorship_deck
from .per_document import per_document


# --------------------------------------------------------------------------- prose about the event
# Headline figures in running text about the event itself (metrics.yaml `event_prose`): a gathering
# verb before the counts ("Le forum a rassemblé plus de 270 participants et 30 exposants") or after
# them ("75 personnes ont participé"), or a sentence opening with counts of the programme ("Trois
# tables rondes ont suivi"). The audience of one session ("le second atelier a réuni 40
# participants"), a rate, another edition's count or a capacity is left to the cited figures.

_norm = fold_apostrophes


# Sentences end at a full stop (with the closing quotes after it, French spacing before "»"
# included: "... où ? »"), a blank line, a page break, a list item or a line opening on a label and
# its colon ("Spectateurs : 4 120 entrées", after a line of a card that ended on a comma); a
# sentence longer than this is read only around its counted words.
_SENTENCE_BREAK = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»”\"')\]])*(?=\s)|\n[ \t]*\n|\f|\n(?=[ \t]*(?:[-•*–—▪►✓·]|\d+[.)])\s)"
                             r"|\n(?=[ \t]*[A-ZÀ-ÖØ-ÞŒÆ][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*:[ \t])")
_SENTENCE_REACH = 300
# ... but not at an ellipsis or "etc." closing a list in brackets: "35 acteurs (bénévoles, commerçants,
# clubs…) ont participé" goes on after the bracket.
_LIST_CLOSED = re.compile(r"(?:.{3}(?:…|\.\.\.)|etc\.)\)", re.S)
# ... and the counted words closer than the reach to each other share one window, of at most this
# many characters (a sentence that never ends is still read in linear time).
_WINDOW_MAX = 3 * _SENTENCE_REACH
# An ellipsis closing an open list goes on with its sentence when a lower-case word follows:
# "40 personnes, élus, agents, bénévoles… ont participé" is one sentence.
_ELLIPSIS_RUN_ON = re.compile(r"(?:…|\.{3})[ \u00a0\u202f]+[a-zà-öø-ÿ]")


# The sessions of one kind, all of them, counted after a definite article and subject of a verb
# right after their word: "les trois plénières ont été suivies", "Les deux ateliers se sont tenus".
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s,;:(])les\s+$")
# The definite article right before a count, bare or contracted: "les 40 exposants", "des 72 stands",
# "aux 30 exposants".
_DEFINITE_COUNT_BEFORE = re.compile(r"(?:^|[\s,;:(])(?:les|des|aux)\s+$")
# A programme's time slot right before a count ("14h00 – 15h30 ", "9h30 : "), a bold mark aside.
_SLOT_BEFORE = re.compile(r"(?<![\w])(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?(?:\s*(?:[-–—]|a)\s*(?:[01]?\d|2[0-3])\s?h"
                          r"(?:\s?[0-5]\d)?)?\s*[:*–—-]*\s*$")
# An ordinal between a count of days and its word: "les trois premiers jours", "ses deux derniers jours".
_FIRST_OR_LAST = re.compile(r"(?<![\w])(?:premier|premiere|dernier|derniere)s(?![\w])")
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?:ont|sont|se\s+sont|avaient|etaient|furent)\s")
# Thanks or a greeting addressed to the whole attendance right before its count: "Merci aux 240
# participants", "le président a salué les 480 participants", "nous remercions tous les 300 visiteurs".
_THANKED_BEFORE = re.compile(r"(?<![\w])(?:merci|remercie|remercions|remercient|remercier|salue|saluons)"
                             r"\s+(?:a\s+)?(?:tous\s+|toutes\s+)?(?:les|aux)\s+$")


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
    units = metric_units()
    title = _document_title(doc)
    # a press article's title may not name the event its first paragraph names ("Le salon de
    # l'emploi ouvrait ses portes jeudi ..."): the fair is named in either
    fair = _fair().search(title) is not None or _fair().search(_lead_paragraph(folded)) is not None
    terms = context_terms()
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text)
              if not _LIST_CLOSED.match(text, max(0, m.start() - 3)) and not _ELLIPSIS_RUN_ON.match(text, m.start())]
    # ... and at the end of a block the reader found, a short line with no full stop among them (a
    # subheading "Le prix réel d'une place est de 48 €" over "Odile X a donné quelques chiffres : ...")
    breaks = sorted(set(breaks) | {(b.end, b.end) for b in doc.blocks if b.kind in ("paragraph", "heading")})
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
            if (context and metric not in attendance and not fair and not exhibit_cue().search(fsent)
                    and not _present_after().match(fsent, t1)):
                continue        # "15 associations" are exhibitors only in a sentence about stands, or at a fair
            item = _item_before(sent, fsent, t0, t1, metric, context)
            if item and items and item.number.start == items[-1].number.start:
                continue        # "140 exposants représentants 200 enseignes": one number, the first word counted
            if item:
                items.append(_enumeration(fsent, item, sessions, terms))
        for chain in _chains(fsent, sent, items):
            figures = _chain_figures(doc, units, sent, fsent, lo, lo == sentence_start, chain, title, max_gap,
                                     attendance, sessions, _in_running_text(text, newlines, lo + chain[0].start), deck)
            found += _organisations_added(fsent, lo, chain, figures) if fair else figures
    found += _amounts(doc, text, folded, units, breaks, deck, fair)
    found += counted_selves(doc, units, folded, found)
    found += counted_roll_call(doc, units, folded, found)
    found += counted_share(doc, units, folded, found)
    found += counted_speakers(doc, units, folded, found)
    found += collective_attendance(doc, units, folded, found)
    found += hoped_then_came(doc, units, folded, found)
    found += estimated_counts(doc, units, found)
    found = [_wares_shown(folded, f) for f in found]
    found.sort(key=lambda f: f.char_start)
    return found


# People counted right before a verb of their wares shown or sold ("40 potiers ont présenté leurs
# produits", "une vingtaine d'artisans venus exposer leurs produits"): the event's exhibitors
# (metrics.yaml `exhibitor_context.wares_after`).
@cache
def _wares_after() -> re.Pattern:
    words = (load("metrics").get("exhibitor_context") or {}).get("wares_after") or ["\0"]
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{})(?![\w])".format("|".join(re.escape(k) for k in keys)))


def _wares_shown(folded: str, figure: HeadlineFigure) -> HeadlineFigure:
    if figure.metric != "participants" or not figure.word or not figure.numbers:
        return figure
    at = folded.find(_norm(figure.word), figure.numbers[-1][1], figure.char_end + len(figure.word))
    if at < 0 or not _wares_after().match(folded, at + len(figure.word)):
        return figure
    return replace(figure, metric="exhibitors")


# Organisations said present right after their word, as a participle or after "être" ("22 associations
# présentes", "une quinzaine d'entreprises et organismes étaient présents"): they were at the
# event, as its exhibitors, with no stand named (metrics.yaml `exhibitor_context.present_after`).
@cache
def _present_after() -> re.Pattern:
    words = (load("metrics").get("exhibitor_context") or {}).get("present_after") or ["\0"]
    keys = sorted({_norm(str(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?:\s+et\s+[^\W\d]+)?\s+(?:{})(?![\w])".format("|".join(re.escape(k) for k in keys)))


# People counted with the participle of being invited right after their word ("900 élus conviés",
# "450 habitants invités"): the invitations sent, not the people who came ("300 invités" is a noun:
# they came).
_INVITED_AFTER = re.compile(r"\s+(?:invite|invitee|invites|invitees|convie|conviee|convies|conviees)(?![\w])")


# The writer's own share of the event, counted after a verb of attending in the first person singular
# ("J'ai pu assister à 4 conférences", "j'ai suivi deux ateliers"): not the event's programme.
_OWN_SHARE_BEFORE = re.compile(r"(?<![\w'])j'(?:ai|avais)\s+(?:[\w-]+\s+){0,2}?(?:assiste|suivi|pu\s+(?:assister|suivre))"
                               r"(?:\s+(?:a|aux))?\s+(?:(?:plus\s+de|pres\s+de|environ)\s+)?$")


# One stand, subject of the gathering verb ("le stand du club a reçu 40 curieux", "mon stand a
# accueilli ..."): its visitors are a part of the event's ("les 80 stands ont accueilli ..." are all of them).
_ONE_STAND_BEFORE = re.compile(r"(?<![\w'])stand(?:\s+[\w'-]+){0,4}\s*$")


# A concession opening the sentence, up to its comma: "Même si ...,", "Bien que ...,".
_CONCESSION = re.compile(r"\s*(?:meme\s+si|meme\s+s'(?:il|ils)|bien\s+que|quoique|quoiqu')(?![\w])")
# "comme l'an dernier": another edition named to say this one did the same, not whose count it is
# ("le salon devrait attirer, comme l'an dernier, 9 000 visiteurs").
# Nor the edition this one follows, named after "après" and a determiner: "après la précédente, le forum
# accueille 60 exposants", "après une première à Quimper, le congrès a réuni ...".
_LIKE_BEFORE = re.compile(r"(?<![\w'])(?:comme|apres\s+(?:sa|son|la|l'|leur|une))\s*$")


@cache
def _total_restated_patterns() -> tuple[re.Pattern, re.Pattern]:
    """metrics.yaml `event_prose.total_restated`: the word before the counts and the words after."""
    spec = (load("metrics").get("event_prose") or {}).get("total_restated") or {}
    words = lambda key: "|".join(r"\s+".join(map(re.escape, _norm(str(w)).split())) for w in spec.get(key) or ["\0"])
    return (re.compile(r"(?:^|[\s,;:(])(?:{})\s+$".format(words("before"))),
            re.compile(r"\s*(?:{})(?![\w])".format(words("after"))))


def _total_restated(before: str, after: str) -> bool:
    """Whether counts restate a total: "soit" before them, "au total" or "en tout" right after."""
    lead, tail = _total_restated_patterns()
    return lead.search(before[-20:]) is not None and tail.match(after) is not None


# A list marker alone before the counts of a sentence: a list item whose line break the text lost
# ("... avec des élus. - 4 ateliers sur le compost"), read as a sentence of its own.
_RUN_IN_ITEM = re.compile(r"[-•▪►–—]")


# The event's days named back with a demonstrative after "de": "le menu de ces 3 jours", "le
# déroulé de ces trois journées", or after "après", "pendant", "durant": "Pendant ces trois
# journées au parc, ..." (not "depuis ces 15 jours", nor "ces 15 derniers jours": a word between),
# or with the definite article contracted with it after a noun: "le fil rouge des deux journées" (not
# a time limit, "le délai des 10 jours", nor a span of time after "long", "cours" or "lors", left to
# the duration words).
_DAYS_NAMED_BACK = re.compile(r"(?<![\w'])(?:(?:de|apres|pendant|durant)\s+ces|(?<!d.lai\s)(?<!d.lais\s)(?<!long\s)(?<!cours\s)(?<!lors\s)des)\s+$")


# A rate word ("4 jours de congé par an") this many characters after a count of days makes it no length.
_RATE_REACH = 40


def _presented(before: str) -> bool:
    """Whether the words before a count are a presentative alone, an adverb after it at most ("Ce
    sont aussi quatre jours de fête", "Ce seront trois journées"): it presents the event's length."""
    core = before.strip().lstrip(_OPENING_QUOTES).strip()
    adverbs = (load("metrics").get("event_prose") or {}).get("verb_adverbs") or []
    if adverbs:
        core = re.sub(r"(?:\s+(?:{}))+$".format("|".join(re.escape(_norm(str(a))) for a in adverbs)), "", core)
    return bool(core) and prose_patterns()["presentative"].fullmatch(core + " ") is not None


def _length_out(fsent: str, sent: str, lead: str, before: str) -> str:
    """The words before a sentence's counts without the event's length at their end, set between a
    presentative and the counts: "C'est, pendant quatre journées, 12 ateliers" reads as "C'est 12
    ateliers" (the days are then added from the duration word before the counts)."""
    for m in prose_patterns()["duration_at"].finditer(before):
        days = number_first(fsent, sent, m.end())
        if days and days[1] == "days" and not before[days[3][1]:].strip(" ,\t\u00a0"):
            core = before[:m.start()].strip().lstrip(_OPENING_QUOTES).strip().rstrip(",").strip()
            return core if prose_patterns()["presentative"].fullmatch(core + " ") else lead
    return lead


# Counts closing a sentence after an opener ("..., avec 300 participants.") leave at most this many
# words after them; a clause before a colon that introduces counts has at most this many words.
_CLOSING_MAX_WORDS = 3


@cache
def _teams_split_after() -> re.Pattern:
    """metrics.yaml `event_prose.teams_split`: the participle and the teams right after a count of
    people ("72 collégiens répartis en 9 équipes"), the teams counted in digits or in a word."""
    spec = (load("metrics").get("event_prose") or {}).get("teams_split") or {}
    words = lambda key: "|".join(sorted((r"\s+".join(map(re.escape, _norm(str(w)).split()))
                                         for w in spec.get(key) or ["\0"]), key=len, reverse=True))
    return re.compile(r"\s*,?\s*(?:{})\s+(?:en|dans)\s+(?:\d+|[^\W\d]+)\s+(?:{})(?![\w])".format(
        words("participles"), words("teams")))


# A count of people that is a difference, not a total: "soit 120 visiteurs de moins", "en plus".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:en|de)\s+(?:moins|plus)(?![\w'])|\s+supplementaires(?![\w])")
# ... whatever follows a breakdown of the count that closes the sentence: "..., avec plus de 4 000
# visiteurs, dont 600 scolaires venus en car des collèges voisins" (the rest describes a part of them).
_BREAKDOWN_AFTER = re.compile(r"\s*,\s*dont\s")
_COLON_LEAD_MAX_WORDS = 12
# The relative clause that closes a presentative around counts: "... qui" and a past tense, an
# apposition before it maybe ("ce sont 4 200 personnes, débutants ou confirmés, qui ont ..."); in the
# present ("c'est 400 étudiants qui interviennent"), it says what a body is, no event's attendance.
_CLEFT_AFTER = re.compile(r"(?:\s*,[^,.;:!?()]{1,60},?)?\s+qui\s+(?:ont|sont|se\s+sont|s'y\s+sont)\s")
# The three typed dots that close an open list of kinds of people before their verb, as "…" does:
# "près de 150 personnes, élus, agents, riverains... ont participé à la réunion" (no clause's end).
_LIST_DOTS_END = re.compile(r"\.{3}\s*$")
# The dotted leader of a table of contents run into one paragraph: the number after it is a page.
_CONTENTS_LEADER = re.compile(r"(?:\.{2,}|…)[ \t\u00a0]*$")
# Quotation marks that may open a sentence before its lead-in.
_OPENING_QUOTES = "«“\"‹\u00a0\u202f "


def _chain_figures(doc, units, sent, fsent, lo, whole, chain, title, max_gap, attendance, sessions, running, deck=False):
    patterns = prose_patterns()
    first, last = chain[0], chain[-1]
    before, after = fsent[:first.start], fsent[last.end:]
    if hoped_after().match(after):
        return []           # "750 congressistes étaient espérés, 1 050 ont répondu présent": a hope
    if first.metric in attendance and _INVITED_AFTER.match(after):
        return []           # "des 900 élus conviés, 250 sont venus": those invited
    if len(chain) == 1 and first.metric in attendance and _staff_bracketed().match(after):
        return []           # "80 personnes (intervenants – exposants)": the event's own side, not its audience
    if _OWN_SHARE_BEFORE.search(before[-60:]):
        return []           # "J'ai pu assister à 4 conférences": the writer's share of the programme
    quote_start, quote_end = first.start, last.end
    trigger = verb = None
    subject = before            # where a session named makes the count a session's ("le second atelier a réuni")
    for m in patterns["before"].finditer(before, max(0, len(before) - 200)):
        verb = m                                    # the last gathering verb before the counts
    gap = _gap_words(_incise_out(before[verb.end():])) if verb else None
    if gap is not None and gap <= max_gap and patterns["earlier"].search(before, max(0, verb.start() - 30), verb.start()) \
            and not deck:
        return []          # "l'édition de 2019, qui avait rassemblé 280 participants": an earlier time
    if gap is not None and gap <= max_gap and rate_within(before, verb.end(), len(before)):
        return []          # "qui attire chaque année 4 000 visiteurs": a rate, not this event's count
    if gap is not None and gap <= max_gap and _ONE_STAND_BEFORE.search(before, max(0, verb.start() - 40), verb.start()):
        return []          # "le stand du club a reçu 40 curieux": one stand's visitors
    if gap is not None and gap <= max_gap:
        trigger, quote_start = "before", verb.start()
    elif gap is not None and patterns["things_listed"].fullmatch(before, verb.end()):
        # "rythmée par des tables rondes, des visites et près de 40 ateliers": the count ends a list
        trigger, quote_start, subject = "before", verb.start(), before[:verb.start()]
    if trigger is None:
        # a longer reach when the count's people are said as a mix: "70 personnes, surtout des ..."
        m = patterns["after"].search(after, 0, 220 if _mix_lead(after) else 120)
        described = _described_out(after[:m.start()]) if m else ""
        listed = m is not None and last.metric in attendance and patterns["people_listed"].fullmatch(described) is not None
        gap = _gap_words(_LIST_DOTS_END.sub(" ", described) if listed else described) if m else None
        if m and gap is not None and (gap <= max_gap or listed) \
                and not (last.metric in attendance and _organisations_joined(after[:m.start()])):
            trigger, quote_end = "after", last.end + m.end()
            # the object of the verb: "ont suivi la dernière séance en ligne"
            tail = after[m.end():m.end() + 60]
            if _session_named(tail[:re.search(r"[.,;:!?]|$", tail).start()], title, tail):
                return []
    closing_metrics = set((load("metrics").get("event_prose") or {}).get("closing_metrics") or [])
    on_programme = sessions | set((load("metrics").get("event_prose") or {}).get("programme_metrics") or [])
    if trigger is None and all(i.metric in on_programme for i in chain):
        trigger, quote_start, quote_end = _programme_verb(before, after, last.end, max_gap, quote_start, quote_end)
    if trigger is None and all(i.metric in sessions for i in chain) and _SLOT_BEFORE.search(before):
        # a programme's time slot given over to the sessions: "14h00 – 15h30 3 ateliers en parallèle"
        trigger = "before"
    if trigger is None and first.metric in attendance and _total_restated(before, after):
        # "320 entrées samedi, 610 dimanche, soit près de 930 personnes en tout": the total
        # of the counts before it, restated in people of any kind
        trigger = "before"
    if trigger is None and first.metric in attendance and not first.context and _held_then_dash(before):
        # "la foire s'est tenue au parc du 3 au 12 mai – 40 000 visiteurs et 200 exposants": the counts
        # appended to the clause saying the event took place
        trigger = "before"
    if trigger is None and first.metric in attendance and not first.context and _held_then_with(before) \
            and not _DIFFERENCE_AFTER.match(fsent, first.end):
        # "la rencontre s'est tenue à Valbrune avec une trentaine de participants dans la salle des
        # fêtes": the attendance of the event said to take place, whatever follows it, in a word of
        # the attendance itself ("la visite s'est tenue avec 25 personnes" may be one part's)
        trigger = "before"
    if trigger is None and len(chain) == 1 and first.metric in sessions and _DEFINITE_BEFORE.search(before) \
            and _SUBJECT_VERB_AFTER.match(after):
        # "les trois plénières ont été courtes": the sessions of a kind, all of them, subject of a clause
        trigger = "before"
    if trigger is None and len(chain) == 1 and first.metric == "exhibitors" and not first.context \
            and _DEFINITE_COUNT_BEFORE.search(before):
        # "Dès l'installation des 64 stands", "parmi les 40 exposants": the event's stands, all of
        # them, named with the definite article (before a number, "des" is "de les")
        trigger = "before"
    if trigger is None and len(chain) == 1 and first.metric in attendance and not first.context \
            and _DEFINITE_BEFORE.search(before) and _SUBJECT_VERB_AFTER.match(after):
        # "les 45 participants se sont répartis en équipes": the event's attendance, all of it, named
        # with the definite article and subject of a clause (a word of the attendance itself, not
        # "les 12 élus" of a council)
        trigger = "before"
    if trigger is None and whole and running and last.metric in attendance and _teams_split_after().match(after):
        # "plus de 60 lycéens répartis en 12 équipes ont planché sur ...": the people split into the
        # teams of a contest, all the attendance, in any word of people (a context word: "lycéens")
        trigger = "judged"
    if trigger is None and len(chain) == 1 and first.metric in attendance and not first.context \
            and _THANKED_BEFORE.search(before):
        # "Merci aux 240 participants pour ces échanges": the attendance thanked or greeted, all of it
        trigger = "before"
    filled = patterns["day_activity"].match(fsent, first.end) if first.metric == "days" else None
    # "trois jours durant": the duration word after the count
    filled = filled or (patterns["duration_after"].match(fsent, first.end) if first.metric == "days" else None)
    if trigger is None and first.metric == "days" and len(chain) == 1 and (
            _event_length(before) or filled or _days_of_gathering(fsent, before, first.start)
            or (_DAYS_NAMED_BACK.search(before) and not fsent[first.number.end:first.word_start].strip())
            or (_presented(before) and not rate_within(fsent, first.end, first.end + _RATE_REACH))):
        # "le colloque s'est déroulé sur deux journées", "quatre jours de conférences et de visites"
        trigger = "length"
        quote_end = filled.end() if filled else quote_end
    if trigger is None and first.metric == "days" and len(chain) == 1 and whole and running \
            and _days_heading_clause(fsent, before, first.word_start, first.word_end, first.number.value):
        trigger = "length"      # "Trois journées pour ...": the event's days opening their clause
    if trigger is None and whole and running and not first.context and first.metric in attendance | closing_metrics \
            and patterns["closing"].search(before) and patterns["closing_subject"].search(before) \
            and not _DIFFERENCE_AFTER.match(fsent, first.end) \
            and (len(re.findall(r"[\w']+", after)) <= _CLOSING_MAX_WORDS or patterns["comparison"].match(after.lstrip(" ,"))
                 or patterns["attendance_clause"].search(before) or _BREAKDOWN_AFTER.match(fsent, first.end)):
        # the attendance closing a sentence about the event or its audience: "Le forum a affiché
        # complet avec 300 participants.", "la fréquentation a progressé avec 2 300 entrées, contre
        # 1 500 l'an dernier" (not "une convention avec 12 partenaires"); or its stands, of
        # `closing_metrics`: "le salon a ouvert avec 40 exposants"
        trigger = "opening"
    if trigger is None and whole and running and not first.context and first.metric in attendance \
            and before.rstrip().endswith(":") and patterns["attendance_clause"].search(before.rstrip()[:-1]) \
            and not _DIFFERENCE_AFTER.match(fsent, first.end):
        trigger = "opening"     # "une fréquentation en recul sur un an : 1 500 entrées"
    if trigger is None and whole and running and not first.context and first.metric in attendance \
            and _closing_continued(doc, lo, before, after):
        trigger = "opening"     # "La kermesse affichait complet. Avec près de 900 visiteurs.": the sentence before goes on
    if trigger is None and whole and running and first.metric in attendance and _judged_event(before, after):
        # "Avec 420 élus et agents, le forum a fait salle comble": the event judged by its
        # attendance, which may be counted in people of any kind (a context word: "élus")
        trigger = "judged"
    if trigger is None and whole and running and first.metric in attendance and before.rstrip().endswith(",") \
            and gathered_for(before):
        # "Réunis à Valbrune pour le congrès des jardiniers, plus de 200 élus ont ...": the people
        # gathered for the event, counted in any word of people (a context word: "élus")
        trigger = "judged"
    if trigger is None and whole and running and first.metric in attendance and first.context \
            and not before.strip().lstrip(_OPENING_QUOTES).strip() and _at_the_event(after):
        # "Quarante étudiants en design ont rivalisé d'idées lors du hackathon": people of any kind
        # opening a sentence that says what they did at the event
        trigger = "judged"
    if trigger is None:
        # a sentence of running text opening with the counts, then saying something of them, or
        # stating them after a colon ("Un public nombreux : 700 participants en présentiel.")
        # (a sentence quoted from someone opens with its quotation mark: "« Avec 300 visiteurs, ...")
        lead = before.strip().lstrip(_OPENING_QUOTES).strip()
        if _RUN_IN_ITEM.fullmatch(lead):
            lead = ""           # a list item run into the sentence before it: "... avec des élus. - 4 ateliers sur ..."
        lead = _length_out(fsent, sent, lead, before)
        colon = (lead.endswith(":") and len(re.findall(r"[\w']+", lead)) <= _COLON_LEAD_MAX_WORDS
                 and not _session_named(lead, title))          # not "Atelier A : 20 participants"
        # counts listed after a short lead and its colon ("Quelques chiffres : 150 bénévoles et 3 000
        # festivaliers"), not after a session's name ("Atelier A : 12 tables, 20 participants")
        listed = _counts_listed(sent[:first.start]) and not (":" in lead and _session_named(lead[:lead.rfind(":")], title))
        opening = (not lead or patterns["lead_in"].fullmatch(lead) or patterns["opener"].fullmatch(lead)
                   or _opener_then_counted(lead)
                   or patterns["presentative"].fullmatch(lead) or colon or listed)
        if _pluperfect_after().match(after):
            return []           # "1 500 visiteurs avaient parcouru les stands": an earlier time's counts
        if not lead and _CONTENTS_LEADER.search(doc.text, max(0, lo + first.start - 12), lo + first.start):
            return []           # "Ouverture ..... 3 Ateliers ..... 5": a contents entry's page number, then the next entry
        weak = set(load("metrics").get("sentence_weak_metrics") or ["days"])
        # counts of sessions announcing the list that follows them: "Avec trois ateliers : 1. ..."
        announced = all(i.metric in sessions for i in chain) and after.lstrip().startswith(":")
        # "ce sont 4 200 personnes, débutants ou confirmés, qui ont ...": a presentative and "qui"
        # around the counts set them forth as the event's, counted in people of any kind
        cleft = patterns["presentative"].fullmatch(lead) is not None and _CLEFT_AFTER.match(after) is not None
        if not (whole and running and opening and first.metric not in weak and (not first.context or cleft)
                and (colon or announced or (listed and ":" in lead) or len(re.findall(r"[\w']+", after)) >= 3)):
            return []
        # counts in people of any kind, set forth by the cleft, are kept as "judged" counts are
        trigger = "judged" if cleft and first.context else "opening"
        if first.metric in attendance and _session_named(after[:re.search(r"[.;:!?]|$", after).start()], title):
            return []           # "40 participants ont suivi le second atelier"
    elif (first.metric == "days" and trigger != "length" and not (
            len(chain) == 1 and _days_of_gathering(fsent, before, first.start))) or _session_named(subject, title):
        return []
    if first.metric in attendance and review_meeting_after().match(fsent, last.end):
        return []               # "9 élus réunis un mois plus tard pour le bilan du salon": a later meeting
    if organisation_activity(fsent[:re.search(r"[.!?](?:\s|$)|$", fsent[last.end:]).start() + last.end]):
        return []               # "En 2023, l'association a accueilli 1 300 visiteurs": a year's activity
    compared = patterns["comparison"].search(fsent, last.end)      # "..., contre 280 l'an dernier"
    reach = compared.start() if compared else len(fsent)
    # "Même si la fréquentation est en retrait sur la précédente édition, ce sont 800 curieux
    # qui ...": the other edition belongs to the concession before the counts
    conceded = _CONCESSION.match(fsent)
    conceded_end = fsent.find(",", conceded.end()) if conceded else -1
    other = [m.group(0) for m in patterns["elsewhere"].finditer(fsent, 0, reach)
             if not _LIKE_BEFORE.search(fsent, max(0, m.start() - 14), m.start())
             and not m.start() < conceded_end < first.start]
    if deck:            # a sponsorship deck states the past editions' figures as the event's
        other = [o for o in other if not patterns["earlier_edition"].fullmatch(o)]
    if other or patterns["period"].search(fsent, 0, reach):
        return []
    if whole and _earlier_year_lead(doc, fsent):
        return []               # "En 2016, une trentaine d'associations ..." in a report of 2017
    if _held_in_earlier_year(doc, fsent):
        return []               # "le salon, qui s'est tenu en 2019, a accueilli ..." in a report of 2021
    if _earlier_edition_named(doc, fsent, last.end):
        return []               # "3 200 visiteurs de l'édition 2019" in a report of 2021
    if quote_start > 0 and first.start <= 160 and whole:
        quote_start = 0                 # the whole sentence up to the counts, when it is short
    items = [i for i in chain if not (i.context and trigger == "opening")]
    # "240 maires se sont réunis" counts the attendance, "le forum a accueilli 95 maires" may
    # count a part of it: a word of `attendance_subject_terms` only as the subject of the verb after it
    items = [i for i in items if trigger == "after" or _norm(sent[i.word_start:i.word_end]) not in subject_terms()]
    if not items:
        return []
    trigger = "opening" if trigger == "judged" else trigger
    # the event's length after its counts: "640 participants pendant deux jours", or after the
    # verb that follows them ("650 personnes se sont réunies pendant deux jours")
    duration = patterns["duration"].match(fsent, last.end) or (
        patterns["duration"].match(fsent, quote_end) if trigger == "after" else None)
    days = number_first(fsent, sent, duration.end()) if duration else None
    # (not "pendant les trois premiers jours": some of the event's days, not its length)
    if days and days[1] == "days" and 0 < days[0].value < 1000 and not _FIRST_OR_LAST.search(fsent, days[0].end, days[3][0]):
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
    items = _daily_totals(sent, fsent, items, attendance)
    quote_end = max([quote_end] + [i.end for i in items])
    start, end = lo + quote_start, lo + quote_end
    return [make_figure(doc, units, i.metric, i.number, start, end, sent[i.word_start:i.word_end], lo)
            for i in items]
