"""The benchmark: one command (``make bench``, or ``.venv/bin/python -m bench``) prints a table of
figures and writes them as JSON (``bench/results.json``). Each figure is measured beside its
reference in the same run and given as a ratio, because absolute times on shared machines drift.

1. run latency: ``opendata publish`` on the shipped sources from a cold process (fresh release
   folder, Dagster home and extraction cache) against the bare import of the stack;
2. no-op: the same command again on unchanged sources;
3. corpus scale: N = 10, 100, 1000 generated reports (bench/corpus.py), published from a cold
   process each, with peak memory, time per document and extraction recall;
4. validation at scale: a 1,000,000-row table validated by the Table Schema compiled to DuckDB SQL
   against ``frictionless`` on the same file (bench/validation.py);
5. write throughput: CSV and Parquet written through Arrow against pandas ``to_csv``;
5b. large tables: a package with a 1,000,000-row table checked, released and loaded in the
   warehouse against DuckDB alone reading and writing the same rows (bench/large.py);
6. with ``--scale``: the realistic corpus (PDF reports, slide decks, web pages...) of
   bench/scale.py: per-page cost by format against pypdfium2, growth, adding one document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
IMPORT_FLOOR = "import dagster, duckdb, frictionless, pandas, pyarrow"
GOALS = {
    "run_latency_ratio": 2.5,        # x import floor
    "noop_ratio": 1.5,               # x import floor
    "corpus_1000_seconds": 120.0,
    "corpus_peak_mb": 2048.0,
    "validation_speedup": 20.0,
}


def timed(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """(wall seconds, peak RSS of the child in MB, completed process) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    # ru_maxrss of the children (kB on Linux): the largest peak of any child so far. The corpus
    # sizes run in increasing order, so each figure is that size's peak or a smaller run's.
    import resource

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, round(peak, 1), subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = 0
    return {"cpus": os.cpu_count(), "cpu": model, "memory_gb": round(mem / 1024 / 1024, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def import_floor(repeat: int) -> float:
    times = [timed([sys.executable, "-c", IMPORT_FLOOR])[0] for _ in range(repeat)]
    return statistics.median(times)


def fresh_env(work: Path) -> dict:
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env.update(DAGSTER_HOME=str(home), OPENDATA_CACHE=str(work / "cache"),
               OPENDATA_DATASETS=str(work / "datasets"), OPENDATA_SOURCES=str(work / "sources"))
    return env


def publish(env: dict, *extra: str) -> tuple[float, float, subprocess.CompletedProcess]:
    wall, peak, done = timed([str(BIN / "opendata"), "publish", "--quiet", *extra], env=env)
    if done.returncode != 0:
        raise SystemExit(f"opendata publish failed:\n{done.stderr[-3000:]}")
    return wall, peak, done


def releases(env: dict) -> list[str]:
    index = Path(env["OPENDATA_DATASETS"]) / "numericamp-cua" / "versions.json"
    return [r["version"] for r in json.loads(index.read_text())["releases"]] if index.is_file() else []


def bench_runs(tmp: Path, repeat: int) -> dict:
    """Cold processes on the shipped sources. ``first`` is the very first run of a new Dagster home
    (its SQLite run storage is created); ``cold`` is a new process publishing a new release with a
    Dagster home that already exists, as on a data officer's machine, but with empty release
    folder and extraction cache; ``noop`` is the same command again; ``forced`` runs the whole
    Dagster job on unchanged inputs (``--force``)."""
    first, cold, forced, noop = [], [], [], []
    home_env = None
    for i in range(repeat + 1):
        work = tmp / f"run-{i}"
        shutil.copytree(ROOT / "sources", work / "sources")
        env = fresh_env(work)
        if home_env is None:
            home_env = env
            first.append(publish(env)[0])
            continue
        env["DAGSTER_HOME"] = home_env["DAGSTER_HOME"]
        cold.append(publish(env)[0])
        before = releases(env)
        wall, _, done = publish(env)
        noop.append(wall)
        assert done.stdout.startswith("unchanged") and releases(env) == before, "a no-op run published"
        forced.append(publish(env, "--force")[0])
        assert releases(env) == before
    return {"first_run_new_home_seconds": first[0], "cold_seconds": statistics.median(cold),
            "noop_seconds": statistics.median(noop), "forced_noop_seconds": statistics.median(forced), "repeat": repeat}


def bench_corpus(tmp: Path, sizes: list[int]) -> list[dict]:
    from bench.corpus import generate, measure

    rows = []
    for n in sizes:
        work = tmp / f"corpus-{n}"
        expected = generate(work / "sources", n, seed=n)
        env = fresh_env(work)
        wall, peak, _ = publish(env)
        counts = json.loads((Path(env["OPENDATA_DATASETS"]) / "numericamp-cua" / "versions.json").read_text())
        rows_published = counts["releases"][-1].get("rows", {})
        quality = measure(work / "sources", expected)
        kinds = quality["kinds"]
        matched = sum(k["matched"] for k in kinds.values())
        rows.append({"documents": n, "seconds": wall, "per_document_ms": 1000 * wall / n, "peak_mb": peak,
                     "rows": rows_published,
                     # micro-averaged over event fields, key figures, sessions, speakers, cited figures
                     "recall": matched / max(1, sum(k["expected"] for k in kinds.values())),
                     "precision": matched / max(1, sum(k["found"] for k in kinds.values())),
                     "by_kind": {name: {"recall": k["recall"], "precision": k["precision"]} for name, k in kinds.items()},
                     "quality": {k: v for k, v in quality.items() if k not in ("misses",)}})
        shutil.rmtree(work, ignore_errors=True)
    return rows


def bench_writes(rows: int, tmp: Path) -> dict:
    import numpy as np
    import pyarrow as pa

    from pipelines.files import write_csv, write_parquet

    rng = np.random.default_rng(0)
    table = pa.table({
        "key_figure_id": pa.array([f"event-{i // 10}:metric-{i % 10}" for i in range(rows)]),
        "value": pa.array(rng.integers(0, 100_000, rows).astype(float)),
        "approximate": pa.array(rng.integers(0, 2, rows).astype(bool)),
        "quote": pa.array([f"Plus de {i} visiteurs sont venus" for i in range(rows)]),
        "page": pa.array(rng.integers(1, 40, rows)),
    })
    out = {}
    for name, write in (("csv_arrow", lambda p: write_csv(table, p)), ("parquet_arrow", lambda p: write_parquet(table, p)),
                        ("csv_pandas", lambda p: table.to_pandas().to_csv(p, index=False))):
        path = tmp / f"{name}.out"
        started = time.perf_counter()
        write(path)
        seconds = time.perf_counter() - started
        size = path.stat().st_size
        # throughput of the data written (the Arrow table's size), and the file's own size
        out[name] = {"seconds": seconds, "file_mb": size / 1e6, "mb_per_s": table.nbytes / 1e6 / seconds,
                     "file_mb_per_s": size / 1e6 / seconds}
        path.unlink()
    out["csv_speedup_vs_pandas"] = out["csv_arrow"]["mb_per_s"] / out["csv_pandas"]["mb_per_s"]
    out["rows"] = rows
    out["data_mb"] = table.nbytes / 1e6
    return out


def verdict(value: float, goal: float, lower_is_better: bool = True) -> str:
    ok = value <= goal if lower_is_better else value >= goal
    return "met" if ok else "NOT met"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the benchmark itself")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--sizes", type=int, nargs="*", default=None, help="corpus sizes (default 10 100 1000)")
    parser.add_argument("--scale", type=int, nargs="*", default=None, metavar="N",
                        help="also the realistic corpus of bench/scale.py, N documents (default 10 100 1000)")
    args = parser.parse_args(argv)
    quick = args.quick
    sizes = args.sizes or ([5, 20] if quick else [10, 100, 1000])
    results: dict = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
                     "quick": quick}
    with tempfile.TemporaryDirectory(prefix="opendata-bench-") as tmpdir:
        tmp = Path(tmpdir)
        floor = import_floor(1 if quick else 3)
        results["import_floor_seconds"] = floor
        runs = bench_runs(tmp, 1 if quick else 3)
        results["runs"] = runs | {"cold_ratio": runs["cold_seconds"] / floor, "noop_ratio": runs["noop_seconds"] / floor,
                                  "forced_noop_ratio": runs["forced_noop_seconds"] / floor}
        results["corpus"] = bench_corpus(tmp, sizes)
        from bench.validation import run as validation_run

        results["validation"] = validation_run(rows=20_000 if quick else 1_000_000,
                                               frictionless_rows=5_000 if quick else 100_000)
        results["writes"] = bench_writes(50_000 if quick else 1_000_000, tmp)
        from bench.large import run as large_run

        results["large_tables"] = large_run(50_000 if quick else 1_000_000, repeat=1 if quick else 2)
    if args.scale is not None:
        from bench.scale import run as scale_run

        results["scale"] = scale_run(args.scale or ([5, 20] if quick else [10, 100, 1000]),
                                     per_kind=2 if quick else 8, floor=floor)
    corpus = results["corpus"]
    if len(corpus) >= 2:
        a, b = corpus[-2], corpus[-1]
        results["corpus_growth"] = (b["seconds"] / a["seconds"]) / (b["documents"] / a["documents"])
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(report(results))
    print(f"\nFigures written to {args.out}")
    return results


