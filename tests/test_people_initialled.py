"""Speakers named by the initial of their given name in a write-up, on made-up text (names and
places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

REPORT = "La Journée de la donnée de Valbois s'est tenue le 12 mars 2024 à Valbois.\n\n{text}"


def names(text: str) -> list[str]:
    rows = extract_document(doc_of(REPORT.format(text=text), title="Retour sur la Journée de la donnée"))
    return [r["full_name"] for r in rows["speakers"]]


def test_an_initial_and_a_family_name_before_a_verb_of_speech_are_a_speaker():
    text = ("## Les conférences\n\n"
            "- C. Frayssac nous présente une application de formation sur smartphone.\n"
            "- A. Vuillemot nous raconte ses galères de développement.\n"
            "Puis J.P. Morvan a rappelé les enjeux de la donnée ouverte.\n")
    assert names(text) == ["C. Frayssac", "A. Vuillemot", "J.P. Morvan"]


def test_selon_before_an_initialled_name_makes_a_speaker():
    assert names("Selon H. Grevillard, la stratégie de la donnée a beaucoup évolué.") == ["H. Grevillard"]


def test_monsieur_abbreviated_is_no_initial():
    assert names("M. Bertolin a rappelé les résultats du vote.") == []


def test_an_initialled_name_that_does_not_open_its_clause_is_no_speaker():
    assert names("Le groupe U.S. Steel a présenté son bilan annuel.") == []


def test_an_initialled_name_without_speech_is_no_speaker():
    assert names("La carte de C. Frayssac est disponible en ligne.") == []
