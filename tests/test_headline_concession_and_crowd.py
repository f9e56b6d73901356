"""Attendance stated after a concession about another edition ("Même si ... la précédente édition,
ce sont 800 personnes qui ..."), and a crowd pressing towards the event in the present of a report
("près de 600 personnes se pressent devant les stands"); made-up text."""

from __future__ import annotations

from tests.support import headline_figures

LEAD = "La foire aux vins de Valbrune s'est tenue ce week-end sous la halle.\n\n"


def test_the_counts_after_a_concession_on_another_edition_are_this_ones():
    text = LEAD + ("Même si la fréquentation est un peu en retrait par rapport à la précédente édition, ce sont "
                   "tout de même près de 800 personnes qui ont flâné entre les stands.")
    assert ("participants", 800.0) in headline_figures(text)


def test_the_counts_inside_the_concession_stay_another_editions():
    text = LEAD + ("Même si la précédente édition avait attiré 950 personnes, les stands ont été moins fréquentés "
                   "cette année.")
    assert ("participants", 950.0) not in headline_figures(text)


def test_a_crowd_pressing_towards_the_event_is_its_attendance():
    text = LEAD + "Dès l'ouverture, près de 600 personnes se pressent devant les stands pour la dégustation."
    assert ("participants", 600.0) in headline_figures(text)
