"""Headline figures in a programme's list: an item reporting back on the event's sessions
("Restitution des 4 ateliers") counts all of them, even in a long list of items; a report item
that counts no session is no figure. Made-up texts only."""

import pytest

from .support import headline_figures

PROGRAMME = """Programme de la journée

Matin :
▪ Accueil des participants
▪ Ouverture par la présidente
▪ Table ronde : « Habiter le bourg »
▪ Ateliers en parallèle
. Atelier 1 : « Les commerces »
. Atelier 2 : « Les mobilités »

Après-midi :
▪ {item}
▪ Clôture de la journée
"""


@pytest.mark.parametrize("item, expected", [
    ("Restitution des 4 ateliers", {("workshops", 4)}),
    ("Synthèse des 3 tables rondes", {("round_tables", 3)}),
    # a report item that counts people, not sessions
    ("Synthèse des 40 participants", set()),
    # a report item of something other than the sessions
    ("Compte rendu des 12 communes du canton", set()),
])
def test_an_item_reporting_on_the_sessions(item, expected):
    assert headline_figures(PROGRAMME.format(item=item)) == expected
