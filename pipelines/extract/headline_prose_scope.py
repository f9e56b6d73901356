"""Whether a count read in prose is about the event itself (headline_prose.py reads the counts and
decides): a session named as the subject or the object of the sentence ("le second atelier"), a
tense of an earlier time, the event's length ("pendant
ces trois jours"), the event judged by its audience ("Avec 420 élus, le forum a fait salle comble"),
a verb that puts counts on the programme, a fair named in the document's title. An earlier edition
or year ("En 2016, ...") is told in headline_prose_years.py."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes, load
from .event_dates import month_pattern, weekday_pattern
from .headline_terms import attendance_group, count_at, metric_terms, prose_patterns
from .numbers import number_at
from .patterns import phrase_alternation

_norm = fold_apostrophes


def _session_named(fclause: str, title: str, rest: str | None = None) -> bool:
    """Whether a clause names a session of the event ("le second atelier"), other than the kind of
    session the document's title names (a webinar's page speaking of "le webinaire"). ``rest``: the
    text the clause opens, past its first comma, where the event's parts may go on being listed."""
    patterns = prose_patterns()
    if any(not _the_titled_event(m.group(0), title) for m in patterns["specified"].finditer(fclause)):
        return True
    # counted sessions are the programme, not one session: "ont assisté aux 40 conférences"; so
    # are the event's parts listed: "ont parcouru les ateliers, les expositions et le village"
    return any(not _in_title(m.group(0), title) and not _counted().search(fclause, max(0, m.start() - 40), m.start())
               and not _PARTS_LISTED.match(rest or fclause, m.end()) for m in patterns["sessions"].finditer(fclause))


# A demonstrative before a session word (metrics.yaml `specifiers`): "cette conférence", "cet atelier".
_DEMONSTRATIVE = re.compile(r"(?:cette|cet)\s")


def _the_titled_event(specified: str, title: str) -> bool:
    """Whether a session word after a demonstrative is the event the document's title names, in
    the same form: "Cette conférence a accueilli 90 élus" under the title "La conférence des maires
    du canton" (the event itself), not "cet atelier" under "Les ateliers du forum"."""
    if not _DEMONSTRATIVE.match(specified):
        return False
    word = prose_patterns()["sessions"].search(specified)
    return word is not None and (re.search(r"(?<![\w])%s(?![\w])" % re.escape(word.group(0)), title) is not None
                                 or _online_titled(word.group(0), title))


@cache
def _online_words() -> tuple[frozenset[str], re.Pattern]:
    """metrics.yaml `event_prose.online_session_words`, folded, and a pattern finding one of them."""
    words = (load("metrics").get("event_prose") or {}).get("online_session_words") or []
    folded = frozenset(_norm(str(w)) for w in words)
    return folded, re.compile(r"(?<![\w])(?:%s)(?![\w])" % (phrase_alternation(sorted(folded, key=len, reverse=True)) or "\0"))


def _online_titled(word: str, title: str) -> bool:
    """Whether a word of an online session ("la web-conférence") names the event of a document whose
    title names it with another such word ("Bilan du webinaire ..."): the same session online."""
    words, pattern = _online_words()
    return word in words and pattern.search(title) is not None


def _in_title(word: str, title: str) -> bool:
    """Whether the document's title names the kind of session ``word`` names (``_online_titled``)."""
    return word in title or _online_titled(word, title)


@cache
def _counted() -> re.Pattern:
    """A number, in figures or in words ("trois ateliers"; numbers.yaml `number_words`), and at most
    three words ("40 conférences et ateliers") right before a session word: the sessions are counted."""
    words = "|".join(re.escape(_norm(str(w))) for w in sorted(load("numbers").get("number_words") or ["\0"], key=len, reverse=True))
    return re.compile(r"(?:\d[\d  .]*|(?<![\w'])(?:%s))\s+(?:[\w'-]+,?\s+){0,3}$" % words)

# After a plural session word, another part of the event listed: "les ateliers, expositions et
# autres animations", "les conférences et les stands" (the object is the event's parts, not one session).
_PARTS_LISTED = re.compile(r"(?<=s)\s*(?:,|\bet\b)\s*(?:(?:les|des|aux|d'autres|autres)\s+)?[^\W\d]")


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


