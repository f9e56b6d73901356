"""A class of people named by their age ("les plus de 70 ans", "l'accueil des moins de 6 ans") says
who is meant, not a quantity; a span of years stays a figure. Invented text."""

from __future__ import annotations

import pytest

from tests.support import mentions


@pytest.mark.parametrize("text", [
    "Dans la commune, les plus de 70 ans vivent souvent seuls.",
    "La crèche développe l'accueil des moins de 6 ans.",
    "Le tarif réduit s'applique aux moins de 14 ans.",
])
def test_an_age_class_is_no_figure(text):
    assert (70, "year") not in mentions(text + "\n") and (6, "year") not in mentions(text + "\n") \
        and (14, "year") not in mentions(text + "\n")


def test_a_span_of_years_stays():
    assert (5, "year") in mentions("Le club existe depuis plus de 5 ans.\n")
    assert (10, "year") in mentions("Le plan court sur les dix ans à venir, pour moins de 10 ans de travaux.\n")
