"""Headline figures in prose: the event's sessions counted when the participants are split among
them ("les participants se sont répartis en quatre ateliers", "répartition en deux tables rondes",
"un travail en trois ateliers parallèles"; metrics.yaml `programme_verbs_before`). With what stays no
figure of the event: the participants split into groups or teams, which are no sessions. Made-up
texts only."""

import pytest

from .support import headline_figures as _figures


# Running text before each sentence, so that the sentence is read as prose, not as a line.
LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


@pytest.mark.parametrize("text, expected", [
    ("Après l'accueil, les habitants de Valbrune se sont répartis en quatre ateliers thématiques.",
     {("workshops", 4)}),
    ("14h00 à 16h00 : répartition en deux tables rondes animées par les élus de Trévanne.",
     {("round_tables", 2)}),
    ("Travail en cinq ateliers parallèles sur les mobilités du quotidien.", {("workshops", 5)}),
    ("Les bénévoles se sont ensuite dispersés dans 3 ateliers de quartier.", {("workshops", 3)}),
])
def test_sessions_the_participants_are_split_among(text, expected):
    assert _figures(LEAD + text) == expected


@pytest.mark.parametrize("text", [
    # groups or teams are no sessions of the programme
    "Les collégiens de Valbrune se sont répartis en 12 équipes pour le concours de robots.",
    "Travail en trois groupes sur le budget de la commune de Trévanne.",
])
def test_participants_split_into_what_is_no_session(text):
    assert _figures(LEAD + text) == set()
