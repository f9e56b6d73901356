"""The edition a report compares its event with ("plus nombreux que pour la première édition"), or
dates after a comma ("lors de sa première édition, en 2019"), is a past one: it does not number the
edition reported. Invented text."""

from __future__ import annotations

import pytest

from pipelines.extract.event_edition import find_edition


@pytest.mark.parametrize("text", [
    "Le forum des Lucioles 2031 a attiré un public plus nombreux que pour la première édition.",
    "Le forum des Lucioles 2031 a reçu plus de visiteurs qu'à la deuxième édition.",
    "Alors qu'il avait réuni 80 jardiniers lors de sa première édition, en 2019, le forum des Lucioles 2031 en "
    "a accueilli 120.",
    "C'est ainsi qu'est née la première édition du forum des Lucioles, en 2019. Celui de 2031 a réuni 120 jardiniers.",
])
def test_a_compared_or_dated_past_edition_numbers_nothing(text):
    assert find_edition(text) is None


def test_the_edition_reported_is_still_numbered():
    assert find_edition("La troisième édition du forum des Lucioles, le 3 mai 2031, a réuni 120 jardiniers.") == 3
