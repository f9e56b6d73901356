"""The town's council named by its common noun alone ("organisé par la municipalité", "La
municipalité organise ...") organises the event, even when the publisher is a newspaper and no
collectivité; a bare "la ville" stays no organiser (it may be the place only). Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_fair_organised_by_the_municipality():
    text = ("Bourse aux plantes\n\nPrès de 200 jardiniers sont venus à la bourse aux plantes organisée par la "
            "municipalité. Les graines ont trouvé preneur en une matinée.\n")
    assert find_organizer(_doc(text, title="Bourse aux plantes")) == "municipalité"


def test_the_municipality_as_subject_of_organise():
    text = ("Trévanne\n\nLa municipalité organise une réunion publique au sujet des ruches du parc, le mardi 4 mars à "
            "19 h, à la salle des fêtes.\n")
    assert find_organizer(_doc(text, title="Réunion publique")) == "municipalité"


def test_a_bare_town_is_no_organiser():
    text = ("Bourse aux plantes\n\nPrès de 200 jardiniers sont venus à la bourse aux plantes organisée par la "
            "ville. Les graines ont trouvé preneur en une matinée.\n")
    assert find_organizer(_doc(text, title="Bourse aux plantes")) is None


def test_the_municipality_named_in_full_right_after():
    text = ("Forum des métiers\n\nLe samedi 12 avril, la municipalité a organisé son premier forum des métiers.\n\n"
            "Pour ce rendez-vous, la mairie de Valbrune-sur-Orne a réuni une vingtaine d'artisans.\n")
    assert find_organizer(_doc(text, title="Forum des métiers")) == "mairie de Valbrune-sur-Orne"
