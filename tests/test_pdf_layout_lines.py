"""A PDF reader joins the wrapped lines of prose into one line of text; the block keeps where its
layout lines start (``Block.breaks``), so that a check measuring "a short line" measures the lines
of the page, and a key-figures box is set apart in a PDF as in its text export (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(not DEJAVU.exists(), reason="needs Debian's fonts-dejavu-core (.ci/run installs it)")

# An invented report: a box of key figures, one of them described over three wrapped lines that
# hold a count of a plan's parts (a cited figure outside the box, not inside it).
WRAPPED = """Bilan de la Journée des jardins de Valbrune

La Journée des jardins s'est tenue le 12 avril 2031 au parc de Valbrune, avec les associations du quartier.

320 visiteurs

24 exposants

1 conférence d'ouverture lors de laquelle le plan communal des jardins partagés a été présenté
aux habitants et aux associations (un plan qui repose sur 4 axes complémentaires : les sols,
l'eau, les semences et la transmission entre les générations du quartier)

2 ateliers : compostage et taille

La prochaine édition aura lieu en 2032, avec 15 exposants de plus.
"""


def _render(text: str, path: Path, width: float = 600) -> None:
    """Each line of ``text`` one line of a one-page PDF, 7 points high, 9 points apart."""
    fpdf = pytest.importorskip("fpdf")
    lines = text.split("\n")
    pdf = fpdf.FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("dejavu", fname=str(DEJAVU))
    pdf.add_page(format=(width, 40 + 9 * len(lines)))
    pdf.set_font("dejavu", size=7)
    for i, line in enumerate(lines):
        if line.strip():
            pdf.set_xy(20, 20 + 9 * i)
            pdf.cell(width - 40, 9, line.rstrip())
    pdf.output(str(path))


def _read(tmp_path: Path, text: str, name: str, width: float = 600):
    path = tmp_path / name
    if name.endswith(".pdf"):
        _render(text, path, width)
    else:
        path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id="t", file=name, path=path))


def _cited(doc) -> list[tuple]:
    from pipelines.extract.documents import extract_document
    return sorted((r["value"], r["unit"]) for r in extract_document(doc)["cited_figures"])


def test_a_pdf_block_keeps_the_layout_lines_its_reader_joined(tmp_path):
    pdf = _read(tmp_path, WRAPPED, "jardins.pdf")
    wrapped = [line.strip() for line in WRAPPED.split("\n")[8:11]]
    joined = " ".join(wrapped)
    assert joined in pdf.text                     # one line of text ...
    block = pdf.block_at(pdf.text.index(joined))
    assert len(block.breaks) == 2                 # ... three lines on the page
    assert [pdf.text[a:b].strip() for a, b in pdf.layout_lines(block.start, block.end)] == wrapped
    start = pdf.text.index("les semences")
    assert pdf.text[slice(*pdf.layout_line(start))] == wrapped[2]
    # lines the reader kept apart, and every line of a text file, are lines of the text already
    assert all(not b.breaks for b in pdf.blocks if b is not block)
    text = _read(tmp_path, WRAPPED, "jardins.txt")
    assert not text.soft_breaks()
    assert [text.text[a:b] for a, b in text.layout_lines(0, len(text.text))] == text.text.split("\n")


def test_a_headline_box_is_set_apart_in_a_pdf_as_in_its_text(tmp_path):
    from pipelines.extract.figure_exclusion_event import _headline_block
    text, pdf = _read(tmp_path, WRAPPED, "jardins.txt"), _read(tmp_path, WRAPPED, "jardins.pdf")
    boxes = [_headline_block(doc) for doc in (text, pdf)]
    assert all(boxes)
    assert [doc.text[a:a + 13] for doc, (a, b) in zip((text, pdf), boxes)] == ["320 visiteurs"] * 2
    assert [doc.text[:b].endswith("compostage et taille") for doc, (a, b) in zip((text, pdf), boxes)] == [True] * 2
    assert _cited(text) == _cited(pdf) == [(15, "count")]


def test_a_box_of_long_layout_lines_is_not_set_apart_in_a_pdf(tmp_path):
    """The same key figures in running sentences, each a line of the page longer than a box's
    line (a wide page): the count in them is a cited figure, in the PDF as in the text."""
    lines = WRAPPED.split("\n")
    long = "\n".join(lines[:8] + [" ".join(lines[8:11])] + lines[11:])
    text, pdf = _read(tmp_path, long, "long.txt"), _read(tmp_path, long, "long.pdf", width=1400)
    assert " ".join(lines[8:11]) in pdf.text and not pdf.soft_breaks()
    from pipelines.extract.figure_exclusion_event import _headline_block
    assert _headline_block(text) is None and _headline_block(pdf) is None
    assert (4, "count") in _cited(text) and _cited(pdf) == _cited(text)


def test_the_joined_lines_start_where_they_do_once_soft_hyphens_are_gone():
    from pipelines.document.pdf import Segment, _join

    def line(text: str, x1: float, top: float) -> Segment:
        return Segment(20, top - 7, x1, top, 7, False, list(text))

    text, breaks = _join([line("les ha\u00adbitants du quartier ont semé des jar\u00ad", 300, 100),
                          line("dins partagés tout au long du printemps", 300, 91),
                          line("et ils ont ré\u00adcolté", 120, 82),
                          line("Fin", 60, 73)])
    assert text == "les habitants du quartier ont semé des jardins partagés tout au long du printemps et ils ont récolté\nFin"
    assert [text[b:b + 4] for b in breaks] == ["dins", "et i"]
