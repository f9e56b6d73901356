"""The event's name and edition, from its titles, an opening heading or sentence, or the
upper-case name the text repeats ("la 3e Journée X", "Retour sur le Forum Y 2025")."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon
from .per_document import per_document
from .event_opening import (event_page, evidence_units, metadata_says_event, opening_units, repeated_upper_name,
                            upper_name_of_event)
from .event_titles import (
    after_title_prefix, clean_title, day_heading, document_titles, first_heading, first_line_title, name_stopwords, sponsorship_deck, strip_title_prefix, title_lines,
)
from .event_words import copular_name, edition_named, event_nouns, has_members, meeting_spans, noun_spans


_norm = fold_apostrophes


# --------------------------------------------------------------------------- the name in a title or sentence
def noun_phrase(text: str, start: int, noun_end: int | None = None) -> str | None:
    """The name an event noun opens: "Journée Régionale des Rivières" (then "à Valbrune"),
    "salon des élus ruraux", "Forum de la ville sobre": the noun, then capitalised words,
    link words and the words after them, and adjectives; a year, a punctuation mark or a word of
    events.yaml `name_end_words` ends it. None for the noun alone (a noun of several words,
    "table ronde", is one when ``noun_end`` gives its end)."""
    lex = events_lexicon()
    ends = {_norm(w) for w in lex["name_end_words"]}
    weekdays = {fold(w) for w in lex["weekdays"]}
    # "Rencontres autour de X": "autour" links like "de"
    links = {"de", "des", "du", "d'", "et", "&", "la", "l'", "autour"}
    endings = tuple(_norm(e) for e in lex["name_adjective_endings"])
    window = text[start:start + 200]
    blank = re.search(r"\n[ \t]*\n", window)       # a name does not run over a blank line
    window = window[:blank.start()] if blank else window
    tokens = list(re.finditer(r"[A-Za-zÀ-ÖØ-öø-ÿœŒæÆ0-9’'&-]+|[^\sA-Za-zÀ-ÖØ-öø-ÿœŒæÆ0-9]", window))
    kept_end, count, after_link = None, 0, False
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        folded = _norm(word)
        if i == 0 or (noun_end is not None and start + tok.end() <= noun_end):
            kept_end, count = tok.end(), 1
            continue
        if count == 1 and re.fullmatch(r"(?:19|20)\d{2}", word) and i + 1 < len(tokens) \
                and _norm(tokens[i + 1].group(0)) in {"de", "du", "des", "d'"}:
            continue            # "le salon 2031 du X": the edition's year inside the name (callers strip it)
        if not re.match(r"[\w&]", word) or word[0].isdigit():
            break
        if word[0].isupper() and not after_link and "\n" in window[tokens[i - 1].end():tok.start()]:
            break               # a capital opening the next line after a whole name: a line of its own
        parts = re.match(r"([dl]')(.+)", folded)          # "d'Orval", "l'eau"
        if folded in links or (parts and parts.group(1) in links):
            after_link = not parts
            if parts:
                kept_end, count = tok.end(), count + 1
            continue
        if folded == "pour" and i + 1 < len(tokens) and re.match(r"(?:l'|le$|la$)", _norm(tokens[i + 1].group(0))):
            after_link = True           # "Forum pour l'habitat", "Rencontres pour le climat": a cause named
            continue
        if folded == "le" and after_link and _norm(tokens[i - 1].group(0)) == "pour":
            continue
        if folded in ends or re.match(r"(?:lors|puis)?qu'", folded):
            break               # "le congrès qu'elle organise": a relative clause, not the name
        if folded in weekdays and i + 1 < len(tokens) and re.fullmatch(r"\d{1,2}(?:er)?", tokens[i + 1].group(0)):
            break               # "la rencontre du mardi 5 octobre": a date, not the name's
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
    if paren and noun_spans(text[paren.start():]) and not noun_spans(text[:paren.start()]):
        before = text[:paren.start()].strip(" ,:-—–")
        if len(before.split()) >= 2:
            return before
    if not noun_spans(text):
        for start, end in meeting_spans(text):
            return " ".join(text[start:end].split())          # "conseil municipal": the meeting's own name
    for start, end in noun_spans(text):
        # "Webinaire « X »", "la journée de clôture : « X »" (a few words and a colon may come first)
        quoted = re.match(r"\s*(?:intitulée?\s*:?\s*)?[«“\"]\s*([^»”\"]{3,150}?)\s*[»”\"]", text[end:])
        if not quoted:
            quoted = re.match(r"((?:\s+[\w’'-]+){1,3})\s*:\s*[«“]\s*([^»”\"]{3,150}?)\s*[»”]", text[end:])
            ends = {_norm(w) for w in events_lexicon()["name_end_words"]}
            if quoted and not any(_norm(w) in ends for w in quoted.group(1).split()):
                return quoted.group(2).strip()      # not "la matinée fut dense : « ... »"
            quoted = None
        if quoted:
            return quoted.group(1).strip()
        # "Webinaire - L'eau, un bien commun", "Débat public : Avenir des forêts": the title
        # after the event's kind (only when the kind opens the text: "Forum X : programme" is not)
        titled = re.match(r"\s+[-–—:|]\s+(.{3,150}?)\s*(?:$|\s[-–—|]\s)", text[end:])
        if titled and not text[:start].strip() and not noun_phrase(text, start, end):
            return titled.group(1).strip(" .")
        phrase = noun_phrase(text, start, end)
        if phrase:
            # "Journée technique « Éclairage et biodiversité »": the quoted title after the kind
            after = start + len(phrase) if text[start:start + len(phrase)] == phrase else None
            quoted = re.match(r"\s*[«“\"]\s*([^»”\"]{3,150}?)\s*[»”\"]", text[after:]) if after else None
            if quoted:           # the kind and its title, as written
                return " ".join(text[start:after + quoted.end()].split())
            return phrase
    return None


# --------------------------------------------------------------------------- name
def _title_after_noun(doc: Document, units) -> str | None:
    """A title naming no event ("Jardins en fête") that a sentence about the event writes right
    after an event noun ("ont visité le festival Jardins en fête", "l'événement « Jardins en
    fête »"): the title is the event's name, whole (not cut at its first small word)."""
    for title in document_titles(doc):
        name = clean_title(title).strip(" «»\"“”")
        if not name or noun_spans(name) or len(name.split()) > 8 or not name[:1].isupper():
            continue
        words = r"\s+".join(re.escape(w) for w in _norm(name).split())
        pattern = re.compile(r"%s\s*[«\"“]?\s*%s(?![\w])" % (event_nouns().pattern, words))
        if any(pattern.search(_norm(doc.text[u.start:u.end])) for u in units):
            return name
    return None


def _fullest_spelling(name: str, doc: Document) -> str:
    """A title's short form of a name written out in the text ("Journée Régionale X" in the
    title, "Journée régionale des communes rurales X" in the text): the longest phrase of the text
    that an event noun opens, with the same first and last words and every word of the name in
    the same order."""
    want = _norm(name).split()
    if len(want) < 2:
        return name
    best = name
    for start, _ in noun_spans(doc.text):
        if _norm(doc.text[start:start + len(want[0])]) != want[0]:
            continue
        phrase = noun_phrase(doc.text, start)
        if not phrase:
            continue
        got = _norm(phrase).split()
        if len(got) <= len(want) or got[-1] != want[-1] or len(phrase) <= len(best):
            continue
        it = iter(got)
        if all(w in it for w in want):
            best = phrase
    return best


def _after_title_prefix(title: str) -> str | None:
    """"Table ouverte, remise des prix : retour sur les RNV 2023" -> "RNV": a title prefix
    (events.yaml `title_prefixes`) after a separator names the event the page reports on, even
    when an event noun stands earlier in the title."""
    folded = fold(title).replace("’", "'")
    lex = events_lexicon()
    prefixes = "|".join(re.escape(fold(p)) for p in sorted(lex.get("title_prefixes", []), key=len, reverse=True))
    for m in re.finditer(rf"[:—–|-]\s*(?:{prefixes})\s+", folded):
        rest = strip_title_prefix(title[m.start() + 1:].strip())
        if rest[:1].isupper():
            name = _strip_year(re.split(r"\s+[—–:|]\s+|\s+-\s+", rest)[0])
            if name:
                return name
    return None


def _expanded(name: str, text: str) -> str:
    """An acronym the text spells out ("les Rencontres Nationales des Villes (RNV)"): the long
    form, when the initials of its capitalised words give the acronym."""
    if not re.fullmatch(r"[A-ZÀ-ÞŒÆ]{2,8}", name):
        return name
    for m in re.finditer(r"((?:[A-ZÀ-ÞŒÆ][\w’'-]*\s+)(?:[\w’'-]+\s+){0,7}?)\(\s*" + re.escape(name) + r"\s*\)", text):
        words = m.group(1).split()
        for k in range(len(words)):
            phrase = words[k:]
            initials = "".join(w[0] for w in phrase if w[0].isupper())
            if phrase[0][0].isupper() and initials.upper() == name.upper():
                return " ".join(phrase)
    return name


def _strip_year(name: str) -> str:
    return " ".join(re.sub(r"\b(19|20)\d{2}\b", "", name).split()).strip(" ,:-—–")


# An upper-case word of at most this many letters reads as the initials of a body or a plan ("le SMVB",
# "le PCRX"), an event's name only when written beside an event noun; a longer one ("le VALBRUNCAMP")
# is a name of its own.
_INITIALISM_MAX = 5


@per_document
def find_event_name(doc: Document) -> str | None:
    """An upper-case word the text uses with a determiner ("le FORUMTECH", "ce SALONDATA")
    at least twice; else the name an event noun opens in the titles ("Retour sur la Journée X"),
    the title of a page whose metadata calls it an event, the name in an opening heading or
    sentence about the event; else the document's first heading or the manifest's title."""
    word = repeated_upper_name(doc)
    if word and re.search(rf"\b(?:selon|d['’]apr[eè]s)\s+(?:le|la|les|l['’])\s*{re.escape(word)}\b", doc.text, re.IGNORECASE):
        word = None        # "selon le GIEC": a body cited as a source, not the event
    if word and has_members(doc.text, word):
        word = None        # "la présidente du SEV": a body with officers, not the event
    if word and len(word) <= _INITIALISM_MAX and not upper_name_of_event(doc):
        word = None        # "le SMX", "du CNRX", never beside an event noun: a body's or a plan's initials
    titles = document_titles(doc)
    if word and not any(word.lower() in t.lower() for t in titles) and any(_name_in(t) for t in titles):
        word = None        # the titles name the event ("CR du conseil municipal"), not the acronym
    if not word and event_page(doc) and doc.title and clean_title(doc.title):
        return _usual_case(clean_title(doc.title), doc.text)      # an event page's own title
    if word:
        # "Rencontres du XYZ 2031 : ..." in a title: the event is the gathering the acronym holds
        for title in titles:
            held = _name_in(title)
            if held and re.search(rf"\b(?:du|de\s+la|de\s+l['’]|des)\s*{re.escape(word)}\b", held) \
                    and noun_spans(held) and noun_spans(held)[0][0] == 0:
                return _usual_case(_strip_year(held), doc.text)
        return _expanded(word, doc.text)
    for title in document_titles(doc):
        name = _after_title_prefix(title)
        if name:
            return _expanded(name, doc.text)
    for title in document_titles(doc):
        name = _name_in(title)
        if name:
            return _fullest_spelling(_usual_case(_strip_year(name), doc.text), doc)
    if sponsorship_deck(doc):
        # "Plaquette partenaires Festival X 2026": the deck's title, without the deck's words
        for title in document_titles(doc):
            name = clean_title(title)
            if name and len(name.split()) <= 8:
                return _usual_case(name, doc.text)
    for unit in opening_units(doc):
        # "la 5e édition de Valbrune Numérique", "Valbrune en Fête est une journée ..."
        name = edition_named(doc.text[unit.start:unit.end]) or copular_name(doc.text[unit.start:unit.end])
        if name:
            return name
    units = evidence_units(doc)
    named = _title_after_noun(doc, units)
    if named:
        return named
    if metadata_says_event(doc) and doc.title:
        # a title naming no event ("Valbrune Numérique - jardins") beside a sentence naming the event
        # of one of its capitalised words ("Le salon 2031 de Valbrune se tiendra ..."): the event
        title_words = set(re.findall(r"\b[A-ZÀ-ÞŒÆ][\w-]{2,}", clean_title(doc.title) or ""))
        if not noun_spans(doc.title):
            for unit in units:
                name = _name_in(doc.text[unit.start:unit.end])
                if name and title_words & set(re.findall(r"\b[A-ZÀ-ÞŒÆ][\w-]{2,}", name)):
                    return _usual_case(_strip_year(name), doc.text)
        return _usual_case(clean_title(doc.title), doc.text)
    for unit in [u for u in units if u.kind == "heading"] + [u for u in units if u.kind != "heading"]:
        name = _name_in(doc.text[unit.start:unit.end])
        if name:
            return _usual_case(_strip_year(name), doc.text)
    # a short line of the opening that an event noun opens, under a section word such as
    # "PROGRAMME": "Forum Territoires Numériques"
    for unit in opening_units(doc):
        piece = doc.text[unit.start:unit.end].strip()
        # the event's length may open the line: "Trois jours de forum autour de X"
        length = _LENGTH_FIRST.match(piece)
        piece = piece[length.end():] if length else piece
        spans = noun_spans(piece)
        if spans and spans[0][0] == 0 and len(piece.split()) <= _SHORT_LINE_WORDS:
            name = _name_in(piece)
            if name:
                return _usual_case(_strip_year(name), doc.text)
    first_line = [first_line_title(doc) or ""] if not doc.headings else []
    candidates = first_heading(doc) + title_lines(doc) + [doc.title or ""] + first_line
    # a section heading ("Programme de la journée", "Intervenants") or a day's heading ("Mardi 3
    # mai, place X") names no event when a title is left
    cleaned = {c: clean_title(c) for c in candidates}
    named = [c for c in candidates if cleaned[c] and fold(cleaned[c].split()[0]) not in name_stopwords()
             and not day_heading(c)] or candidates
    for candidate in named:
        cleaned = clean_title(candidate)
        if cleaned:
            return _usual_case(cleaned, doc.text)
    # a report titled by its kind of document and the event's common noun ("Bilan de la journée
    # 2031", "Compte rendu du salon"): the event has no proper name, the noun is what the text calls it
    for title in document_titles(doc):
        noun = common_noun_name(title)
        if noun:
            return noun
    return None


def common_noun_name(title: str) -> str | None:
    """The event noun a report's title names after a prefix of events.yaml `title_prefixes` and an
    article, when no capitalised name follows ("Bilan de la journée 2031" -> "journée"); None for
    any other title."""
    pos = after_title_prefix(title)
    if pos is None:
        return None
    noun = event_nouns().match(_norm(title), pos)
    rest = fold(title).replace("’", "'")[noun.end():] if noun else ""
    # the noun alone, or with a year: "Bilan de la journée 2031"
    if noun and re.fullmatch(r"\s*(?:(?:19|20)\d{2})?\s*[.!]?\s*", rest) and title[pos:pos + 1].islower():
        return title[pos:noun.end()]
    return None


# A count of days and "de" opening a line, before the kind of event: "Trois jours de festival".
_LENGTH_FIRST = re.compile(r"(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|dix)\s+(?:jours?|journées?|soirées?)\s+(?:de\s+|d['’])",
                           re.IGNORECASE)


# An opening line of at most this many words may be the event's name alone.
_SHORT_LINE_WORDS = 8


def _usual_case(name: str, text: str) -> str:
    """An all-capitals name written elsewhere in mixed case takes that spelling."""
    if name != name.upper():
        return name
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", re.IGNORECASE)
    for m in pattern.finditer(text):
        if m.group(0) != m.group(0).upper():
            return " ".join(m.group(0).split())
    return name
