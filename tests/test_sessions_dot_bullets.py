"""Sessions of a programme whose sub-items are set off by a dot, as some web pages write them under a
bulleted line ("▪ Ateliers :" then ". Atelier 1 : ..."), on made-up text (titles invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import sessions


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "prog.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


TEXT = ("Rencontres de la participation\n\nPROGRAMME\n\nLundi 3 mars\n\nMatin :\n"
        "▪ Accueil et ouverture\n"
        "▪ 1ère table ronde : « Écouter les habitants »\n"
        "▪ Ateliers :\n"
        ". Atelier 1 : « Les jeunes et la décision »\n"
        ". Atelier 2 : « Le budget participatif »\n\n"
        "Après-midi :\n▪ Clôture\n")


def test_workshops_set_off_by_a_dot_under_a_bulleted_line(tmp_path):
    found = sessions(read(tmp_path, TEXT))
    assert ("workshop", "Atelier 1 : « Les jeunes et la décision »") in found
    assert ("workshop", "Atelier 2 : « Le budget participatif »") in found


def test_a_line_of_prose_after_a_full_stop_is_no_session(tmp_path):
    # a dot that ends a sentence on the line before is no bullet: the line goes on the text
    text = TEXT.replace(". Atelier 2 : « Le budget participatif »\n",
                        ". Les ateliers sont ouverts à tous les habitants de la commune, sur inscription.\n")
    found = sessions(read(tmp_path, text))
    assert not any("inscription" in title for _, title in found)


def test_a_full_stop_opens_an_item_only_after_a_closed_line(tmp_path):
    # after a line ending as a sentence or a label, ". Le parc" is an item; after an open line the
    # stop belongs to the sentence above and the line is no item
    closed = read(tmp_path, "Nos chantiers :\n. Le parc des sports ;\n. La halle couverte.\n")
    assert [b.marker for b in closed.blocks if b.kind == "list_item"] == [".", "."]
    open_ = read(tmp_path, "Nous avons visité la halle couverte de Valbrune\n. Le parc suivra\n")
    assert not any(b.kind == "list_item" for b in open_.blocks)
