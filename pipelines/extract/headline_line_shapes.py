"""The shapes of a headline line other than "number + noun": a label then its count ("Visiteurs :
320", "Nombre d'exposants – 85"), a label then a number and its term, a title ending with a count, a
key-figure card (a number alone, its label above or its caption below), a count of context words
alone; and the tests that a line belongs to running text (a wrapped paragraph, a sentence going on
after a weak count)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold, load
from .headline_terms import (
    attendance_group, context_terms, count_at, is_rate, number_first, prose_patterns, term_at,
)
from .lines import LIST_MARKER, Line


_LABEL_SEPARATOR = re.compile(r"\s*(?:[:=–—-]\s*|\s)")
# A short complement of time or scope between a label's term and its colon (a colon only).
_LABEL_QUALIFIER = re.compile(r"\s+(?:sur|pour|a|durant|pendant|lors\s+de)\s+(?:[^\W\d][\w'-]*\s*){1,3}:\s*")


@cache
def _label_prefixes() -> tuple[str, ...]:
    words = load("metrics").get("label_prefixes") or []
    return tuple(sorted({fold(str(w)).replace("’", "'") for w in words}, key=len, reverse=True))


def _label_first(folded: str, text: str, pos: int):
    """"Visiteurs : 3 500", "Exposants – 85", a table row "Visiteurs 2 300", "Nombre de
    visiteurs : 3 500" (a prefix of metrics.yaml `label_prefixes` before the term)."""
    for prefix in _label_prefixes():
        if folded.startswith(prefix, pos):
            after = pos + len(prefix)
            if prefix.endswith("'") or (after < len(folded) and folded[after] == " "):
                pos = len(folded) - len(folded[after:].lstrip(" "))
                break
    found = term_at(folded, pos)
    if not found:
        return None
    metric, after = found
    sep = _LABEL_SEPARATOR.match(folded, after)
    if sep and count_at(text, sep.end()) is None:
        # the label says over what the count runs before its colon: "Nombre de visiteurs sur
        # le week-end : 1 200", "Participants à la soirée : 45"
        sep = _LABEL_QUALIFIER.match(folded, after) or sep
    if not sep:
        return None
    # "Table-Ronde 1" names a session: a label takes a separator ("Atelier : 3") or is plural.
    if not sep.group(0).strip() and not folded[pos:after].endswith(("s", "x")):
        return None
    number = count_at(text, sep.end())
    if number is None:
        return None
    # the line may end its sentence: "Nombre de visiteurs : 1 200." (one full stop, nothing after it)
    rest = re.sub(r"(?<![.])\.$", "", folded[number.end:].strip()).strip()
    if rest and not re.match(r"^[a-z ]{0,30}$|^\(", rest):
        return None
    if rest and _month_word().match(rest):
        return None         # "Inscriptions : 15 mars": a date, not a count
    if is_rate(folded, number.end):
        return None
    return number, metric, number.end, (pos, after)


@cache
def _month_word() -> re.Pattern:
    months = sorted({fold(str(m)) for m in load("events").get("months") or []}, key=len, reverse=True)
    return re.compile(r"(?:{})\b".format("|".join(re.escape(m) for m in months) or "\0"))


# "Fréquentation : 1 200 visiteurs", "Durée – 2 journées": a label that is not a metric term,
# then a number and its term.
_OTHER_LABEL = re.compile(r"[^\W\d_][^\d:|–—]{0,40}?(?:\s*:\s*|\s+[–—-]\s+)")
_ONE_WORD_LABEL = re.compile(r"[^\W\d_]{3,20}\s+")


def _labelled_number_first(folded: str, text: str, pos: int):
    m = _OTHER_LABEL.match(folded, pos)
    if m is None and len(folded) - pos <= 80:
        m = _ONE_WORD_LABEL.match(folded, pos)       # a table row "Fréquentation 1 200 visiteurs"
    hit = number_first(folded, text, m.end()) if m else None
    if hit is None and len(folded) - pos <= 80 and (report := _sessions_reported().match(folded, pos)):
        hit = number_first(folded, text, report.end())
        sessions = set(load("metrics").get("session_metrics") or [])
        hit = hit if hit and hit[1] in sessions else None
    return hit


@cache
def _sessions_reported() -> re.Pattern:
    """A programme item reporting back on the event's sessions, before their count (metrics.yaml
    `event_prose.sessions_reported`): "Restitution des 5 ateliers"."""
    words = (load("metrics").get("event_prose") or {}).get("sessions_reported") or ["\0"]
    keys = sorted({fold(str(w)).replace("’", "'") for w in words}, key=len, reverse=True)
    return re.compile(r"(?:{})\s+(?:des|les|nos|ces|de\s+nos|de\s+ces)\s+".format("|".join(re.escape(k) for k in keys)))


@cache
def _title_opener() -> re.Pattern:
    """A title's words, then an opener of metrics.yaml `event_prose.openers` ("avec", "fort de")
    right before its count: "Une belle affluence avec 420 participants"."""
    openers = (load("metrics").get("event_prose") or {}).get("openers") or ["\0"]
    words = "|".join(re.escape(fold(str(w)).replace("’", "'")) for w in sorted(openers, key=len, reverse=True))
    return re.compile(r"(?:[^\W\d][\w'-]*\s+){1,%d}(?:%s)\s+" % (_TITLE_MAX_WORDS, words))


# A title line states at most this many words before its count.
_TITLE_MAX_WORDS = 8


