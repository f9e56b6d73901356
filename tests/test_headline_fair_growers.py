"""At a fair of growers ("salon des vignerons", "marché des producteurs"), the growers counted are
its exhibitors ("290 vignerons (soit 20 de plus qu'en 2013), douze régions viticoles"); made-up text."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("Le salon des vignerons de Valbrune a fait le plein\n\n"
          "Le {fair}, qui s'est tenu du 7 au 9 mars 2014 au parc des expositions de Valbrune, a été un franc succès.\n\n"
          "C'est l'occasion de faire un tour du vignoble le temps d'un week-end. 290 vignerons (soit 20 de plus "
          "qu'en 2013), douze régions viticoles et des centaines d'appellations.\n")


def test_the_growers_of_a_growers_fair_are_its_exhibitors():
    figures = headline_figures(REPORT.format(fair="salon des vignerons de Valbrune"), "Le salon des vignerons de Valbrune a fait le plein")
    assert ("exhibitors", 290) in figures