@cache
def _held_with() -> tuple[re.Pattern, re.Pattern]:
    """A verb of events.yaml `taking_place_verbs` in a past tense or the imperfect ("s'est tenue",
    "avait lieu", "se tenait"), and metrics.yaml `event_prose.held_openers` ending the text, for
    folded text."""
    verbs = [str(v) for v in load("events").get("taking_place_verbs") or []
             if _norm(str(v)).startswith(("s'est ", "se sont ", "a eu ", "ont eu ", "avait ", "se tenait"))] or ["\0"]
    openers = [str(w) for w in (load("metrics").get("event_prose") or {}).get("held_openers") or []] or ["\0"]
    return (re.compile(r"(?<![\w'])(?:%s)(?![\w])" % _words(verbs)),
            re.compile(r"(?<![\w'])(?:%s)\s*$" % _words(openers)))


def _held_then_with(before: str) -> bool:
    """Whether the counts follow "avec" in the clause saying the event took place: "l'atelier
    s'est déroulé mardi à Valbrune avec 40 participants" (no other clause break between the verb
    and "avec"), whatever follows them in the sentence."""
    verbs, opener = _held_with()
    end = opener.search(before)
    if end is None:
        return False
    verb = None
    for verb in verbs.finditer(before, max(0, end.start() - 200), end.start()):
        pass
    return verb is not None and not re.search(r"[.;:!?()]", before[verb.end():end.start()])


def _gap_words(gap: str) -> int | None:
    """Words in the gap between a verb and a count; None when a clause ends in it."""
    return None if re.search(r"[.;:!?()«»\"]", gap) else len(re.findall(r"[\w']+", gap))


# An incise set off by commas right after a gathering verb, before its count: "le salon a réuni,
# malgré la pluie, près de 900 visiteurs", "a accueilli, comme prévu, 60 exposants". Short, and
# without a figure of its own (a year or a count in it may be another time or another count).
_INCISE = re.compile(r"\s*,((?:\s*[^\W\d_][\w'-]*){1,10})\s*(?=,)")


def _incise_out(gap: str) -> str:
    """The gap between a gathering verb and its count without the incises that open it
    (``_INCISE``), two at most: "a réuni, vendredi, à l'espace X, 1 200 élus"."""
    for _ in range(_INCISES_MAX):
        m = _INCISE.match(gap) or _date_incise().match(gap)
        if m is None:
            break
        gap = gap[m.end():]
    return gap.lstrip(",")


_INCISES_MAX = 2


@cache
def _date_incise() -> re.Pattern:
    """An incise that is the day of the gathering: ", vendredi 27 septembre," (its digits are a day,
    not a count)."""
    weekday, month = weekday_pattern(), month_pattern()
    return re.compile(rf"\s*,\s*(?:(?:le|ce)\s+)?(?:{weekday}\s+)?\d{{1,2}}(?:er)?\s+{month}(?:\s+\d{{4}})?\s*(?=,)")


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
    return phrase_alternation(keys)


@cache
def _fair() -> re.Pattern:
    """A fair of organisations at their stands named in a title (metrics.yaml `exhibitor_context`:
    one of `fair_nouns` then one of `fair_topics`: "salon de l'emploi", "fête des associations"),
    for folded text."""
    lex = load("metrics").get("exhibitor_context") or {}
    # the fair's own name may come between, quoted: "le forum « Valbrune pour l'emploi »"
    quoted_name = r"(?:[«\"“]\s*(?:[^\s«»\"“”]+\s+){0,3}?)?"
    # ... or another topic joined to it by "et": "fête de la ville et des associations"
    joined = r"(?:(?:de\s+la|de\s+l'|du|des|de)\s*[^\W\d]+\s+et\s+)?"
    return re.compile(r"(?<![\w])(?:%s)\s+%s%s(?:%s)(?![\w])" % (_words(lex.get("fair_nouns") or ["\0"]), quoted_name,
                                                              joined, _words(lex.get("fair_topics") or ["\0"])))


def _document_title(doc: Document) -> str:
    titles = [h.text for h in doc.headings[:1]] + [doc.title or ""]
    titles += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    return _norm(" ".join(titles))


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


