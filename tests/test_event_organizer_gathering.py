"""When no sentence about the event names its organiser, the subject of an organiser verb whose
object is a gathering a body organises (events.yaml `organized_gatherings`: "un loto", "une
soirée", "la fête") or an event noun is the organiser, a circumstance between commas maybe before
the object (event_organizer.py `_event_object`; round 385, issue 15). Invented text only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_club_organising_a_loto_is_its_organiser():
    doc = _doc("Salle comble à Kerval\n\nDimanche soir, le Cercle des boulistes de Kerval organisait un loto "
               "au profit de l'école.\n\nLes lots ont été remis par les enfants.\n",
               title="Salle comble à Kerval")
    assert find_organizer(doc) == "Cercle des boulistes de Kerval"


def test_a_circumstance_between_commas_before_the_gathering():
    doc = _doc("Un été à Noirmont\n\nL'Amicale des Tilleuls organise, du 4 au 9 août, une semaine de jeux "
               "pour les familles du quartier.\n",
               title="Un été à Noirmont")
    assert find_organizer(doc) == "Amicale des Tilleuls"


def test_an_organised_thing_that_is_no_gathering_names_no_organiser():
    doc = _doc("Un été à Noirmont\n\nL'Amicale des Tilleuls organise le ramassage des encombrants "
               "pour les familles du quartier.\n",
               title="Un été à Noirmont")
    assert find_organizer(doc) is None
