"""Numbers that are not cited figures (dates, times, labels, codes, phone and street numbers, the
headline block, how long the reported event lasts...) and scores read with their scale.

``_exclusion`` says why a quantity is no cited figure; the patterns it reads live by kind in
figure_exclusion_dates.py (dates, times of day), figure_exclusion_labels.py (labels, addresses,
page numbers, phone labels), figure_exclusion_web.py (a web page's chrome), figure_exclusion_event.py
(the event's own numbers: headline block, duration, sessions) and figure_scores.py (scores). The
names the cited-figures pass reads are imported from here."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .figure_exclusion_dates import (_after_a_date, _countdown, _day_before_month, _day_part, _is_verb, _months,
                                     _relative_after, _singular_word_after, _timetable_times, _weekdays)
from .figure_exclusion_event import _event_days_restated, _event_duration, _event_figure_restated, _event_session_count, _headline_block, _session_of_the_hour
from .figure_exclusion_labels import (_DOT_LEADER, _ORDINAL_APART, _WEB_ADDRESS, _before_a_label, _body_department_code, _department_code,
                                      _inside_a_name, _legend_run, _numbered_series,
                                      _line_before, _number_noun, _page_reference, _phone_label, _quoted_alone, _run_in_section,
                                      _run_in_contents_page,
                                      _section_heading, _token_around, _before_a_part_title)
from .figure_exclusion_web import (_byline, _counter_at_line_end, _page_counter, _paywall_cut, _reading_time_after,
                                   _reading_time_before, _share_left_to_read, _site_chrome)
from .figure_measure import _measure_after, counting_label_before
from .figure_scores import _score_scale
from .figure_text import LINE_REACH, _ends_with_phrase, _lex, _norm, _normset, _words_before
from .quantities import Quantity

# the names other modules import from here
__all__ = ["_event_days_restated", "_event_duration", "_event_figure_restated", "_event_session_count", "_exclusion", "_headline_block", "_score_scale"]


# A byline is a short line: a longer one opening with its cue goes on with a sentence of the article.
BYLINE_MAX = 160
# A post's reading time ("4 min de lecture") stands on a short line of the page's header.
READING_TIME_LINE_MAX = 40


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
    if q.unit == "count" and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", text[q.number_start:q.number_end]) \
            and re.match(r"\.(?:[ \t\u00a0]+[A-ZÀ-ÞŒÆ]|[ \t\u00a0]*(?:\n|$))", text[q.number_end:q.number_end + 4]):
        # "2.1. Gestion du patrimoine": a section's number, dotted with a full stop after it, before
        # its capitalised title (a French decimal takes a comma)
        return "section number"
    if q.unit == "count" and not q.ratio and q.value != int(q.value):
        # "Postgresql : 9.4", "Satisfaction globale 4.35", "1.1 Définition ...": a count is a whole
        # number; a decimal one is a version, a section's number, a score whose scale was not read
        # or an amount whose unit was not
        return "not a whole count"
    if q.unit == "count" and not q.in_words and _bare_numbered_item(text, line_start, q):
        return "list number"                         # "1 agir par la formation" / "2 agir par le projet" / ...
    if _section_heading(text, line_start, q):
        return "section number"                      # "2.3 Les mobilités", "3 UNE ÉNERGIE PLUS SOBRE"
    if _run_in_section(text, q):
        return "section number"                      # "... 3.1 Le territoire 3.2 La population ..."
    if _run_in_contents_page(text, q):
        return "page number (table of contents)"     # "Introduction... 3 Le diagnostic... 7 ..."
    if _before_a_part_title(text, q):
        return "section or page number"              # "2 SOMMAIRE", "4 Conclusion"
    if q.unit == "minute" and line_end - line_start <= READING_TIME_LINE_MAX and _reading_time_after(folded, q.end):
        return "site chrome"                         # "- 3 min de lecture" under a post's title
    if q.unit == "minute" and line_end - line_start <= READING_TIME_LINE_MAX and _reading_time_before(folded, line_start, q.start):
        return "site chrome"                         # "Lecture 3 min.", "Temps de lecture" over "- 2min"
    if q.unit == "percent" and _share_left_to_read(folded, q.end):
        return "after a paywall"                     # "[70% reste à lire]": the share of the article left unread
    if _page_counter().fullmatch(folded, line_start, line_end):
        return "page counter"                        # "213 vues" alone on its line: the web page's chrome
    if line_end - line_start <= BYLINE_MAX and not q.in_words and _counter_at_line_end(folded, line_start, line_end, q.number_start):
        return "page counter"                        # "2 mai 2021 – 213 vues" closing a post's header line
    if q.unit == "count" and q.value_max is None and not q.approximate and not q.comparator \
            and q.value in ex.get("idiomatic_values", ()):
        return "idiom"                               # "les 1001 facettes", "mille et une idées"
    if line_end - line_start <= BYLINE_MAX and _byline().match(folded, line_start, q.start):
        return "byline"                              # "Article rédigé par Radio 9 - ...": the authors and medium
    cut = _paywall_cut(folded)
    if cut is not None and q.number_start >= cut:
        return "after a paywall"                     # the offer to subscribe and the site's chrome
    if _site_chrome().search(folded, max(line_start, q.start - 40), q.start):
        return "site chrome"                         # "Temps de lecture : 3 min", "Cet article date de plus de cinq ans"
    if q.unit == "percent" and re.fullmatch(r"[\s\d%,.+\-–]*", text[line_start:line_end]) \
            and not re.search(r"[^\W\d_]{3,}", _line_before(text, line_start)) \
            and not _titled_across_a_blank(text, line_start):
        return "chart label"                         # "24 %" alone, its chart's title not on the line before
    if not q.in_words and _legend_run(text, line_start, line_end):
        return "chart legend"                        # "5 niveaux" over "3 niveaux", "2 niveaux": a chart's ticks
    if q.unit == "percent" and q.value == 100 and q.value_max is None and _whole_manner().match(folded, q.end):
        return "manner (entirely)"                   # "un salon 100 % en ligne": done entirely so
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
                or re.match(r"[ \t\u00a0]*(?:[,;)]|de l'|de l’|du |des |et \d|à \d|[A-ZÀ-ÞŒÆ])", text[q.end:q.end + 8])
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
        if q.unit == "count" and q.value_max is None and re.fullmatch(r"[0-5]\d", q.raw.strip()) \
                and re.search(r"(?<![\w,.])(?:[01]?\d|2[0-3])[ \u00a0]?h[ \t\u00a0]+$", folded[max(0, q.number_start - 8):q.number_start]):
            return "date or time"                    # the minutes of "10H 45", "9 h 05" set apart from the hour
        if _department_code(text, q):
            return "department code"                 # "le club de Valbourg (38)": where a name is, not a count
        if _body_department_code(text, folded, q):
            return "department code"                 # "le comité départemental 45 de ...": a body's name
        if q.unit == "count" and re.match(r"[ \t\u00a0]*(?:ko|mo|go|to|kio|mio|gio|kb|mb|gb|octets)\b", folded[q.end:q.end + 10]):
            return "file size"                       # "(pdf - 1,3 Mo)", "PNG - 45,7 kio"
        if (before and before in "-−" and q.unit != "percent") or (before == "+" and q.unit == "count"):
            return "signed number (a label or a score)"      # "+2", "-1"; "+35 %", "+4 000 €" are kept
        if q.unit != "count" and re.search(r"[^\W_][ \t\u00a0]+[-−][ \t\u00a0]?$", text[line_start:q.number_start]):
            return "negative amount"          # "un écart de - 2 340 €": the table holds no negative values
    # a list run into the sentence that announces it: "avec trois ateliers : 1. Mobilités ; 2. ...":
    # the first item's number ("1."), after the colon, before a capitalised item (a label's value
    # ends its sentence the same way: "Participants : 35. Les ateliers ...", so only the first)
    if q.unit == "count" and not q.in_words and q.raw.strip() == "1" \
            and re.search(r":[ \t\u00a0]*$", text[max(0, q.start - 3):q.start]) \
            and re.match(r"[.)][ \t\u00a0]+[A-ZÀ-ÞŒÆ]", text[q.end:q.end + 4]):
        return "list number"
    # addresses: "12 place de la Mairie", "62000 Ville"
    if not q.in_words and q.unit == "count":
        nxt = re.match(r"[ \t\u00a0,]*([^\W\d_][\w'-]*)", text[q.end:q.end + 40])
        if nxt and _norm(nxt.group(1)).rstrip(".") in _normset("exclusions", "address_nouns"):
            return "street number"
        digits = int(ex.get("postal_code_digits", 5))
        if re.fullmatch(rf"\d{{{digits}}}", q.raw.strip()) and nxt and nxt.group(1)[0].isupper():
            return "postal code"
        # ... written with a space after its department ("2 rue des Lilas 99 100 VALBOURG"): a
        # number of that shape right after a street on its line, before a capitalised town
        if re.fullmatch(rf"\d{{2}}[ \u00a0\u202f]\d{{{digits - 2}}}", q.raw.strip()) and nxt and nxt.group(1)[0].isupper() \
                and _after_a_street(folded, q.number_start):
            return "postal code"
        # ... opening the line under its street, its town after it or on the next line: an address
        # block ("2 rue des Lilas\n99100\nValbourg", "5 avenue du Port\n99 100 Valbourg")
        town = re.match(r"[ \t\u00a0,]*(?:\n[ \t\u00a0]*)?([^\W\d_])", text[q.end:q.end + 40])
        if re.fullmatch(rf"\d{{{digits}}}|\d{{2}}[ \u00a0\u202f]\d{{{digits - 2}}}", q.raw.strip()) and town \
                and town.group(1).isupper() and _under_a_street(folded, q.number_start):
            return "postal code"
        # ... its town wrapped to the next line, in the brackets after a place: "au musée (12345\nValbrune)"
        wrapped = re.match(r"[ \t\u00a0]*\n[ \t\u00a0]*([^\W\d_])[^\n)]{0,60}\)", text[q.end:q.end + 80])
        if re.fullmatch(rf"\d{{{digits}}}", q.raw.strip()) and wrapped and wrapped.group(1).isupper() \
                and re.search(r"\([ \t\u00a0]*$", text[max(0, q.number_start - 3):q.number_start]):
            return "postal code"
    # labels: "Table ronde 2", "Émission 3", "l'étape 2"
    words = _words_before(folded, q.start if q.start < q.number_start else q.number_start, 2)
    # an elided article is part of the word before ("l'étape 5", "d'article 9"): the noun without it
    # (its apostrophe set apart by the layout too: "l 'étape 5")
    words = words[:-1] + [re.sub(r"^(?:l|d|qu)?'", "", words[-1])] if words else words
    label_nouns = _normset("exclusions", "label_nouns")
    # (not across a comma: "Dans la zone, 80 places"; nor across a colon before a value: see _colon_value)
    if words and (words[-1] in label_nouns or words[-1].strip("-") in label_nouns or " ".join(words[-2:]) in label_nouns) \
            and not re.search(r"[,;.!?)][ \t\u00a0]*$", text[max(0, q.start - 3):q.start]) \
            and not _colon_value(text, q) and not counting_label_before(text, q):
        return "label"
    # a table of contents run into one line: "... des forêts 12 Partie 3 : ... 18 Annexe 2": a number
    # right before a capitalised label noun and its own number is the page of the entry before it
    if not q.in_words and q.unit == "count" and _before_a_label().match(text, q.end):
        return "page number (table of contents)"
    if _numbered_series(text, q):
        return "label (numbered series)"             # "Salle 1 | Salle 2": the items of a list
    # an acronym and a number name something ("COP 21", "RT 2012")
    acronym = re.search(r"(?<![\w-])([A-Z]{2,5})[ \u00a0]?$", text[max(line_start, q.number_start - 7):q.number_start])
    if acronym and not q.in_words and q.unit == "count":
        return "label"
    if _quoted_alone(text, q):
        return "name with digits"                    # "les bâtiments \"12\" et \"14\""
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
        # opening hours: a span whose two ends each carry the word ("de 9 heures à 18 heures"),
        # as times of day are written; a length writes it once ("de 2 à 3 heures")
        if q.value_max is not None and q.value < q.value_max <= 24 \
                and re.fullmatch(r"\d{1,2}\s*heures?\s*(?:à|a|-|–|—)\s*\d{1,2}\s*heures?",
                                 folded[q.number_start:q.end].strip()):
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
        # the start of a span of time of day ("de 22 heures à 6 heures", "14h à 14h45", "9h-12h",
        # "9h30 > 10h" with an arrow), or its end ("22H – 4H"); Markdown's bold marks may close a time
        if re.match(r"[\s*]*(?:à|a|-|–|—|/|>|→)[\s*]*\d{1,2}\s*(?:h\b|h\d|heures?\b)", folded[q.end:q.end + 18]):
            return "clock time"
        if re.search(r"\d{1,2}\s*(?:h|h\d\d|heures?)[\s*]*(?:à|a|-|–|—|/|>|→)[\s*]*$", folded[max(0, q.number_start - 18):q.number_start]):
            return "clock time"
        # an item of a list of times of day: "visites à 9h, 10h30 et 16h", "entre 8 heures et 12 heures":
        # hours joined by commas or "et", rising, the first one past the night (a list of lengths,
        # "des séances de 1h, 2h ou 3h", starts low)
        if _in_a_list_of_times(folded, q):
            return "clock time"
        # the hour a time of day replaces: "ouverture à 8 heures au lieu de 11 heures", "à 20h contre 18h"
        if re.search(r"(?<![a-z])a\s*\d{1,2}\s*(?:h\d\d|h|heures?)\s+(?:au\s+lieu\s+de|contre|et\s+non|plutot\s+qu'a)\s*$",
                     folded[max(0, q.number_start - 40):q.number_start]):
            return "clock time"
        # its minutes after a blank ("8 h 30", "14 h 05"): a time of day as typeset prose writes it
        if q.unit_text.lower() == "h" and re.match(r"[ \u00a0\u202f][0-5]\d(?!\d)", text[q.end:q.end + 4]):
            return "clock time"
        # ... or after the word ("11 heures 15", "11 heures 30 :"): a length in hours and minutes
        # writes its own word for the minutes ("2 heures 30 minutes")
        if q.unit_text.lower() in ("heure", "heures") and q.value is not None and q.value <= 24 \
                and re.match(r"[ \t\u00a0\u202f]+[0-5]\d(?!\d)(?![ \t\u00a0\u202f]*(?:min|mn))", text[q.end:q.end + 12]):
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
        if _bare_hour(text, q) and q.value is not None and q.value <= 24 \
                and re.match(r"[ \t\u00a0]+(?:[A-ZÀ-ÞŒÆ]|\d{1,2}h\b)", text[q.end:q.end + 6]) \
                and not _ends_with_phrase(folded, q.number_start, _normset("exclusions", "duration_cues")) \
                and len(_timetable_times().findall(text)) >= 2:
            return "clock time"
        # ... or opening its line before an item written in lower case ("10h mot d'accueil", "12h
        # déjeuner"), not a length ("2h de visite"), in a text that writes other times of day
        if _bare_hour(text, q) and q.value is not None and q.value <= 24 \
                and re.fullmatch(r"[\s\-–—•*\[(|]*", line_head) \
                and re.match(r"[ \t\u00a0]+(?!(?:de|d['’]|du|des|pour|par|pendant|sur|en|environ)(?![\w']))[a-zà-ÿœæ]",
                             text[q.end:q.end + 16]) \
                and len(_timetable_times().findall(text)) >= 2:
            return "clock time"
        # its time after a slot's title in capitals, ending the line ("ACCUEIL DES ÉLUS 9H")
        if _bare_hour(text, q) and q.value is not None and q.value <= 24 \
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
        if re.fullmatch(r"[\s\-–—•*\[(|]*", line_head) and _bare_hour(text, q) \
                and re.match(r"[ \t\u00a0]*(?:\n|$)", text[q.end:q.end + 4]):
            return "clock time"
    # a programme's item opened by its length: "• 20 min Présentation du projet", "- 1h Échanges avec
    # la salle": the slot's length, not a figure the text cites
    if q.unit in ("minute", "hour") and not q.in_words \
            and re.search(r"(?:^|\n|[•▪►])[ \t\u00a0]*(?:[-–—*][ \t\u00a0]*)?$", text[max(0, q.number_start - 4):q.number_start]) \
            and re.match(r"[ \t\u00a0]*[:–—-]?[ \t\u00a0]*[A-ZÀ-ÞŒÆ][a-zà-ÿœæ]", text[q.end:q.end + 6]):
        return "slot length"
    # phone numbers: "04 12 34 56 78", "01.23.45.67.89", ten digits however grouped ("04 12 34 5678",
    # "0412345678"); anything on a line labelled "Tél :"
    if _phone_label().search(_norm(text[line_start:q.number_start])):
        return "phone number"
    around = text[max(line_start, q.number_start - 15):min(line_end, q.end + 15)]
    for phone in re.finditer(r"(?<!\d)0[1-9](?:[ .\u00a0]?\d){8}(?!\d)", around):
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
    if q.unit in ("year", "month", "week", "day", "hour", "minute") and _ends_with_phrase(
            folded, q.start, _normset("exclusions", "relative_date_cues")) \
            and not re.match(r"[ \t\u00a0]*(?:que|qu['’‘])", folded[q.end:q.end + 5]):
        # ("voilà 20 ans que nous travaillons ensemble", "il y a 7 ans qu'elle préside": how long it has lasted)
        return "relative date"
    if q.unit == "year" and q.value_max is None and _ends_with_phrase(folded, q.number_start, _normset("exclusions", "age_class_leads")):
        return "age class"                    # "les plus de 70 ans", "l'accueil des moins de 6 ans": people by their age
    if q.unit in ("year", "month", "week", "day") and q.value_max is None and _countdown(text, q.start, q.end):
        return "relative date"                # "À trois jours de l'ouverture", "à un an du scrutin"
    if q.unit in ("year", "month", "week", "day") and q.value_max is None and _relative_after().match(folded, q.end):
        return "relative date"                # "deux ans plus tard", "trois ans après son lancement"
    if q.unit in ("year", "month", "week", "day") and q.value_max is None and _opens_its_sentence(folded, q.start) \
            and _relative_link().match(folded, q.end):
        return "relative date"                # "Trois ans après le vote du budget, ...": when what follows happens
    # "3.1 Volet 1 – ...": a dotted number before the noun of a strategy's parts numbers a
    # section (a count of parts is whole, and a figure the text cites: "le schéma s'appuie sur 5 axes")
    if q.unit == "count" and not q.ratio:
        head = _measure_after(text, folded, q.end)[0]
        first = _norm(head.split()[0]) if head else ""
        if first in _normset("exclusions", "strategy_part_nouns") and not float(q.value).is_integer():
            return "section number"
        if first in _normset("exclusions", "fraction_nouns"):
            return "fraction"                 # "les deux tiers restants": a share, not a count
    return None


# A number opening its line, then a space and a word: an item of a list numbered without a stop
# when the lines around it open with the numbers before and after it ("1 agir par la formation",
# "2 agir par le projet", "3 agir ensemble ..."), three in a row at least, the first numbered 1.
_BARE_ITEM = re.compile(r"[ \t]*(\d{1,2})[ \t]+(?=[^\W\d_])")
_BARE_RUN_MIN = 3


def _bare_numbered_item(text: str, line_start: int, q) -> bool:
    """Whether the number opens a line of a run of lines numbered 1, 2, 3... with no stop."""
    m = _BARE_ITEM.match(text, line_start)
    if m is None or m.start(1) != q.number_start:
        return False
    value = int(m.group(1))
    run, start = 1, line_start
    while start > 0:                                 # the lines before, numbered value-1, value-2...
        prev = text.rfind("\n", 0, start - 1) + 1
        b = _BARE_ITEM.match(text, prev)
        if b is None or int(b.group(1)) != value - run:
            break
        run, start = run + 1, prev
    end, k = line_start, 1
    while True:                                      # the lines after, numbered value+1, value+2...
        nxt = text.find("\n", end)
        if nxt == -1:
            break
        a = _BARE_ITEM.match(text, nxt + 1)
        if a is None or int(a.group(1)) != value + k:
            break
        run, end, k = run + 1, nxt + 1, k + 1
    # a list is numbered from 1 ("start" is its first line): "10 visiteurs" / "11 visiteurs" /
    # "12 visiteurs" are counts
    return run >= _BARE_RUN_MIN and int(_BARE_ITEM.match(text, start).group(1)) == 1


# The figure's line, then the next line with words (its first characters after the blanks).
_NEXT_LINE = re.compile(r"[^\n]*\n\s*([^\n]*)")


def _titled_across_a_blank(text: str, line_start: int) -> bool:
    """A short title of its own over the figure's line, one blank line between ("Taux global" over
    a blank line over "64.2%"), as a web page sets a value under its label: no digit, no stop."""
    if line_start < 3 or text[line_start - 2:line_start] != "\n\n":
        return False
    end = line_start - 2
    title = text[text.rfind("\n", 0, end) + 1:end].strip()
    if not (3 <= len(title) <= 30 and re.search(r"[^\W\d_]{3,}", title) and not re.search(r"[\d.!?:;,]", title)):
        return False
    # ... and the next label under it, not more values ("24%" over "7% 46%": a chart's figures)
    after = _NEXT_LINE.match(text, line_start)
    return bool(after and re.search(r"[^\W\d_]{3,}", after.group(1)))


# A street is looked for at most this many characters before a postal code, on its line.
_STREET_REACH = 60


def _after_a_street(folded: str, start: int) -> bool:
    """Whether a street number and one of claims.yaml `address_nouns` come before ``start`` on its
    line, within _STREET_REACH characters ("12 rue ...", "3 bis avenue ...")."""
    line_start = folded.rfind("\n", 0, start) + 1
    before = folded[max(line_start, start - _STREET_REACH):start]
    nouns = "|".join(re.escape(_norm(w)) for w in _normset("exclusions", "address_nouns"))
    return re.search(rf"\d+[ \t\u00a0,]+(?:{nouns})(?![a-z])", before) is not None


_TIME_OF_DAY = r"(?:[01]?\d|2[0-4])[ \u00a0]?(?:h|heures?)(?:[ \u00a0]?[0-5]\d)?(?![\w])"
_LIST_OF_TIMES = re.compile(rf"(?<![\w,.]){_TIME_OF_DAY}(?:[ \t\u00a0]*(?:,|\bet\b)[ \t\u00a0]*{_TIME_OF_DAY})+")
# the first hour a list of times of day may start at (an earlier one reads as a length)
LIST_OF_TIMES_FIRST_HOUR = 6


def _in_a_list_of_times(folded: str, q) -> bool:
    """Whether ``q`` is one of two or more hours joined by commas or "et", rising, the first one
    from LIST_OF_TIMES_FIRST_HOUR on: a list of times of day ("à 9h, 10h30 et 16h")."""
    lo = max(0, q.number_start - 80)
    for run in _LIST_OF_TIMES.finditer(folded, lo, min(len(folded), q.end + 80)):
        if not run.start() <= q.number_start < run.end():
            continue
        hours = [int(h) + (int(m) / 60 if m else 0) for h, m in
                 re.findall(r"(\d{1,2})[ \u00a0]?(?:h|heures?)(?:[ \u00a0]?([0-5]\d))?", run.group())]
        return len(hours) >= 2 and hours[0] >= LIST_OF_TIMES_FIRST_HOUR \
            and all(a < b for a, b in zip(hours, hours[1:]))
    return False


def _bare_hour(text: str, q) -> bool:
    """Whether ``q`` is an hour written with its unit "h" alone, glued to the number or after one
    blank ("18h", "18 h"), no minutes after it."""
    return q.unit_text.lower() == "h" and re.fullmatch(r"[ \u00a0\u202f]?[hH]", text[q.number_end:q.end]) is not None


def _under_a_street(folded: str, start: int) -> bool:
    """Whether ``start`` opens its line and the line above holds a street (``_after_a_street``)."""
    line_start = folded.rfind("\n", 0, start) + 1
    if folded[line_start:start].strip() or line_start == 0:
        return False
    above = folded.rfind("\n", 0, line_start - 1) + 1
    return _after_a_street(folded[:line_start - 1], line_start - 1) and line_start - 1 - above <= _STREET_REACH


@cache
def _whole_manner() -> re.Pattern:
    """Blanks, then a word of claims.yaml `whole_manner_words` ending there (after "100 %")."""
    words = sorted(_normset("exclusions", "whole_manner_words"), key=len, reverse=True)
    return re.compile(r"[ \t\u00a0\u202f]*(?:{})(?![a-z])".format("|".join(re.escape(w) for w in words)))


@cache
def _relative_link() -> re.Pattern:
    """"après le", "avant la": a span of time followed by one of claims.yaml `relative_date_links`
    and a determiner (`relative_date_determiners`) dates what it is linked to."""
    ex = _lex()["exclusions"]
    links = "|".join(re.escape(_norm(w)) for w in ex["relative_date_links"])
    # an elided determiner ("l'") is glued to its noun; a whole word ends before the next one
    dets = "|".join(re.escape(_norm(w)) + ("" if _norm(w).endswith("'") else "(?![a-z])")
                    for w in sorted(ex["relative_date_determiners"], key=len, reverse=True))
    return re.compile(rf"[ \t\u00a0\u202f]+(?:{links})[ \t\u00a0\u202f]+(?:{dets})")


def _opens_its_sentence(folded: str, pos: int) -> bool:
    """Whether ``pos`` opens its sentence or line, after at most one of claims.yaml
    `relative_date_lead_ins` ("À peine six mois après ...")."""
    head = folded[max(0, pos - 40):pos]
    head = re.split(r"[.!?:;\n\f]", head)[-1].strip(" \t\u00a0\u202f«“\"(-–—•")
    return not head or head in {_norm(w) for w in _lex()["exclusions"]["relative_date_lead_ins"]}


# A plural noun right after a number: what it counts ("300 animations").
_COUNTED_AFTER = re.compile(r"[ \t\u00a0\u202f]+[^\W\d_]{2,}[sx](?![\w'’-])")


def _colon_value(text: str, q: Quantity) -> bool:
    """Whether a number after a label noun and a colon is the count the line states, not a label:
    a plural noun follows it ("Au programme : 300 animations"). A label is written without
    the colon ("Atelier 3"), and "Salle : 12" stays a label."""
    return bool(re.search(r":[ \t\u00a0\u202f]*$", text[max(0, q.start - 3):q.start])) \
        and q.unit == "count" and _COUNTED_AFTER.match(text, q.end) is not None
