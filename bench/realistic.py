"""Realistic documents at the size of a national corpus, with their expected extraction.

``generate(folder, n, seed)`` writes ``n`` documents shaped like the ones a collectivité publishes,
1 to 60 pages each, and returns the extraction expected of each one. The facts and their wordings
are bench/synthetic's (``Report``: event, headline figures, programme, speakers, talk summaries
with cited figures); this module makes them the size of real documents (each talk summary goes on
with paragraphs of running prose and further cited figures, so a report of 40 pages states 40
pages of facts) and lays them out as the real corpus does (bench/realistic_layouts.py):

- ``pdf``: a report in two columns (fpdf2): running header and footer, a title block and an
  introduction across the page, the headline figures in a shaded box (cards: the number in large
  bold type above what it counts, or a table, or lines), then the programme and the talk summaries
  flowing from column to column, with framed boxes (a result list, a quotation) inside a column;
- ``slides``: a slide deck (landscape, one slide a page): title slide, key-figure cards, the
  programme, then each session on a slide of its own and its summary as bullets, a few a slide;
- ``html``: a web page: site header, navigation, breadcrumb, the article, an aside of related
  links, the footer (``bench.synthetic.render.render_html`` inside the site's frame);
- ``md``: Markdown with a YAML front matter (``bench.synthetic.render.render_md``);
- ``txt``: a PDF-to-text export with its pages (``bench.synthetic.render.render_txt``).

The mix (shares and page counts by kind) is ``MIX``; document ``i`` depends only on ``seed`` and
``i`` (not on ``n``), so a corpus of 1,000 documents is the first 1,000 of one of 10,000. Each
expectation is bench/corpus.py's (see its docstring) with three more keys: ``kind`` (the layout
above), ``pages`` (a PDF's page count; for the other kinds, the pages the same text takes in the
two-column PDF, ``chars / CHARS_PER_PAGE``), ``chars``, ``bytes`` and ``plan`` (how it was
drawn). ``twin_pdf(expected, seed)`` lays the same content out as the two-column PDF, the reference
of the per-page figures of the other kinds.

    python -m bench.realistic --n 20 --out /tmp/realistic [--seed 0] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.realistic_layouts import RENDER, render_pdf
from bench.synthetic.render import _slug
from bench.synthetic.report import Report
from bench.synthetic.vocabulary import FORMATS

# kind -> (share of the corpus, report layout of bench/synthetic it starts from, page counts)
MIX = {
    "html": (0.35, "html", (1, 4)),
    "pdf": (0.25, "html", (2, 60)),
    "md": (0.15, "md", (1, 6)),
    "txt": (0.15, "txt", (1, 12)),
    "slides": (0.10, "md", (8, 40)),
}
KINDS = tuple(MIX)
SUFFIX = {"pdf": "pdf", "slides": "pdf", "html": "html", "md": "md", "txt": "txt"}
CHARS_PER_PAGE = 2700       # characters of a page of the two-column PDF (measured: 2,400 to 2,700)
CHARS_PER_SLIDE = 260

# Running prose without figures, drawn word group by word group (what fills a real report between
# its facts). No number, no name: nothing in it is to be extracted.
_WHO = ["Les élus", "Les agents", "Les habitants", "Les partenaires", "Les associations", "Les participants",
        "Les techniciens", "Les entreprises du territoire", "Les représentants des communes", "Les intervenants"]
_VERB = ["ont souligné", "ont rappelé", "ont insisté sur", "ont mis en avant", "ont interrogé", "ont débattu de",
         "ont salué", "ont questionné"]
_WHAT = ["l'importance de mutualiser les moyens entre communes", "la nécessité de former les agents",
         "l'intérêt d'associer les habitants dès la conception des projets", "le rôle des tiers-lieux",
         "la place du numérique dans les services de proximité", "les difficultés de recrutement",
         "le coût de l'entretien des équipements", "la simplicité des démarches", "la sobriété des usages",
         "la coopération avec les acteurs économiques", "le suivi des actions engagées",
         "l'accompagnement des publics éloignés", "l'évaluation des dispositifs", "la continuité du service public"]
_THEN = ["Plusieurs pistes ont été évoquées pour la suite.", "Le débat s'est poursuivi lors de la pause.",
         "Des exemples concrets ont illustré le propos.", "La démarche sera présentée aux instances.",
         "Un groupe de travail poursuivra la réflexion.", "Les retours du public ont été positifs.",
         "Le calendrier reste à préciser avec les partenaires.", "Des visites de terrain sont envisagées.",
         "La méthode pourra être reprise par d'autres collectivités.",
         "Les documents de travail seront partagés avec les communes."]


def prose(rng: random.Random) -> str:
    """One sentence of running prose without a figure."""
    if rng.random() < 0.35:
        return rng.choice(_THEN)
    return f"{rng.choice(_WHO)} {rng.choice(_VERB)} {rng.choice(_WHAT)}."


def _body_chars(r: Report) -> int:
    return sum(len(c) if k == "p" else sum(len(x) for x in c) for s in r.sessions for k, c in s.blocks)


def grow(r: Report, target_chars: int) -> None:
    """Lengthen the talk summaries of ``r`` until its text is about ``target_chars`` long: each
    new paragraph is running prose with one cited figure (``Report.cited_sentence``, which records
    it in the expectation), added to the sessions in turn."""
    rng = r.rng
    have = 1500 + len(r.intro()) + _body_chars(r)     # title, programme, figures, closing: ~1,500
    k = 0
    while have < target_chars and r.sessions:
        sentences = [prose(rng) for _ in range(rng.randint(2, 4))]
        sentences.insert(rng.randrange(len(sentences) + 1), r.cited_sentence())
        text = " ".join(sentences)
        r.sessions[k % len(r.sessions)].blocks.append(("p", text))
        have += len(text) + 1
        k += 1


# =========================================================================== the document plan
def _plan(i: int, seed: int) -> tuple[str, int]:
    """(kind, pages) of document ``i``."""
    rng = random.Random(f"realistic:{seed}:{i}")
    kind = rng.choices(KINDS, weights=[MIX[k][0] for k in KINDS])[0]
    low, high = MIX[kind][2]
    if kind == "pdf" and rng.random() < 0.5:
        low = 20                   # half the PDFs are long reports (20 to 60 pages)
    elif kind == "pdf":
        high = 12
    return kind, rng.randint(low, high)


def _report(i: int, seed: int, kind: str, attempt: int = 0) -> Report:
    """Document ``i``'s report, drawn with the layout choices of its base format (bench/synthetic
    draws a report's format from its index: the index used here is the one that gives it)."""
    base = FORMATS.index(MIX[kind][1])
    return Report(3 * i + (base - seed) % 3, seed, attempt)


