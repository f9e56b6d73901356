"""Cited figures (written from dev half A, checked on half B): a count is a whole number, so a
count written with a decimal part (a software version, a score whose scale the text does not
give, a section's number) is no cited figure; a decimal with its unit or its scale word stays
one. Invented texts."""

from __future__ import annotations

import pytest

from .support import cited_figures


@pytest.mark.parametrize("text", [
    "Notre socle technique : Postgresql : 9.6 Postgis : 2.18 Qgis : 3.10",
    "Indice de satisfaction : Accueil 4.62 Pauses 4.51 Salles 4.70",
])
def test_a_decimal_count_is_no_figure(text):
    assert cited_figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("La commune a investi 2,5 millions d'euros dans la rénovation de ses écoles.", [(2500000, "eur")]),
    ("Le réseau compte désormais 1,5 million d'abonnés.", [(1500000, "count")]),
    ("Le nouveau bassin couvre 12,5 hectares.", [(12.5, "ha")]),
])
def test_a_decimal_with_its_unit_or_scale_stays_a_figure(text, expected):
    assert cited_figures(text) == expected
