"""Sessions of a timetable whose table was exported to text cell by cell: the time on one line,
a line of separators, the activity on the next line closed by its separator (titles invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import session_titles as titles


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "journee.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


CELLS = ("Programme\njeudi 4 juin\nHoraire |\nactivité |\n|\n"
         "09:30 - 10:00\n|\nOuverture de la rencontre par la présidente (salle des fêtes ) |\n|\n"
         "10:00 - 11:00\n|\nLes vergers partagés dans les villages - présentation de deux projets |\n|\n"
         "11:00 - 11:15\n|\nPauses et affiches (hall ) |\n|\n"
         "11:15 - 12:30\n|\nQuel avenir pour les haies bocagères ? |\n|\n"
         "12:30 - 14:00\n|\nDéjeuner (hall ) |\n")


def test_the_activity_cell_under_a_time_cell_is_a_session(tmp_path):
    found = titles(read(tmp_path, CELLS))
    assert "Les vergers partagés dans les villages - présentation de deux projets" in found
    assert "Quel avenir pour les haies bocagères ?" in found
    assert any(t.startswith("Ouverture de la rencontre") for t in found)
    assert not any("|" in t for t in found)


def test_breaks_of_such_a_table_are_no_sessions(tmp_path):
    found = titles(read(tmp_path, CELLS))
    assert not any(t.startswith(("Pauses", "Déjeuner")) for t in found)


def test_a_line_of_prose_below_a_date_is_no_cell(tmp_path):
    # no separator closes the lines below the times: prose, not the cells of a table
    text = ("Compte rendu\n\n09:30 - 10:00\n|\nles élus ont rappelé les enjeux du bocage et des haies sur le territoire.\n\n"
            "10:00 - 11:00\n|\nil a été question des vergers et de leur entretien par les habitants du village.\n\n"
            "11:00 - 12:00\n|\nla matinée s'est achevée sur un échange avec la salle et les associations.\n")
    assert titles(read(tmp_path, text)) == []
