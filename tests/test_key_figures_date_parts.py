"""The day of a date before its month and the year of a date after its month count nothing, even
right before a word a count would count ("14 décembre Journée des Lucioles", "Jeudi 29 septembre
2031 Conférences"). Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between, headline_figures


@pytest.mark.parametrize("line", [
    "14 Décembre Journée des Lucioles 2031",
    "Programme Jeudi 29 septembre 2031 Conférences",
    "Le 1er mars journées portes ouvertes",
])
def test_a_part_of_a_date_counts_nothing(line):
    assert figures_between("Les Rencontres des Lucioles", line, "Les jardiniers présentent leurs semis.") == set()


def test_a_count_before_its_noun_still_counts():
    text = "Les Rencontres des Lucioles\n\nLes Rencontres se tiennent sur 2 journées, les 14 et 15 décembre.\n"
    assert ("days", 2) in headline_figures(text, "Les Rencontres des Lucioles")
