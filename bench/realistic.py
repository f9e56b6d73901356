"""Realistic documents at the size of a national corpus, with their expected extraction.

``generate(folder, n, seed)`` writes ``n`` documents shaped like the ones a collectivité publishes,
1 to 60 pages each, and returns the extraction expected of each one. The facts and their wordings
are bench/synthetic's (``Report``: event, headline figures, programme, speakers, talk summaries
with cited figures); this module makes them the size of real documents (each talk summary goes on
with paragraphs of running prose and further cited figures, so a report of 40 pages states 40
pages of facts) and lays them out as the real corpus does:

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
import datetime as dt
import html
import json
import os
import random
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.synthetic.render import _slug, render_html, render_md, render_txt
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


# =========================================================================== PDF layouts
# Core fonts (Helvetica) in Windows-1252, as office suites export them: no font file to ship. The
# narrow spaces of French typography are not in it and become no-break spaces.
_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
_FOLD = str.maketrans({"\u202f": "\u00a0", "\u2009": "\u00a0"})


def _pdf_text(text: str) -> str:
    text = text.translate(_FOLD)
    return text.encode("cp1252", "replace").decode("cp1252")


def _new_pdf(orientation: str, fmt):
    from fpdf import FPDF

    class Pdf(FPDF):
        running = ""
        columns = False
        col = 0
        col_top = 0.0
        col_width = 0.0
        gutter = 8.0

        def header(self):
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(110)
            self.set_xy(self.l_margin0, 6)
            self.cell(0, 4, self.running)
            self.set_text_color(0)
            self.set_y(self.t_margin)
            if self.columns:
                self.col_top = self.t_margin
                self._set_col(0)

        def footer(self):
            self.set_y(-10)
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(110)
            self.set_x(self.l_margin0)
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
            self.set_text_color(0)

        def _set_col(self, col: int):
            self.col = col
            x = self.l_margin0 + col * (self.col_width + self.gutter)
            self.set_left_margin(x)
            self.set_right_margin(self.w - x - self.col_width)
            self.set_x(x)

        def accept_page_break(self):
            if self.columns and self.col == 0:
                self._set_col(1)
                self.set_y(self.col_top)
                return False
            if self.columns:
                self._set_col(0)
            return True

    pdf = Pdf(orientation=orientation, unit="mm", format=fmt)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creator("bench/realistic.py")
    pdf.set_creation_date(_EPOCH)              # the same bytes for the same seed
    pdf.set_compression(True)
    pdf.l_margin0 = 15
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, 14)
    return pdf


def _figure_box(pdf, r: Report, width: float) -> None:
    """The headline figures in a shaded box across the page."""
    x0, y0 = pdf.l_margin, pdf.get_y() + 2
    layout = r.figure_layout
    heading = r.rng.choice(["Les chiffres clés", "En chiffres", "Bilan chiffré"])
    if layout == "cards":
        per_row = 4 if len(r.figures) > 6 else 3
        rows = -(-len(r.figures) // per_row)
        height = 12 + rows * 17
    else:
        height = 12 + len(r.figures) * 5.5
    if pdf.get_y() + height > pdf.h - 20:
        pdf.add_page()
        y0 = pdf.get_y() + 2
    pdf.set_fill_color(232, 240, 248)
    pdf.set_draw_color(60, 110, 160)
    pdf.rect(x0, y0, width, height, style="DF")
    pdf.set_xy(x0 + 4, y0 + 3)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(width - 8, 6, _pdf_text(heading))
    if layout == "cards":
        card = (width - 8) / per_row
        for k, f in enumerate(r.figures):
            cx, cy = x0 + 4 + (k % per_row) * card, y0 + 11 + (k // per_row) * 17
            pdf.set_xy(cx, cy)
            pdf.set_font("helvetica", "B", 15)
            pdf.cell(card - 2, 7, _pdf_text(f.number_text))
            pdf.set_xy(cx, cy + 7.5)
            pdf.set_font("helvetica", "", 8.5)
            pdf.cell(card - 2, 4.5, _pdf_text(f.noun_text))
    else:
        pdf.set_font("helvetica", "", 9.5)
        y = y0 + 10
        for f in r.figures:
            pdf.set_xy(x0 + 6, y)
            if layout in ("table", "labels") and f.label:
                pdf.set_font("helvetica", "B", 9.5)
                pdf.cell(60, 5, _pdf_text(f.label))
                pdf.set_font("helvetica", "", 9.5)
                pdf.cell(width - 72, 5, _pdf_text(f.label_value))
            else:
                pdf.cell(width - 12, 5, _pdf_text(("- " if layout == "bullets" else "") + f.text))
            y += 5.5
    pdf.set_xy(x0, y0 + height + 4)


def _para(pdf, text: str, size: float = 9.5, style: str = "", fill: bool = False, after: float = 2.0) -> None:
    pdf.set_font("helvetica", style, size)
    pdf.multi_cell(0, size * 0.45, _pdf_text(text), fill=fill, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def render_pdf(r: Report) -> bytes:
    """``r`` as a report in two columns with boxes (A4 portrait)."""
    rng = r.rng
    pdf = _new_pdf("portrait", "A4")
    pdf.running = _pdf_text(f"{r.organizer} - Bilan {r.name} {r.year}")
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - 30
    pdf.set_font("helvetica", "B", 9)
    pdf.cell(0, 5, _pdf_text(r.organizer.upper()), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    _para(pdf, f"{r.name} {r.year}", 20, "B", after=1)
    _para(pdf, rng.choice(["Bilan de l'événement", "Compte rendu", "Rapport de synthèse"]), 12, after=1)
    if r.edition_text:
        _para(pdf, r.edition_text[0].upper() + r.edition_text[1:], 10, after=1)
    pdf.ln(2)
    if r.date_place == "label":
        _para(pdf, f"Date{'s' if r.end else ''} : {r.date_text()}", after=0)
    elif r.date_place == "line":
        _para(pdf, r.date_text(capital=True), after=0)
    if r.venue_style in ("label", "line"):
        _para(pdf, f"Lieu : {r.venue}", after=0)
    if r.organizer_stated and r.organizer_style == "label":
        _para(pdf, f"Organisation : {r.organizer}", after=0)
    pdf.ln(3)
    _para(pdf, r.intro(), 10)
    if r.figure_layout == "sentence":
        from bench.synthetic.render import figures_sentence

        _para(pdf, figures_sentence(r), 10)
    else:
        _figure_box(pdf, r, width)
    if r.comparison:
        _para(pdf, r.comparison, 10)
    # two columns from here on
    pdf.col_width = (width - pdf.gutter) / 2
    pdf.columns, pdf.col_top = True, pdf.get_y()
    pdf._set_col(0)
    _para(pdf, "Programme", 13, "B")
    for s in r.sessions:
        _para(pdf, s.heading, 10, "B", after=1)
        if s.host:
            _para(pdf, f"Atelier animé par {s.host}.", after=1)
        if s.moderator:
            _para(pdf, r.moderator_line(s), after=1)
        if s.speakers:
            if r.list_style.startswith("inline"):
                _para(pdf, r.inline_list(s.speakers), after=1)
            else:
                for p in s.speakers:
                    _para(pdf, "- " + r.item(p, "txt"), 9, after=0.5)
        pdf.ln(2)
    _para(pdf, rng.choice(["Compte rendu", "Temps forts", "Ce qu'il faut retenir"]), 13, "B")
    pdf.set_fill_color(245, 238, 225)
    for s in r.sessions:
        _para(pdf, r.heading_of(s), 10.5, "B", after=1)
        for kind, content in s.blocks:
            if kind == "p":
                _para(pdf, content, 9.5)
            else:                         # a result list in a framed box of the column
                pdf.ln(1)
                for item in content:
                    _para(pdf, "- " + item, 9, fill=True, after=0)
                pdf.ln(3)
    _para(pdf, "Et après ?", 13, "B")
    _para(pdf, r.next_edition())
    _para(pdf, f"Contact : {r.organizer}, 12 place de la Mairie, {r.town}")
    return bytes(pdf.output())


def _slide_title(pdf, text: str) -> None:
    pdf.set_fill_color(30, 70, 120)
    pdf.rect(0, 14, pdf.w, 20, style="F")
    pdf.set_text_color(255)
    pdf.set_xy(14, 17)
    pdf.set_font("helvetica", "B", 22)
    pdf.multi_cell(pdf.w - 28, 9, _pdf_text(text), new_x="LMARGIN", new_y="NEXT", max_line_height=9)
    pdf.set_text_color(0)
    pdf.set_xy(18, 42)


def _bullets(pdf, items: list[str], size: float = 15) -> None:
    pdf.set_font("helvetica", "", size)
    for item in items:
        pdf.set_x(18)
        pdf.multi_cell(pdf.w - 36, size * 0.45, _pdf_text("• " + item), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÉÀÈ«0-9])", text) if s]


def render_slides(r: Report) -> bytes:
    """``r`` as a slide deck: landscape 16:9, one slide a page, a title bar and bullets."""
    rng = r.rng
    pdf = _new_pdf("landscape", (190.5, 338.7))
    pdf.set_auto_page_break(False)
    pdf.running = _pdf_text(f"{r.name} {r.year}")
    pdf.alias_nb_pages()
    # title slide
    pdf.add_page()
    pdf.set_xy(20, 55)
    pdf.set_font("helvetica", "B", 30)
    pdf.multi_cell(pdf.w - 40, 13, _pdf_text(f"{r.name} {r.year}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("helvetica", "", 18)
    lines = [rng.choice(["Bilan de l'événement", "Retour sur l'édition"])]
    if r.edition_text:
        lines.append(r.edition_text[0].upper() + r.edition_text[1:])
    if r.date_place in ("label", "line"):
        lines.append(r.date_text(capital=True))
    if r.venue_style in ("label", "line"):
        lines.append(f"Lieu : {r.venue}")
    if r.organizer_stated and r.organizer_style == "label":
        lines.append(f"Organisation : {r.organizer}")
    for line in lines:
        pdf.set_x(20)
        pdf.multi_cell(pdf.w - 40, 9, _pdf_text(line), new_x="LMARGIN", new_y="NEXT")
    # context
    pdf.add_page()
    _slide_title(pdf, "Contexte")
    _bullets(pdf, _sentences(r.intro())[:6], 14)
    # key figures: cards
    pdf.add_page()
    _slide_title(pdf, rng.choice(["Les chiffres clés", "En chiffres"]))
    if r.figure_layout == "sentence":
        from bench.synthetic.render import figures_sentence

        _bullets(pdf, [figures_sentence(r)])
    else:
        per_row = 4
        card = (pdf.w - 36) / per_row
        for k, f in enumerate(r.figures):
            cx, cy = 18 + (k % per_row) * card, 46 + (k // per_row) * 34
            pdf.set_fill_color(232, 240, 248)
            pdf.rect(cx, cy, card - 6, 28, style="F")
            pdf.set_xy(cx + 3, cy + 4)
            pdf.set_font("helvetica", "B", 24)
            pdf.cell(card - 12, 11, _pdf_text(f.number_text))
            pdf.set_xy(cx + 3, cy + 17)
            pdf.set_font("helvetica", "", 12)
            pdf.cell(card - 12, 6, _pdf_text(f.noun_text))
    if r.comparison:
        pdf.set_xy(18, pdf.h - 28)
        pdf.set_font("helvetica", "", 12)
        pdf.multi_cell(pdf.w - 36, 6, _pdf_text(r.comparison))
    # programme
    pdf.add_page()
    _slide_title(pdf, "Programme")
    _bullets(pdf, [s.heading for s in r.sessions][:9], 14)
    # sessions: the speakers, then the summary a few bullets a slide
    for s in r.sessions:
        pdf.add_page()
        _slide_title(pdf, s.heading)
        items = []
        if s.host:
            items.append(f"Atelier animé par {s.host}.")
        if s.moderator:
            items.append(r.moderator_line(s))
        items += [r.item(p, "txt") for p in s.speakers]
        _bullets(pdf, items, 15)
        points: list[str] = []
        for kind, content in s.blocks:
            points += _sentences(content) if kind == "p" else list(content)
        for start in range(0, len(points), 6):
            pdf.add_page()
            pdf.set_xy(18, 26)
            _bullets(pdf, points[start:start + 6], 14)
    pdf.add_page()
    _slide_title(pdf, "Et après ?")
    _bullets(pdf, [r.next_edition(), f"Contact : {r.organizer}"], 15)
    return bytes(pdf.output())


# =========================================================================== web and text layouts
def render_site_page(r: Report) -> str:
    """bench/synthetic's article inside a site's frame: header, breadcrumb, aside of related links."""
    page = render_html(r)
    e = html.escape
    site = (f'<header class="site"><a class="logo" href="/">{e(r.organizer)}</a>'
            '<form role="search"><input type="search" name="q" placeholder="Rechercher"></form>'
            '<ul class="menu"><li><a href="/actualites">Actualités</a></li><li><a href="/demarches">Démarches'
            '</a></li><li><a href="/kiosque">Kiosque</a></li></ul></header>\n'
            '<div class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/actualites">Actualités</a> &gt; '
            'Événements</div>\n')
    aside = ('<aside class="related"><h2>À lire aussi</h2><ul>'
             + "".join(f'<li><a href="/actualites/{k}">{e(text)}</a></li>'
                       for k, text in enumerate(["Le programme de l'année", "Inscrivez-vous à la lettre d'information",
                                                 "Les dernières délibérations"]))
             + "</ul></aside>\n")
    page = page.replace("<body>\n", "<body>\n" + site, 1)
    page = page.replace("</main>", "</main>\n" + aside, 1)
    return page.replace("</footer>", '<p class="legal"><a href="/mentions-legales">Mentions légales</a> | '
                        '<a href="/cookies">Gestion des cookies</a></p></footer>', 1)


def render_front_matter(r: Report) -> str:
    """bench/synthetic's Markdown after a YAML front matter."""
    date = r.start.replace(day=min(r.start.day, 28)).isoformat()
    head = ["---", f'title: "{r.name} {r.year}"', f"date: {date}", 'author: "Service communication"',
            f"tags: [bilan, {_slug(r.kind_word)}]", "---", ""]
    return "\n".join(head) + render_md(r)


RENDER = {"pdf": render_pdf, "slides": render_slides, "html": render_site_page, "md": render_front_matter,
          "txt": render_txt}


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
