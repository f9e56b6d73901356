"""The plain-text reader's blocks: exact spans of the text, one kind each (paragraphs, list items,
table rows, underlined headings), with their page."""

from __future__ import annotations

from pipelines.document import SourceEntry, read_document
from pipelines.document.plaintext import read_plain_text
from pipelines.document.readers import pages_from_form_feeds

TEXT = """Bilan de la journée
===================

La rencontre a réuni des élus et des agents
autour de trois ateliers.

Les ateliers :
- Mobilité douce
  - Vélo en ville
  suite du sous-point
• Énergie
2) Alimentation
a) Cantines

Commune\tHabitants\tPart
Villeneuve\t1 200\t12 %
| Lieu | Date |
|------|------|
| Salle des fêtes | 3 mai |

-ment est un mot coupé, pas un point de liste.
Une ligne plus bas.
\fSeconde page du compte rendu."""


def _blocks(text=TEXT):
    return read_plain_text(text, pages_from_form_feeds(text)[1])


def _show(text, blocks):
    return [(b.kind, text[b.start:b.end]) for b in blocks]


def test_each_block_is_an_exact_span_and_the_text_is_unchanged(tmp_path):
    path = tmp_path / "cr.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = read_document(SourceEntry(id="cr", file=path.name, path=path))
    assert doc.text == TEXT
    assert doc.blocks == _blocks()[0]
    for b in doc.blocks:
        assert doc.text[b.start:b.end].strip() == doc.text[b.start:b.end].strip(" \t")
        assert doc.text[b.start:b.end] and not doc.text[b.end - 1].isspace()
        assert b.page == doc.page_of(b.start)
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)
    assert doc.headings and doc.headings[0].text == "Bilan de la journée"


def test_kinds_markers_depths_cells_and_pages():
    blocks, headings = _blocks()
    shown = _show(TEXT, blocks)
    assert shown[0] == ("heading", "Bilan de la journée") and blocks[0].level == 1
    assert ("paragraph", "La rencontre a réuni des élus et des agents\nautour de trois ateliers.") in shown
    items = [(TEXT[b.start:b.end], b.level, b.marker) for b in blocks if b.kind == "list_item"]
    assert items == [("- Mobilité douce", 0, "-"), ("  - Vélo en ville\n  suite du sous-point", 1, "-"),
                     ("• Énergie", 0, "•"), ("2) Alimentation", 0, "2)"), ("a) Cantines", 0, "a)")]
    rows = [b.cells for b in blocks if b.kind == "table_row"]
    assert rows == [("Commune", "Habitants", "Part"), ("Villeneuve", "1 200", "12 %"), ("Lieu", "Date"),
                    ("Salle des fêtes", "3 mai")]
    last = blocks[-1]
    assert TEXT[last.start:last.end] == "Seconde page du compte rendu." and last.page == 2
    assert all(b.page == 1 for b in blocks[:-1])


def test_a_hyphenated_word_at_a_line_start_is_no_list_item():
    blocks, _ = _blocks()
    block = next(b for b in blocks if TEXT[b.start:b.end].startswith("-ment"))
    assert block.kind == "paragraph" and block.marker is None


def test_a_text_written_one_paragraph_a_line_gives_one_paragraph_a_line():
    long = "Une phrase assez longue pour ne jamais tenir dans une ligne coupée à la main. " * 2
    text = f"{long}\nQuestion posée au maire ?\n{long}"
    blocks, _ = read_plain_text(text, [0])
    assert [b.kind for b in blocks] == ["paragraph"] * 3


def test_short_lines_without_a_blank_line_stay_one_paragraph():
    text = "Mairie de Villeneuve\n12 rue des Écoles\n99000 Villeneuve"
    blocks, headings = read_plain_text(text, [0])
    assert _show(text, blocks) == [("paragraph", text)] and headings == []


def test_a_line_in_capitals_and_a_line_in_ordinary_case_are_two_paragraphs():
    text = "BILAN DE LA JOURNÉE\nNote remise au bureau du 3 mars\n\nPremière ligne d'un texte\nqui va à la ligne\n"
    blocks, _ = read_plain_text(text, [0])
    spans = [text[b.start:b.end] for b in blocks]
    assert spans == ["BILAN DE LA JOURNÉE", "Note remise au bureau du 3 mars",
                     "Première ligne d'un texte\nqui va à la ligne"]


def _hand_built(text, headings=()):
    from pipelines.document import Document, Heading, with_text_blocks
    doc = Document("t", "t.txt", "text/plain", len(text), "", text, [0],
                   headings=[Heading(level, " ".join(text[at:].split("\n")[0].split()), at) for level, at in headings])
    return with_text_blocks(doc)


def test_a_document_built_by_hand_gets_the_readers_blocks():
    doc = _hand_built(TEXT.replace("\f", "\n\n"))
    blocks, headings = read_plain_text(doc.text, [0])
    assert doc.blocks == blocks and doc.headings == headings
    assert [b.kind for b in doc.blocks][:2] == ["heading", "paragraph"]


def test_a_heading_given_by_hand_is_a_heading_block_over_the_rest_of_its_paragraph():
    text = "Intro du compte rendu.\n\nAtelier du matin\nLes élus ont parlé du bus.\n"
    doc = _hand_built(text, [(2, text.index("Atelier"))])
    assert _show(text, doc.blocks) == [("paragraph", "Intro du compte rendu."), ("heading", "Atelier du matin"),
                                       ("paragraph", "Les élus ont parlé du bus.")]
    assert doc.blocks[1].level == 2 and [h.text for h in doc.headings] == ["Atelier du matin"]


def test_a_document_that_has_blocks_keeps_them():
    from pipelines.document import Block
    doc = _hand_built("Un mot.")
    kept = [Block("heading", 0, 7, level=1)]
    doc.blocks = kept
    from pipelines.document import with_text_blocks
    assert with_text_blocks(doc).blocks is kept
