"""Cited figures (written from dev half A, checked on half B): scale letters set apart
from the currency, numbered headings, a sentence said again word for word, a page's breadcrumb and
counters, web dates, quoted numbers, strategy part counts and a few units. Invented texts."""

from __future__ import annotations

import pytest

from .support import cited_figures


@pytest.mark.parametrize("text, expected", [
    ("La région prévoit d'investir 40 M € pour le réseau.", [(40_000_000, "eur")]),
    ("Cette enveloppe de 2,5 M d’€ finance les ateliers.", [(2_500_000, "eur")]),
    ("Le plan mobilise 1 Md € pour les routes.", [(1_000_000_000, "eur")]),
    # a length in metres stays one
    ("La digue mesure 40 m de long.", [(40, "m")]),
])
def test_a_scale_letter_set_apart_from_the_currency_is_millions(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sommaire\n\n3.2 Une offre de logements trop rare\n\n3.3 Des ménages plus modestes\n", []),
    ("Le conseil s'est réuni le soir.\n\n1 ADOPTION D'UNE CHARTE POUR LES ASSOCIATIONS\n\nLe conseil adopte la charte.", []),
    # a figure of an infographic in capitals names what it counts in one or two words
    ("La fête a réuni du monde.\n\n12 ATELIERS THÉMATIQUES\n", [(12, "count")]),
    # a decimal inside a sentence is read
    ("La facture a baissé de 3.5 % cette année.", [(3.5, "percent")]),
])
def test_a_numbered_heading_opening_its_line_is_no_figure(text, expected):
    assert cited_figures(text) == expected


def test_a_sentence_said_again_word_for_word_is_one_claim():
    sentence = "Un budget de 12 M€ sur la période a été voté pour renouveler les véhicules de la ville."
    text = f"La flotte\n\n{sentence}\n\nLes agents\n\nLe télétravail concerne 40 agents.\n\nRappel\n\n{sentence}"
    assert cited_figures(text) == [(12_000_000, "eur"), (40, "count")]
    # two different sentences with the same figure stay two claims
    other = "La ville a aussi voté 12 M€ pour rénover les écoles de ses quartiers nord."
    assert cited_figures(f"{sentence}\n\nLes écoles\n\n{other}") == [(12_000_000, "eur"), (12_000_000, "eur")]


@pytest.mark.parametrize("text, expected", [
    ("Vous êtes ici : Accueil 9 Actualités 9 Le forum des associations\n\nLe forum a réuni 35 associations.",
     [(35, "count")]),
    ("Accueil 9 Actualités\n\nLe forum a réuni 35 associations.", [(9, "count"), (35, "count")]),
])
def test_a_breadcrumb_line_is_the_sites_navigation(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("3 Oct 2021 | Actualités\n\nLa fête a accueilli 600 visiteurs.", [(600, "count")]),
    ("3 oct. 2021 | Actualités\n\nLa fête a accueilli 600 visiteurs.", [(600, "count")]),
    # not before anything else than a year
    ("La commune compte 3 sept ateliers ouverts.", [(3, "count")]),
])
def test_a_day_before_an_undotted_month_and_a_year_is_a_date(text, expected):
    assert [f for f in cited_figures(text) if f[0] in (3, 600)] == expected


@pytest.mark.parametrize("text, expected", [
    ("2 juin 2021 – 1 250 vues\n\nLe salon a accueilli 80 exposants.", [(80, "count")]),
    ("Publié le 2 juin 2021 - Jean Martin - vu 312 fois\n\nLe salon a accueilli 80 exposants.", [(80, "count")]),
    # a count of views inside the article's prose is read
    ("La vidéo du salon a dépassé les 1 250 vues en une semaine.", [(1250, "count")]),
])
def test_a_pages_counter_closing_its_header_line(text, expected):
    assert [f for f in cited_figures(text) if f[1] == "count"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Il y a à peine plus d'un an, la commune a planté 400 arbres.", [(400, "count")]),
    ("Voilà tout juste deux ans, la commune a planté 400 arbres.", [(400, "count")]),
    ("Le chantier a duré à peine deux ans.", [(2, "year")]),
])
def test_a_relative_date_with_an_adverb_of_degree(text, expected):
    assert cited_figures(text) == expected


def test_one_unit_of_time_after_apres():
    assert cited_figures("Le plan a été adopté après un an de travail avec les habitants.") == [(1, "year")]
    assert cited_figures("Un an après, le plan a été adopté.") == []


@pytest.mark.parametrize("text, expected", [
    ("Une pile de 100 kWe sera installée.", [(100, "kw")]),
    ("Le parc atteindra 12 MWe en 2030.", [(12, "mw")]),
    ("Il reste 66 kms de voie cyclable à réaliser.", [(66, "km")]),
])
def test_units_of_power_and_length(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Les stands étaient dans les bâtiments "19" et "20" de la zone.', []),
    ("La salle « 3 » a accueilli 40 personnes.", [(40, "count")]),
])
def test_a_number_alone_between_quotation_marks_names_something(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a news page's time stamps: how long ago it was published or updated, in minutes too
    ("Publié il y a 3 heures / Actualisé il y a 20 minutes", []),
    # a duration in minutes is still a figure
    ("Le trajet dure 20 minutes en tramway.", [(20, "minute")]),
])
def test_minutes_ago_are_a_relative_date(text, expected):
    assert cited_figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Déjà environ 170k € récoltés pour l'achat des terres.", [(170000, "eur")]),
    ("Le chantier participatif a coûté 30 k euros à l'association.", [(30000, "eur")]),
])
def test_the_thousands_letter_set_apart_from_the_currency(text, expected):
    assert cited_figures(text) == expected
