"""Dates as French reports write them ("le mercredi 18 janvier 2023", "du 6 au 8 novembre 2019",
"les 13 et 14 août", "16/04/2024"), and the one a text gives as its event's. Months, weekdays
and the words that make a date something else come from ``lexicons/events.yaml``."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from ..lexicons import fold, load


def events_lexicon() -> dict:
    return load("events")


# --------------------------------------------------------------------------- dates
# The patterns below are built from the lexicon, which is read once per process: each is built
# and compiled once (``functools.cache``), not once per text.
@cache
def month_pattern() -> str:
    months = sorted({fold(m) for m in events_lexicon()["months"]}, key=len, reverse=True)
    return "(?:" + "|".join(months) + ")"


@cache
def weekday_pattern() -> str:
    return "(?:" + "|".join(fold(w) for w in events_lexicon()["weekdays"]) + ")"


def weekday_date_pattern(month_required: bool) -> str:
    """A weekday, its day of the month, the month (optional unless ``month_required``) and a year
    maybe, on folded text: "samedi 23", "dimanche 24 aout 2014", "lundi 1er mars"."""
    month = rf"\s+{month_pattern()}" if month_required else rf"(?:\s+{month_pattern()})?"
    return rf"(?:{weekday_pattern()})\s+\d{{1,2}}(?:er)?{month}(?:\s+(?:19|20)\d\d)?"


@cache
def _month_numbers() -> dict[str, int]:
    return {fold(k): v for k, v in events_lexicon()["months"].items()}


@cache
def _years() -> tuple[int, int]:
    """The years a date of the documents may have (events.yaml `date_years`)."""
    span = events_lexicon().get("date_years") or {}
    return int(span.get("min", 1)), int(span.get("max", 9999))


def make_date(year: str, month: str, day: str) -> dt.date | None:
    """The date written, or None when it is no date: a day or month out of range, or a "year"
    outside events.yaml `date_years`, which is a count after a year-less date ("le samedi 4 mai
    3000 curieux ...")."""
    m = _month_numbers().get(month) if not month.isdigit() else int(month)
    low, high = _years()
    if not low <= int(year) <= high:
        return None
    try:
        return dt.date(int(year), int(m), int(day))
    except (TypeError, ValueError):
        return None


def find_event_dates(text: str, skip: list[tuple[int, int]] = (), name: str = "",
                     labelled_only: bool = False, upcoming: bool = False) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates: a labelled date line ("Date : ..."), else the first date written with
    its weekday ("Jeudi 9 octobre 2025"), else the first date; dates announced as publication,
    update, council, deadline or next-edition dates are passed over (a marker that is a word of
    the event's ``name`` excepted: the minutes of a "conseil municipal" give the council's date),
    and so are those of the ``skip`` spans (sections on other events). A date that a verb of
    taking place goes with ("Du 2 au 4 juin 2021, s'est tenu le salon") comes before the others:
    a report's dateline ("Le 12/06/2023") is its publication's."""
    folded = fold(text)
    lex = events_lexicon()
    named = set(fold(name).split())
    # in a sponsorship deck (``upcoming``), the coming edition is the event
    coming = {fold(m) for m in lex.get("upcoming_date_markers") or []} if upcoming else set()
    markers = [m for m in _non_event_markers() if m not in named and m not in coming]
    deadline, label_before, label_opening, weekday, weekday_after = _event_date_patterns()
    kept = []
    for offset, start, end, end_at in find_dates(text, with_ends=True):
        if any(a <= offset < b for a, b in skip):
            continue
        line_start = folded.rfind("\n", 0, offset) + 1
        before = folded[max(line_start, offset - 40):offset]
        # "Version : 2.1, date : 14 mars 2023": a date label right before the date says what it is,
        # whatever the line said before it
        label_here = label_before.search(before)
        if label_here:
            before = before[label_here.start():]
        if has_marker(before, markers) or deadline.search(before.replace("’", "'")):
            continue
        labelled = label_opening.match(folded[line_start:offset]) is not None
        has_weekday = weekday.search(folded[max(0, offset - 12):offset]) is not None or weekday_after.match(
            folded[offset:offset + 30]) is not None
        kept.append((not labelled, not takes_place(folded, offset, end_at), not has_weekday, offset, start, end))
    if labelled_only:
        kept = [k for k in kept if not k[0]]
    # a bare date (no label, no verb of taking place, no weekday) far down the text is a
    # reference's or an aside's ("source : un rapport du 14/02/2009"), not the event's
    kept = [k for k in kept if not all(k[:3]) or k[3] < _BARE_DATE_REACH]
    if not kept:
        return None
    best = min(kept)
    *_, start, end = best
    # a single day that falls within a few days' range the text writes too, no less surely the
    # event's, is one of its days ("le dimanche 9 mai à 15h" above "samedi 8 et dimanche 9 mai
    # 2031"); a season's range holds the event's day but is not its dates (an exhibition's months)
    if end is None:
        spans = [k for k in kept if k[5] and k[4] < start <= k[5] and (k[5] - k[4]).days <= _DAYS_OF_AN_EVENT
                 and k[0] <= best[0] and k[1] <= best[1]]
        if spans:
            *_, start, end = min(spans)
    return start, end


def range_from_day(text: str, first: dt.date, skip: list[tuple[int, int]] = ()) -> dt.date | None:
    """The last day of a few days' range the text writes that opens on ``first``: a title or a
    dateline gives the first day alone ("12 mai 2031 Fete du quartier") and the text its days
    ("les 12 et 13 mai 2031"); not when the text writes several such ranges (a series of sessions)."""
    ranges = _few_days_ranges(text, first, skip)
    if len(ranges) != 1:
        return None          # several ranges of a few days: a series of sessions, not one event's days
    (start, end), = ranges
    return end if start == first else None


def range_to_day(text: str, last: dt.date, skip: list[tuple[int, int]] = ()) -> dt.date | None:
    """The first day of a few days' range the text writes that closes on ``last``: a date line or
    a dated sentence gives the closing day alone ("Jusqu'au 14 mai 2031", "Fin : 14 mai 2031") and
    the text its days ("du 12 au 14 mai"); not when the text writes several such ranges."""
    ranges = _few_days_ranges(text, last, skip)
    if len(ranges) != 1:
        return None
    (start, end), = ranges
    return start if end == last else None


def _few_days_ranges(text: str, day: dt.date, skip: list[tuple[int, int]] = ()) -> set:
    """The ranges of a few days the text writes with their year, else without it (read in the year of ``day``)."""
    ranges = {(start, end) for offset, start, end in find_dates(text)
              if end and 0 < (end - start).days <= _DAYS_OF_AN_EVENT and not any(a <= offset < b for a, b in skip)}
    return ranges or _yearless_ranges(text, day, skip)


def _yearless_ranges(text: str, first: dt.date, skip: list[tuple[int, int]] = ()) -> set:
    """The few days' ranges written without their year ("les 4 et 5 mai prochains"), read in the
    year of ``first``: a dated day given alone above, its days written further on without the year."""
    months = _month_numbers()
    ranges = set()
    for m in day_month(fold(text)):
        # days of one month only ("les 4 et 5 mai"): a range over two months is a part's or a period's
        if m.group(3) is None or m.group(2) or any(a <= m.start() < b for a, b in skip):
            continue
        month = months.get(m.group(4))
        start = make_date(str(first.year), str(month), m.group(1)) if month else None
        end = make_date(str(first.year), str(month), m.group(3)) if month else None
        if start and end and 0 < (end - start).days <= _DAYS_OF_AN_EVENT:
            ranges.add((start, end))
    return ranges


# The most days apart the first and last days of one event are (a week's festival, a fair).
_DAYS_OF_AN_EVENT = 9


@cache
def _weekdays() -> tuple[str, ...]:
    return tuple(fold(w) for w in events_lexicon()["weekdays"])


# A day's heading of a programme: its weekday, its date, at most this many characters after it.
_DAY_HEADING_TAIL = 30


def last_day_headed(text: str, start: dt.date) -> dt.date | None:
    """A programme that heads its days ("Vendredi 13 juin 2031" / ... / "Samedi 14 juin 2031", each
    opening a line of its own with its weekday) runs over them: when ``start`` is such a day, the
    last of the days headed after it one by one; else None."""
    folded = fold(text)
    weekday = re.compile(rf"[ \t#*]*{weekday_pattern()}[\s,]+\d")
    headed = set()
    for offset, day, end, end_at in find_dates(text, with_ends=True):
        line_start = folded.rfind("\n", 0, offset) + 1
        line_end = folded.find("\n", end_at)
        line_end = len(folded) if line_end < 0 else line_end
        if end is None and weekday.match(folded, line_start) and folded[line_start:offset].strip(" \t#*") in ("", *_weekdays()) and line_end - end_at <= _DAY_HEADING_TAIL:
            headed.add(day)
    if start not in headed:
        return None
    last = start
    while last + dt.timedelta(days=1) in headed:
        last += dt.timedelta(days=1)
    return last if last > start else None


# A date with nothing that says it is the event's is read only this far into the text (the opening).
_BARE_DATE_REACH = 2000


@cache
def _non_event_markers() -> list[str]:
    return [fold(m) for m in events_lexicon()["non_event_date_markers"]]


def has_marker(folded: str, markers: list[str]) -> bool:
    """Whether one of the folded markers opens a word of ``folded`` ("publiée" holds "publié";
    "ressource" does not hold "source"); any run of blanks between a marker's words ("mise à  jour"
    as a web page's layout writes it)."""
    return bool(markers) and _marker_pattern(tuple(markers)).search(folded) is not None


@lru_cache(maxsize=64)
def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w])(?:%s)" % "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in markers))


