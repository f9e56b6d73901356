"""Headline figures in prose: the event's own days ("journées") opening their clause, as the subject
or the head of a verbless sentence; the stands counted by "on" in a report's tenses ("on
dénombrait") or held by the organisations counted ("avaient un stand"). Each with cases left alone.
Made-up texts only."""

import pytest

from .support import headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la rencontre\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("text, expected", [
    # a verbless sentence headed by the event's days
    ("Quatre journées autour du compost et du jardinage pour les familles du quartier.", {("days", 4)}),
    # ... or its subject, after a comma closing the words before it
    ("Un marché, des visites et un concert, deux journées ne suffiront pas pour tout découvrir.", {("days", 2)}),
    # a time relative to another, a rate, a pluperfect: left alone
    ("Trois journées plus tard, la présidente a signé la convention avec la région.", set()),
    ("Deux journées par mois sont réservées aux écoles du secteur depuis la rentrée.", set()),
    ("Trois journées avaient déjà été consacrées au sujet par la chambre consulaire.", set()),
    # "jours" are any days; a count of journées inside a clause is no clause's head
    ("Trois jours avant la clôture, les bénévoles ont démonté le chapiteau du village.", set()),
    ("Le service accorde cinq journées de récupération aux agents mobilisés ce week-end.", set()),
])
def test_the_event_days_opening_their_clause(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text, expected", [
    # organisations counted by "on" in a report's tense, in a sentence about the exhibitors
    ("On dénombrait aussi une trentaine d'entreprises parmi les exposants du salon.", {("exhibitors", 30)}),
    ("Sur la place, on comptait 45 stands de producteurs et d'artisans locaux.", {("exhibitors", 45)}),
    # organisations holding a stand at the event
    ("Une vingtaine de lycéens étaient présents et 35 associations avaient un stand sur la place.",
     {("exhibitors", 35), ("participants", 20)}),
    # a stand held in the present tense is a stock, not the event's: left alone
    ("Ses 12 associations membres ont un stand permanent au marché couvert de la ville.", set()),
    # organisations counted by "on" in a sentence about no stand: left alone
    ("On comptait alors 14 entreprises sur la zone artisanale de la commune.", set()),
])
def test_stands_counted_in_a_report(text, expected):
    assert _figures(LEAD + text) == expected
