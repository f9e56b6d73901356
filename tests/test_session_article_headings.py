"""A document heading that names one session by its session word and an article alone ("## Le
Barcamp"), in a programme that has other sessions of that type: a session of its own. Invented page."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_lines import parse_header

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


PAGE = ("# Journées des cartographes libres de Valbrune\n\n"
        "Un week-end pour les amateurs de cartes libres.\n\n"
        "# Samedi\n"
        "## Le Barcamp\n\n"
        "La matinée est ouverte aux propositions des participants, en petits groupes.\n\n"
        "## Ateliers de l'après-midi\n\n"
        "### Atelier traduction des manuels\n\n"
        "Avec l'équipe des traducteurs bénévoles.\n\n"
        "### Atelier tri des signalements d'anomalies\n\n"
        "Avec les mainteneurs du projet.\n")


def test_a_barcamp_is_a_workshop_word():
    header = parse_header("Barcamp des contributeurs")
    assert header is not None and header.type == "workshop"
    assert parse_header("Le Bar camp").type == "workshop"


def test_a_heading_of_an_article_and_a_session_word_is_its_own_session(tmp_path):
    found = sessions(read(tmp_path, PAGE))
    assert ("workshop", "Le Barcamp") in found
    assert ("workshop", "Atelier traduction des manuels") in found
    assert ("workshop", "Atelier tri des signalements d'anomalies") in found
    assert len(found) == 3


def test_a_bare_session_word_heading_without_article_is_no_session_of_its_own(tmp_path):
    # "## Atelier" alone, among several workshops: which one it names is unknown, it adds none
    found = sessions(read(tmp_path, PAGE.replace("## Le Barcamp", "## Atelier")))
    assert [t for _, t in found if t == "Atelier"] == []


def test_the_article_heading_in_prose_lines_is_no_session(tmp_path):
    # the same words in a paragraph, not a heading, make no session of their own
    text = PAGE.replace("## Le Barcamp\n\n", "Le Barcamp\n\n").replace("# Samedi\n", "# Samedi\n\nDu texte.\n")
    found = sessions(read(tmp_path, text))
    assert ("workshop", "Le Barcamp") not in found
