"""A word of events.yaml `not_event_objects` that completes an event noun ("une journée d'étude
organisée par X") is part of the event's name: X organises the event. Alone ("une étude
organisée par X"), it still names something else. Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_study_day_organised_by_a_section():
    text = ("Archives et mémoire\n\nJournée d’étude organisée par la Section des archivistes communaux de "
            "l’Association des Lilas, le 3 mars 2031 à Valbrune.\n")
    assert find_organizer(_doc(text, title="Archives et mémoire")) == (
        "Section des archivistes communaux de l’Association des Lilas")


def test_study_days_organised_by_a_network():
    text = ("Rencontres du patrimoine\n\nLes journées d'études organisées par le Réseau Valbrune Patrimoine "
            "ont réuni 120 personnes.\n")
    assert find_organizer(_doc(text, title="Rencontres du patrimoine")) == "Réseau Valbrune Patrimoine"


def test_a_study_organised_by_an_office_names_no_organiser():
    text = ("Forum de l'emploi\n\nLe forum a réuni 40 entreprises. Une étude organisée par l'Observatoire "
            "des Lilas montre que les jeunes y viennent.\n")
    assert find_organizer(_doc(text, title="Forum de l'emploi")) != "Observatoire des Lilas"
