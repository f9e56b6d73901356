"""An organisation given the organiser's title in apposition (", organisateur du salon") organises
the event; a person given it is left to the person readers. Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer
from pipelines.extract.event_organizer_apposition import organizer_in_apposition

from .support import doc_of as _doc


def test_the_company_titled_organiser_of_the_fair_organises_it():
    text = ("Salon de l'habitat\n\nLe salon a attiré 9 000 visiteurs en trois jours. « Le public est revenu », "
            "explique Jeanne Valmont, directrice de Valbrune Expo, organisateur du salon. Une édition réussie.\n")
    assert find_organizer(_doc(text, title="Salon de l'habitat")) == "Valbrune Expo"


def test_a_federation_titled_organiser_of_the_meetings():
    assert organizer_in_apposition("La Fédération des Lilas, organisatrice des rencontres, a réuni 80 élus.") \
        == "Fédération des Lilas"


def test_a_person_titled_organiser_is_not_taken_here():
    assert organizer_in_apposition("Paul Durandeau, organisateur du salon, se réjouit de la fréquentation.") is None


def test_the_organiser_of_a_survey_is_no_event_organiser():
    assert organizer_in_apposition("L'Institut des Lilas, organisateur de l'enquête, publie ses chiffres.") is None
