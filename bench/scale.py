"""The national-corpus benchmark: realistic documents (bench/realistic.py) at scale.

1. per format: reading and extraction time per page against the floor of the PDF reader, the
   time pypdfium2 takes to give the same pages' characters with their boxes (one
   ``FPDFText_GetUnicode`` and one ``get_charbox`` a character, as ``pipelines/document/pdf.py``
   reads them, without anything else). For a web page, Markdown or text export, "the same
   pages" are its content laid out as the two-column PDF (``realistic.twin_pdf``). Recall and
   precision of the same documents against their expectations (bench/corpus.py's scorer);
2. growth: ``opendata publish`` from a cold process on the first N documents (10, 100, 1,000...),
   wall time, pages and peak resident memory;
3. adding one document to the largest package: the publish that follows, against the import
   floor, and the same step again under cProfile (what dominates, by function).

The documents are generated once per seed into a cache folder (``--cache``, default
``~/.cache/opendata-bench``) and reused: document ``i`` does not depend on the corpus size.

    python -m bench.scale [--sizes 10 100 1000] [--per-kind 8] [--seed 0]

writes its figures into the ``scale`` key of bench/results.json (the rest is left as it is) and
prints its rows of the table; ``python -m bench --scale`` runs it with the other measures.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import realistic

ROOT = Path(__file__).resolve().parent.parent
GOALS = {"page_ratio": 5.0, "corpus_10000_seconds": 600.0, "peak_mb": 2048.0, "add_one_ratio": 3.5}


# =========================================================================== the corpus
def corpus(n: int, seed: int, cache: Path, workers: int) -> tuple[Path, list[dict], float]:
    """(folder of the first ``n`` documents, their expectations, seconds spent generating now)."""
    folder = cache / f"realistic-seed{seed}"
    index = folder / "expected.jsonl"
    expected: list[dict] = []
    if index.is_file():
        expected = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
        expected = [e for e in expected if (folder / "documents" / e["file"]).is_file()]
    started = time.perf_counter()
    if len(expected) < n:
        more = realistic.generate(folder / "documents", n, seed, workers=workers, start=len(expected))
        expected += more
        index.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in expected), encoding="utf-8")
    return folder / "documents", expected[:n], time.perf_counter() - started


def link_sources(documents: Path, expected: list[dict], target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for e in expected:
        dest = target / e["file"]
        if not dest.exists():
            os.link(documents / e["file"], dest)


def _screen_one(path: str) -> str | None:
    from pipelines.extract.documents import extract_document
    from pipelines.document import SourceEntry, read_document

    try:
        extract_document(read_document(SourceEntry(id="screen", file=Path(path).name, path=Path(path))))
    except Exception as exc:  # noqa: BLE001 - any failure of the extractor on this document is reported
        return f"{type(exc).__name__}: {exc}"
    return None


def screen(documents: Path, expected: list[dict], workers: int) -> dict[str, str]:
    """{file: error} of the documents the extraction fails on. A failure on one document stops a
    whole publish without naming the document, so such documents are left out of the packages
    published (and reported) rather than ending the benchmark."""
    from concurrent.futures import ProcessPoolExecutor

    paths = [str(documents / e["file"]) for e in expected]
    with ProcessPoolExecutor(workers) as pool:
        errors = list(pool.map(_screen_one, paths, chunksize=8))
    return {Path(p).name: err for p, err in zip(paths, errors) if err}


# =========================================================================== per page
def reference_seconds(data: bytes) -> tuple[float, int, int]:
    """(seconds, pages, characters): pypdfium2 giving every character of every page with its box."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    started = time.perf_counter()
    pdf = pdfium.PdfDocument(data)
    chars = 0
    try:
        pages = len(pdf)
        for index in range(pages):
            page = pdf[index]
            textpage = page.get_textpage()
            count = textpage.count_chars()
            for i in range(count):
                raw.FPDFText_GetUnicode(textpage.raw, i)
                textpage.get_charbox(i, loose=True)
            chars += count
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return time.perf_counter() - started, pages, chars


