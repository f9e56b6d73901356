"""A count of people followed by a bracket listing only the event's own side ("48 personnes
(intervenants – exposants – organisateurs)") counts those who ran the event, not its audience: the
audience counted in the same sentence is the attendance. A bracket listing the audience too
("élus, habitants") leaves the count as the attendance. Invented text."""

from __future__ import annotations

from .support import figures_between

_TITLE = "Rencontres de l'habitat de Trévanne"


def test_the_event_own_side_in_brackets_is_no_attendance():
    sentence = ("Les Rencontres de l'habitat ont mobilisé 48 personnes (intervenants – exposants – organisateurs) "
                "et accueilli près de 370 personnes, dont une majorité d'habitants.")
    found = figures_between(_TITLE, sentence, "Le bilan est positif.")
    assert ("participants", 48) not in found
    assert ("participants", 370) in found


def test_audience_in_brackets_keeps_the_attendance():
    sentence = "Les Rencontres de l'habitat ont réuni 48 personnes (élus, habitants et exposants) à Trévanne."
    found = figures_between(_TITLE, sentence, "Le bilan est positif.")
    assert ("participants", 48) in found
