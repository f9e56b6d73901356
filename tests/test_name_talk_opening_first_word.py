"""A programme's line opening with a one-word talk ("Intervention Prénom NOM, psychologue") names
Prénom NOM: the talk's word is no given name. Made-up names."""

from pipelines.extract.documents import extract_document
from pipelines.extract.names import parse_name

from .support import doc_of


def test_a_talk_word_is_no_given_name():
    for text in ("Intervention Claudine VALMONT", "Allocution Jeanne Valmont", "Témoignage Paul LUCIOLE"):
        assert parse_name(text, allow_mixed=True, caps_ok=True) is None, text


def test_the_line_names_the_speaker_after_the_talk_word():
    text = ("Journées des aidants\n\nMardi 3 octobre\n15h à 16h – Résidence Les Lilas\n"
            "Intervention Claudine VALMONT, psychologue sociale\n«Aidants : prendre soin de soi»\n")
    rows = extract_document(doc_of(text, title="Journées des aidants"))["speakers"]
    assert [r["full_name"] for r in rows] == ["Claudine VALMONT"]
