""""a fait une présentation", "a donné quelques pistes": a talk given, named by its noun after a
verb of giving in the compound past, tells the subject spoke, and the name before it is a person
speaking; the same verb with a noun that is no talk ("a fait des travaux") stays silent. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Après la pause, Jeanne Vidalenc nous a fait une démonstration du nouveau réseau de bus de Valbrune.",
    "Lors de la deuxième matinée, Jeanne Vidalenc a donné des pistes pour réduire les déchets.",
    "Au marché couvert de Trévanne, Jeanne Vidalenc a dressé un rapide bilan de la saison.",
])
def test_talk_given_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "fait des travaux", "donné une subvention": the verb of giving, but no talk given
    "Depuis le printemps, Jeanne Vidalenc a fait des travaux dans la halle de Trévanne.",
    "Lors de la deuxième matinée, Jeanne Vidalenc a donné une subvention au club de Valbrune.",
])
def test_other_thing_given_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
