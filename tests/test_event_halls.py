"""A hall built for fairs and congresses, named anywhere after a place preposition, is the event's
venue when nothing else gives one; a hall merely mentioned without one is not. Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_congress_hall_the_visitors_are_expected_at_is_the_venue():
    doc = _doc("Le congrès des élus de la vallée ouvre mardi. Demain, 4 000 participants sont attendus "
               "au Palais des congrès de Valbrune, où la ministre prendra la parole.\n",
               title="Le congrès des élus de la vallée")
    assert find_venue(doc) == "Palais des congrès de Valbrune"


def test_an_exhibition_park_the_minister_goes_to_is_the_venue():
    doc = _doc("La ministre se rendra mercredi au parc des expositions d'Orval pour le salon des communes.\n",
               title="Salon des communes")
    assert find_venue(doc) == "parc des expositions d'Orval"


def test_a_hall_named_without_a_place_preposition_is_no_venue():
    doc = _doc("Le salon des communes a fermé ses portes. Le futur parc des expositions d'Orval est encore un projet.\n",
               title="Salon des communes")
    assert find_venue(doc) is None


def test_a_space_named_after_someone_is_the_venue():
    doc = _doc("Le 3e salon du livre jeunesse a lieu ce samedi 4 mai à l'espace Odile Ravenne.\n",
               title="Salon du livre jeunesse")
    assert find_venue(doc) == "espace Odile Ravenne"


def test_the_public_space_is_no_venue():
    doc = _doc("Le salon du livre jeunesse veut rendre la lecture visible dans l'espace public.\n",
               title="Salon du livre jeunesse")
    assert find_venue(doc) is None


def test_a_body_s_premises_named_by_the_body_are_the_venue():
    doc = _doc("Nous réunirons nos adhérents le 12 mars prochain dans les locaux de la Fédération des Orbizes, "
               "pour une matinée d'échanges.\n", title="Matinée des adhérents")
    assert find_venue(doc) == "locaux de la Fédération des Orbizes"


def test_the_premises_of_a_hall_named_after_them_are_the_hall():
    doc = _doc("Le séminaire s'est tenu le 4 avril dans les locaux de la Maison des Orbizes.\n", title="Séminaire")
    assert find_venue(doc) == "Maison des Orbizes"


def test_local_as_an_adjective_on_a_line_is_no_venue():
    doc = _doc("Marché des saveurs\n\nProducteurs locaux : fruits / légumes\n\nVenez nombreux.\n",
               title="Marché des saveurs")
    assert find_venue(doc) is None
