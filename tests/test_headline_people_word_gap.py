"""A count of people whose metric word follows a word of people longer than the short words a
count may have before its metric ("Plus de 480 professionnels inscrits", "1 200 spectateurs
présents" already read): the word of people is no obstacle; made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Bilan du salon de l'habitat de Valbrune"


@pytest.mark.parametrize("line, value", [
    ("Plus de 480 professionnels inscrits et de nombreux visiteurs", 480),
    ("Près de 260 bibliothécaires inscrits aux visites du matin", 260),
])
def test_a_long_word_of_people_before_the_metric_word(line, value):
    text = "Le salon de l'habitat de Valbrune s'est tenu le 4 avril.\n\n" + line + "\n\nLe salon a fermé ses portes à 18 h.\n"
    assert ("participants", value) in headline_figures(text, TITLE)


def test_a_long_word_that_is_no_people_still_parts_the_count_from_the_metric():
    text = ("Le salon de l'habitat de Valbrune s'est tenu le 4 avril.\n\n"
            "Plus de 480 questionnaires inscrits au registre\n\nLe salon a fermé ses portes à 18 h.\n")
    assert ("participants", 480) not in headline_figures(text, TITLE)
