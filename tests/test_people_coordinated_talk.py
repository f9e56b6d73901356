"""A talk "coordonnée par" someone is given by that person: programme.yaml ``presenter_phrases``.
Sentences written for these tests."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people


def people(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


def test_a_talk_coordinated_by_a_person_names_its_speaker():
    text = "Le matin, la conférence d'ouverture coordonnée par Lucie Marlin a ouvert la journée de Valbrune."
    assert people(text) == ["Lucie Marlin"]


def test_a_project_coordinated_in_the_masculine_names_no_speaker():
    # only the feminine form (a talk: "conférence", "table ronde", "intervention") is read; a
    # project "coordonné par" someone does not make them speak
    text = "Le nouveau schéma routier coordonné par Paul Terrier sera livré à Trévanne l'an prochain."
    assert people(text) == []
