""""c'est au tour de X de ...": the turn passed to a person, maybe with an honorific before the
name, is the floor handed to a speaker ("la parole à X"); the turn of a group or of a place names
no one. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Après le maire de Valbrune, c'est au tour de Mme Jeanne Vidalenc d'accueillir les participants.",
    "Après la présidente, c’est au tour de Mme Jeanne Vidalenc de présenter le bilan de Trévanne.",
])
def test_turn_passed_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # the turn of a group: the name further on is not the one who speaks
    "Après la rentrée, c'est au tour des clubs de la halle Jeanne Vidalenc de faire la fête.",
    # the turn of a place to host the event
    "Après Valbrune, c'est au tour de Trévanne Communauté d'accueillir le salon.",
])
def test_turn_of_a_group_or_place_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
    assert "Trévanne Communauté" not in quoted_names(sentence)
