""""démontre", "a démontré": a speaker arguing a point before the audience is an act of speech a
report tells of ("Prénom Nom a démontré l'intérêt du réseau"); a name after a verb that is not
one of speech ("a visité") names no speaker. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Lors de la table ronde, Jeanne Vidalenc a démontré l'intérêt de mutualiser les achats de Valbrune.",
    "Dans la seconde partie, Jeanne Vidalenc démontre l'utilité du covoiturage vers Trévanne.",
])
def test_arguing_a_point_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "a visité": a verb that is not speech
    "Lors de la journée, Jeanne Vidalenc a visité les ateliers de Valbrune.",
])
def test_other_verbs_name_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
