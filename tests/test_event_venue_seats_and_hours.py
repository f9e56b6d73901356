"""The venue of round 379: a région's seat and an international congress centre are halls
("s'est tenue à l'hôtel de région de Valbourg"); an organiser holding its event in a place in the
present or the future ("l'association organise à la Maison X une journée"); a place written after
the date and the time the event opens ("le 4 juin 2031 dès 10h, à la Ferme X", "à 20 h, à
l'auditorium Y"). Made-up texts only."""

import pytest

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


@pytest.mark.parametrize("text, title, venue", [
    ("Rencontre des ateliers numériques\n\nLa rencontre s'est tenue à l'hôtel de région de Valbourg, au "
     "printemps.\n", "Rencontre des ateliers numériques", "hôtel de région de Valbourg"),
    ("Assemblée du club de randonnée\n\nCette année, le club de randonnée organisera au Moulin des Tilleuls son "
     "assemblée annuelle.\n", "Assemblée du club de randonnée", "Moulin des Tilleuls"),
    ("Lancement du plan des haies\n\nLe lancement du plan des haies est prévu le samedi 14 juin 2031 dès 10h, "
     "à Lucioscope.\n", "Lancement du plan des haies", "Lucioscope"),
    ("Cycle de conférences\n\nConférence sur les étoiles filantes, le 14 octobre 2031 à 20 h, à l'auditorium "
     "des Lilas.\n", "Cycle de conférences", "auditorium des Lilas"),
])
def test_the_venue_read(text, title, venue):
    assert find_venue(_doc(text, title)) == venue



def test_the_moment_of_the_day_between_the_date_and_the_hall():
    text = ("Assemblée des jardiniers\n\nL'assemblée s'est déroulée le jeudi 9 mars 2023, en soirée, à la salle "
            "des Tilleuls, devant quarante adhérents.\n")
    assert find_venue(_doc(text)) == "salle des Tilleuls"
    text = ("Assemblée des jardiniers\n\nL'assemblée s'est tenue le 9 mars dans la matinée au palais des Glycines.\n")
    assert find_venue(_doc(text)) == "palais des Glycines"
