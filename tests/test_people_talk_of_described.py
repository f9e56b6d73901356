"""Speakers named after a talk and the words that describe them ("les interventions de
l'urbaniste Prénom Nom", "l'intervention du directeur de la Caisse X, Prénom Nom"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people


def names(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # a talk, an article, a description in lower case, then the name
    ("Les interventions de l'urbaniste Jean Valmont et de Luc Ferrand, directeur des études à Banque Zed, ont posé le cadre.",
     ["Jean Valmont", "Luc Ferrand"]),
    ("Le témoignage de la jeune lauréate Marie Durand a marqué la salle.", ["Marie Durand"]),
    # a talk, a role and its body set apart by a comma, then the name
    ("Les interventions du Directeur régional de la Caisse Delta, Paul Morvan, et du Secrétaire général de la préfecture, "
     "Marc Lenoir, ont complété la séquence.", ["Paul Morvan", "Marc Lenoir"]),
])
def test_talk_then_description_names_the_speaker(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # "de" without an article: a kind of talk, not who gives it
    "La conférence de presse Paul Morvan était prévue en mai.",
    # a body set apart by a comma, no role word: no description of a person
    "L'intervention de la Ville de Valbourg, Paul Morvan assistait au fond de la salle.",
    # a date between the talk and the name
    "Le discours du 12 mai Paul Morvan.",
    # the talk within its sentence: an action, not a talk
    "Le chantier, fruit de l'intervention du directeur régional de la Caisse Delta, Paul Morvan, est achevé.",
    "Le chantier doit beaucoup à l'intervention de l'urbaniste Jean Valmont.",
    # no talk before the description
    "La visite de l'urbaniste Jean Valmont a eu lieu hier.",
])
def test_no_talk_or_no_description_names_no_speaker(text):
    assert names(text) == []
