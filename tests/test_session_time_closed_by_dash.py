"""A time alone on its line, closed by the dash that stood before its title ("- 9h–9h20 (Salle Verte)
–" over "Mot d'accueil ..."): the line under it titles the slot, the dash is no cut of a line that goes
on below; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

LEAD = ("Rencontre des villes jumelles à la mairie de Valbrune, samedi 4 avril. Entrée libre.\n"
        "Le programme\n")


def test_a_time_closed_by_its_dash_takes_the_line_below_as_title():
    text = LEAD + ("- 9h–9h20 (Salle Verte) –\nMot d'accueil de Lucie Garnel, adjointe au maire\n"
                   "- 9h20 – 9h40 (Salle Verte) –\nFilm sur les échanges avec Trévanne\n"
                   "- 9h45–11h (Salle Verte) – Atelier – Les échanges de classes entre villes jumelles\n")
    titles = session_titles(doc_of(text, title="Rencontre des villes jumelles"))
    assert titles[:2] == ["Mot d'accueil de Lucie Garnel, adjointe au maire", "Film sur les échanges avec Trévanne"]


def test_a_line_cut_after_a_dash_that_is_no_time_still_goes_on_below():
    text = LEAD + ("9h–9h20\nMot d'accueil de Lucie Garnel, adjointe au maire –\nConseil municipal\n"
                   "9h20–9h40\nFilm sur les échanges avec Trévanne\n")
    assert "Conseil municipal" not in session_titles(doc_of(text, title="Rencontre des villes jumelles"))
