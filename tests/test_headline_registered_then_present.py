"""The people registered, then in the same clause a smaller count of people said present: the
attendance is the people present ("240 personnes inscrites et quelque 190 présents"), not the
registrations. Invented text."""

from __future__ import annotations

from .support import headline_figures


def _attendance(figures: set[tuple]) -> set[float]:
    return {value for metric, value in figures if metric in ("participants", "visitors")}


def test_the_people_present_are_the_attendance():
    text = ("Rencontres du Verger à Trévanne\n\nLes rencontres offraient 7 conférences.\n\n"
            "Le bilan : 240 personnes inscrites et quelque 190 présents dans la salle.\n")
    assert _attendance(headline_figures(text, "Rencontres du Verger à Trévanne")) == {190}


def test_a_count_of_no_presence_leaves_the_registrations():
    text = ("Rencontres du Verger à Trévanne\n\nLes rencontres offraient 7 conférences.\n\n"
            "Le bilan : 240 personnes inscrites et 15 ateliers dans la salle.\n")
    figures = headline_figures(text, "Rencontres du Verger à Trévanne")
    assert _attendance(figures) == {240} and ("workshops", 15) in figures
