"""Decompression and amplification bombs against the reading stage: each is generated here, then
read by the real pipeline code in a child process whose wall time and peak memory (ru_maxrss) are
measured. Goal: every bomb refused in seconds with under 1 GB.

    .venv/bin/python -m bench.bombs            # all bombs, a table of figures
    .venv/bin/python -m bench.bombs --json     # the same as JSON

The generators are plain functions so that tests/adversarial/ builds the same files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- hand-written PDFs
def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (1-based, object 1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(content: bytes, compress: bool = True) -> bytes:
    data = zlib.compress(content, 9) if compress else content
    flt = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream"


def _text_content(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 14 TL 56 780 Td"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                   + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_pages(page_contents: list[bytes], shared: bytes | None = None, pages: int = 0) -> bytes:
    """One page per content stream; or, with ``shared``, ``pages`` pages that all point to one stream."""
    count = pages if shared is not None else len(page_contents)
    # 1 catalog, 2 pages tree, 3 font, then the stream(s), then the pages.
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    if shared is not None:
        objects.append(_stream(shared))
        streams = [4] * count
    else:
        streams = []
        for content in page_contents:
            objects.append(_stream(content))
            streams.append(len(objects))
    first_page = len(objects) + 1
    for s in streams:
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % s)
    kids = b" ".join(b"%d 0 R" % n for n in range(first_page, first_page + count))
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (count, kids)
    return _pdf(objects)


def text_pdf(lines_per_page: list[list[str]]) -> bytes:
    """A small, ordinary PDF with a text layer (Helvetica), one list of lines per page."""
    return pdf_pages([_text_content(lines) for lines in lines_per_page])


def inflation_bomb(chars: int = 110_000_000) -> bytes:
    """One page whose Flate stream inflates to about ``chars`` characters of shown text (a few
    hundred KB on disk for a hundred million characters)."""
    run = b"(" + b"A" * 1000 + b") Tj\n"
    body = b"BT /F1 1 Tf 0 0 Td\n" + run * max(1, chars // 1000) + b"ET"
    return pdf_pages([body])


def text_run_pdf(chars: int, run: int = 1000) -> bytes:
    """One page showing ``chars`` characters in runs of ``run`` (uncompressed size about ``chars``)."""
    body = b"BT /F1 1 Tf 0 0 Td\n" + (b"(" + b"A" * run + b") Tj\n") * max(1, chars // run) + b"ET"
    return pdf_pages([body])


def form_bomb(uses: int = 10_000, chars: int = 1_000) -> bytes:
    """One page that draws ``uses`` times a form XObject showing ``chars`` characters: a content
    stream of a few KB that makes ``uses * chars`` characters of text."""
    form = b"BT /F1 1 Tf 0 0 Td (" + b"A" * chars + b") Tj ET"
    content = b"/Fm0 Do\n" * uses
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Count 1 /Kids [6 0 R] >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               _stream(content),
               _stream(form)[:2] + b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
               + _stream(form)[2:],
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm0 5 0 R >> >>"
               b" /Contents 4 0 R >>"]
    return _pdf(objects)


def shared_stream_bomb(pages: int = 20_000) -> bytes:
    """``pages`` pages that all draw one shared content stream of ordinary text."""
    lines = [f"Ligne {i} du rapport de la manifestation, avec du texte ordinaire." for i in range(50)]
    return pdf_pages([], shared=_text_content(lines), pages=pages)


def billion_laughs_manifest(file: str = "a.txt", depth: int = 9) -> str:
    """A manifest whose title is a YAML alias that expands ten times per level."""
    lines = ['a0: &a0 "lol"']
    for level in range(1, depth + 1):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines += ["documents:", f"  - file: {file}", f"    title: *a{depth}"]
    return "\n".join(lines) + "\n"


def sparse_file(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no disk space (a hole), to test what is read of it."""
    with open(path, "wb") as fh:
        fh.truncate(size)


