"""Counts chained in one phrase when the first is described by where its people come from ("une
trentaine d'intervenants issus du monde agricole et forestier, et 240 personnes présentes"): the
next count belongs to the same phrase; made-up text."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("Colloque de Valbrune sur la forêt\n\n"
          "Avec une trentaine d'intervenants issus du monde agricole et forestier, et 240 personnes "
          "présentes dans la salle, ce colloque fut une réussite ! Rendez-vous l'an prochain.\n")


def test_count_after_a_provenance_is_chained():
    figures = headline_figures(REPORT, "Colloque de Valbrune sur la forêt")
    assert ("participants", 240) in figures
    assert ("speakers", 30) in figures


def test_provenance_with_numbers_does_not_chain():
    # where the people come from is counted itself: the next count is no member of the same phrase
    text = REPORT.replace("du monde agricole et forestier", "de 12 communes")
    assert ("participants", 240) not in headline_figures(text, "Colloque de Valbrune sur la forêt")
