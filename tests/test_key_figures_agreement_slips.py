"""A count of people before "ont effectué le déplacement", and a participle after "ont" that its
writer agreed with the people counted ("ont effectuées", "ont participés"): the event's attendance.
Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between, headline_figures

_TITLE = "Les Rencontres des Lucioles à Valbourg"


@pytest.mark.parametrize("sentence", [
    "Plus de 250 personnes de la région ont effectué le déplacement jusqu'à Valbourg.",
    "Plus de 250 personnes du secteur ont effectuées le déplacement jusqu'à Valbourg.",
    "Plus de 250 personnes ont participées à la journée de Valbourg.",
])
def test_the_people_who_made_the_trip_are_the_attendance(sentence):
    assert ("participants", 250) in figures_between(_TITLE, sentence, "Les échanges ont été riches.")


def test_a_participle_agreed_with_a_noun_of_things_counts_no_people():
    text = "Les Rencontres des Lucioles\n\nLes 250 graines que les jardiniers ont semées ont germé.\n"
    assert headline_figures(text, _TITLE) == set()
