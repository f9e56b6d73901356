"""Sessions on made-up texts (names, places and events invented): a timed entry of the timetable is a
part of the day even when its title holds every word of the event's name; an untimed line naming the
event is still the event itself."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme import programme_rows


def rows_of(tmp_path: Path, text: str, event_name: str | None = None, name: str = "journee.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    return programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id, "name": event_name}])


def titles(rows: dict) -> list[str]:
    return [s["title"] for s in rows["sessions"]]


TIMED = ("Journée des haies vives de Valbrune\n\n"
         "Programme\n\n"
         "9h30 | Accueil des participants\n"
         "10h | Conférence « Haies vives : un bocage à replanter » – Par Odile Marvent, suivie d'un échange\n"
         "11h | Visite du verger conservatoire\n"
         "14h | Conférence « Haies vives, des haies pour qui ? » Par Lucien Trévanne, écologue\n"
         "16h | Clôture\n")


def test_timed_entries_naming_the_event_are_sessions(tmp_path):
    found = titles(rows_of(tmp_path, TIMED, "Haies vives"))
    assert "Conférence « Haies vives : un bocage à replanter »" in found
    assert "Conférence « Haies vives, des haies pour qui ? »" in found


UNTIMED = ("# Haies vives : ce qu'il faut retenir\n\n"
           "Le 4 avril, la commune a réuni 50 habitants autour du bocage et des vergers.\n")


def test_an_untimed_title_naming_the_event_is_still_the_event(tmp_path):
    assert titles(rows_of(tmp_path, UNTIMED, "Haies vives", "retour.md")) == []
