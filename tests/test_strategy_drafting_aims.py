"""Objectives announced by a sentence that speaks of drawing a plan up ("... a souhaité élaborer un
schéma poursuivant plusieurs objectifs :") are the aims of the drafting, not the plan's objectives;
a sentence setting the plan's own objectives over the same list still gives them. Texts invented."""

from __future__ import annotations

from pipelines.document import Document
from pipelines.extract.strategy import strategy_rows

from .support import doc_of as txt


def axes(doc: Document) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc])]


_ITEMS = ("- recenser les besoins des clubs de la vallée,\n"
          "- associer les associations sportives aux choix du bourg,\n"
          "- partager un diagnostic commun entre les communes.\n")


def test_objectives_of_drawing_a_roadmap_up_are_not_its_axes():
    doc = txt("Feuille de route sportive de Trévanne\n\n"
              "La commune de Trévanne a voulu élaborer un plan des sports visant plusieurs objectifs :\n"
              + _ITEMS)
    assert axes(doc) == []


def test_objectives_the_roadmap_sets_are_still_read():
    doc = txt("Feuille de route sportive de Trévanne\n\n"
              "La feuille de route sportive de Trévanne poursuit plusieurs objectifs :\n"
              + _ITEMS)
    assert axes(doc) == ["recenser les besoins des clubs de la vallée",
                         "associer les associations sportives aux choix du bourg",
                         "partager un diagnostic commun entre les communes"]
