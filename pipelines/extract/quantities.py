"""Quantities as French reports write them: a number with what the text writes around it, a
qualifier ("plus de"), a scale ("3,2 millions"), a unit ("m3", "%", "d'euros"), a range ("entre
40 et 45.000") or a proportion ("une sur cinq"). The cited-figures passes read them; the number
itself is read by numbers.py.

This module reads one quantity and its range (``quantity_at``); the shared token and record are in
quantity_text.py, the qualifiers in quantity_qualifiers.py, the units and scale words in
quantity_units.py, the proportions (``ratio_at``) in quantity_ratios.py. The names other modules
import are imported from here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import load
from .numbers import GROUP_SEPARATOR, WORD, number_at, parse_digits
from .quantity_qualifiers import _phrase_at_end, _phrase_at_start, _qualifiers_by_first_word, qualifier_before
from .quantity_ratios import ratio_at
from .quantity_text import NUMBER_TOKEN, Quantity, _after_spaces, _boundary, _lex, _norm
from .quantity_units import _multiplier_at, _order_adjective, unit_at, unit_codes

# the names other modules import from here
__all__ = ["NUMBER_TOKEN", "Quantity", "_one_unit_at", "qualifier_before", "quantity_at", "ratio_at", "unit_at",
           "unit_codes"]

@dataclass(frozen=True)
class _Single:
    base: float               # the number as written ("3,2" -> 3.2)
    scale: float              # scale word times unit scale ("millions" -> 1e6, "k€" -> 1000)
    number_start: int
    number_end: int
    end: int
    unit: str
    unit_text: str
    in_words: bool
    collective: bool
    approximate: bool
    comparator: str | None
    raw: str
    grouped: bool             # digits written with thousands separators ("45.000")

    @property
    def value(self) -> float:
        return self.base * self.scale


_ELIDED_DE = re.compile(r"(?:de|d')\s*")


@cache
def _range_link(connectors: tuple[str, ...]) -> re.Pattern:
    """Blanks (one line break at most), a range connector ("et", "à", "-"), blanks."""
    return re.compile(r"[ \t\u00a0\u202f\u2009]*\n?[ \t\u00a0\u202f\u2009]*("
                      + "|".join(re.escape(c) for c in connectors) + r")[ \t\u00a0\u202f\u2009\n]*")


# The upper bound of a range may follow a dash ("10-15 %").
_BOUND_TOKEN = re.compile(
    r"(?<![\w.,/])(?:(?!0)\d{1,3}(?:" + GROUP_SEPARATOR + r"\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?)"
)


# The cents glued after the euro sign, as prices are written: "de 2€40 à 2€65".
_CENTS_AFTER_SIGN = re.compile(r"(\d{2})(?![\w,.]\d|\w)")


def _single_at(text: str, folded: str, pos: int, words: bool = True, bound: bool = False) -> _Single | None:
    """One number at ``pos`` (digits or words), its scale word and its unit."""
    match = (_BOUND_TOKEN if bound else NUMBER_TOKEN).match(text, pos)
    in_words = collective = approximate = False
    comparator = None
    if match:
        base = parse_digits(match.group(0))
        if base is None:
            return None
        number_end = match.end()
        raw = match.group(0)
        grouped = bool(re.search(r"\d[ .\u00a0\u202f\u2009]\d{3}", raw))
        if (length := _hours_and_minutes(folded, pos, match)) is not None:
            return length        # "pendant 3h45": a length of time
        if number_end < len(text) and text[number_end].isalpha() and unit_at(text, number_end, folded) is None:
            return None  # glued letters that are not a unit: "1ère", "4G"
    elif words and (one := _one_and_a_half_at(text, folded, pos)) is not None:
        # "un mètre et demi", "une semaine et demie": one unit, the half added after it
        base, number_end, raw = 1.0, one, text[pos:one]
        in_words, grouped = True, False
    elif words and (one := _one_unit_at(text, folded, pos)) is not None:
        # "un stage d'une semaine", "une haie d'un mètre": the article after "d'" counts one unit
        base, number_end, raw = 1.0, one, text[pos:one]
        in_words, grouped = True, False
    elif words:
        parsed = number_at(text, pos)
        if parsed is None or parsed.start != pos:
            return None
        first_word = WORD.match(folded, pos)
        if first_word and first_word.group(0) in {_norm(str(w)) for w in _lex().get("multipliers", {})}:
            return None  # "des milliards d'euros": a scale word alone is not a number
        base, number_end = parsed.value, parsed.end
        raw = text[pos:number_end]
        in_words, grouped = True, False
        collective = parsed.approximate and parsed.comparator == "~" and bool(
            re.match(r"(?:une?\s+)?[a-z]+\s+(?:de|d')", folded[pos:number_end]))
        approximate, comparator = (True, "~") if collective else (False, None)
    else:
        return None
    cursor, scale = number_end, 1.0
    probe = _after_spaces(text, cursor)        # "3,2" and "millions" may be wrapped apart
    multiplier = _multiplier_at(folded, probe)
    if multiplier and not in_words:
        scale, cursor = multiplier[0], multiplier[1]
        if half := _half_at(folded, cursor):           # "4 millions et demi d'euros"
            base, cursor = base + 0.5, half
    unit, unit_text = "count", ""
    probe = _after_spaces(text, cursor)
    # "deux millions d'euros": a number in words that ends with its scale word
    scaled_words = in_words and re.search(r"(?:millions?|milliards?|milliers?)\s*$", folded[pos:number_end])
    if scale != 1.0 or collective or scaled_words:
        elided = _ELIDED_DE.match(folded, probe)
        if elided and unit_at(text, elided.end(), folded):
            probe = elided.end()
    found = unit_at(text, probe, folded)
    if not found and (adjective := _order_adjective().match(folded, probe)):
        # "les 20 prochaines années", "les 6 premiers mois": the unit after its adjective
        found = unit_at(text, adjective.end(), folded)
        probe = adjective.end() if found else probe
    if found and found[0] == "m" and text[probe:found[2]] == "M" and _money_near(folded, pos):
        found = ("eur", 1000000.0, found[2])     # "12 M" beside an amount of money: millions of euros
    if found:
        code, unit_scale, unit_end = found
        unit, unit_text = code, text[probe:unit_end]
        scale *= unit_scale
        cursor = unit_end
        if unit != "count" and (half := _half_at(folded, cursor)):   # "trois heures et demie", "5 km et demi"
            base, cursor = base + 0.5, half
        elif unit_text == "€" and not in_words and float(base).is_integer() \
                and (cents := _CENTS_AFTER_SIGN.match(text, cursor)):
            base, cursor = base + int(cents.group(1)) / 100, cents.end()   # "2€40": 2,40 €
    return _Single(base, scale, pos, number_end, cursor, unit, unit_text, in_words, collective,
                   approximate, comparator, raw, grouped)


@cache
def _money_cues() -> re.Pattern:
    cues = "|".join(re.escape(_norm(str(w))) for w in _lex().get("million_letter_money_cues", []) or [])
    return re.compile(rf"(?<![a-z])(?:{cues})" if cues else r"(?!x)x")


def _money_near(folded: str, pos: int) -> bool:
    """Whether money is spoken of within numbers.yaml `million_letter_window` characters of ``pos``
    (numbers.yaml `million_letter_money_cues`): a capital "M" after the number is then millions."""
    width = int(_lex().get("million_letter_window", 120))
    return bool(_money_cues().search(folded[max(0, pos - width):pos + width]))


_ONE = re.compile(r"une?(?![\w'-])")
# "3h45", or the word and its minutes: "1 heure 30" (not "2 heures 30 minutes": a length in words)
_HOURS_MINUTES = re.compile(r"(?:h|[ \t\u00a0\u202f]+heures?[ \t\u00a0\u202f]+)([0-5]\d)(?![\w])"
                            r"(?![ \t\u00a0\u202f]*(?:min|mn))")
_RANGE_AFTER = re.compile(r"[ \t\u00a0\u202f]*(?:a|au|-|–|—|jusqu)(?![a-z])")


@cache
def _hours_minutes_lead_in() -> re.Pattern:
    words = "|".join(r"[ \t\u00a0\u202f]*".join(map(re.escape, _norm(w).split()))
                     for w in sorted(_lex().get("hours_minutes_lead_ins", []) or [], key=len, reverse=True))
    return re.compile(rf"(?<![a-z])({words})[ \t\u00a0\u202f]*$" if words else r"(?!x)x")


def _hours_and_minutes(folded: str, pos: int, match: re.Match) -> _Single | None:
    """"3h45" or "3 heures 45" after a word that measures time (numbers.yaml `hours_minutes_lead_ins`):
    3.75 hours.
    None for a time of day: no such word before, a range connector after ("de 9h30 à 12h"), or
    after "de" more hours than `hours_minutes_de_max` ("la séance de 14h30")."""
    raw = match.group(0)
    if not raw.isdigit():
        return None
    minutes = _HOURS_MINUTES.match(folded, match.end())
    if minutes is None:
        return None
    lead = _hours_minutes_lead_in().search(folded, max(0, pos - 30), pos)
    if lead is None or _RANGE_AFTER.match(folded, minutes.end()):
        return None
    hours = int(raw)
    if lead.group(1) == "de" and hours > int(_lex().get("hours_minutes_de_max", 6)):
        return None
    clock = [_norm(w) for w in _lex().get("hours_minutes_clock_lead_ins", []) or []]
    if any(re.search(rf"(?<![a-z]){re.escape(w)}\s*$", folded[max(0, pos - 30):pos]) for w in clock):
        return None          # "à partir de 8h45", "autour de 14h30": a time of day
    end = minutes.end()
    return _Single(hours + int(minutes.group(1)) / 60, 1.0, pos, match.end(), end, "hour", folded[match.end():end],
                   False, False, False, None, raw, False)


@cache
def _half_pattern() -> re.Pattern:
    words = "|".join(r"[ \t\u00a0\u202f]+".join(map(re.escape, _norm(w).split()))
                     for w in sorted(_lex().get("half_suffixes", []) or [], key=len, reverse=True))
    return re.compile(rf"[ \t\u00a0\u202f]+(?:{words})(?![\w'-])" if words else r"(?!x)x")


def _half_at(folded: str, pos: int) -> int | None:
    """End of "et demi" / "et demie" (numbers.yaml `half_suffixes`) right after ``pos``, else None."""
    m = _half_pattern().match(folded, pos)
    return m.end() if m else None


def _one_and_a_half_at(text: str, folded: str, pos: int) -> int | None:
    """End of "un" / "une" at ``pos`` when a unit and a half follow it ("un mois et demi", "une semaine
    et demie"), else None."""
    m = _ONE.match(folded, pos)
    if m is None:
        return None
    after = _after_spaces(text, m.end(), newlines=False)
    found = unit_at(text, after, folded)
    if found is None or found[0] == "count" or _half_at(folded, found[2]) is None:
        return None
    return m.end()


def _one_unit_at(text: str, folded: str, pos: int) -> int | None:
    """End of "un" / "une" at ``pos`` when it follows an elided "d'" and a unit follows it ("d'une
    semaine", "d'un mètre"), else None. Elsewhere "un" is an article ("un mois plus tard")."""
    m = _ONE.match(folded, pos)
    if m is None:
        return None
    if not re.search(r"(?<![a-z])d'$", folded[max(0, pos - 3):pos]):
        # "pendant une heure", "depuis un an": after a preposition of time (numbers.yaml
        # `one_unit_time_prepositions`), "un"/"une" counts one unit of time
        after = _after_spaces(text, m.end(), newlines=False)
        if _time_preposition().search(folded, max(0, pos - 12), pos) is None or _event_noun_at(folded, after):
            return None
        unit = unit_at(text, after, folded)
        if unit is None or unit[0] not in _TIME_UNITS or _month_named_after(folded, unit[2]):
            return None               # "pour un mois de mai": the month's name, not a length
        return m.end()
    after = _after_spaces(text, m.end(), newlines=False)
    if _event_noun_at(folded, after) and not _duration_lead_in().search(folded, max(0, pos - 30), pos):
        return None
    return m.end() if unit_at(text, after, folded) else None


@cache
def _event_nouns() -> re.Pattern:
    """Nouns of time that also name an event (numbers.yaml `one_unit_event_nouns`: "journée")."""
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("one_unit_event_nouns", []) or [])
    return re.compile(rf"(?:{words})(?![a-z])" if words else r"(?!x)x")


