"""Hours joined by commas or "et", rising, in a list of times of day ("départs à 9h, 10h30 et
16h", "entre 8 heures et 12 heures") are the times of the visits, not figures the text cites; a
list of lengths starting low ("des séances de 1h, 2h ou 3h") is kept. Invented text."""

from __future__ import annotations

import pytest

from tests.support import mentions


@pytest.mark.parametrize("text", [
    "Visites guidées du moulin le dimanche à 9h, 10h30, 13h et 16h.",
    "Départs de la navette : 8h, 9h15 et 17h.",
    "Entre 8 heures et 12 heures, le maire reçoit les habitants en mairie.",
])
def test_a_list_of_times_of_day_is_no_figure(text):
    assert "hour" not in {u for _, u in mentions(text + "\n")}


def test_a_list_of_lengths_stays():
    assert (2, "hour") in mentions("Les stagiaires suivent des modules de 1h, 2h et 3h chaque semaine.\n")
