"""Venues read when nothing else gives one (rounds 514, 516, 523 and 530): an exhibition ground
named by its city gate, the seat of a région or a département, a room or a sports complex named
after someone, a hall of events.yaml `event_halls` after "du" or without a name; and the places
none of these may take. Made-up texts only."""

import pytest

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


@pytest.mark.parametrize("text, title, venue", [
    # round 514: an exhibition ground named by its city gate
    ("Le salon des jardiniers ouvre ses portes ce vendredi porte de Valmy, à Lyon, pour trois jours.\n",
     "Salon des jardiniers", "porte de Valmy"),
    # round 516: the seat of a département or a région, no name after it
    ("Mardi, le Département convie les bailleurs et les maires de la vallée à l’Hôtel du Département "
     "pour le colloque « Habiter demain ».\n", "Colloque Habiter demain", "Hôtel du Département"),
    ("Les délégués du séminaire des rivières ont été reçus hier à l'Hôtel de Région par la vice-présidente.\n",
     "Séminaire des rivières", "Hôtel de Région"),
    # round 523: a room or a complex named after someone, its name ending at a hyphenated word
    ("Le forum des métiers a attiré une foule nombreuse à la salle Odile Ravenne, samedi matin.\n",
     "Forum des métiers", "salle Odile Ravenne"),
    ("Les maires du canton se retrouvent au complexe Jean-Valmont Trois ateliers les attendent.\n",
     "Assemblée des maires", "complexe Jean-Valmont"),
    # round 530: a hall without a name that ends its clause; a hall with a name keeps it; a hall after "du"
    ("Les rencontres de la chaleur se tiendront les 3 et 4 février, pour la première fois à Valbrune, "
     "au palais des congrès. Au programme, des ateliers.\n", "Rencontres de la chaleur", "palais des congrès"),
    ("Les visiteurs de la foire d'Orval ont flâné dans la Halle des Expositions, entre les stands.\n",
     "Foire d'Orval", "Halle des Expositions"),
    ("Les rencontres se tiendront au palais des congrès de Valbrune le 3 février.\n",
     "Rencontres de la chaleur", "palais des congrès de Valbrune"),
    ("Salon de l'artisanat de Valbrune\n\nLe salon se tiendra du 3 au 5 mai dans le hall 2 "
     "du Parc des expositions de Valbrune, avec 80 exposants.\n", None, "Parc des expositions de Valbrune"),
])
def test_the_venue(text, title, venue):
    assert find_venue(_doc(text, title=title)) == venue


@pytest.mark.parametrize("text, title", [
    # a seat the event was first planned at, then held online
    ("Ce séminaire, initialement prévu à l'hôtel du Département de Valbrune, se tiendra en ligne.\n",
     "Séminaire des rivières"),
    # a room that is one place among several
    ("Ateliers de création à Valbrune, puis soirée de clôture à la salle Odile Ravenne.\n", "Semaine des créateurs"),
])
def test_no_venue(text, title):
    assert find_venue(_doc(text, title=title)) is None


@pytest.mark.parametrize("text, title, not_venue", [
    # a gate after a dash only locates a hall named before it
    ("Salon des jardiniers : Hall Nord – Porte de Valmy, du 3 au 5 mai.\n", "Salon des jardiniers", "Porte de Valmy"),
    # a hall without a name when the text names another kind of hall
    ("Les assises se sont ouvertes au centre des congrès. Le lendemain, les ateliers ont eu lieu "
     "dans le hall du parc des expositions.\n", "Assises de la chaleur", "centre des congrès"),
])
def test_not_this_venue(text, title, not_venue):
    assert find_venue(_doc(text, title=title)) != not_venue