def _title_count(folded: str, text: str, pos: int, previous: str):
    """A title line that ends with a count: "Un beau succès avec 500 participants",
    "Un succès avec plus de 900 visiteurs !" (no sentence before it on its line, nothing after
    the counted word but a mark, the line above ending a sentence or blank)."""
    if previous.strip() and not previous.rstrip().endswith((".", "!", "?", ":", "»")):
        return None
    m = _title_opener().match(folded, pos)
    if m and (prose_patterns()["sessions"].search(folded, pos, m.end())
              or prose_patterns()["elsewhere"].search(folded, pos)):
        return None       # "Le premier atelier avec 35 participants", "L'an dernier, avec 300 visiteurs"
    hit = number_first(folded, text, m.end()) if m else None
    if hit is None or folded[hit[2]:].strip(" !.…"):
        return None
    return hit


# A count of days or partners opening a line (metrics.yaml `sentence_weak_metrics`) is a headline
# figure when little follows it ("2 jours", "3 jours de fête du 3 au 5 juillet", "25 partenaires"),
# not when a sentence goes on after it ("3 partenaires ont financé le projet : ...").
_WEAK_LINE_MAX_WORDS = 6


@cache
def _weak_in_sentences() -> frozenset[str]:
    return frozenset(load("metrics").get("sentence_weak_metrics") or [])


def _sentence_after(folded: str, end: int) -> bool:
    """Whether a sentence goes on after a count's term: a comma clause or more than a few words."""
    rest = folded[end:]
    if re.match(r"[^,;:]{0,40},\s*(?:\d|(?:plus|pres|moins|environ|une?)\b)", rest):
        return False        # "3 jours, 40 exposants": more counts, not a sentence
    return bool(re.match(r"[^,;:]{0,40},\s*[^\W\d]", rest)) or len(re.findall(r"[^\W\d][\w']*", rest)) > _WEAK_LINE_MAX_WORDS


def _continues_prose(previous: str) -> bool:
    """A line of a wrapped paragraph (a PDF's text flow): the previous line is long, is not a list
    item and does not end a sentence, so this line starts in the middle of a sentence. (The caller
    checks that the previous line is not a headline line itself.)"""
    body = previous.strip()
    return (len(body) >= 50 and not body.endswith((".", ":", ";", "!", "?", "»", ")"))
            and LIST_MARKER.match(previous).end() == len(previous) - len(previous.lstrip()))


def _context_line(folded: str, probe: str, number):
    """A line that is only a count of `attendance_context_terms` ("1 200 personnes"): a headline
    line in a block of several metrics only (``_headline_figures``)."""
    cursor = len(folded) - len(folded[number.end:].lstrip(" "))
    found = term_at(folded, cursor, context_terms())
    if not found or found[0] not in attendance_group() or term_at(folded, cursor) is not None:
        return None
    # alone on its line, or first of a line of counts ("500 personnes, 48 intervenants, 28 partenaires")
    if re.search(r"\w", folded[found[1]:]) and not _LIST_OF_COUNTS.match(folded, found[1]):
        return None
    return number, found[0], found[1], (cursor, found[1])


# The rest of a line of counts after its first: a separator, then another number.
_LIST_OF_COUNTS = re.compile(r"\s*[,;|·–—-]\s*\d")


def _next_text_line(lines: list[Line], i: int) -> int | None:
    """The index of the line after line ``i``, over one blank line: a web page's card sets its
    number and its caption in two blocks ("350", blank line, "participants")."""
    for k in range(i + 1, min(i + 3, len(lines))):
        if lines[k].body.strip():
            return k
    return None


def _label_above(number, probe: str, pos: int, lines: list[Line], i: int, captions: set[int]):
    """A key-figure card whose label comes first: "Visiteurs" on its line, then "1 200" alone on
    the next (over one blank line), the label not already read as the caption of a number above it
    -> (index of the label line, metric, word) or None."""
    if number.start != pos or number.end < len(probe.rstrip()):
        return None
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        if lines[k].body.strip():
            break
    else:
        return None
    if k in captions:
        return None
    label = _metric_of_label(lines[k].body)
    if label is None:
        return None
    return k, label[0], label[1]


def _caption_below(number, probe: str, pos: int, next_line: Line | None):
    """A key-figure card: the number alone on its line ("Plus de 30"), what it counts on the next
    line ("exposants", "d'exposants"), a short caption -> (metric, end of the caption, the counted
    word) or None."""
    if next_line is None or number.end < len(probe.rstrip()) or number.start != pos:
        return None
    caption = next_line.body.strip()
    folded = fold(caption).replace("’", "'")
    lead = re.match(r"(?:de\s+|d')?", folded).end()
    found = term_at(folded, lead)
    if not found or len(folded) - found[1] > 40:
        return None
    return found[0], next_line.body_start + len(next_line.body.rstrip()), caption[lead:found[1]]



def _metric_of_label(cell: str) -> tuple[str, str] | None:
    """(metric, word) of a table header cell that is only a metric's word: "Participants",
    "Nombre d'exposants", "Ateliers :"."""
    folded = fold(cell).replace("’", "'").strip(" :")
    pos = 0
    for prefix in _label_prefixes():
        if folded.startswith(prefix) and (prefix.endswith("'") or folded[len(prefix):len(prefix) + 1] == " "):
            pos = len(folded) - len(folded[len(prefix):].lstrip(" "))
            break
    found = term_at(folded, pos)
    if not found or found[1] != len(folded):
        return None
    return found[0], cell.strip(" :")[pos:found[1]]
