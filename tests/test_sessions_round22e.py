"""Sessions of round 22e, on made-up texts (names and places invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.extract.programme import programme_rows
from pipelines.document.manifest import SourceEntry


def sessions(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "rencontre.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id}])
    return [(s["type"], s["title"]) for s in rows["sessions"]]


def test_a_controversy_is_a_debate_between_speakers(tmp_path):
    text = ("Les rencontres de Brémont ont réuni les cadres des communes.\n\n"
            "Animée par un journaliste, la controverse du vendredi matin, intitulée « Faut-il fusionner "
            "les petites communes ? », a opposé deux maires.\n")
    assert sessions(tmp_path, text) == [("round_table", "Faut-il fusionner les petites communes ?")]


def test_a_quoted_phrase_after_another_word_is_no_session(tmp_path):
    text = ("Les rencontres de Brémont ont réuni les cadres des communes.\n\n"
            "Animée par un journaliste, la matinée du vendredi, intitulée « Faut-il fusionner "
            "les petites communes ? », a opposé deux maires.\n")
    assert sessions(tmp_path, text) == []
