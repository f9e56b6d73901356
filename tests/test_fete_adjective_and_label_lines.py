""""la fête médiévale de Valbrune": a lower-case "fête" or "foire" names an event with an adjective
before its link and capitalised name, as "la fête de la Châtaigne" does; a line of a report's card
opening on a label and its colon ("Spectateurs : 7 033 entrées payantes.") starts a sentence of its
own, even after a line that ended on a comma. Made-up texts."""

from pipelines.extract.event_words import noun_spans
from pipelines.extract.events import extract_event

from .support import doc_of, headline_figures

CARD = ("Compte-rendu de la fête médiévale de Valbrune\n\n14 et 15 août 2031 à l'ancienne abbaye de Valbrune\n\n"
        "Organisation : Association des amis de l'abbaye.\n\n"
        "Contenu : marché médiéval, fresque historique, restauration, buvette, spectacles de chevalerie et de "
        "fauconnerie, campements médiévaux, archers, combattants à pied, artisans du fer et du bois, balades en "
        "poneys, jardins médiévaux, expositions et visites du château,\n"
        "Spectateurs : 4 120 entrées payantes.\n"
        "Les bénéfices vont à la rénovation du porche.\n")


def test_a_lower_case_fete_with_an_adjective_names_the_event():
    assert noun_spans("la fête médiévale de Valbrune") and noun_spans("la foire agricole de Saint-Aubin")
    assert not noun_spans("la fête de quartier") and not noun_spans("une foire aux questions")
    assert extract_event(doc_of(CARD)).name == "fête médiévale de Valbrune"


def test_a_label_line_after_a_comma_is_a_sentence_of_its_own():
    assert ("visitors", 4120) in headline_figures(CARD)


def test_the_local_edition_of_a_national_event_names_it():
    from pipelines.extract.event_words import edition_named
    assert edition_named("Ce 26 mars se tenait à la salle des fêtes l'édition valbrunoise de Logiciels en Fête.") \
        == "Logiciels en Fête"
    assert edition_named("l'édition papier de Valbrune Matin") is None
