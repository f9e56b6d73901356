"""A programme told in running prose, each moment after its time and a comma, as the local press
announces a fête or a fair: "Le samedi, à 15 h 30, spectacle de marionnettes sous le
préau ; à 17 heures, concert de la fanfare municipale ; à 19 h 30, feu d'artifice au bord du lac,
suivi du bal". Each clause "à|dès|vers|à partir de <heure>, <moment>" (or "De 10 h à 12 h,
<moment>", or a bare time opening a sentence: "... du lavoir. 15 h, atelier de vannerie.") is a
session, titled by its words up to a semicolon, the end of the sentence, the next time or "suivi
de"; a clause that is a sentence of its own (a verb of being, having or doing: "à 10 h, les élus
ont visité ...") is no moment of a programme, nor a break ("repas", "apéritif"), nor a place ("à
21 heures, salle polyvalente"). Three such clauses at least in the document."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .programme_timetable import is_break, item_type
from .programme_vocabulary import _f

_HOUR = r"(?:[01]?\d|2[0-3])\s*(?:h|heures?)(?:\s*[0-5]\d)?"
# What ends a moment: a semicolon, a sentence's end, a bracket, a line break, "suivi(e) de/du",
# or the next time clause.
_MOMENT_END = re.compile(r"\s*(?:[;.!?(\n]|,?\s+suivie?s?\s+(?:de|du|des|d['’]|par)\b)", re.IGNORECASE)
_MIN_CLAUSES = 3
# A conjunction closing a moment before the next time: "paella géante et à 15 heures, ..."
_LINKING_END = re.compile(r"\s+(?:et|puis|ensuite)$", re.IGNORECASE)
# A locative preposition opening the words after the time: "en salle du conseil", "au marché
# couvert", "dans la cour de l'école" say where the people meet, not what happens.
_WHERE = r"(?:au|aux|en|dans|sur)\s"
_MAX_WORDS = 25


@cache
def _clause_time() -> re.Pattern:
    """The time opening a clause; a named hour of sessions.yaml counts as a time ("à midi, pique-nique
    au verger", "Minuit, bal sous la halle de Trévanne")."""
    # "à 15 h 30, ", "dès 18 heures, ", "à partir de 21 heures, ", "à16 h 45, ", "De 9 h à 11 h, "
    # or a bare time opening a sentence: "... du village. 12 h 30, déjeuner sur l'herbe. 16 h, goûter."
    # or right after the word "programme" run into the prose: "Le programme 10 h, rallye des écoles.
    # 11 h, ..." (not after a colon: "Horaires : 10 h, 14 h et 16 h" lists times)
    named = "|".join(re.escape(str(w).lower()) for w in load("sessions").get("timed_clause_named_hours") or [])
    hour = rf"(?:{_HOUR}|(?:{named})(?![\w'’-]))" if named else _HOUR
    return re.compile(rf"(?:(?<![\w'’])(?:(?:[àa]|d[eè]s|vers|[àa]\s+partir\s+de)\s*{hour}|de\s+{hour}\s+[àa]\s+{hour})"
                      rf"|(?:(?<=[.;!?]\s)|(?<=programme\s)){hour})"
                      r"\s*,\s+(?=[\w«\"])", re.IGNORECASE)


@cache
def _verbs() -> re.Pattern:
    words = load("sessions").get("timed_clause_verbs") or []
    # matched on the text in lower case, accents kept ("a" is a verb, "à" is not)
    alternation = "|".join(re.escape(str(w).lower()).replace("'", "['’]") for w in sorted(words, key=len, reverse=True)) or "\0"
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])")


@cache
def _place_first() -> re.Pattern:
    """A venue's head or a street word of events.yaml opening the words after the time: "halle
    du marché", "Salle polyvalente" (where, not what)."""
    lex = load("events")
    words = {_f(str(w).lower()) for key in ("venue_heads", "address_words") for w in lex.get(key) or []}
    heads = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "espace Jean Valmont": a hall's common word with a proper name after it (matched in lower
    # case, so the name is any word after it)
    named = "|".join(re.escape(_f(str(w).lower())) for w in lex.get("named_hall_heads") or []) or "\0"
    return re.compile(rf"(?:(?:{heads})(?![\w-])|(?:{named})\s+\w|{_WHERE})")


def timed_clauses(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each moment of such a programme; [] when the document holds
    fewer than three."""
    text = doc.text
    marks = list(_clause_time().finditer(text))
    if len(marks) < _MIN_CLAUSES:
        return []
    verbs = _verbs()
    out = []
    for k, m in enumerate(marks):
        limit = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        stop = _MOMENT_END.search(text, m.end(), limit)
        end = stop.start() if stop else limit
        # "..., paella géante et à 15 heures, ...": the conjunction before the next time is no part of it
        title = _LINKING_END.sub("", text[m.end():end].strip(" ,:–-"))
        words = title.split()
        if (not words or len(words) > _MAX_WORDS or verbs.search(title.lower()) or is_break(title)
                or _place_first().match(_f(title.lower()))):
            continue
        out.append((title, m.start(), end, item_type(title)))
    return out if len(out) >= _MIN_CLAUSES else []
