"""The event's edition: an ordinal in its name or titles ("la 3e Journée X", "XXe Rencontres",
"cinquantième congrès"), the noun of an edition ("pour sa 12e édition"), a first of its kind, or
the years an event has been held."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon
from .event_opening import evidence_units, opening_units
from .event_words import event_nouns

_norm = fold_apostrophes


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# An upper-case Roman ordinal: "XVème", "XXe", "IVe", "Xème" (a lone letter only with "ème" or
# "è", so that "Le" and "Ce" are not read as ordinals). Text drawn from a PDF may set the raised
# suffix apart by a space, "la XIV e édition", "les XX ème Rencontres": read the same, only for two
# letters or more (a dropped capital, "L e Syndicat", is a word cut in two, not an ordinal).
# Before a plural event noun the suffix takes the plural "s": "les XIèmes Journées de Valbrune",
# "les XXes Rencontres" (read the same as the singular).
_ROMAN_ORDINAL = re.compile(r"(?<![\w'’])(?:([IVXLC]{2,8})(?= ?(?:e|ème|eme|è|ᵉ)s?\b)|([IVXLC])(?=(?:ème|eme|è)s?\b))")


def _roman_value(numeral: str) -> int | None:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    # only a well-formed numeral ("XIV", not "IIX"): written back, it reads the same
    return total if 0 < total < 400 and _roman(total) == numeral else None


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


# A compound ordinal in words: "dix-septième", "vingt et unième", "trente-deuxième" (its last part
# alone, "septième", would read 7).
_COMPOUND_ORDINAL = re.compile(
    r"(?<![\w-])((?:dix|vingt|trente|quarante|cinquante|soixante)(?:[- ]et[- ]|-)(?:[a-zéèêëàâîïôûüç]+))(?:ième|ieme)\b",
    re.IGNORECASE)


def _compound_value(stem: str) -> int | None:
    """"dix-sept" -> 17, "vingt et un" -> 21: the cardinal a compound ordinal is written from
    ("cinqu" and "neuv" are written back "cinq" and "neuf")."""
    from .numbers import parse_words

    cardinal = re.sub(r"cinqu$", "cinq", re.sub(r"neuv$", "neuf", stem.lower()))
    value = parse_words(cardinal.replace("-", " "))
    return int(value) if value and value == int(value) and 10 < value < 100 else None


def arabic_ordinals(text: str) -> str:
    """Ordinals in words or upper-case Roman numerals written in figures: "les XVème Rencontres" ->
    "les 15ème Rencontres", "la dix-septième édition" -> "la 17ème édition"."""
    def repl(m: re.Match) -> str:
        numeral = m.group(1) or m.group(2)
        value = _roman_value(numeral)
        return str(value) if value else numeral

    def compound(m: re.Match) -> str:
        value = _compound_value(m.group(1))
        return f"{value}ème" if value else m.group(0)
    return _COMPOUND_ORDINAL.sub(compound, _ROMAN_ORDINAL.sub(repl, text))


def find_edition(text: str) -> int | None:
    """"cette seconde édition" / "leur deuxième édition" wins; otherwise the first edition the
    text names (a report names its own edition before past or future ones)."""
    folded = fold(arabic_ordinals(text))
    ordinals = {fold(k): v for k, v in events_lexicon()["ordinals"].items()}
    markers = {fold(m) for m in events_lexicon()["current_edition_markers"]}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    pattern = rf"(?:\b(\w+)\s+)?\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er|nd|nde|th|st|rd)?)\s+edition\b"
    current, named = [], []
    latest = max((int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", folded)), default=0)
    for m in re.finditer(pattern, folded):
        number = ordinals.get(m.group(2)) if m.group(2) else int(m.group(3))
        if not number or number > 500:
            continue
        # "En 2009, la première édition avait réuni ..." in a text that writes a later year: an
        # edition of the event's history, dated in its own clause, not the one reported
        clause = folded[max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start()), m.start() - 60) + 1:m.start()]
        past = re.search(r"\ben\s+((?:19|20)\d{2})\b", clause)
        if past and int(past.group(1)) < latest:
            continue
        # "... dont la dixième édition avait eu lieu en mars 2019" in a text that writes a later year: the
        # same, the year written after the edition in its clause, or right after the comma that ends it
        # ("dès sa première édition, en 2011, ...")
        after = re.match(r"[^.;,\n]{0,60}?\b((?:19|20)\d{2})\b|[^.;,\n]{0,60}?,\s*en\s+((?:19|20)\d{2})\b", folded[m.end():])
        # ... unless the year dates the event's founding: "la 7e édition du salon, créé en 2012, ..."
        # (events.yaml `founding_participles`; a first edition is as old as the event, and stays past)
        founded = after and number > 1 and _founding().search(after.group(0))
        if after and int(after.group(1) or after.group(2)) < latest and not founded:
            continue
        if _after_past_opener(folded, m.start(2) if m.group(2) else m.start(3)):
            continue            # "Après une première édition remarquée, ...": a past edition
        (current if m.group(1) in markers else named).append(number)
    if current:
        return current[0]
    return named[0] if named else None


def _after_past_opener(folded: str, start: int) -> bool:
    """Whether a word of events.yaml `past_edition_openers` and at most one article or possessive
    come right before the ordinal at ``start``: "après une première édition", "suite à la 2e
    édition" rank an edition before the one reported."""
    return _past_opener().search(folded, max(0, start - 50), start) is not None


