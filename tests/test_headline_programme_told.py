"""Headline figures in prose: the sessions or the stands that made the event, told in a report by
what they did ("trois ateliers ont permis ...", "une vingtaine de stands ont animé ..."), besides
the programme verbs of metrics.yaml `programme_verbs_after`. With what must stay no figure of the
event: other counts before the same verbs. Made-up texts only."""

import pytest

from .support import headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("text, expected", [
    ("Trois plénières et neuf ateliers ont permis aux habitants de débattre de l'avenir du quartier.",
     {("plenaries", 3), ("workshops", 9)}),
    ("Cinq ateliers ont permis de recueillir les idées des familles présentes.", {("workshops", 5)}),
    ("Sur la place du village, une vingtaine de stands ont su animer l'après-midi.", {("exhibitors", 20, "~")}),
    ("Une trentaine de stands ont animé les allées du parc tout le week-end.", {("exhibitors", 30, "~")}),
    ("Quatre tables rondes animaient la salle du conseil en fin de journée.", {("round_tables", 4)}),
])
def test_sessions_and_stands_told_by_what_they_did(text, expected):
    found = _figures(LEAD + text)
    assert {f[:2] for f in found} == {e[:2] for e in expected}


@pytest.mark.parametrize("text", [
    # counts of no part of the event before the same verbs
    "Douze partenaires ont permis de financer la rénovation de la salle.",
    "Deux millions d'euros ont permis de rénover la halle du marché.",
    "Trois bénévoles ont animé la buvette avec le sourire.",
    "Les dons de quarante familles ont permis d'acheter un banc pour la cour.",
])
def test_other_counts_before_the_same_verbs(text):
    assert _figures(LEAD + text) == set()
