"""A count of people right followed by a marker of the whole event's total ("au compteur", "en
cumulé", "sur l'ensemble de la journée"): the attendance over the whole event, which wins over the
parts counted elsewhere. Not a count of things, nor a count with no such marker. Invented text."""

from __future__ import annotations

import pytest

from .support import headline_figures


_TITLE = "Les Rencontres du compost à Valbrune"


@pytest.mark.parametrize("sentence", [
    "Entre deux conférences, les échanges allaient bon train (environ 240 personnes en cumulé sur la journée).",
    "Avec 240 personnes au compteur (le double de l'an passé), c'est une réussite pour l'équipe.",
])
def test_a_count_of_people_over_the_whole_event_is_the_attendance(sentence):
    text = f"{_TITLE}\n\n{sentence}\n\nLes bénévoles remercient les jardiniers de Trévanne.\n"
    assert ("participants", 240) in headline_figures(text, _TITLE)


def test_the_whole_event_count_wins_over_its_parts():
    text = (f"{_TITLE}\n\nLa rencontre s'est tenue à Valbrune avec 2 ateliers le matin (90 participants) et "
            "3 parcours l'après-midi (110 participants).\n\nAvec 240 participants sur l'ensemble de la journée, "
            "le réseau des composteurs se renforce.\n")
    figures = headline_figures(text, _TITLE)
    assert ("participants", 240) in figures
    assert ("participants", 200) not in figures


def test_a_count_with_no_total_marker_or_of_things_is_not_read_so():
    text = (f"{_TITLE}\n\nLes bénévoles ont distribué 240 sacs au compteur de la déchetterie.\n\n"
            "Environ 240 personnes ont un bac chez elles.\n")
    assert ("participants", 240) not in headline_figures(text, _TITLE)
