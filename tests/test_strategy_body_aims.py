"""The objectives a meeting body has ("Lieu d'échanges, cette commission a deux objectifs :") are
its missions, not a strategy's axes, counted or not; the same list under a sentence giving a plan's
objectives is still read. Texts invented."""

from __future__ import annotations

from pipelines.document import Document
from pipelines.extract.strategy import strategy_rows

from .support import doc_of as txt


def axes(doc: Document) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc])]


_ITEMS = ("- recenser les besoins des clubs de la vallée ;\n"
          "- partager un diagnostic commun entre les communes.\n")


def test_objectives_of_a_meeting_body_are_not_axes():
    doc = txt("Plan des sports de Valbrune 2025-2030\n\n"
              "Lieu de dialogue entre les élus, cette commission a deux objectifs principaux :\n"
              + _ITEMS)
    assert axes(doc) == []


def test_objectives_of_the_plan_are_still_read():
    doc = txt("Plan des sports de Valbrune 2025-2030\n\n"
              "Lieu de dialogue entre les élus, le plan des sports a deux objectifs principaux :\n"
              + _ITEMS)
    assert axes(doc) == ["recenser les besoins des clubs de la vallée",
                         "partager un diagnostic commun entre les communes"]
