"""Numbers that label, address or paginate rather than count, for the rules of figure_exclusions.py:
web and e-mail addresses, ordinals set apart, dot leaders and page references, label nouns,
nouns made with a number, numbers inside a name, phone labels, and the line before a chart's label."""

from __future__ import annotations

import re
from functools import cache

from .figure_text import _lex, _norm
from .quantities import Quantity


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
def _before_a_label() -> re.Pattern:
    """A capitalised label noun (claims.yaml `label_nouns`) and its number right after a number:
    " Annexe 2", " Partie 3 :"."""
    nouns = "|".join(re.escape(str(w)) for w in sorted(_lex()["exclusions"]["label_nouns"], key=len, reverse=True)
                     if str(w)[:1].isalpha())
    return re.compile(rf"[ \t\u00a0]+(?=[A-ZÀ-ÞŒÆ])(?i:{nouns})[ \t\u00a0]+\d{{1,3}}(?![\d\w])")


@cache
def _number_noun() -> re.Pattern:
    """A noun made of a number and a word (claims.yaml `number_nouns`: "deux-roues", "quatre-quatre"),
    written with a hyphen or a blank, the number in words or digits."""
    forms = []
    for noun in _lex()["exclusions"]["number_nouns"]:
        words = re.split(r"[\s-]+", _norm(str(noun)))
        forms.append(r"[\s\u00a0-]+".join(re.escape(w) for w in words))
    return re.compile(rf"(?:{'|'.join(sorted(forms, key=len, reverse=True))})(?![a-z])")


def _line_before(text: str, line_start: int) -> str:
    """The non-blank line right before the line that starts at ``line_start`` ("" across a blank line)."""
    if line_start < 2:
        return ""
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return text[prev_start:line_start - 1]


_CAPITALISED_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")
# ... or a capitalised word, then a small word of the name (claims.yaml `name_connectors`): "l'association
# Le Moulin à 4 Ailes", "le club Les Amis des 2 Rives"


@cache
def _capitalised_then_connector() -> re.Pattern:
    words = "|".join(re.escape(str(w)) for w in _lex()["exclusions"]["name_connectors"])
    return re.compile(rf"([^\W\d_][\w'’-]*)[ \u00a0]+(?:{words})[ \u00a0]$")
# (an elided article may open the second word: "le Palais 3 l'Estuaire", "Forum 2 d'Automne")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0](?:[ld]['’])?([^\W\d_])")


def _inside_a_name(text: str, line_start: int, q: Quantity) -> bool:
    """Is the number set between two capitalised words, the first of which does not open its
    line or sentence ("De Valbourg 2000 Lumières à ...")?"""
    prev = _CAPITALISED_BEFORE.search(text, max(line_start, q.number_start - 40), q.number_start)
    if prev and not prev.group(1)[0].isupper():
        prev = _capitalised_then_connector().search(text, max(line_start, q.number_start - 40), q.number_start)
    nxt = _CAPITALISED_AFTER.match(text, q.end)
    if not prev or not nxt or not prev.group(1)[0].isupper() or not nxt.group(1).isupper():
        return False
    head = text[line_start:prev.start()].rstrip()
    return bool(head) and not re.search(r"[.!?:;•*\-–—]$", head)


@cache
def _phone_label() -> re.Pattern:
    labels = "|".join(re.escape(_norm(w)) for w in _lex()["exclusions"]["phone_labels"])
    return re.compile(rf"(?<![a-z])(?:{labels})\.?\s*:?\s*(?:\+?[\d .()\u00a0/-]*)$")


# A numbered part's heading opening its line: "2.3 Les mobilités du quotidien" (a French decimal
# takes a comma, so a dotted pair before a capitalised word numbers a section), or a small number
# before a title in capitals, "3 UNE ÉNERGIE PLUS SOBRE POUR TOUS" (at least three words: a
# figure of an infographic in capitals names what it counts in one or two).
_DOTTED_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})+[ \t\u00a0]+[A-ZÀ-ÞŒÆ]")
_CAPITAL_TITLE = re.compile(r"[ \t\u00a0]+[A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ'’-]+(?:[ \t\u00a0]+(?:[A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ'’-]*|[LDÀ]['’][A-ZÀ-ÞŒÆ]+)){2,}(?![a-zß-ÿ])")


