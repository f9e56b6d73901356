"""Speakers glued to a role of several words whose first word alone is no role ("Prénom NOM
Maitre de Conférences, Université X"); made-up text (names invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import GLUED_PROGRAMME_HEAD, doc_of


def speakers(text: str) -> dict[str, str | None]:
    rows = extract_document(doc_of(text, title="Colloque de Valbrune : la prévention en question"))
    return {s["full_name"]: s.get("role") for s in rows["speakers"]}


def test_a_role_of_several_words_glued_to_the_name_credits_the_speaker():
    text = GLUED_PROGRAMME_HEAD + "Dr. Octave BRUNEL  Maitre de Conférences Univ. Trévanne\n"
    found = speakers(text)
    assert "Octave BRUNEL" in found
    assert found["Octave BRUNEL"].startswith("Maitre de Conférences")


def test_the_first_word_of_such_a_role_alone_is_no_role():
    text = GLUED_PROGRAMME_HEAD + "Octave Brunel Maitre Nageur du centre aquatique de Trévanne\n"
    assert "Octave Brunel" not in speakers(text)
