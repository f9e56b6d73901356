""""a mis l'accent sur", "a mis en relief", "a mis en exergue": a speaker stressing a point of the
talk is an act of speech a report tells ("Prénom Nom a mis l'accent sur la sobriété"); a name followed
by "a mis en place" (something set up, not said) names no speaker. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Lors de la réunion publique, Odile Carmagnac a mis l'accent sur la sobriété des bâtiments de Valbrune.",
    "À la tribune, Odile Carmagnac a mis en relief le coût des travaux de la place de Trévanne.",
    "En ouverture, Odile Carmagnac a mis en exergue les délais du chantier de la halle.",
])
def test_stressing_a_point_names_the_speaker(sentence):
    assert "Odile Carmagnac" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "mis en place": something set up, not a point of a talk
    "L'an dernier, Odile Carmagnac a mis en place une navette vers la halle de Trévanne.",
])
def test_setting_up_names_no_speaker(sentence):
    assert "Odile Carmagnac" not in quoted_names(sentence)