def _section_heading(text: str, line_start: int, q: Quantity) -> bool:
    """A section's number opening its line before the section's title (see above)."""
    if q.unit != "count" or q.in_words or q.approximate or q.value_max is not None:
        return False
    if not re.fullmatch(r"[ \t\u00a0\f•*\-–—]*", text[line_start:q.number_start]):
        return False
    if _DOTTED_SECTION.match(text, q.number_start):
        return True
    if not re.fullmatch(r"\d{1,2}", q.raw.strip()) or q.value > 20:
        return False
    return bool(_CAPITAL_TITLE.match(text, q.number_end) or _ARTICLE_TITLE.match(text, q.number_end)
                or (q.value >= 2 and _SINGULAR_TITLE.match(text, q.number_end)))


# ... or before a title that opens on a capitalised article or interrogative ("3 L'accueil
# des familles", "1 Quelle place pour le vélo ?"), or on a capitalised noun in the singular that
# a preposition or an article follows, which no count of two or more is written with ("4
# Rénovation des écoles", "2 Calendrier du chantier"; a count reads "4 rénovations" or "4 Ateliers").
_ARTICLE_TITLE = re.compile(r"[ \t\u00a0]+(?:L['’]|(?:Le|La|Les|Quel|Quelle|Quels|Quelles)[ \t\u00a0]+)(?=\w)")
_SINGULAR_TITLE = re.compile(r"[ \t\u00a0]+[A-ZÀ-ÞŒÆ][a-zß-ÿ]+(?<![sx])[ \t\u00a0]+"
                             r"(?:de|des|du|d['’]|la|le|les|au|aux|et|à|pour|en|sur)[ \t\u00a0]")


# A table of contents or an outline run into one line: "... 3.1 Le territoire 3.2 La population
# 3.3 Les ménages ...": a dotted pair before a capitalised word numbers a section wherever it
# stands, when its neighbour in the numbering ("3.2" beside "3.1") is written the same way in the
# text (a French decimal takes a comma, and a decimal written with a dot has no such neighbour).
def _run_in_section(text: str, q: Quantity) -> bool:
    if q.unit != "count" or q.in_words or q.approximate or q.value_max is not None:
        return False
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", q.raw.strip())
    if not m or not re.match(r"[ \t\u00a0]+[A-ZÀ-ÞŒÆ]", text[q.number_end:q.number_end + 3]):
        return False
    major, minor = m.group(1), int(m.group(2))
    for other in (minor - 1, minor + 1):
        if other >= 0 and re.search(rf"(?<![\d.,]){major}\.{other}[ \t\u00a0]+[A-ZÀ-ÞŒÆ]", text):
            return True
    return False


# A table of contents run into one paragraph with three-dot leaders: "Introduction... 3 Le
# diagnostic... 7 Les ateliers... 12": a number right after an ellipsis, before a capitalised
# entry, is the page of the entry before it when the paragraph has another such page (a single
# "... 300 personnes" is prose: an ellipsis before a figure).
_ELLIPSIS_PAGE = re.compile(r"(?:\.{3}|…)[ \t\u00a0]*\d{1,3}[ \t\u00a0]+[A-ZÀ-ÞŒÆ]")


def _run_in_contents_page(text: str, q: Quantity) -> bool:
    if q.unit != "count" or q.in_words or q.value_max is not None or not re.fullmatch(r"\d{1,3}", q.raw.strip()):
        return False
    if not re.search(r"(?:\.{3}|…)[ \t\u00a0]*$", text[max(0, q.number_start - 6):q.number_start]) \
            or not re.match(r"[ \t\u00a0]+[A-ZÀ-ÞŒÆ]", text[q.number_end:q.number_end + 3]):
        return False
    start = text.rfind("\n", 0, q.number_start) + 1
    end = text.find("\n", q.number_end)
    return len(_ELLIPSIS_PAGE.findall(text, start, len(text) if end == -1 else end)) >= 2


# A number right before the capitalised title of a part of any report (claims.yaml strategy
# `document_part_words`: "3 Introduction", "2 SOMMAIRE", "5 Conclusions"): the page or the section
# it numbers, not a count of introductions.
@cache
def _part_title_after() -> re.Pattern:
    words = sorted({re.escape(str(w)) for w in _lex()["strategy"].get("document_part_words", [])}, key=len, reverse=True)
    alternatives = "|".join(w.replace(r"\ ", r"[ \t\u00a0]+") for w in words) or "(?!)"
    return re.compile(rf"[ \t\u00a0]+(?=[A-ZÀ-ÞŒÆ])(?i:{alternatives})(?:s|x)?(?![\w'’-])")


