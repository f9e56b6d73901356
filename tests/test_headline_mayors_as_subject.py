"""Mayors counted as the subject of a gathering verb after them are the attendance ("240 maires se
sont réunis", "plus de 130 maires ont participé"); as its object ("le forum a réuni 95 maires"),
they may be a part of the people gathered, and count nothing (metrics.yaml
`attendance_subject_terms`; round 357, issue 15). Invented text only."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Congrès des maires de Valbrune"
LEAD = "Le congrès des maires de Valbrune s'est tenu le 9 avril 2031 à la salle des fêtes de Kerval. "


@pytest.mark.parametrize("sentence, value", [
    ("Près de 240 maires ruraux se sont réunis pour l'occasion.", 240),
    ("Plus de 130 maires du département ont participé aux travaux de la matinée.", 130),
    ("Une cinquantaine de maires ou adjoints sont présents à cette réunion.", 50),
])
def test_mayors_subject_of_the_gathering_verb_are_the_attendance(sentence, value):
    assert ("participants", value) in headline_figures(LEAD + sentence + "\n", TITLE)


def test_mayors_object_of_the_gathering_verb_count_nothing():
    sentence = "Le congrès a accueilli 95 maires, parmi 400 personnes venues de tout le département."
    figures = headline_figures(LEAD + sentence + "\n", TITLE)
    assert ("participants", 95) not in figures
