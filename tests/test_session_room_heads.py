"""A programme printed room by room ("SALLE 1" alone on its line, the title of what is held there
under it), on made-up text (names, places and titles invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

PROGRAMME = ("Journée des producteurs de Valbrune, samedi 14 octobre 2023\n\n"
             "10h – 11h30\n\n"
             "{word} 1\n\n"
             "Réussir la conversion de son verger\n\n"
             "Échanges autour des aides à la conversion et des premières années en agriculture biologique.\n\n"
             "{word} 2\n\n"
             "Vendre en circuit court : les points de vente collectifs\n\n"
             "Retours d'expérience de trois magasins de producteurs du département.\n\n"
             "{word} 3\n\n"
             "Les haies, alliées des cultures\n\n"
             "Une présentation des essais menés depuis cinq ans sur les haies champêtres.\n")

TITLES = ["Réussir la conversion de son verger", "Vendre en circuit court : les points de vente collectifs",
          "Les haies, alliées des cultures"]


def titles(text: str) -> list[str]:
    rows = extract_document(doc_of(text, title="Journée des producteurs de Valbrune : le programme"))
    return [s["title"] for s in rows["sessions"]]


def test_each_room_line_heads_the_session_held_there():
    assert titles(PROGRAMME.format(word="SALLE")) == TITLES


def test_a_room_word_that_also_names_events_heads_sessions_too():
    # "Salon" names the fair elsewhere; alone with a number on its line, it is a room
    assert titles(PROGRAMME.format(word="Salon")) == TITLES


def test_one_room_line_makes_no_programme():
    text = PROGRAMME.format(word="SALLE").replace("SALLE 2", "").replace("SALLE 3", "")
    assert titles(text) == []
