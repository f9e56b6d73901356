"""Events: a Christmas market and a village's yearly fête are events (events.yaml `event_nouns`:
"marché de Noël", "fête votive", "fête patronale"; round 228, issue 15). Invented text only."""

import pytest

from .support import written_column


@pytest.mark.parametrize("text, name", [
    ("Le marché de Noël fait son grand retour le dimanche 10 décembre 2031 à la salle des Tilleuls, "
     "avec une cinquantaine d'exposants.\n", "marché de Noël"),
    ("Le week-end de la fête votive des 5, 6 et 7 juillet 2031 approche : le comité des fêtes prépare "
     "le programme.\n", "fête votive"),
])
def test_a_christmas_market_and_a_yearly_fete_are_events(tmp_path, text, name):
    names = written_column(tmp_path, "article.txt", text, "events", "name")
    assert len(names) == 1 and names[0].lower() == name.lower()


def test_a_market_that_is_no_event(tmp_path):
    text = "Le marché de l'immobilier reste tendu en 2031 selon les notaires de Valbrune.\n"
    assert written_column(tmp_path, "article.txt", text, "events", "name") == []
