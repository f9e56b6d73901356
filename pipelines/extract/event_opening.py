"""Whether a document describes an event: its titles, page metadata and opening (the headings
and sentences of its first characters) name one with an event noun, a date or an event verb
(``lexicons/events.yaml``). An article on savings or a strategy gets no event."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_bodies import body_names, is_body_name, names_body
from .event_dates import day_month, events_lexicon, find_dates, has_marker
from .event_idioms import idiom_spans
from .lines import iter_lines
from .per_document import per_document
from .patterns import phrase_alternation


# --------------------------------------------------------------------------- does the document describe an event?
# The opening of a document: the blocks that begin in its first characters. An event report or
# page says what it is about there.
OPENING_CHARS = 2000


_norm = fold_apostrophes

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


def copular_name(sentence: str) -> str | None:
    """The proper name a sentence says is an event: "Valbrune en Fête est une journée autour du
    numérique", "Brunel Connect sera le rendez-vous..." (events.yaml `copulas`, then an article, at
    most two words and an event noun)."""
    copulas = events_lexicon().get("copulas") or []
    spans = noun_spans(sentence)
    if not copulas or not spans:
        return None
    folded = _norm(sentence)
    verbs = phrases_alternation(copulas, longest_first=False)
    link = re.compile(r"\s(?:%s)\s+(?:un|une|le|la|l')\s*(?:[\w'-]+\s+){0,2}$" % verbs)
    lead = len(sentence) - len(sentence.lstrip(" \t-•*"))
    subject = PROPER_PHRASE.match(sentence, lead)
    if not subject or fold(subject.group(0).strip()) in {fold(w) for w in events_lexicon().get("subject_pronouns") or []}:
        return None
    for start, _ in spans:
        m = link.search(folded, max(0, start - 60), start)
        if m and not sentence[subject.end():m.start()].strip():
            # "Les Lucioles du Libre sont un week-end de ...": the name without its article
            name = re.sub(r"^(?:Les|Le|La|L['’])\s*(?=[A-ZÀ-ÖØ-Þ])", "", " ".join(subject.group(0).split()))
            return name or None
    return None


def edition_named(text: str) -> str | None:
    """The name after an edition number or the edition reported: "la 5e édition de Valbrune
    Numérique", "la troisième édition des Rencontres X", "cette édition 2019 du Festival Y",
    "cette nouvelle édition de l'Z" (a proper noun: "la 2e édition du salon" names no event)."""
    ordinals = "|".join(sorted((_norm(k) for k in events_lexicon()["ordinals"]), key=len, reverse=True))
    # or the edition being reported: "Cette édition 2019 des Rencontres X", "cette nouvelle édition
    # de l'Y" (events.yaml `current_edition_markers`)
    current = "|".join(sorted((_norm(k) for k in events_lexicon()["current_edition_markers"]), key=len, reverse=True))
    folded = _norm(text)
    for m in re.finditer(rf"\b(?:(?:{ordinals}|\d{{1,3}}\s*(?:e|eme|ere|re|er|nd|nde))\s+edition"
                         rf"|(?:{current})\s+(?:nouvelle\s+)?edition(?:\s+(?:19|20)\d{{2}})?)\s+"
                         r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')", folded):
        name = PROPER_PHRASE.match(text, m.end())
        if name and not event_nouns().fullmatch(_norm(name.group(0).strip())):   # "du Forum européen de X"
            return " ".join(re.sub(r"\b(?:19|20)\d{2}\b", "", name.group(0)).split()).strip(" ,:-—–.") or None
    return None


def phrase_pattern(phrase: str) -> str:
    """A lexicon phrase as a pattern for folded text: any blanks (a line break too) between its words."""
    return r"\s+".join(re.escape(w) for w in fold(phrase).replace("’", "'").split())


def phrases_alternation(phrases, longest_first: bool = True) -> str:
    """Lexicon phrases as one alternation for folded text (each as ``phrase_pattern``), the longest
    first so that no phrase is cut short by another that begins it; "" when there are none."""
    phrases = [str(p) for p in phrases]
    return "|".join(phrase_pattern(p) for p in (sorted(phrases, key=len, reverse=True) if longest_first else phrases))


@cache
def words_pattern(key: str) -> re.Pattern:
    """The words of events.yaml ``key`` as one pattern for folded text (built once per process:
    the lexicon is read once)."""
    words = sorted({_norm(w) for w in events_lexicon()[key]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(fold(w).replace("’", "'") for w in words) + r")(?![\w])")


def event_nouns() -> re.Pattern:
    return words_pattern("event_nouns")


@cache
def _named_nouns() -> re.Pattern:
    words = sorted({str(w) for w in events_lexicon()["named_event_nouns"]}, key=len, reverse=True)
    # an adjective may come first: "Convention régionale de X", "Semaine européenne du Y"
    endings = "|".join(re.escape(str(e)) for e in sorted(events_lexicon().get("name_adjective_endings") or ["\0"],
                                                         key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?=\s+(?:[a-zà-ÿ]+(?:%s)\s+)?(?:de|du|des|d['’]|[A-ZÀ-ÖØ-Þ]))" % endings)


@cache
def _place_before() -> re.Pattern:
    """The first word of a venue head then a link, ending where an event noun would start: the
    noun is then part of a place's name ("Centre des congrès", "Palais des festivals")."""
    heads = sorted({_norm(h).split()[0] for h in events_lexicon()["venue_heads"]}, key=len, reverse=True)
    # or the words that make a plural noun the rooms of a building: "dans les salons de l'hôtel"
    rooms = [phrase_pattern(w) for w in events_lexicon().get("room_openers") or []]
    return re.compile(r"(?<![\w-])(?:(?:" + "|".join(re.escape(h) for h in heads) + r")\s+(?:des|du|de|d')"
                      + "".join(r"|" + r for r in rooms) + r")\s*$")


