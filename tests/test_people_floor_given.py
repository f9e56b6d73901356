""""la parole à X": a person the floor is handed to ("je laisse la parole à", "a donné la parole
à") is a person speaking; the floor handed to a group ("la parole aux habitants") names no one,
even when a capitalised name follows later in the sentence. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Sans plus attendre, je laisse la parole à Jeanne Vidalenc pour la suite du webinaire.",
    "Le maire de Valbrune a ensuite donné la parole à Jeanne Vidalenc, qui anime le réseau de chaleur.",
    "Merci à tous, je passe maintenant la parole à Jeanne Vidalenc.",
])
def test_floor_handed_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # the floor handed to a group: the name further on is not the one who speaks
    "Le maire a laissé la parole aux habitants du quartier de la halle Jeanne Vidalenc à Trévanne.",
    # "la parole" with no one it is handed to
    "La parole était libre lors de la réunion de Trévanne avec Jeanne Vidalenc en visite.",
])
def test_floor_not_handed_to_a_name_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