def _before_a_part_title(text: str, q: Quantity) -> bool:
    if q.unit != "count" or q.in_words or q.approximate or q.comparator or q.value_max is not None \
            or q.end != q.number_end or not re.fullmatch(r"\d{1,3}", q.raw.strip()):
        return False
    return _part_title_after().match(text, q.number_end) is not None


# A number alone between quotation marks names something ("le bâtiment \"12\"", "la salle « 3 »"):
# a count is written with what it counts ("« 500 arbres »").
_QUOTE_OPEN = re.compile(r"[\"«“][ \t\u00a0\u202f]*$")
_QUOTE_CLOSE = re.compile(r"[ \t\u00a0\u202f]*[\"»”]")


def _quoted_alone(text: str, q: Quantity) -> bool:
    return q.unit == "count" and not q.in_words and q.start == q.number_start \
        and bool(_QUOTE_OPEN.search(text, max(0, q.number_start - 3), q.number_start)) \
        and bool(_QUOTE_CLOSE.match(text, q.end))



def _department_code(text: str, q: Quantity) -> bool:
    """A French département's code in brackets right after a name, as press and reports locate a
    town, a club or an association ("l'association Les Amis du Four (29)", "à Valbourg (38)"): two
    digits (claims.yaml `department_code_range`) alone in the brackets, the word before them
    capitalised, the brackets closing a list item, a clause or the sentence. A count in brackets
    follows a common noun ("des ordinateurs à l'école (26)") and stays a figure."""
    lo, hi = _lex()["exclusions"].get("department_code_range", [1, 95])
    if q.unit != "count" or q.in_words or q.value_max is not None or not re.fullmatch(r"\d\d", q.raw.strip()) \
            or not lo <= q.value <= hi:
        return False
    if not re.match(r"\)[ \t\u00a0]*(?:[.,;:!?\n]|[-–—][ \t\u00a0]|$)", text[q.end:q.end + 4]):
        return False
    name = re.search(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t\u00a0]*\($", text[max(0, q.number_start - 40):q.number_start])
    return bool(name) and name.group(1)[0].isupper()


@cache
def _body_then_words() -> re.Pattern:
    """A noun of a body that is named after its département (claims.yaml `department_code_bodies`),
    then at most three words of its name (no punctuation), right before the number."""
    nouns = "|".join(re.escape(" ".join(_norm(str(t)).split())) for t in _lex()["exclusions"]["department_code_bodies"])
    return re.compile(rf"(?<![\w'’-])(?:{nouns})(?:[ \t\u00a0]+[^\W\d_][\w'’-]*){{1,3}}[ \t\u00a0]+$")


# what may follow a bare département code that ends a body's name: a punctuation mark or a bracket,
# a preposition opening what the body is of ("du", "de la"), a capitalised word, or nothing
_AFTER_BODY_CODE = re.compile(r"[ \t\u00a0]*(?:$|\n|[(),.;:!?\-–—]|(?:du|des|de|d['’])[ \t\u00a0]|[A-ZÀ-ÞŒÆ])")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t\u00a0]+$")


def _body_department_code(text: str, folded: str, q: Quantity) -> bool:
    """A French département's code closing the name of a body, without brackets ("la fédération
    départementale 12 de pêche", "le Comité Vélo 45 organise", "l'union des familles 71 (UDAF)"):
    two digits (claims.yaml `department_code_range`) after a noun of a body and a few words of its
    name. Not a count: what follows is not a noun it counts ("le comité réunit 45 bénévoles": the
    word before is a verb, lowercase, and a noun follows); after a lowercase word, only a
    punctuation mark, a preposition or a capitalised word may follow."""
    lo, hi = _lex()["exclusions"].get("department_code_range", [1, 95])
    if q.unit != "count" or q.in_words or q.value_max is not None or q.ratio or not re.fullmatch(r"\d\d", q.raw.strip()) \
            or not lo <= q.value <= hi:
        return False
    if not _body_then_words().search(folded, max(0, q.number_start - 60), q.number_start):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, q.number_start - 40), q.number_start)
    if not before:
        return False
    word = _norm(before.group(1))
    if word in {_norm(str(w)) for w in _lex()["measure"]["connectors"]} | {_norm(str(w)) for w in _lex()["measure"]["stop_words"]}:
        return False                 # "l'association des 12 communes": a count after its determiner
    return before.group(1)[0].isupper() or bool(_AFTER_BODY_CODE.match(text, q.end))


