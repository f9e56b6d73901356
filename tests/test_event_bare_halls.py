"""A hall built for fairs and congresses, named by its words alone after a place preposition (no name
after it), is the event's venue when nothing else gives one. Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_congress_hall_without_a_name_is_the_venue():
    doc = _doc("Les rencontres de la chaleur se tiendront les 3 et 4 février, pour la première fois à Valbrune, "
               "au palais des congrès. Au programme, des ateliers.\n",
               title="Rencontres de la chaleur")
    assert find_venue(doc) == "palais des congrès"


def test_an_exhibition_hall_without_a_name_is_the_venue():
    doc = _doc("Les visiteurs de la foire d'Orval ont flâné dans la Halle des Expositions, entre les stands.\n",
               title="Foire d'Orval")
    assert find_venue(doc) == "Halle des Expositions"


def test_a_hall_named_after_it_keeps_its_name():
    doc = _doc("Les rencontres se tiendront au palais des congrès de Valbrune le 3 février.\n",
               title="Rencontres de la chaleur")
    assert find_venue(doc) == "palais des congrès de Valbrune"


def test_a_hall_without_a_name_among_other_halls_is_no_venue():
    doc = _doc("Les assises se sont ouvertes au centre des congrès. Le lendemain, les ateliers ont eu lieu "
               "dans le hall du parc des expositions.\n",
               title="Assises de la chaleur")
    assert find_venue(doc) != "centre des congrès"
