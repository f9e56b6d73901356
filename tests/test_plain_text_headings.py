"""Headings the plain-text reader infers from the layout of a text that underlines none: short lines
alone between blank lines above a paragraph or a list, numbered parts, titles in capitals; and the
look-alikes that stay what they were. All texts are invented."""

from __future__ import annotations

from pipelines.document.plaintext import read_plain_text

TEXT = """Le projet de Valbrune

La commune de Valbrune a présenté son projet aux habitants. Les travaux commencent au printemps.

L'appel à projets régional

La région a lancé un appel à projets pour les communes rurales. Il se clôt en juin et vise vingt lauréats.

II - Les usages du numérique

Les ateliers ont porté sur les démarches en ligne et sur la médiation dans les mairies du canton.

Des actions pour les écoles

- équiper les classes
- former les enseignants

LE PROJET DE TERRITOIRE

Le conseil a voté le projet de territoire à l'unanimité après deux ans de concertation avec les habitants.

Axe 2 : Former les agents

Un plan de formation couvre les trois années à venir et touche tous les services de la commune.
"""

LOOK_ALIKES = """Compte rendu de la réunion

Lieu : salle des fêtes

Le conseil s'est réuni pour la troisième fois de l'année et a voté le budget primitif à l'unanimité.

Claire Martin

Nous avons ouvert la séance par un bilan des travaux menés depuis un an par les équipes de la commune.

Accueil des participants à 14h30

La matinée a été consacrée aux ateliers et aux échanges avec les habitants venus nombreux ce jour-là.

Les projets retenus sont les suivants :

- une maison de santé
- une piste cyclable

Le maire a remercié les agents.

Une courte légende

Texte court.

Le 12 mars à la mairie

Les habitants ont pu poser leurs questions aux élus pendant plus de deux heures, dans une salle comble.

Rapport annuel 3

Le rapport présente les comptes de l'année écoulée et les projets de l'année à venir pour la commune.

Rapport annuel 4

La seconde partie du rapport détaille les investissements engagés et les subventions obtenues en cours d'année.

Mis en ligne par le

Le texte de l'article suit ici, avec plusieurs phrases sur le sujet du jour. Il se termine par un point.

Atelier 2

LA CHARTE DES JARDINS PARTAGÉS

Les habitants ont rédigé ensemble la charte des jardins, qui sera affichée à l'entrée de chaque parcelle.

Les travaux de la salle

La salle des fêtes sera rénovée cet été, pour un montant voté lors du conseil de mars dernier.

Les prochaines étapes

Le conseil se réunira de nouveau à la rentrée pour faire le point sur les chantiers en cours.
"""


def _headings(text):
    blocks, headings = read_plain_text(text, [0])
    return [(h.level, h.text) for h in headings], blocks


def test_lines_set_off_as_headings_are_heading_blocks_with_a_level():
    found, blocks = _headings(TEXT)
    assert found == [
        (1, "Le projet de Valbrune"),           # the first line, the title, above the headings below it
        (2, "L'appel à projets régional"),
        (1, "II - Les usages du numérique"),
        (2, "Des actions pour les écoles"),
        (1, "LE PROJET DE TERRITOIRE"),
        (1, "Axe 2 : Former les agents"),
    ]
    heads = [b for b in blocks if b.kind == "heading"]
    assert [TEXT[b.start:b.end] for b in heads] == [t for _, t in found]
    # the rest of the text keeps its blocks: the list under a heading stays a list
    assert [b.kind for b in blocks].count("list_item") == 2


def test_look_alikes_are_no_headings():
    # a key-value line, a name line, a time slot, a line introducing a list, a one-line sentence,
    # a short line above a short line, a date, a running header repeated with its number, a line
    # stopping on an article, a title under its numbered label: none is a heading; the two real
    # ones at the end are
    found, blocks = _headings(LOOK_ALIKES)
    assert found == [(1, "Compte rendu de la réunion"), (2, "Les travaux de la salle"), (2, "Les prochaines étapes")]
    assert sum(b.kind == "heading" for b in blocks) == 3


def test_one_lone_short_line_shows_no_headings():
    text = ("Bilan de la fête\n\nLa fête a réuni les habitants du quartier autour d'un repas partagé.\n\n"
            "Une belle réussite collective\n\nLes organisateurs remercient les bénévoles venus aider "
            "toute la journée, du montage au rangement.\n")
    assert _headings(text)[0] == []
    # with a second one, both are headings and the first line becomes the title above them
    text += ("\nLe rendez-vous de l'an prochain\n\nLa prochaine édition aura lieu au même endroit, "
             "à la même saison, avec un marché.\n")
    assert _headings(text)[0] == [(1, "Bilan de la fête"), (2, "Une belle réussite collective"),
                                  (2, "Le rendez-vous de l'an prochain")]


def test_an_underlined_text_keeps_only_its_underlined_headings():
    text = ("Bilan\n=====\n\nUne belle réussite collective\n\nLes organisateurs remercient les bénévoles "
            "venus aider toute la journée.\n\nLe rendez-vous de l'an prochain\n\nLa prochaine édition aura "
            "lieu au même endroit, à la même saison.\n")
    assert _headings(text)[0] == [(1, "Bilan")]


# A slide deck exported page by page (form feeds): each page opens on its title, over short lines
# that are no paragraph of sentences; a page whose first line ends like a sentence opens on none.
DECK = ("Le plan vélo de Valbrune\n\nUn réseau cyclable pour tous les quartiers\f"
        "Les constats\n\nTrop peu de pistes\nDes carrefours dangereux\n\n2\f"
        "Nos priorités\n\nRelier les écoles\nOuvrir des garages à vélos\n\n3\f"
        "Merci de votre attention.\n\nContact : mairie de Valbrune\n\n4\n")


def test_the_first_line_of_a_page_above_its_lines_is_its_title():
    found, _ = _headings(DECK)
    assert found == [(1, "Le plan vélo de Valbrune"), (1, "Les constats"), (1, "Nos priorités")]
    # without page breaks, the same short lines above short lines are no headings
    assert _headings(DECK.replace("\f", "\n\n"))[0] == []


def test_a_part_numbered_with_n_degree_is_a_heading_even_when_long():
    text = ("Plan de Valbrune\n\nMesure n°1 : Planter des haies le long des chemins communaux et des "
            "parcelles agricoles du plateau\n\nLa commune plantera des haies sur dix kilomètres en "
            "trois ans, avec les agriculteurs.\n\nMesure n°2 : Rénover les écoles\n\nLes deux écoles "
            "seront isolées pendant les vacances d'été, en commençant par la plus ancienne.\n\n"
            "Le n°3 : une rue à sens unique sans piste cyclable ni trottoir\n\nLes riverains ont "
            "demandé un aménagement et la commune étudie plusieurs solutions cette année.\n")
    found, _ = _headings(text)
    assert [t for _, t in found] == [
        "Plan de Valbrune",
        "Mesure n°1 : Planter des haies le long des chemins communaux et des parcelles agricoles du plateau",
        "Mesure n°2 : Rénover les écoles"]