# The units of time "un"/"une" may count after a preposition of time.
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _month_named_after(folded: str, pos: int) -> bool:
    """Whether "de" and a month's name (events.yaml `months`) follow ``pos``."""
    m = re.match(r"[ \t\u00a0]+(?:de|d')[ \t\u00a0]*([a-z]+)", folded[pos:pos + 20])
    return m is not None and m.group(1) in {_norm(str(w)) for w in load("events").get("months") or []}


@cache
def _time_preposition() -> re.Pattern:
    """A preposition of time right before ``pos`` (numbers.yaml `one_unit_time_prepositions`)."""
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("one_unit_time_prepositions", []) or [])
    return re.compile(rf"(?<![a-z'])(?:{words})[ \t\u00a0]+$" if words else r"(?!x)x")


@cache
def _duration_lead_in() -> re.Pattern:
    """Words that measure time right before "d'" (numbers.yaml `one_unit_duration_lead_ins`)."""
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("one_unit_duration_lead_ins", []) or [])
    return re.compile(rf"(?<![a-z])(?:{words})[ \t\u00a0]+d'$" if words else r"(?!x)x")


def _event_noun_at(folded: str, pos: int) -> bool:
    return _event_nouns().match(folded, pos) is not None


def _opening_at(folded: str, pos: int) -> int | None:
    """End of a range opening word ("entre") written at ``pos``."""
    for word in _lex().get("range", {}).get("opening", []):
        word = _norm(word)
        if folded.startswith(word, pos) and _boundary(folded, pos + len(word)):
            return pos + len(word)
    return None


