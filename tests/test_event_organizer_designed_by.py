"""Participles of designing or running an event ("orchestré par", "concoctée par", "pensé par",
"cogérée par") name its organiser in a sentence that names the event; a study thought out by a
body names no organiser, nor does a session coordinated by a person. Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_forum_orchestrated_by_a_town_hall():
    text = ("Forum de l'emploi\n\nLa 5e édition du forum, orchestrée par la mairie de Brunval, a reçu "
            "800 candidats dans la halle.\n")
    assert find_organizer(_doc(text, title="Forum de l'emploi")) == "mairie de Brunval"


def test_a_fair_concocted_by_a_committee():
    text = ("Salon des pommes\n\nLe salon concocté par le Comité des Vergers a réuni tout le village "
            "sous les halles.\n")
    assert find_organizer(_doc(text, title="Salon des pommes")) == "Comité des Vergers"


def test_a_day_thought_out_by_an_agency():
    text = ("Journée de l'eau\n\nCette journée, pensée par l'Agence Rivières Claires, a permis aux "
            "habitants de visiter la station.\n")
    assert find_organizer(_doc(text, title="Journée de l'eau")) == "Agence Rivières Claires"


def test_a_session_coordinated_by_a_doctor_names_no_organiser():
    # a part of the event coordinated by a person: "coordonné" is no organiser phrase
    text = ("Colloque du grand âge\n\nLe colloque s'est ouvert sur une conférence coordonnée par Paul "
            "Mardel, médecin, devant 200 personnes.\n")
    assert find_organizer(_doc(text, title="Colloque du grand âge")) is None


def test_a_study_coordinated_by_an_office_names_no_organiser():
    # no event noun before the participle: a study, not the event
    text = ("Étude des mobilités\n\nLe rapport pensé par le Bureau des Lilas propose des pistes "
            "nouvelles.\n")
    assert find_organizer(_doc(text, title="Étude des mobilités")) is None
