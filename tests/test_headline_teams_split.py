"""People counted in any word of people, then split into the teams or groups of a contest or a
workshop ("répartis en 9 équipes"): all the people of the event, its attendance. Not things split
into rooms ("les ateliers répartis en deux salles"), nor people split into anything else than
teams or groups. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Le Défi des Lucioles à Valbrune"


@pytest.mark.parametrize("sentence", [
    "Deux nuits blanches, neuf énigmes et plus de 130 lycéens répartis en 17 équipes ont animé Valbrune.",
    "Une nuit de code, six défis et 130 étudiantes réparties en dix groupes ont animé le campus de Trévanne.",
])
def test_the_people_split_into_teams_are_the_attendance(sentence):
    assert ("participants", 130) in figures_between(_TITLE, sentence, "Les échanges ont été riches.")


@pytest.mark.parametrize("sentence", [
    "Deux nuits blanches, neuf énigmes et plus de 130 lycéens répartis en 17 salles de Valbrune.",
    "Deux nuits blanches, neuf énigmes et 130 lycéens répartis en trois niveaux de difficulté.",
])
def test_people_split_into_rooms_or_levels_are_no_attendance(sentence):
    assert ("participants", 130) not in figures_between(_TITLE, sentence, "Les échanges ont été riches.")