def _opening_before(folded: str, pos: int) -> int | None:
    base = max(0, pos - 20)
    for word in _lex().get("range", {}).get("opening", []):
        m = _phrase_at_end(_norm(word)).search(folded[base:pos])
        if m:
            return base + m.start()
    return None


def _shared_scale(low: float, high: float, high_grouped: bool) -> float:
    """"entre 40 et 45.000": the upper bound's thousands apply to the lower one when that
    brings it within a factor 2 of the upper bound."""
    if not high_grouped or low >= high:
        return low
    for scale in (1000.0, 1_000_000.0, 1_000_000_000.0):
        if high / 2 <= low * scale <= high:
            return low * scale
    return low


def _dated_year(text: str, folded: str, first: _Single, start: int) -> bool:
    """A bare year after a word that dates ("en 2019", "depuis 2015"; numbers.yaml `range`
    `year_lead_ins`): the date of what comes before it, never the lower bound of a range."""
    spec = _lex().get("range", {})
    lo, hi = spec.get("year_bounds", [1800, 2100])
    raw = text[first.number_start:first.number_end]
    if first.unit != "count" or first.in_words or not re.fullmatch(r"\d{4}", raw) or not lo <= int(raw) <= hi:
        return False
    if start != first.number_start:
        return False
    words = "|".join(re.escape(_norm(w)) for w in spec.get("year_lead_ins", []))
    return bool(words) and re.search(rf"(?<![a-z])(?:{words})[ \t\u00a0\u202f]*$", folded[max(0, start - 12):start]) is not None


