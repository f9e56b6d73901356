"""A body's own gathering named in the text by the body's acronym ("l'Assemblée générale de l'AXF",
"le 41e congrès de l'AXF") gives the organiser when nothing else does; a title in capitals or a
kind of bodies in the plural ("le congrès des EPL") gives none. Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_the_acronym_of_the_body_holding_its_general_assembly_organises_it():
    text = ("Journée des adhérents\n\nLe 12 mai s'est déroulée l'Assemblée générale de l'ALVER. Les adhérents ont "
            "voté le rapport d'activité puis visité une chaufferie bois.\n")
    assert find_organizer(_doc(text, title="Journée des adhérents")) == "ALVER"


def test_a_numbered_congress_of_an_acronym():
    text = ("Les maires réunis à Valbrune\n\nLe 41e congrès de l'AMV s'ouvre mardi. Trois jours de débats "
            "attendent les élus venus de toute la région.\n")
    assert find_organizer(_doc(text, title="Les maires réunis à Valbrune")) == "AMV"


def test_a_heading_in_capitals_or_a_plural_kind_of_bodies_is_no_holder():
    text = ("CONGRÈS DES MAIRES\n\nLe congrès des EPL s'ouvre mardi à Valbrune. Trois jours de débats "
            "attendent les élus venus de toute la région.\n")
    assert find_organizer(_doc(text, title="CONGRÈS DES MAIRES")) is None
