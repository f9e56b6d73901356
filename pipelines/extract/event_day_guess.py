"""The event's days when the text omits their year or writes them in its opening: the year a
date without one takes from the titles, the opening, the page's metadata or its publication date,
a weekday guarding it ("Le jeudi 14 mars, ..."); the dates an opening sentence or a title gives;
a dateline that dates the page, not the event; the day a sentence says the event closes."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import _month_numbers, day_month, events_lexicon, has_marker, make_date, month_pattern, takes_place, weekday_pattern
from .event_attendance import gathering_sentence
from .event_opening import event_page, evidence_units, opening_units
from .event_titles import OPENING_CHARS, document_titles, first_heading, title_lines
from .event_words import phrases_alternation

_norm = fold_apostrophes


def date_without_year(doc: Document) -> dt.date | None:
    """"Le jeudi 14 mars, ..." in a web page whose title carries the year ("Forum X 2025"): the
    first date written with its weekday but no year, in a year of the title, first heading or
    title lines (of the opening, for an undated page whose titles have none) whose calendar gives
    that weekday to that day (the weekday guards the year)."""
    days = dates_without_year(doc)
    return days[0] if days else None


def dates_without_year(doc: Document, skip=()) -> tuple[dt.date, dt.date | None] | None:
    """The first and last day of ``date_without_year``: a weekday's date that ends a range ("du
    vendredi 3 au dimanche 12 mars") is its last day, the range's first day its start. Dates
    inside the ``skip`` spans (sections on other events) are not read."""
    years: list[int] = []
    for title in first_heading(doc) + [doc.title or ""] + title_lines(doc):
        # (not a year of another time: "En 1990, ..." on a short line of verse or a caption)
        years += [int(y) for y in _opening_years(title) if int(y) not in years]
    if not years and not doc.date:
        # an undated page whose titles give no year: a year its opening writes ("Venez au salon,
        # le rendez-vous 2031 de la filière"), the weekday still guarding it
        years = [int(y) for y in dict.fromkeys(_opening_years(doc.text[:OPENING_CHARS]))]
    if not years and doc.date and re.match(r"\d{4}-\d{2}-\d{2}", doc.date):
        # a dated page whose titles give no year ("Mardi 3 mars, la salle était comble" in an
        # article of that March): the publication's year, else the year before (a report written
        # after New Year), the weekday still guarding it
        published = int(doc.date[:4])
        years = [published, published - 1]
    if not years:
        return None
    folded = fold(doc.text)
    weekdays = [fold(w) for w in events_lexicon()["weekdays"]]
    markers = [fold(m) for m in events_lexicon()["non_event_date_markers"]]
    pattern = rf"\b({weekday_pattern()})[\s,]+(\d{{1,2}})(?:er)?[\s,]+({month_pattern()})\b(?![\s,]*\d{{4}}\b)"
    for m in re.finditer(pattern, folded):
        if any(a <= m.start() < b for a, b in skip):
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if has_marker(folded[max(line_start, m.start() - 40):m.start()], markers):
            continue
        for year in years:
            date = make_date(str(year), m.group(3), m.group(2))
            if date and date.weekday() == weekdays.index(m.group(1)):
                return _range_to(folded, m, date) or (date, None)
    return None


def _range_to(folded: str, last: re.Match, date: dt.date) -> tuple[dt.date, dt.date] | None:
    """The range a weekday's date ends ("du vendredi 3 au dimanche 12 mars": 3 to 12 March
    of its year), when one does."""
    window = max(0, last.start() - 40)
    for r in day_month(folded[window:last.end()]):
        if r.group(3) and window + r.end() == last.end():
            first = make_date(str(date.year), r.group(2) or r.group(4), r.group(1))
            if first and first < date:
                return first, date
    return None


def _metadata_dates(doc: Document) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates a page's metadata gives (front matter "event_start_date", "date_debut",
    "start_date" / "end_date"...; events.yaml `metadata_date_keys`), not its publication date."""
    def day(value) -> dt.date | None:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        m = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", str(value or ""))
        return make_date(*m.groups()) if m else None

    keys = events_lexicon().get("metadata_date_keys") or {}
    starts = list(keys.get("start", [])) + (["date"] if event_page(doc) else [])
    first = next((d for k in starts if (d := day(doc.metadata.get(k)))), None)
    last = next((d for k in keys.get("end", []) if (d := day(doc.metadata.get(k)))), None)
    return (first, last if last and last > first else None) if first else None


