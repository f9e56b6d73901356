"""A strategy whose sections are headed by one-line "Label : verbe ..." headings, each over a prose
paragraph: the headings are its axes, label included (strategy_labelled_headings.py). A label over
a noun phrase is a plain statement, not an axis. Invented texts only."""

from __future__ import annotations

from .support import axes

HEAD = ("Trévanne adopte son plan pour les mobilités douces, en trois axes déclinés en trente actions.\n\n")


def test_label_colon_infinitive_headings_over_paragraphs_are_axes():
    text = (HEAD
            + "Proximité : relier les hameaux au centre-bourg\n\n"
            + "La commune ouvrira une voie verte le long de la rivière et jalonnera les chemins ruraux vers l'école.\n\n"
            + "Sécurité : apaiser la circulation devant les écoles\n\n"
            + "Des zones de rencontre seront créées devant chaque groupe scolaire, avec des plateaux surélevés.\n\n"
            + "Partage : associer les habitants aux choix des tracés\n\n"
            + "Des balades urbaines permettront aux riverains de proposer des itinéraires et de signaler les points noirs.\n")
    assert axes(text) == ["Proximité : relier les hameaux au centre-bourg",
                          "Sécurité : apaiser la circulation devant les écoles",
                          "Partage : associer les habitants aux choix des tracés"]


def test_labels_over_noun_phrases_are_not_axes():
    text = (HEAD
            + "Budget : une hausse modérée des dépenses\n\n"
            + "Les dépenses de fonctionnement progressent légèrement cette année, sous l'effet des prix de l'énergie.\n\n"
            + "Calendrier : les premiers travaux au printemps\n\n"
            + "Les chantiers commenceront dès le mois d'avril, par la rue principale et la place du marché.\n")
    assert axes(text) == []