# A list of bare numbers: "12, 30 ou 45 euros", "5, 8 et 12 %" (commas between the values, "ou" or
# "et" before the last one).
_LIST_ITEM = r"(?!0)\d{1,3}(?:[ .\u00a0\u202f]\d{3})*(?:,\d+)?|\d+(?:,\d+)?"
_LIST_BEFORE = re.compile(rf"(?:{_LIST_ITEM})[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$")
_LIST_AFTER = re.compile(rf"(?:[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(?:{_LIST_ITEM}))*[ \t\u00a0\u202f]+(?:ou|et)[ \t\u00a0\u202f]+(?=\d)")
_LIST_COMMA = re.compile(rf"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(?={_LIST_ITEM})")


def _listed_values(text: str, folded: str, start: int, first: _Single) -> _Single | None:
    """The last value of a list of at least three bare numbers that ``first`` is part of ("à 12, 30
    ou 45 euros": the "45 euros"), or None when ``first`` is not in such a list. A number followed
    by its own unit ends the list ("12 €, 30 € ou 45 €" are read one by one)."""
    before = _LIST_BEFORE.search(text, max(0, start - 24), start) is not None
    if first.unit != "count":
        return None
    after = _LIST_AFTER.match(text, first.end)
    if after is None:
        return None
    commas = before or _LIST_COMMA.match(text, first.end) is not None
    if not commas:
        return None           # "2 ou 3 fois": a range, read as one
    last = _single_at(text, folded, after.end(), words=False, bound=True)
    if last is None:
        return None
    return last


