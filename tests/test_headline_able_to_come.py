"""A count of people before "ont pu venir", "ont pu se déplacer", "ont pu faire le déplacement":
the people able to come to the event, its attendance. Not the people who could not come ("n'ont pas
pu venir"), nor things that could be brought there. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Le Forum des Lucioles à Valbrune"


@pytest.mark.parametrize("sentence", [
    "Ce samedi, 240 personnes ont pu venir admirer les semis de Valbrune.",
    "Malgré la neige, 240 personnes ont pu se déplacer jusqu'à la salle de Trévanne.",
    "Grâce aux navettes, 240 personnes ont pu faire le déplacement depuis Trévanne.",
])
def test_the_people_able_to_come_are_the_attendance(sentence):
    assert ("participants", 240) in figures_between(_TITLE, sentence, "Les échanges ont été riches.")


@pytest.mark.parametrize("sentence", [
    "En raison de la grève, 240 personnes n'ont pas pu venir à Valbrune.",
    "Cette année, 240 tracteurs ont pu venir sur la place de Valbrune.",
])
def test_the_people_who_could_not_come_or_things_are_no_attendance(sentence):
    assert ("participants", 240) not in figures_between(_TITLE, sentence, "Les échanges ont été riches.")
