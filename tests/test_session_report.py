"""The session of a page reporting on one session of a larger event, on made-up texts (names,
places and titles invented): its first line is the title, the text calls itself a workshop or a
round table and places it within an event."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme import programme_rows
from pipelines.extract.session_deck import titled_session_report

REPORT = ("Rénover les écoles : partager les savoir-faire entre communes\n"
          "Comment financer la rénovation des bâtiments scolaires ? Qui porte les travaux ?\n"
          "{this} a été animé par Jeanne FORTIN, chargée de mission, Agence Valbois Énergie.\n"
          "Intervenants :\nPaul MARCHAND, directeur, Syndicat des eaux de Valbois\n"
          "Cette rencontre s'est tenue le 3 mars 2024 à Valbois, {frame} des journées régionales de l'énergie.\n")


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def test_a_page_reporting_on_one_workshop_is_that_session(tmp_path):
    doc = read(tmp_path, REPORT.format(this="Cet atelier", frame="dans le cadre"))
    assert titled_session_report(doc)[0][::3] == (
        "Rénover les écoles : partager les savoir-faire entre communes", "workshop")
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    assert [(s["type"], s["title"]) for s in rows["sessions"]] == [
        ("workshop", "Rénover les écoles : partager les savoir-faire entre communes")]


def test_a_page_that_is_the_event_itself_or_names_no_session_is_none(tmp_path):
    # no larger event: the page is about the event itself
    assert titled_session_report(read(tmp_path, REPORT.format(this="Cet atelier", frame="en marge"))) == []
    # a conference may be the whole event: not one of its sessions
    assert titled_session_report(read(tmp_path, REPORT.format(this="Cette conférence", frame="dans le cadre"))) == []
