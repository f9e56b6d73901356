"""A small number opening its line before a title is the title's number in an outline, not a count:
before a capitalised article or interrogative ("3 L'accueil des familles", "1 Quelle place pour le
vélo ?"), or before a capitalised singular noun that a preposition follows, which no count of two or
more is written with ("4 Rénovation des écoles"). Invented text."""

from __future__ import annotations

import pytest

from tests.support import mentions


@pytest.mark.parametrize("line", [
    "- 3 L’accueil des familles du quartier.",
    "1 Quelle politique de l'eau pour la vallée ?",
    "2 Quel est le rôle des communes ?",
    "4 Rénovation des écoles du bourg",
    "2 Objectif du plan départemental",
])
def test_an_outline_number_is_no_count(line):
    assert mentions(line + "\n") == set()


@pytest.mark.parametrize("line, value", [
    ("3 Ateliers de cuisine", 3),
    ("12 communes de la vallée ont signé la charte.", 12),
    ("3 Tables rondes", 3),
])
def test_a_count_before_its_noun_stays(line, value):
    assert (value, "count") in mentions(line + "\n")
