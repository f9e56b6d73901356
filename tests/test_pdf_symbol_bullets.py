"""A PDF written with a symbol font (Wingdings, Symbol) gives its bullets as codes of Unicode's
private use area ("\\uf0a7", "\\uf0d8"): the PDF reader reads such a glyph opening a line as the
line's bullet, so the line is a list item (pdf.py, ``Segment.text``)."""

from __future__ import annotations

import pytest

from pipelines.document.pdf import BULLET, Segment


def segment(text: str) -> Segment:
    return Segment(0, 0, 100, 10, 10, False, chars=list(text))


@pytest.mark.parametrize("glyph", ["\uf0a7", "\uf0d8", "\uf0b7", "\ue000"])
def test_a_symbol_font_glyph_opening_a_line_is_its_bullet(glyph):
    text = segment(f"{glyph} Camille ROCHE, cheffe de projet").text
    assert text == "• Camille ROCHE, cheffe de projet" and BULLET.match(text)


def test_such_a_glyph_inside_a_line_or_glued_to_a_word_is_left_as_written():
    assert segment("Contribution \uf0e0 230 €").text == "Contribution \uf0e0 230 €"
    assert segment("\uf0a7Camille").text == "\uf0a7Camille"