def _at_the_event(after: str) -> bool:
    """Whether the clause after counts of people says they did something at the event, named with
    the definite article and an event noun (events.yaml `event_nouns`): "40 étudiants en design ont
    concouru lors du hackathon". Counted in any word of people (a context word: "étudiants")."""
    clause = after[:re.search(r"[.;:!?]|$", after).start()]
    nouns = _words([str(n) for n in load("events").get("event_nouns") or ["\0"]])
    return re.search(r"(?<![\w])lors\s+(?:du\s+|de\s+la\s+|de\s+l')(?:%s)(?![\w])" % nouns, clause) is not None


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
        # ... or set before the event as the subject of its clause: "Sur trois jours, le forum a
        # offert ...", "Pendant trois jours, le festival ..." (events.yaml `whole_event_nouns`)
        if _whole_event_after().match(fsent, start):
            return True
        # ... or dated right after, in brackets, by a range of as many days: "Pendant trois jours (du
        # 25 au 27 mars), les écuries ont accueilli ..." (the event's own days, restated)
        if _days_dated(fsent, start):
            return True
        # ... or named as the event's own days by its noun: "Sur les deux jours du congrès, ...",
        # "pendant les trois journées de la manifestation"
        if _event_days_named().match(fsent, start):
            return True
        # ... or opening a sentence whose subject is the event's attendance, all of it: "Durant quatre
        # jours, les délégués ont ...", "Sur trois jours, les visiteurs pourront ..."
        if not fsent[:m.start()].strip(" ,\n\t\u00a0") and _attendance_after().match(fsent, start):
            return True
        # ... or opening a sentence whose programme verb follows them: "Pendant deux jours, ateliers
        # et visites se succéderont", "Durant trois jours alterneront plénières et débats"
        if not fsent[:m.start()].strip(" ,\n\t\u00a0") and prose_patterns()["programme_after"].search(fsent, start):
            return True
        # ... or opening a sentence that lists sessions of two kinds or more: "Tout au long des trois
        # jours, les visiteurs découvriront des débats, des ateliers et des démonstrations"
        if not fsent[:m.start()].strip(" ,\n\t\u00a0") and len({k.group(1) for k in _session_kinds().finditer(fsent, start)}) >= 2:
            return True
        # ... or whose programme verb does ("une série de quatre ateliers explorera pendant trois jours ...")
        return any(v.end() <= m.start() for key in ("before", "programme_before")
                   for v in prose_patterns()[key].finditer(before, max(0, len(before) - 200)))
    # the event's own days, all of them, named by the definite article and the event's noun with no
    # duration word before: "des concerts ont animé les trois journées du festival", "un accès aux
    # trois jours de l'événement"
    return _ALL_OF_BEFORE.search(fsent, max(0, start - 8), start) is not None and _event_days_named().match(fsent, start) is not None


# The definite article of all the days, right before their count: "les", "aux", "des".
_ALL_OF_BEFORE = re.compile(r"(?<![\w'])(?:les|aux|des)\s+$")


@cache
def _session_kinds() -> re.Pattern:
    """A session word of metrics.yaml `event_prose.session_words`, singular or plural (group 1: the
    singular), for folded text."""
    words = [str(w) for w in (load("metrics").get("event_prose") or {}).get("session_words") or ["\0"]]
    return re.compile(r"(?<![\w])(%s)s?(?![\w])" % _words(w.rstrip("s") for w in words))


# A count of days (a number and its word), then a range of days of one month in brackets.
_DAYS_THEN_RANGE = re.compile(r"(?P<count>[\w'-]+)\s+(?:jours|journees)\s*\(\s*(?:du\s+)?(?P<first>\d{1,2})(?:er)?\s*"
                              r"(?:au|-|–)\s*(?P<last>\d{1,2})\s+[a-z]")


def _days_dated(fsent: str, start: int) -> bool:
    """Whether the count of days at ``start`` is followed by a bracketed range of as many days
    ("trois jours (du 11 au 13 avril)")."""
    m = _DAYS_THEN_RANGE.match(fsent, start)
    if m is None:
        return False
    number = number_at(fsent, start, max_words=2)
    return number is not None and number.value == int(m.group("last")) - int(m.group("first")) + 1


