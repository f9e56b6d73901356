"""The real corpus (``tests/real/``): every document read by the pipeline's reader and extracted
by the pipeline's extraction, as a publish run does, then scored against its hand-checked file.

``python -m pipelines.evaluation`` (``make eval``) prints a table, document by field, with the
misses listed under it, and writes ``eval/results.json``. A third of the documents, chosen by a
hash of their id (``split_of``), are the held-out ``test`` part: scored, never tuned on; the others
are the ``dev`` part."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .. import yamlio
from ..errors import SourceError
from ..settings import PROJECT_ROOT
from .scorer import DocumentScore, score_document, summarise

REAL_DIR = PROJECT_ROOT / "tests" / "real"
RESULTS = PROJECT_ROOT / "eval" / "results.json"
SPLITS = ("dev", "test")
# The document the extractors were first written for: always in the dev part.
TUNED_ON = frozenset({"numericamp-2024-bilan"})


def split_of(document_id: str) -> str:
    """'test' for about one document in three, by a hash of its id: the part a document falls in
    is fixed before anyone sees its score, and adding documents moves no other."""
    if document_id in TUNED_ON:
        return "dev"
    return "test" if int(hashlib.sha256(document_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def half_of(document_id: str) -> str:
    """'a' or 'b': the half of the dev part a document falls in, by another hash of its id. A rule
    is written from one half's documents and kept only if the other half does not fall (neither
    fewer matched nor more wrong answers): a check on dev of what a rule owes to the documents it
    was written from, before the held-out part is scored."""
    return "a" if int(hashlib.sha256(f"half:{document_id}".encode()).hexdigest(), 16) % 2 == 0 else "b"


@dataclass(frozen=True)
class Case:
    id: str
    folder: Path
    file: Path
    expected: dict
    provenance: dict
    split: str

    @property
    def format(self) -> str:
        return str(self.provenance.get("format") or self.file.suffix.lstrip("."))


def load_corpus(folder: Path = REAL_DIR) -> list[Case]:
    """Every document folder of the corpus, in the order of their ids."""
    cases = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and (p / "expected.yaml").is_file()):
        expected = yamlio.safe_load((sub / "expected.yaml").read_text(encoding="utf-8"))
        provenance = yamlio.safe_load((sub / "provenance.yaml").read_text(encoding="utf-8")) if (sub / "provenance.yaml").is_file() else {}
        cases.append(Case(sub.name, sub, sub / expected["document"], expected, provenance or {},
                          split_of(sub.name)))
    return cases


def extract_case(case: Case) -> dict[str, list[dict]]:
    """The rows the pipeline publishes for this document, with the manifest fields a data officer
    would write for it (title, publisher, date, URL, licence)."""
    from ..extract.documents import extract_document
    from ..document import read_document
    from ..document.manifest import SourceEntry

    p = case.provenance
    entry = SourceEntry(id=case.id, file=case.file.name, path=case.file.resolve(), title=p.get("title"),
                        publisher=p.get("publisher"), date=str(p["date"]) if p.get("date") else None,
                        license=p.get("licence"), url=p.get("url"))
    return extract_document(read_document(entry))


@dataclass
class CaseResult:
    case: Case
    score: DocumentScore
    error: str | None
    seconds: float
    rows: dict[str, list[dict]] | None = None


def evaluate(cases: list[Case]) -> list[CaseResult]:
    results = []
    for case in cases:
        start = time.perf_counter()
        error = None
        try:
            rows = extract_case(case)
        except SourceError as exc:   # a document the pipeline refuses scores nothing
            rows, error = {}, str(exc)
        results.append(CaseResult(case, score_document(case.expected, rows, case.id), error,
                                  time.perf_counter() - start, rows))
    return results


def summary(results: list[CaseResult]) -> dict:
    parts = {"all": results} | {s: [r for r in results if r.case.split == s] for s in SPLITS}
    return {name: {"documents": len(rs)} | summarise([r.score for r in rs]) for name, rs in parts.items()}


def results_json(results: list[CaseResult]) -> dict:
    return {
        "date": dt.date.today().isoformat(),
        "corpus": str(REAL_DIR.relative_to(PROJECT_ROOT)),
        "summary": summary(results),
        "documents": [
            {"id": r.case.id, "split": r.case.split, "format": r.case.format,
             "genre": r.case.provenance.get("genre"), "error": r.error, "seconds": round(r.seconds, 3)}
            | r.score.as_dict()
            for r in results
        ],
    }


# --------------------------------------------------------------------------- the table
COLUMNS = [("event", "event"), ("event_fields", "ev.fields"), ("key_figures", "key fig."), ("sessions", "sessions"),
           ("speakers", "speakers"), ("cited_figures", "cited fig."), ("attribution", "attrib."),
           ("poll_options", "polls"), ("strategy_axes", "axes")]


def _cell(tally: dict) -> str:
    """'R/P' with the counts behind them: recall and precision, '-' where nothing was expected
    or found."""
    if not tally["expected"] and not tally["found"]:
        return "."
    r = "-" if tally["recall"] is None else f"{tally['recall']:.2f}"
    p = "-" if tally["precision"] is None else f"{tally['precision']:.2f}"
    return f"{r}/{p}"


def format_table(results: list[CaseResult], misses: bool = True) -> str:
    width = max([len(r.case.id) for r in results] + [10]) + 2
    head = "document".ljust(width) + "split fmt  " + "".join(label.rjust(11) for _, label in COLUMNS)
    lines = ["Recall/precision per field ('.' nothing expected nor found; '-' undefined).", "", head, "-" * len(head)]
    for r in results:
        fields = r.score.as_dict()["fields"]
        lines.append(r.case.id.ljust(width) + r.case.split.ljust(6) + r.case.format.ljust(5)
                     + "".join(_cell(fields[k]).rjust(11) for k, _ in COLUMNS)
                     + ("   REFUSED" if r.error else ""))
    lines.append("-" * len(head))
    for name, part in summary(results).items():
        if not part["documents"]:
            continue
        lines.append(f"{name} ({part['documents']} documents), micro".ljust(width + 11)
                     + "".join(_cell(part[k]).rjust(11) for k, _ in COLUMNS))
        lines.append("   macro".ljust(width + 11) + "".join(
            (_macro(part[k])).rjust(11) for k, _ in COLUMNS))
        sc = part["sessions_count"]
        lines.append(f"   sessions count right in {sc['right']} of {sc['programmes']} programmes; "
                     f"numbers published that are not figures: {part['not_figures_published']}")
    if misses:
        lines.append("")
        for r in results:
            detail = _misses(r)
            if detail:
                lines.append(f"{r.case.id} ({r.case.split}):")
                lines.extend(f"  {line}" for line in detail)
    return "\n".join(lines)


def _macro(part: dict) -> str:
    r, p = part["macro_recall"], part["macro_precision"]
    if r is None and p is None:
        return "."
    return f"{'-' if r is None else f'{r:.2f}'}/{'-' if p is None else f'{p:.2f}'}"


def _misses(r: CaseResult, limit: int = 12) -> list[str]:
    out = [f"refused by the pipeline: {r.error}"] if r.error else []
    for name, t in r.score.fields.items():
        for what, items in (("missed", t.misses), ("unexpected", t.unexpected)):
            if items:
                shown = "; ".join(items[:limit]) + (f"; … {len(items) - limit} more" if len(items) > limit else "")
                out.append(f"{name} {what}: {shown}")
    if r.score.forbidden:
        out.append("not figures, published as figures: " + "; ".join(r.score.forbidden))
    return out


def markdown(results: list[CaseResult]) -> str:
    """The summary and the per-document table in Markdown, for the README."""
    parts = summary(results)
    head = "| part | " + " | ".join(label for _, label in COLUMNS) + " |"
    rule = "|---|" + "---:|" * len(COLUMNS)
    lines = ["Micro averages (counts added over the documents), then macro (mean of the documents' own rates); "
             "each cell is recall/precision.", "", head, rule]
    for name in ("dev", "test", "all"):
        part = parts[name]
        lines.append(f"| {name} ({part['documents']}), micro | " + " | ".join(_cell(part[k]) for k, _ in COLUMNS) + " |")
        lines.append(f"| {name}, macro | " + " | ".join(_macro(part[k]) for k, _ in COLUMNS) + " |")
    lines.append("")
    for name in ("dev", "test"):
        sc = parts[name]["sessions_count"]
        lines.append(f"- {name}: sessions counted right in {sc['right']} of {sc['programmes']} programmes; "
                     f"{parts[name]['not_figures_published']} numbers published that are not figures.")
    lines += ["", "| document | part | format | " + " | ".join(label for _, label in COLUMNS) + " |",
              "|---|---|---|" + "---:|" * len(COLUMNS)]
    for r in results:
        fields = r.score.as_dict()["fields"]
        lines.append(f"| {r.case.id} | {r.case.split} | {r.case.format} | "
                     + " | ".join(_cell(fields[k]) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("all", *SPLITS, "dev-a", "dev-b"), default="all",
                        help="the part of the corpus to score (dev-a, dev-b: a half of dev, see half_of)")
    parser.add_argument("--corpus", type=Path, default=REAL_DIR, help="folder of the corpus (default tests/real)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the results (default eval/results.json)")
    parser.add_argument("--no-misses", action="store_true", help="print the table only")
    parser.add_argument("--markdown", action="store_true", help="print the tables in Markdown (for the README)")
    args = parser.parse_args(argv)
    cases = [c for c in load_corpus(args.corpus)
             if args.split in ("all", c.split) or args.split == f"{c.split}-{half_of(c.id)}"]
    if not cases:
        print(f"No document in {args.corpus}", file=sys.stderr)
        return 1
    results = evaluate(cases)
    print(markdown(results) if args.markdown else format_table(results, misses=not args.no_misses))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results_json(results), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nWritten: {args.out}")
    return 0
