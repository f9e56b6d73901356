""""inspectrice", "conservatrice": offices of the civil service are role words, so a name followed
by one of them in a programme is a speaker; a word that is no office after the name stays silent.
Made-up text."""

from __future__ import annotations

import pytest

from tests.support import quoted_names


@pytest.mark.parametrize("sentence", [
    "« Les fonds patrimoniaux à l'heure du numérique », par Odile Ferrandou, inspectrice générale des bibliothèques.",
    "« Restaurer les vitraux de la chapelle », par Odile Ferrandou, conservatrice du musée de Valbrune.",
])
def test_office_after_the_name_names_the_speaker(sentence):
    assert "Odile Ferrandou" in quoted_names(sentence)


def test_a_word_that_is_no_office_names_no_one():
    sentence = "« Restaurer les vitraux de la chapelle », par Odile Ferrandou, vitraux du musée de Valbrune."
    assert "Odile Ferrandou" not in quoted_names(sentence)
