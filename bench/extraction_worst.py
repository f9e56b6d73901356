"""Extraction on adversarial documents: the cost of reading and extracting documents built to be
slow (many figures, one huge line, millions of short lines, a 2,000-page PDF), each case in its own
process, with its wall time and peak memory (``ru_maxrss``).

    .venv/bin/python -m bench.extraction_worst            # every case
    .venv/bin/python -m bench.extraction_worst pct_100k    # some cases
    .venv/bin/python -m bench.extraction_worst --no-reading-limits   # the extraction budget decides
    .venv/bin/python -m bench.extraction_worst --no-budget # no limit at all (cost of the passes)

Each case prints: reading time, extraction time (wall and CPU: the machine may be shared), peak
memory, the outcome (rows per table, or the refusal and its reason) and the longest quote
published. With the default settings the largest files are refused when read (the reading limits
of pipelines/document); ``--no-reading-limits`` hands them to the extraction stage, which must
publish them or refuse them by its budget (OPENDATA_MAX_FIGURES, OPENDATA_EXTRACT_SECONDS) within
about a minute. Cases are built once in a temporary folder (``--work`` keeps them)."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "sources" / "numericamp-2024-bilan.txt"
LIMIT = 50 * 1024 * 1024          # the default OPENDATA_MAX_SOURCE_BYTES
TIMEOUT = 600


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode("utf-8")))


def _report_text() -> str:
    return REPORT.read_text(encoding="utf-8")


def _pdf(path: Path, pages: int) -> None:
    """A text PDF of ``pages`` pages: the first report's lines, set page after page."""
    from fpdf import FPDF

    lines = [line for line in _report_text().splitlines() if line.strip()]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("body", fname=str(font))
        pdf.set_font("body", size=10)
    else:   # core font: Latin-1 only
        pdf.set_font("helvetica", size=10)
        lines = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    i = 0
    for _ in range(pages):
        pdf.add_page()
        y = 15
        while y < 280:
            pdf.set_xy(15, y)
            pdf.cell(180, 5, lines[i % len(lines)][:110])
            i += 1
            y += 5
    pdf.output(str(path))


CASES = {
    # name: (file name, builder)
    "first_report": ("report.txt", lambda p: p.write_text(_report_text(), encoding="utf-8")),
    "pct_2k": ("pct-2k.txt", lambda p: p.write_text(_repeat("12 % ", 2_000), encoding="utf-8")),
    "pct_10k": ("pct-10k.txt", lambda p: p.write_text(_repeat("12 % ", 10_000), encoding="utf-8")),
    "pct_100k": ("pct-100k.txt", lambda p: p.write_text(_repeat("12 % ", 100_000), encoding="utf-8")),
    "report_45mb": ("report-45mb.txt", lambda p: p.write_text(
        _report_text() * (45_000_000 // len(_report_text().encode("utf-8"))), encoding="utf-8")),
    "short_lines_2m": ("lines-2m.txt", lambda p: p.write_text(
        "".join(f"{i % 1000} visiteurs\n" for i in range(2_000_000)), encoding="utf-8")),
    "single_line_50mb": ("line-50mb.txt", lambda p: p.write_text(
        _repeat(" ".join(_report_text().split()) + " ", LIMIT - 1_000_000), encoding="utf-8")),
    "pdf_2000_pages": ("pages-2000.pdf", lambda p: _pdf(p, 2000)),
}


def run_one(path: Path) -> dict:
    """Read and extract one document in this process (the child side)."""
    from pipelines.errors import SourceError
    from pipelines.extract.documents import extract_document
    from pipelines.document import discover_sources, read_document
    from pipelines.settings import load_settings

    settings = load_settings()
    entry = next(e for e in discover_sources(path.parent) if e.path.name == path.name)
    out: dict = {"bytes": path.stat().st_size}
    t0 = time.perf_counter()
    try:
        doc = read_document(entry, settings.max_source_bytes, getattr(settings, "budget", None))
    except SourceError as exc:
        out.update(read_s=time.perf_counter() - t0, outcome=f"refused when read: {exc}")
        return out
    out.update(read_s=time.perf_counter() - t0, pages=doc.page_count, chars=len(doc.text))
    t1 = time.perf_counter()
    cpu = time.process_time()
    try:
        from pipelines.extract.budget import ExtractionBudget
        rows = extract_document(doc, budget=ExtractionBudget.from_settings(settings))
    except SourceError as exc:
        out.update(extract_s=time.perf_counter() - t1, extract_cpu_s=time.process_time() - cpu, outcome=f"refused: {exc}")
        return out
    out["extract_s"] = time.perf_counter() - t1
    out["extract_cpu_s"] = time.process_time() - cpu
    out["outcome"] = "extracted: " + ", ".join(f"{t} {len(r)}" for t, r in rows.items() if r)
    quotes = [len(r.get("quote") or "") for table in rows.values() for r in table]
    out["longest_quote"] = max(quotes, default=0)
    return out


def child(path: str) -> None:
    result = run_one(Path(path))
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", choices=[[], *CASES], default=[], metavar="case")
    parser.add_argument("--work", type=Path, help="folder for the generated documents (kept)")
    parser.add_argument("--no-budget", action="store_true",
                        help="lift the extraction budget (figures, time) and the reading limits (pages, characters)")
    parser.add_argument("--no-reading-limits", action="store_true",
                        help="lift the reading limits only: the extraction budget decides")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    work = args.work or Path(tempfile.mkdtemp(prefix="extraction-worst-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    if args.no_budget:
        env |= {"OPENDATA_MAX_FIGURES": "0", "OPENDATA_EXTRACT_SECONDS": "0"}
    if args.no_budget or args.no_reading_limits:
        # the reading limits (pipelines/document), so that the extraction stage gets the whole document
        env |= {"OPENDATA_MAX_TEXT_CHARS": str(10**9), "OPENDATA_MAX_PAGES": str(10**6)}
    print(f"{'case':18} {'MB':>6} {'pages':>6} {'read s':>7} {'extract s':>9} {'(cpu s)':>8} {'peak MB':>8}  outcome")
    for name in args.cases or CASES:
        file_name, build = CASES[name]
        folder = work / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name
        if not path.exists():
            build(path)
        t0 = time.perf_counter()
        try:
            proc = subprocess.run([sys.executable, "-m", "bench.extraction_worst", "--child", str(path)],
                                  cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            print(f"{name:18} {path.stat().st_size / 1e6:6.1f} {'':>6} {'':>7} {'':>9} {'':>8} {'':>8}  "
                  f"still running after {TIMEOUT} s")
            continue
        if proc.returncode != 0:
            print(f"{name:18} failed ({time.perf_counter() - t0:.1f} s): {proc.stderr.strip()[-600:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        outcome = r["outcome"] + (f"; longest quote {r['longest_quote']} chars" if "longest_quote" in r else "")
        print(f"{name:18} {r['bytes'] / 1e6:6.1f} {r.get('pages', ''):>6} {r['read_s']:7.2f} "
              f"{r.get('extract_s', 0):9.2f} {r.get('extract_cpu_s', 0):8.2f} {r['peak_mb']:8.0f}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
