"""The event's length told anywhere in the text after a word of duration, when nothing else told
it ("les délégués se réunissent pendant deux jours à Valbrune"): not a rate, not forty days of
something else, not a past edition's. Invented text."""

from __future__ import annotations

import pytest

from pipelines.extract.mentions import find_mentions
from tests.support import doc_of, headline_figures

TITLE = "Congrès des jardiniers de Valbrune"
LEAD = "Le congrès des jardiniers de Valbrune s'ouvre le 12 mai 2023 au parc des expositions. "


@pytest.mark.parametrize("sentence, days", [
    ("Les délégués se réunissent pendant deux jours à Valbrune pour leur congrès annuel.", 2),
    ("Les adhérents ont été accueillis pour trois journées bien remplies.", 3),
    ("Le pass coûte 30 € pour les deux jours, repas compris.", 2),
    ("Tout s'est très bien passé durant neuf jours, selon les organisateurs.", 9),
])
def test_a_length_of_days_anywhere_is_the_events(sentence, days):
    assert ("days", days) in headline_figures(LEAD + sentence + "\n", TITLE)


@pytest.mark.parametrize("sentence", [
    "Les agents du parc travaillent deux jours par semaine sur les massifs.",
    "Huit volontaires vont vivre pour quarante jours sous une serre.",
    "L'édition de 2019, qui avait alors séduit 900 visiteurs sur trois jours, reste un souvenir.",
])
def test_no_length_of_the_event(sentence):
    assert not any(metric == "days" for metric, _ in headline_figures(LEAD + sentence + "\n", TITLE))


@pytest.mark.parametrize("sentence", [
    "Les producteurs ont mieux vendu en un jour que sur deux jours.",
    "La salle de sport est fermée pour dix jours.",
    "Le stand de la ligue (sur les deux jours) accueille les enfants.",
    "Le bureau des délégués restera ouvert pour deux jours et demi.",
])
def test_no_length_in_a_comparison_a_closing_brackets_or_with_a_half(sentence):
    assert ("days", 2) not in headline_figures(LEAD + sentence + "\n", TITLE)
    assert ("days", 10) not in headline_figures(LEAD + sentence + "\n", TITLE)


def test_the_length_said_in_passing_is_no_line_of_a_key_figures_block():
    """The figures between the title's count and the length said in passing are claims: the two
    key figures make no "en chiffres" block, whose numbers would be left out."""
    text = ("Plus de 9 000 visiteurs dans plus de 300 sites pour la 5e édition des Journées du jardin\n\n"
            "Les jardins ont ouvert leurs portes au public.\nLe parc de Valbrune a reçu 1 200 visiteurs durant "
            "les deux jours, qui ont pu découvrir une collection de roses.\n")
    assert ("days", 2) in headline_figures(text)
    found = [(m.q.value, m.q.unit) for m in find_mentions(doc_of(text), key_figures_published=True)]
    assert (300, "count") in found and (1200, "count") in found
    assert (2, "day") not in found
