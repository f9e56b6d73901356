"""Headline figures: a count with a complement of a few words, then "et" and the next
count of the same list ("40 exposants sous la grande halle du marché et 900 visiteurs"). Invented
text, each with a case left alone."""

from .support import headline_figures


LEAD = "Retour sur le salon\n\nLa matinée fut studieuse. "


def test_a_complement_then_et_and_the_next_count():
    text = LEAD + "Avec quelque 40 exposants sous la halle du marché couvert et un peu plus de 900 congressistes, l'édition fut réussie."
    assert headline_figures(text) == {("exhibitors", 40), ("participants", 900)}
    text = LEAD + "Le salon a réuni 40 exposants sous la halle et 900 visiteurs."
    assert headline_figures(text) == {("exhibitors", 40), ("visitors", 900)}


def test_a_long_complement_breaks_the_list():
    text = LEAD + ("Avec quelque 40 exposants sous les arcades de la grande halle couverte du vieux marché et "
                   "900 congressistes, l'édition fut réussie.")
    assert ("participants", 900) not in headline_figures(text)


CHRONOLOGY = ("La Fête du numérique\n\nEn 2004, la première édition avait rassemblé 300 personnes. En 2012, ce rendez-vous, "
              "qui comptait alors 90 stands, avait séduit 2500 personnes sur trois jours.\n"
              "En 2016, les chiffres ont encore gonflé : 200 intervenants, 8 000 visiteurs et 70 conférences.\n")


def test_a_chronology_of_editions_keeps_the_last_ones_counts():
    assert headline_figures(CHRONOLOGY) == {("speakers", 200), ("visitors", 8000), ("conferences", 70)}


def test_a_single_year_leading_is_the_events_own():
    text = "La Fête du numérique\n\nEn 2012, ce rendez-vous, qui comptait 90 stands, a séduit 2500 personnes sur trois jours.\n"
    assert ("exhibitors", 90) in headline_figures(text) or ("participants", 2500) in headline_figures(text)
