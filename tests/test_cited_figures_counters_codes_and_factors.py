"""Cited figures (written from dev half B, checked on half A): a document-sharing page's
counter line with its file size, a département's code in brackets after a name, the minutes of an
hour set apart ("10H 45"), a factor after a noun ("la division par 4"), a label that says what it
counts ("Nombre de ... par séance : 18") and a part of a whole after "de ses". Invented texts."""

from __future__ import annotations

import pytest

from .support import cited_figures


@pytest.mark.parametrize("text, expected", [
    ("Schéma des mobilités du canton\n\n2,4 Mo taille 12 téléchargements 150 vues\n\nLe réseau compte 40 lignes.",
     [(40, "count")]),
    # a sentence about a video's audience is a claim
    ("La vidéo du forum a fait 3 000 vues en une semaine.", [(3000, "count")]),
])
def test_a_line_of_a_sharing_pages_counters_and_file_size_is_the_sites(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the number inside the name is left out by the rule of names, figure_exclusion_labels.py)
    ("Les lauréats du prix rural :\n« Culture »\n- Association Le Pont à 2 Arches (29)\n", []),
    # a count in brackets after a common noun stays a figure
    ("Il y a des tablettes neuves à l'école (26).", [(26, "count")]),
])
def test_a_department_code_in_brackets_after_a_name_is_no_count(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Programme\nMARDI 3 JUIN – 9H 15-12H 15\nATELIERS THÉMATIQUES (AU CHOIX)\n", []),
    # an hour's length, then a count
    ("La visite dure 2 h et 30 personnes y participent.", [(2, "hour"), (30, "count")]),
])
def test_the_minutes_of_an_hour_set_apart_are_no_count(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le plan vise la division par 4 des émissions du territoire.", [(4, "factor")]),
    ("Le trafic connaît une multiplication par deux depuis l'ouverture.", [(2, "factor")]),
    ("La division compte 4 services.", [(4, "count")]),
])
def test_a_factor_after_a_noun_of_division_or_multiplication(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bilan du forum\n\nNombre de participants par atelier : 42\nNombre de stands : 12\n", [(42, "count"), (12, "count")]),
    ("Bilan\n\nNombre de personnes souhaitant poursuivre la démarche (via le questionnaire de satisfaction) : 7\n",
     [(7, "count")]),
    # a label that names a place or a session stays a label
    ("Inscriptions à l'atelier : 12\n", []),
])
def test_a_label_that_says_what_it_counts_gives_its_value(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La fête se tient dans 12 de ses 40 communes cette année.", [(12, "count"), (40, "count")]),
    # "des" before the second number is left alone (it added a wrong figure)
    ("Le club a remporté 3 des 10 dernières coupes.", [(10, "count")]),
])
def test_a_part_of_a_whole_after_de_ses(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a postal code written with a space after its department, after a street on its line
    ("Mairie de Valbourg, 5 rue des Lilas 99 100 VALBOURG Tél : 01 23 45 67 89", []),
    ("Siège : 12 avenue du Port 99 210 Valbrune", []),
    # the same shape without a street before it counts what follows
    ("Le forum a attiré 12 500 Visiteurs cette année.", [(12500, "count")]),
])
def test_a_spaced_postal_code_after_a_street_is_an_address(text, expected):
    assert cited_figures(text) == expected
