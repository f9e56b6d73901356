"""Participles of setting an event up ("piloté par", "initiée par", "lancé en 2010 par", "élaborée
par") name its organiser in a sentence that names the event; a conjunction ending like an adjective
("puisque") closes the organiser's name. Made-up texts only."""

import pytest

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_show_piloted_by_a_town_hall():
    text = ("Salon de Valbrune\n\nLa 3e édition du salon, pilotée par la mairie de Valbrune, a attiré "
            "4 000 visiteurs sur trois jours.\n")
    assert find_organizer(_doc(text, title="Salon de Valbrune")) == "mairie de Valbrune"


def test_a_fair_launched_years_ago_by_a_committee():
    text = ("Salon des jardins\n\nAprès une pause, le salon lancé en 2012 par le Comité des Lilas revient "
            "à la salle des fêtes.\n")
    assert find_organizer(_doc(text, title="Salon des jardins")) == "Comité des Lilas"


def test_a_forum_initiated_by_an_association():
    text = ("Forum des métiers\n\nLe forum initié par l'Association Valbrune Emploi a réuni 60 entreprises.\n")
    assert find_organizer(_doc(text, title="Forum des métiers")) == "Association Valbrune Emploi"


def test_a_plan_launched_by_a_ministry_names_no_organiser():
    # no event noun before the participle: a plan, not the event
    text = ("Plan vélo\n\nLe plan lancé par le Ministère des Lilas prévoit des pistes nouvelles.\n")
    assert find_organizer(_doc(text, title="Plan vélo")) is None


def test_an_invitation_sent_by_a_company_stops_before_puisque():
    text = ("Salon de l'habitat\n\nLe salon s'est tenu au Palais des Lilas. Les visiteurs du salon ont répondu "
            "à l'invitation lancée par Valbrune Expo puisque 9 000 sont venus.\n")
    assert find_organizer(_doc(text, title="Salon de l'habitat")) == "Valbrune Expo"


def test_a_body_named_in_lower_case_after_a_circumstance_organises():
    text = ("Organisée sur deux jours par le service des animations de la ville, la Fête des associations ouvrira "
            "ses portes le samedi 16 octobre au parc des expositions.\n")
    assert find_organizer(_doc(text, title="Associons-nous à la fête")) == "service des animations de la ville"
    fair = "La Fête du village, organisée par le comité des fêtes, se tiendra le 3 juin sur la place.\n"
    assert find_organizer(_doc(fair, title="Fête du village")) == "comité des fêtes"
    # lower-case words that a punctuation mark does not close are no body's name
    loose = "Le Forum de Valbrune est organisé par le service depuis dix ans avec les bénévoles du quartier.\n"
    assert find_organizer(_doc(loose, title="Forum de Valbrune")) is None


def test_a_forum_held_under_a_committee():
    # round 241: "sous l'égide de X" in a sentence that names the event
    text = ("Les jeunes à l'heure de l'orientation\n\nDes collégiens ont rencontré des professionnels. Ce forum "
            "était organisé sous l'égide du Comité local école entreprise de Valbrune, co-présidé par une "
            "principale de collège.\n")
    assert find_organizer(_doc(text, title="Les jeunes à l'heure de l'orientation")) == "Comité local école entreprise de Valbrune"


def test_a_gathering_under_an_acronym():
    # round 242: a body named by an acronym of three letters ("l'AVD") is an organiser's name
    text = ("Élus départementaux à Kerval\n\nLa rencontre annuelle des élus départementaux, sous l'égide de "
            "l'AVD (association des départements de Valbrune), s'est tenue cette année à Kerval.\n")
    assert find_organizer(_doc(text, title="Élus départementaux à Kerval")) == "AVD"


def test_a_forum_organised_jointly():
    # round 242: an adverb between the participle and "par" ("organisé conjointement par X")
    text = ("Forum de l'emploi\n\nSix mois après la 2e édition du Forum de l'emploi, organisé conjointement "
            "par le Club Valbrune Sport et la société Kerval, l'heure des bilans est arrivée. Le programme "
            "lancé par la LVS continue.\n")
    assert find_organizer(_doc(text, title="Forum de l'emploi")) == "Club Valbrune Sport et la société Kerval"


def test_a_day_offered_by_a_steering_committee():
    # round 243: "proposé par X" in a sentence that names the event
    text = ("Rencontres des utilisateurs\n\nLes inscriptions sont ouvertes.\n\nÉvénement proposé par le Comité de "
            "pilotage de Valrando, avec l'appui du Parc naturel de Kerval.\n")
    assert find_organizer(_doc(text, title="Rencontres des utilisateurs")) == "Comité de pilotage de Valrando"


