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


KIND_FIRST = ("Programme de la rencontre\n\n"
              "14h00 – 14h30 : discours d’ouverture\n\nPaul Martin, président de la Chambre de Valbrune\n\n"
              "15h30 – 16h30 : débat\n\nLes vergers ont-ils un avenir ?\nCultiver avec moins d'eau\n"
              "Les étés secs se suivent. Comment les producteurs s'adaptent-ils ?\n\n"
              "16h30 – 17h30 : table ronde\n\nCourts chemins\nVendre au marché du bourg\n"
              "La vente directe progresse, et si elle durait ?\n")


def test_a_slot_of_its_kind_alone_takes_the_title_on_the_line_below(tmp_path):
    # the line below a kind alone titles the session; a person and their role there is who speaks
    assert sessions(read(tmp_path, KIND_FIRST)) == [
        ("keynote", "discours d’ouverture"),
        ("round_table", "débat Les vergers ont-ils un avenir ?"),
        ("round_table", "table ronde Courts chemins")]
