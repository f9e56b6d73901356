"""Abbreviated general-management offices ("DGAT", "DGST") are role words: a programme line giving
a name, then such an office and an organisation ("Prénom Nom, DGAT, Ministère de X : sujet") names
a speaker. An unknown run of capitals in the same place ("Prénom Nom, ZQWX, ...") is no role, and
the line names no one. Made-up text."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of


def _speakers_of(text: str) -> set[str]:
    return {s["full_name"] for s in extract_document(doc_of(text))["speakers"]}


def _programme(line: str) -> str:
    return ("Journée des médiathèques de Valbrune\n\n"
            "Matinée : les réseaux de lecture\n\n"
            + line + "\n\n"
            "Après-midi : ateliers\n")


def test_an_abbreviated_office_names_the_speaker():
    text = _programme("Armelle Quintard, DGAT, Ministère de l'intérieur : quels outils pour les communes de Trévanne ?")
    assert "Armelle Quintard" in _speakers_of(text)


def test_an_unknown_run_of_capitals_names_no_one():
    text = _programme("Armelle Quintard, ZQWX, Ministère de l'intérieur : quels outils pour les communes de Trévanne ?")
    assert "Armelle Quintard" not in _speakers_of(text)