# A numbered series of labels: "Salle 1 | Salle 2", "Groupe 1 Groupe 2 Groupe 3", "Volet 2 Agir
# ensemble ... Volet 3": a capitalised word right before a small bare number, the number followed by
# no counted noun, and the same word with the next or the previous number written elsewhere in the
# text. A count comes before what it counts ("2 salles"); a number after a noun that runs 1, 2, 3
# names the items of a list. (Not a vote's word: "Pour 12 ... Pour 13" are counts.)
_SERIES_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-ÞŒÆ][^\W\d_]{2,})[ \t\u00a0]+$")
_SERIES_END = re.compile(r"[ \t\u00a0]*(?:$|\n|[|:;,.!?)\-–—]|[A-ZÀ-ÞŒÆ])")
SERIES_REACH = 3000


def _numbered_series(text: str, q: Quantity) -> bool:
    if q.unit != "count" or q.in_words or q.value_max is not None or q.approximate or q.comparator \
            or q.start != q.number_start or not re.fullmatch(r"\d{1,2}", q.raw.strip()):
        return False
    word = _SERIES_WORD.search(text, max(0, q.number_start - 40), q.number_start)
    if not word or not _SERIES_END.match(text, q.number_end):
        return False
    name = _norm(word.group(1))
    ex = _lex()["exclusions"]
    if name in {_norm(w) for w in ex.get("series_word_exceptions", ())}:
        return False
    n = int(q.raw.strip())
    lo, hi = max(0, q.number_start - SERIES_REACH), min(len(text), q.number_end + SERIES_REACH)
    for other in (n - 1, n + 1):
        if other >= 0 and re.search(rf"(?<![\w'’-]){re.escape(word.group(1))}[ \t\u00a0]+{other}(?![\d,.]\d)(?!\d)",
                                    text[lo:hi], re.IGNORECASE):
            return True
    return False


# A line that holds only a whole number and a word after it (a bullet before): "4 niveaux".
_NUMBER_AND_WORD_LINE = re.compile(r"[ \t\u00a0•▪►*\-–—]*(\d{1,3})[ \t\u00a0]+([^\W\d_][^\W\d_'’-]*)[ \t\u00a0]*")
# A chart's legend or axis lists at least this many such lines in a row, and at most that many: a
# longer ordered list ("1 borne" ... "600 bornes") is an inventory, not a chart's ticks.
LEGEND_MIN_LINES = 3
LEGEND_MAX_LINES = 12


def _legend_run(text: str, line_start: int, line_end: int) -> bool:
    """The line holds only a number and a word, among at least LEGEND_MIN_LINES lines in a row
    (blank lines between them skipped) that each hold a number and the same word, their numbers
    rising or falling: the legend or the axis of a chart ("5 niveaux / 3 niveaux / 2 niveaux"), its
    ticks and not figures the text cites. A box of key figures names a different thing on each
    line; the column of a table read line by line is not in order. The walk stops at the first
    line out of order or past LEGEND_MAX_LINES, so a long run of such lines costs a few lines per
    figure, not the run's length."""
    own = _NUMBER_AND_WORD_LINE.fullmatch(text, line_start, line_end)
    if not own:
        return False
    word = _norm(own.group(2))
    value, sign, count = int(own.group(1)), 0, 1
    for step in (-1, 1):
        last = value
        for other in _same_word_lines(text, line_start, line_end, step, word):
            diff = last - other if step < 0 else other - last       # in reading order
            direction = (diff > 0) - (diff < 0)
            if direction == 0 or (sign and direction != sign):
                return False
            sign, last, count = direction, other, count + 1
            if count > LEGEND_MAX_LINES:
                return False
    return count >= LEGEND_MIN_LINES


def _same_word_lines(text: str, line_start: int, line_end: int, step: int, word: str):
    """The numbers of the lines before (``step`` -1) or after (1) a line, nearest first, as long as
    each holds only a number and ``word`` (blank lines skipped)."""
    start, end = line_start, line_end
    while True:
        if step < 0:
            if start < 1:
                return
            end = start - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1                                  # blank lines skipped
            start = text.rfind("\n", 0, end) + 1
        else:
            start = end + 1
            while start < len(text) and text[start] == "\n":
                start += 1
            if start >= len(text):
                return
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
        line = _NUMBER_AND_WORD_LINE.fullmatch(text, start, end)
        if not line or _norm(line.group(2)) != word:
            return
        yield int(line.group(1))
