"""The announcement of the programme of the event it names ("Au programme du Forum des habitants
2031 :"), whatever the words of the name, opens the programme's list like "Au programme :"; the
items in lower case that go on with an enumeration ("- Une conférence-débat," / "- des ateliers,")
are its sessions too; made-up text (names invented)."""

from __future__ import annotations

from pipelines.extract.programme_layout import _programme_intro
from tests.support import doc_of, session_titles

PAGE = ("FORUM DES HABITANTS DE VALBRUNE\n"
        "Samedi 30 septembre 2031 de 10h à 18h à la salle Jean Morel.\n"
        "La commune propose la 3e édition du Forum des habitants, un temps de rencontre entre voisins.\n"
        "Au programme du Forum des habitants 2031 :\n"
        "- Les stands des associations, composés d'une vingtaine de structures, proposeront des échanges.\n"
        "- Un temps de repas partagé est proposé pour le déjeuner.\n"
        "- Une conférence-débat,\n"
        "- Une pièce de théâtre clôturera l'évènement.\n")


def _opened(page: str, title: str, *openings: str) -> list[bool]:
    """Whether each opening starts one of the page's session titles."""
    titles = session_titles(doc_of(page, title=title))
    return [any(t.startswith(o) for t in titles) for o in openings]


def test_the_items_under_the_named_events_programme_are_sessions():
    assert all(_opened(PAGE, "Forum des habitants de Valbrune",
                       "Les stands des associations", "Une conférence-débat", "Une pièce de théâtre"))


def test_a_sentence_on_the_programme_is_no_announcement():
    assert not _programme_intro("Au programme du forum, les associations proposeront des ateliers et des stands.")
    assert not _programme_intro("Au programme de cette longue journée très attendue par les habitants de tout le quartier :")
    assert _programme_intro("Au programme du Forum des habitants 2031 :")


ENUMERATED = ("La fête du quartier des Tilleuls revient samedi 4 juin 2031.\n"
              "Au programme :\n"
              "- Un concert de la fanfare,\n"
              "- des ateliers de cirque,\n"
              "- un espace de jeux en bois.\n"
              "- le goûter des enfants est offert par le comité.\n")


def test_items_in_lower_case_going_on_with_an_enumeration_are_sessions():
    # (after an item closed by a full stop, an item in lower case is no part of the enumeration)
    assert _opened(ENUMERATED, "Fête du quartier des Tilleuls", "Un concert de la fanfare", "des ateliers de cirque",
                   "un espace de jeux en bois", "le goûter") == [True, True, True, False]
