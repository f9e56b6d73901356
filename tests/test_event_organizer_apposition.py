"""An organisation or a person given the organiser's title in apposition (", organisateur du
salon", ", organisatrice de cette dixième édition", ", organisateur de l'événement") organises the
event. Made-up texts only."""

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


def test_a_person_titled_organiser_organises_it():
    assert organizer_in_apposition("Paul Durandeau, organisateur du salon, se réjouit de la fréquentation.") \
        == "Paul Durandeau"


def test_the_event_named_back_by_its_edition_or_as_the_event():
    assert organizer_in_apposition("« Un bon cru », dit Valbrune Expo, l'organisateur de cette dixième édition.") \
        == "Valbrune Expo"
    assert organizer_in_apposition("Selon les comptes de Valbrune Emploi, organisateur de l'événement, 900 candidats.") \
        == "Valbrune Emploi"


def test_the_organiser_of_a_survey_is_no_event_organiser():
    assert organizer_in_apposition("L'Institut des Lilas, organisateur de l'enquête, publie ses chiffres.") is None


def test_the_title_without_a_comma_or_after_a_common_noun():
    # round 244: "la société X organisatrice de l'événement", "X, société organisatrice du Salon"
    assert organizer_in_apposition("Pour Marc Lenoir, co-gérant de la société Valbrune Expo organisatrice de "
                                   "l'événement : « un salon qui s'installe ».") == "Valbrune Expo"
    assert organizer_in_apposition("« 800 000 visiteurs », a souligné le président de Kervexpo, société "
                                   "organisatrice du Salon, qui s'est achevé dimanche.") == "Kervexpo"


def test_a_team_in_lower_case_is_no_name():
    assert organizer_in_apposition("L'équipe organisatrice de l'événement (Paul, Anne, Léa)") is None


def test_the_title_right_before_the_name():
    # round 245: "l'organisateur X" names the organiser as its title
    text = ("Salon de l'habitat\n\nIl ouvrira ses portes au parc des expositions du 4 au 7 mars. Ce jeudi, "
            "l'organisateur Valbrune Congrès a présenté cette formule hybride.\n")
    assert find_organizer(_doc(text, title="Salon de l'habitat")) == "Valbrune Congrès"


def test_the_body_in_charge_of_the_event():
    # round 336: "X, l'organisme en charge de l'événement", "X, l'association qui organise l'événement";
    # a footnote's mark after the name is no part of it
    text = ("Festival du film de Valbrune\n\n« Un record », s'est réjoui dimanche le président de l'OCV*, "
            "l'organisme en charge de l'événement.\n")
    assert organizer_in_apposition(text) == "OCV"
    text = ("Le règlement du salon est celui de l'Association Valbrune Jeux, l'association qui organise "
            "l'événement.\n")
    assert organizer_in_apposition(text) == "Association Valbrune Jeux"
    assert organizer_in_apposition("Paul Durand, l'organisme en charge des subventions, a répondu.\n") is None


def test_the_organiser_of_a_fair_or_in_brackets():
    # round 337: a fair or a feast named in lower case ("organisatrice de la foire"), and the
    # title in brackets after the name ("X (co-organisateur des Assises Y)")
    text = "Jeanne Valmont, organisatrice de la foire, dresse un bilan positif des trois jours.\n"
    assert organizer_in_apposition(text) == "Jeanne Valmont"
    text = "La journée a tenu ses promesses, explique Valb Conseil (co-organisateur des Assises de la forêt).\n"
    assert organizer_in_apposition(text) == "Valb Conseil"
    assert organizer_in_apposition("Paule Noir, organisatrice de la collecte, a répondu.\n") is None
