"""Programme lists a line announces: the sentence that announces them ("Le programme se présente
comme suit :"), and the short lines that group a list's items by theme (the other items of a
list in which the reader found a session line). Invented texts."""

from __future__ import annotations

from pipelines.extract.programme_layout import _programme_intro

from .support import session_titles as titles, written_doc as read


def test_a_sentence_announcing_the_programme_list():
    assert _programme_intro("Le programme de ces 3 jours se présente comme suit :")
    assert _programme_intro("Le programme de la journée sera le suivant :")
    # a sentence about a programme that announces no list below it
    assert not _programme_intro("Le programme de rénovation des écoles se poursuit :")


def test_the_items_under_a_sentence_announcing_the_programme(tmp_path):
    doc = read(tmp_path, "liste.txt",
               "Les rencontres du bocage auront lieu à Villebrune.\n"
               "Le programme de ces 2 jours se présente comme suit :\n"
               "-Introduction\n"
               "-Regards croisés : les haies et les sols\n"
               "-Restitution des échanges\n"
               "-Conclusion\n"
               "Les inscriptions sont ouvertes à tous.\n")
    assert titles(doc) == ["Introduction", "Regards croisés : les haies et les sols", "Restitution des échanges",
                           "Conclusion"]


def test_short_lines_grouping_the_items_of_a_programme_list(tmp_path):
    doc = read(tmp_path, "groupes.md",
               "# Forum des rivières\n\n"
               "Une journée d'échanges à Villebrune.\n\n"
               "### Au programme :\n\n"
               "**Table ronde d'ouverture**\n"
               "* Partager l'eau entre les usages\n\n"
               "**Thème des zones humides**\n"
               "* Restaurer les marais\n\n"
               "**Thème des berges**\n"
               "* Replanter les ripisylves\n"
               "* Entretenir sans abîmer\n\n"
               "**Midi**\n"
               "* Déjeuner au bord de l'eau\n\n"
               "### Comment venir ?\n\n"
               "Par le bus de la ligne 4.\n")
    found = titles(doc)
    assert {"Partager l'eau entre les usages", "Restaurer les marais", "Replanter les ripisylves",
            "Entretenir sans abîmer"} <= set(found)
    # the lines grouping the items are none, nor a break among the items
    assert not any(t.startswith(("Thème", "Midi", "Déjeuner")) for t in found)
