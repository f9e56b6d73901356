"""A timetable of two slots only is read when their times follow each other ("14h – 14h30",
then "14h30 – 16h30"): one slot's end is the next one's start, as a timetable's are; two timed
lines whose times do not chain stay unread, as before (sessions.py, ``_listed_sessions``). Made-up
text only."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.sessions import _listed_sessions

AFTERNOON = ("Colloque des territoires de Valbrune\n\n"
             "Jeudi 12 décembre après-midi\n\n"
             "14h – 14h30 Introduction\n"
             "Lucie Marteau (présidente de l'agence)\n"
             "Paul Rivière (maire de Valbrune)\n\n"
             "14h30 – 16h30 L'expertise, levier ou entrave de l'action publique ?\n"
             "Les réseaux techniques ont marqué les organisations et les dynamiques urbaines.\n")


def titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    reader = _Reader(read_document(SourceEntry(id=path.stem, file=path.name, path=path)))
    return [title for title, _, _ in _listed_sessions(reader)]


def test_two_slots_whose_times_chain_are_a_timetable(tmp_path):
    assert titles(tmp_path, AFTERNOON) == ["Introduction", "L'expertise, levier ou entrave de l'action publique ?"]


def test_two_timed_lines_whose_times_do_not_chain_are_not(tmp_path):
    assert titles(tmp_path, AFTERNOON.replace("14h30 – 16h30", "17h – 18h")) == []
    assert titles(tmp_path, AFTERNOON.replace("14h30 – 16h30 ", "14h30 ")) == []
