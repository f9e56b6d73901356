"""Words of a time gone by between an inline enumeration's count and its colon ("les quatre axes
du mandat écoulé : ...") announce a past mandate's record, not the parts of a
strategy; the same enumeration looking ahead is still read. Texts invented."""

from __future__ import annotations

from pipelines.document import Document
from pipelines.extract.strategy import strategy_rows

from .support import doc_of as txt


def axes(doc: Document) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc])]


_ITEMS = "rénover les écoles de Valbrune, planter des haies bocagères et ouvrir une maison des aînés.\n"


def test_axes_of_past_action_are_not_read():
    doc = txt("Plan de mandat de Valbrune 2026-2032\n\n"
              "La présidente a redit devant le conseil les trois axes principaux du mandat écoulé : "
              + _ITEMS)
    assert axes(doc) == []


def test_axes_looking_ahead_are_still_read():
    doc = txt("Plan de mandat de Valbrune 2026-2032\n\n"
              "La présidente a redit devant le conseil les trois axes principaux du mandat à venir : "
              + _ITEMS)
    assert axes(doc) == ["rénover les écoles de Valbrune", "planter des haies bocagères",
                         "ouvrir une maison des aînés"]
