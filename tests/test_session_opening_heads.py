"""An opening or closing line naming who gives it, on itself or on the next line, on made-up
text (names, places and events invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_opening_heads import opening_head_lines


def titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "actes.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id="actes", file=path.name, path=path))
    return [title for title, _, _, _ in opening_head_lines(_Reader(doc))]


def test_an_opening_line_then_a_person_and_a_role(tmp_path):
    text = ("Les rencontres de Valbois\n\n"
            "Ouverture des rencontres\n\n"
            "> MARTINE DUVERGER, présidente du syndicat des eaux de Valbois\n\n"
            "Le syndicat a rappelé ses priorités pour les années à venir.\n")
    assert titles(tmp_path, text) == ["Ouverture des rencontres"]


def test_an_opening_line_naming_its_speaker(tmp_path):
    text = ("Au programme\n\n"
            "Mot d'accueil par Paul Garnier\n\n"
            "Adjoint au maire de Kerval\n")
    assert titles(tmp_path, text) == ["Mot d'accueil par Paul Garnier"]


def test_a_closing_word_opens_the_line_too(tmp_path):
    text = "Discours de clôture\n- Anne Morel, directrice de l'agence de Valbrune\n"
    assert titles(tmp_path, text) == ["Discours de clôture"]


def test_no_person_after_it_or_a_sentence_is_none(tmp_path):
    # the next line is prose, not a person and a role
    assert titles(tmp_path, "Introduction\n\nLe contexte a beaucoup changé depuis dix ans.\n") == []
    # a sentence ending on a colon, then a person
    assert titles(tmp_path, "Ouverture de la journée par le maire :\nPaul Garnier, maire de Kerval\n") == []
    # a line not opening on an opening word
    assert titles(tmp_path, "Les haies du bocage\n\nAnne Morel, directrice de l'agence\n") == []
    # a long line is a sentence of the report
    assert titles(tmp_path, "Ouverture tardive des portes du salon en raison de la météo très pluvieuse ce jour\n"
                            "Anne Morel, directrice de l'agence\n") == []
    # "par" and no name: "Introduction par le président"
    assert titles(tmp_path, "Introduction par le président\n\nLe bilan de l'année.\n") == []
