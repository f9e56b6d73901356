"""Sessions of an event page that gives each activity a heading and a practical card with its time
("Quand ? ... de 14h à 15h"), on an invented page."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


PAGE = ("# La fête de l'arbre à Valbrune\n\n"
        "L'agence vous accueille sur son stand pendant toute la fête de l'arbre, les 3 et 4 juin.\n\n"
        "#### Visite des vergers du coteau : venez goûter les variétés anciennes !\n"
        "Nos agents vous feront découvrir les vergers conservatoires de la commune.\n\n"
        "**Quand ?** 3 et 4 juin, de 9h à 18h\n<br>**Où ?** Stand de l'agence\n\n"
        "#### Greffer ses arbres fruitiers, avec une arboricultrice\n"
        "Une arboricultrice montrera les gestes de la greffe en fente.\n\n"
        "**Quand ?** Le 4 juin, de 14h15 à 15h\n<br>**Où ?** Jardin du cloître\n")


def test_headings_each_with_a_card_giving_a_time_are_sessions(tmp_path):
    assert sessions(read(tmp_path, PAGE)) == [
        ("other", "Visite des vergers du coteau : venez goûter les variétés anciennes !"),
        ("other", "Greffer ses arbres fruitiers, avec une arboricultrice")]


def test_headings_whose_card_gives_no_time_are_no_sessions(tmp_path):
    text = PAGE.replace("3 et 4 juin, de 9h à 18h", "pendant les deux jours").replace("Le 4 juin, de 14h15 à 15h",
                                                                                        "le dimanche")
    assert sessions(read(tmp_path, text)) == []
