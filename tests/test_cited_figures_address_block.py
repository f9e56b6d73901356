"""A postal code opening the line under its street, its town after it or on the next line, is an
address block's, not a count. Invented text."""

from __future__ import annotations

import pytest

from .support import cited_figures


def _values(text: str) -> list[float]:
    return [value for value, _ in cited_figures("Les jardiniers se sont retrouvés à Valbourg.\n\n" + text)]


@pytest.mark.parametrize("address", [
    "Maison des Lucioles\n2 rue des Lilas\n99100\nValbourg\n",
    "Salle des fêtes\n14-16 avenue du Port\n99 100 Valbourg\n",
    "Salle des fêtes\n3, place de la Halle\n99 100\nVALBOURG\n",
])
def test_a_postal_code_under_its_street_is_no_figure(address):
    assert 99100 not in _values(address)


def test_a_count_under_a_long_sentence_naming_a_street_is_kept():
    text = ("Les jardiniers ont planté des arbres le long du 2 rue des Lilas, puis dans tout le quartier du port "
            "de la ville, avec les enfants des écoles.\n12 500 Visiteurs ont parcouru les allées.\n")
    assert 12500 in _values(text)
