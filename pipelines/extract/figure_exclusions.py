"""Numbers that are not cited figures (dates, times, labels, codes, phone and street numbers, the
headline block, how long the reported event lasts...) and scores read with their scale."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..document import Document
from ..lexicons import load
from .figure_measure import _measure_after
from .figure_spans import _Paragraphs
from .figure_text import (HEADLINE_TAIL_CHARS, HEADLINE_TAIL_LINES, LINE_REACH, _ends_with_phrase, _lex, _norm,
                          _normset, _words_before)
from .headline import extract_headline_figures
from .headline_prose import prose_figures
from .quantities import Quantity


def _headline_block(doc: Document) -> tuple[int, int] | None:
    """The "en chiffres" block: first to last headline line of the key-figures block."""
    # figures stated in prose about the event are left out by their own spans (key_figure_spans);
    # the block is made of headline lines only
    prose = {(f.char_start, f.char_end) for f in prose_figures(doc)}
    figures = [f for f in extract_headline_figures(doc) if (f.char_start, f.char_end) not in prose]
    if len(figures) < int(_lex()["exclusions"]["headline_block_min_figures"]):
        return None
    start = min(f.char_start for f in figures)
    end = max(f.char_end for f in figures)
    # a box states its figures in short lines; list items of running sentences that hold the key
    # figures ("240 inscrits, soit une moyenne de 30 par séance, ...") are prose: their other
    # numbers are claims, and only the key figures' own spans are left out (key_figure_spans)
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    lines = doc.text[line_start:len(doc.text) if line_end < 0 else line_end].split("\n")
    if max(len(line.strip()) for line in lines) > int(_lex()["exclusions"]["headline_block_max_line_chars"]):
        return None
    page_start, page = doc.page_text(figures[0].page)
    # to the end of the last line's paragraph (its description, a list of them being one), at most
    # HEADLINE_TAIL_LINES lines further: a text without blank lines is one paragraph
    paragraph_end = _Paragraphs(doc).span(end, page_start, page_start + len(page))[1]
    newline = doc.text.find("\n", end, paragraph_end)
    line_stop = paragraph_end if newline < 0 else newline
    # the last headline line going on with a sentence of its own ("... 4 ateliers. La commune
    # compte 9 vergers.") is prose from there: the block ends with the figure's sentence
    going_on = re.search(r"[.!?](?=[ \t\u00a0]+\S)", doc.text[end - 1:line_stop])
    if going_on:
        return start, end - 1 + going_on.end()
    tail = line_stop + 1 if newline >= 0 else paragraph_end       # the last headline line
    for _ in range(HEADLINE_TAIL_LINES):                          # short lines describing it
        newline = doc.text.find("\n", tail, paragraph_end)
        stop = paragraph_end if newline < 0 else newline
        if stop - tail > HEADLINE_TAIL_CHARS or tail >= paragraph_end:
            break
        tail = stop + 1
    return start, min(paragraph_end, tail)


@cache
def _months() -> tuple[str, ...]:
    return tuple(sorted({_norm(m) for m in load("events")["months"]}, key=len, reverse=True))


@cache
def _day_before_month() -> re.Pattern:
    """What follows a day number in a date: an abbreviated month (claims.yaml
    `month_abbreviations`, with its full stop), or a connector, a second day and a month."""
    blank = r"[ \t\u00a0\u202f]"
    abbreviations = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["month_abbreviations"])
    months = "|".join(_months() + tuple(re.escape(_norm(w)) for w in _lex()["exclusions"]["month_abbreviations"]))
    return re.compile(rf"{blank}*(?:er\b)?{blank}*(?:(?:{abbreviations})"
                      rf"|(?:et|au|à|a|-|–|ou){blank}*(?:[12]?\d|3[01])(?:er)?{blank}+(?:{months})(?![a-z]))")


# a web or e-mail address: a scheme, "www.", an "@", or a dotted name ending with a top-level domain
_WEB_ADDRESS = re.compile(r"://|(?<![\w])www\.|@|[^\W\d_][\w-]*\.[a-z]{2,6}(?:$|[/?#.:])|\.(?:fr|com|org|net|eu|gouv|info|io)(?:$|/)",
                          re.IGNORECASE)


def _token_around(text: str, pos: int) -> str:
    """The run of characters without blanks (nor quotation marks, brackets) that holds ``pos``."""
    start, end = pos, pos
    stop = " \t\n\u00a0\u202f«»\"“”()<>[]"
    while start > 0 and text[start - 1] not in stop:
        start -= 1
    while end < len(text) and text[end] not in stop:
        end += 1
    return text[start:end].rstrip(".,;:!?")


# an ordinal's ending as a word of its own after the number: "12 e", "3 ème", "1 er", "1 re"
_ORDINAL_APART = re.compile(r"[ \u00a0\u202f](?:e|è|ème|eme|èmes|er|ère|re|es)(?![\w'’])", re.IGNORECASE)


# The dot leader of a table of contents right before a number: a run of dots or ellipses, spaced
# or not ("........ 12", ". . . . 12", "…… 12"), the entry's page after it.
_DOT_LEADER = re.compile(r"(?:\.[ \t\u00a0]?){4,}[ \t\u00a0]*$|…(?:[ \t\u00a0]?[.…]){1,}[ \t\u00a0]*$")


@cache
def _page_reference() -> re.Pattern:
    """An abbreviated page reference right before a number (claims.yaml `page_abbreviations`: "p.")."""
    words = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["page_abbreviations"])
    return re.compile(rf"(?<![a-z])(?:{words})[ \t\u00a0\u202f]*$")


@cache
def _relative_after() -> re.Pattern:
    """Words after a span of time that make it a point in time (claims.yaml `relative_date_after`)."""
    words = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["relative_date_after"])
    return re.compile(rf"[ \t\u00a0\u202f\n]*,?[ \t\u00a0\u202f]*(?:{words})(?![a-z])")


@cache
def _weekdays() -> tuple[str, ...]:
    return tuple(_norm(w) for w in load("events")["weekdays"])


@cache
def _timetable_times_pattern() -> re.Pattern:
    return re.compile(r"(?<![\w,.])(?:[01]?\d|2[0-3])[hH][0-5]\d\b")


def _timetable_times() -> re.Pattern:
    """Times of day written with their minutes ("9h30", "14H15"), the mark of a timetable."""
    return _timetable_times_pattern()


@cache
def _paywall_pattern() -> re.Pattern:
    cues = "|".join(re.escape(" ".join(_norm(c).split())) for c in _lex()["exclusions"].get("paywall_cues", []))
    return re.compile(rf"(?<![a-z])(?:{cues})(?![a-z])" if cues else r"(?!x)x")


@cache
def _site_chrome() -> re.Pattern:
    """A news site's chrome cue (claims.yaml `site_chrome_cues`) right before a number, at most a
    colon and a qualifier ("plus de", "moins d'") between."""
    cues = "|".join(re.escape(" ".join(_norm(c).split())) for c in _lex()["exclusions"].get("site_chrome_cues", []))
    return re.compile(rf"(?<![a-z])(?:{cues})[ \t\u00a0:]*(?:(?:plus|moins|pres)[ \t\u00a0]+(?:de|d')[ \t\u00a0]*)?$"
                      if cues else r"(?!x)x")


@lru_cache(maxsize=4)
def _paywall_cut(folded: str) -> int | None:
    """Where a press article saved from behind a paywall stops ("… pour lire la suite, abonnez-vous"):
    what follows is the offer to subscribe and the site's chrome, not the article. Searched once
    per text (every number of the text asks)."""
    m = _paywall_pattern().search(folded)
    return m.start() if m else None


def _exclusion(doc: Document, folded: str, q: Quantity) -> str | None:
    """Why a quantity is not a cited figure, or None."""
    text = doc.text
    ex = _lex()["exclusions"]
    # the line around the figure, cut to LINE_REACH characters on each side (the rules below
    # read a short line, or the few characters around the figure)
    reach = max(0, q.number_start - LINE_REACH)
    line_start = text.rfind("\n", reach, q.number_start) + 1 or reach
    line_end = text.find("\n", q.end, q.end + LINE_REACH)
    line_end = min(len(text), q.end + LINE_REACH) if line_end == -1 else line_end
    if re.fullmatch(r"[\s\f]*\d{1,4}[\s\f]*", text[line_start:line_end]):
        return "page number"
    if _page_counter().fullmatch(folded, line_start, line_end):
        return "page counter"                        # "213 vues" alone on its line: the web page's chrome
    cut = _paywall_cut(folded)
    if cut is not None and q.number_start >= cut:
        return "after a paywall"                     # the offer to subscribe and the site's chrome
    if _site_chrome().search(folded, max(line_start, q.start - 40), q.start):
        return "site chrome"                         # "Temps de lecture : 3 min", "Cet article date de plus de cinq ans"
    if q.unit == "percent" and re.fullmatch(r"[\s\d%,.+\-–]*", text[line_start:line_end]) \
            and not re.search(r"[^\W\d_]{3,}", _line_before(text, line_start)):
        return "chart label"                         # "24 %" alone, its chart's title not on the line before
    if q.unit == "count" and not q.ratio and _number_noun().match(folded, q.number_start):
        return "noun made with a number"             # "les deux-roues", "un quatre-quatre"
    before = text[q.number_start - 1] if q.number_start > 0 else ""
    after_number = text[q.number_end] if q.number_end < len(text) else ""
    after = text[q.end] if q.end < len(text) else ""
    if not q.in_words:
        if after_number == "/" or before == "/" or (after == "/" and q.unit == "count"):
            return "code or name with digits"
        if re.match(r"[./]\d", text[q.number_end:q.number_end + 2]) or re.match(r":\d\d", text[q.end:q.end + 3]):
            return "date or time"
        if re.match(r",\d", text[q.number_end:q.number_end + 2]):
            return "list of numbers"                 # "les actions (3,5,7)": references, not a decimal
        if q.number_end < len(text) and text[q.number_end].isalpha() and q.unit == "count":
            return "ordinal or code"
        if before.isalpha():
            return "code or name with digits"        # "DINUM20", "CUBE1"
        if q.unit == "count" and _ORDINAL_APART.match(text, q.number_end):
            return "ordinal or code"                 # "la 12 e édition": a superscript set apart by the layout
        if _WEB_ADDRESS.search(_token_around(text, q.number_start)):
            return "web or e-mail address"           # "www.valbourg2030.fr", "10ans.exemple.org", "contact@…"
        if q.unit == "degc" and q.unit_text == "°" and (
                re.fullmatch(r"[\s\-–—•*(]*", text[line_start:q.number_start])
                or re.match(r"[ \t\u00a0]*(?:[,;)]|de l'|de l’|du |des |et \d|à \d|[A-ZÀ-Þ])", text[q.end:q.end + 8])
                or re.search(r"(?:art(?:icle)?\.?|[LRD]\.?[ \u00a0]?[\d-]+)[ \t\u00a0,]*$", text[max(0, q.number_start - 25):q.number_start])):
            return "numbered paragraph"              # "1° Approuve …", "au 3° de l'article": a legal list, not degrees
        if q.unit == "degc" and q.unit_text == "°" and (q.value > 60 or not re.search(r"(?<![\w'])(?:a|de|d'|les)[ \t\u00a0]*$", folded[max(0, q.start - 6):q.start])):
            return "degrees without a temperature"   # "à 19°", "de 2°"; not "une vision 360°"
        if _page_reference().search(folded, max(0, q.number_start - 8), q.number_start):
            return "page number"                     # "voir p. 3", "pp. 12-14"
        if _DOT_LEADER.search(text, max(0, q.number_start - 12), q.number_start):
            return "page number (table of contents)"  # "Partie 2 : le climat ........ 14": a dot leader
        if before == "#":
            return "label"                           # "#3", "n°#2"
        if q.unit == "count" and before == "(" and q.value < 10 and re.fullmatch(r"\d", q.raw.strip()) \
                and re.match(r"\)[ \t\u00a0]*(?:[.;,]|$)", text[q.end:q.end + 3]) \
                and re.search(r"[^\W\d_][ \t\u00a0]?\($", text[max(0, q.number_start - 3):q.number_start]) \
                and re.search(r"\d", text[line_start:q.number_start - 1]):
            return "note call"                       # "soit 40 % des foyers (2).": the call of a footnote
        if before == ":" and q.number_start >= 2 and text[q.number_start - 2].isdigit():
            return "date or time"                    # the minutes of "13:30"
        if q.unit == "count" and re.match(r"[ \t\u00a0]*(?:ko|mo|go|to|kb|mb|gb|octets)\b", folded[q.end:q.end + 10]):
            return "file size"                       # "(pdf - 1,3 Mo)"
        if (before and before in "-−" and q.unit != "percent") or (before == "+" and q.unit == "count"):
            return "signed number (a label or a score)"      # "+2", "-1"; "+35 %", "+4 000 €" are kept
        if q.unit != "count" and re.search(r"[^\W_][ \t\u00a0]+[-−][ \t\u00a0]?$", text[line_start:q.number_start]):
            return "negative amount"          # "un écart de - 2 340 €": the table holds no negative values
    # addresses: "12 place de la Mairie", "62000 Ville"
    if not q.in_words and q.unit == "count":
        nxt = re.match(r"[ \t\u00a0,]*([^\W\d_][\w'-]*)", text[q.end:q.end + 40])
        if nxt and _norm(nxt.group(1)).rstrip(".") in _normset("exclusions", "address_nouns"):
            return "street number"
        digits = int(ex.get("postal_code_digits", 5))
        if re.fullmatch(rf"\d{{{digits}}}", q.raw.strip()) and nxt and nxt.group(1)[0].isupper():
            return "postal code"
    # labels: "Table ronde 2", "Émission 3", "l'étape 2"
    words = _words_before(folded, q.start if q.start < q.number_start else q.number_start, 2)
    # an elided article is part of the word before ("l'étape 5", "d'article 9"): the noun without it
    # (its apostrophe set apart by the layout too: "l 'étape 5")
    words = words[:-1] + [re.sub(r"^(?:l|d|qu)?'", "", words[-1])] if words else words
    label_nouns = _normset("exclusions", "label_nouns")
    # (not across a comma: "Dans la zone, 80 places")
    if words and (words[-1] in label_nouns or words[-1].strip("-") in label_nouns or " ".join(words[-2:]) in label_nouns) \
            and not re.search(r"[,;.!?)][ \t\u00a0]*$", text[max(0, q.start - 3):q.start]):
        return "label"
    # a table of contents run into one line: "... des forêts 12 Partie 3 : ... 18 Annexe 2": a number
    # right before a capitalised label noun and its own number is the page of the entry before it
    if not q.in_words and q.unit == "count" and _before_a_label().match(text, q.end):
        return "page number (table of contents)"
    # an acronym and a number name something ("COP 21", "RT 2012")
    acronym = re.search(r"(?<![\w-])([A-Z]{2,5})[ \u00a0]?$", text[max(line_start, q.number_start - 7):q.number_start])
    if acronym and not q.in_words and q.unit == "count":
        return "label"
    # a number inside a name: "le festival Valbourg 2000 Lumières", "l'atelier Langage 3 Premiers Pas":
    # a capitalised word before it (not opening its line or sentence) and one right after it
    if not q.in_words and q.unit == "count" and re.fullmatch(r"\d{1,4}", q.raw.strip()) and _inside_a_name(text, line_start, q):
        return "name with digits"
    # a number word with a capital inside a sentence: "la communauté des Sept Vallons", "(Trois Rivières)"
    if q.in_words and text[q.number_start:q.number_start + 1].isupper() and q.start == q.number_start \
            and not re.search(r"(?:^|[.!?:;•*\-–—\n«\"“]|\n\s*)[ \t\u00a0]*$", text[max(0, q.number_start - 4):q.number_start]):
        return "name with a number word"
    # clock times
    if q.unit == "hour":
        if re.match(r"\d", text[q.end:q.end + 1]) or (q.unit_text.lower() == "h" and q.value_max is not None):
            return "clock time"
        if _day_part().match(folded, q.end):
            return "clock time"               # "six heures du matin"
        if _after_a_date().search(folded, max(0, q.number_start - 40), q.number_start):
            return "clock time"               # "jusqu'au 12 mai 18h", "vendredi 2 juin 2023, 14 h", "lundi 9h"
        if _session_of_the_hour(folded, q):
            return "clock time"               # "la conférence de 16 heures": the session held at that hour
        clock = _normset("exclusions", "clock_prepositions")
        if _ends_with_phrase(folded, q.start, clock) or _ends_with_phrase(folded, q.number_start, clock):
            return "clock time"
        # the start of a span of time of day ("de 23 heures à 5 heures", "14h à 14h45", "9h-12h"),
        # or its end ("22H – 4H")
        if re.match(r"\s*(?:à|a|-|–|—|/)\s*\d{1,2}\s*(?:h\b|h\d|heures?\b)", folded[q.end:q.end + 16]):
            return "clock time"
        if re.search(r"\d{1,2}\s*(?:h|h\d\d|heures?)\s*(?:à|a|-|–|—|/)\s*$", folded[max(0, q.number_start - 16):q.number_start]):
            return "clock time"
        # its minutes after a blank ("8 h 30", "14 h 05"): a time of day as typeset prose writes it
        if q.unit_text.lower() == "h" and re.match(r"[ \u00a0\u202f][0-5]\d(?!\d)", text[q.end:q.end + 4]):
            return "clock time"
        # a slot's start and end side by side, no connector ("14H 17H" over a programme's item)
        if q.unit_text.lower() == "h" and q.value <= 24 and (
                re.match(r"[ \t\u00a0]+(?:[01]?\d|2[0-4])h(?![\w])", folded[q.end:q.end + 8])
                or re.search(r"(?<![\w,.])(?:[01]?\d|2[0-4])h[ \t\u00a0]+$", folded[max(0, q.number_start - 8):q.number_start])):
            return "clock time"
        # a programme slot: "9h : accueil", "- 10h30 – Table ronde", "[9h]"
        line_head = text[line_start:q.number_start]
        if re.fullmatch(r"[\s\-–—•*\[(|]*", line_head) and re.match(r"\s*[:–—\-\])|]", text[q.end:q.end + 3]):
            return "clock time"
        # a slot of a timetable run into one paragraph: "... 18h Repas des membres", "9h Accueil":
        # an hour written "18h" (no space, no minutes) right before the capitalised item it opens
        # or before the next slot, in a text that writes other times of day with their minutes
        # ("9h30", "14h15"); a duration is written after a preposition or a count ("pendant 18h")
        if q.unit_text.lower() == "h" and q.end == q.number_end + 1 and q.value is not None and q.value <= 24 \
                and re.match(r"[ \t\u00a0]+(?:[A-ZÀ-Þ]|\d{1,2}h\b)", text[q.end:q.end + 6]) \
                and not _ends_with_phrase(folded, q.number_start, _normset("exclusions", "duration_cues")) \
                and len(_timetable_times().findall(text)) >= 2:
            return "clock time"
        # its time after a slot's title in capitals, ending the line ("ACCUEIL DES ÉLUS 9H")
        if q.unit_text.lower() == "h" and q.end == q.number_end + 1 and q.value is not None and q.value <= 24 \
                and re.match(r"[ \t\u00a0]*(?:\n|$)", text[q.end:q.end + 4]) \
                and re.fullmatch(r"[^\W\d_a-zß-ÿ]{2,}(?:[ \t\u00a0'’-]+[^\W\d_a-zß-ÿ]{2,})*[ \t\u00a0]+", text[line_start:q.number_start]) \
                and len(_timetable_times().findall(text)) >= 2:
            return "clock time"
        # a slot of a programme whose items run into one line after bullets: "• 9h accueil • 9h30 …",
        # in a text that writes other times of day with their minutes
        if q.unit_text.lower() == "h" and q.value is not None and q.value <= 24 \
                and re.search(r"[•▪►][ \t\u00a0]*$", text[max(0, q.number_start - 3):q.number_start]) \
                and len(_timetable_times().findall(text)) >= 2:
            return "clock time"
        # a timetable's cell: "14h" alone on its line ("14h |", then the session on the next line)
        if re.fullmatch(r"[\s\-–—•*\[(|]*", line_head) and q.unit_text.lower() == "h" and q.end == q.number_end + 1 \
                and re.match(r"[ \t\u00a0]*(?:\n|$)", text[q.end:q.end + 4]):
            return "clock time"
    # a programme's item opened by its length: "• 20 min Présentation du projet", "- 1h Échanges avec
    # la salle": the slot's length, not a figure the text cites
    if q.unit in ("minute", "hour") and not q.in_words \
            and re.search(r"(?:^|\n|[•▪►])[ \t\u00a0]*(?:[-–—*][ \t\u00a0]*)?$", text[max(0, q.number_start - 4):q.number_start]) \
            and re.match(r"[ \t\u00a0]*[:–—-]?[ \t\u00a0]*[A-ZÀ-Þ][a-zà-ÿ]", text[q.end:q.end + 6]):
        return "slot length"
    # phone numbers: "04 12 34 56 78", "01.23.45.67.89"; anything on a line labelled "Tél :"
    if _phone_label().search(_norm(text[line_start:q.number_start])):
        return "phone number"
    around = text[max(line_start, q.number_start - 15):min(line_end, q.end + 15)]
    for phone in re.finditer(r"(?<!\d)0\d(?:[ .\u00a0]\d\d){4}(?!\d)", around):
        base = max(line_start, q.number_start - 15)
        if base + phone.start() <= q.number_start < base + phone.end():
            return "phone number"
    # calendar dates
    tail = folded[q.end:q.end + 15]
    if not q.in_words and q.value <= 31 and q.unit == "count" and re.match(
            r"[ \t\u00a0\u202f\n]*(?:er\s+)?(?:" + "|".join(_months()) + r")\b", tail):
        return "calendar date"
    # the first day of a span of days ("les 12 et 13 avril", "du 3 au 5 mars"), and a day before an
    # abbreviated month ("7 oct.", "30 janv. 2020")
    if not q.in_words and q.value <= 31 and q.unit == "count" and _day_before_month().match(folded, q.number_end):
        return "calendar date"
    if words and words[-1] in _weekdays():
        return "calendar date"
    # years
    lo, hi = ex["year_range"]
    raw_digits = q.raw.strip()
    if (not q.in_words and re.fullmatch(r"\d{4}", raw_digits) and lo <= int(raw_digits) <= hi
            and q.unit == "count"):
        if q.value_max is not None and lo <= q.value_max <= hi:
            return "period (years)"
        if _ends_with_phrase(folded, q.start, _normset("exclusions", "date_prepositions") | set(_months())):
            return "year (date)"
        measure = _measure_after(text, folded, q.end)[0]
        if not measure or measure[0].isupper():      # "© 2023 Communauté de ...", "2022 Villes ..."
            return "year (date)"
        if _is_verb(measure.split()[0]):              # "Puis 2018 verra ...", "les clubs de 2015 restent"
            return "year (date)"
        if _singular_word_after(text, folded, q.end, measure):
            # a year counts nothing in the singular: "le rapport de 2016 portant sur ...", "la loi de 2020
            # protège ...", "2031 centre des congrès" (but "2000 personnes", "1900 hab.")
            return "year (date)"
        if re.match(r"(?:de|du|des)\s|d'", _norm(measure)) and re.search(r"[^\W\d_][ \t\u00a0]*$", text[max(0, q.start - 3):q.start]) \
                and not _ends_with_phrase(folded, q.start, _normset("measure", "antecedent_cues") | _normset("measure", "comparison_cues")):
            # a noun, the year, its complement: "bilan 2024 de la commune", "vœux 2026 du maire"
            # (but "dont 2050 du réseau B", "…, 2050 du réseau B": counts)
            return "year (date)"
    # a year before a singular noun of time: "Rencontres 2019 Journée des élus", "bilan 2020 semaine
    # européenne": the unit word names something; a count of days is plural ("1500 jours")
    if (not q.in_words and q.unit in ("year", "month", "week", "day") and re.fullmatch(r"\d{4}", raw_digits)
            and lo <= int(raw_digits) <= hi and q.unit_text and not q.unit_text.lower().endswith(("s", "x"))):
        return "year (date)"
    if q.in_words and q.start == q.number_start and _ends_with_phrase(folded, q.start, _normset("exclusions", "vague_alternatives")):
        return "loose estimate"               # "un ou deux intervenants"
    if q.unit in ("year", "month", "week", "day", "hour") and _ends_with_phrase(
            folded, q.start, _normset("exclusions", "relative_date_cues")):
        return "relative date"
    if q.unit in ("year", "month", "week", "day") and q.value_max is None and _relative_after().match(folded, q.end):
        return "relative date"                # "deux ans plus tard", "trois ans après son lancement"
    # "Les 5 orientations de la stratégie": the count of a strategy's parts (its axes are published)
    if q.unit == "count" and not q.ratio:
        head = _measure_after(text, folded, q.end)[0]
        first = _norm(head.split()[0]) if head else ""
        lead_ins = _normset("exclusions", "strategy_part_lead_ins")
        # (the lead-in read as a qualifier too: "autour de 4 axes" is built around them, not about 4)
        if first in _normset("exclusions", "strategy_part_nouns") \
                and not _ends_with_phrase(folded, q.start, lead_ins) and not _ends_with_phrase(folded, q.number_start, lead_ins):
            return "count of a strategy's parts"
        if first in _normset("exclusions", "fraction_nouns"):
            return "fraction"                 # "les deux tiers restants": a share, not a count
    return None


@cache
def _before_a_label() -> re.Pattern:
    """A capitalised label noun (claims.yaml `label_nouns`) and its number right after a number:
    " Annexe 2", " Partie 3 :"."""
    nouns = "|".join(re.escape(str(w)) for w in sorted(_lex()["exclusions"]["label_nouns"], key=len, reverse=True)
                     if str(w)[:1].isalpha())
    return re.compile(rf"[ \t\u00a0]+(?=[A-ZÀ-Þ])(?i:{nouns})[ \t\u00a0]+\d{{1,3}}(?![\d\w])")


@cache
def _number_noun() -> re.Pattern:
    """A noun made of a number and a word (claims.yaml `number_nouns`: "deux-roues", "quatre-quatre"),
    written with a hyphen or a blank, the number in words or digits."""
    forms = []
    for noun in _lex()["exclusions"]["number_nouns"]:
        words = re.split(r"[\s-]+", _norm(str(noun)))
        forms.append(r"[\s\u00a0-]+".join(re.escape(w) for w in words))
    return re.compile(rf"(?:{'|'.join(sorted(forms, key=len, reverse=True))})(?![a-z])")


@cache
def _page_counter() -> re.Pattern:
    """A line holding only a number and what a web page counts of itself (claims.yaml exclusions
    `page_counter_words`: "1 250 vues", "12 j'aime", "3 commentaires")."""
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["exclusions"].get("page_counter_words", []), key=len, reverse=True))
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"[ \t\u00a0]*\d[\d \u00a0.,]*[ \t\u00a0]*(?:{words})[ \t\u00a0]*")


def _line_before(text: str, line_start: int) -> str:
    """The non-blank line right before the line that starts at ``line_start`` ("" across a blank line)."""
    if line_start < 2:
        return ""
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return text[prev_start:line_start - 1]


def _is_verb(word: str) -> bool:
    """A conjugated verb by its ending (claims.yaml measure `verb_endings`: "verra", "restent")."""
    ms = _lex()["measure"]
    w = _norm(word)
    return w.endswith(tuple(_norm(e) for e in ms["verb_endings"])) and not w.endswith(
        tuple(_norm(e) for e in ms["verb_ending_exceptions"]))


def _singular_word_after(text: str, folded: str, end: int, measure: str) -> bool:
    """Is the word after a number (its measure's first word) a lower-case word in the singular: no
    plural ending (-s, -x, -z), not a preposition or an article of a measure ("de", "du"), not an
    abbreviation ("hab.")?"""
    word = _norm(measure.split()[0]) if measure else ""
    if not re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ-]+", word) or word.endswith(("s", "x", "z")):
        return False
    ms = _lex()["measure"]
    if word in _normset("measure", "connectors") or word in {_norm(w) for w in ms["prepositions"]}:
        return False
    at = folded.find(word, end, end + 60)
    return at < 0 or not folded.startswith(".", at + len(word)) or len(word) > 4


_CAPITALISED_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")
# (an elided article may open the second word: "le Palais 3 l'Estuaire", "Forum 2 d'Automne")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0](?:[ld]['’])?([^\W\d_])")


def _inside_a_name(text: str, line_start: int, q: Quantity) -> bool:
    """Is the number set between two capitalised words, the first of which does not open its
    line or sentence ("De Valbourg 2000 Lumières à ...")?"""
    prev = _CAPITALISED_BEFORE.search(text, max(line_start, q.number_start - 40), q.number_start)
    nxt = _CAPITALISED_AFTER.match(text, q.end)
    if not prev or not nxt or not prev.group(1)[0].isupper() or not nxt.group(1).isupper():
        return False
    head = text[line_start:prev.start()].rstrip()
    return bool(head) and not re.search(r"[.!?:;•*\-–—]$", head)


def _event_duration(folded: str, q: Quantity) -> bool:
    """"pendant 3 jours", "durant deux jours", "les 2 jours" in the report of an event: how long the
    event lasts (a headline figure, "days"), not a claim."""
    spec = _lex()["exclusions"]
    return (q.unit in spec["event_duration_units"] and q.value <= float(spec["event_duration_max"])
            and _ends_with_phrase(folded, q.start, _normset("exclusions", "event_duration_cues")))


@cache
def _event_session_terms() -> tuple[str, ...]:
    """Nouns that name an event's sessions (claims.yaml `event_session_nouns`), longest first."""
    terms = _lex()["exclusions"]["event_session_nouns"]
    return tuple(sorted({" ".join(_norm(str(t)).replace("’", "'").split()) for t in terms}, key=len, reverse=True))


def _event_session_count(q: Quantity, measure: str) -> bool:
    """In the report or programme of an event: a count of its sessions ("4 tables rondes", "cinq
    webinaires seront en ligne", "organisé trois débats"), a headline figure of the event (its
    key figures), not a cited figure. Not a rate ("35 inscrits par atelier": its noun is "inscrits")."""
    if q.unit != "count" or q.ratio or not measure:
        return False
    head = " ".join(_norm(measure).replace("’", "'").split())
    return any(head == t or (head.startswith(t) and not head[len(t)].isalnum()) for t in _event_session_terms())


@cache
def _session_before_de() -> re.Pattern:
    """A definite article, a noun of an event's sessions (claims.yaml `event_session_nouns`), then
    "de", right before a number."""
    nouns = "|".join(re.escape(t) for t in _event_session_terms())
    return re.compile(rf"(?<![a-z])(?:la|le|l')[ \t\u00a0]*(?:{nouns})[ \t\u00a0]+de[ \t\u00a0]*$")


def _session_of_the_hour(folded: str, q: Quantity) -> bool:
    """"la conférence de 16 heures", "le débat de 18h": the session named by the hour it starts (a
    definite article; the hour a time of the working day, claims.yaml `session_hour_range`), not
    its length ("une conférence de 2 heures", "l'atelier de 3 heures")."""
    lo, hi = _lex()["exclusions"].get("session_hour_range", [7, 23])
    if q.value_max is not None or q.in_words or not float(q.value).is_integer() or not lo <= q.value <= hi:
        return False
    return _session_before_de().search(folded, max(0, q.number_start - 40), q.number_start) is not None


@cache
def _after_a_date() -> re.Pattern:
    """A date right before a number: a month name (with its day before it, a year after it) or a
    weekday, then at most a comma: an hour there is the time of that day."""
    months = "|".join(_months())
    days = "|".join(re.escape(d) for d in _weekdays())
    # (the date also in figures, "12/05", "12/05/2024"; a dash as well as a comma before the hour)
    return re.compile(rf"(?:\d{{1,2}}(?:er)?[ \t\u00a0]+(?:{months})(?:[ \t\u00a0]+\d{{4}})?|(?<![a-z])(?:{days})"
                      rf"|(?<![\d/])\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)"
                      rf"[ \t\u00a0]*[,–—-]?[ \t\u00a0]*(?:a[ \t\u00a0]+)?$")


@cache
def _day_part() -> re.Pattern:
    """A part of the day right after an hour (claims.yaml `clock_day_parts`: "du matin")."""
    parts = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["clock_day_parts"])
    return re.compile(rf"[ \t\u00a0\u202f]+(?:{parts})(?![a-z])")