@cache
def _event_date_patterns() -> tuple[re.Pattern, ...]:
    """(a deadline marker ending the text before a date, a date label ending it, a date label
    opening a line, a weekday ending the text before a date, a weekday just after its start)."""
    lex = events_lexicon()
    deadline = re.compile(r"(?<![\w'])(?:%s)\s*$" % "|".join(re.escape(fold(m).replace("’", "'"))
                                                          for m in lex.get("deadline_markers") or ["\0"]))
    labels = "|".join(re.escape(fold(w)) for w in lex["date_labels"])
    return (deadline, re.compile(rf"(?<![\w])(?:{labels})[ \t]*:[ \t]*$"), re.compile(rf"[ \t>*-]*(?:{labels})[ \t]*:"),
            re.compile(rf"{weekday_pattern()}[\s,]*$"), re.compile(rf"[^\n]{{0,20}}?{weekday_pattern()}"))


# A verb of taking place this close to a date, in its sentence, says the date is an event's.
_TAKES_PLACE_REACH = 60


def takes_place(folded: str, start: int, end: int) -> bool:
    """Whether a verb of events.yaml `taking_place_verbs` stands right before or after the date
    at [start, end) in its sentence: "Du 2 au 4 juin 2021, s'est tenu le salon", "le forum aura
    lieu le 12 juin 2024"."""
    words = events_lexicon().get("taking_place_verbs") or []
    if not words:
        return False
    pattern = _taking_place_pattern(tuple(words))
    after = re.split(r"[.!?\n]", folded[end:end + _TAKES_PLACE_REACH].replace("’", "'"), maxsplit=1)[0]
    before = re.split(r"[.!?\n]", folded[max(0, start - _TAKES_PLACE_REACH):start].replace("’", "'"))[-1]
    return bool(pattern.search(after) or pattern.search(before))


