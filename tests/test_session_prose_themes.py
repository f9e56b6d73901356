"""Sessions a press preview names by a quoted title said to be a session's theme ("« X » sera le
thème de l'atelier du matin"), on invented text."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "annonce.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def test_a_quoted_title_said_to_be_the_theme_of_a_session(tmp_path):
    text = ("Les rencontres de l'arbre se tiendront à Valbrune en mai.\n"
            "« Planter des haies dans les villages » sera le thème de la table ronde de 15 heures. "
            "Les élus y présenteront leurs projets.\n")
    assert ("round_table", "Planter des haies dans les villages") in sessions(read(tmp_path, text))


def test_a_quoted_phrase_followed_by_other_words_is_no_session(tmp_path):
    text = ("Les rencontres de l'arbre se tiendront à Valbrune en mai.\n"
            "« Planter des haies dans les villages » sera le mot d'ordre de la journée. "
            "Les élus y présenteront leurs projets.\n")
    assert sessions(read(tmp_path, text)) == []


def test_a_quoted_question_a_later_sentence_says_a_session_answered(tmp_path):
    text = ("Les rencontres de l'arbre se sont tenues à Valbrune.\n"
            "« Quelle place pour l'arbre dans les bourgs ? » Telle est la question qu'a débattue la "
            "table ronde du matin, chacun avec son expérience.\n")
    assert ("round_table", "Quelle place pour l'arbre dans les bourgs ?") in sessions(read(tmp_path, text))


def test_a_quoted_question_no_session_answered_is_none(tmp_path):
    text = ("Les rencontres de l'arbre se sont tenues à Valbrune.\n"
            "« Quelle place pour l'arbre dans les bourgs ? » C'est la question que tous les habitants se posent "
            "depuis l'abattage des platanes du mail.\n")
    assert not any("Quelle place" in title for _, title in sessions(read(tmp_path, text)))
