"""A count of growers or firms before a verb of their wares shown or sold at the event ("ont vendu
leurs produits", "proposaient leurs produits"): the exhibitors. Not growers counted with no such verb
nor stand. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Le marché des Lucioles à Valbrune"


@pytest.mark.parametrize("sentence", [
    "Dimanche, près de 70 producteurs ont vendu leurs produits sur la place de Valbrune.",
    "Sous les halles, une quarantaine de producteurs proposaient leurs produits aux passants.",
])
def test_growers_selling_their_wares_are_the_exhibitors(sentence):
    figures = figures_between(_TITLE, sentence, "Les échanges ont été riches.")
    assert any(metric == "exhibitors" for metric, _ in figures)


def test_growers_with_no_wares_nor_stand_are_no_exhibitors():
    figures = figures_between(_TITLE, "La coopérative compte 70 producteurs depuis sa création.",
                              "Les échanges ont été riches.")
    assert not any(metric == "exhibitors" for metric, _ in figures)