@cache
def _taking_place_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:%s)(?![\w])" % "|".join(
        r"\s+".join(re.escape(part) for part in fold(w).replace("’", "'").split()) for w in sorted(words, key=len, reverse=True)))


@cache
def _date_patterns() -> list[tuple[re.Pattern, str]]:
    """The written forms of a date, most specific first, each with its kind."""
    month, weekday = month_pattern(), weekday_pattern()
    ws = r"[\s,]+"
    patterns = [
        # du 14 au 15 juin 2022 / du 28 avril au 1er mai 2022 / du mardi 3 au mercredi 4 juin 2025 / after a
        # label, "du" may be left out: "Dates : 14 au 15 juin 2022"
        (rf"\b(?:du{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?{ws}au{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "range"),
        # du 12 juillet 2021 au 3 septembre 2021 / 12 juillet 2021 – 03 septembre 2021 (each end with its year)
        (rf"\b(?:du{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})(?:{ws}au{ws}|\s*[-–—]\s*)"
         rf"(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})\b", "full_range"),
        # 3-5 octobre 2023 / du 30 septembre – 2 octobre 2023 / 3-4-5 octobre 2023 (every day written)
        (rf"\b(?:du{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:\s*[-–—]\s*\d{{1,2}}(?![\d/.]))*(?:{ws}({month}))?\s*[-–—]\s*(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "range"),
        # les 13 et 14 août 2024 / (les) mardi 13 et mercredi 14 août 2024 / les 31 juillet et 1er août 2024 /
        # les 3, 4 et 5 octobre 2023 / le 30 septembre et le 1er octobre 2023 / les 31 mai, 1er et 2 juin 2019 /
        # 4, 5 & 6 juin 2031 / lundi 4, mardi 5 et mercredi 6 juin 2031
        (rf"\b(?:les{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?(?:\s*,\s*(?:{weekday}{ws})?\d{{1,2}}(?:er)?)*(?:{ws}et|\s*&){ws}(?:le{ws})?"
         rf"(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})\b", "pair"),
        # (mardi) 16 avril 2024
        (rf"\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})\b", "dmy"),
        # Avril 2024 / Mardi 16 (a poster layout)
        (rf"\b({month}){ws}(\d{{4}}){ws}(?:{weekday}{ws})?(\d{{1,2}})\b(?![,.]?\d)", "myd"),
        # du 03/10/2023 au 05/10/2023 / 03/10/2023 - 05/10/2023
        (rf"\b(?:du{ws})?(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}})(?:{ws}au{ws}|\s*[-–—]\s*)(\d{{1,2}})[/.](\d{{1,2}})[/.](\d{{4}})\b",
         "numeric_range"),
        # 16/04/2024 or 16.04.2024
        (r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", "numeric"),
        # 2024-04-16
        (r"\b(\d{4})-(\d{2})-(\d{2})\b", "iso"),
    ]
    return [(re.compile(pattern), kind) for pattern, kind in patterns]


# The kinds of dates written without a month's name.
_NUMERIC_KINDS = ("numeric_range", "numeric", "iso")


def find_dates(text: str, with_ends: bool = False) -> list[tuple]:
    """Dates written in a document, as (offset, start, end or None), in text order; with
    ``with_ends``, (offset, start, end or None, end offset of the written date)."""
    found = _dates_in_line(text) if len(text) <= _LINE_MAX_CHARS else _dates_in_text(text)
    return list(found) if with_ends else [f[:3] for f in found]


# Dates are read in the same headings and sentences, and in the whole text, several times over:
# many short texts are memoised, and only the last few long ones, to bound the memory.
_LINE_MAX_CHARS = 2048


_YEAR = re.compile(r"\d{4}")


@cache
def _month_word() -> re.Pattern:
    return re.compile(month_pattern())


def _dates_in(text: str) -> tuple[tuple[int, dt.date, dt.date | None, int], ...]:
    """:func:`find_dates` with ends. Every written form of a date has four digits in a row (a
    text without them has none), and all but the numeric ones a month's name."""
    folded = fold(text)
    if not _YEAR.search(folded):
        return ()
    months = _month_word().search(folded) is not None
    found: list[tuple[int, dt.date, dt.date | None, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _date_patterns():
        if not months and kind not in _NUMERIC_KINDS:
            continue
        for m in pattern.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            g = m.groups()
            start = end = None
            if kind == "range":
                end = make_date(g[4], g[3], g[2])
                start = make_date(g[4], g[1] or g[3], g[0])
            elif kind == "pair":
                start, end = make_date(g[4], g[1] or g[3], g[0]), make_date(g[4], g[3], g[2])
            elif kind == "dmy":
                start = make_date(g[2], g[1], g[0])
            elif kind == "myd":
                start = make_date(g[1], g[0], g[2])
            elif kind == "numeric":
                start = make_date(g[2], g[1], g[0])
            elif kind == "full_range":
                start, end = make_date(g[2], g[1], g[0]), make_date(g[5], g[4], g[3])
            elif kind == "numeric_range":
                start, end = make_date(g[2], g[1], g[0]), make_date(g[5], g[4], g[3])
            else:
                start = make_date(g[0], g[1], g[2])
            if start is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), start, end if end and end > start else None, m.end()))
    found.sort(key=lambda f: f[0])
    return tuple(found)


_dates_in_line = lru_cache(maxsize=1024)(_dates_in)
_dates_in_text = lru_cache(maxsize=4)(_dates_in)


# --------------------------------------------------------------------------- dates without a year
def day_month(folded: str) -> list[re.Match]:
    """Dates written without their year in folded text: "du 4 au 6 octobre", "le 12 mai",
    "les 3 et 4 mars", "les 2, 3 et 9 novembre", "3-5 octobre" (group 1 first day, 2 its month if written, 3 last day, 4 month)."""
    return list(_day_month_pattern().finditer(folded))


@cache
def _day_month_pattern() -> re.Pattern:
    month, weekday, ws = month_pattern(), weekday_pattern(), r"[\s,]+"
    # ... and a list of days: "les 2, 3 et 9 novembre" (the first to the last)
    pattern = (rf"\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?(?:\s*,\s*\d{{1,2}}(?:er)?)*"
               rf"(?:{ws}(?:au|et)(?:{ws}le)?{ws}|\s*[-–—]\s*)(?:{weekday}{ws})?"
               rf"(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d{{4}}\b)"
               rf"|\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d{{4}}\b)")
    return re.compile(pattern)
