"""Synthetic French event reports whose expected extraction is known by construction.

``generate(folder, n, seed)`` writes ``n`` reports into ``folder`` (plain text laid out like a
PDF-to-text export with its pages, Markdown, HTML), without a manifest: the pipeline reads them
as documents dropped in the sources folder, so everything it extracts comes from the text. Each
report is drawn from invented vocabularies (event kinds and themes, places, collectivités,
companies, common French given and family names) and written with one of several wordings for
every fact (dates, venue, organiser, headline figures, speaker lists, figures quoted in the talk
summaries). It returns, for each document, the extraction expected by construction:

    {"file", "format",
     "event": {name, year, start_date, end_date, venue, organizer, edition}  (None: not stated),
     "key_figures": {metric: {"value", "approximate", "numbers": [the number(s) as written]}},
     "sessions": [{"type", "title"}], "speakers": [full names],
     "cited_figures": [{"value", "value_max", "unit", "text": the figure as written}],
     "wordings": [labels of the wordings used, for the variety checks]}

``generate`` writes nothing else; the command line saves that list as ``expected.json`` next to
the documents folder (``OUT/documents`` and ``OUT/expected.json``).

``measure(folder, expected)`` reads and extracts every document with the pipeline's own code
(``discover_sources``, ``read_document``, ``extract_document``) and scores it: recall and
precision per kind (event fields, key figures, sessions, speakers, cited figures), micro-averaged
over the documents, the first misses for diagnosis, and the time each step took.

Conventions of the expected values (the project's, see pipelines/extract/*.py docstrings):
a figure between « » is reported speech, not a cited figure; the headline figures (a block, or
a sentence of the introduction that lists them) are key figures, not cited figures; a talk's
bullet "320 participants aux ateliers" is a cited figure, not a key figure; a proportion "un
habitant sur cinq" is 20 percent; a range "entre 20 et 30 %" has value 20 and value_max 30;
several headline lines of one metric are added up. A document never cites one value of one unit
twice (a second draw is made), since two mentions of one value of one thing are one claim.

    python -m bench.corpus --n 20 --out /tmp/synthetic [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from bench.synthetic.report import Report
from bench.synthetic.render import RENDERERS, _slug


def generate(folder: Path, n: int, seed: int = 0) -> list[dict]:
    """Write ``n`` synthetic reports into ``folder`` and return their expected extraction (see the
    module docstring). Deterministic: the same seed gives the same files and expectations, and
    document ``i`` does not depend on ``n``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected = []
    events: set[tuple[str, int]] = set()
    for i in range(n):
        report = Report(i, seed)
        for attempt in range(1, 50):
            # one event per document: the corpus can be published as a whole (two documents of
            # one event name and year would be one event)
            if (_slug(report.name), report.year) not in events:
                break
            report = Report(i, seed, attempt)
        events.add((_slug(report.name), report.year))
        text = RENDERERS[report.format](report)
        name = f"{i:03d}-{_slug(report.name)}-{report.year}.{report.format}"
        (folder / name).write_text(text, encoding="utf-8")
        expected.append(report.expected(name))
    return expected


# =========================================================================== measuring


EVENT_FIELDS = ("name", "year", "start_date", "end_date", "venue", "organizer", "edition")
KINDS = ("event_fields", "key_figures", "sessions", "speakers", "cited_figures")


def to_expected(exp: dict) -> dict:
    """A generated report's expectation in the format of the hand-checked files (tests/real/README.md),
    for the scorer of pipelines/evaluation."""
    return {
        "document": exp["file"],
        "event": {f: exp["event"].get(f) for f in EVENT_FIELDS},
        "key_figures": [{"metric": m, "value": v["value"], "approximate": v["approximate"]}
                        for m, v in exp["key_figures"].items()],
        "sessions": [{"title": s["title"], "type": s["type"]} for s in exp["sessions"]],
        "speakers": [{"name": n} for n in exp["speakers"]],
        "cited_figures": [{"value": c["value"], "value_max": c.get("value_max"), "unit": c["unit"]}
                          for c in exp["cited_figures"]],
    }


def measure(folder: Path, expected: list[dict], max_misses: int = 20) -> dict:
    """Extract every document of ``folder`` with the pipeline's code and score it against ``expected``
    with the project's scorer (pipelines/evaluation/scorer.py). Returns recall and precision per kind
    (micro-averaged over the documents), per event field, the first ``max_misses`` misses
    ("missing": expected but not extracted; "unexpected": extracted but not expected) and the timings
    (read and extract per document, in milliseconds)."""
    from pipelines.evaluation.scorer import Tally, score_document
    from pipelines.extract.documents import extract_document
    from pipelines.document import discover_sources, read_document

    entries = {e.file: e for e in discover_sources(Path(folder))}
    tally = {k: Tally() for k in KINDS}
    fields = {f: Tally() for f in EVENT_FIELDS}
    misses: list[dict] = []
    read_ms: list[float] = []
    extract_ms: list[float] = []
    for exp in expected:
        file = exp["file"]
        entry = entries.get(file)
        rows: dict = {}
        if entry is not None:
            t0 = time.perf_counter()
            doc = read_document(entry)
            t1 = time.perf_counter()
            rows = extract_document(doc)
            t2 = time.perf_counter()
            read_ms.append((t1 - t0) * 1000)
            extract_ms.append((t2 - t1) * 1000)
        score = score_document(to_expected(exp), rows, file)
        for name, t in score.event_by_field.items():
            fields[name].add(t)
        for kind in KINDS:
            t = score.fields[kind]
            tally[kind].add(t)
            misses += [{"file": file, "kind": kind, "what": "missing", "detail": m} for m in t.misses]
            misses += [{"file": file, "kind": kind, "what": "unexpected", "detail": m} for m in t.unexpected]
    return {
        "documents": len(expected),
        "kinds": {k: _rates(tally[k]) for k in KINDS},
        "event_fields": {f: _rates(fields[f]) for f in EVENT_FIELDS},
        "miss_count": len(misses),
        "misses_by_kind": dict(Counter(f"{m['kind']}:{m['what']}" for m in misses)),
        "misses": misses[:max_misses],
        "timing_ms": {
            "read_median": _round(statistics.median(read_ms)) if read_ms else None,
            "extract_median": _round(statistics.median(extract_ms)) if extract_ms else None,
            "extract_p95": _round(_percentile(extract_ms, 95)) if extract_ms else None,
            "extract_max": _round(max(extract_ms)) if extract_ms else None,
            "extract_total": _round(sum(extract_ms)),
        },
    }


def _rates(t) -> dict:
    return {"expected": t.expected, "found": t.found, "matched": t.matched,
            "recall": round(t.recall, 4) if t.expected else 1.0,
            "precision": round(t.precision, 4) if t.found else 1.0}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _round(x: float) -> float:
    return round(x, 2)


# =========================================================================== command line
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20, help="number of documents (default 20)")
    parser.add_argument("--out", type=Path, required=True,
                        help="output folder: documents in OUT/documents, the expectations in OUT/expected.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--misses", type=int, default=20, help="how many misses to print")
    args = parser.parse_args(argv)
    documents = args.out / "documents"
    if documents.exists():
        for old in documents.iterdir():
            if old.is_file() and old.suffix in (".txt", ".md", ".html"):
                old.unlink()
    expected = generate(documents, args.n, args.seed)
    (args.out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    result = measure(documents, expected, max_misses=args.misses)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
