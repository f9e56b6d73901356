"""The venue of round 379: a région's seat and an international congress centre are halls
("8 mars 2031, Hôtel de Région, Valbourg"); an organiser holding its event in a place in the
present or the future ("l'association organise à la Maison X une journée"); a place written after
the date and the time the event opens ("le 4 juin 2031 à partir de 9h, à la Ferme X", "à 18 h 30, à
l'auditorium Y"). Made-up texts only."""

import pytest

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


@pytest.mark.parametrize("text, title, venue", [
    ("Rencontre des ateliers numériques\n\n8 mars 2031, Hôtel de Région, Valbourg\n\nUne journée pour "
     "les animateurs des ateliers.\n", "Rencontre des ateliers numériques", "Hôtel de Région"),
    ("Journée du réemploi\n\nLe réseau des ressourceries et la ville de Valbourg organisent au Moulin des "
     "Tilleuls une journée d'échanges sur le réemploi.\n", "Journée du réemploi", "Moulin des Tilleuls"),
    ("Lancement du plan des haies\n\nCe jeudi 5 juin 2031 à partir de 9h30, à Lucioscope, aura lieu le "
     "lancement du plan des haies.\n", "Lancement du plan des haies", "Lucioscope"),
    ("Cycle de conférences\n\nLe 14 octobre 2031, à 18 h 30, à l'auditorium des Lilas : « Les étoiles "
     "filantes », par une astronome.\n", "Cycle de conférences", "auditorium des Lilas"),
])
def test_the_venue_read(text, title, venue):
    assert find_venue(_doc(text, title)) == venue

