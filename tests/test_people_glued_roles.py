"""Speakers a programme names with their role glued on, no comma between ("Prénom Nom Sociologue,
Équipe X"), as a web page or PDF reads once its boxes are joined; made-up text (names invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import GLUED_PROGRAMME_HEAD, doc_of

PROGRAMME = (GLUED_PROGRAMME_HEAD +
             "Hugo Delacroix Chercheur en santé publique, Université de Valbrune Anaïs Perrot Doctorante, Université de Valbrune\n")


def speakers(text: str) -> dict[str, str | None]:
    rows = extract_document(doc_of(text, title="Colloque de Valbrune : la prévention en question"))
    return {s["full_name"]: s.get("role") for s in rows["speakers"]}


def test_names_with_their_role_glued_on_are_the_speakers():
    found = speakers(PROGRAMME)
    assert set(found) == {"Lucie Marchetti", "Hugo Delacroix", "Anaïs Perrot"}
    assert found["Lucie Marchetti"].startswith("Sociologue")
    assert found["Anaïs Perrot"].startswith("Doctorante")


def test_one_name_with_a_title_after_it_is_not_enough():
    text = PROGRAMME.split("de 11:00")[0]
    assert "Lucie Marchetti" not in speakers(text)
