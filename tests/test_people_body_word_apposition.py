""""X, du cabinet Y présentera ...", "X, de l'association « Z », a rappelé ...": a person's body set
after the name and its comma, opened by a preposition and a common noun of a body in lower case
(programme.yaml `organization_words`), maybe with its own name in guillemets, then a verb of speech,
makes the name a speaker; the same apposition with no verb of speech after it stays silent, and so
does an apposition whose noun names no body. Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "En fin de matinée, Jeanne Vidalenc, du cabinet Ormeaux Conseil présentera le diagnostic du quartier.",
    "Jeanne Vidalenc, de l'association « Les Jardins de Valbrune », a détaillé le budget des jardins.",
    "Au marché couvert de Trévanne, Jeanne Vidalenc, de la coopérative laitière, a rappelé les enjeux.",
])
def test_body_word_then_speech_names_the_speaker(sentence):
    assert "Jeanne Vidalenc" in quoted_names(sentence)


@pytest.mark.parametrize("sentence", [
    # the body, but no verb of speech after it
    "Au marché couvert de Trévanne, Jeanne Vidalenc, du cabinet Ormeaux Conseil achète des légumes.",
    # a noun that names no body ("de la salle", "du quartier")
    "Au marché couvert de Trévanne, Jeanne Vidalenc, du quartier des Tilleuls, a rappelé les enjeux.",
])
def test_no_body_or_no_speech_names_no_speaker(sentence):
    assert "Jeanne Vidalenc" not in quoted_names(sentence)