def noun_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an event: an event noun in any case, or a named-event noun written
    with its capital ("Mois de la ville sobre"), not inside a place's name ("au Centre des
    congrès"); (start, end) in text order."""
    folded = _norm(text)
    place = _place_before()
    idioms = idiom_spans(folded)
    spans = [m.span() for m in event_nouns().finditer(folded)
             if not place.search(folded, max(0, m.start() - 30), m.start()) and not names_body(folded, *m.span())
             and not any(a <= m.start() < b for a, b in idioms)]
    spans += [m.span() for m in _named_nouns().finditer(text)]
    return sorted(spans)


def own_noun_spans(text: str) -> list[tuple[int, int]]:
    """``noun_spans`` but for a noun that events.yaml `other_event_words` qualify ("un autre forum",
    "d'autres journées", "Autre événement, ..."): that noun names another event than the text's."""
    words = events_lexicon().get("other_event_words") or []
    if not words:
        return noun_spans(text)
    before = re.compile(r"(?<![\w])(?:%s)\s+$" % phrases_alternation(words, longest_first=False))
    folded = _norm(text)
    return [(a, b) for a, b in noun_spans(text) if not before.search(folded, max(0, a - 20), a)]


@cache
def _words_spans_pattern(key: str) -> re.Pattern | None:
    words = events_lexicon().get(key) or []
    if not words:
        return None
    return re.compile(r"(?<![\w-])(?:" + phrases_alternation(words)
                      + r")(?![\w])")


def _words_spans(text: str, key: str) -> list[tuple[int, int]]:
    pattern = _words_spans_pattern(key)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(_norm(text))]


