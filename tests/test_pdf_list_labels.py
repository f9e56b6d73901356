"""A programme page of a PDF sets its parts as short lines in the body's font, each over its
own bulleted list ("Témoignages" over the talks): the PDF reader makes these list labels headings
one level under the page's heading, as the plain-text reader does with the same lines, so the
programme's readers see its parts (pdf_headings.py, ``list_labels``)."""

from __future__ import annotations

import pytest

from pipelines.document import SourceEntry, read_document


def _programme_pdf(tmp_path, parts: list[tuple[str, list[str]]]):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format=(420, 600))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=22)
    pdf.set_xy(30, 30)
    pdf.cell(360, 26, "Programme de la matinee")
    y = 90
    for label, items in parts:
        pdf.set_font("helvetica", size=11)
        pdf.set_xy(30, y)
        pdf.cell(360, 13, label)
        y += 26
        for item in items:
            pdf.set_xy(40, y)
            pdf.cell(350, 13, f"- {item}")
            y += 16
        y += 20
    path = tmp_path / "programme.pdf"
    pdf.output(str(path))
    return read_document(SourceEntry(id="programme", file=path.name, path=path))


def _kinds(doc):
    return [(b.kind, b.level, doc.text[b.start:b.end]) for b in doc.blocks]


def test_labels_set_over_their_lists_are_headings_under_the_page_heading(tmp_path):
    doc = _programme_pdf(tmp_path, [
        ("Les donnees partagees, un levier commun", ["Synthese des entretiens", "Les usages des services"]),
        ("Temoignages des territoires", ["Agglomeration du Nord - Paul Martin", "Syndicat de l'energie - Ana Roy"]),
        ("Ateliers sur les usages", ["Identifions de nouveaux usages", "Construisons un argumentaire"]),
    ])
    kinds = _kinds(doc)
    assert kinds[0][:2] == ("heading", 1)
    labels = [(k, level) for k, level, text in kinds if text in (
        "Les donnees partagees, un levier commun", "Temoignages des territoires", "Ateliers sur les usages")]
    assert labels == [("heading", 2)] * 3
    assert sum(1 for k, _, _ in kinds if k == "list_item") == 6


def test_one_line_over_one_list_stays_a_paragraph(tmp_path):
    """A lone line over a list is as often an introduction or a caption: one is not a pattern."""
    doc = _programme_pdf(tmp_path, [("Au programme de la matinee", ["Accueil des participants", "Ouverture"])])
    assert ("paragraph", 0, "Au programme de la matinee") in [(k, level or 0, t) for k, level, t in _kinds(doc)]
