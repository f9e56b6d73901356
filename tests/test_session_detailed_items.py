"""A programme's announced list whose items each carry practical lines below them, without a
bullet ("- Visite guidée du château d'eau." / "Samedi à 10 h. Places limitées." / "- ..."): each
item a session, its lines below it no session; made-up text (names invented)."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TITLE = "Journées du patrimoine : la communauté de Valbrune ouvre ses équipements"
PAGE = ("A l'occasion des Journées du patrimoine, la communauté de Valbrune propose des visites gratuites.\n"
        "Au programme :\n"
        "- Visite guidée du château d'eau, rue des Lilas à Valbrune.\n"
        "Le samedi à 10h, 11h et 14h. Nombre de participants limité à 15 personnes.\n"
        "- Visite guidée de la station d'épuration des Prés.\n"
        "Départ à l'entrée du bâtiment administratif. Samedi à 10h et à 14h.\n"
        "- Visite guidée de la médiathèque, parc des Tilleuls.\n"
        "Le dimanche à 15h.\n")


def test_each_item_with_its_details_below_is_a_session():
    titles = session_titles(doc_of(PAGE, title=TITLE))
    assert any(t.startswith("Visite guidée du château d'eau") for t in titles)
    assert any(t.startswith("Visite guidée de la station d'épuration") for t in titles)
    assert any(t.startswith("Visite guidée de la médiathèque") for t in titles)
    assert not any(t.startswith(("Le samedi", "Départ", "Le dimanche")) for t in titles)


def test_two_items_are_not_enough():
    text = PAGE.split("- Visite guidée de la médiathèque")[0]
    assert not any(t.startswith("Visite guidée") for t in session_titles(doc_of(text, title=TITLE)))