def meeting_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a meeting of an assembly (events.yaml `meeting_nouns`: "conseil
    municipal", "assemblée générale"); (start, end) in text order."""
    return _words_spans(text, "meeting_nouns")


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
    return bool(find_dates(title) or day_month(_norm(title)) or _words_spans(title, "minutes_words"))


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


def first_heading(doc: Document) -> list[str]:
    """The document's first heading (as a list of at most one), passing over a hashtag or a handle
    set as a heading ("#BzhCmp", "@valbrune"): a slide's or a poster's tag, not its title."""
    for heading in doc.headings[:3]:
        if not re.fullmatch(r"[#@]\S+", heading.text.strip()):
            return [heading.text]
    return []


def document_titles(doc: Document) -> list[str]:
    """The document's titles: its first heading, the manifest's title, the page's own titles; for
    a text without headings, its first line when that line reads as a title (``first_line_title``)."""
    found = first_heading(doc) + [doc.title or ""]
    found += [str(doc.metadata.get(k) or "") for k in ("title", "og:title")]
    if not doc.headings:
        found.append(first_line_title(doc) or "")
    return [t for t in found if t.strip()]


# A title line: at most this many words, no sentence punctuation at its end.
_TITLE_MAX_WORDS = 14


def first_line_title(doc: Document) -> str | None:
    """The first line of a plain text that has no headings, when it reads as a title: short,
    opening with a capital or a digit, not ending a sentence or a clause ("Forum des communes
    2023", "RENCONTRES DE L'EAU")."""
    for line in iter_lines(doc.text, 0, min(len(doc.text), OPENING_CHARS)):
        body = line.body.strip()
        if not body:
            continue
        if (len(body.split()) <= _TITLE_MAX_WORDS and re.match(r"[A-ZÀ-ÖØ-Þ0-9«\"]", body)
                and not body.endswith((".", ",", ";", ":", "!"))):
            return body
        return None
    return None


def title_lines(doc: Document) -> list[str]:
    """Short lines of the first page that carry a year, such as "SALON SMART CITY 2022"."""
    start, page = doc.page_text(1)
    found = []
    for line in iter_lines(doc.text, start, start + len(page)):
        body = line.body.strip()
        if 2 <= len(body.split()) <= 12 and re.search(r"\b(19|20)\d{2}\b", body) and not find_dates(body):
            if not re.search(r"\d{4}\s*[-–]\s*\d{4}", body) and re.match(r"[A-ZÀ-Þ]", body):
                found.append(body)
    return found[:1]


def event_page(doc: Document) -> bool:
    """Whether the page's front matter says it is an event's own entry ("type: event")."""
    lex = events_lexicon()
    types = {fold(str(t)) for t in lex.get("event_page_types") or []}
    return any(fold(str(doc.metadata.get(k) or "")).strip() in types for k in lex.get("event_page_keys") or [])


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
        if unit.kind == "heading" or verbs.search(folded) or find_dates(doc.text[unit.start:unit.end]) \
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


def after_title_prefix(title: str) -> int | None:
    """Where a title goes on after its first words of events.yaml `title_prefixes` ("Retour sur",
    "Bilan de") and an article (`title_prefix_articles`); None when it opens with no prefix."""
    folded = fold(title).replace("’", "'")
    lex = events_lexicon()
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
        return pos
    return None


def strip_title_prefix(title: str) -> str:
    """"Retour sur le Forum X" -> "Forum X", "Bilan des Assises Y" -> "Assises Y" (words of
    events.yaml `title_prefixes`, then an article); unchanged when no capitalised name follows."""
    pos = after_title_prefix(title)
    if pos is not None and title[pos:pos + 1].isupper():
        return title[pos:]
    return title


def sponsorship_deck(doc: Document) -> bool:
    """Whether the document is an event's sponsorship deck: its titles or first lines say so
    (events.yaml `sponsorship_titles`: "Dossier de partenariat", "Plaquette partenaires")."""
    if not events_lexicon().get("sponsorship_titles"):
        return False
    pattern = words_pattern("sponsorship_titles")
    start, page = doc.page_text(1)
    firsts = [line.body for line in iter_lines(doc.text, start, start + min(len(page), 400)) if line.body.strip()][:4]
    return any(pattern.search(_norm(t)) for t in document_titles(doc) + firsts)


def _without_sponsorship(title: str) -> str:
    """A deck's title without the words that say it is a deck: "Festival X 2026 Dossier de partenariat"."""
    if not events_lexicon().get("sponsorship_titles"):
        return title
    m = words_pattern("sponsorship_titles").search(_norm(title))
    return title[:m.start()] if m and m.start() > 0 else title


def clean_title(title: str) -> str:
    """The name a title may give: its first part (up to a dash, a colon or a bar) without the
    prefix, the years and the report's own words; a first part that is a date alone ("08/04/2021 -
    Zones à faibles émissions") gives way to the next part that holds a word."""
    parts = [_cleaned_part(p) for p in re.split(r"\s+[—–:|]\s+|\s+-\s+", title)]
    if not re.search(r"[^\W\d_]", parts[0]):
        return next((p for p in parts[1:] if re.search(r"[^\W\d_]{3,}", p)), parts[0])
    return parts[0]


def _cleaned_part(part: str) -> str:
    part = _without_sponsorship(part)
    part = strip_title_prefix(part.strip())
    part = re.sub(r"\b(19|20)\d{2}\b", "", part)
    part = re.sub(r"\b(?:bilan|compte[- ]rendu|rapport|synthèse)\b.*$", "", part, flags=re.IGNORECASE)
    return " ".join(part.split()).strip(" ,:-—–")


def _title_name_does_something(doc: Document) -> bool:
    """A title that names the event without an event noun ("Retour sur Valbrune Numérique"), whose
    name an opening sentence uses with an event verb ("Valbrune Numérique a ouvert ses portes")."""
    verbs = words_pattern("event_verbs")
    names = {clean_title(t) for t in document_titles(doc)}
    names = [n for n in names if n and re.match(r"[A-ZÀ-ÖØ-Þ]", n) and len(n.split()) <= 8]
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
    if any(noun_spans(t) or _minutes_title(t) for t in titles) or metadata_says_event(doc):
        return True
    if any(_words_spans(t, "session_kind_nouns") for t in titles):
        return True             # "Table ronde numérique responsable le 28 mars": the session is the event
    if evidence_units(doc) or _date_alone(doc) or _has_schedule(doc) or _upper_name_of_event(doc):
        return True
    if sponsorship_deck(doc):
        return True             # "Festival X - Dossier de partenariat": the deck is about the festival
    if any(_numbered_edition(doc.text[u.start:u.end], _paragraph_before(doc, u.start)) for u in opening_units(doc)):
        return True             # "Ne manquez pas la 13e édition !"
    return any(edition_named(doc.text[u.start:u.end]) for u in opening_units(doc)) or _title_name_does_something(doc)


def _paragraph_before(doc: Document, start: int) -> str:
    """The text of the block holding ``start`` that comes before it (the paragraph's earlier
    sentences)."""
    for block in doc.blocks:
        if block.start <= start < block.end:
            return doc.text[block.start:start]
    return ""


def _numbered_edition(text: str, before: str = "") -> bool:
    """An edition number written in the opening ("la 13e édition", "pour sa troisième édition"), not
    an edition of a publication (events.yaml `publication_nouns`: "la 3e édition du guide"), nor,
    without a complement, one of a call for projects the text named last before it (``_call_edition``)."""
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


def _upper_name_of_event(doc: Document) -> bool:
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
    stop = {fold(w) for w in events_lexicon()["name_stopwords"]}
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
_DURATION_LINE = re.compile(r"(?m)^[ \t>*•·-]*(?:\d{1,2}[ \t]*[x×][ \t]*)?\d{1,3}[ \t]*(?:mn|min|minutes)\b\.?[ \t]*[:–-]?[ \t]*[A-ZÀ-Þ]")


def _has_schedule(doc: Document) -> bool:
    """Three lines or more that open with a time of day ("9h30 : accueil", "14:00 Table ronde"), or
    with a slot's length before a title (a programme timed by durations: "10 mn Introduction")."""
    return any(sum(1 for _ in zip(range(3), pattern.finditer(doc.text))) >= 3
               for pattern in (_SCHEDULE_LINE, _DURATION_LINE))
