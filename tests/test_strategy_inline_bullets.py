"""A council's project counting its axes, the items run into one paragraph behind bullets an
export wrote as dots (". Affirmer X . Relever Y"), words describing the axes between their count
and the colon ("quatre axes fondamentaux d'action, déclinés au quotidien dans les politiques
conduites :"), and the project named "projet départemental" (strategy.yaml `more_names`;
strategy_enumerations.py, ``_inline_bulleted``). Made-up text only."""

from __future__ import annotations

from pathlib import Path

from .support import written_column

PROJECT = ("Projet départemental Valbois 2030\n\n"
           "Adopté en 2016, le projet départemental Valbois 2030 repose sur quatre axes fondamentaux d’action, "
           "déclinés au quotidien dans les politiques publiques conduites : . Affirmer le Département comme "
           "partenaire des communes . Relever le défi du numérique . Se positionner comme fédérateur des "
           "acteurs . Renforcer la performance de l’action publique.\n\n"
           "A mi-mandat, les engagements ont été tenus.\n")


def axes(tmp_path: Path, text: str) -> list[str]:
    return written_column(tmp_path, "projet.txt", text, "strategy_axes", "axis")


def test_axes_behind_dots_in_one_paragraph(tmp_path):
    assert axes(tmp_path, PROJECT) == ["Affirmer le Département comme partenaire des communes",
                                       "Relever le défi du numérique", "Se positionner comme fédérateur des acteurs",
                                       "Renforcer la performance de l’action publique"]


def test_as_many_items_as_the_count_or_none(tmp_path):
    assert axes(tmp_path, PROJECT.replace("quatre axes", "cinq axes")) == []
