"""The stands the public went round ("un public qui a pu visiter plus de 30 stands") are the event's
exhibitors; made-up text (names and places invented)."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("La 4e journée de la santé de Valbrune\n\n"
          "La journée de la santé s'est tenue le samedi 14 octobre 2023 à la salle des fêtes de Valbrune. "
          "Un public {verb} plus de 30 stands sur des thèmes variés, de la diététique au sommeil.\n")


def test_the_stands_the_public_could_visit_are_the_exhibitors():
    figures = headline_figures(REPORT.format(verb="qui a pu visiter"), "La 4e journée de la santé de Valbrune")
    assert ("exhibitors", 30) in figures