def report(r: dict) -> str:
    floor = r["import_floor_seconds"]
    runs = r["runs"]
    lines = [f"Benchmark {r['date']} on {r['machine']['cpus']} CPU ({r['machine']['cpu']}), "
             f"{r['machine']['memory_gb']} GB, Python {r['machine']['python']}" + (" [quick]" if r["quick"] else ""),
             "",
             f"{'measure':<44} {'value':>12} {'reference':>14} {'ratio':>8}  goal",
             "-" * 100]

    def row(name, value, ref, ratio, goal):
        lines.append(f"{name:<44} {value:>12} {ref:>14} {ratio:>8}  {goal}")

    row("import floor (dagster, duckdb, frictionless...)", f"{floor:.2f} s", "", "", "")
    row("publish, first run of a new Dagster home", f"{runs['first_run_new_home_seconds']:.2f} s", f"{floor:.2f} s",
        f"{runs['first_run_new_home_seconds'] / floor:.2f}x", "(for information)")
    row("publish, cold process, shipped sources", f"{runs['cold_seconds']:.2f} s", f"{floor:.2f} s",
        f"{runs['cold_ratio']:.2f}x", f"<= {GOALS['run_latency_ratio']}x: {verdict(runs['cold_ratio'], GOALS['run_latency_ratio'])}")
    row("publish again, unchanged (no-op)", f"{runs['noop_seconds']:.2f} s", f"{floor:.2f} s",
        f"{runs['noop_ratio']:.2f}x", f"<= {GOALS['noop_ratio']}x: {verdict(runs['noop_ratio'], GOALS['noop_ratio'])}")
    row("publish --force, unchanged (full Dagster run)", f"{runs['forced_noop_seconds']:.2f} s", f"{floor:.2f} s",
        f"{runs['forced_noop_ratio']:.2f}x", "(for information)")
    for c in r["corpus"]:
        rec = c.get("recall")
        row(f"corpus N={c['documents']}: publish", f"{c['seconds']:.1f} s", f"{c['per_document_ms']:.0f} ms/doc",
            "", f"peak {c['peak_mb']:.0f} MB, recall {rec if rec is None else f'{rec:.3f}'}, "
            f"precision {c.get('precision') if c.get('precision') is None else format(c['precision'], '.3f')}")
    if r["corpus"] and r["corpus"][-1]["documents"] >= 1000:
        big = r["corpus"][-1]
        row("corpus N=1000 within 120 s, under 2 GB", f"{big['seconds']:.1f} s", f"{big['peak_mb']:.0f} MB", "",
            verdict(big["seconds"], GOALS["corpus_1000_seconds"]) + " / " + verdict(big["peak_mb"], GOALS["corpus_peak_mb"]))
    if "corpus_growth" in r:
        row("growth (time ratio / size ratio, last two N)", f"{r['corpus_growth']:.2f}", "1.00 = linear", "",
            "<= 1: " + verdict(r["corpus_growth"], 1.05))
    v = r["validation"]
    same = v["injected"]["same_findings"]
    row(f"validate {v['rows']:,} rows: DuckDB SQL vs frictionless", f"{v['duckdb']['rows_per_s']:,.0f} r/s",
        f"{v['frictionless']['rows_per_s']:,.0f} r/s", f"{v['speedup']:.1f}x",
        f">= {GOALS['validation_speedup']}x: {verdict(v['speedup'], GOALS['validation_speedup'], False)}; "
        f"same findings on injected errors: {'yes' if same else 'NO'} ({v['injected']['duckdb_findings']})")
    w = r["writes"]
    row(f"write {w['rows']:,} rows ({w['data_mb']:.0f} MB) CSV, Arrow", f"{w['csv_arrow']['mb_per_s']:.0f} MB/s",
        f"{w['csv_pandas']['mb_per_s']:.0f} MB/s", f"{w['csv_speedup_vs_pandas']:.1f}x",
        f"vs pandas to_csv; {w['csv_arrow']['file_mb']:.0f} MB file")
    row(f"write {w['rows']:,} rows ({w['data_mb']:.0f} MB) Parquet zstd, Arrow",
        f"{w['parquet_arrow']['mb_per_s']:.0f} MB/s", "", "", f"{w['parquet_arrow']['file_mb']:.1f} MB file")
    if "large_tables" in r:
        g = r["large_tables"]
        row(f"{g['rows']:,} rows: checks, release, warehouse", f"{g['seconds']:.1f} s",
            f"{g['duckdb_alone_seconds']:.1f} s", f"{g['ratio']:.2f}x",
            f"<= {g['goal']}x: {verdict(g['ratio'], g['goal'])} (reference: DuckDB reads the CSV, writes Parquet and a table)")
    if "scale" in r:
        from bench.scale import rows

        lines.append("realistic corpus (bench/realistic.py, bench/scale.py):")
        for measure in rows(r["scale"]):
            row(*measure)
    return "\n".join(lines)


if __name__ == "__main__":
    main()
