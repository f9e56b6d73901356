"""A count of people before "ont effectué le déplacement", and a participle after "ont" that its
writer agreed with the people counted ("ont effectuées", "ont participés"): the event's attendance.
Invented text."""

from __future__ import annotations

import pytest

from .support import doc_of
from pipelines.extract.headline import extract_headline_figures


@pytest.mark.parametrize("sentence", [
    "Plus de 250 personnes de la région ont effectué le déplacement jusqu'à Valbourg.",
    "Plus de 250 personnes du secteur ont effectuées le déplacement jusqu'à Valbourg.",
    "Plus de 250 personnes ont participées à la journée de Valbourg.",
])
def test_the_people_who_made_the_trip_are_the_attendance(sentence):
    doc = doc_of(f"Les Rencontres des Lucioles\n\n{sentence}\n\nLes échanges ont été riches.\n",
                 title="Les Rencontres des Lucioles à Valbourg")
    assert ("participants", 250) in [(f.metric, f.value) for f in extract_headline_figures(doc)]


def test_a_participle_agreed_with_a_noun_of_things_counts_no_people():
    doc = doc_of("Les Rencontres des Lucioles\n\nLes 250 graines que les jardiniers ont semées ont germé.\n",
                 title="Les Rencontres des Lucioles à Valbourg")
    assert extract_headline_figures(doc) == []
