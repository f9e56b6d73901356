"""Sessions a line counts and the next lines name, one a line, on made-up text (names and places
invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_counted_lines import counted_title_lines

PAGE = ("La commune de Valbois a organisé deux soirées d'échanges en ligne au printemps avec ses habitants.\n"
        "Revivez les deux débats\n"
        "Le bourg de demain, quel avenir pour les jeunes ?\n"
        "Habiter la forêt sans l'abîmer ?\n"
        "Les débats étaient animés par Paul Durand, journaliste.\n")


def counted(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    return [(kind, title) for title, _, _, kind in counted_title_lines(_Reader(doc))]


def test_lines_named_after_a_line_counting_sessions(tmp_path):
    assert counted(tmp_path, PAGE) == [("round_table", "Le bourg de demain, quel avenir pour les jeunes ?"),
                                       ("round_table", "Habiter la forêt sans l'abîmer ?")]


def test_a_count_that_the_lines_do_not_match_is_no_list(tmp_path):
    assert counted(tmp_path, PAGE.replace("les deux débats", "les trois débats")) == []
    longer = PAGE.replace("Habiter la forêt sans l'abîmer ?\n", "Habiter la forêt sans l'abîmer ?\nEt l'eau ?\n")
    assert counted(tmp_path, longer) == []
    assert counted(tmp_path, PAGE.replace("Revivez les deux débats", "Revivez nos soirées")) == []
