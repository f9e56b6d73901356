"""Cited figures as press articles and reports write them: who the sentence names as the source,
reported speech between quotation marks, and the numbers that are not figures (times of day,
programme slots, phone numbers, years of an edition, names such as "COP 21")."""

from __future__ import annotations

import pytest

from pipelines.extract.claims import cited_figure_rows
from pipelines.document import Document, with_text_blocks

SPEAKERS = {"sessions": [], "session_speakers": [], "speakers": [
    {"speaker_id": "achard-nina", "full_name": "Nina Achard", "given_name": "Nina", "family_name": "Achard",
     "aliases": None, "organization": None},
    {"speaker_id": "le-goff-paul", "full_name": "Paul Le Goff", "given_name": "Paul", "family_name": "Le Goff",
     "aliases": None, "organization": "Lanvel"},
]}


def figures(text: str, programme=None) -> list[tuple]:
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text + "\n", page_starts=[0]))
    return [(r["value"], r["unit"], r["speaker_id"]) for r in cited_figure_rows([doc], [], programme)]


@pytest.mark.parametrize("text, expected", [
    ("Selon Paul Le Goff, 12 écoles sont équipées.", [(12, "count", "le-goff-paul")]),
    ("Paul LE GOFF a rappelé que 15 communes adhèrent.", [(15, "count", "le-goff-paul")]),
    ("La baisse atteint 31 %, explique Nina Achard.", [(31, "percent", "achard-nina")]),
    ("« Nous avons économisé 40 000 euros par an sur la facture », a précisé Paul Le Goff, maire.",
     [(40000, "eur", "le-goff-paul")]),
    ("Paul Le Goff espère réaliser une économie de 500.000 euros.", [(500000, "eur", "le-goff-paul")]),
    ("Paul Le Goff a déjà rappelé que 12 écoles sont raccordées.", [(12, "count", "le-goff-paul")]),
    ("Pour Nina Achard, la rénovation a fait baisser la facture de 18 %.", [(18, "percent", "achard-nina")]),
    ("Le prix a été remis pour Nina Achard ; 9 communes ont voté.", [(9, "count", None)]),
    # "précise l'élu", "ajoute-t-elle", "selon lui": the speaker last named before
    ("Paul Le Goff veut réduire les coûts. « Cet hiver, nous avons coupé 40 % des lampadaires de la commune », précise l'élu.",
     [(40, "percent", "le-goff-paul")]),
    ("Nina Achard a pris la parole. Les écoles ont gagné 3 classes, ajoute-t-elle.", [(3, "count", "achard-nina")]),
    ("Nina Achard était présente. La commune compte 12 écoles.", [(12, "count", None)]),
    ("Le maire, Paul Le Goff, table sur une économie de 45 000 euros par an.", [(45000, "eur", "le-goff-paul")]),
    ("Nina Achard, adjointe chargée des écoles, rappelle que 600 lampadaires ont été changés.",
     [(600, "count", "achard-nina")]),
    ("Paul Le Goff a parlé des écoles. « Nous visons 30 % d'économies sur les écoles de la ville », a-t-il déclaré.",
     [(30, "percent", "le-goff-paul")]),
    # a name after the figure, as the subject of another statement, is not its source
    ("Enfin, 262 spectateurs ont suivi la séance : Nina Achard a présenté les principes.", [(262, "count", None)]),
    ("Deux élus, dont Nina Achard, étaient présents ; 30 % des communes ont répondu.",
     [(2, "count", None), (30, "percent", None)]),
])
def test_the_sentence_names_its_source(text, expected):
    assert figures(text, SPEAKERS) == expected


def test_a_short_quotation_is_a_title_a_long_one_reported_speech():
    assert figures("Le slogan « zéro papier en 2 ans » a été adopté.") == []
    assert figures("« Cette année, nous avons rénové 14 écoles de la ville », dit-elle.") == [(14, "count", None)]


def test_a_short_quotation_followed_by_a_verb_of_speech_is_reported_speech():
    assert figures("« Nous visons 30 % d'économies », a-t-il déclaré.") == [(30, "percent", None)]
    assert figures("« Moins 12 % en un an », précise la maire.") == [(12, "percent", None)]