def _content(i: int, seed: int, kind: str, pages: int, attempt: int) -> Report:
    r = _report(i, seed, kind, attempt)
    grow(r, pages * (CHARS_PER_SLIDE if kind == "slides" else CHARS_PER_PAGE))
    return r


# =========================================================================== public API
def _settle(n: int, seed: int, start: int = 0, events: set | None = None) -> list[tuple[int, str, int, int]]:
    """(index, kind, pages, attempt) of each document: one event name and year per document, as
    bench/corpus.py's ``generate`` (the corpus is published as a whole)."""
    events = set() if events is None else events
    plan = []
    for i in range(start, n):
        kind, pages = _plan(i, seed)
        attempt = 0
        r = _report(i, seed, kind)
        while (_slug(r.name), r.year) in events and attempt < 200:
            attempt += 1
            r = _report(i, seed, kind, attempt)
        events.add((_slug(r.name), r.year))
        plan.append((i, kind, pages, attempt))
    return plan


def _write_one(args: tuple) -> dict:
    folder, seed, i, kind, pages, attempt = args
    r = _content(i, seed, kind, pages, attempt)
    rendered = RENDER[kind](r)
    name = f"{i:05d}-{_slug(r.name)}-{r.year}.{SUFFIX[kind]}"
    path = Path(folder) / name
    if isinstance(rendered, bytes):
        path.write_bytes(rendered)
        real_pages = _pdf_pages(rendered)
        chars = sum(len(c) for s in r.sessions for k, c in s.blocks if k == "p") + 1500 + len(r.intro())
    else:
        path.write_text(rendered, encoding="utf-8")
        chars = len(rendered)
        real_pages = None
    exp = r.expected(name)
    exp.update(kind=kind, pages=real_pages or max(1, round(chars / CHARS_PER_PAGE)), chars=chars,
               bytes=path.stat().st_size, plan={"index": i, "pages": pages, "attempt": attempt})
    exp["wordings"] = sorted(set(exp["wordings"]) | {f"kind:{kind}"})
    return exp


def write_document(folder: Path, i: int, kind: str, pages: int, seed: int = 0) -> dict:
    """Write one document of the given kind and length (index ``i`` draws its content) into
    ``folder`` and return its expectation: for tests and trials outside a whole corpus."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    return _write_one((str(folder), seed, i, kind, pages, 0))


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def generate(folder: Path, n: int, seed: int = 0, workers: int = 1, start: int = 0) -> list[dict]:
    """Write documents ``start`` to ``n - 1`` into ``folder`` and return their expected extraction
    (see the module docstring), in index order. ``workers`` processes render them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    events: set = set()
    if start:
        for i, kind, pages, attempt in _settle(start, seed):
            r = _report(i, seed, kind, attempt)
            events.add((_slug(r.name), r.year))
    jobs = [(str(folder), seed, *p) for p in _settle(n, seed, start, events)]
    if workers > 1 and len(jobs) > 8:
        with ProcessPoolExecutor(workers) as pool:
            return list(pool.map(_write_one, jobs, chunksize=max(1, len(jobs) // (workers * 16))))
    return [_write_one(job) for job in jobs]


def twin_pdf(expected: dict, seed: int = 0) -> bytes:
    """A generated document's content (its expectation names it) laid out as the two-column PDF,
    whatever its own kind."""
    plan = expected["plan"]
    return render_pdf(_content(plan["index"], seed, expected["kind"], plan["pages"], plan["attempt"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.realistic", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--out", type=Path, required=True,
                        help="documents in OUT/documents, the expectations in OUT/expected.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    expected = generate(args.out / "documents", args.n, args.seed, args.workers)
    (args.out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    pages = sum(e["pages"] for e in expected)
    print(f"{len(expected)} documents, {pages} pages written to {args.out / 'documents'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
