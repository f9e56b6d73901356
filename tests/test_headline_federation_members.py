"""The members of a hunting or fishing federation answering its assembly's invitation are its
attendance ("280 chasseurs ont répondu à l'invitation de leur fédération"); made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Assemblée générale de la fédération de Valbrune"
LEAD = "L'assemblée générale de la fédération de Valbrune s'est tenue le 9 avril 2022 à la salle des fêtes. "


@pytest.mark.parametrize("sentence, value", [
    ("280 chasseurs ont répondu à l'invitation de leur fédération.", 280),
    ("Plus de 140 pêcheurs ont participé aux travaux de la matinée.", 140),
])
def test_federation_members_gathered_are_the_attendance(sentence, value):
    assert ("participants", value) in headline_figures(LEAD + sentence + "\n", TITLE)


def test_members_counted_outside_a_gathering_are_no_attendance():
    sentence = "Le département compte 4 200 chasseurs, un chiffre stable depuis dix ans."
    assert ("participants", 4200) not in headline_figures(LEAD + sentence + "\n", TITLE)
