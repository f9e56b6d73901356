"""Counts in people of any kind set forth by a presentative and "qui" with a past tense ("ce sont
3 000 personnes, néophytes ou licenciés qui ont ...") are the event's attendance; in the present
("c'est 400 étudiants qui interviennent") they say what a body is. Made-up text."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("La fête du sport de Valbrune\n\n"
          "La fête du sport s'est tenue le samedi 21 mai 2011 au stade municipal de Valbrune.\n\n"
          "Samedi 21 mai sur le stade, ce sont 3 000 personnes, néophytes ou licenciés {verb} entre les "
          "stands des clubs, à la recherche d'informations.\n")


def figures(verb: str) -> set[tuple]:
    return headline_figures(REPORT.format(verb=verb), "La fête du sport de Valbrune")


def test_people_set_forth_by_a_cleft_in_the_past_are_the_attendance():
    assert ("participants", 3000) in figures("qui ont slalomé")


def test_a_cleft_in_the_present_counts_no_attendance():
    assert not any(value == 3000 for _, value in figures("qui slaloment"))


def test_devs_are_people_of_a_meetup():
    # metrics.yaml `attendance_context_terms`: "devs", the short name of developers (round 327)
    text = ("Retour sur le meetup PHP de Valbrune\n\nLe meetup s'est tenu le jeudi 4 mai 2031 à Valbrune.\n\n"
            "Jeudi soir, ce sont 35 devs qui se sont retrouvés au bar pour échanger.\n")
    assert ("participants", 35) in headline_figures(text, "Retour sur le meetup PHP de Valbrune")
