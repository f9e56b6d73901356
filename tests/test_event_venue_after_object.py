"""The venue after the event a verb of organising or taking place names first: "Le club a organisé
son tournoi annuel au gymnase X". Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_the_hall_after_the_organised_event_is_the_venue():
    doc = _doc("Dimanche 4 mai, les bénévoles du comité ont organisé la 12e édition de leur bourse aux vélos "
               "au gymnase des Tilleuls. Les visiteurs ont été nombreux.\n", title="Bourse aux vélos")
    assert find_venue(doc) == "gymnase des Tilleuls"


def test_an_inverted_subject_then_the_room():
    doc = _doc("Mardi 3 juin s'est tenue une après-midi des aidants à la salle Marcel Orly. Trente familles "
               "y ont participé.\n", title="Une après-midi pour les aidants")
    assert find_venue(doc) == "salle Marcel Orly"


def test_a_place_after_a_long_clause_or_a_comma_is_not_taken():
    doc = _doc("Le comité a organisé des navettes pour tous les habitants des hameaux du plateau jusqu'à la "
               "fin de la soirée au départ de la gare. Le comité a organisé un goûter, à la salle Orly.\n",
               title="Fête des hameaux")
    assert find_venue(doc) is None


def test_a_date_after_the_verb_is_no_organised_event():
    doc = _doc("Les forums de la rentrée ont fait le plein. Le club de rugby donne rendez-vous le 12 octobre "
               "pour une grande journée au stade Léo Vert.\n", title="Les forums des associations")
    assert find_venue(doc) is None


def test_a_date_then_the_organised_event_then_the_hall():
    doc = _doc("Le syndicat des eaux est né de la fusion de six régies. Il conseille une centaine de communes.\n"
               "Pour ses dix ans, le syndicat a organisé le 3 avril une journée d'échanges au gymnase "
               "Léo Vert.\n", title="Colloque des dix ans du syndicat des eaux")
    assert find_venue(doc) == "gymnase Léo Vert"
