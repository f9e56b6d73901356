"""Paragraphs and sentences come from the document model (pipelines/document/): the reader's blocks
(a list or a table being one paragraph), or a plain text's blank lines; the cited-figure and poll
passes read them instead of finding paragraphs again in the text."""

from __future__ import annotations

from pipelines.document import Block, Document
from pipelines.document.markdown import read_markdown
from pipelines.document.model import paragraph_spans
from pipelines.document.sentences import sentence_around, split_sentences
from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.polls import find_polls


def _doc(text: str, blocks: list[Block] | None = None, page_starts: list[int] | None = None,
         media_type: str = "text/plain") -> Document:
    return Document(source_id="t", file_name="t.txt", media_type=media_type, bytes=len(text.encode()),
                    sha256="0" * 64, text=text, page_starts=page_starts or [0], blocks=blocks or [])


def _markdown(source: str) -> Document:
    built, _ = read_markdown(source)
    return _doc(built.text(), built.blocks, built.page_starts, "text/markdown")


def test_plain_text_paragraphs_are_cut_at_blank_lines_and_keep_their_line_breaks():
    text = "Première ligne\nsuite du paragraphe.\n\n  \nSecond paragraphe.\n\n\n"
    spans = paragraph_spans(text, [])
    assert [text[a:b] for a, b in spans] == ["Première ligne\nsuite du paragraphe.", "Second paragraphe."]


def test_a_list_is_one_paragraph_and_a_page_break_ends_one():
    doc = _markdown("Intro du texte.\n\n- un\n- deux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\f- trois\n- quatre\n")
    paragraphs = [doc.text[a:b] for a, b in doc.paragraphs()]
    assert paragraphs == ["Intro du texte.", "- un\n- deux", "a\tb\n1\t2", "- trois\n- quatre"]


def test_paragraphs_follow_the_blocks_not_the_blank_lines():
    # a reader that wrote two blocks one a line: two paragraphs although no blank line parts them
    text = "Le budget atteint 12 millions d'euros\net la commune compte 3 écoles"
    blocks = [Block("paragraph", 0, 37), Block("paragraph", 38, len(text))]
    assert paragraph_spans(text, blocks) == [(0, 37), (38, len(text))]
    assert paragraph_spans(text, []) == [(0, len(text))]
    # text no block holds is read as plain text
    assert paragraph_spans(text + "\n\nUne note\nen bas", blocks) == [(0, 37), (38, len(text)), (len(text) + 2, len(text) + 17)]


def test_one_sentence_splitter():
    text = "L'I.A. progresse. Le budget atteint 12 M€ cette année ! « Bravo » dit-il… et après ? Fin"
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["L'I.A. progresse.", "Le budget atteint 12 M€ cette année !",
                                              "« Bravo » dit-il… et après ?", "Fin"]
    start = text.index("12")
    assert text[slice(*sentence_around(text, start, start + 2, 0, len(text)))] == "Le budget atteint 12 M€ cette année !"
    block = Block("paragraph", 0, len(text))
    assert _doc(text, [block]).sentences(block) == spans


def test_a_figure_is_quoted_within_its_block():
    # without blocks, the two lines are one paragraph and the quote runs over both; the reader's
    # blocks end the sentence at the first block
    text = "La commune a planté 250 arbres\nLe conseil se réunit en mai"
    blocks = [Block("paragraph", 0, 30), Block("paragraph", 31, len(text))]
    quotes = [r["quote"] for r in cited_figure_rows([_doc(text, blocks)], [], None)]
    assert quotes == ["La commune a planté 250 arbres"]
    plain = [r["quote"] for r in cited_figure_rows([_doc(text)], [], None)]
    assert plain == [" ".join(text.split())]


def test_a_markdown_poll_reads_its_question_paragraph_and_list_items():
    doc = _markdown("Quiz en direct\n\nUtilisez-vous un outil de visioconférence ?\n\n"
                    "- A - Oui : 70 %\n- B - Non : 30 %\n\nLa suite du programme.\n")
    polls = find_polls(doc)
    assert [(p.question, p.options, p.shares) for p in polls] == [
        ("Utilisez-vous un outil de visioconférence ?", [("A", "Oui"), ("B", "Non")], [70.0, 30.0])]
    poll = polls[0]
    assert doc.text[poll.question_start:poll.question_end] == "Utilisez-vous un outil de visioconférence ?"
    assert "suite" not in doc.text[poll.start:poll.end]

