"""What the extraction costs the first time in a process (adding one document extracts it in a
fresh process): the import, then one document of the real corpus extracted twice. The difference
between the two extractions is what first use costs (word lists turned into patterns, patterns
compiled, lexicons read). With ``--compiles``, the regular expressions compiled in the process
are counted and timed, and the costliest listed with where they are built.

    .venv/bin/python -m bench.first_extraction DOCUMENT_ID              # one line of JSON
    .venv/bin/python -m bench.first_extraction DOCUMENT_ID --compiles   # and the compiles

Run it several times, in fresh processes, before and after a change, interleaved: the machine's
load moves the figures more than most changes do."""

from __future__ import annotations

import argparse
import collections
import json
import os
import re._compiler as re_compiler
import time
import traceback


def _watch_compiles() -> list[tuple[float, str, int, str]]:
    records: list[tuple[float, str, int, str]] = []
    compile_ = re_compiler.compile

    def timed(pattern, flags=0):
        start = time.process_time()
        result = compile_(pattern, flags)
        spent = time.process_time() - start
        where = "?"
        for frame in reversed(traceback.extract_stack()[:-1]):
            if "/pipelines/" in frame.filename:
                where = f"{frame.filename.split('/pipelines/')[1]}:{frame.lineno} ({frame.name})"
                break
        records.append((spent, where, len(pattern), str(pattern)[:80]))
        return result

    re_compiler.compile = timed
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.first_extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("document", help="identifiant d'un document de tests/real/")
    parser.add_argument("--compiles", action="store_true", help="compter et chronométrer les expressions compilées")
    args = parser.parse_args(argv)
    records = _watch_compiles() if args.compiles else None
    clock = (time.perf_counter, time.process_time)
    t0 = [c() for c in clock]
    from pipelines.document import read_document  # noqa: F401  (imported by extract_case: not a first-use cost)
    from pipelines.evaluation.corpus import extract_case, load_corpus
    from pipelines.extract.documents import extract_document  # noqa: F401
    t1 = [c() for c in clock]
    at_import = len(records) if records is not None else 0
    case = next((c for c in load_corpus() if c.id == args.document), None)
    if case is None:
        parser.error(f"document inconnu : {args.document}")
    t2 = [c() for c in clock]
    first = extract_case(case)
    t3 = [c() for c in clock]
    second = extract_case(case)
    t4 = [c() for c in clock]
    if first != second:
        raise SystemExit("les deux extractions diffèrent")
    out = {"import_wall": t1[0] - t0[0], "import_cpu": t1[1] - t0[1],
           "first_wall": t3[0] - t2[0], "first_cpu": t3[1] - t2[1],
           "second_wall": t4[0] - t3[0], "second_cpu": t4[1] - t3[1], "load": os.getloadavg()[0]}
    if records is not None:
        out |= {"compiles": len(records), "compiles_at_import": at_import,
                "compile_cpu": sum(r[0] for r in records)}
    print(json.dumps(out))
    if records is not None:
        for spent, where, size, head in sorted(records, reverse=True)[:20]:
            print(f"{spent * 1000:7.1f} ms  {size:6d} chars  {where}  {head!r}")
        by_site: dict[str, list] = collections.defaultdict(lambda: [0, 0.0])
        for spent, where, _, _ in records:
            by_site[where][0] += 1
            by_site[where][1] += spent
        print("by place:")
        for where, (count, spent) in sorted(by_site.items(), key=lambda kv: -kv[1][1])[:20]:
            print(f"{spent * 1000:7.1f} ms  {count:4d}x  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
