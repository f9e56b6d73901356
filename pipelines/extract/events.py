"""The event a report describes: name, edition, dates, venue, organiser. Rules and word lists
come from ``lexicons/events.yaml``; the manifest fills what the text does not say."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..ingest import Document
from ..lexicons import fold, load
from .lines import iter_lines

# A proper-noun phrase: capitalised words, with lower-case links ("Palais des Congrès de Douai").
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w’'&.-]*)"
_LINK = r"(?:de|des|du|d’|d'|la|le|les|l’|l'|et|&|sur|en|aux|-)"
_LOWER = r"(?:[a-zà-ÿ]+)"
# A name may run over a line break next to a link word ("Parc des Expositions\nde Valbrune",
# "Ville de\nValbrune", "Théâtre municipal\nd'Aurac") or after a lower-case word ("Espace
# culturel\nLumière"), as a PDF's text flow wraps it; not between two capitalised words.
_NL = r"[ \u00a0]*\n[ \u00a0]*"
_GAP = rf"(?:[ \u00a0]+|{_NL}(?=(?:{_LINK})[ \u00a0\n]|[dl]['’]))"
_LINK_GAP = rf"(?:{_NL}|[ \u00a0]*)"
_NEXT_CAP = rf"(?:{_GAP}(?:{_LINK}{_LINK_GAP})*|(?<=['’])){_CAP_WORD}"
# "Communauté de communes du Val d'Orbize": a lower-case noun is kept when a capitalised word follows.
PROPER_PHRASE = re.compile(
    rf"{_CAP_WORD}(?:{_NEXT_CAP}|(?:[ \u00a0]+|{_NL})(?:{_LINK}{_LINK_GAP})*{_LOWER}(?:(?={_NEXT_CAP})|{_NL}{_CAP_WORD}))*"
)


@dataclass(frozen=True)
class EventInfo:
    name: str
    edition: int | None
    start_date: str | None
    end_date: str | None
    venue: str | None
    organizer: str | None
    year: int | None


def _lex() -> dict:
    return load("events")


# --------------------------------------------------------------------------- dates
def _month_pattern() -> str:
    months = sorted({fold(m) for m in _lex()["months"]}, key=len, reverse=True)
    return "(?:" + "|".join(months) + ")"


def _weekday_pattern() -> str:
    return "(?:" + "|".join(fold(w) for w in _lex()["weekdays"]) + ")"


def _date(year: str, month: str, day: str) -> dt.date | None:
    months = {fold(k): v for k, v in _lex()["months"].items()}
    m = months.get(month) if not month.isdigit() else int(month)
    try:
        return dt.date(int(year), int(m), int(day))
    except (TypeError, ValueError):
        return None


def find_event_dates(text: str) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates: a labelled date line ("Date : ..."), else the first date written with
    its weekday ("Jeudi 9 octobre 2025"), else the first date; dates announced as publication,
    update, council or next-edition dates are passed over."""
    folded = fold(text)
    lex = _lex()
    markers = [fold(m) for m in lex["non_event_date_markers"]]
    labels = "|".join(re.escape(fold(w)) for w in lex["date_labels"])
    weekday = re.compile(rf"{_weekday_pattern()}[\s,]*$")
    kept = []
    for offset, start, end in find_dates(text):
        line_start = folded.rfind("\n", 0, offset) + 1
        before = folded[max(line_start, offset - 40):offset]
        if any(m in before for m in markers):
            continue
        labelled = re.match(rf"[ \t>*-]*(?:{labels})[ \t]*:", folded[line_start:offset]) is not None
        has_weekday = weekday.search(folded[max(0, offset - 12):offset]) is not None or re.match(
            rf"[^\n]{{0,20}}?{_weekday_pattern()}", folded[offset:offset + 30]) is not None
        kept.append((not labelled, not has_weekday, offset, start, end))
    if not kept:
        return None
    _, _, _, start, end = min(kept)
    return start, end


