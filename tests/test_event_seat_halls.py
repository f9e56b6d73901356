"""The seat of a région or a département, named after a place preposition, is the event's venue
when nothing else gives one. Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_the_seat_of_a_departement_the_partners_gather_at_is_the_venue():
    doc = _doc("Mardi, le Département convie les bailleurs et les maires de la vallée à l’Hôtel du Département "
               "pour le colloque « Habiter demain ».\n",
               title="Colloque Habiter demain")
    assert find_venue(doc) == "Hôtel du Département"


def test_the_seat_of_a_region_the_delegates_are_welcomed_at_is_the_venue():
    doc = _doc("Les délégués du séminaire des rivières ont été reçus hier à l'Hôtel de Région par la vice-présidente.\n",
               title="Séminaire des rivières")
    assert find_venue(doc) == "Hôtel de Région"


def test_a_seat_the_event_was_first_planned_at_is_no_venue():
    doc = _doc("Ce séminaire, initialement prévu à l'hôtel du Département de Valbrune, se tiendra en ligne.\n",
               title="Séminaire des rivières")
    assert find_venue(doc) is None
