"""The attendance thanked or greeted, all of it, with the definite article ("Merci aux 240
participants", "le président a salué les 650 participants"); made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Journées techniques des haies de Valbrune"
LEAD = "Les journées techniques des haies se sont tenues les 3 et 4 mai 2031 à Valbrune. "


@pytest.mark.parametrize("sentence, metric, value", [
    ("Merci aux 240 participants pour ces échanges !", "participants", 240),
    ("Le président du syndicat a remercié les 650 participants de leur présence.", "participants", 650),
    ("Nous saluons tous les 1 200 visiteurs venus malgré la pluie.", "visitors", 1200),
])
def test_the_attendance_thanked_is_counted(sentence, metric, value):
    assert (metric, value) in headline_figures(LEAD + sentence + "\n", TITLE)


def test_a_thanked_count_without_the_article_is_not_taken_for_the_whole():
    sentence = "Merci à 12 participants qui ont aidé au rangement."
    assert ("participants", 12) not in headline_figures(LEAD + sentence + "\n", TITLE)
