"""What a release's validation report says besides the schema validation: which documents were
read, which were skipped and why, and the consistency warnings (soft rules that do not block)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from ..extract.polls import poll_share_warnings
from ..extract.programme import programme_consistency
from ..validation.report import ValidationReport


def _rows(tables: dict[str, pa.Table], name: str) -> list[dict]:
    table = tables.get(name)
    return table.to_pylist() if table is not None else []


def programme_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """The headline figures against the programme read in the same document (speakers announced
    against names listed, round tables announced against round tables found...)."""
    return programme_consistency(
        _rows(tables, "key_figures"),
        {"sessions": _rows(tables, "sessions"), "session_speakers": _rows(tables, "session_speakers")},
    )


def poll_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """Poll shares that do not add up to 100 %, options without a share, averages off their scale."""
    return poll_share_warnings(_rows(tables, "poll_questions"), _rows(tables, "poll_options"))


def consistency_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """Every soft rule at once, for the release notes: these never block a release."""
    return programme_warnings(tables) + poll_warnings(tables)


@dataclass
class RunNotes:
    documents: list[dict] = field(default_factory=list)   # file, source_id, status, reason, notes
    warnings: list[str] = field(default_factory=list)
    quality: list[str] = field(default_factory=list)   # measured against hand-checked files

    @property
    def skipped(self) -> list[dict]:
        return [d for d in self.documents if d["status"] == "skipped"]

    def to_dict(self) -> dict:
        return {"documents": self.documents, "warnings": self.warnings, "quality": self.quality}


def drop_documents_without_data(tables: dict[str, pa.Table], docs) -> tuple[dict[str, pa.Table], RunNotes]:
    """A document from which no table but ``sources`` got a row is not published: its ``sources``
    row is removed, and the notes say it was skipped and why. The other documents go on."""
    used: set[str] = set()
    for name, table in tables.items():
        if name != "sources" and "source_id" in table.column_names:
            used.update(v for v in table.column("source_id").to_pylist() if v)
    notes = RunNotes()
    for doc in docs:
        entry = {"file": doc.file_name, "source_id": doc.source_id, "pages": doc.page_count, "notes": list(doc.notes)}
        if doc.source_id in used:
            notes.documents.append(entry | {"status": "published", "reason": None})
        else:
            notes.documents.append(entry | {"status": "skipped", "reason": "no event, figure or other data found in it"})
    sources = tables.get("sources")
    if sources is not None and sources.num_rows:
        keep = pc.is_in(sources.column("source_id"), value_set=pa.array(sorted(used), pa.string()))
        tables = dict(tables, sources=sources.filter(keep))
    return tables, notes


def validation_markdown(package: str, version: str, report: ValidationReport, notes: RunNotes | None) -> str:
    lines = [f"# Validation of {package} {version}", "", "## Table Schemas (Frictionless)", "", report.summary(), ""]
    if notes is not None:
        lines += ["## Documents", ""]
        for d in notes.documents:
            state = "published" if d["status"] == "published" else f"skipped: {d['reason']}"
            extra = "".join(f"; {n}" for n in d["notes"])
            lines.append(f"- `{d['file']}` ({d['pages']} pages): {state}{extra}")
        lines += ["", "## Consistency warnings", ""]
        lines += [f"- {w}" for w in notes.warnings] or ["None."]
        lines += ["", "## Extraction quality against hand-checked files", ""]
        lines += [f"- {q}" for q in notes.quality] or ["No hand-checked file for these documents: not measured."]
    return "\n".join(lines) + "\n"
