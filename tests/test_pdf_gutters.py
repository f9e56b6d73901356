"""The column gutters of a PDF page (pipelines/document/pdf.py, ``_gutters``) are found with a
difference array, linear in characters plus page width: the same cuts as counting the cover of
every point of every character one by one, on the real corpus' two-column sheets and slides."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from pipelines.document.pdf import _Char, _gutters, _page_chars

from .conftest import ROOT

# PDFs of the real corpus with pages in columns: two-column sheets, a guide, a leaflet, a timetable
IN_COLUMNS = ("ademe-fiche-bassin-pompey-2017", "ademe-fiche-besancon-2017", "ademe-fiche-dunkerque-2018",
              "ademe-fiche-grand-chalon-2020", "ademe-fiche-seine-eure-2018",
              "anct-incubateur-guide-services-numeriques-2020", "anct-incubateur-plaquette-2020",
              "breizhcamp-mini-programme-2016")
PDFS = [next((ROOT / "tests" / "real" / name).glob("*.pdf")) for name in IN_COLUMNS]


def gutters_point_by_point(chars, width):
    """The cover counted point by point for each character (quadratic in character width)."""
    real = [c for c in chars if c is not None]
    if len(real) < 200 or width <= 0:
        return []
    cover = [0] * (int(max(width, max(c.x1 for c in real))) + 2)
    for c in real:
        for x in range(max(0, int(c.x0)), min(len(cover), int(c.x1) + 1)):
            cover[x] += 1
    left, right = min(c.x0 for c in real), max(c.x1 for c in real)
    body = sorted(v for v in cover[int(left):int(right) + 1] if v)
    typical = body[len(body) // 2] if body else 1
    cuts, start = [], None
    for x in range(int(left) + 1, int(right)):
        empty = cover[x] <= 0.3 * typical
        if empty and start is None:
            start = x
        elif not empty and start is not None:
            if x - start >= 4 and (start - left) > 0.2 * (right - left) and (right - x) > 0.2 * (right - left):
                cuts.append((start + x) / 2)
            start = None
    merged = []
    for cut in cuts:
        if merged and cut - merged[-1] < 12:
            merged[-1] = (merged[-1] + cut) / 2
        else:
            merged.append(cut)
    return merged


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.parent.name)
def test_gutters_are_those_of_the_point_by_point_count(path):
    pdf = pdfium.PdfDocument(path.read_bytes())
    found = 0
    try:
        for index in range(min(len(pdf), 6)):
            page = pdf[index]
            try:
                chars, width = _page_chars(page), page.get_width()
            finally:
                page.close()
            expected = gutters_point_by_point(chars, width)
            assert _gutters(chars, width) == expected
            found += len(expected)
    finally:
        pdf.close()
    assert found >= 1          # each of these documents has a page in columns


def test_characters_overrunning_the_page_and_negative_boxes():
    """Boxes left of the page (negative x), past its right edge, and of zero width."""
    chars = [_Char("a", x, 700 - 12 * (i // 40), x + 5.5, 712 - 12 * (i // 40), False)
             for i in range(400) for x in [(i % 40) * 6.0 + (300 if (i % 40) >= 20 else 0) + 60]]
    chars += [_Char("b", -8.2, 10, -2.1, 20, False), _Char("c", 640.7, 10, 655.2, 20, False),
              _Char("d", 100.0, 10, 100.0, 20, False), None]
    cuts = _gutters(chars, 595.0)
    assert cuts == gutters_point_by_point(chars, 595.0)
    assert len(cuts) == 1 and 180 < cuts[0] < 475          # the band between the two columns