def date_without_year(doc: Document) -> dt.date | None:
    """"Le jeudi 14 mars, ..." in a web page whose title carries the year ("Forum X 2025"): the
    first date written with its weekday but no year, in a year of the title, first heading or
    title lines whose calendar gives that weekday to that day (the weekday guards the year)."""
    years: list[int] = []
    for title in [h.text for h in doc.headings[:1]] + [doc.title or ""] + _title_lines(doc):
        years += [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", title) if int(y) not in years]
    if not years:
        return None
    folded = fold(doc.text)
    weekdays = [fold(w) for w in _lex()["weekdays"]]
    markers = [fold(m) for m in _lex()["non_event_date_markers"]]
    pattern = rf"\b({_weekday_pattern()})[\s,]+(\d{{1,2}})(?:er)?[\s,]+({_month_pattern()})\b(?![\s,]*\d)"
    for m in re.finditer(pattern, folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if any(k in folded[max(line_start, m.start() - 40):m.start()] for k in markers):
            continue
        for year in years:
            date = _date(str(year), m.group(3), m.group(2))
            if date and date.weekday() == weekdays.index(m.group(1)):
                return date
    return None


def find_dates(text: str) -> list[tuple[int, dt.date, dt.date | None]]:
    """Dates written in a document, as (offset, start, end or None), in text order."""
    folded = fold(text)
    month, weekday = _month_pattern(), _weekday_pattern()
    ws = r"[\s,]+"
    patterns = [
        # du 14 au 15 juin 2022 / du 30 mai au 2 juin 2022 / du mardi 3 au mercredi 4 juin 2025
        (rf"\bdu{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?{ws}au{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "range"),
        # les 13 et 14 août 2024 / (les) mardi 13 et mercredi 14 août 2024 / les 31 juillet et 1er août 2024
        (rf"\b(?:les{ws})?(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?{ws}et{ws}(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}"
         rf"({month}){ws}(\d{{4}})\b", "pair"),
        # (mardi) 16 avril 2024
        (rf"\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month}){ws}(\d{{4}})\b", "dmy"),
        # Avril 2024 / Mardi 16 (a poster layout)
        (rf"\b({month}){ws}(\d{{4}}){ws}(?:{weekday}{ws})?(\d{{1,2}})\b(?![,.]?\d)", "myd"),
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
                end = _date(g[4], g[3], g[2])
                start = _date(g[4], g[1] or g[3], g[0])
            elif kind == "pair":
                start, end = _date(g[4], g[1] or g[3], g[0]), _date(g[4], g[3], g[2])
            elif kind == "dmy":
                start = _date(g[2], g[1], g[0])
            elif kind == "myd":
                start = _date(g[1], g[0], g[2])
            elif kind == "numeric":
                start = _date(g[2], g[1], g[0])
            else:
                start = _date(g[0], g[1], g[2])
            if start is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), start, end if end and end > start else None))
    return sorted(found, key=lambda f: f[0])


# --------------------------------------------------------------------------- edition
def find_edition(text: str) -> int | None:
    """"cette seconde édition" / "leur deuxième édition" wins; otherwise the first edition the
    text names (a report names its own edition before past or future ones)."""
    folded = fold(text)
    ordinals = {fold(k): v for k, v in _lex()["ordinals"].items()}
    markers = {fold(m) for m in _lex()["current_edition_markers"]}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    pattern = rf"(?:\b(\w+)\s+)?\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er|nd|nde|th|st|rd)?)\s+edition\b"
    current, named = [], []
    for m in re.finditer(pattern, folded):
        number = ordinals.get(m.group(2)) if m.group(2) else int(m.group(3))
        if not number or number > 500:
            continue
        (current if m.group(1) in markers else named).append(number)
    if current:
        return current[0]
    return named[0] if named else None


# --------------------------------------------------------------------------- name
def _strip_title_prefix(title: str) -> str:
    """"Retour sur le Forum X" -> "Forum X", "Bilan des Assises Y" -> "Assises Y" (words of
    events.yaml `title_prefixes`, then an article); unchanged when no capitalised name follows."""
    folded = fold(title).replace("’", "'")
    lex = _lex()
    prefixes = sorted({fold(p) for p in lex.get("title_prefixes", [])}, key=len, reverse=True)
    articles = sorted({fold(a).replace("’", "'") for a in lex.get("title_prefix_articles", [])}, key=len, reverse=True)
    for prefix in prefixes:
        m = re.match(re.escape(prefix) + r"\s+", folded)
        if not m:
            continue
        pos = m.end()
        for article in articles:
            a = re.match(re.escape(article) + (r"\s*" if article.endswith("'") else r"\s+"), folded[pos:])
            if a:
                pos += a.end()
                break
        rest = title[pos:]
        if rest[:1].isupper():
            return rest
        return title
    return title


def _clean_title(title: str) -> str:
    title = re.split(r"\s+[—–:|]\s+|\s+-\s+", title)[0]
    title = _strip_title_prefix(title.strip())
    title = re.sub(r"\b(19|20)\d{2}\b", "", title)
    title = re.sub(r"\b(?:bilan|compte[- ]rendu|rapport|synthèse)\b.*$", "", title, flags=re.IGNORECASE)
    return " ".join(title.split()).strip(" ,:-—–")


def find_event_name(doc: Document) -> str | None:
    """An upper-case word the text uses with a determiner ("le FORUMTECH", "ce SALONDATA")
    at least twice; else the document's first heading or the manifest's title."""
    stop = {fold(w) for w in _lex()["name_stopwords"]}
    counts: Counter[str] = Counter()
    for m in re.finditer(r"\b(?:[Ll]e|[Cc]e|du|au|[Cc]ette\s+\w+\s+[ée]dition\s+du)\s+([A-ZÀ-Þ][A-ZÀ-Þ0-9&-]{3,})\b", doc.text):
        word = m.group(1)
        if fold(word) not in stop:
            counts[word] += 1
    if counts:
        word, count = counts.most_common(1)[0]
        if count >= 2:
            return word
    for candidate in [h.text for h in doc.headings[:1]] + _title_lines(doc) + [doc.title or ""]:
        cleaned = _clean_title(candidate)
        if cleaned:
            return _usual_case(cleaned, doc.text)
    return None


def _title_lines(doc: Document) -> list[str]:
    """Short lines of the first page that carry a year, such as "SALON SMART CITY 2022"."""
    start, page = doc.page_text(1)
    found = []
    for line in iter_lines(doc.text, start, start + len(page)):
        body = line.body.strip()
        if 2 <= len(body.split()) <= 12 and re.search(r"\b(19|20)\d{2}\b", body) and not find_dates(body):
            if not re.search(r"\d{4}\s*[-–]\s*\d{4}", body) and re.match(r"[A-ZÀ-Þ]", body):
                found.append(body)
    return found[:1]


def _usual_case(name: str, text: str) -> str:
    """An all-capitals name written elsewhere in mixed case takes that spelling."""
    if name != name.upper():
        return name
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", re.IGNORECASE)
    for m in pattern.finditer(text):
        if m.group(0) != m.group(0).upper():
            return " ".join(m.group(0).split())
    return name


# --------------------------------------------------------------------------- venue, organiser
# Lower-case words closing a name ("Théâtre municipal") when the clause ends right after them.
_TRAILING_LOWER = re.compile(r"(?:[ \u00a0]+[a-zà-ÿ]{3,}){1,2}(?=\s*(?:[,.;:)\n]|$|\s(?:le|du|en|les|depuis)\s+\d))")


def _phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern for folded text: any blanks (a line break too) between its words."""
    return r"\s+".join(re.escape(w) for w in fold(phrase).replace("’", "'").split())


def _proper_after(text: str, start: int) -> str | None:
    m = PROPER_PHRASE.match(text, start)
    if not m:
        return None
    end = m.end()
    # A word of three letters or more closed by a full stop ends the sentence ("... Infralis. Organisé
    # par"), unlike an initial or an abbreviation ("J. Moulin", "St. Martin").
    stop = re.search(r"(?<=[a-zà-ÿ]{3})\.(?=\s)", text[m.start():end])
    if stop:
        end = m.start() + stop.start()
    tail = _TRAILING_LOWER.match(text, end)
    if tail:
        end = tail.end()
    return " ".join(text[m.start():end].split()).strip(" .,;:-")


def find_venue(doc: Document) -> str | None:
    lex = _lex()
    text = doc.text
    folded = fold(text)
    labels = "|".join(re.escape(fold(w)) for w in lex["venue_labels"])
    m = re.search(rf"(?m)^[ \t>*-]*(?:{labels})[ \t]*:[ \t]*(\S.*)$", folded)
    if m:
        return text[m.start(1):m.end(1)].strip(" .*")
    verbs = "|".join(_phrase_pattern(v) for v in lex["venue_verbs"])
    # "s'est tenu le jeudi 14 mars 2025 au Palais ...": a date may come between the verb and the place.
    dated = (rf"(?:\s+(?:le|les|du)\s+[^,.;:]{{0,60}}?\b(?:19|20)\d{{2}}\b,?"        # ... 2025 au Palais
             rf"|\s+(?:le|les|du)\s+[^,.;:]{{0,45}}?\b{_month_pattern()}\b,?)?")      # ... 14 mars au Palais
    folded = folded.replace("’", "'")
    for m in re.finditer(rf"\b(?:{verbs}){dated}\s+(?:a\s+la\s+|a\s+l['’]|au\s+|aux\s+|a\s+|dans\s+(?:les?\s+|la\s+|l['’])?)", folded):
        phrase = _proper_after(text, m.end())
        if phrase and len(phrase) > 3:
            return phrase
    heads = [fold(h) for h in lex["venue_heads"]]
    start, first_page = doc.page_text(1)
    for line in iter_lines(text, start, start + len(first_page)):
        body = line.body.strip()
        words = body.split()
        if not 1 <= len(words) <= 10 or body.endswith((".", ":")):
            continue
        fb = fold(body)
        if any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", fb) for h in heads):
            return body
    return None


def find_organizer(doc: Document) -> str | None:
    folded = fold(doc.text)
    labels = "|".join(re.escape(fold(w)) for w in _lex()["organizer_labels"])
    m = re.search(rf"(?m)^[ \t>*-]*(?:{labels})[ \t]*:[ \t]*(?:la |le |les |l['’])?", folded)
    if m:
        phrase = _proper_after(doc.text, m.end())
        if phrase:
            return phrase
    phrases = "|".join(_phrase_pattern(p) for p in _lex()["organizer_phrases"])
    folded = folded.replace("’", "'")
    for m in re.finditer(rf"\b(?:{phrases})\s+(?:la\s+|le\s+|les\s+|l['’])?", folded):
        phrase = _proper_after(doc.text, m.end())
        if phrase and len(phrase) > 3:
            return phrase
    return doc.publisher


def extract_event(doc: Document) -> EventInfo | None:
    name = find_event_name(doc)
    if not name:
        return None
    dates = find_event_dates(doc.text)
    start = end = None
    if dates:
        first, last = dates
        start, end = first.isoformat(), last.isoformat() if last else None
    elif doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date):
        start = doc.date
    elif (guessed := date_without_year(doc)) is not None:
        start = guessed.isoformat()
    year = int(start[:4]) if start else None
    return EventInfo(
        name=name,
        edition=find_edition(doc.text),
        start_date=start,
        end_date=end,
        venue=find_venue(doc),
        organizer=find_organizer(doc),
        year=year,
    )