def test_the_event_named_back_before_the_participle():
    # round 246: "La manifestation était initiée par X": the event named back, no event noun
    text = ("Congrès des maires de Valbrune\n\nLes maires ont débattu. La manifestation était initiée par "
            "l'Union des maires de Valbrune, dont Paul Durand est vice-président.\n")
    assert find_organizer(_doc(text, title="Les maires ont débattu")) == "Union des maires de Valbrune"


def test_the_acronym_after_the_organisers_name():
    # round 247: the acronym in brackets after the name is the organiser the text goes on using
    text = ("Le colloque sur l'eau\n\nLe colloque est organisé par l'Association pour l'Eau de Valbrune (AEV) "
            "et la Fédération Kerval, avec le soutien de la Région.\n")
    assert find_organizer(_doc(text, title="Le colloque sur l'eau")) == "AEV"



# round 335: a place and the dates closed by a comma ("organisée à la halle de Kerval les 4 et 5 mai,
# par X"), or "pour la première fois", between the participle and "par"
@pytest.mark.parametrize("title, sentence, organizer", [
    ("Fête des savoirs", "La Fête des savoirs, organisée à la halle de Kerval les 4 et 5 mai 2023, par le club "
     "Savoirs Libres, a accueilli les familles.", "club Savoirs Libres"),
    ("Marché de Valbrune", "Le marché de Valbrune, organisé pour la première fois par Valbrune Animations, s'installe "
     "place du Puits.", "Valbrune Animations"),
])
def test_a_place_and_a_date_or_a_first_time_before_par(title, sentence, organizer):
    assert find_organizer(_doc(f"{title}\n\n{sentence}\n", title=title)) == organizer


# round 374: several circumstances, each after a comma, between the participle and "par"; a place
# without a comma before "par" only after a comma ("à l'origine" before "par" is no place)
@pytest.mark.parametrize("title, sentence, organizer", [
    ("Fête des jardins", "Organisée, le 4 mars 2030, à Kerval, par l'Atelier des Parcs, la fête des jardins a "
     "réuni les familles.", "Atelier des Parcs"),
    ("Bourse aux plantes", "La Bourse aux plantes, organisée les 3 et 4 mai, à Kerval par le Cercle des Semeurs, "
     "a accueilli 90 exposants.", "Cercle des Semeurs"),
    ("Journée des ateliers", "La journée des ateliers reprend des stages conçus et organisés à l'origine par Anne Morvel "
     "pour ses élèves.", None),
])
def test_several_circumstances_before_par(title, sentence, organizer):
    assert find_organizer(_doc(f"{title}\n\n{sentence}\n", title=title)) == organizer


# round 343: the pluperfect of a report and a decision to organise name the subject that organises,
# after a consequence drawn from the sentence before ("C'est pourquoi, ...")
@pytest.mark.parametrize("sentence, organizer", [
    ("Samedi 5 octobre 2030, le Comité des fêtes avait organisé une journée des familles à la salle de Kerval.",
     "Comité des fêtes"),
    ("Les lecteurs attendaient un rendez-vous. C'est pourquoi, dès cette année, la Communauté de Kerval a décidé "
     "d'organiser un forum des lecteurs le 4 mars 2030.", "Communauté de Kerval"),
])
def test_a_pluperfect_or_a_decision_to_organise(sentence, organizer):
    assert find_organizer(_doc(f"Journée de Kerval\n\n{sentence}\n", title="Journée de Kerval")) == organizer


# round 375: an event its organiser plans to hold or to organise
@pytest.mark.parametrize("sentence, organizer", [
    ("Le mardi 9 mai, le Syndicat des Eaux de Kerval prévoit de tenir une rencontre des riverains à la salle des Pins.",
     "Syndicat des Eaux de Kerval"),
    ("Le 4 mai, l'Office de Kerval prévoit d'organiser un forum des randonneurs à la salle des Pins.", "Office de Kerval"),
])
def test_an_event_planned_by_its_organiser(sentence, organizer):
    assert find_organizer(_doc(f"Journée de Kerval\n\n{sentence}\n", title="Journée de Kerval")) == organizer


def test_an_indefinite_rendez_vous_set_up_by_a_body():
    # round 344: the event named back by an indefinite article ("un rendez-vous initié par X")
    text = ("Rencontres du commerce de Kerval\n\nLes rencontres du commerce se sont tenues le lundi 3 mars 2030 à la "
            "halle. Ce fut un rendez-vous très suivi, initié par la CCVK.\n")
    assert find_organizer(_doc(text, title="Rencontres du commerce de Kerval")) == "CCVK"
