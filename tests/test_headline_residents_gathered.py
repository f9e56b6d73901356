"""The residents gathered at a public meeting are its attendance ("plus de 120 habitants ont
assisté à la réunion publique", "les 45 riverains présents"); the inhabitants a commune counts are
none; made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Réunion publique sur l'assainissement à Valbrune"
LEAD = "La commune de Valbrune a présenté son projet d'assainissement collectif le 12 mars 2031. "


@pytest.mark.parametrize("sentence, value", [
    ("Plus de 120 habitants ont assisté à la réunion publique, salle des fêtes.", 120),
    ("Les 45 riverains présents ont posé de nombreuses questions au maire.", 45),
])
def test_residents_gathered_are_the_attendance(sentence, value):
    assert ("participants", value) in headline_figures(LEAD + sentence + "\n", TITLE)


def test_the_inhabitants_of_the_commune_are_no_attendance():
    sentence = "La commune compte 2 300 habitants, dont la moitié dans le bourg."
    assert ("participants", 2300) not in headline_figures(LEAD + sentence + "\n", TITLE)


def test_the_inhabitants_a_commune_welcomes_are_no_attendance():
    sentence = "En dix ans, la commune a accueilli 600 habitants nouveaux."
    assert ("participants", 600) not in headline_figures(LEAD + sentence + "\n", TITLE)
