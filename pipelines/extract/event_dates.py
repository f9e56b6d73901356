"""Dates as French reports write them ("le mercredi 18 janvier 2023", "du 3 au 5 octobre 2023",
"les 13 et 14 août", "16/04/2024"), and the one a text gives as its event's. Months, weekdays
and the words that make a date something else come from ``lexicons/events.yaml``."""

from __future__ import annotations

import datetime as dt
import re

from ..lexicons import fold, load


def events_lexicon() -> dict:
    return load("events")


# --------------------------------------------------------------------------- dates
def month_pattern() -> str:
    months = sorted({fold(m) for m in events_lexicon()["months"]}, key=len, reverse=True)
    return "(?:" + "|".join(months) + ")"


def weekday_pattern() -> str:
    return "(?:" + "|".join(fold(w) for w in events_lexicon()["weekdays"]) + ")"


def make_date(year: str, month: str, day: str) -> dt.date | None:
    months = {fold(k): v for k, v in events_lexicon()["months"].items()}
    m = months.get(month) if not month.isdigit() else int(month)
    try:
        return dt.date(int(year), int(m), int(day))
    except (TypeError, ValueError):
        return None


def find_event_dates(text: str, skip: list[tuple[int, int]] = (), name: str = "",
                     labelled_only: bool = False) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates: a labelled date line ("Date : ..."), else the first date written with
    its weekday ("Jeudi 9 octobre 2025"), else the first date; dates announced as publication,
    update, council, deadline or next-edition dates are passed over (a marker that is a word of
    the event's ``name`` excepted: the minutes of a "conseil municipal" give the council's date),
    and so are those of the ``skip`` spans (sections on other events)."""
    folded = fold(text)
    lex = events_lexicon()
    named = set(fold(name).split())
    markers = [fold(m) for m in lex["non_event_date_markers"] if fold(m) not in named]
    deadline = re.compile(r"(?<![\w'])(?:%s)\s*$" % "|".join(re.escape(fold(m).replace("’", "'"))
                                                          for m in lex.get("deadline_markers") or ["\0"]))
    labels = "|".join(re.escape(fold(w)) for w in lex["date_labels"])
    weekday = re.compile(rf"{weekday_pattern()}[\s,]*$")
    kept = []
    for offset, start, end in find_dates(text):
        if any(a <= offset < b for a, b in skip):
            continue
        line_start = folded.rfind("\n", 0, offset) + 1
        before = folded[max(line_start, offset - 40):offset]
        if any(m in before for m in markers) or deadline.search(before.replace("’", "'")):
            continue
        labelled = re.match(rf"[ \t>*-]*(?:{labels})[ \t]*:", folded[line_start:offset]) is not None
        has_weekday = weekday.search(folded[max(0, offset - 12):offset]) is not None or re.match(
            rf"[^\n]{{0,20}}?{weekday_pattern()}", folded[offset:offset + 30]) is not None
        kept.append((not labelled, not has_weekday, offset, start, end))
    if labelled_only:
        kept = [k for k in kept if not k[0]]
    if not kept:
        return None
    _, _, _, start, end = min(kept)
    return start, end


def find_dates(text: str) -> list[tuple[int, dt.date, dt.date | None]]:
    """Dates written in a document, as (offset, start, end or None), in text order."""
    folded = fold(text)
    month, weekday = month_pattern(), weekday_pattern()
    ws = r"[\s,]+"
    patterns = [
        # du 14 au 15 juin 2022 / du 30 mai au 2 juin 2022 / du mardi 3 au mercredi 4 juin 2025
        (rf"\bdu{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?{ws}au{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "range"),
        # du 12 juillet 2021 au 3 septembre 2021 / 12 juillet 2021 – 03 septembre 2021 (each end with its year)
        (rf"\b(?:du{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})(?:{ws}au{ws}|\s*[-–—]\s*)"
         rf"(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})\b", "full_range"),
        # 3-5 octobre 2023 / du 30 septembre – 2 octobre 2023
        (rf"\b(?:du{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?\s*[-–—]\s*(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "range"),
        # les 13 et 14 août 2024 / (les) mardi 13 et mercredi 14 août 2024 / les 31 juillet et 1er août 2024 /
        # les 3, 4 et 5 octobre 2023 / le 30 septembre et le 1er octobre 2023 / les 31 mai, 1er et 2 juin 2019
        (rf"\b(?:les{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?(?:\s*,\s*\d{{1,2}}(?:er)?)*{ws}et{ws}(?:le{ws})?"
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
    found: list[tuple[int, dt.date, dt.date | None]] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in patterns:
        for m in re.finditer(pattern, folded):
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
            found.append((m.start(), start, end if end and end > start else None))
    return sorted(found, key=lambda f: f[0])


# --------------------------------------------------------------------------- dates without a year
def day_month(folded: str) -> list[re.Match]:
    """Dates written without their year in folded text: "du 4 au 6 octobre", "le 12 mai",
    "les 3 et 4 mars", "3-5 octobre" (group 1 first day, 2 its month if written, 3 last day, 4 month)."""
    month, weekday, ws = month_pattern(), weekday_pattern(), r"[\s,]+"
    pattern = (rf"\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?(?:{ws}(?:au|et)(?:{ws}le)?{ws}|\s*[-–—]\s*)(?:{weekday}{ws})?"
               rf"(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d{{4}}\b)"
               rf"|\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d{{4}}\b)")
    return list(re.finditer(pattern, folded))
