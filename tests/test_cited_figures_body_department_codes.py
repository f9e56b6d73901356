"""Cited figures (round r42d, written from dev half B, checked on half A): a département's code
closing the name of a body without brackets ("la fédération départementale 12 de ...", "le Comité
Vélo 45 organise") is where the body is, not a count. Invented texts."""

from __future__ import annotations

import pytest

from .support import cited_figures


@pytest.mark.parametrize("text, expected", [
    # a preposition after the code: what the body is of
    ("Une convention a été signée avec la fédération départementale 12 de pêche et 300 riverains.",
     [(300, "count")]),
    # a bracket after the code (the body's acronym)
    ("L'accord lie l'union des familles 71 (UDAF) aux 40 communes du canton.", [(40, "count")]),
    # a capitalised word of the name before the code, a verb after it
    ("Le Comité Vélo 45 organise une balade de 12 km dimanche.", [(12, "km")]),
])
def test_a_department_code_closing_a_bodys_name_is_no_count(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb before the count, a noun after it: the body counts something
    ("Le syndicat regroupe 45 communes du bassin.", [(45, "count")]),
    # a determiner before the count
    ("L'association des 12 communes riveraines a voté le budget.", [(12, "count")]),
    # a noun after a lowercase word: a count of what follows
    ("Le comité réunit 45 bénévoles chaque mois.", [(45, "count")]),
    # no body noun before it
    ("Le projet concerne 45 logements.", [(45, "count")]),
])
def test_a_count_after_a_bodys_noun_stays_a_figure(text, expected):
    assert cited_figures(text) == expected
