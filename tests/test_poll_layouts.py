"""Live polls as reports write them besides the "A - option" / "12 %" column layout: the share on
the option's line, numbered options, a second list of labelled shares, bulleted options with their
shares and options on one line."""

from __future__ import annotations

import pytest

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.polls import find_polls, poll_rows

from .support import doc_of


def read(text: str) -> list[tuple]:
    return [(p.question, p.options, p.shares) for p in find_polls(doc_of(text))]


@pytest.mark.parametrize("text, options, shares", [
    ("Sondage en direct\n\nVotre commune a-t-elle une stratégie numérique ?\n\nA. Oui, adoptée : 22 %\n"
     "B. En cours : 48 %\nC. Non : 30 %\n", [("A", "Oui, adoptée"), ("B", "En cours"), ("C", "Non")], [22, 48, 30]),
    ("Quiz\n\nQui gère votre site internet ?\nA - Un agent – 40 %\nB - Un prestataire – 60 %\n",
     [("A", "Un agent"), ("B", "Un prestataire")], [40, 60]),
    ("Utilisez-vous le cloud ?\nA) Oui (35 %)\nB) Non (65 %)\n", [("A", "Oui"), ("B", "Non")], [35, 65]),
    ("Sondage\n\nQuel est votre principal frein ?\n1) Le coût : 50 %\n2) Les compétences : 30 %\n3) Le temps : 20 %\n",
     [("A", "Le coût"), ("B", "Les compétences"), ("C", "Le temps")], [50, 30, 20]),
    ("Quiz en direct\n\nCombien d'agents formés ?\n\nA - Aucun\nB - Moins de 10\nC - Plus de 10\n\n"
     "RÉPONSES DU PUBLIC\n\nA - 10 %\nB - 55 %\nC - 35 %\n",
     [("A", "Aucun"), ("B", "Moins de 10"), ("C", "Plus de 10")], [10, 55, 35]),
    ("Sondage en direct : êtes-vous prêts pour le RGPD ?\n\n- Oui : 25 %\n- Partiellement : 50 %\n- Non : 25 %\n",
     [("A", "Oui"), ("B", "Partiellement"), ("C", "Non")], [25, 50, 25]),
    ("Sondage : la commune a-t-elle un référent numérique ? Oui : 62 % ; Non : 38 %.\n",
     [("A", "Oui"), ("B", "Non")], [62, 38]),
])
def test_options_and_their_shares(text, options, shares):
    (_, got_options, got_shares), = read(text)
    assert got_options == options and got_shares == shares


def test_a_poll_and_its_shares_are_not_cited_figures():
    text = "Sondage\n\nUtilisez-vous le cloud ?\nA) Oui (35 %)\nB) Non (65 %)\n\nLa ville compte 12 écoles.\n"
    doc = doc_of(text)
    assert [r["value"] for r in cited_figure_rows([doc], [], None)] == [12]
    rows = poll_rows([doc])
    assert [(o["option_label"], o["audience_share"]) for o in rows["poll_options"]] == [("A", 35), ("B", 65)]


@pytest.mark.parametrize("text", [
    # a numbered list after a question, without shares, is no poll
    "Quels sont les enjeux ?\n1. Le coût\n2. Les compétences\n3. Le temps\n",
    # bullets whose shares do not add up to 100 are figures of a list, not a poll
    "Quels résultats ?\n- Écoles : 20 %\n- Mairies : 35 %\n",
    "Quel bilan ? Collèges : 40 % ; lycées : 25 %.\n",
])
def test_not_polls(text):
    assert read(text) == []
