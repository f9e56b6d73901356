"""A count of one kind of session joined by "et" to one other kind keeps its own kind ("120
ateliers et démonstrations" is a count of workshops); a longer list of kinds is a count of all
sessions. Invented text."""

from __future__ import annotations

from .support import figures_between

_TITLE = "Le Salon des Lucioles à Valbrune"


def test_a_pair_of_kinds_keeps_the_first_kind():
    found = figures_between(_TITLE, "Le salon de Valbrune a proposé 120 ateliers et démonstrations.", "Les échanges ont été riches.")
    assert ("workshops", 120) in found
    assert ("sessions", 120) not in found


def test_a_longer_list_of_kinds_is_all_sessions():
    found = figures_between(_TITLE, "Le salon de Valbrune a proposé 120 conférences, ateliers et démonstrations.", "Les échanges ont été riches.")
    assert ("sessions", 120) in found
