"""Sessions of an event report written as numbered parts, each a short numbered line above its own
paragraph (titles and text invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "retour.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


PROSE = ("La matinée a permis aux participants venus de tout le département d'échanger longuement sur "
         "les vergers, les haies et la place de l'arbre dans les villages.\n")
REPORT = ("1. Une conférence introductive, pour planter le décor\n" + PROSE
          + "2. Une visite des vergers du coteau\n" + PROSE
          + "3. Une table ronde réunissant élus et arboriculteurs\n" + PROSE)


def test_numbered_parts_naming_sessions_are_the_sessions(tmp_path):
    assert sessions(read(tmp_path, REPORT)) == [
        ("keynote", "Une conférence introductive, pour planter le décor"),
        ("other", "Une visite des vergers du coteau"),
        ("round_table", "Une table ronde réunissant élus et arboriculteurs")]


def test_numbered_parts_naming_no_session_are_none(tmp_path):
    text = ("1. Un territoire de vergers\n" + PROSE + "2. Des haies à replanter\n" + PROSE
            + "3. Une filière à structurer\n" + PROSE)
    assert sessions(read(tmp_path, text)) == []


def test_numbered_lines_without_prose_below_are_no_parts(tmp_path):
    text = ("Les suites :\n1. Une table ronde en juin\n2. Une conférence à l'automne\n3. Un atelier en hiver\n")
    assert not any("table ronde en juin" in t for _, t in sessions(read(tmp_path, text)))
