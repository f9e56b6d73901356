"""Whether a document describes an event: its titles, page metadata and opening (the headings
and sentences of its first characters) name one with an event noun, a date or an event verb
(``lexicons/events.yaml``). An article on savings or a strategy gets no event."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_bodies import body_names, is_body_name
from .event_dates import day_month, events_lexicon, find_dates, has_marker, month_pattern, weekday_pattern
from .event_titles import OPENING_CHARS, clean_title, document_titles, name_stopwords, sponsorship_deck
from .event_words import (
    copular_name, edition_named, meeting_spans, noun_spans, own_noun_spans, phrase_pattern, phrases_alternation, words_pattern,
    words_spans,
)
from .per_document import per_document


_norm = fold_apostrophes


def _minutes_title(title: str) -> bool:
    """A title that is a meeting's, with its date or a word of minutes: "CR du conseil municipal 12
    mars 2019", "Conseil municipal du 9 mai 2018"; the meeting opens the title, after the words
    of minutes and their links (not "Éclairage : conseil municipal favorable", nor "Plan climat
    adopté en conseil communautaire du 3 mai 2021")."""
    spans = meeting_spans(title)
    if not spans:
        return False
    lead = _norm(title[:spans[0][0]])
    minutes = phrases_alternation(events_lexicon().get("minutes_words") or ["\0"], longest_first=False)
    if not re.fullmatch(rf"\W*(?:(?:{minutes})\W*|(?:du|de\s+la|de\s+l'|des|de|d'|le|la|l')\s*)*", lead):
        return False
    return bool(find_dates(title) or day_month(_norm(title)) or words_spans(title, "minutes_words"))


def _dated_meeting(text: str) -> bool:
    """Whether a sentence or a line opens on a meeting of an assembly (events.yaml `meeting_nouns`)
    dated right after its noun: "Conseil municipal du 15 mai 2030", "Le conseil communautaire
    d'avril a voté ...": the meeting reported (not one named in passing, "adopté au conseil du 3 mai")."""
    spans = meeting_spans(text)
    if not spans or not re.fullmatch(r"\W*(?:(?:le|la|l'|lors\s+du|lors\s+de\s+la)\s*)?", _norm(text[:spans[0][0]]).lower()):
        return False
    after = _norm(text[spans[0][1]:spans[0][1] + 40]).lower()
    link = re.match(r"\s+(?:du|d')\s*", after)
    if link is None:
        return False
    # the day right after the link, its weekday maybe ("du 15 mai", "du mardi 15 mai 2030"), or
    # the month ("d'avril")
    day = rf"(?:(?:{weekday_pattern()})\s+)?\d{{1,2}}(?:er)?\s+(?:{month_pattern()})|(?:{month_pattern()})"
    return re.match(rf"(?:{day})\b", fold(after[link.end():])) is not None


def dated_meeting_name(doc: Document) -> str | None:
    """The meeting's noun as written in the first opening sentence opening on a dated meeting
    (``_dated_meeting``): "conseil municipal"."""
    for unit in opening_units(doc):
        text = doc.text[unit.start:unit.end]
        if _dated_meeting(text):
            start, end = meeting_spans(text)[0]
            return " ".join(text[start:end].split())
    return None


@dataclass(frozen=True)
class _Unit:
    """A piece of the opening: a heading, or a sentence of another block; offsets in doc.text."""
    kind: str
    start: int
    end: int


@per_document
def opening_units(doc: Document) -> list[_Unit]:
    units: list[_Unit] = []
    for block in doc.blocks:
        if block.start >= OPENING_CHARS:
            break
        if block.kind == "heading":
            units.append(_Unit("heading", block.start, block.end))
        elif block.kind in ("paragraph", "list_item", "quote", "caption"):
            units += [_Unit("sentence", a, b) for a, b in doc.sentences(block)]
    return units


def event_page(doc: Document) -> bool:
    """Whether the page's front matter says it is an event's own entry ("type: event")."""
    lex = events_lexicon()
    types = {fold(str(t)) for t in lex.get("event_page_types") or []}
    # a template's file name counts without its extension ("event.html")
    return any(re.sub(r"\.[a-z0-9]{2,5}$", "", fold(str(doc.metadata.get(k) or "")).strip()) in types
               for k in lex.get("event_page_keys") or [])


def metadata_says_event(doc: Document) -> bool:
    """The page's description or tags name an event ("Événement de présentation ...")."""
    text = " ".join(str(doc.metadata.get(k) or "") for k in ("description", "og:description", "tags", "categories"))
    return bool(noun_spans(text))


@per_document
def evidence_units(doc: Document) -> list[_Unit]:
    """Opening headings that name an event, and opening sentences that name one with a date or
    an event verb ("a dit X lors d'un atelier le 2 juin au salon des élus ruraux"), or that say
    what the event is ("X est une journée autour de ...")."""
    verbs = words_pattern("event_verbs")
    found = []
    bodies = body_names(document_titles(doc) + [doc.text[u.start:u.end] for u in opening_units(doc)])
    for unit in opening_units(doc):
        folded = _norm(doc.text[unit.start:unit.end])
        if not [a for a, _ in own_noun_spans(doc.text[unit.start:unit.end]) if not is_body_name(folded, a, bodies)]:
            continue
        # a "heading" opening in lower case is a list item's line the reader set apart (a PDF's
        # wrapped bullet: "assemblée générale, discussion et vote ..."), no title
        heading = unit.kind == "heading" and not doc.text[unit.start:unit.end].lstrip()[:1].islower()
        if heading or verbs.search(folded) or find_dates(doc.text[unit.start:unit.end]) \
                or day_month(folded) or copular_name(doc.text[unit.start:unit.end]) or gathered_for(folded):
            found.append(unit)
    return found


def gathered_for(folded: str) -> bool:
    """Whether a sentence opens with a participle of people gathered (events.yaml `gathered_openers`)
    and "pour" the event within its clause: "Réunis à Valbrune pour le 3e congrès des maires, ..."."""
    words = events_lexicon().get("gathered_openers") or []
    m = re.match(r"\s*(?:%s)\b[^,.;:]{0,80}?\bpour\s+(?:le|la|les|l'|leur|leurs|son|sa|ses)\s*" % "|".join(
        phrase_pattern(w) for w in words), folded.replace("’", "'")) if words else None
    return m is not None and noun_spans(folded[m.end():m.end() + 60]) != []


def _title_name_does_something(doc: Document) -> bool:
    """A title that names the event without an event noun ("Retour sur Valbrune Numérique"), whose
    name an opening sentence uses with an event verb ("Valbrune Numérique a ouvert ses portes")."""
    verbs = words_pattern("event_verbs")
    names = {clean_title(t) for t in document_titles(doc)}
    names = [n for n in names if n and re.match(r"[A-ZÀ-ÖØ-ÞŒÆ]", n) and len(n.split()) <= 8]
    if not names:
        return False
    for unit in opening_units(doc):
        if unit.kind != "sentence":
            continue
        sentence = doc.text[unit.start:unit.end]
        folded = _norm(sentence)
        for name in names:
            at = folded.find(_norm(name))
            verb = verbs.search(folded, at + len(name), at + len(name) + 40) if at >= 0 else None
            if verb and not words_pattern("occasion_phrases").fullmatch(verb.group(0)):
                return True
    return False


def describes_event(doc: Document) -> bool:
    """Whether the document reports on or announces an event: an event noun in its titles, its
    page metadata or an opening heading, or in an opening sentence with a date or an event verb;
    a date standing alone in its opening (a cover, the header of an event page); a numbered
    edition of a named event ("la 5e édition de Valbrune Numérique"), or the title's name doing
    what events do in an opening sentence ("Valbrune Numérique a ouvert ses portes"); a schedule
    (three lines opening with a time of day). An article on savings, a strategy or a
    collectivité's sheet has none of these and gets no event. An upper-case word the text
    repeats ("le FORUMTECH") is evidence only next to an event word ("cette édition du
    FORUMTECH"): strategies repeat "le PCAET", "le SCOT" too."""
    titles = document_titles(doc)
    if any(noun_spans(t) or _minutes_title(t) for t in titles) or metadata_says_event(doc) or event_page(doc):
        return True             # ... or the page's front matter says it is an event's entry
    if any(words_spans(t, "session_kind_nouns") for t in titles):
        return True             # "Table ronde numérique responsable le 28 mars": the session is the event
    if evidence_units(doc) or _date_alone(doc) or _has_schedule(doc) or upper_name_of_event(doc):
        return True
    if sponsorship_deck(doc):
        return True             # "Festival X - Dossier de partenariat": the deck is about the festival
    if any(_numbered_edition(doc.text[u.start:u.end], doc.text[:u.start]) for u in opening_units(doc)):
        return True             # "Ne manquez pas la 13e édition !"
    return any(edition_named(doc.text[u.start:u.end]) for u in opening_units(doc)) or _title_name_does_something(doc)


def _numbered_edition(text: str, before: str = "") -> bool:
    """An edition number written in the opening ("la 13e édition", "pour sa troisième édition"), not
    an edition of a publication (events.yaml `publication_nouns`: "la 3e édition du guide"), nor,
    without a complement, one of a call for projects the text named last before it, in any
    paragraph above (``_call_edition``: "le budget participatif ..." / "... la première édition")."""
    ordinals = "|".join(sorted((_norm(k) for k in events_lexicon()["ordinals"]), key=len, reverse=True))
    folded = _norm(text)
    publications = events_lexicon().get("publication_nouns") or []
    after = words_pattern("publication_nouns") if publications else None
    for m in re.finditer(rf"\b(?:{ordinals}|\d{{1,3}}\s*(?:e|eme|ere|re|er|nd|nde))\s+edition\b", folded):
        link = re.match(r"\s*(?:de\s+la|de\s+l'|du|des|de|d')?\s*(?:(?:notre|nos|votre|son|sa|ses|leur|ce|cette)\s+)?",
                        folded[m.end():m.end() + 40])
        if after and after.match(folded, m.end() + link.end()):
            continue
        if not link.group(0).strip() and _call_edition(_norm(before) + " " + folded[:m.start()]):
            continue
        return True
    return False


def _call_edition(preceding: str) -> bool:
    """Whether the last series named in ``preceding`` (folded) is a call for projects (events.yaml
    `call_nouns`: "l'appel à projets X ... la première édition a primé sept lauréats"), with no event
    noun after it: the edition that follows numbers the call."""
    if not events_lexicon().get("call_nouns"):
        return False
    calls = [m.end() for m in words_pattern("call_nouns").finditer(preceding)]
    if not calls:
        return False
    return not any(a >= calls[-1] for a, _ in own_noun_spans(preceding))


def upper_name_of_event(doc: Document) -> bool:
    """The repeated upper-case name is written next to an event noun or "édition" (within 60
    characters) at least once."""
    word = repeated_upper_name(doc)
    if not word:
        return False
    for m in re.finditer(rf"\b{re.escape(word)}\b", doc.text):
        window = doc.text[max(0, m.start() - 60):m.end() + 60]
        if noun_spans(window) or re.search(r"\b[ée]dition\b", window, re.IGNORECASE):
            return True
    return False


def repeated_upper_name(doc: Document) -> str | None:
    """An upper-case word the text uses with a determiner ("le FORUMTECH", "ce SALONDATA") at
    least twice, not a word of events.yaml `name_stopwords`."""
    stop = name_stopwords()
    counts: Counter[str] = Counter()
    for m in re.finditer(r"\b(?:[Ll]e|[Cc]e|du|au|[Cc]ette\s+\w+\s+[ée]dition\s+du)\s+([A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ0-9&-]{3,})\b", doc.text):
        word = m.group(1)
        if fold(word) not in stop:
            counts[word] += 1
    if counts:
        word, count = counts.most_common(1)[0]
        if count >= 2:
            return word
    return None


def _date_alone(doc: Document) -> bool:
    """A full date that is a short line or block of the opening by itself ("Jeudi 9 octobre
    2025", "- Le 21 novembre 2025"), not a publication or update date (nor the dateline of an
    article: the date it was published)."""
    markers = [fold(m) for m in events_lexicon()["non_event_date_markers"]]
    for unit in opening_units(doc):
        piece = doc.text[unit.start:unit.end].strip()
        if len(piece) > 60 or len(piece.split()) > 8:
            continue
        dates = find_dates(piece)
        if dates and not has_marker(fold(piece), markers) and dates[0][1].isoformat() != (doc.date or "")[:10]:
            return True
    return False


_SCHEDULE_LINE = re.compile(r"(?m)^[ \t>*•·-]*\d{1,2}[ \t]*(?:[hH][ \t]*\d{0,2}|:\d{2})\b")


# A line opening with a slot's length, then a capitalised title ("10 mn Introduction", "20 min : Atelier");
# "10 min à pied de la gare" is a way there, not a slot.
_DURATION_LINE = re.compile(r"(?m)^[ \t>*•·-]*(?:\d{1,2}[ \t]*[x×][ \t]*)?\d{1,3}[ \t]*(?:mn|min|minutes)\b\.?[ \t]*[:–-]?[ \t]*[A-ZÀ-ÞŒÆ]")


def _has_schedule(doc: Document) -> bool:
    """Three lines or more that open with a time of day ("9h30 : accueil", "14:00 Table ronde"), or
    with a slot's length before a title (a programme timed by durations: "10 mn Introduction")."""
    return any(sum(1 for _ in zip(range(3), pattern.finditer(doc.text))) >= 3
               for pattern in (_SCHEDULE_LINE, _DURATION_LINE))
