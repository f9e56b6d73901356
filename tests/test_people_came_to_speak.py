""""est venu nous présenter", "est venue préciser": a person come to speak, "venir" conjugated with
"être" then a verb of speech in the infinitive, is a person speaking; "venir" followed by a verb
that is not one of speech ("est venue visiter") names no speaker. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "C'est le nouveau service de covoiturage que Jeanne Vidalenc est venue nous présenter à Valbrune.",
    "Ensuite, Jeanne Vidalenc est venue préciser le calendrier des travaux de la halle.",
    "Au marché couvert de Trévanne, Jeanne Vidalenc est venue parler du réseau de chaleur.",
])
def test_come_to_speak_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "visiter", "acheter": "venir" followed by a verb that is not speech
    "Au printemps, Jeanne Vidalenc est venue visiter la halle de Trévanne.",
    "Le samedi, Jeanne Vidalenc est venue acheter des légumes au marché de Valbrune.",
])
def test_come_to_do_something_else_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
