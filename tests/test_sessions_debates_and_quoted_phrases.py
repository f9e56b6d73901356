"""Sessions on made-up texts (names and places invented): a controversy is a debate between speakers, a
quoted phrase after another word is no session."""

from __future__ import annotations

from .support import sessions, written_doc


def test_a_controversy_is_a_debate_between_speakers(tmp_path):
    text = ("Les rencontres de Brémont ont réuni les cadres des communes.\n\n"
            "Animée par un journaliste, la controverse du vendredi matin, intitulée « Faut-il fusionner "
            "les petites communes ? », a opposé deux maires.\n")
    assert sessions(written_doc(tmp_path, "rencontre.txt", text)) == [("round_table", "Faut-il fusionner les petites communes ?")]


def test_a_quoted_phrase_after_another_word_is_no_session(tmp_path):
    text = ("Les rencontres de Brémont ont réuni les cadres des communes.\n\n"
            "Animée par un journaliste, la matinée du vendredi, intitulée « Faut-il fusionner "
            "les petites communes ? », a opposé deux maires.\n")
    assert sessions(written_doc(tmp_path, "rencontre.txt", text)) == []
