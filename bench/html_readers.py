"""The project's HTML reader (selectolax, main content by HTML's sectioning rules) against
trafilatura, measured on the HTML pages of the real corpus's `dev` part.

For each page: how many of the items a careful reader found in it (key and cited figures' quotes,
speakers, session titles, strategy axes: tests/real/<id>/expected.yaml) are in each reader's text
(content kept), and how long each text is (furniture kept: menus, footers, related links). The
`test` part is left out, as for every other choice of rules.

    uv run --with trafilatura python -m bench.html_readers

trafilatura is not a dependency of the project: the script says so and stops when it is missing.
"""

from __future__ import annotations

import sys
import time

from pipelines.evaluation.corpus import load_corpus
from pipelines.evaluation.scorer import text_key
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry


def expected_items(expected: dict) -> list[str]:
    items = [i.get("quote") for k in ("key_figures", "cited_figures") for i in expected.get(k) or []]
    items += [s.get("name") for s in expected.get("speakers") or []]
    items += [s.get("title") for s in expected.get("sessions") or []]
    axes = (expected.get("strategy") or {}).get("axes") or []
    items += [a["title"] if isinstance(a, dict) else a for a in axes]
    return [i for i in items if i]


def kept(items: list[str], text: str) -> int:
    haystack = f" {text_key(text)} "
    return sum(f" {text_key(i)} " in haystack for i in items)


def main() -> int:
    try:
        import trafilatura
    except ImportError:
        print("trafilatura n'est pas installé : uv run --with trafilatura python -m bench.html_readers", file=sys.stderr)
        return 2
    cases = [c for c in load_corpus() if c.format == "html" and c.split == "dev"]
    totals = {"ours": [0, 0, 0.0], "trafilatura": [0, 0, 0.0]}
    wanted = 0
    print(f"{'page':44} {'items':>5} {'ours':>11} {'trafilatura':>13}")
    for case in cases:
        items = expected_items(case.expected)
        wanted += len(items)
        start = time.perf_counter()
        ours = read_document(SourceEntry(id=case.id, file=case.file.name, path=case.file.resolve())).text
        ours_s = time.perf_counter() - start
        raw = case.file.read_bytes()
        start = time.perf_counter()
        theirs = trafilatura.extract(raw, include_tables=True, include_formatting=False, favor_recall=True) or ""
        theirs_s = time.perf_counter() - start
        row = {"ours": (kept(items, ours), len(ours), ours_s), "trafilatura": (kept(items, theirs), len(theirs), theirs_s)}
        for name, (k, n, s) in row.items():
            totals[name][0] += k
            totals[name][1] += n
            totals[name][2] += s
        print(f"{case.id[:44]:44} {len(items):5} {row['ours'][0]:4} {row['ours'][1]:6}c {row['trafilatura'][0]:6} "
              f"{row['trafilatura'][1]:6}c")
    for name, (k, n, s) in totals.items():
        print(f"{name}: {k}/{wanted} items kept ({k / max(wanted, 1):.0%}), {n} characters, {s:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
