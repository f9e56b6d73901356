"""A commune's own hall named by its words alone after a place preposition, with the day's opening
hours next to it ("de 9 h à 17 h à la salle des fêtes de Valbrune", "dans la salle des fêtes, de 14 h à
18 h"), is the event's venue when no other place was read; the hall written without a preposition ("la
salle des fêtes sera rénovée") or without hours (one activity's room) is none. Made-up texts."""

from pipelines.extract.event_place import find_venue

from .support import doc_of


def test_communal_hall_with_its_commune_is_the_venue():
    text = ("Les bénévoles de l'association vous accueilleront samedi de 9 h à 17 h à la salle des fêtes de Valbrune-sur-Lys "
            "pour leur bourse aux livres. Entrée gratuite, buvette sur place.")
    assert find_venue(doc_of(text, "Bourse aux livres")) == "salle des fêtes de Valbrune-sur-Lys"


def test_communal_hall_alone_is_the_venue():
    text = ("Les clubs du village vous attendent dans la salle des fêtes, de 14 h à 18 h, pour la journée "
            "des loisirs du 5 avril 2031.")
    assert find_venue(doc_of(text, "Journée des loisirs")) == "salle des fêtes"


def test_communal_hall_without_a_place_preposition_is_no_venue():
    text = ("Conseil de quartier du 5 avril 2031\n\nLa salle des fêtes sera rénovée l'an prochain, "
            "annonce le maire devant une trentaine d'habitants.")
    assert find_venue(doc_of(text, "Conseil de quartier")) is None


def test_communal_hall_without_opening_hours_is_no_venue():
    text = ("Kermesse de l'école des Tilleuls, 5 avril 2031. Dans la salle des fêtes, les plus jeunes "
            "pêchaient des canards en plastique pendant que les parents tenaient la buvette.")
    assert find_venue(doc_of(text, "Kermesse")) is None
