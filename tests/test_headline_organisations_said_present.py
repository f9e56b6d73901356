"""Organisations said present right after their word ("22 associations présentes", "une quinzaine
d'entreprises et structures étaient présentes") are the event's exhibitors, with no stand named;
made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Journée de la biodiversité à Trévanne"
LEAD = "La journée de la biodiversité s'est tenue le samedi 14 juin 2031 au parc de Trévanne. "


@pytest.mark.parametrize("sentence, value", [
    ("Au total, 23 associations étaient présentes pour animer le parc.", 23),
    ("Les visiteurs ont pu rencontrer les bénévoles des 31 associations présentes.", 31),
    ("Ce jour-là, 14 entreprises et organismes étaient présents sous le chapiteau.", 14),
])
def test_organisations_said_present_are_exhibitors(sentence, value):
    assert ("exhibitors", value) in headline_figures(LEAD + sentence + "\n", TITLE)


def test_organisations_merely_counted_are_not_exhibitors():
    sentence = "Le quartier compte 23 associations qui animent la vie locale."
    assert not any(m == "exhibitors" for m, _ in headline_figures(LEAD + sentence + "\n", TITLE))
