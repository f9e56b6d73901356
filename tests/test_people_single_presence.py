"""A press article noting the presence of one person names someone who attended, not a speaker,
unless the sentence is about a session being held or goes on about that person.
Sentences written for these tests."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people


def people(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


def test_one_person_whose_presence_is_noted_is_no_speaker():
    text = ("La kermesse a attiré les familles du quartier. On notait la présence de Lucien Ferrand, "
            "sous-préfet de Valbrune, venu en voisin.")
    assert people(text) == []


def test_one_person_present_at_a_debate_or_described_is_kept():
    debate = ("La soirée s'est poursuivie par un débat animé par la radio locale, en présence de "
              "Lucien Ferrand, adjoint au maire de Valbrune.")
    assert "Lucien Ferrand" in people(debate)
    clause = ("La commune était représentée par la présence de Lucien Ferrand, adjoint au maire, "
              "qui s'est vu remettre le trophée.")
    assert "Lucien Ferrand" in people(clause)