@cache
def _past_opener() -> re.Pattern:
    words = [fold(w) for w in events_lexicon().get("past_edition_openers") or []] or ["\0"]
    return re.compile(r"(?<![\w])(?:{})\s+(?:(?:une|la|le|sa|son|leur|l')\s*)?$".format(
        "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)))


@cache
def _founding() -> re.Pattern:
    """A participle of events.yaml `founding_participles` ("créé", "fondée"): the year after it is the
    founding year of the event, not the date of a past edition."""
    words = sorted({fold(w) for w in events_lexicon().get("founding_participles") or ["\0"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:{})(?![\w])".format("|".join(map(re.escape, words))))


@cache
def _within_period() -> re.Pattern:
    """A period right after an event noun (events.yaml `ordinal_periods`): the ordinal before the
    noun ranks the meeting in that period ("la quatrième séance du mois"), it is no edition."""
    words = sorted({_norm(fold(str(w))) for w in events_lexicon().get("ordinal_periods") or ["\0"]}, key=len, reverse=True)
    return re.compile(r"\s+(?:{})(?![\w])".format("|".join(r"\s+".join(map(re.escape, w.split())) for w in words)))


def edition_of_noun(doc: Document) -> int | None:
    """"son 38e congrès", "la dixième journée": an ordinal before an event noun in an opening
    heading or sentence about the event, when no "édition" is written."""
    ordinals = {fold(k): v for k, v in events_lexicon()["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    nouns = event_nouns().pattern
    # the noun may be quoted: "les XVe « Rencontres de X »"
    pattern = re.compile(rf"\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))s?\s+(?:[«“\"]\s*)?{nouns}")
    within = _within_period()
    for unit in evidence_units(doc):
        unit_text = _norm(arabic_ordinals(doc.text[unit.start:unit.end]))
        m = pattern.search(unit_text)
        if m and within.match(unit_text, m.end()):
            continue            # "la troisième réunion de l'année": its rank in a period, not an edition
        if m:
            number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
            if number and 1 < number <= 500:      # "le premier webinaire" is the first of a day's
                return number
    # "Ce premier festival mettra à l'honneur ...": in any sentence of the opening
    if any(_first_of_its_kind().search(_norm(doc.text[u.start:u.end])) for u in opening_units(doc)):
        return 1
    return None


@cache
def _first_of_its_kind() -> re.Pattern:
    """"ce premier festival", "notre premier colloque": the event itself called the first of its
    kind (a marker of the current edition, then "premier", then a noun of events.yaml
    `whole_event_nouns`, which no session or day of an event is called)."""
    lex = events_lexicon()
    markers = "|".join(sorted((re.escape(fold(m)) for m in lex["current_edition_markers"]), key=len, reverse=True))
    nouns = "|".join(sorted((r"\s+".join(re.escape(p) for p in fold(n).split())
                             for n in lex.get("whole_event_nouns") or ["\0"]), key=len, reverse=True))
    # ... or by its definite article: "le premier colloque régional autour de X", "les travaux du 1er congrès"
    # (plural too: "ces premières assises X"), the feminine and the contracted articles too ("la
    # première biennale de Trévanne", "invités aux premières assises X", "au premier forum Y"), and
    # "tout" stressing it ("le tout premier salon de Valbrune", "cette toute première rencontre")
    return re.compile(rf"(?<![\w'])(?:{markers}|ce|le|la|du|au|aux|les|ces|des)\s+(?:(?:tout|toute|toutes)\s+)?"
                      rf"(?:premiers?|premieres?|1eres?|1ers?)\s+(?:{nouns})(?![\w])")


def edition_pointed(doc: Document) -> int | None:
    """"Ce 12e salon a réuni ...", "cette septième biennale de Trévanne": an ordinal (2 and more)
    between a demonstrative (events.yaml `demonstrative_edition_markers`) and a noun that only names a
    whole event (`whole_event_nouns`) or the edition itself (`edition_nouns`, "ce 9e cru"), in any
    sentence of the text: the edition reported. Without
    the demonstrative ("le 12e salon avait attiré ...") it may be a past one, and nothing is read."""
    lex = events_lexicon()
    markers = "|".join(sorted((re.escape(fold(m)) for m in lex.get("demonstrative_edition_markers") or ["\0"]),
                              key=len, reverse=True))
    nouns = "|".join(sorted((r"\s+".join(re.escape(p) for p in fold(n).split())
                             for n in (lex.get("whole_event_nouns") or ["\0"])
                             # ... or a noun of the edition itself: "ce 9e cru a réuni ..." (`edition_nouns`)
                             + (lex.get("edition_nouns") or [])), key=len, reverse=True))
    ordinals = {fold(k): v for k, v in lex["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'])(?:{markers})\s+(?:({words})|(\d{{1,3}})\s*(?:e|eme))s?\s+(?:{nouns})(?![\w])")
    folded = _norm(arabic_ordinals(doc.text))
    for m in pattern.finditer(folded):
        if _within_period().match(folded, m.end()):
            continue            # "cette troisième rencontre de l'année": its rank in a period
        number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
        if number and 1 < number <= 500:
            return number
    return None


def edition_namesake(doc: Document) -> int | None:
    """"L'édition 2031 du festival de Trévanne, neuvième du nom, ...": an ordinal in an apposition
    followed by a word of events.yaml `namesake_rank_words`, when the clause before it names an
    edition or an event that is a whole one (`whole_event_nouns`, "festival", "salon"). "La société
    savante, la 4e du nom dans la vallée" ranks a body among its namesakes, and nothing is read."""
    lex = events_lexicon()
    ranks = "|".join(sorted((r"\s+".join(re.escape(p) for p in fold(w).split())
                             for w in lex.get("namesake_rank_words") or ["\0"]), key=len, reverse=True))
    nouns = "|".join(sorted((r"\s+".join(re.escape(p) for p in fold(n).split())
                             for n in (lex.get("whole_event_nouns") or []) + ["edition"]), key=len, reverse=True))
    ordinals = {fold(k): v for k, v in lex["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    pattern = re.compile(rf",\s*(?:la\s+|le\s+)?(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))\s+(?:{ranks})(?![\w])")
    folded = _norm(fold(arabic_ordinals(doc.text)))
    for m in pattern.finditer(folded):
        start = max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start()), m.start() - 150) + 1
        if not re.search(rf"(?<![\w])(?:{nouns})(?![\w])", folded[start:m.start()]):
            continue            # "la societe, 4e du nom": not an event
        number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
        if number and number <= 500:
            return number
    return None


@cache
def _opening_ordinals() -> tuple[dict, re.Pattern, re.Pattern]:
    """The ordinals of events.yaml, the pattern of an ordinal opening a name and that of an ordinal
    after a title's head ("Actes du 12e congrès de Valbrune"), built once."""
    ordinals = {fold(k): v for k, v in events_lexicon()["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    rank = rf"(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))s?"
    nouns = "|".join(sorted((r"\s+".join(re.escape(p) for p in _norm(fold(n)).split())
                             for n in events_lexicon().get("whole_event_nouns") or ["\0"]), key=len, reverse=True))
    return (ordinals, re.compile(rf"{rank}\s+[^\W\d]"),
            re.compile(rf"(?<![\w'])(?:du|des|de la)\s+{rank}\s+(?:{nouns})(?![\w])"))


def edition_opening_name(name: str) -> int | None:
    """"12ème convention nationale de X", "Troisième Forum Y": an ordinal that opens the event's
    name numbers its edition (a name is the event's, not one of a day's sessions, so 1 counts)."""
    ordinals, opening, after_head = _opening_ordinals()
    # ... or that ranks the event after a title's head and a contracted article: "Actes du 12e
    # congrès de Valbrune", "Compte rendu des 3es assises X" (the ordinal before a noun of
    # events.yaml `whole_event_nouns`; "Fête du 1er mai" ranks no event)
    m = opening.match(_norm(name)) or after_head.search(_norm(name))
    if not m:
        return None
    number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
    return number if number and 1 <= number <= 500 else None


def edition_of_name(doc: Document, name: str) -> int | None:
    """"la 11ème JNC", "la 3e Journée X": an ordinal right before the event's name or the acronym
    the text gives it ("Journée X (JNC)"), the ordinal also in Roman numerals ("le XIVe salon
    Valbrune Habitat" is its 14th edition, read like "le 14e salon Valbrune Habitat")."""
    forms = [name]
    acronym = re.search(re.escape(name) + r"\s*\(\s*([A-ZÀ-ÞŒÆ]{2,8})\s*\)", doc.text)
    if acronym:
        forms.append(acronym.group(1))
    ordinals = {fold(k): v for k, v in events_lexicon()["ordinals"].items()}
    words = "|".join(sorted(ordinals, key=len, reverse=True))
    folded = _norm(arabic_ordinals(doc.text))
    for form in forms:
        pattern = rf"\b(?:({words})|(\d{{1,3}})\s*(?:e|eme|ere|re|er))s?\s+{re.escape(_norm(form))}\b"
        # not its rank in a period: "la quatrième séance de la saison" (``_within_period``)
        m = next((m for m in re.finditer(pattern, folded) if not _within_period().match(folded, m.end())), None)
        if m:
            number = ordinals.get(m.group(1)) if m.group(1) else int(m.group(2))
            # "la première journée de restitution": before a name of three words or more, the
            # first is the event's first edition ("le premier atelier" may be a day's first slot)
            if number and (1 < number or len(form.split()) >= 3) and number <= 500:
                return number
    return None
