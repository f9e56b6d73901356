""""se demande", "s'étonne", "se désole": the question, surprise or regret a quotation ends on is
an act of speech a report tells of a speaker ("« … », se demande Prénom Nom"); a name after a
reflexive verb that is not one of speech ("se promène") names no speaker. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "« Combien de familles viendront l'an prochain ? », se demande Jeanne Vidalenc, une des bénévoles.",
    "« La halle de Valbrune était pleine dès midi », s'étonne Jeanne Vidalenc, une habitante.",
    "« Le marché de Trévanne perd ses exposants », se désole Jeanne Vidalenc, une commerçante.",
])
def test_question_surprise_or_regret_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # "se promène": a reflexive verb that is not speech
    "Le dimanche matin, se promène Jeanne Vidalenc, une habitante, le long du canal de Valbrune.",
])
def test_other_reflexive_verbs_name_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
