"""The programme passes read the document's blocks (pipelines/extract/programme_layout.py
``ProgrammeText``): each line knows its block; list items, table rows and their cells, headings
and paragraph boundaries come from the reader, the line heuristics stay for text read without
blocks. Made-up documents, one rule each."""

from __future__ import annotations

from pipelines.document import Block, Document

from pipelines.extract.lines import document_lines
from pipelines.extract.programme_layout import ProgrammeText, _bulleted, _cells
from pipelines.extract.programme_lists import _room_entry
from pipelines.extract.people_listed import _listed_people
from pipelines.extract.programme import programme_rows
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_prose import _sentences
from pipelines.extract.session_plain_lists import _listed_sessions
from pipelines.extract.speeches import paragraphs

from .support import written_doc as read


def with_blocks(text: str, blocks: list[Block], page_starts: list[int] | None = None) -> Document:
    """A document as a PDF reader gives it: its text and its blocks, spans of that text."""
    return Document(source_id="d", file_name="d.pdf", media_type="application/pdf", bytes=len(text),
                    sha256="0" * 64, text=text, page_starts=page_starts or [0], blocks=blocks)


def line_of(layout: ProgrammeText, start: str):
    return next(line for line in layout.lines if line.body.strip().startswith(start))


def test_table_row_cells_come_from_the_block_at_their_offsets(tmp_path):
    doc = read(tmp_path, "prog.md", "# Programme\n\n| Séquence | Intervenants |\n|---|---|\n"
               "| Les haies du bocage | Léa Morvan, Ville X |\n| Le vélo | Paul Keradec |\n")
    layout = ProgrammeText(doc)
    row = line_of(layout, "Les haies")
    cells = _cells(row)
    assert [c for _, c in cells] == ["Les haies du bocage", "Léa Morvan, Ville X"]
    assert all(doc.text[a:a + len(c)] == c for a, c in cells)


def test_a_paragraph_with_a_pipe_in_a_document_read_in_blocks_is_split_as_typed(tmp_path):
    # a paragraph is text the reader found no structure in: the separators its author typed count
    doc = read(tmp_path, "prog.md", "Intro\n\nLes haies | Léa Morvan\n")
    cells = _cells(line_of(ProgrammeText(doc), "Les haies"))
    assert [c for _, c in cells] == ["Les haies", "Léa Morvan"]
    assert all(doc.text[a:a + len(c)] == c for a, c in cells)


def test_a_list_item_is_no_table_row_whatever_it_holds(tmp_path):
    doc = read(tmp_path, "prog.md", "Programme :\n\n- Les haies | Léa Morvan\n- Le vélo | Paul Keradec\n")
    layout = ProgrammeText(doc)
    line = line_of(layout, "Les haies")
    assert _bulleted(line)
    assert _cells(line) == []


def test_a_numbered_heading_is_no_list_item(tmp_path):
    doc = read(tmp_path, "plan.html", "<main><h2>1. Les haies</h2><p>Texte.</p><ol><li>Le vélo</li></ol></main>")
    layout = ProgrammeText(doc)
    assert not _bulleted(line_of(layout, "Les haies"))
    assert layout.heading_level(line_of(layout, "Les haies")) == 2
    assert _bulleted(line_of(layout, "Le vélo"))


def test_a_pdf_bullet_outside_the_typed_markers_opens_an_item():
    text = "Intervenants :\n\n● Léa Morvan, maire\nde Valbrune\n● Paul Keradec"
    first = text.index("● Léa")
    second = text.index("● Paul")
    doc = with_blocks(text, [Block("paragraph", 0, 14), Block("list_item", first, second - 1, marker="●"),
                             Block("list_item", second, len(text), marker="●")])
    layout = ProgrammeText(doc)
    lines = [line for line in layout.lines if line.body.strip()]
    assert [line.text for line in lines] == ["Intervenants :", "● Léa Morvan, maire", "de Valbrune", "● Paul Keradec"]
    assert [_bulleted(line) for line in lines] == [False, True, False, True]


def test_a_line_alone_is_a_block_of_one_line_not_an_item_of_a_list(tmp_path):
    doc = read(tmp_path, "prog.md", "Atelier A\n\n- Léa Morvan\n- Paul Keradec\n\nAtelier B\nsuite\n")
    layout = ProgrammeText(doc)
    index = {line.body.strip(): i for i, line in enumerate(layout.lines)}
    assert layout.standalone(index["Atelier A"])
    assert not layout.standalone(index["Léa Morvan"])      # an item of a list of two
    assert layout.opens(index["Léa Morvan"]) and not layout.closes(index["Léa Morvan"])
    assert layout.closes(index["Paul Keradec"])
    assert not layout.standalone(index["Atelier B"])       # a paragraph of two lines