def per_format(documents: Path, expected: list[dict], seed: int, per_kind: int) -> dict:
    """Per kind of document: read and extraction seconds per page against the reference, and the
    recall and precision of the extraction."""
    from bench.corpus import KINDS as SCORED, to_expected
    from pipelines.evaluation.scorer import Tally, score_document
    from pipelines.extract.documents import extract_document
    from pipelines.document import SourceEntry, read_document
    from pipelines.document.manifest import slugify

    out: dict = {}
    warm = next(e for e in expected if e["kind"] == "pdf")       # imports and first-call costs
    extract_document(read_document(SourceEntry(id="warm", file=warm["file"], path=documents / warm["file"])))
    reference_seconds((documents / warm["file"]).read_bytes())
    for kind in realistic.KINDS:
        sample = [e for e in expected if e["kind"] == kind][:per_kind]
        if not sample:
            continue
        read = extract = ref = 0.0
        pages = chars = 0
        tally = {k: Tally() for k in SCORED}
        slowest = (0.0, "")
        failed: list[str] = []
        for e in sample:
            path = documents / e["file"]
            data = path.read_bytes() if kind in ("pdf", "slides") else realistic.twin_pdf(e, seed)
            seconds, n_pages, n_chars = reference_seconds(data)
            t0 = time.perf_counter()
            doc = read_document(SourceEntry(id=slugify(path.stem), file=e["file"], path=path))
            t1 = time.perf_counter()
            try:
                rows = extract_document(doc)
            except Exception as exc:  # noqa: BLE001 - counted and named, the other documents go on
                failed.append(f"{e['file']}: {type(exc).__name__}: {exc}")
                continue
            t2 = time.perf_counter()
            read += t1 - t0
            extract += t2 - t1
            ref += seconds
            pages += n_pages
            chars += n_chars
            ratio = (t2 - t0) / seconds
            if ratio > slowest[0]:
                slowest = (ratio, f"{e['file']} ({n_pages} p.)")
            score = score_document(to_expected(e), rows, e["file"])
            for k in SCORED:
                tally[k].add(score.fields[k])
        matched = sum(t.matched for t in tally.values())
        out[kind] = {
            "documents": len(sample), "pages": pages, "chars_per_page": round(chars / max(1, pages)),
            "reference_ms_per_page": 1000 * ref / pages, "read_ms_per_page": 1000 * read / pages,
            "extract_ms_per_page": 1000 * extract / pages,
            "read_ratio": read / ref, "ratio": (read + extract) / ref,
            "worst_document_ratio": round(slowest[0], 2), "worst_document": slowest[1], "failed": failed,
            "recall": matched / max(1, sum(t.expected for t in tally.values())),
            "precision": matched / max(1, sum(t.found for t in tally.values())),
            "by_kind": {k: {"recall": round(t.recall, 4) if t.expected else 1.0,
                            "precision": round(t.precision, 4) if t.found else 1.0} for k, t in tally.items()},
        }
    return out


# =========================================================================== growth and one more
PROFILE = """
import cProfile, os, sys
profile = cProfile.Profile()
target = sys.argv[1]
_exit = os._exit
def _dump(code):
    profile.disable()
    profile.dump_stats(target)
    _exit(code)
os._exit = _dump
sys.argv = ["opendata", "publish", "--quiet"]
profile.enable()
from pipelines.cli import main
main()
"""


def profile_publish(env: dict, out: Path) -> tuple[float, list[dict], list[dict]]:
    """One ``opendata publish`` under cProfile: (wall seconds, the largest cumulative times of the
    project's functions, the largest own times of any function)."""
    started = time.perf_counter()
    # run from the output's folder: with ``-c`` the current folder comes first on the path, and the
    # working tree's code would shadow the frozen copy of PYTHONPATH
    done = subprocess.run([sys.executable, "-c", PROFILE, str(out)], env=env, capture_output=True, text=True,
                          cwd=out.parent)
    wall = time.perf_counter() - started
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"opendata publish under cProfile failed:\n{done.stderr[-3000:]}")
    stats = pstats.Stats(str(out))
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():
        rows.append({"function": f"{_short(file)}:{line}({name})", "calls": calls, "own_s": round(own, 3),
                     "cumulative_s": round(cumulative, 3), "project": "/pipelines/" in file})
    rows.sort(key=lambda r: -r["cumulative_s"])
    top_project = [r for r in rows if r["project"]][:25]
    top_project += [r for r in rows if r["project"] and r not in top_project
                    and r["function"].split("(")[-1] in ("put)", "extract_document)", "extract_or_refuse)")]
    top_own = sorted(rows, key=lambda r: -r["own_s"])[:15]
    return wall, top_project, top_own


