"""Programme lists a line announces: the sentence that announces them ("Le programme se présente
comme suit :"), and the short lines that group a list's items by theme (the other items of a
list in which the reader found a session line). Invented texts."""

from __future__ import annotations

from pipelines.extract.programme_layout import _programme_intro

from .support import session_titles as titles, written_column, written_doc as read


def test_a_sentence_announcing_the_programme_list():
    assert _programme_intro("Le programme de ces 3 jours se présente comme suit :")
    assert _programme_intro("Le programme de la journée sera le suivant :")
    # the event named by a general noun
    assert _programme_intro("Le programme de la manifestation se présente comme suit :")
    assert _programme_intro("Programme de l'événement :")
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


def test_talks_listed_with_who_gave_them(tmp_path):
    doc = read(tmp_path, "exposes.md",
               "Voici les exposés donnés lors de la journée des bocages à Villebrune :\n\n"
               "- Planter des haies, pourquoi et comment, Jeanne Durand (Association Kerval)\n"
               "- Le suivi des hérissons, Paul de Morvan ([revoir](https://exemple.org/v1))\n"
               "- Compter les mares du canton, Anne Morel et Luc Berthier\n\n"
               "Merci à tous les participants.\n")
    assert titles(doc) == ["Planter des haies, pourquoi et comment", "Le suivi des hérissons",
                           "Compter les mares du canton"]
    # who gave them speaks
    assert {"Jeanne Durand", "Anne Morel", "Luc Berthier"} <= set(written_column(
        tmp_path, "exposes.md", doc.text, "speakers", "full_name"))