def _year_of(doc: Document, day: dt.date, folded_sentence: str, sentence: str = "") -> int | None:
    """The year of a date written without one: a year of the document's titles; else the
    publication's, a year back for a past date written after it ("le 12 mars dernier" in a
    page of February), a year on for a coming one; else the first year of the opening."""
    for title in document_titles(doc):
        years = re.findall(r"\b((?:19|20)\d{2})\b", title)
        if years:
            return int(years[0])
    if doc.date and re.match(r"\d{4}-\d{2}-\d{2}", doc.date):
        published = dt.date.fromisoformat(doc.date[:10])
        year = published.year
        candidate = day.replace(year=year) if not (day.month == 2 and day.day == 29) else None
        if candidate:
            if candidate > published and re.search(r"\bderni", folded_sentence):
                return year - 1
            if candidate < published and re.search(r"\bprochain", folded_sentence):
                return year + 1
        return year
    # the year the date's own sentence writes ("Le salon 2031 se tiendra les 3 et 4 avril"); else
    # the opening's; not a law's year ("une association loi 1901"). A date told from the day of
    # writing ("le 12 mai prochain", "le 3 mars dernier") in a page that gives no such day has
    # only its sentence's year: another year of the opening is not the writer's present
    years = _years(sentence)
    if not years and not _RELATIVE_DAY.match(folded_sentence):
        years = _opening_years(doc.text[:OPENING_CHARS])
    if not years:
        return None
    # a weekday written with this day ("compte rendu du forum du jeudi 9 mai") must be the
    # calendar's in that year: "Horizon 2030" in the opening is a plan's name, not the year
    weekdays = _weekdays_written(doc, day)
    if weekdays and (make_date(years[0], str(day.month), str(day.day)) or day).weekday() not in weekdays:
        return None
    return int(years[0])


# A date without its year followed by a word that tells it from the day of writing.
_RELATIVE_DAY = re.compile(r"[^.!?\n]{0,40}?\b(?:prochain|prochaine|dernier|derniere)\b")

_YEAR = re.compile(r"(?<!\w)(?<!loi )(?<!loi du )(?<!loi de )(?<!Loi )((?:19|20)\d{2})\b")


def _years(text: str) -> list[str]:
    """The years written in a text, but for a law's ("loi 1901") and a year of history that
    events.yaml `history_year_markers` introduce ("une association créée en 1990", "depuis 2012")."""
    return [m.group(1) for m in _year_matches(text)]


def _year_matches(text: str) -> list[re.Match]:
    """The matches of the years ``_years`` keeps."""
    history = _history_year()
    return [m for m in _YEAR.finditer(text) if not history.search(fold(text[max(0, m.start() - 30):m.start()]))]


def _opening_years(text: str) -> list[str]:
    """The years of ``_years`` an opening writes that may be its event's, far from the date they
    would complete: not a bare year after a preposition (events.yaml `other_time_prepositions`:
    "en 2031, l'association ...", "de 1850 à 2050", "fin 2030"), which tells another time the
    text speaks of; the event's year is a tag of its name or edition ("l'édition 2031", "Forum
    X 2031") or part of a date ("le 3 mai 2031", "mai 2031")."""
    before = _other_time_preposition()
    return [m.group(1) for m in _year_matches(text) if not before.search(fold(text[max(0, m.start() - 30):m.start()]))]


@cache
def _other_time_preposition() -> re.Pattern:
    """events.yaml `other_time_prepositions` ending the folded text before a bare year."""
    words = [fold(w) for w in events_lexicon().get("other_time_prepositions") or []] or ["\0"]
    return re.compile(r"(?<![\w'’])(?:%s)\s*$" % "|".join(re.escape(w) for w in words))


