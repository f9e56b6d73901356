"""A timetable of two slots only is read when their times follow each other ("14h – 14h30",
then "14h30 – 16h30"): one slot's end is the next one's start, as a timetable's are; two timed
lines whose times do not chain stay unread, as before (sessions.py, ``_listed_sessions``). Made-up
text only."""

from __future__ import annotations

from pathlib import Path

from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_plain_lists import _listed_sessions

from .support import written_doc

AFTERNOON = ("Colloque des territoires de Valbrune\n\n"
             "Jeudi 12 décembre après-midi\n\n"
             "14h – 14h30 Introduction\n"
             "Lucie Marteau (présidente de l'agence)\n"
             "Paul Rivière (maire de Valbrune)\n\n"
             "14h30 – 16h30 L'expertise, levier ou entrave de l'action publique ?\n"
             "Les réseaux techniques ont marqué les organisations et les dynamiques urbaines.\n")


def titles(tmp_path: Path, text: str) -> list[str]:
    return [title for title, _, _ in _listed_sessions(_Reader(written_doc(tmp_path, "page.txt", text)))]


def test_two_slots_whose_times_chain_are_a_timetable(tmp_path):
    assert titles(tmp_path, AFTERNOON) == ["Introduction", "L'expertise, levier ou entrave de l'action publique ?"]


def test_two_timed_lines_whose_times_do_not_chain_are_not(tmp_path):
    assert titles(tmp_path, AFTERNOON.replace("14h30 – 16h30", "17h – 18h")) == []
    assert titles(tmp_path, AFTERNOON.replace("14h30 – 16h30 ", "14h30 ")) == []
