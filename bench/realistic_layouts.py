"""The layouts of bench/realistic.py's documents: a report in two columns and a slide deck (PDF,
fpdf2), a web page in its site's frame, Markdown after a YAML front matter, and the text export of
bench/synthetic. ``RENDER`` maps each kind of document to its layout."""

from __future__ import annotations

import datetime as dt
import html
import re

from bench.synthetic.render import _slug, render_html, render_md, render_txt
from bench.synthetic.report import Report


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
