"""Objectives run into a sentence opening on a plural subject pronoun ("Ils ont trois objectifs :
...") are the aims of a whole kind of plans a press article presents, not the axes of one strategy;
the same sentence with the plan as its subject is still read. Texts invented."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def axes(text: str) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc_of(text)])]


# each item glossed in brackets, so only the run-in objectives rule reads them
_ITEMS = ("trois objectifs principaux : protéger les haies bocagères (volet paysager) ; replanter "
          "les vergers anciens (volet agricole) ; former les jeunes exploitants (volet social).\n")


def test_objectives_of_a_kind_of_plans_are_not_axes():
    # the plans of a kind, one of them named, then "Ils ont ...": the kind's aims
    text = ("Les schémas bocagers, dont le schéma bocager de Valbrune, sont nés en Trévanne il y a "
            "quinze ans. Ils ont " + _ITEMS)
    assert axes(text) == []


def test_objectives_of_the_plan_itself_are_still_read():
    text = ("Les schémas bocagers sont nés en Trévanne il y a quinze ans. "
            "Le schéma bocager de Valbrune a " + _ITEMS)
    assert axes(text) == ["protéger les haies bocagères (volet paysager)",
                          "replanter les vergers anciens (volet agricole)",
                          "former les jeunes exploitants (volet social)"]