def _short(file: str) -> str:
    for marker in ("/site-packages/", "/work/main/", str(ROOT) + "/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def freeze_code(tmp: Path) -> Path:
    """A copy of the project's code and schemas, put first on the path of the runs measured: a
    long benchmark measures one state of the code even if the working tree changes meanwhile (an
    edit would also change the extraction cache's key and extract every document again). Its
    modules are compiled to bytecode, as ``make install`` compiles the checkout's: with
    PYTHONDONTWRITEBYTECODE set, each run measured would otherwise compile the project's 160
    modules again (about 0.6 s of CPU time a run on the 2-core machine of the README), which an
    installed project does not do."""
    import compileall

    snapshot = tmp / "code"
    for name in ("pipelines", "schemas", "tests/expected"):
        shutil.copytree(ROOT / name, snapshot / name, ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(snapshot / "pipelines", quiet=1)
    return snapshot


def _cached(env: dict) -> int:
    """Extractions in the run's cache (a document extracted again adds one)."""
    return sum(1 for _ in (Path(env["OPENDATA_CACHE"]) / "extract").rglob("*.json"))


def growth(documents: Path, expected: list[dict], sizes: list[int], tmp: Path, floor: float,
           profile: bool = True, repeat: int = 1) -> dict:
    from bench.run import fresh_env, publish

    code = freeze_code(tmp)

    rows = []
    last_env = None
    for n in sizes:
        work = tmp / f"scale-{n}"
        subset = expected[:n]
        link_sources(documents, subset, work / "sources")
        env = fresh_env(work) | {"PYTHONPATH": str(code)}
        wall, peak, _ = publish(env)
        rows.append({"documents": n, "pages": sum(e["pages"] for e in subset),
                     "mb": round(sum(e["bytes"] for e in subset) / 1e6, 1),
                     "seconds": wall, "per_document_ms": 1000 * wall / n,
                     "per_page_ms": 1000 * wall / max(1, sum(e["pages"] for e in subset)), "peak_mb": peak})
        if last_env is not None:
            shutil.rmtree(Path(last_env["OPENDATA_SOURCES"]).parent, ignore_errors=True)
        last_env = env
    out: dict = {"sizes": rows}
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        out["growth"] = (b["seconds"] / a["seconds"]) / (b["documents"] / a["documents"])
        out["growth_per_page"] = (b["seconds"] / a["seconds"]) / (b["pages"] / a["pages"])
    if last_env is not None:
        out |= one_more(documents, expected, sizes[-1], last_env, tmp, floor, profile, repeat)
    return out


def one_more(documents: Path, expected: list[dict], size: int, env: dict, tmp: Path, floor: float,
             profile: bool = True, repeat: int = 1) -> dict:
    """Adding one document to the package of the first ``size`` documents, ``repeat`` times (one
    more document each time), then the same command on unchanged sources (no-op), then one more
    document under cProfile."""
    from bench.run import publish

    if len(expected) <= size + repeat + 1:
        return {}
    sources = Path(env["OPENDATA_SOURCES"])
    present = {p.name for p in sources.iterdir()}
    extras = [e for e in expected[size:] if e["file"] not in present]
    adds = []
    for extra in extras[:repeat]:
        link_sources(documents, [extra], sources)
        cached = _cached(env)
        wall, peak, _ = publish(env)
        adds.append({"added": extra["file"], "added_pages": extra["pages"], "seconds": wall, "peak_mb": peak,
                     "documents_extracted": _cached(env) - cached})
    seconds = statistics.median(a["seconds"] for a in adds)
    out = {"add_one": {"documents": size, "added": adds[0]["added"], "added_pages": adds[0]["added_pages"],
                       "seconds": seconds, "runs": adds, "import_floor_seconds": floor, "ratio": seconds / floor,
                       "peak_mb": max(a["peak_mb"] for a in adds),
                       "documents_extracted": max(a["documents_extracted"] for a in adds)}}
    noop, _, _ = publish(env)
    out["add_one"]["noop_seconds"] = noop
    out["add_one"]["noop_ratio"] = noop / floor
    if profile:
        link_sources(documents, [extras[repeat]], sources)
        cached = _cached(env)
        wall, project, own = profile_publish(env, tmp / "add-one.prof")
        out["add_one"]["profiled_documents_extracted"] = _cached(env) - cached
        shutil.copy(tmp / "add-one.prof", documents.parent / "add-one.prof")   # for pstats, kept
        out["add_one"]["profiled_seconds"] = wall
        out["add_one"]["profile_project"] = project
        out["add_one"]["profile_own"] = own
    return out


# =========================================================================== entry points
def run(sizes: list[int], per_kind: int = 8, seed: int = 0, cache: Path | None = None,
        workers: int | None = None, floor: float | None = None, profile: bool = True,
        reuse: dict | None = None, repeat: int = 1, keep: Path | None = None) -> dict:
    """The figures (see the module docstring). ``reuse``: an earlier result whose per-format
    figures and list of failing documents are kept (only the publishes are measured again)."""
    from bench.run import import_floor

    cache = cache or Path(os.environ.get("OPENDATA_BENCH_CACHE", Path.home() / ".cache" / "opendata-bench"))
    workers = workers or os.cpu_count() or 1
    need = max(max(sizes) + repeat + 1, per_kind * 12)
    documents, expected, generated = corpus(need + max(10, need // 25), seed, cache, workers)
    failing = reuse["extraction_failures"]["files"] if reuse else screen(documents, expected, workers)
    if failing:
        print(f"extraction fails on {len(failing)} of {len(expected)} documents, left out of the packages: "
              + "; ".join(f"{f} ({err})" for f, err in list(failing.items())[:5]), file=sys.stderr)
    everything, expected = expected, [e for e in expected if e["file"] not in failing]
    result: dict = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "seed": seed, "generated_now_seconds": generated, "load_average_before": os.getloadavg(),
                    "mix": {k: {"share": v[0], "pages": list(v[2])} for k, v in realistic.MIX.items()}}
    floor = floor or import_floor(3)
    result["import_floor_seconds"] = floor
    result["extraction_failures"] = {"documents_screened": len(everything), "failed": len(failing),
                                     "by_kind": {k: sum(1 for e in everything if e["file"] in failing and e["kind"] == k)
                                                 for k in realistic.KINDS},
                                     "files": failing}
    result["per_format"] = reuse["per_format"] if reuse else per_format(documents, everything, seed, per_kind)
    if reuse:
        result["per_format_reused_from"] = reuse.get("date")
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        result |= growth(documents, expected, sizes, Path(tempfile.mkdtemp(prefix="opendata-scale-", dir=keep)),
                         floor, profile, repeat)
    else:
        with tempfile.TemporaryDirectory(prefix="opendata-scale-") as tmpdir:
            result |= growth(documents, expected, sizes, Path(tmpdir), floor, profile, repeat)
    result["load_average_after"] = os.getloadavg()     # the 2 cores are shared: busy neighbours slow every figure
    big = result["sizes"][-1]
    if big["documents"] < 10_000:
        # Extrapolated from the largest size measured, linearly by pages (the corpus' mix is the same).
        pages_10k = big["pages"] * 10_000 / big["documents"]
        result["extrapolated_10000_seconds"] = big["seconds"] * pages_10k / big["pages"]
    return result


def rows(s: dict) -> list[tuple[str, str, str, str, str]]:
    """The table rows of the scale figures: (measure, value, reference, ratio, goal)."""
    out = []
    goal = GOALS["page_ratio"]
    for kind, f in s["per_format"].items():
        out.append((f"{kind}: read + extract per page ({f['pages']} p.)", f"{f['read_ms_per_page'] + f['extract_ms_per_page']:.1f} ms",
                    f"{f['reference_ms_per_page']:.1f} ms", f"{f['ratio']:.2f}x",
                    f"<= {goal}x: {'met' if f['ratio'] <= goal else 'NOT met'} (read alone {f['read_ratio']:.2f}x); "
                    f"recall {f['recall']:.3f}, precision {f['precision']:.3f}"))
    fails = s.get("extraction_failures")
    if fails and fails["failed"]:
        out.append(("documents the extraction fails on", f"{fails['failed']}", f"of {fails['documents_screened']}", "",
                    "left out of the packages: " + ", ".join(f"{k} {v}" for k, v in fails["by_kind"].items() if v)))
    for r in s["sizes"]:
        out.append((f"realistic N={r['documents']} ({r['pages']} p., {r['mb']} MB)", f"{r['seconds']:.1f} s",
                    f"{r['per_page_ms']:.1f} ms/page", "", f"peak {r['peak_mb']:.0f} MB "
                    f"({'met' if r['peak_mb'] < GOALS['peak_mb'] else 'NOT met'} < 2 GB)"))
    if "growth" in s:
        out.append(("growth (time ratio / size ratio, last two N)", f"{s['growth']:.2f}", "1.00 = linear",
                    f"{s['growth_per_page']:.2f}/page", ""))
    if "extrapolated_10000_seconds" in s:
        x = s["extrapolated_10000_seconds"]
        out.append(("realistic N=10,000 (extrapolated by pages)", f"{x:.0f} s", "600 s", f"{x / 600:.2f}x",
                    f"<= 600 s: {'met' if x <= 600 else 'NOT met'} (not run)"))
    if "add_one" in s:
        a = s["add_one"]
        runs = a.get("runs") or []
        each = f" (median of {len(runs)}: " + ", ".join(f"{r['seconds']:.1f}" for r in runs) + " s)" if len(runs) > 1 else ""
        out.append((f"add 1 document to {a['documents']}: publish ({a.get('documents_extracted', '?')} extracted)",
                    f"{a['seconds']:.2f} s",
                    f"{a['import_floor_seconds']:.2f} s", f"{a['ratio']:.2f}x",
                    f"<= {GOALS['add_one_ratio']}x: {'met' if a['ratio'] <= GOALS['add_one_ratio'] else 'NOT met'}{each}"))
        if "noop_seconds" in a:
            out.append((f"publish again, unchanged, {a['documents']}+ documents (no-op)", f"{a['noop_seconds']:.2f} s",
                        f"{a['import_floor_seconds']:.2f} s", f"{a['noop_ratio']:.2f}x", ""))
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    parser.add_argument("--per-kind", type=int, default=8, help="documents of each kind timed page by page")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the per-format figures and failing documents of the last run, measure the publishes")
    parser.add_argument("--repeat", type=int, default=1,
                        help="documents added one after the other to the largest package (the median is reported)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the packages, caches and Dagster homes in a folder under this one")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    results = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
    reuse = results.get("scale") if args.reuse else None
    result = run(args.sizes, args.per_kind, args.seed, args.cache, profile=not args.no_profile, reuse=reuse,
                 repeat=args.repeat, keep=args.keep)
    results["scale"] = result
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    for row in rows(result):
        print(f"{row[0]:<44} {row[1]:>12} {row[2]:>14} {row[3]:>8}  {row[4]}")
    if "add_one" in result and "profile_project" in result["add_one"]:
        print("\nAdding one document, cumulative seconds by project function (cProfile):")
        for r in result["add_one"]["profile_project"][:15]:
            print(f"  {r['cumulative_s']:8.2f} s  {r['calls']:>8}  {r['function']}")
    print(f"\nFigures written to {args.out} (key 'scale')")
    return result


if __name__ == "__main__":
    main()
