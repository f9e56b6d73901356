"""The event a report describes: name, edition, dates, venue, organiser. Rules and word lists
come from ``lexicons/events.yaml``; the manifest fills what the text does not say."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..ingest import Document
from ..lexicons import fold, fold_apostrophes, load
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


def find_event_dates(text: str, skip: list[tuple[int, int]] = ()) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates: a labelled date line ("Date : ..."), else the first date written with
    its weekday ("Jeudi 9 octobre 2025"), else the first date; dates announced as publication,
    update, council or next-edition dates are passed over, and so are those of the ``skip``
    spans (sections on other events)."""
    folded = fold(text)
    lex = _lex()
    markers = [fold(m) for m in lex["non_event_date_markers"]]
    labels = "|".join(re.escape(fold(w)) for w in lex["date_labels"])
    weekday = re.compile(rf"{_weekday_pattern()}[\s,]*$")
    kept = []
    for offset, start, end in find_dates(text):
        if any(a <= offset < b for a, b in skip):
            continue
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


# --------------------------------------------------------------------------- does the document describe an event?
# The opening of a document: the blocks that begin in its first characters (or, for a text
# without blocks, its first lines). An event report or page says what it is about there.
OPENING_CHARS = 2000
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[»”\"')]*\s+(?=[«“\"(]?[A-ZÀ-ÖØ-Þ0-9])")


_norm = fold_apostrophes


