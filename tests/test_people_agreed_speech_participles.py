""""a présentées", "a détaillés": a participle of speech agreed with a direct object written before
it (a relative clause) is still a verb of speech, and the name before it is a
person speaking; a verb that is not one of speech stays silent, agreed or not. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "Le réseau de chaleur connaîtra trois améliorations que Jeanne Vidalenc nous a présentées au marché couvert.",
    "Les chiffres du bilan, que Jeanne Vidalenc a détaillés devant les élus de Valbrune, sont encourageants.",
    "Voici les trois pistes d'économie que Jeanne Vidalenc a exposées au conseil communautaire.",
])
def test_agreed_participle_of_speech_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "votées", "rangées": agreed participles, but of verbs that are not speech
    "Les subventions que Jeanne Vidalenc a votées l'an dernier financent la halle de Trévanne.",
    "Les chaises que Jeanne Vidalenc a rangées restent dans la salle.",
])
def test_agreed_participle_of_another_verb_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