def test_talks_listed_with_who_gave_them_after_a_dash_or_par(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    doc = read(tmp_path, "dash.md",
               "Les interventions de la matinée :\n\n- Les sols vivants – Jeanne Durand\n"
               "- Le verger partagé par Paul Morel (Ville de Kerval)\n- Trois ans de fauche tardive - Anne Klein\n")
    assert [t for t, *_ in credited_talk_list(doc)] == ["Les sols vivants", "Le verger partagé",
                                                         "Trois ans de fauche tardive"]


def test_talks_under_a_heading_naming_them_with_who_gave_them_then_a_description(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    text = ("Nous vous présentons le programme de la quatrième édition des Rencontres de Valbrune.\n\n"
            "## Conférences\n\n"
            "Des professionnels viennent partager leurs expériences et leurs savoirs.\n\n"
            "- Les sols vivants avec Jeanne Durand, qui partagera dix ans de relevés\n"
            "- Le verger partagé par Paul Morel (Ville de Kerval) : comment planter ensemble\n"
            "- Trois ans de fauche tardive – Anne Klein (Écologue) : ce que les prairies ont gagné\n")
    doc = read(tmp_path, "programme.md", text)
    assert [t for t, *_ in credited_talk_list(doc)] == ["Les sols vivants", "Le verger partagé",
                                                         "Trois ans de fauche tardive"]
    assert titles(doc) == ["Les sols vivants", "Le verger partagé", "Trois ans de fauche tardive"]
    # a heading that names no talks
    assert credited_talk_list(read(tmp_path, "b.md", text.replace("## Conférences", "## Nos amis"))) == []


def test_talks_listed_right_under_a_heading_naming_them_beside_other_sessions(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    text = ("# Retour sur les Rencontres de Valbrune\n\n## Plénière d'ouverture\n\n"
            "La maire, Jeanne Durand, ouvre la journée.\n\n"
            "## Ateliers et présentations du samedi\n\n"
            "- Les sols vivants par P. Morel & A. Klein : dix ans de relevés\n"
            "- Le verger partagé par L. Ferrand et R. Vidal : comment planter ensemble\n"
            "- Trois ans de fauche tardive par M. Olier : ce que les prairies ont gagné\n"
            "- Des liens pour aller plus loin\n")
    doc = read(tmp_path, "retour.md", text)
    # the heading right over the list is its lead; two names joined by "&" or "et" credit a talk
    assert [t for t, *_ in credited_talk_list(doc)] == ["Les sols vivants", "Le verger partagé",
                                                         "Trois ans de fauche tardive"]
    # ... and the talks are sessions besides the heading a session list gave
    assert titles(doc)[-3:] == ["Les sols vivants", "Le verger partagé", "Trois ans de fauche tardive"]
    # ... and who gave each talk speaks, initials and all
    speakers = written_column(tmp_path, "retour.md", text, "speakers", "full_name")
    assert {"P. Morel", "A. Klein", "L. Ferrand", "R. Vidal", "M. Olier"} <= set(speakers)
    assert credited_talk_list(read(tmp_path, "b.md", text.replace("Ateliers et présentations", "Liens"))) == []


def test_a_programme_heading_whose_subheadings_group_its_items(tmp_path):
    # "Le programme des ateliers", a long lead ending with a colon, then days as subheadings over
    # the items: the items are the sessions, the subheadings and the report's own sections are none;
    # a session found elsewhere (a photo's caption) does not hide the list
    text = (
            "# Retour sur les Journées de la cartographie de Valbrune\n"
            "\n"
            "Les Journées de la cartographie se sont tenues du 4 au 6 mai 2031 à la halle des Tisserands de Valbrune, avec de nombreux exposants.\n"
            "\n"
            "## Le programme des ateliers\n"
            "\n"
            "Les ateliers, au nombre de deux par jour, portaient chacun sur une question du moment. Ceux que j'ai suivis en entier ou presque sont marqués d'une étoile. Voici le résumé du programme :\n"
            "\n"
            "### Mardi 4 mai\n"
            "\n"
            "- Publier ses cartes sur le web, coûts et conséquences\n"
            "- Les données du cadastre au quotidien\n"
            "\n"
            "### Mercredi 5 mai\n"
            "\n"
            "- Cartographier les haies du bocage\n"
            "- La qualité des relevés, pourquoi fait-elle débat\n"
            "\n"
            "### Ce que j'en retiens\n"
            "\n"
            "Une belle édition, riche en échanges, que je recommande à tous les cartographes amateurs de la région.\n"
            "\n"
            "Démonstration Carto Plus\n"
            "\n"
            "Paul Morel et Anne Klein de Carto Plus en pleine démonstration\n"
            )
    found = titles(read(tmp_path, "retour.md", text))
    assert found == ["Publier ses cartes sur le web, coûts et conséquences", "Les données du cadastre au quotidien",
                     "Cartographier les haies du bocage", "La qualité des relevés, pourquoi fait-elle débat",
                     "Démonstration Carto Plus"]
    # a heading that announces no programme lists none
    assert titles(read(tmp_path, "b.md", text.replace("## Le programme des ateliers", "## Mes souvenirs"))) \
        == ["Démonstration Carto Plus"]


def test_speakers_listed_under_a_round_tables_heading_are_no_talks(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    text = ("## Programme\n\n### Table ronde 1 : Les haies du bocage\n\n"
            "- **Paul FERRAND**, chargé de mission énergie, Ville de Kerval\n"
            "- **Anne KLEIN**, adjointe au maire déléguée à la transition, Ville de Valbrune\n"
            "- **Luc MORVAN**, chargé de projet, Association Haies Vives\n")
    doc = read(tmp_path, "programme.md", text)
    assert credited_talk_list(doc) == []
    assert titles(doc) == ["Table ronde 1 : Les haies du bocage"]


def test_another_part_laid_out_as_a_talk_list_under_a_heading_of_its_own_name(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    text = ("Le programme des Rencontres de Valbrune.\n\n## Conférences\n\n"
            "Des professionnels viennent partager leurs savoirs :\n\n"
            "- Les sols vivants avec Jeanne Durand : dix ans de relevés\n"
            "- Le verger partagé par Paul Morel (Ville de Kerval) : comment planter ensemble\n"
            "- Trois ans de fauche tardive – Anne Klein (Écologue) : ce que les prairies ont gagné\n\n"
            "## Fabriques\n\nLes participants se réunissent en petits groupes pour construire :\n\n"
            "- Le nichoir en kit animé par Luc Ferrand (Menuisier) : chacun repart avec le sien\n"
            "- Un herbier de la commune animé par Rose Vidal (Botaniste) : cueillette et séchage\n"
            "- La carte des haies animée par Marc Olier (Géographe) : relevés sur le terrain\n")
    found = [t for t, *_ in credited_talk_list(read(tmp_path, "programme.md", text))]
    assert found[3:] == ["Le nichoir en kit", "Un herbier de la commune", "La carte des haies"]
    # alone, a part under a heading that names no talks is not read
    alone = text[text.index("## Fabriques"):]
    assert credited_talk_list(read(tmp_path, "b.md", "Le programme.\n\n" + alone)) == []


def test_quoted_themes_a_lead_gives_to_round_tables_with_who_leads_them(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    text = ("Les sujets qui seront débattus en table ronde :\n\n"
            "- « Haies, Bocage » animé par Jeanne DURAND et Paul MOREL\n"
            "- « Eau, Rivières » animée par Anne KLEIN\n"
            "- » Sols vivants et prairies » animé par Luc BERTHIER, Marie ROUX et Yves LE GALL\n")
    doc = read(tmp_path, "themes.md", text)
    assert [(t, kind) for t, _, _, kind in credited_talk_list(doc)] == [
        ("Haies, Bocage", "round_table"), ("Eau, Rivières", "round_table"), ("Sols vivants et prairies", "round_table")]
    # the lead names no session: a list of things
    assert credited_talk_list(read(tmp_path, "b.md", text.replace("débattus en table ronde", "choisis cette année"))) == []


def test_a_list_of_things_ending_with_names_under_no_talk_noun_is_no_talk_list(tmp_path):
    from pipelines.extract.session_credited_list import credited_talk_list
    # the lead-in names no talks; and a list of talks whose items mostly name nobody
    assert credited_talk_list(read(tmp_path, "a.md",
                                   "Voici les lauréats de l'année :\n\n- Prix des haies, Jeanne Durand\n"
                                   "- Prix des mares, Paul Morel\n- Prix du verger, Anne Klein\n")) == []
    assert credited_talk_list(read(tmp_path, "b.md",
                                   "Voici les présentations de la journée :\n\n- Les haies, Jeanne Durand\n"
                                   "- Les mares et les étangs\n- Le verger du village\n- Les sols vivants\n")) == []
    # people and their roles under a talk noun: no title in sentence case before the comma
    assert credited_talk_list(read(tmp_path, "c.md",
                                   "Les interventions :\n\n- Paul Morel, Directeur Général\n"
                                   "- Anne Klein, Maire Adjointe\n- Luc Berthier, Chef de Projet\n")) == []


def test_a_meeting_plan_announced_by_a_sentence_before_its_numbered_list(tmp_path):
    doc = read(tmp_path, "plan.md",
               "# Soirée du collectif des jardins\n\n"
               "Rendez-vous le 3 mars à la maison des associations.\n\n"
               "### Le déroulement de la soirée\n\n"
               "La soirée se tiendra en trois temps :\n\n"
               " 1. Accueil des nouveaux membres\n"
               " 2. Partage des semis\n"
               " 3. Calendrier des plantations\n\n"
               "### Contact\n\n"
               "Écrire au collectif.\n")
    assert titles(doc) == ["Accueil des nouveaux membres", "Partage des semis", "Calendrier des plantations"]


def test_a_paragraph_saying_what_the_day_holds_between_the_heading_and_its_list(tmp_path):
    text = ("Formation des élus\n\nJeudi 11 avril 2024, salle des fêtes de Valbrune\n\nLe programme\n\n"
            "Le CAUE vous propose une journée de formation sur l'aménagement des cimetières. Différents temps "
            "composeront cette journée : des apports, des visites et des échanges.\n\n"
            "  • Atelier de travail « le cimetière idéal »\n"
            "  • Aménager les cimetières du département\n"
            "  • Visite du cimetière de Valbrune\n")
    doc = read(tmp_path, "formation.txt", text)
    assert titles(doc) == ["Atelier de travail « le cimetière idéal »", "Aménager les cimetières du département",
                           "Visite du cimetière de Valbrune"]


def test_a_sentence_that_announces_nothing_opens_no_list(tmp_path):
    # the line after the heading ends with a colon but no list follows it
    doc = read(tmp_path, "rien.md",
               "# Soirée du collectif des jardins\n\n"
               "### Le planning de la soirée\n\n"
               "Le planning sera envoyé plus tard, en attendant :\n\n"
               "Pensez à apporter vos graines et vos outils pour la saison qui vient.\n")
    assert titles(doc) == []


def test_the_agenda_of_a_meeting(tmp_path):
    doc = read(tmp_path, "odj.md",
               "# Réunion du réseau des tiers-lieux\n\n"
               "Le 12 mai, salle des fêtes.\n\n"
               "Ordre du jour :\n\n"
               "- Présentation des nouveaux lieux\n"
               "- Retour sur l'enquête des usagers\n"
               "- Atelier sur la mutualisation des outils\n\n"
               "Inscription auprès du réseau.\n")
    assert titles(doc) == ["Présentation des nouveaux lieux", "Retour sur l'enquête des usagers",
                           "Atelier sur la mutualisation des outils"]


def test_the_agenda_of_an_assembly_lists_deliberations_not_sessions(tmp_path):
    doc = read(tmp_path, "conseil.md",
               "# Conseil municipal du 2 avril\n\n"
               "Présents : tous les élus.\n\n"
               "Ordre du jour :\n\n"
               "1. Vote du budget primitif\n"
               "2. Tarifs de la cantine\n"
               "3. Questions diverses\n\n"
               "Le budget est adopté à l'unanimité.\n")
    assert titles(doc) == []