@cache
def _history_year() -> re.Pattern:
    """Words of events.yaml `history_year_markers` ending the folded text before a year."""
    markers = [fold(m) for m in events_lexicon().get("history_year_markers") or []] or ["\0"]
    return re.compile(r"(?<![\w])(?:%s)\s+$" % "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in markers))


def _weekdays_written(doc: Document, day: dt.date) -> set[int]:
    """The weekdays (0 = Monday) the titles or the text write right before this day and month
    ("jeudi 9 mai")."""
    names = [fold(w) for w in events_lexicon()["weekdays"]]
    found = set()
    for piece in document_titles(doc) + [doc.text]:
        for m in re.finditer(rf"\b({weekday_pattern()})[\s,]+(\d{{1,2}})(?:er)?[\s,]+({month_pattern()})\b", fold(piece)):
            written = make_date("2000", m.group(3), m.group(2))
            if written and (written.month, written.day) == (day.month, day.day):
                found.add(names.index(m.group(1)))
    return found


def opening_dates(doc: Document, titles_only: bool = False) -> tuple[dt.date, dt.date | None] | None:
    """The first date without a year in an opening sentence or heading about the event ("s'est
    tenue le 12 mai à Valbrune", "Du 4 au 6 octobre dernier, ... a organisé son congrès"), in the
    sentence counting the people it gathered, or in a title, its year taken from the titles or the
    publication date."""
    # the opening's sentences about the event, then the titles ("Table ronde X le 28 mars")
    pieces = [] if titles_only else [doc.text[u.start:u.end] for u in evidence_units(doc)]
    # ... then the sentence that counts the people the event gathered ("Une centaine d'élus se sont
    # réunis le 9 octobre dernier à la médiathèque"), which may name no event
    counted = None if titles_only else gathering_sentence(doc)
    if counted and doc.text[counted[0]:counted[1]] not in pieces:
        pieces.append(doc.text[counted[0]:counted[1]])
    # ... then an opening sentence whose day a verb of taking place goes with ("PollX 2031 aura
    # lieu du 21 au 22 novembre à Valbrune"), the event called by a name without an event noun
    if not titles_only:
        for unit in opening_units(doc):
            sentence = doc.text[unit.start:unit.end]
            if unit.kind != "sentence" or sentence in pieces:
                continue
            folded = _norm(sentence)
            if any(takes_place(folded, m.start(), m.end()) for m in day_month(folded)):
                pieces.append(sentence)
    pieces += document_titles(doc)
    for piece in pieces:
        folded = _norm(piece)
        for m in day_month(folded):
            if m.group(5):
                day, month, last = m.group(5), m.group(6), None
            else:
                day, month, last = m.group(1), m.group(2) or m.group(4), (m.group(3), m.group(4))
            first = make_date("2000", month, day)
            if first is None:
                continue
            year = _year_of(doc, first, folded[m.start():], folded)
            if year is None:
                return None
            start = make_date(str(year), month, day)
            end = make_date(str(year), last[1], last[0]) if last else None
            if start:
                return start, end if end and end > start else None
    return None


def _not_dateline(doc: Document, dates: tuple[dt.date, dt.date | None] | None) -> tuple[dt.date, dt.date | None] | None:
    """The dates, unless they are the page's publication day alone and the opening tells another
    day of the event: a full date equal to the publication date ("Valbrune, 3 mai 2031", a
    dateline under the title) dates the page, and "s'est tenu le 28 avril" in the opening dates
    the event. With no other day in the opening, the publication day stays (a deck or a report
    written on the event's day)."""
    if dates and dates[1] is None and doc.date and dates[0].isoformat() == doc.date[:10]:
        told = opening_dates(doc)
        if told and told[0] != dates[0]:
            return told
    return dates


@cache
def _closing_pattern() -> re.Pattern | None:
    """events.yaml `closing_phrases` as a pattern for folded text, None without any."""
    phrases = events_lexicon().get("closing_phrases") or []
    return re.compile(phrases_alternation(phrases, longest_first=False)) if phrases else None


def _closing_day(text: str, day: dt.date) -> bool:
    """Whether a sentence saying the event closes (events.yaml `closing_phrases`: "La foire ferme
    ses portes ce jeudi 19 décembre", "au dernier soir de la foire, le 28 décembre") gives ``day``."""
    closing = _closing_pattern()
    if closing is None:
        return False
    folded = fold(text).replace("’", "'")
    months = [m for m, n in _month_numbers().items() if n == day.month]
    written = re.compile(rf"\b{day.day}(?:er)?\s+(?:{'|'.join(months)})\b")
    for m in closing.finditer(folded):
        lo = max(folded.rfind(". ", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
        ends = [e for e in (folded.find(". ", m.end()), folded.find("\n", m.end())) if e >= 0]
        if written.search(folded, lo, min(ends) if ends else len(folded)):
            return True
    return False