@cache
def _phone_label() -> re.Pattern:
    labels = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["phone_labels"])
    return re.compile(rf"(?<![a-z])(?:{labels})\.?\s*:?\s*(?:\+?[\d .()\u00a0/-]*)$")


# =========================================================================== scores
@cache
def _score_words() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex()["scores"]["words"], key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def _score_scale(text: str, folded: str, q: Quantity) -> tuple[int, int] | None:
    """A score and its scale: "4,2 / 5", "8/10", "4,5 sur 5" when a word of claims.yaml `scores`
    (note, satisfaction, moyenne...) is on the same line, the scale is one of `scales` and the
    score does not exceed it. (start, end) of the scale, else None."""
    if q.unit != "count" or q.value_max is not None or q.in_words:
        return None
    spec = _lex()["scores"]
    m = re.compile(r"[ \t\u00a0\u202f]*(?:/|sur)[ \t\u00a0\u202f]*(\d{1,3})(?![\d/,.]\d)").match(folded, q.number_end)
    if not m or int(m.group(1)) not in {int(x) for x in spec["scales"]} or q.value > int(m.group(1)):
        return None
    reach = int(spec.get("word_reach_chars", 60))
    lo = max(0, q.number_start - reach)
    line = folded.rfind("\n", lo, q.number_start)
    lo = line + 1 if line >= 0 else lo
    hi = folded.find("\n", m.end(), m.end() + reach)
    hi = m.end() + reach if hi < 0 else hi
    if not _score_words().search(folded, lo, min(hi, len(folded))):
        return None
    return m.start(), m.end()
