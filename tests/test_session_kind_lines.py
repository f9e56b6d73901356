"""Sessions written in three lines: the time alone, the title, then the kind and who offers or runs
it ("Atelier proposé par X"), however few (text invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "salon.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


DESC = "Les services techniques présenteront leurs outils et leurs méthodes aux élus venus du département.\n\n"
TEXT = ("Programme détaillé des débats\n\nMardi 3 juin 2031\n\n"
        "9h/10h\nComment entretenir les chemins ruraux sans désherbant ?\nAtelier proposé par la coopérative Valbrune\n\n"
        + DESC +
        "10h30/12h\nLes cantines peuvent-elles nourrir le territoire ?\nDébat animé par Claire Fontenay, journaliste\n\n"
        + DESC)


def test_a_time_a_title_and_a_kind_line_make_a_session(tmp_path):
    assert sessions(read(tmp_path, TEXT)) == [
        ("workshop", "Comment entretenir les chemins ruraux sans désherbant ?"),
        ("round_table", "Les cantines peuvent-elles nourrir le territoire ?")]


def test_without_a_kind_line_the_title_below_a_time_is_no_session(tmp_path):
    text = TEXT.replace("Atelier proposé par la coopérative Valbrune", "Entrée libre et gratuite pour tous") \
        .replace("Débat animé par Claire Fontenay, journaliste", "Salle du conseil, au premier étage")
    assert sessions(read(tmp_path, text)) == []
