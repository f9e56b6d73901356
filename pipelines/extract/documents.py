"""Documents -> the rows of each published table. Identifiers are derived from content
(source id, event name and year, metric), never from row order, so releases compare row by row."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from ..document import Document
from ..document.manifest import slugify
from .budget import ExtractionBudget, check_figures, check_time, running
from .claims import cited_figures
from .events import extract_event
from .headline import extract_headline_figures
from .headline_terms import HeadlineFigure
from .numbers import as_number
from .per_document import document_scope
from .quantities import NUMBER_TOKEN
from .polls import extract_polls, poll_table_rows
from .programme import extract_programme
from .results import Event
from .strategy import strategy_rows

Rows = list[dict]


def source_rows(docs: list[Document]) -> Rows:
    return [
        {
            "source_id": d.source_id,
            "file_name": d.file_name,
            "media_type": d.media_type,
            "bytes": d.bytes,
            "sha256": d.sha256,
            "pages": d.page_count,
            "title": d.title,
            "publisher": d.publisher,
            "kind": d.kind,
            "published_date": d.date if d.date and len(d.date) == 10 else None,
            "license": d.license,
            "in_manifest": d.in_manifest,
            "encoding": d.encoding,
        }
        for d in docs
    ]


def opaque_speaker_id(speaker_id: str) -> str:
    return "speaker-" + hashlib.sha256(speaker_id.encode("utf-8")).hexdigest()[:16]


def event_id_for(name: str, year: int | None, source_id: str) -> str:
    return slugify(f"{name} {year}") if year else f"{source_id}--{slugify(name)}"


def extract_events(docs: list[Document]) -> list[Event]:
    """The events pass: the event each document describes (an event described twice is kept once)."""
    events: list[Event] = []
    seen: set[str] = set()
    for d in docs:
        info = extract_event(d)
        if info is None:
            continue
        event_id = event_id_for(info.name, info.year, d.source_id)
        if event_id in seen:
            continue
        seen.add(event_id)
        events.append(Event(event_id, d.source_id, info.name, info.edition, info.year, info.start_date,
                            info.end_date, info.venue, info.organizer))
    return events


def event_rows(docs: list[Document]) -> Rows:
    return [e.row() for e in extract_events(docs)]


@dataclass(frozen=True)
class KeyFigure:
    """A headline figure of a document that describes an event."""
    event_id: str
    source_id: str
    figure: HeadlineFigure

    def row(self) -> dict:
        fig = self.figure
        return {
            "key_figure_id": f"{self.event_id}:{fig.metric}",
            "event_id": self.event_id,
            "source_id": self.source_id,
            "metric": fig.metric,
            "value": as_number(fig.value),
            "unit": fig.unit,
            "approximate": fig.approximate,
            "comparator": fig.comparator,
            "quote": fig.quote,
            "page": fig.page,
            "char_start": fig.char_start,
            "char_end": fig.char_end,
            "word": fig.word or None,
        }


def extract_key_figures(docs: list[Document], events: Sequence[Event]) -> list[KeyFigure]:
    """The headline pass over the documents that describe an event."""
    event_of = {e.source_id: e.event_id for e in events}
    found: list[KeyFigure] = []
    for d in docs:
        event_id = event_of.get(d.source_id)
        if event_id is None:
            continue
        found.extend(KeyFigure(event_id, d.source_id, fig) for fig in extract_headline_figures(d))
    return found


def key_figure_rows(docs: list[Document], events: Rows) -> Rows:
    return [k.row() for k in extract_key_figures(docs, [Event.from_row(e) for e in events])]


def figure_count(text: str, stop: int | None = None) -> int:
    """Numbers written in digits in ``text`` (one linear scan), counted up to ``stop``."""
    return sum(1 for _ in islice(NUMBER_TOKEN.finditer(text), stop))


def extract_document(doc: Document, publish_person_names: bool = True,
                     budget: ExtractionBudget | None = None) -> dict[str, Rows]:
    """Every row one document contributes, per table. Pure: the same document and rules give the
    same rows, which is what lets the pipeline cache them by content. Each pass returns a typed
    result and reads those of the passes before it (the event: programme, headline and cited
    figures; the programme: cited figures and polls); the rows are built from them once, at the
    end (the strategy pass, which reads no other, still gives its rows). Every pass reads the
    people's names (attribution needs them); the person-name switch is applied to the finished rows.

    A document over its extraction ``budget`` (figures in it, wall time of its extraction) raises
    :class:`~pipelines.extract.budget.ExtractionBudgetExceeded`, naming the file and the limit."""
    budget = budget or ExtractionBudget()
    if budget.max_figures:
        check_figures(doc.file_name, figure_count(doc.text, budget.max_figures + 1), budget)
    with running(doc.file_name, budget), document_scope():
        docs = [doc]
        events = extract_events(docs)
        check_time()
        programme = extract_programme(docs, events)
        check_time()
        key_figures = extract_key_figures(docs, events)
        check_time()
        cited = cited_figures(docs, events, programme)
        check_time()
        polls = extract_polls(docs, programme)
        check_time()
        strategy = strategy_rows(docs)
        check_time()
    rows = {
        "sources": source_rows(docs),
        "events": [e.row() for e in events],
        "key_figures": [k.row() for k in key_figures],
        **programme.rows(),
        "cited_figures": [f.row() for f in cited],
        **poll_table_rows(polls),
        "strategy_axes": strategy,
    }
    return rows if publish_person_names else withhold_person_names(rows)


PERSON_NAME_COLUMNS = ("full_name", "given_name", "family_name", "aliases")


def withhold_person_names(rows: dict[str, Rows]) -> dict[str, Rows]:
    """The same rows without people's names: each speaker gets an opaque identifier (a hash of the
    identifier made from the name), the same in every table that points at it; name columns are
    emptied. Roles and organisations stay."""
    opaque = {s["speaker_id"]: opaque_speaker_id(s["speaker_id"]) for s in rows.get("speakers", [])}
    out = {}
    for table, table_rows in rows.items():
        fresh = []
        for row in table_rows:
            if "speaker_id" in row and row["speaker_id"] is not None:
                row = row | {"speaker_id": opaque.get(row["speaker_id"], opaque_speaker_id(row["speaker_id"]))}
            if table == "speakers":
                row = row | {column: None for column in PERSON_NAME_COLUMNS}
            fresh.append(row)
        out[table] = fresh
    return out


def merge_extracts(extracts: list[dict[str, Rows]], primary_keys: dict[str, list[str]]) -> dict[str, Rows]:
    """Concatenate the documents' rows per table; a row whose primary key an earlier document
    already gave (the same event described by two documents) is kept once."""
    merged: dict[str, Rows] = {}
    seen: dict[str, set] = {}
    for extract in extracts:
        for table, rows in extract.items():
            keys = primary_keys.get(table) or []
            bucket = merged.setdefault(table, [])
            taken = seen.setdefault(table, set())
            for row in rows:
                key = tuple(row.get(k) for k in keys) if keys else None
                if key is not None and key in taken:
                    continue
                if key is not None:
                    taken.add(key)
                bucket.append(row)
    return merged
