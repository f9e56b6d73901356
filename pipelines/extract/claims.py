"""Cited figures as rows: every quantitative claim of a document with its quote, unit, measure,
theme, session and, when the text supports it, who said it (``mentions``, ``attribution``); and
the energy and resource savings among them."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache, lru_cache

from ..document import Document
from ..lexicons import load
from .budget import check_time
from .numbers import as_number
from .patterns import LazyPattern
from .quantities import Quantity
from .polls import poll_spans
from .programme_index import ProgrammeIndex
from .results import Event, Programme
from .figure_repeats import _group
from .figure_text import Mention, Rows, _lex, _norm
from .mentions import find_mentions
from .attribution import attribute

COLUMNS = [
    "figure_id", "source_id", "session_id", "value", "value_max", "unit", "approximate", "comparator",
    "measure", "theme", "speaker_id", "organization", "quote", "page", "char_start", "char_end", "occurrences",
]


@dataclass(frozen=True)
class CitedFigure:
    """A cited figure of a document: its fields are the columns of its row (COLUMNS)."""
    figure_id: str
    source_id: str
    session_id: str | None
    value: float | int
    value_max: float | int | None
    unit: str | None
    approximate: bool
    comparator: str | None
    measure: str | None
    theme: str
    speaker_id: str | None
    organization: str | None
    quote: str
    page: int | None
    char_start: int
    char_end: int
    occurrences: int

    def row(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# =========================================================================== themes
@cache
def _theme_patterns() -> list[tuple[str, list[tuple[str, re.Pattern]]]]:
    """Per theme, its keywords: (the longest word of the keyword, its pattern). A text that lacks
    that word cannot match the pattern, which is then not run (most keywords are absent from a
    quote) nor compiled."""
    spec = load("themes")
    out = []
    for theme, words in spec["themes"].items():
        pats = []
        for w in words or []:
            key = " ".join(_norm(str(w)).split())
            pats.append((max(key.split() or [""], key=len), LazyPattern(
                r"(?<![a-z0-9])" + re.escape(key).replace(r"\ ", r"\s+") + r"(?:s|x)?(?![a-z0-9])")))
        out.append((theme, pats))
    return out


@lru_cache(maxsize=4096)
def classify_theme(quote: str, measure: str = "", session_title: str | None = None) -> str:
    """The theme of a figure from the keywords of themes.yaml (measure first, then the quote,
    then the session title), else "other". The quote is a sentence (bounded, see mentions.py);
    a sentence repeated through a document is classified once."""
    weight = float(load("themes").get("measure_weight", 3))
    best, best_score = "other", 0.0
    q, m = _norm(quote), _norm(measure)
    for theme, pats in _theme_patterns():
        score = 0
        for word, p in pats:
            a = len(p.findall(m)) if word in m else 0
            b = len(p.findall(q)) if word in q else 0
            if a or b:
                score += weight * a + b
        if score > best_score:
            best, best_score = theme, score
    if best_score == 0 and session_title:
        return classify_theme(session_title)
    return best


# =========================================================================== rows
_DIGITS = re.compile(r"\d+(?:[ ,.\u202f\u00a0\u2009]\d+)*")


def figure_id_for(source_id: str, quote: str, q: Quantity, offset_in_quote: int) -> str:
    """Stable across a corrected value: the quote with its numbers masked, the unit, and which
    number of the quote this is. "120 exposants" corrected to "125 exposants" keeps its
    identifier, so a release shows a changed value rather than a row removed and another added."""
    masked = _DIGITS.sub("#", " ".join(_norm(quote).split()))
    ordinal = len(_DIGITS.findall(quote[:offset_in_quote]))
    key = "|".join([masked, q.unit or "", str(ordinal)])
    return f"{source_id}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def unique_id(base: str, seen: dict[str, int]) -> str:
    """``base``, else (the same sentence with the same numbers again) ``base-2``, ``base-2-2``,
    ``base-2-2-2``, then ``base-5``, ``base-6``... so that an identifier stays short however
    often a sentence is repeated. ``seen``: base -> how many identifiers it has given."""
    count = seen.get(base, 0) + 1
    seen[base] = count
    return base + ("-2" * (count - 1) if count <= 4 else f"-{count}")


def document_figures(doc: Document, index: ProgrammeIndex | None = None, has_event: bool = False) -> list[CitedFigure]:
    """The cited figures of one document."""
    index = index or ProgrammeIndex(None)
    mentions = find_mentions(doc, key_figures_published=has_event)

    def session_of(m: Mention):
        s = index.session_at(doc.source_id, m.q.number_start)
        return s.session_id if s else None

    polls = poll_spans(doc)
    rows: list[CitedFigure] = []
    seen: dict[str, int] = {}
    groups = _group(doc, mentions, session_of)
    primaries = [((([m for m in g if not m.pull_quote]) or g)[0], g) for g in groups]
    primaries.sort(key=lambda pg: pg[0].q.number_start)
    for _, group in primaries:
        check_time()
        body = [m for m in group if not m.pull_quote]
        primary = (body or group)[0]
        session = index.session_at(doc.source_id, primary.q.number_start)
        who = attribute(doc, index, session, primary, polls)
        s, e = primary.sentence
        quote = doc.text[s:e]
        q = primary.q
        figure_id = unique_id(figure_id_for(doc.source_id, quote, q, q.number_start - s), seen)
        rows.append(CitedFigure(
            figure_id=figure_id,
            source_id=doc.source_id,
            session_id=session.session_id if session else None,
            value=as_number(round(q.value, 6)),
            value_max=as_number(round(q.value_max, 6)) if q.value_max is not None else None,
            unit=q.unit,
            approximate=bool(q.approximate),
            comparator=q.comparator,
            measure=primary.measure or None,
            theme=classify_theme(quote, primary.measure, session.title if session else None),
            speaker_id=who.speaker_id,
            organization=who.organization,
            quote=" ".join(quote.split()),      # the layout's line breaks and runs of spaces collapsed
            page=doc.page_of(s),
            char_start=s,
            char_end=e,
            occurrences=len(group),
        ))
    return rows


def cited_figures(docs: list[Document], events: Sequence[Event] = (), programme: Programme | dict | None = None) -> list[CitedFigure]:
    """The cited figures pass. ``programme`` (the programme pass's result, or its tables' rows:
    see ProgrammeIndex) gives session_id and attribution; without it those stay empty.
    ``events``: a document with an event publishes its headline figures as key figures, which
    are then not repeated here (a figure's event is its session's)."""
    index = ProgrammeIndex(programme)
    with_event = {e.source_id for e in events}
    found: list[CitedFigure] = []
    for doc in docs:
        found.extend(document_figures(doc, index, doc.source_id in with_event))
    return found


def cited_figure_rows(docs: list[Document], events: Rows | None = None, programme: dict | None = None) -> Rows:
    """cited_figures rows for the documents (:func:`cited_figures`); events and programme given as
    rows ({"sessions", "speakers", "session_speakers"})."""
    return [f.row() for f in cited_figures(docs, [Event.from_row(e) for e in events or []], programme)]


# =========================================================================== energy savings
def _saving_terms() -> list[str]:
    # longest first (a regular expression tries them in this order), then alphabetical: the same
    # order in every process (a set's order changes with the hash seed), so the same view in the warehouse
    return sorted({" ".join(_norm(t).split()) for t in _lex()["savings"]["terms"]}, key=lambda t: (-len(t), t))


def is_energy_saving(row: dict) -> bool:
    """A figure of an energy or water theme whose quote speaks of a saving ("économie",
    "économiser", "réduire", "baisse"...), words of claims.yaml `savings`."""
    if row.get("theme") not in set(_lex()["savings"]["themes"]):
        return False
    quote = " ".join(_norm(row.get("quote") or "").split())
    return any(re.search(r"(?<![a-z])" + re.escape(t) + r"(?![a-z])", quote) for t in _saving_terms())


def energy_savings(rows: Rows) -> Rows:
    """The energy and resource savings among cited figures (same columns): published as the
    ``energy_savings`` selection. See :func:`energy_savings_sql` for the same rule as a DuckDB view."""
    return [dict(r) for r in rows if is_energy_saving(r)]


def energy_savings_sql(table: str = "cited_figures") -> str:
    """The same selection as a DuckDB query over the published table, built from the lexicon:
    ``CREATE VIEW energy_savings AS <this>``."""
    themes = ", ".join("'" + t.replace("'", "''") + "'" for t in _lex()["savings"]["themes"])
    alternatives = "|".join(re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", t).replace("'", "''") for t in _saving_terms())
    normalised = ("regexp_replace(lower(strip_accents(replace(quote, '’', ''''))), '\\s+', ' ', 'g')")
    return (f"SELECT * FROM {table} WHERE theme IN ({themes}) AND "
            f"regexp_matches({normalised}, '(^|[^a-z])({alternatives})([^a-z]|$)')")
