"""People counted right before a verb of their wares shown or sold at the event ("ont présenté
leurs produits", "venus exposer leurs produits"): the exhibitors, whatever word counts them
("artisans", "professionnels"), not the participants. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "La foire aux saveurs de Montclaret"


@pytest.mark.parametrize("sentence, value", [
    ("Samedi, trente-deux professionnels ont présenté leurs produits aux habitants de Valbrune.", 32.0),
    ("La halle accueille une cinquantaine d'artisans régionaux venus exposer leurs produits au public.", 50.0),
])
def test_sellers_of_their_wares_are_the_exhibitors(sentence, value):
    figures = figures_between(_TITLE, sentence, "Les échanges ont été riches.")
    assert ("exhibitors", value) in figures
    assert not any(metric == "participants" for metric, _ in figures)


def test_people_with_no_wares_stay_participants():
    figures = figures_between(_TITLE, "Samedi, une cinquantaine de professionnels ont participé à la foire.",
                              "Les échanges ont été riches.")
    assert not any(metric == "exhibitors" for metric, _ in figures)
