"""The share of the invited who came, the count with no noun after "sur les N <gens> invités":
"Sur les 900 habitants conviés, seuls 210 se sont déplacés" is an attendance of 210. Not a bare
count with no verb of coming after it ("210 réponses" counts answers). Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Les Assises des Lucioles à Valbrune"


@pytest.mark.parametrize("sentence", [
    "Sur les 900 habitants conviés, seuls 210 se sont déplacés jusqu'à la salle de Trévanne.",
    "Hélas, sur les 900 commerçants invités, seulement 210 ont fait le déplacement.",
])
def test_the_invited_who_came_are_the_attendance(sentence):
    assert ("participants", 210) in figures_between(_TITLE, sentence, "Les échanges ont été riches.")


@pytest.mark.parametrize("sentence", [
    "Sur les 900 habitants conviés, 210 réponses sont parvenues en mairie de Trévanne.",
    "Sur les 900 habitants conviés, 210 vivent à Trévanne.",
])
def test_a_count_without_a_verb_of_coming_is_no_attendance(sentence):
    assert ("participants", 210) not in figures_between(_TITLE, sentence, "Les échanges ont été riches.")