@cache
def _whole_event_after() -> re.Pattern:
    """A count of days (a number and its word), a comma, then the event named by an article and
    a noun that names only a whole event: "trois jours, le forum"."""
    nouns = _words([_norm(str(w)) for w in load("events").get("whole_event_nouns") or ["\0"]])
    return re.compile(r"[\w'-]+\s+[\w'-]+\s*,\s*(?:le|la|les|l'|ce|cette|cet)\s*(?:%s)(?![\w])" % nouns)


@cache
def _event_days_named() -> re.Pattern:
    """A count of days (a number and its word), then "de l'", "du", "de la", "de ce", "de cette"
    and a noun of the whole event (events.yaml `whole_event_nouns`, metrics.yaml
    `event_prose.event_nouns_of_days`): "deux jours du forum", "trois journées de l'événement"."""
    nouns = list(load("events").get("whole_event_nouns") or [])
    nouns += list((load("metrics").get("event_prose") or {}).get("event_nouns_of_days") or [])
    return re.compile(r"[\w'-]+\s+[\w'-]+\s+(?:de\s+l'|du\s+|de\s+la\s+|de\s+ce\s+|de\s+cet\s*|de\s+cette\s+)\s*(?:%s)(?![\w])"
                      % _words(nouns or ["\0"]))


@cache
def _attendance_after() -> re.Pattern:
    """A count of days (a number and its word), a comma, then the attendance named by the definite
    article and a term of metrics.yaml `attendance_group` ("trois jours, les visiteurs"), or the
    public, the attendance as one body, in a report's past tense ("cinq jours durant, les visiteurs ont pu ...";
    not an announcement's "le public trouvera ...")."""
    group = attendance_group()
    terms = [t for t, metric in metric_terms() if metric in group]
    return re.compile(r"[\w'-]+\s+[\w'-]+\s*,\s*(?:les\s+(?:%s)|le\s+(?:grand\s+)?public\s+(?:a|est|s'est)\s)"
                      % (phrase_alternation(terms) or "\0"))


def _after_duration_word(fsent: str, start: int) -> bool:
    """Whether a duration word ends right before ``start``: "pendant ces | deux jours"."""
    return any(m.end() == start for m in prose_patterns()["duration_at"].finditer(fsent, max(0, start - 40), start))


# The largest count of an event's own days read at the head of a clause (a week and a half).
_CLAUSE_DAYS_MAX = 10


def _days_heading_clause(fsent: str, before: str, word_start: int, word_end: int, value: float) -> bool:
    """Whether a count of days opens its clause and names them with a word of an event's own days
    (metrics.yaml `event_prose.clause_day_words`): the sentence opens with it, or a comma ends the
    words before it ("Deux journées pour apprendre à composter.", "Des débats, des visites, trois journées
    bien remplies"); not before a time relative to another, a rate or a part of the days
    (`clause_day_not_after`: "deux journées plus tard"), nor before a pluperfect."""
    prose = load("metrics").get("event_prose") or {}
    words = {fold(str(w)) for w in prose.get("clause_day_words") or []}
    if fold(fsent[word_start:word_end]).strip() not in words or not 2 <= value <= _CLAUSE_DAYS_MAX:
        return False
    lead = before.rstrip(" \t\u00a0\u202f")
    if lead and not lead.endswith(","):
        return False
    not_after = prose.get("clause_day_not_after") or []
    if not_after and re.match(r"\s*(?:{})(?![\w])".format(_words(not_after)), fsent[word_end:]):
        return False
    return _pluperfect_after().match(fsent, word_end) is None


def _pluperfect_after() -> re.Pattern:
    """An auxiliary of metrics.yaml `earlier_tenses` right after the counts (folded text): "300
    visiteurs avaient fait le déplacement" tells of a time before the report's."""
    return _words_after("earlier_tenses")


def hoped_after() -> re.Pattern:
    """A verb of hope in the past of metrics.yaml `hoped_after` right after the counts (folded
    text): "750 congressistes étaient espérés" gives the number hoped for, not the attendance."""
    return _words_after("hoped_after")


@cache
def _words_after(key: str) -> re.Pattern:
    """The words of metrics.yaml `event_prose.<key>` right after the counts (folded text)."""
    words = (load("metrics").get("event_prose") or {}).get(key) or ["\0"]
    return re.compile(r"\s*(?:%s)(?![\w])" % _words(words))


