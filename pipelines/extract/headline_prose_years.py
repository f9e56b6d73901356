"""Whether a count read in prose is another year's (headline_prose.py, headline.py and
headline_lines.py ask): a sentence opening with a year before the document's own ("En 2016, ..."), an
event said to have been held in an earlier year ("qui s'est tenu en 2019"), a count given as an
earlier edition's ("3 200 visiteurs de l'édition 2019"). The document's own year: its date, its
titles and the edition it names as its own."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, load
from .headline_prose_scope import _document_title, _held_verb, _words
from .per_document import per_document


# A sentence opening with a year ("En 2016, ...", "En 2016 déjà, ..."); its counts are that year's.
_YEAR_LEAD = re.compile(r"\s*en\s+((?:19|20)\d{2})(?![\w])")
_YEAR = re.compile(r"(?<![\w])((?:19|20)\d{2})(?![\w])")


def _earlier_year_lead(doc: Document, fsent: str) -> bool:
    """Whether a sentence opens with a year before the document's own (``_own_year``): "En 2016,
    une trentaine d'associations étaient présentes" in an article on the 2017 edition tells of
    an earlier edition, as "l'an dernier" does (metrics.yaml `not_this_event`)."""
    m = _YEAR_LEAD.match(fsent)
    if m is None:
        return False
    own = _own_year(doc)
    if own is None:
        own = _chronology_year(doc)
    return own is not None and int(m.group(1)) < own


# A sentence opening with a year and a comma, as a chronology of editions tells them: "En 2016, ...".
_CHRONOLOGY_LEAD = re.compile(r"(?:^|[.!?]\s+|\n\s*)en\s+((?:19|20)\d{2})\s*,")


@per_document
def _chronology_year(doc: Document) -> int | None:
    """For a document naming no year of its own, the latest of the years opening its sentences when
    it opens at least two with different years: "En 2012, le salon comptait 80 stands. En 2016, ..."
    tells the editions in turn, the last one being the document's (None otherwise)."""
    years = {int(y) for y in _CHRONOLOGY_LEAD.findall(fold(doc.text))}
    return max(years) if len(years) >= 2 else None


@cache
def _held_in_year() -> re.Pattern:
    """A past verb of taking place (``_held_verb``, or metrics.yaml `event_prose.edition_held`: "a
    tenu son congrès") then, in the same clause, "en" and a year, a month name between them or not:
    "qui s'est tenu en 2019", "qui a tenu son congrès à Valbrune en mai 2019"."""
    extra = [str(v) for v in (load("metrics").get("event_prose") or {}).get("edition_held") or []] or ["\0"]
    months = [str(m) for m in load("events").get("months") or {}] or ["\0"]
    return re.compile(r"(?:%s|(?<![\w'])(?:%s)(?![\w]))[^.;:!?()«»]{0,60}?(?<![\w])en\s+(?:(?:%s)\s+)?((?:19|20)\d{2})(?![\w])"
                      % (_held_verb().pattern, _words(extra), _words(months)))


def _held_in_earlier_year(doc: Document, fsent: str) -> bool:
    """Whether a sentence says of the event it counts that it was held in a year before the
    document's own (``_own_year``): "le salon de Valbrune, qui s'est tenu en 2019, a accueilli
    9 000 visiteurs" in a 2021 article tells of another event or edition, not of the one reported."""
    own = _own_year(doc)
    return own is not None and any(int(m.group(1)) < own for m in _held_in_year().finditer(fsent))


# An edition named by its year right after the counts: "3 200 visiteurs de l'édition 2019",
# "lors de l'édition de 2019" (folded apostrophes, accents kept or not).
_EDITION_OF_YEAR = re.compile(r"[^.;:!?()]{0,30}?(?<![\w])(?:de|lors de|pendant|pour)\s+l'[ée]dition\s+(?:de\s+)?((?:19|20)\d{2})(?![\w])")


def _earlier_edition_named(doc: Document, fsent: str, end: int) -> bool:
    """Whether the counts ending at ``end`` are given as an edition's of a year before the
    document's own (``_own_year``): "le chiffre de 3 200 visiteurs de l'édition 2019 sera battu"
    in a report of 2021 counts the earlier edition."""
    m = _EDITION_OF_YEAR.match(fsent, end)
    if m is None:
        return False
    own = _own_year(doc)
    return own is not None and int(m.group(1)) < own


@per_document
def _own_year(doc: Document) -> int | None:
    """The latest year among the document's date, its titles and the edition it names as its own
    ("cette édition 2031", "notre édition de 2031": events.yaml `current_edition_markers`); None
    when none of them names one."""
    markers = (load("events").get("current_edition_markers") or ["\0"])
    own = re.compile(r"(?<![\w])(?:%s)\s+(?:\w+\s+)?edition\s+(?:de\s+)?((?:19|20)\d{2})(?![\w])" % _words(markers))
    years = [int(y) for y in _YEAR.findall(" ".join([doc.date or "", _document_title(doc)]))]
    years += [int(m.group(1)) for m in own.finditer(fold(doc.text))]
    return max(years) if years else None