def _words_pattern(key: str) -> re.Pattern:
    words = sorted({_norm(w) for w in _lex()[key]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(_phrase_pattern(w) for w in words) + r")(?![\w])")


def _nouns() -> re.Pattern:
    return _words_pattern("event_nouns")


def _named_nouns() -> re.Pattern:
    words = sorted({str(w) for w in _lex()["named_event_nouns"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?=\s+(?:de|du|des|d['’]|[A-ZÀ-ÖØ-Þ]))")


def _noun_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an event: an event noun in any case, or a named-event noun written
    with its capital ("Mois de la ville sobre"); (start, end) in text order."""
    spans = [m.span() for m in _nouns().finditer(_norm(text))]
    spans += [m.span() for m in _named_nouns().finditer(text)]
    return sorted(spans)


@dataclass(frozen=True)
class _Unit:
    """A piece of the opening: a heading, or a sentence of another block; offsets in doc.text."""
    kind: str
    start: int
    end: int


def _opening(doc: Document) -> list[_Unit]:
    units: list[_Unit] = []
    if doc.blocks:
        for block in doc.blocks:
            if block.start >= OPENING_CHARS:
                break
            if block.kind == "heading":
                units.append(_Unit("heading", block.start, block.end))
            elif block.kind in ("paragraph", "list_item", "quote", "caption"):
                units += [_Unit("sentence", a, b) for a, b in doc.sentences(block)]
        return units
    text = doc.text[:OPENING_CHARS]
    for line in iter_lines(doc.text, 0, len(text)):
        begin = line.start
        body = doc.text[line.start:line.end]
        for m in _SENTENCE_SPLIT.finditer(body):
            units.append(_Unit("sentence", begin, line.start + m.start()))
            begin = line.start + m.end()
        if doc.text[begin:line.end].strip():
            units.append(_Unit("sentence", begin, line.end))
    return units


def _titles(doc: Document) -> list[str]:
    """The document's titles: its first heading, the manifest's title, the page's own titles."""
    found = [h.text for h in doc.headings[:1]] + [doc.title or ""]
    found += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    return [t for t in found if t.strip()]


def _metadata_dates(doc: Document) -> tuple[dt.date, dt.date | None] | None:
    """The event's dates a page's metadata gives (front matter "event_start_date", "date_debut",
    "start_date" / "end_date"...; events.yaml `metadata_date_keys`), not its publication date."""
    def day(value) -> dt.date | None:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        m = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", str(value or ""))
        return _date(*m.groups()) if m else None

    keys = _lex().get("metadata_date_keys") or {}
    first = next((d for k in keys.get("start", []) if (d := day(doc.metadata.get(k)))), None)
    last = next((d for k in keys.get("end", []) if (d := day(doc.metadata.get(k)))), None)
    return (first, last if last and last > first else None) if first else None


def _metadata_says_event(doc: Document) -> bool:
    """The page's description or tags name an event ("Événement de présentation ...")."""
    text = " ".join(str(doc.metadata.get(k) or "") for k in ("description", "og:description", "tags", "categories"))
    return bool(_noun_spans(text))


def _evidence_units(doc: Document) -> list[_Unit]:
    """Opening headings that name an event, and opening sentences that name one with a date or
    an event verb ("a dit X lors d'un atelier le 2 juin au salon des élus ruraux")."""
    verbs = _words_pattern("event_verbs")
    found = []
    for unit in _opening(doc):
        folded = _norm(doc.text[unit.start:unit.end])
        if not _noun_spans(doc.text[unit.start:unit.end]):
            continue
        if unit.kind == "heading" or verbs.search(folded) or find_dates(doc.text[unit.start:unit.end]) \
                or _day_month(folded):
            found.append(unit)
    return found


def describes_event(doc: Document) -> bool:
    """Whether the document reports on or announces an event: an event noun in its titles, its
    page metadata or an opening heading, or in an opening sentence with a date or an event verb;
    a date standing alone in its opening (a cover, the header of an event page); a schedule
    (three lines opening with a time of day). An article on savings, a strategy or a
    collectivité's sheet has none of these and gets no event. An upper-case word the text
    repeats ("le FORUMTECH") is evidence only next to an event word ("cette édition du
    FORUMTECH"): strategies repeat "le PCAET", "le SCOT" too."""
    if any(_noun_spans(t) for t in _titles(doc)) or _metadata_says_event(doc):
        return True
    return bool(_evidence_units(doc)) or _date_alone(doc) or _has_schedule(doc) or _upper_name_of_event(doc)


def _upper_name_of_event(doc: Document) -> bool:
    """The repeated upper-case name is written next to an event noun or "édition" (within 60
    characters) at least once."""
    word = _repeated_upper_name(doc)
    if not word:
        return False
    for m in re.finditer(rf"\b{re.escape(word)}\b", doc.text):
        window = doc.text[max(0, m.start() - 60):m.end() + 60]
        if _noun_spans(window) or re.search(r"\b[ée]dition\b", window, re.IGNORECASE):
            return True
    return False


def _date_alone(doc: Document) -> bool:
    """A full date that is a short line or block of the opening by itself ("Jeudi 9 octobre
    2025", "- Le 21 novembre 2025"), not a publication or update date (nor the dateline of an
    article: the date it was published)."""
    markers = [fold(m) for m in _lex()["non_event_date_markers"]]
    for unit in _opening(doc):
        piece = doc.text[unit.start:unit.end].strip()
        if len(piece) > 60 or len(piece.split()) > 8:
            continue
        dates = find_dates(piece)
        if dates and not any(m in fold(piece) for m in markers) and dates[0][1].isoformat() != (doc.date or "")[:10]:
            return True
    return False


_SCHEDULE_LINE = re.compile(r"(?m)^[ \t>*•·-]*\d{1,2}[ \t]*(?:[hH][ \t]*\d{0,2}|:\d{2})\b")


def _has_schedule(doc: Document) -> bool:
    """Three lines or more that open with a time of day ("9h30 : accueil", "14:00 Table ronde")."""
    count = 0
    for _ in _SCHEDULE_LINE.finditer(doc.text):
        count += 1
        if count >= 3:
            return True
    return False


# --------------------------------------------------------------------------- dates without a year
def _day_month(folded: str) -> list[re.Match]:
    """Dates written without their year in folded text: "du 4 au 6 octobre", "le 12 mai",
    "les 3 et 4 mars" (group 1 first day, 2 its month if written, 3 last day, 4 month)."""
    month, weekday, ws = _month_pattern(), _weekday_pattern(), r"[\s,]+"
    pattern = (rf"\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?(?:{ws}({month}))?{ws}(?:au|et){ws}(?:{weekday}{ws})?"
               rf"(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d)"
               rf"|\b(?:{weekday}{ws})?(\d{{1,2}})(?:er)?{ws}({month})\b(?![\s,]*\d)")
    return list(re.finditer(pattern, folded))


def _year_of(doc: Document, day: dt.date, folded_sentence: str) -> int | None:
    """The year of a date written without one: a year of the document's titles; else the
    publication's, a year back for a past date written after it ("le 12 mars dernier" in a
    page of February), a year on for a coming one; else the first year of the opening."""
    for title in _titles(doc):
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
    years = re.findall(r"\b((?:19|20)\d{2})\b", doc.text[:OPENING_CHARS])
    return int(years[0]) if years else None


def opening_dates(doc: Document) -> tuple[dt.date, dt.date | None] | None:
    """The first date without a year in an opening sentence or heading about the event ("s'est
    tenue le 12 mai à Valbrune", "Du 4 au 6 octobre dernier, ... a organisé son congrès"),
    its year taken from the titles or the publication date."""
    for unit in _evidence_units(doc):
        folded = _norm(doc.text[unit.start:unit.end])
        for m in _day_month(folded):
            if m.group(5):
                day, month, last = m.group(5), m.group(6), None
            else:
                day, month, last = m.group(1), m.group(2) or m.group(4), (m.group(3), m.group(4))
            first = _date("2000", month, day)
            if first is None:
                continue
            year = _year_of(doc, first, folded[m.start():])
            if year is None:
                return None
            start = _date(str(year), month, day)
            end = _date(str(year), last[1], last[0]) if last else None
            if start:
                return start, end if end and end > start else None
    return None


def _other_event_spans(doc: Document) -> list[tuple[int, int]]:
    """Sections headed "Prochains rendez-vous", "Agenda"...: their dates are other events'."""
    heads = [_norm(h) for h in _lex()["other_events_headings"]]
    spans, start, level = [], None, 0
    for block in doc.blocks:
        if block.kind != "heading":
            continue
        if start is not None and block.level <= level:      # a sub-heading stays in the section
            spans.append((start, block.start))
            start = None
        title = _norm(doc.text[block.start:block.end]).strip(" :.")
        if start is None and any(title.startswith(h) for h in heads):
            start, level = block.start, block.level
    if start is not None:
        spans.append((start, len(doc.text)))
    return spans


# --------------------------------------------------------------------------- the name in a title or sentence
def _noun_phrase(text: str, start: int) -> str | None:
    """The name an event noun opens: "Journée Régionale des Rivières" (then "à Valbrune"),
    "salon des élus ruraux", "Forum de la ville sobre": the noun, then capitalised words,
    link words and the words after them, and adjectives; a year, a punctuation mark or a word of
    events.yaml `name_end_words` ends it. None for the noun alone."""
    lex = _lex()
    ends = {_norm(w) for w in lex["name_end_words"]}
    links = {"de", "des", "du", "d'", "et", "&", "la", "l'"}
    endings = tuple(_norm(e) for e in lex["name_adjective_endings"])
    tokens = list(re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9’'&-]+|[^\sA-Za-zÀ-ÖØ-öø-ÿ0-9]", text[start:start + 200]))
    kept_end, count, after_link = None, 0, False
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        folded = _norm(word)
        if i == 0:
            kept_end, count = tok.end(), 1
            continue
        if not re.match(r"[\w&]", word) or word[0].isdigit():
            break
        parts = re.match(r"([dl]')(.+)", folded)          # "d'Orval", "l'eau"
        if folded in links or (parts and parts.group(1) in links):
            after_link = not parts
            if parts:
                kept_end, count = tok.end(), count + 1
            continue
        if folded in ends:
            break
        if word[0].isupper() or after_link or folded.endswith(endings):
            kept_end, count, after_link = tok.end(), count + 1, False
            continue
        break
    if kept_end is None or count < 2:
        return None
    return " ".join(text[start:start + kept_end].split()).strip(" -&")


def _name_in(text: str) -> str | None:
    """The event's name in a title or sentence: the title before a closing parenthesis that
    names the event's kind ("Réduire X (diaporama du webinaire)"), a quoted title after an event
    noun ("Webinaire « X »"), else the phrase an event noun opens."""
    paren = re.search(r"\(([^()]*)\)\s*$", text)
    if paren and _noun_spans(text[paren.start():]) and not _noun_spans(text[:paren.start()]):
        before = text[:paren.start()].strip(" ,:-—–")
        if len(before.split()) >= 2:
            return before
    for start, end in _noun_spans(text):
        quoted = re.match(r"\s*(?:intitulée?\s*:?\s*)?[«“\"]\s*([^»”\"]{3,150}?)\s*[»”\"]", text[end:])
        if quoted:
            return quoted.group(1).strip()
        phrase = _noun_phrase(text, start)
        if phrase:
            return phrase
    return None


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


def _edition_of_noun(doc: Document) -> int | None:
    """"son 38e congrès", "la dixième journée": an ordinal before an event noun in an opening
    heading or sentence about the event, when no "édition" is written."""
    ordinals = {fold(k): v for k, v in _lex()["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    nouns = _nouns().pattern
    pattern = re.compile(rf"\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))\s+{nouns}")
    for unit in _evidence_units(doc):
        m = pattern.search(_norm(doc.text[unit.start:unit.end]))
        if m:
            number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
            if number and 1 < number <= 500:      # "le premier webinaire" is the first of a day's
                return number
    return None


def _edition_of_name(doc: Document, name: str) -> int | None:
    """"la 11ème JNC", "la 3e Journée X": an ordinal right before the event's name or the acronym
    the text gives it ("Journée X (JNC)")."""
    forms = [name]
    acronym = re.search(re.escape(name) + r"\s*\(\s*([A-ZÀ-Þ]{2,8})\s*\)", doc.text)
    if acronym:
        forms.append(acronym.group(1))
    ordinals = {fold(k): v for k, v in _lex()["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    folded = _norm(doc.text)
    for form in forms:
        pattern = rf"\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))\s+{re.escape(_norm(form))}\b"
        m = re.search(pattern, folded)
        if m:
            number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
            if number and 1 < number <= 500:
                return number
    return None


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


def _fullest_spelling(name: str, doc: Document) -> str:
    """A title's short form of a name written out in the text ("Journée Régionale X" in the
    title, "Journée régionale des communes rurales X" in the text): the longest phrase of the text
    that an event noun opens, with the same first and last words and every word of the name in
    the same order."""
    want = _norm(name).split()
    if len(want) < 2:
        return name
    best = name
    for start, _ in _noun_spans(doc.text):
        if _norm(doc.text[start:start + len(want[0])]) != want[0]:
            continue
        phrase = _noun_phrase(doc.text, start)
        if not phrase:
            continue
        got = _norm(phrase).split()
        if len(got) <= len(want) or got[-1] != want[-1] or len(phrase) <= len(best):
            continue
        it = iter(got)
        if all(w in it for w in want):
            best = phrase
    return best


def _repeated_upper_name(doc: Document) -> str | None:
    """An upper-case word the text uses with a determiner ("le FORUMTECH", "ce SALONDATA") at
    least twice, not a word of events.yaml `name_stopwords`."""
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
    return None


def _after_title_prefix(title: str) -> str | None:
    """"Forum ouvert, remise des labels : retour sur la JNC 2022" -> "JNC": a title prefix
    (events.yaml `title_prefixes`) after a separator names the event the page reports on, even
    when an event noun stands earlier in the title."""
    folded = fold(title).replace("’", "'")
    lex = _lex()
    prefixes = "|".join(re.escape(fold(p)) for p in sorted(lex.get("title_prefixes", []), key=len, reverse=True))
    for m in re.finditer(rf"[:—–|-]\s*(?:{prefixes})\s+", folded):
        rest = _strip_title_prefix(title[m.start() + 1:].strip())
        if rest[:1].isupper():
            name = _strip_year(re.split(r"\s+[—–:|]\s+|\s+-\s+", rest)[0])
            if name:
                return name
    return None


def _expanded(name: str, text: str) -> str:
    """An acronym the text spells out ("la Journée Nationale des Collectivités (JNC)"): the long
    form, when the initials of its capitalised words give the acronym."""
    if not re.fullmatch(r"[A-ZÀ-Þ]{2,8}", name):
        return name
    for m in re.finditer(r"((?:[A-ZÀ-Þ][\w’'-]*\s+)(?:[\w’'-]+\s+){0,7}?)\(\s*" + re.escape(name) + r"\s*\)", text):
        words = m.group(1).split()
        for k in range(len(words)):
            phrase = words[k:]
            initials = "".join(w[0] for w in phrase if w[0].isupper())
            if phrase[0][0].isupper() and initials.upper() == name.upper():
                return " ".join(phrase)
    return name


def _strip_year(name: str) -> str:
    return " ".join(re.sub(r"\b(19|20)\d{2}\b", "", name).split()).strip(" ,:-—–")


def find_event_name(doc: Document) -> str | None:
    """An upper-case word the text uses with a determiner ("le FORUMTECH", "ce SALONDATA")
    at least twice; else the name an event noun opens in the titles ("Retour sur la Journée X"),
    the title of a page whose metadata calls it an event, the name in an opening heading or
    sentence about the event; else the document's first heading or the manifest's title."""
    word = _repeated_upper_name(doc)
    if word and re.search(rf"\b(?:selon|d['’]apr[eè]s)\s+(?:le|la|les|l['’])\s*{re.escape(word)}\b", doc.text, re.IGNORECASE):
        word = None        # "selon le GIEC": a body cited as a source, not the event
    if word:
        return _expanded(word, doc.text)
    for title in _titles(doc):
        name = _after_title_prefix(title)
        if name:
            return _expanded(name, doc.text)
    for title in _titles(doc):
        name = _name_in(title)
        if name:
            return _fullest_spelling(_usual_case(_strip_year(name), doc.text), doc)
    if _metadata_says_event(doc) and doc.title:
        return _usual_case(_clean_title(doc.title), doc.text)
    units = _evidence_units(doc)
    for unit in [u for u in units if u.kind == "heading"] + [u for u in units if u.kind != "heading"]:
        name = _name_in(doc.text[unit.start:unit.end])
        if name:
            return _usual_case(_strip_year(name), doc.text)
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
    heads_pattern = re.compile("(?:" + "|".join(_phrase_pattern(h) for h in lex["venue_heads"]) + r")\b")
    for m in re.finditer(rf"\b(?:{verbs}){dated}\s+(?:a\s+la\s+|a\s+l['’]|au\s+|aux\s+|a\s+|dans\s+(?:les?\s+|la\s+|l['’])?)", folded):
        phrase = _proper_after(text, m.end())
        if not phrase and heads_pattern.match(folded, m.end()):
            phrase = _noun_phrase(text, m.end())          # "au palais des Congrès de Nice"
        if phrase and len(phrase) > 3:
            return phrase
    # "C'est au Palais X à Y que s'est tenu le forum": the place of a cleft sentence.
    for m in re.finditer(r"\bc'est\s+(?:[a-z]+\s+){0,3}?(?:a\s+la\s+|a\s+l'|au\s+|aux\s+|a\s+|dans\s+(?:les?\s+|la\s+|l')?)"
                         r"(?=[^.\n]{0,80}?\bque\s+(?:" + verbs + r"))", folded):
        phrase = _proper_after(text, m.end())
        if phrase and len(phrase) > 3:
            return re.split(r"\s+à\s+", phrase)[0]         # "au Palais X à Y": the hall, not the town
    place = _place_after_name_or_date(doc)
    if place:
        return place
    heads = [fold(h) for h in lex["venue_heads"]]
    start, first_page = doc.page_text(1)
    for line in iter_lines(text, start, start + len(first_page)):
        body = line.body.strip()
        words = body.split()
        if not 1 <= len(words) <= 10 or body.endswith((".", ":")) or body.count(",") >= 2:
            continue          # "Prénom Nom, rôle, Organisation": a person's line, not a place
        fb = fold(body)
        if any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", fb) for h in heads):
            return body
    return None


def _place_after_name_or_date(doc: Document) -> str | None:
    """"Journée X à Valbrune les 3 et 4 mars" (a title), "Du 4 au 6 octobre
    dernier, à Orval, la F a organisé" (an opening sentence), "- Au Palais X – 12 rue Y" (an
    opening list item): the place written right after the event's name or date, or opening a
    short item of the opening."""
    name = find_event_name(doc)
    pieces = [t for t in _titles(doc)] + [doc.text[u.start:u.end] for u in _evidence_units(doc)]
    # then the opening sentences that give a date ("Le 20 mai 2025 à la Maison X.")
    pieces += [doc.text[u.start:u.end] for u in _opening(doc) if u.kind == "sentence"
               and find_event_dates(doc.text[u.start:u.end])]
    for piece in pieces:
        folded = _norm(piece)
        ends = [m.end() for m in _day_month(folded)] + [m.end() for m in re.finditer(
            rf"\b(?:19|20)\d{{2}}\b|\b{_month_pattern()}\b", folded)]
        if name:
            at = folded.find(_norm(name))
            if at >= 0:
                ends.append(at + len(name))
        for end in sorted(ends):
            m = re.match(r"[ ,]*(?:dernier|derniere|prochain|prochaine)?[ ,]*(?:a\s+la|a\s+l'|a|au|aux)\s*(?<=\s|')",
                         folded[end:end + 40])
            if m and not piece[end + m.end():end + m.end() + 1].isupper():
                m = None
            if m:
                phrase = _proper_after(piece, end + m.end())
                if phrase and len(phrase) > 2:
                    return phrase
    for unit in _opening(doc):
        if unit.kind != "sentence":
            continue
        line = doc.text[unit.start:unit.end].strip()
        m = re.match(r"(?:[-•*]\s*)?(?:À|A|Au|Aux)\s+(?:la\s+|l['’])?(?=[A-ZÀ-ÖØ-Þ])", line)
        if m and len(line.split()) <= 16:
            phrase = _proper_after(line, m.end())
            if phrase and len(phrase) > 2:
                return re.split(r"\s+[–—-]\s+|,", phrase)[0]
    return None


def find_organizer(doc: Document) -> str | None:
    """Who organises the event: an organiser line ("Organisation : X"); else "organisé par X",
    "à l'initiative de X" (a phrase that does not say "organis", such as "porté par", only in a
    sentence that names an event); else the subject of "organise", "vous invite" in an opening
    sentence about the event ("La Revue X organise", "la Fédération X (FX) a organisé son
    congrès"); else the publisher of a PDF (a programme or a slide deck is published by whoever
    organises; a web page or an article is published by a newsroom or a website)."""
    text = doc.text
    folded = fold(text)
    labels = "|".join(re.escape(fold(w)) for w in _lex()["organizer_labels"])
    m = re.search(rf"(?m)^[ \t>*-]*(?:{labels})[ \t]*:[ \t]*(?:la |le |les |l['’])?", folded)
    if m:
        phrase = _proper_after(text, m.end())
        if phrase:
            return phrase
    phrases = "|".join(_phrase_pattern(p) for p in _lex()["organizer_phrases"])
    folded = folded.replace("’", "'")
    nouns = _nouns()
    for m in re.finditer(rf"\b(?:{phrases})\s+(?:la\s+|le\s+|les\s+|l['’])?", folded):
        if "organis" not in m.group(0) and "initiative" not in m.group(0):
            sentence_start = max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
            if not nouns.search(folded[sentence_start:m.start()]):
                continue
        phrase = _proper_after(text, m.end()) or _headed_organization(text, m.end())
        if phrase and len(phrase) > 3:
            return phrase
    subject = _organizer_subject(doc)
    if subject:
        return subject
    return _publisher_as_organizer(doc)


def _publisher_as_organizer(doc: Document) -> str | None:
    """The publisher (without its bracketed parts) of a document that is not a web page, when
    the text names it or its initials ("CUV"): a programme, report or slide deck is published by
    whoever organises; a web page is a post of a website, often on someone else's event."""
    if not doc.publisher or doc.media_type == "text/html":
        return None
    name = " ".join(re.sub(r"\s*\([^()]*\)", "", doc.publisher).split()).strip(" ,;:-")
    if not name:
        return None
    initials = "".join(w[0] for w in re.findall(r"(?:(?<=[dl]['’])|(?<![\w'’]))([A-ZÀ-Þ][\w-]*)", name))
    if _norm(name) in _norm(doc.text) or (len(initials) >= 2 and re.search(rf"\b{re.escape(initials)}\b", doc.text)):
        return name
    return None


def _headed_organization(text: str, start: int) -> str | None:
    """"l'agence régionale Mobilis": a lower-case organisation word (events.yaml
    `organizer_heads`), at most two more lower-case words, then a proper noun."""
    heads = "|".join(_phrase_pattern(h) for h in _lex()["organizer_heads"])
    head = re.match(rf"(?:{heads})\b", _norm(text[start:start + 40]))
    if not head:
        return None
    m = re.match(r"(?:\s+[a-zà-ÿ'’-]+){0,2}\s+(?=[A-ZÀ-ÖØ-Þ])", text[start + head.end():start + 120])
    if not m:
        return None
    end = start + head.end() + m.end()
    phrase = _proper_after(text, end)
    return " ".join(text[start:end].split()) + " " + phrase if phrase else None


def _organizer_subject(doc: Document) -> str | None:
    """The subject of an organiser verb in an opening sentence about the event (of an
    invitation, "X vous invite", in any opening sentence): the first
    clause before the verb that is not a circumstance ("Le 18 mars dernier", "à Lyon",
    "en partenariat avec X"); its article dropped, "Nom (SIGLE)" read as the acronym."""
    lex = _lex()
    verbs = _words_pattern("organizer_verbs")
    openers = sorted({_norm(w) for w in lex["adverbial_openers"]} | {_norm(w) for w in lex["organizer_skip_clauses"]},
                     key=len, reverse=True)
    months = re.compile(rf"\b{_month_pattern()}\b|\d")
    evidence = {(u.start, u.end) for u in _evidence_units(doc)}
    for unit in _opening(doc):
        sentence = doc.text[unit.start:unit.end]
        m = verbs.search(_norm(sentence))
        # "organise" in a sentence about the event; an invitation ("vous invite") in any.
        if not m or ((unit.start, unit.end) not in evidence and not m.group(0).startswith("vous")):
            continue
        head = sentence[:m.start()]
        # Commas inside brackets do not separate clauses.
        depth, clauses, begin = 0, [], 0
        for i, ch in enumerate(head):
            depth += ch == "("
            depth -= ch == ")" and depth > 0
            if ch == "," and depth == 0:
                clauses.append(head[begin:i])
                begin = i + 1
        clauses.append(head[begin:])
        for clause in clauses:
            words = _norm(clause).split()
            if not words:
                continue
            opener = " ".join(words)
            if any(opener == o or opener.startswith(o + " ") or opener.startswith(o + "'") for o in openers) \
                    or months.search(_norm(clause)):
                continue
            return _organization_name(clause)
    return None


def _organization_name(clause: str) -> str | None:
    clause = " ".join(clause.split())
    acronym = re.search(r"\(([A-ZÀ-Þ][A-ZÀ-Þ0-9&-]{1,14})\)", clause)
    if acronym:
        return acronym.group(1)
    clause = re.sub(r"\s*\([^()]*\)", "", clause)
    clause = re.sub(r"^(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*", "", clause).strip(" ,;:")
    return clause if clause[:1].isupper() and 1 <= len(clause.split()) <= 10 else None


def extract_event(doc: Document) -> EventInfo | None:
    """The event the document describes, or None when it describes none (``describes_event``).
    The publication date is not the event's: a page published after an event or before it does
    not say when it took place."""
    if not describes_event(doc):
        return None
    name = find_event_name(doc)
    if not name:
        return None
    dates = find_event_dates(doc.text, _other_event_spans(doc))
    for title in _titles(doc):
        dates = dates or find_event_dates(title)
    dates = dates or opening_dates(doc) or _metadata_dates(doc)
    start = end = None
    if dates:
        first, last = dates
        start, end = first.isoformat(), last.isoformat() if last else None
    elif (guessed := date_without_year(doc)) is not None:
        start = guessed.isoformat()
    year = int(start[:4]) if start else None
    return EventInfo(
        name=name,
        edition=find_edition(doc.text) or _edition_of_noun(doc) or _edition_of_name(doc, name)
        or find_edition(" ".join(_titles(doc))),
        start_date=start,
        end_date=end,
        venue=find_venue(doc),
        organizer=find_organizer(doc),
        year=year,
    )