# --------------------------------------------------------------------------- measuring
CHILD = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
kind, path = sys.argv[1], Path(sys.argv[2])
outcome = "read"
try:
    if kind == "read":
        from pipelines.document import discover_sources, read_document
        from pipelines.settings import load_settings
        settings = load_settings()
        [entry] = [e for e in discover_sources(path.parent) if e.path.name == path.name]
        read_document(entry, settings.max_source_bytes, settings.budget)
    elif kind == "manifest":
        from pipelines.document import discover_sources
        discover_sources(path.parent)
    elif kind == "fingerprint":
        from pipelines.runtime.fingerprint import inputs_fingerprint
        from pipelines.settings import load_settings
        inputs_fingerprint(load_settings())
        outcome = "fingerprinted"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "outcome": outcome[:300]}))
"""
# The child's own peak resident memory. ru_maxrss is not used: Linux carries the parent's high-water
# mark over fork and exec, so a child started by a large process would report the parent's peak.
PEAK = """
def peak_mb():
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


PEAK_PRELUDE = "import resource\n" + PEAK


def measure(kind: str, path: Path, env: dict | None = None, timeout: float = 600) -> dict:
    """Run one reading in a fresh interpreter: seconds, peak resident MB, and the outcome."""
    child_env = dict(os.environ, OPENDATA_SOURCES=str(path.parent), **(env or {}))
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", PEAK_PRELUDE + CHILD, kind, str(path)], capture_output=True, text=True,
                              cwd=ROOT, env=child_env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": timeout, "peak_mb": None, "outcome": "timeout"}
    if proc.returncode != 0 or not proc.stdout.strip():
        return {"seconds": time.perf_counter() - started, "peak_mb": None,
                "outcome": f"crashed ({proc.returncode}): {proc.stderr.strip()[-300:]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(large_file_gb: float = 12) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        def case(name: str, kind: str, filename: str, make, env: dict | None = None) -> None:
            folder = Path(tmp) / name
            folder.mkdir()
            make(folder / filename)
            size = (folder / filename).stat().st_size
            figures = measure(kind, folder / filename, env={"OPENDATA_CACHE": str(folder / ".cache"), **(env or {})})
            results.append({"bomb": name, "file_bytes": size, **figures})

        case("inflation (110 M characters)", "read", "bomb.pdf", lambda p: p.write_bytes(inflation_bomb()))
        case("20,000 pages sharing one stream", "read", "pages.pdf", lambda p: p.write_bytes(shared_stream_bomb()))
        case("form drawn 10,000 times (10 M characters)", "read", "form.pdf", lambda p: p.write_bytes(form_bomb()))
        case("5 M characters on one page", "read", "run.pdf", lambda p: p.write_bytes(text_run_pdf(5_000_000)))
        # Within the default budget (2 M characters): read, the worst a single page may cost.
        case("1.9 M characters on one page (accepted)", "read", "big.pdf", lambda p: p.write_bytes(text_run_pdf(1_900_000)))

        def laughs(p: Path) -> None:
            (p.parent / "a.txt").write_text("Salon 2025\n120 visiteurs\n", encoding="utf-8")
            p.write_text(billion_laughs_manifest(), encoding="utf-8")

        case("YAML billion laughs (manifest title)", "manifest", "sources.yaml", laughs)

        def big(p: Path) -> None:
            (p.parent / "a.txt").write_text("Salon 2025\n120 visiteurs\n", encoding="utf-8")
            sparse_file(p, int(large_file_gb * 1024 ** 3))

        case(f"{large_file_gb:g} GB file of an ignored type", "fingerprint", "video.mkv", big)
        case(f"{large_file_gb:g} GB PDF over the size limit", "fingerprint", "huge.pdf", big)
    return results


def main() -> None:
    results = run()
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    print(f"{'bomb':<40} {'file':>12} {'seconds':>8} {'peak MB':>8}  outcome")
    for r in results:
        peak = f"{r['peak_mb']:.0f}" if r["peak_mb"] is not None else "?"
        print(f"{r['bomb']:<40} {r['file_bytes']:>12,} {r['seconds']:>8.2f} {peak:>8}  {r['outcome'][:140]}")


if __name__ == "__main__":
    main()