@cache
def review_meeting_after() -> re.Pattern:
    """A purpose of metrics.yaml `review_purposes` in the clause after the counts (folded text):
    "un mois plus tard, 12 participants se sont réunis pour faire le bilan de la fête" counts the people
    of a later meeting looking back on the event, not the event's attendance."""
    words = (load("metrics").get("event_prose") or {}).get("review_purposes") or ["\0"]
    return re.compile(r"[^.;!?]*?(?<![\w'])(?:%s)(?![\w])" % _words(words))


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


@cache
def _organisations_joined_pattern() -> re.Pattern:
    terms = (load("metrics").get("exhibitor_context") or {}).get("terms") or ["\0"]
    return re.compile(r"\s*(?:,|et|ou)\s+(?:(?:les|des|de)\s+|d')?(?:%s)(?![\w])" % _words(terms))


def _organisations_joined(gap: str) -> bool:
    """Whether the gap after a count of people opens with organisations counted with them
    (metrics.yaml `exhibitor_context.terms`): "environ 80 personnes et associations ont pris part"
    counts people and organisations together, no attendance."""
    return _organisations_joined_pattern().match(gap) is not None


# A verbless sentence of counts after an opener continues the sentence before it ("Le salon a fait
# le plein. Avec près de 900 visiteurs."): that sentence is read for the event or its audience, in
# its paragraph, up to this many characters back.
_PREVIOUS_REACH = 300
_SENTENCE_END = re.compile(r"[.!?…]+[\s\u00a0]+")


@cache
def _closing_alone() -> re.Pattern:
    """An opener of metrics.yaml `event_prose.closing_openers` alone, with a hedge of
    `closing_hedges` at most ("avec sans doute", "avec probablement") before the counts."""
    prose = load("metrics").get("event_prose") or {}
    return re.compile(r"\s*(?:{})(?:\s+(?:{}))?\s*".format(
        _words(prose.get("closing_openers") or ["\0"]), _words(prose.get("closing_hedges") or ["\0"])))


def _closing_continued(doc: Document, lo: int, before: str, after: str) -> bool:
    """Whether counts after an opener alone make a verbless sentence (a few words after them at
    most) that closes the sentence before it in the same paragraph, and that sentence names the
    event or its audience (metrics.yaml `event_prose.closing_subjects`, events.yaml event nouns)."""
    # (or the counts alone: "La kermesse a eu lieu samedi. Environ 650 personnes accueillies.")
    if not (_closing_alone().fullmatch(before) or not before.strip()) or len(re.findall(r"[\w']+", after.split(".")[0])) > 3:
        return False
    previous = _norm(doc.text[max(0, lo - _PREVIOUS_REACH):lo])
    stripped = previous.rstrip()
    if not stripped.endswith((".", "!", "?", "…")) or re.search(r"\n[ \t]*\n|\f", previous[len(stripped):]):
        return False            # not a sentence of the same paragraph before it
    previous = re.split(r"\n[ \t]*\n|\f", stripped.rstrip(".!?…"))[-1]
    ends = list(_SENTENCE_END.finditer(previous))
    previous = previous[ends[-1].end():] if ends else previous
    return prose_patterns()["closing_subject"].search(previous) is not None


# Other things counted before the event's counts after an opener, with a few words each: "Avec
# douze projets présentés en atelier, une trentaine d'exposants et 500 participants, ...".
_LISTED_BEFORE_MAX_WORDS = 8


def _opener_then_counted(lead: str) -> bool:
    """Whether the words before a sentence's counts are an opener of metrics.yaml
    `event_prose.openers` then other counted things, each a count and a few words closed by a comma."""
    m = re.match(r"(?:[^\n]*[,;:…]\s*)?(?:{})\s+".format(_words(
        (load("metrics").get("event_prose") or {}).get("openers") or ["\0"])), lead)
    if not m:
        return False
    parts = lead[m.end():].split(",")
    if len(parts) < 2 or parts[-1].strip():
        return False
    for part in parts[:-1]:
        number = count_at(part, 0)
        words = len(re.findall(r"[\w']+", part[number.end:])) if number is not None else 0
        if number is None or number.start > 1 or not 0 < words <= _LISTED_BEFORE_MAX_WORDS:
            return False
    return True