@pytest.mark.parametrize("text", [
    "Télécharger le rapport (pdf - 1,3 Mo).",
    "Grâce au code promo DINUM20, la remise est acquise.",
    "Extinction : 1/ 22H – 4H ou 2/ 23H – 5H selon les quartiers.",
    "À partir de 23 heures, c'est l'extinction des feux.",
    "Plus de lumière entre minuit et 4 heures du matin.",
    "La commune coupe l'éclairage de 23 heures à 5 heures.",
    "Le salon de Valbrune ouvre jeudi de 9 heures à 18 heures.",
    "Le lancement aura lieu au musée des volcans (12345\nValbrune-les-Bains) à 10 heures.",
    "Au menu de la matinée : 1. Comment la commune agit au quotidien.",
    "Sommaire\n\nPage 3: 2.1. Gestion durable du patrimoine bâti",
    "Horaire : 14h à 14h45",
    "- 9h : accueil des participants",
    "L'édition 2020 de la journée s'est tenue en ligne.",
    "Contact : 03 83 49 81 33 ou par courriel.",
    "La ville a lancé sa COP 21 locale.",
])
def test_numbers_that_are_not_figures(text):
    assert figures(text) == []


def test_durations_and_amounts_in_words_stay_figures():
    # a decimal written with a point inside a sentence stays a figure
    assert figures("La note moyenne est de 4.2 sur 5.") == [(4.2, "count", None)]
    # a label's value ending its sentence after a colon stays a figure
    assert figures("Communes signataires : 12. Les autres suivront.") == [(12, "count", None)]
    # a number in brackets whose counted word is wrapped to the next line is no postal code
    assert figures("Le musée a reçu la visite de milliers de curieux (12345\nvisiteurs) cette année.") == [(12345, "count", None)]
    # a span of hours written with the word once is a length, not opening hours
    assert figures("Une randonnée de 2 à 3 heures est proposée aux familles.") == [(2, "hour", None)]
    assert figures("Nous avons 4 séances de 2h chaque mois.") == [(4, "count", None), (2, "hour", None)]
    assert figures("La Région investit deux millions d'euros dans le projet.") == [(2000000, "eur", None)]


@pytest.mark.parametrize("text, expected", [
    ("Deux chaudières bois de 8 MW chacune ont été installées.", [(2, "count", None), (8, "mw", None)]),
    ("Un écoquartier de 18 ha est en projet.", [(18, "ha", None)]),
    ("Les bureaux consomment en moyenne 397 kWh/an/m² contre 304 kWh/m²/an pour les écoles.",
     [(397, "kwh_m2_year", None), (304, "kwh_m2_year", None)]),
    # tonnes of CO2 equivalent, abbreviated with a blank before the gas
    ("Le bilan carbone du territoire est estimé à 45 000 Teq CO2 par an.", [(45000, "tonne", None)]),
    ("Le parc compte 45 000 arbres, soit un puits de carbone.", [(45000, "count", None)]),
])
def test_units_of_energy_power_and_area(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La ville a économisé 200 millions de litres d'eau par an.", [(200000000, "litre", None)]),
    ("La vitesse passe à 110 km/h sur la rocade.", [(110, "kmh", None)]),
    ("Les bureaux sont chauffés à 19 °C, soit 2 degrés de moins.", [(19, "degc", None), (2, "degc", None)]),
])
def test_units_of_volume_speed_and_temperature(text, expected):
    assert figures(text) == expected


def test_a_headline_figure_in_prose_is_left_to_the_key_figures_when_the_document_has_an_event():
    text = "Le forum a réuni plus de 350 participants. Les 12 communes ont adopté le plan.\n"
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text, page_starts=[0]))
    with_event = cited_figure_rows([doc], [{"source_id": "t", "event_id": "e"}], None)
    without = cited_figure_rows([doc], [], None)
    assert [r["value"] for r in with_event] == [12]
    assert [r["value"] for r in without] == [350, 12]


@pytest.mark.parametrize("text, expected", [
    ('"Nous avons fait l\'économie de 25% de la consommation", nous détaille Nina Achard, la maire.',
     [(25, "percent", "achard-nina")]),
    ("Ainsi, Paul Le Goff (Lanvel) a rappelé que 94 communes ont adhéré.", [(94, "count", "le-goff-paul")]),
])
def test_straight_quotes_and_an_organisation_after_the_name(text, expected):
    assert figures(text, SPEAKERS) == expected


def quotes(text: str) -> list[tuple]:
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text + "\n", page_starts=[0]))
    return [(r["value"], r["quote"]) for r in cited_figure_rows([doc], [], None)]


def test_a_full_stop_before_a_closing_quotation_mark_ends_the_sentence():
    text = ("« La décision s’est imposée à nous comme une évidence, pour tout le conseil. »\n"
            "Même chose à Valbourg (2 300 habitants), qui éteint ses lumières.")
    assert quotes(text) == [(2300, "Même chose à Valbourg (2 300 habitants), qui éteint ses lumières.")]
    text = "Le label « Villes actives » distingue cette année 2 300 communes engagées dans la transition."
    assert quotes(text) == [(2300, text)]
