"""The first line of a programme opening on an opening head is a session without a speaker below
it; a head alone over a paragraph of prose is none (made-up text, names and places invented)."""

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


def test_the_first_line_of_a_programme(tmp_path):
    text = ("Journée des vergers de Trévanne\n\n"
            "PROGRAMME\n\n"
            "Ouverture\n\n"
            "Partie 1 - Greffer les variétés anciennes\n\n"
            "Partie 2 - Tailler sans affaiblir l'arbre\n")
    assert titles(tmp_path, text) == ["Ouverture"]


def test_the_head_before_its_speaker_on_a_long_line(tmp_path):
    text = ("Voici le programme :\n\n"
            "Ouverture par Gaspard MÉRIGNAC, maire de Valbrune et Odile FERRAND, présidente du parc des Combes\n\n"
            "Table ronde sur les haies\n")
    assert titles(tmp_path, text) == ["Ouverture"]


def test_a_heading_over_prose_is_none(tmp_path):
    text = ("Nous avons suivi les conférences suivantes :\n\n"
            "Conclusion\n\n"
            "Pour la prochaine édition, il faudrait plus de pauses entre les salles.\n")
    assert titles(tmp_path, text) == []
