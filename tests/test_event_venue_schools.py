"""Schools and universities as an event's venue when a sentence places the event there ("s'est
réunie à l'école X", "dans les locaux de l'université Y", "le collège Z accueillera"), never
from a line of its own (a line naming a school is more often a speaker's body). Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_group_gathered_at_a_school():
    text = ("Hackathon des Lilas\n\nSamedi matin, la vingtaine de participants s'est réunie à l'école de Musique "
            "pour découvrir le défi du jour.\n")
    assert find_venue(_doc(text)) == "école de Musique"


def test_a_seminar_held_in_the_rooms_of_a_university():
    text = ("Matinée de l'eau\n\nLa matinée s'est tenue le 3 mai dans les locaux de l'Université des Lilas "
            "de Valbrune. Une centaine de participants étaient présents.\n")
    assert find_venue(_doc(text)) == "Université des Lilas de Valbrune"


def test_a_school_welcoming_a_conference():
    text = ("Colloque sur l'eau\n\nLe collège Jean Valmont, à Valbrune, accueillera un colloque sur la gestion "
            "de l'eau le 12 mai.\n")
    assert "collège Jean Valmont" in (find_venue(_doc(text)) or "")


def test_a_school_on_a_line_of_its_own_is_no_venue():
    text = ("Journée des Lilas\n\nProgramme\n\nJeanne Valmont\nÉcole des Lilas\n\n"
            "Une journée d'échanges entre élus et techniciens.\n")
    assert find_venue(_doc(text)) is None


def test_a_school_named_without_a_verb_of_place_is_no_venue():
    text = ("Forum des métiers\n\nLes élèves de l'école de Musique ont présenté leurs projets aux élus.\n")
    assert find_venue(_doc(text)) is None


def test_reception_rooms_after_a_comma_are_the_venue():
    text = ("Colloque des Lilas\n\nJeudi 4 juin à 18h00, l'Association des Lilas organise, dans les salons Valmont "
            "de la mairie, un colloque sur la fraternité.\n")
    assert find_venue(_doc(text)) == "salons Valmont de la mairie"
    text = ("Forum de l'emploi\n\nLes entreprises seront présentes ce jeudi 3 mars de 10 heures à 17 heures, "
            "dans les salons du belvédère, rue des Lilas à Valbrune.\n")
    assert find_venue(_doc(text)) == "salons du belvédère"


def test_fairs_in_general_are_no_reception_rooms():
    # no comma before the phrase, or a plain adjective after it: fairs, not rooms
    text = ("Forum des producteurs\n\nOn retrouve ces produits dans les salons de la région depuis dix ans.\n")
    assert find_venue(_doc(text)) is None
    text = ("Forum des producteurs\n\nLes producteurs, dans les salons professionnels, vendent davantage.\n")
    assert find_venue(_doc(text)) is None
