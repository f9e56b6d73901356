"""The mix of the people counted, said between a comma and their verb ("70 personnes, surtout des
élus, mais aussi des agents ... ont participé"), does not part the count from its verb; made-up text."""

from __future__ import annotations

from tests.support import headline_figures

TITLE = "Colloque de l'eau de Valbrune"
LEAD = "Le colloque de l'eau de Valbrune s'est tenu le 9 mars à la salle des fêtes de Trévanne. "


def test_count_said_as_a_mix_before_its_verb():
    text = LEAD + ("Près de 85 personnes, majoritairement des élus, mais aussi des techniciens des syndicats "
                   "et quelques habitants curieux venus du canton voisin ont participé aux échanges.")
    assert ("participants", 85.0) in headline_figures(text, TITLE)


def test_mix_without_a_lead_word_is_no_description():
    # the limit: without a word such as "surtout" the clause between the comma and the verb is not
    # read as the mix of the people counted
    text = LEAD + ("Près de 85 personnes, ce chiffre des inscriptions que la mairie jugeait bien trop faible "
                   "pour un tel rendez-vous de la vallée ont participé aux échanges.")
    assert ("participants", 85.0) not in headline_figures(text, TITLE)