def quantity_at(text: str, pos: int, folded: str | None = None) -> Quantity | None:
    """The quantity at ``pos``: an optional qualifier ("plus de") or range opening ("entre"),
    then a number in digits or words with its scale and unit, and a range's upper bound
    ("entre 40 et 45.000", "2 ou 3 fois", "de 3 à 5 km"). A qualifier written just before
    ``pos`` counts too, so the caller may point at the number itself."""
    folded = _norm(text) if folded is None else folded
    pos = _after_spaces(text, pos, newlines=False)
    start = pos
    approximate, comparator, opened = False, None, False
    opening_end = _opening_at(folded, pos)
    if opening_end is not None:
        opened, pos = True, _after_spaces(text, opening_end)
    else:
        for first_word, phrase, comp in _qualifiers_by_first_word():
            m = _phrase_at_start(phrase).match(folded, pos) if folded.startswith(first_word, pos) else None
            if m:
                approximate, comparator = True, comp
                pos = _after_spaces(text, m.end())
                break
        else:
            before = _opening_before(folded, pos)
            if before is not None:
                opened, start = True, before
            else:
                qualifier = qualifier_before(text, pos, folded)
                if qualifier:
                    start, approximate, comparator = qualifier[0], True, qualifier[1]
    first = _single_at(text, folded, pos)
    if first is None:
        return None
    if first.collective:
        approximate, comparator = True, comparator or "~"
    lex_range = _lex().get("range", {})
    value, value_max, end, unit, unit_text = first.value, None, first.end, first.unit, first.unit_text
    connectors = tuple(_norm(c) for c in (lex_range.get("closing", []) if opened else lex_range.get("connectors", [])))
    link = _range_link(connectors).match(folded, first.end) if connectors else None
    listed = None if opened or first.in_words else _listed_values(text, folded, start, first)
    if listed is not None:
        # "à 12, 30 ou 45 euros": one value of a list of three or more, not a range's bound; a bare
        # number of it takes the unit (and scale) of the list's last value
        link = None
        if first.unit == "count" and first.scale == 1.0 and listed.unit != "count":
            value, unit, unit_text = first.base * listed.scale, listed.unit, listed.unit_text
    if link and "\n" in folded[first.end:link.start(1)] and link.group(1) in ("-", "–"):
        link = None   # "- 12 %\n- 48 %": two list items, not a range; only a word ("et", "à") wraps
    if link and (link.group(1)[-1] in "-–" or _boundary(folded, link.end(1))):
        change = not opened and link.group(1) in _TO and _after_change_verb(folded, start, first.unit != "count")
        second = _single_at(text, folded, link.end(), words=first.in_words or change, bound=True)
        if second is not None and second.unit != "count" and _dated_year(text, folded, first, start):
            second = None          # "de 90 000 € en 2019 à 70 000 € en 2020": the year dates the amount before
        if second is not None and (first.unit == "count" or second.unit in (first.unit, "count")):
            low = first.value
            if first.unit == "count" and first.scale == 1.0:
                if second.scale != 1.0:
                    low = first.base * second.scale      # "entre 3 et 4 millions d'euros"
                else:
                    low = _shared_scale(low, second.value, second.grouped)
            # "de 9 000 à 6 500 euros": a range is written from its low bound up, so a second value
            # below the first (with its unit) makes them a start and an end value, as after a change verb
            falling = link.group(1) in _TO and not opened and second.unit != "count" and second.value < low
            if second.value != low and (change or falling):
                # "a grimpé de 700.000 à deux millions d'euros": two values, the first with the
                # second's scale and unit when it has none
                if first.unit == "count" and second.unit != "count":
                    unit, unit_text = second.unit, second.unit_text
                    scaled = first.base * second.scale      # "de 1,5 à 2 M€": 1,5 M€
                    value = scaled if second.value / 10 <= scaled <= second.value * 10 else first.value
            elif second.value > low:
                value, value_max, end = low, second.value, second.end
                if second.unit != "count":
                    unit, unit_text = second.unit, second.unit_text
    if opened and value_max is None and link is None and unit == "count" and not first.in_words \
            and re.match(r"[ \t\u00a0\u202f]+[^\W\d_][\w-]*[sx](?![\w'-])", folded[first.end:first.end + 40]):
        # "entre 36 entreprises du parc": "among", before a plural noun with no upper bound: a count
        opened, start = False, first.number_start
    if opened and value_max is None:
        return None  # "entre" with no upper bound: not a quantity we read
    if value_max is None and unit == "count" and not first.in_words and re.match(r"\+[ \t\u00a0\u202f]+[^\W\d_]", text[end:end + 3]):
        # "200+ adhérents": a plus sign glued after the number says "more than"
        end, approximate, comparator = end + 1, True, comparator or ">"
    return Quantity(value, value_max, unit, unit_text, start, first.number_start, first.number_end, end,
                    approximate, comparator, first.in_words, first.collective, False, first.raw)


_TO = ("à", "a", "au")


@cache
def _verb_pattern(key: str) -> re.Pattern:
    verbs = "|".join(re.escape(_norm(v)) for v in sorted(_lex().get("range", {}).get(key, []), key=len, reverse=True))
    # the verb's object may come between it and "de": "passer la part des repas bio de 15 % à 40 %"
    obj = rf"(?:\s+[^\s\d.,;:!?«»()]+){{0,{int(_lex().get('range', {}).get('change_object_max_words', 6))}}}"
    return re.compile(rf"(?<![a-z])(?:{verbs})(?:\s+\w+ment)?{obj}\s+(?:de\s+|d')$") if verbs else re.compile(r"(?!)")


def _after_change_verb(folded: str, start: int, first_has_unit: bool) -> bool:
    """"passé de", "a grimpé de", "évoluera d'", "passer le taux de tri de": what follows is a start
    and an end value, not a range; after "réduit de", "augmenté de" only when the first value has its own unit."""
    before = folded[max(0, start - 90):start]
    return bool(_verb_pattern("change_verbs").search(before)
                or (first_has_unit and _verb_pattern("amount_verbs").search(before)))
