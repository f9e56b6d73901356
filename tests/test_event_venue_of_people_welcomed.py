"""The venue read from the people gathered there, when the verb says they were welcomed or crowded
in: "les élus ont été accueillis à la salle X", "les visiteurs se sont pressés au parc des
expositions". Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_people_welcomed_in_a_hall_name_the_venue():
    text = ("Journée des nouveaux élus\n\nUne cinquantaine d'élus ont été accueillis à la salle Marcel-Ferrand "
            "de Valbrune pour une matinée d'échanges.\n")
    assert find_venue(_doc(text)) == "salle Marcel-Ferrand de Valbrune"


def test_people_crowding_into_a_hall_name_the_venue():
    text = ("Salon du jardin\n\nTout le week-end, les curieux se sont pressés au parc des expositions pour "
            "rencontrer les pépiniéristes.\n")
    assert find_venue(_doc(text)) == "parc des expositions"


def test_people_welcomed_at_the_event_itself_name_no_venue():
    text = ("Bilan\n\nLes familles ont été accueillies au Salon des Saveurs par les bénévoles.\n")
    assert find_venue(_doc(text)) is None


def test_the_participle_alone_after_the_people_names_a_hall():
    text = ("Biennale des potiers\n\nQuatre mille curieux ont rencontré les céramistes réunis à la salle "
            "polyvalente de Valbrune tout le week-end.\n")
    assert find_venue(_doc(text)) == "salle polyvalente de Valbrune"


def test_the_participle_alone_before_a_region_names_no_venue():
    text = ("Congrès des apiculteurs\n\nLes délégués réunis dans le Morvan à Valbrune pour trois jours ont "
            "voté leurs motions.\n")
    assert find_venue(_doc(text)) is None
