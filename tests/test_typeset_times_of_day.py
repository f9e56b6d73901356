"""A programme may typeset its times of day with blanks ("8 h 30", "10 h", "11 h 30"): the hour and
its minutes are neither cited figures nor counts of sessions. Invented text."""

from __future__ import annotations

from .support import cited_figures, headline_figures

_PROGRAMME = ("Programme de la journée des Lucioles\n\n"
              "8 h 30         Accueil des participants\n\n"
              "10 h       Table ronde n°1 : Le jardin d'abord ?\n\n"
              "11 h 30    Table ronde n°2 Les haies sont-elles un modèle ?\n\n"
              "14 h      Atelier des semis\n")


def test_typeset_times_are_no_cited_figures():
    assert cited_figures(_PROGRAMME) == []


def test_typeset_times_count_no_sessions():
    assert headline_figures(_PROGRAMME, "Journée des Lucioles") == set()


def test_a_count_of_sessions_in_the_same_programme_is_kept():
    text = _PROGRAMME + "\nLa journée a réuni 120 participants autour de 2 tables rondes.\n"
    assert ("participants", 120) in headline_figures(text, "Journée des Lucioles")
