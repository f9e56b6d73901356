"""The document model (pipelines/document/): each reader gives blocks that are exact spans of the
text, with the structure of the format (headings, list items, table rows), metadata, and none of
the page's furniture or markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.document.html import read_html
from pipelines.document.markdown import read_markdown
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry

from .conftest import ROOT

REAL = ROOT / "tests" / "real"

MARKDOWN = """---
title: "Forum du numérique : le bilan"
date: 2024-05-14
tags: [numérique]
---

# Forum du numérique

Le forum a réuni **plus de 350 participants** \\[9h–18h\\] à la Halle &amp; au Parc.<br>Deuxième ligne.

- **Élise Martin**, directrice, Région Sud
  - sous-point
1. premier

| Indicateur | Valeur |
|---|---|
| Exposants | 42 |

<div class="note">Une note en HTML</div>
"""

HTML = """<!doctype html><html><head><title>Retour sur la journée | Ville</title>
<meta property="article:published_time" content="2023-11-20T10:00:00+01:00"></head><body>
<header class="site-header"><nav><ul><li>Accueil</li><li>Agenda</li></ul></nav></header>
<div class="breadcrumb">Accueil &gt; Actualités</div>
<div class="page-banner"><h1>Retour sur la journée</h1></div>
<main><article><p>La journée a rassemblé <strong>120</strong> personnes &amp;lt;sic&amp;gt;.</p>
<ul><li>Table ronde<ul><li>Jean Dupont, maire</li></ul></li></ul>
<table><tr><th>Visiteurs</th><td>120</td></tr></table>
<iframe src="x"></iframe><script>var x = 9999;</script></article></main>
<aside class="sidebar">À lire aussi</aside><footer>Mentions légales 2023</footer></body></html>"""


def _spans_are_exact(built):
    text = built.text()
    for block in built.blocks:
        assert 0 <= block.start < block.end <= len(text)
        span = text[block.start:block.end]
        assert span.rstrip() == span and "\n" not in span[:1] and span.strip()   # a nested item keeps its indent
        for a, b in block.emphasis:
            assert block.start <= a < b <= block.end


def test_markdown_blocks_metadata_and_no_markup():
    built, meta = read_markdown(MARKDOWN)
    text = built.text()
    assert meta["title"] == "Forum du numérique : le bilan" and str(meta["date"]) == "2024-05-14"
    assert "title:" not in text and "**" not in text and "\\[" not in text and "<br>" not in text
    assert "[9h–18h]" in text and "Halle & au Parc" in text and "Une note en HTML" in text
    kinds = [b.kind for b in built.blocks]
    assert kinds[0] == "heading" and built.blocks[0].level == 1
    items = [b for b in built.blocks if b.kind == "list_item"]
    assert [(b.level, b.marker) for b in items] == [(0, "-"), (1, "-"), (0, "1.")]
    rows = [b for b in built.blocks if b.kind == "table_row"]
    assert rows[-1].cells == ("Exposants", "42")
    bold = [text[a:b] for blk in built.blocks for a, b in blk.emphasis]
    assert "plus de 350 participants" in bold and "Élise Martin" in bold
    _spans_are_exact(built)


def test_a_pelican_metadata_header_is_metadata_and_a_page_of_key_value_lines_is_text():
    """Pelican and MultiMarkdown put "Key: value" lines before the first blank line: the title and
    date are metadata, not the document's first paragraph. A French page that opens with its own
    "Lieu : ..." and "Date : ..." lines keeps them as text (they are the event's)."""
    built, meta = read_markdown("Title: Bilan du forum 2024\nDate: 2024-05-14 10:00\nTags: forum,\n    numérique\n\n"
                                "Le forum a réuni 300 personnes.\n")
    assert meta["title"] == "Bilan du forum 2024" and meta["tags"] == "forum, numérique"
    assert built.text().startswith("Le forum a réuni 300 personnes.")
    built, meta = read_markdown("Lieu : Halle aux grains\nDate : samedi 12 mai 2024\n\nLe forum ouvre à 9h.\n")
    assert meta == {} and "Lieu : Halle aux grains" in built.text()
    built, meta = read_markdown("Date: 12/05/2024\n\nSans titre, ce n'est pas un en-tête.\n")
    assert meta == {} and "Date: 12/05/2024" in built.text()


def test_template_tags_of_a_static_site_page_are_not_text():
    """A Jekyll or Hugo page: `{{ site.url }}` in an image's target, `{% include %}` and Hugo shortcodes
    are the generator's; the image reads as its alternative text, never as `![...](...)`."""
    source = ("---\ntitle: Retour sur la fête\n---\nLa fête en images. [![Le marché en accéléré]"
              "({{ site.url }}/images/marche.jpg)](https://video.example/v\n \"Le film\")\n\n"
              "{% include encart.html %}Merci à tous {{< figure src=\"a.jpg\" >}}!\n")
    text = read_markdown(source)[0].text()
    assert "Le marché en accéléré" in text and "Merci à tous" in text
    assert not any(mark in text for mark in ("![", "](", "{{", "{%", "site.url", "include"))
    # without front matter (not a site's page) nothing is removed
    assert "{{ x }}" in read_markdown("Un modèle {{ x }} cité.\n")[0].text()


def test_a_front_matter_standfirst_is_the_first_paragraph_of_the_text():
    """A site's page template shows the standfirst of its front matter under the title: it is text
    (its links read as their words), before the body; other keys stay metadata."""
    source = ("---\ntitle: Rencontre des designers\nchapeau-text: La [mission Valbrune](https://exemple.fr) "
              "organise sa 3e rencontre\n  le 3 mars.\nlieu: Maison des projets\n---\nAu programme, quatre projets.\n")
    built, meta = read_markdown(source)
    assert built.text().startswith("La mission Valbrune organise sa 3e rencontre le 3 mars.\n\nAu programme")
    assert "Maison des projets" not in built.text() and meta["lieu"] == "Maison des projets"


def test_kramdown_attribute_lists_are_not_text():
    """A Jekyll page's classes and attributes of a block or a link (`{: .text-center}`,
    `{:rel='nofollow'}`) are read by the generator, never shown."""
    source = ("> #### Rencontrez les recruteurs\n>\n> {: .margin-top-1 .text-center}\n{: .encadre role=\"presentation\" }\n\n"
              "Le plan [en détails](https://exemple.fr/plan.pdf){:rel='nofollow'} est en ligne.\n")
    text = read_markdown(source)[0].text()
    assert "Rencontrez les recruteurs" in text and "Le plan en détails est en ligne." in text
    assert "{:" not in text and "nofollow" not in text


def test_html_headers_of_sections_and_cards_are_content():
    page = ("<html><body><header class='banner'><a href='/'>Accueil du site</a></header>"
            "<div id='content'><section><h1>Les fiches</h1><div class='card'><header><h2>Rénover les écoles</h2>"
            "<div class='montant'><span>1 380 000 €</span> / <span>3%</span></div></header></div></section></div>"
            "<footer>Mentions légales</footer></body></html>")
    built, _ = read_html(page)
    text = " ".join(built.text().split())
    assert "Rénover les écoles" in text and "1 380 000 € / 3%" in text
    assert "Accueil du site" not in text and "Mentions légales" not in text


def test_html_layout_container_named_after_its_navbar_keeps_the_main_content():
    # a site generator's page wrapper whose class names the layout ("page-navbar") holds <main>:
    # it is the page, not furniture; a block of the same name without the content is dropped
    page = ("<html><body><div class='page-navbar'><a href='/'>Accueil</a> <a href='/blog'>Blog</a></div>"
            "<div id='contenu' class='page-columns page-layout-article page-navbar'>"
            "<main><h1>Journée des jardins</h1><p>Programme : 10h00 : Ouverture des portes.</p></main>"
            "<div class='sidebar'>Articles récents</div></div></body></html>")
    text = " ".join(read_html(page)[0].text().split())
    assert "Journée des jardins" in text and "10h00 : Ouverture des portes." in text
    assert "Accueil" not in text and "Blog" not in text and "Articles récents" not in text


def test_html_main_content_only_entities_decoded_once():
    built, meta = read_html(HTML)
    text = built.text()
    for furniture in ("Accueil", "Agenda", "Mentions légales", "À lire aussi", "9999"):
        assert furniture not in text, furniture
    assert text.startswith("Retour sur la journée")          # the page title above <main> is kept
    assert "&lt;sic&gt;" in text                               # "&amp;lt;" is "&lt;", not "<"
    assert meta["title"] == "Retour sur la journée | Ville"
    items = [b for b in built.blocks if b.kind == "list_item"]
    assert [(text[b.start:b.end], b.level) for b in items] == [("- Table ronde", 0), ("  - Jean Dupont, maire", 1)]
    assert [b.cells for b in built.blocks if b.kind == "table_row"] == [("Visiteurs", "120")]
    _spans_are_exact(built)


def test_read_document_takes_title_and_date_from_the_page():
    path = REAL / "dinum-journee-numerique-territoires-2023"
    md = next(path.glob("*.md"))
    doc = read_document(SourceEntry(id="x", file=md.name, path=md))
    assert doc.title and doc.date and doc.blocks and doc.headings
    assert doc.block_at(doc.blocks[1].start) == doc.blocks[1]


def _pdf(name: str):
    folder = REAL / name
    pdf = next(folder.glob("*.pdf"))
    return read_document(SourceEntry(id=name, file=pdf.name, path=pdf))


def test_pdf_columns_are_read_one_after_the_other():
    """A collectivité's sheet in two columns: a paragraph of the left column is read whole, not
    interleaved line by line with the right column."""
    doc = _pdf("ademe-fiche-besancon-2017")
    assert ("L’éco-quartier des Vaites est un projet d’aménagement de 18 ha avec la construction de plus de "
            "1 000 logements.") in doc.text
    assert doc.page_count == 2 and doc.text.count("\f") == 1
    assert any(b.kind == "heading" for b in doc.blocks)


def test_pdf_soft_hyphens_are_joined_and_running_furniture_dropped():
    doc = _pdf("minumeco-bilan-activite-2024")
    assert "\ufffe" not in doc.text and "matériel informatique issu du réemploi" in doc.text
    assert doc.page_count == 16


def test_pdf_compound_name_cut_at_a_lines_end_keeps_its_hyphen():
    """"Audrey Colonel-" / "Coquet (LARHRA ...)": pdfium marks the hyphen at the line's end as a
    soft one; a capital after a lower-case letter and the hyphen is a compound name's second part."""
    doc = _pdf("soduco-bnf-journee-annuaires-commerciaux-2022")
    assert "Audrey Colonel-Coquet" in doc.text and "ColonelCoquet" not in doc.text
    # a word cut in lower case is joined as before
    assert "matériel informatique issu du réemploi" in _pdf("minumeco-bilan-activite-2024").text


@pytest.mark.parametrize("name", ["fcu-webinaire-presentation-2025"])
def test_pdf_figure_cards_keep_their_caption(name):
    doc = _pdf(name)
    assert "30 000 visiteurs/mois sur le site" in " ".join(doc.text.split())


def test_pdf_text_running_past_the_page_edge_is_read(tmp_path):
    """Text set beyond the page's right edge (a line too long for its box) is read, not a crash."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format=(200, 300), unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=9)
    pdf.add_page()
    for i in range(40):
        pdf.set_xy(10, 10 + 7 * i)
        pdf.cell(400, 7, f"Ligne {i} : 120 visiteurs et 40 exposants ont parcouru les stands du salon", new_x="LMARGIN")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    doc = read_document(SourceEntry(id="long", file=path.name, path=path))
    assert "Ligne 0 : 120 visiteurs" in doc.text and doc.page_count == 1


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _render_as_pdf(text: str, page_starts: list[int], path: Path) -> None:
    """The text export laid out as a PDF: one PDF line per line of text, one PDF page per page."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("dejavu", fname=str(DEJAVU))
    bounds = page_starts + [len(text)]
    for lo, hi in zip(bounds, bounds[1:]):
        lines = text[lo:hi].replace("\f", "").split("\n")
        pdf.add_page(format=(600, 40 + 9 * len(lines)))
        pdf.set_font("dejavu", size=7)
        for i, line in enumerate(lines):
            if line.strip():
                pdf.set_xy(20, 20 + 9 * i)
                pdf.cell(560, 9, line.rstrip())
    pdf.output(str(path))


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs Debian's fonts-dejavu-core (.ci/run installs it)")
def test_a_report_and_its_pdf_give_the_same_tables(tmp_path):
    """The first report's text export, rendered as a PDF line for line and page for page, gives
    the same rows: events, key figures, sessions (number and types), speakers, cited figures
    (value, unit, page), polls and strategy axes."""
    from pipelines.extract.documents import extract_document
    source = ROOT / "sources" / "numericamp-2024-bilan.txt"
    text_doc = read_document(SourceEntry(id="report", file=source.name, path=source))
    pdf_path = tmp_path / "numericamp-2024-bilan.pdf"
    _render_as_pdf(text_doc.text, text_doc.page_starts, pdf_path)
    pdf_doc = read_document(SourceEntry(id="report", file=pdf_path.name, path=pdf_path))
    assert pdf_doc.page_count == text_doc.page_count
    a, b = extract_document(text_doc), extract_document(pdf_doc)

    def figures(rows):
        return sorted((r["value"], r["unit"], r["page"]) for r in rows["cited_figures"])

    def differing(x, y):
        """The cited figures of one reading the other lacks, with their quotes: what a failure shows."""
        other = figures(y)
        return [(r["value"], r["unit"], r["page"], r["quote"]) for r in x["cited_figures"]
                if (r["value"], r["unit"], r["page"]) not in other]

    assert figures(a) == figures(b), {"text only": differing(a, b), "pdf only": differing(b, a)}
    assert {t: len(rows) for t, rows in a.items() if t != "sources"} == {t: len(rows) for t, rows in b.items() if t != "sources"}
    assert len(a["cited_figures"]) > 30 and len(a["speakers"]) > 30
    assert sorted(r["full_name"] for r in a["speakers"]) == sorted(r["full_name"] for r in b["speakers"])
    # the sessions are the same in number and type; their titles may differ (the PDF reader sets
    # blocks apart with blank lines, and a running header "Table-Ronde 3" may then title one)
    assert sorted(r["type"] for r in a["sessions"]) == sorted(r["type"] for r in b["sessions"])
    for table, key in [("key_figures", "metric"), ("strategy_axes", "axis"), ("poll_options", "label")]:
        assert sorted(map(str, (r.get(key) for r in a[table]))) == sorted(map(str, (r.get(key) for r in b[table]))), table


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs Debian's fonts-dejavu-core (.ci/run installs it)")
def test_pdf_characters_past_the_basic_plane_are_whole(tmp_path):
    """pdfium gives UTF-16 code units: an emoji before a link comes as two surrogates, which must
    become one character (a lone surrogate cannot be written to a UTF-8 CSV or Parquet file)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(DEJAVU))
    pdf.set_font("dejavu", size=12)
    pdf.set_xy(40, 40)
    pdf.cell(400, 14, "\U0001F600 120 visiteurs au salon")
    path = tmp_path / "emoji.pdf"
    pdf.output(str(path))
    doc = read_document(SourceEntry(id="emoji", file=path.name, path=path))
    # one character, read as the line's bullet (an emoji opening a line, round 333), not two surrogates
    assert "• 120 visiteurs" in doc.text
    doc.text.encode("utf-8")


def test_pdf_timetable_grid_is_read_row_by_row(tmp_path):
    """A timetable set as a grid (a narrow column of times and rooms, the titles beside them, some
    on two lines) is read row by row, each slot with its title; a page of two columns of prose is
    still read column by column (test above)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format=(420, 400))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    y = 30
    for i in range(12):
        pdf.set_xy(20, y)
        pdf.cell(70, 10, f"{9 + i // 2}h{'30' if i % 2 else '00'} - Salle du conseil {'ABC'[i % 3]}")
        pdf.set_xy(150, y)
        pdf.cell(250, 10, f"Atelier {i + 1} : les usages du numérique dans la commune")
        if i % 3 == 0:
            y += 10
            pdf.set_xy(150, y)
            pdf.cell(250, 10, "et la médiation auprès des habitants")
        y += 14
    path = tmp_path / "grille.pdf"
    pdf.output(str(path))
    doc = read_document(SourceEntry(id="grille", file=path.name, path=path))
    lines = [" ".join(ln.split()) for ln in doc.text.split("\n") if ln.strip()]
    assert lines[0].startswith("9h00 - Salle du conseil A Atelier 1 : les usages du numérique"), lines[:4]
    assert "9h30 - Salle du conseil B Atelier 2 : les usages du numérique dans la commune" in lines, lines[:4]