def test_a_page_break_inside_a_line_cuts_it_where_the_next_page_s_block_starts():
    text = "fin de la page un\fAtelier B : le vélo\n\nsuite"
    b = text.index("Atelier")
    doc = with_blocks(text, [Block("paragraph", 0, b - 1), Block("heading", b, b + 19, page=2, level=2),
                             Block("paragraph", text.index("suite"), len(text), page=2)], page_starts=[0, b])
    assert [line.text for line in document_lines(doc)] == ["fin de la page un ", "Atelier B : le vélo", "", "suite"]
    layout = ProgrammeText(doc)
    heading = line_of(layout, "Atelier B")
    assert heading.start == b and layout.heading_level(heading) == 2
    assert layout.standalone(layout.lines.index(heading))


def test_plain_text_keeps_the_typed_markers_and_blank_lines(tmp_path):
    doc = read(tmp_path, "prog.txt", "Programme :\n\n* Les haies\n* Le vélo\n\nAtelier A\n")
    layout = ProgrammeText(doc)
    assert _bulleted(line_of(layout, "Les haies"))
    assert layout.standalone(layout.lines.index(line_of(layout, "Atelier A")))


def test_sentences_of_the_blocks_for_the_prose_passes(tmp_path):
    doc = read(tmp_path, "cr.md", "# Compte rendu\n\nLéa Morvan a animé l'atelier Vélo. Paul Keradec a suivi.\n")
    found = [(a, t) for a, t in _sentences(doc)]
    assert [t for _, t in found] == ["Compte rendu", "Léa Morvan a animé l'atelier Vélo.", "Paul Keradec a suivi."]
    assert all(doc.text[a:a + len(t)] == t for a, t in found)


def test_a_room_named_by_a_short_mark_before_a_one_word_title():
    assert _room_entry("Amphi B Keynote")
    assert not _room_entry("Amphi B")


def test_the_lines_of_one_list_item_are_one_person_s_item(tmp_path):
    # the item's second line (a line break inside the item) holds its organisation: no connective
    # word at the end of the first line tells so, the list_item block does
    doc = read(tmp_path, "prog.md", "Intervenants :\n\n- Léa Brun, directrice générale\n  Agence Kerval\n"
               "- Paul Durand, maire de Valbrune\n")
    found = {p.full: it.organization for it in _listed_people(_Reader(doc)) for p in it.people}
    assert found["Léa Brun"] == "Agence Kerval"
    assert "Paul Durand" in found


def test_an_interview_reads_paragraphs_as_the_reader_found_them():
    # a question the text flow wrapped over two lines of one PDF paragraph is one paragraph
    text = "Quelles priorités donnez-vous\nà la commune ?\n\nNous avons choisi le vélo."
    doc = with_blocks(text, [Block("paragraph", 0, text.index("?") + 1),
                             Block("paragraph", text.index("Nous"), len(text))])
    found = paragraphs(doc)
    assert [p.text for p in found] == ["Quelles priorités donnez-vous\nà la commune ?", "Nous avons choisi le vélo."]
    assert all(doc.text[p.start:p.end] == p.text for p in found)


def test_an_announced_list_goes_on_over_an_item_of_two_lines(tmp_path):
    # "Bocage et bosquets" is the second line of the first item (a line break inside it), not
    # the end of the list: the list_item block says so
    doc = read(tmp_path, "prog.md", "# Journée des haies\n\nTrois ateliers :\n\n- Les haies anciennes\n"
               "  Bocage et bosquets\n- Le vélo au village\n- Les jardins partagés\n")
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    titles = [s["title"] for s in rows["sessions"]]
    assert "Le vélo au village" in titles and "Les jardins partagés" in titles
    assert any(t.startswith("Les haies anciennes") for t in titles)


def test_a_programme_list_goes_on_over_an_item_of_two_lines(tmp_path):
    doc = read(tmp_path, "prog.md", "Programme :\n\n- 9h30 Les haies anciennes\n  Bocage et bosquets\n"
               "- 10h30 Le vélo au village\n- 11h30 Les jardins partagés\n")
    found = [title for title, _, _ in _listed_sessions(_Reader(doc))]
    assert found == ["Les haies anciennes", "Le vélo au village", "Les jardins partagés"]