def _two_column_timetable(tmp_path: Path, pages: int) -> Path:
    """Pages of a timetable in two columns (morning on the left, afternoon on the right), each
    column a timed line per slot and the other rooms under it, and the event's tag in a larger
    font under the morning column."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format=(420, 500))
    pdf.set_auto_page_break(False)
    for page in range(pages):
        pdf.add_page()
        for column, (x, first) in enumerate(((10, 9), (220, 14))):
            y = 60
            for slot in range(3 - column % 2 + page % 2):
                for room in "ABC":
                    pdf.set_font("helvetica", size=7)
                    pdf.set_xy(x, y)
                    time = f"{first + slot}h00 " if room == "A" else "      "
                    pdf.cell(190, 9, f"{time}Salle {room} Atelier {page}{column}{slot}{room} sur les usages du quartier")
                    y += 10
                y += 6
        pdf.set_font("helvetica", size=11)
        pdf.set_xy(60, y + 60 + 20 * page)
        pdf.cell(80, 12, "#ForumDesCommunes")
    path = tmp_path / "grille-deux-colonnes.pdf"
    pdf.output(str(path))
    return path


def test_pdf_tag_closing_a_column_on_every_page_is_no_heading(tmp_path):
    """A line in a large font that ends a column on every page (nothing under it, the next block
    read is the top of the next column) heads nothing: it is the page's design (an event's tag),
    read as a paragraph, and the timetable it sits between is one list (a heading there would cut
    it). Alone on one page, it is not known to recur and stays a heading."""
    from pipelines.extract.programme_reader import _Reader

    path = _two_column_timetable(tmp_path, 3)
    doc = read_document(SourceEntry(id="grille", file=path.name, path=path))
    tags = [b for b in doc.blocks if doc.text[b.start:b.end] == "#ForumDesCommunes"]
    assert len(tags) == 3 and all(b.kind == "paragraph" for b in tags), [(b.kind, b.page) for b in tags]
    slots = _Reader(doc).slots
    assert len({s.run for s in slots.values()}) == 1, sorted({s.run for s in slots.values()})
    # every room of the first page's slots, morning and afternoon (3 + 2 slots), is an entry
    first_page = [s.title for s in slots.values() if "Atelier 0" in s.title]
    assert len(first_page) == 3 * (3 + 2), first_page

    one = _two_column_timetable(tmp_path, 1)
    doc = read_document(SourceEntry(id="grille", file=one.name, path=one))
    assert [b.kind for b in doc.blocks if doc.text[b.start:b.end] == "#ForumDesCommunes"] == ["heading"]


def test_markdown_raw_html_is_read_as_blocks():
    built, _ = read_markdown("Intro.\n\n<h2>Un titre</h2>\n\n<ul><li>Premier point</li><li>Second point</li></ul>\n")
    kinds = [(b.kind, built.text()[b.start:b.end]) for b in built.blocks]
    assert ("heading", "Un titre") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["- Premier point", "- Second point"]


def test_markdown_inside_raw_html_is_read_as_a_static_site_generator_reads_it():
    """A Jekyll page's raw HTML: a menu whose links stand in blocks separated by blank lines is
    one element, dropped as navigation; Markdown's inline marks inside an element and Markdown
    blocks written after the last closing tag read as Markdown, not as text with its marks."""
    source = ("Intro.\n\n<section>\n<nav>\n<a href=\"#a\">\n<span>**Forum en ligne**</span>\n</a>\n\n"
              "<a href=\"#b\">\n<span>**Forum à Paris**</span>\n</a>\n</nav>\n</section>\n"
              "> #### **Rencontrez les recruteurs**\n\n"
              "<p>Organisé par [la mission](https://exemple.fr/m) et **la direction**.</p>\n"
              "<figure><img src=\"x.png\"/></figure>### Simplification\nLe premier enjeu.\n")
    built, _ = read_markdown(source)
    text = built.text()
    assert "Forum en ligne" not in text and "Forum à Paris" not in text
    assert "Organisé par la mission et la direction." in text
    assert not any(mark in text for mark in ("**", "](", "> ", "###"))
    kinds = [(b.kind, text[b.start:b.end]) for b in built.blocks]
    assert ("heading", "Simplification") in kinds and ("paragraph", "Le premier enjeu.") in kinds
    assert ("heading", "Rencontrez les recruteurs") in kinds


def test_a_page_stores_date_stamp_stands_on_a_line_of_its_own(tmp_path):
    """A saved page's text opening with its store's stamp (" date 2031-03 Le salon ...") keeps the
    stamp on a line of its own, so the page's first sentence opens its own line (the readers of
    headline figures and titles take a line's opening words for the sentence's); the text keeps
    its length, so offsets into it stay exact. A text without the stamp is read as written."""
    raw = (" date 2031-03 \"Au moins 9 000 visiteurs sur les 3 jours\", c'est le bilan donné par la ville.\n\n"
           "Le Salon du livre de Valbrune s'est tenu du 6 au 8 mars 2031.\n")
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    doc = read_document(SourceEntry(id="page", file=path.name, path=path))
    assert len(doc.text) == len(raw)
    assert doc.text.splitlines()[:2] == [" date 2031-03", "\"Au moins 9 000 visiteurs sur les 3 jours\", c'est le "
                                                            "bilan donné par la ville."]
    plain = tmp_path / "plain.txt"
    plain.write_text("Mise à jour le 3 mars : la date du salon est fixée.\n", encoding="utf-8")
    assert read_document(SourceEntry(id="plain", file=plain.name, path=plain)).text.startswith("Mise à jour le 3 mars : la date")


def test_typographic_hyphens_are_read_as_hyphens(tmp_path):
    """The hyphens U+2010 and U+2011 of PDFs and word processors ("Jean‐Louis", "2ème Table
    ronde ‐ Le partenariat") are read as the hyphen "-", one character for one (offsets stay), in
    the text and in the headings, so a compound given name stays whole."""
    raw = "Colloque de Valbrune\n\n2ème Table ronde \u2010 Le partenariat\nJean\u2010Louis Martin, maire de Valbrune\n"
    path = tmp_path / "programme.txt"
    path.write_text(raw, encoding="utf-8")
    doc = read_document(SourceEntry(id="programme", file=path.name, path=path))
    assert len(doc.text) == len(raw) and "\u2010" not in doc.text and "Jean-Louis Martin" in doc.text
