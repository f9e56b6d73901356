"""Strategy axes as strategies title their parts: qualified labels ("Orientation stratégique n°2",
"Objectif stratégique 1"), Roman numerals ("AXE II"), a label alone over its title, ordinals
("Premier axe :"), numbered or plain headings announced by a count ("s'articule autour de trois
axes"), a table of contents listing the sections again, and the document's title as the strategy."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows
from pipelines.document import Document

from .support import doc_of as txt, markdown_doc as md


def axes(doc: Document) -> list[str]:
    rows = strategy_rows([doc])
    for r in rows:
        assert " ".join(doc.text[r["char_start"]:r["char_end"]].split()) == r["axis"]
    return [r["axis"] for r in rows]


def strategy(doc: Document) -> tuple:
    rows = strategy_rows([doc])
    return (rows[0]["strategy_name"], rows[0]["period_start"], rows[0]["period_end"]) if rows else None


def test_qualified_labels():
    doc = txt("PLAN CLIMAT AIR ENERGIE TERRITORIAL 2023-2029\n\n"
              "Orientation stratégique n°1 : Sobriété des bâtiments\nObjectif : réduire de 40 % les consommations.\n\n"
              "Orientation stratégique n°2 : Mobilités bas carbone\n\nOrientation stratégique n°3 : Agriculture durable\n")
    assert axes(doc) == ["Sobriété des bâtiments", "Mobilités bas carbone", "Agriculture durable"]
    doc = txt("La stratégie régionale du numérique 2024-2030 fixe trois objectifs stratégiques :\n\n"
              "Objectif stratégique 1 : Connecter tous les territoires\nObjectif stratégique 2 : Développer les "
              "compétences\nObjectif stratégique 3 : Soutenir l'innovation\n")
    assert axes(doc) == ["Connecter tous les territoires", "Développer les compétences", "Soutenir l'innovation"]


def test_operational_objectives_under_strategic_ones_are_not_axes():
    doc = md("# Plan climat 2025-2030\n\n## Objectif stratégique 1 : Réduire les émissions\n\n"
             "### Objectif opérationnel 1.1 : Rénover les écoles\n\n"
             "## Objectif stratégique 2 : Produire des énergies renouvelables\n\n"
             "### Objectif opérationnel 2.1 : Solaire sur les toits\n")
    assert axes(doc) == ["Réduire les émissions", "Produire des énergies renouvelables"]
    assert strategy(doc) == ("Plan climat 2025-2030", 2025, 2030)


def test_roman_numerals_and_a_label_alone_on_its_line():
    doc = txt("STRATEGIE DE TRANSFORMATION NUMERIQUE 2023-2027\n\nAXE I - MODERNISER LES SERVICES\n"
              "AXE II - ACCOMPAGNER LES USAGERS\nAXE III - RENFORCER LA CYBERSECURITE\n")
    assert axes(doc) == ["MODERNISER LES SERVICES", "ACCOMPAGNER LES USAGERS", "RENFORCER LA CYBERSECURITE"]
    doc = txt("Schéma directeur du numérique 2022-2026\n\nAXE 1\nModerniser les outils des agents\n\n"
              "AXE 2\nOuvrir les données publiques\n\nAXE 3\nRéduire l'empreinte environnementale\n")
    assert axes(doc) == ["Moderniser les outils des agents", "Ouvrir les données publiques",
                         "Réduire l'empreinte environnementale"]


def test_ordinals():
    doc = txt("Le plan vélo 2024-2028 de la commune\n\nPremier axe : Sécuriser les itinéraires\nTexte.\n"
              "Deuxième axe : Stationner son vélo\nTexte.\nTroisième axe : Apprendre à rouler\n")
    assert axes(doc) == ["Sécuriser les itinéraires", "Stationner son vélo", "Apprendre à rouler"]
    doc = txt("Schéma 2023-2027\n\n1er pilier – Sobriété\n2e pilier – Efficacité\n3e pilier – Renouvelables\n")
    assert axes(doc) == ["Sobriété", "Efficacité", "Renouvelables"]


def test_numbered_headings_announced_by_a_count():
    page = ("# Schéma directeur des énergies\n\nLe schéma s'organise en quatre orientations stratégiques.\n\n"
            "## 1. Réduire les consommations\n\nTexte.\n\n## 2. Développer les énergies renouvelables\n\nTexte.\n\n"
            "## 3. Adapter le territoire\n\n## 4. Mobiliser les acteurs\n")
    assert axes(md(page)) == ["Réduire les consommations", "Développer les énergies renouvelables",
                              "Adapter le territoire", "Mobiliser les acteurs"]
    # "le schéma" of the announcing sentence, named by the title that opens with it
    assert strategy(md(page)) == ("Schéma directeur des énergies", None, None)
    # a title that is a headline, not the strategy's name: the word of the sentence
    assert strategy(md(page.replace("# Schéma directeur des énergies", "# Valbois prépare son avenir"))) == (
        "schéma", None, None)
    # a count that does not match the sections announces nothing (when the document goes on
    # after them: one that stops there is an excerpt cut before the last one)
    more = "\n\n" + "Un long texte sans autre orientation numérotée. " * 80 + "\n"
    assert axes(md(page.replace("quatre orientations", "cinq orientations") + more)) == []


def test_plain_headings_announced_by_a_count():
    page = ("# Stratégie numérique de la ville de Brume 2024-2029\n\nLa stratégie s'articule autour de trois axes.\n\n"
            "## Un territoire connecté\n\nTexte.\n\n## Une administration simple\n\nTexte.\n\n"
            "## Des habitants autonomes\n\nTexte.\n")
    assert axes(md(page)) == ["Un territoire connecté", "Une administration simple", "Des habitants autonomes"]
    assert strategy(md(page)) == ("Stratégie numérique de la ville de Brume 2024-2029", 2024, 2029)
    # one heading more than announced, unnumbered: which three is not said
    assert axes(md(page + "\n## Gouvernance et calendrier\n\nTexte.\n")) == []
    # headings far from the announcement are other sections
    far = page.replace("axes.\n\n", "axes.\n\nUn paragraphe.\n\nUn autre.\n\n")
    assert axes(md(far)) == []


def test_a_table_of_contents_lists_the_sections_again():
    doc = txt("Schéma directeur numérique 2024-2028\n\nSommaire\nAxe 1 : Relier les territoires ........ 4\n"
              "Axe 2 : Former les habitants ........ 9\nAxe 3 : Ouvrir les données ........ 14\n\n"
              "Axe 1 : Relier les territoires\nObjectif 1 : la fibre\nObjectif 2 : la 5G\n"
              "Axe 2 : Former les habitants\nObjectif 1 : les ateliers\nAxe 3 : Ouvrir les données\n")
    assert axes(doc) == ["Relier les territoires", "Former les habitants", "Ouvrir les données"]
    # sections numbered again with other titles are sub-sections, not a sequence
    assert axes(txt("Le plan 2024-2026 :\n\nAxe 1 : Réduire\nAxe 2 : Trier\nAxe 1 : Former\n")) == []


def test_numbered_lines_of_a_report_without_a_count_are_not_axes():
    assert axes(txt("Rapport d'activité 2023\n\n1. Le mot du président\n2. Les chiffres clés\n3. Les perspectives\n")) == []


def test_objectives_numbered_once_in_a_named_strategy():
    text = "Plan climat 2024-2030\n\nObjectif 1 : Réduire\nTexte.\nObjectif 2 : Produire\nObjectif 3 : Adapter\n"
    assert axes(txt(text)) == ["Réduire", "Produire", "Adapter"]
    # numbered again (within each axis), or in a document that names no strategy: not axes
    assert axes(txt(text.replace("Objectif 3", "Objectif 1"))) == []
    assert axes(txt(text.replace("Plan climat 2024-2030", "Rapport 2024"))) == []


def test_a_title_counting_the_parts_over_numbered_lines():
    text = ("Les 4 ambitions numériques de Valbois\n==========\n\nLa ville se donne un cap.\n\n"
            "1/ Des écoles équipées\n\n2/ Des démarches simples\n\n3/ Un réseau fiable\n\n"
            "4/ Des données ouvertes\n\n1/ Des écoles équipées\n\nLe texte de la première.\n")
    assert axes(txt(text)) == ["Des écoles équipées", "Des démarches simples", "Un réseau fiable", "Des données ouvertes"]
    assert strategy(txt(text))[0] == "Les 4 ambitions numériques de Valbois"


def test_an_excerpt_cut_after_the_first_of_the_announced_sections():
    # the page announces five axes and the excerpt stops inside the first one
    head = "Schéma des mobilités de Valbois\n\nNotre action se structure autour de 5 axes stratégiques :\n\n"
    body = "\n    Le réseau de bus sera réorganisé pour desservir chaque quartier.\n"
    text = head + "  • Axe 1 – Des transports pour tous\n" + body
    assert axes(txt(text)) == ["Des transports pour tous"]
    # the document goes on without the next axis: an "Axe 1" alone is no listing
    assert axes(txt(text + "\n" + "La suite du texte parle d'autre chose. " * 100 + "\n")) == []
    # numbered lines too: "1. Relier" then the end of the excerpt
    assert axes(txt(head + "1. Relier les quartiers\n" + body)) == ["Relier les quartiers"]


def test_a_line_of_its_own_counts_the_domains():
    text = ("Plan lumière de Valbois\n\nLa ville agit dès cet hiver.\n3 DOMAINES D’ACTION\n1. ÉCLAIRAGE\n"
            "• Extinction la nuit.\n2. BÂTIMENTS\n• Chauffage à 19 °C.\n3. VÉHICULES\n• Flotte électrique.\n")
    assert axes(txt(text)) == ["ÉCLAIRAGE", "BÂTIMENTS", "VÉHICULES"]
    # a count inside a sentence, not a line of its own, announces nothing without a colon
    assert axes(txt(text.replace("\n3 DOMAINES D’ACTION\n", " Elle agit dans 3 domaines d’action cet hiver.\n"))) == []
    # the count's line stands right over the first part, not a paragraph away
    assert axes(txt(text.replace("D’ACTION\n", "D’ACTION\nLa ville détaille ses choix.\n"))) == []


def test_numbered_steps_in_the_infinitive_of_a_named_strategy():
    text = ("Valbois vote un budget vert\n==========\n\nLe conseil municipal a adopté la démarche en quatre temps.\n\n"
            "1. Compter les trajets : un relevé dans chaque école ;\n\n"
            "2. Choisir un seuil annuel (par exemple pour l’an prochain) ;\n\n"
            "3. S’entourer des habitants ;\n\n4. Rendre compte chaque année\n\nLa suite de l’article.\n")
    assert axes(txt(text)) == ["Compter les trajets", "Choisir un seuil annuel", "S’entourer des habitants",
                               "Rendre compte chaque année"]
    # a document that names no strategy, nouns rather than verbs, a numbering that restarts, or
    # fewer than three steps: no axes
    assert axes(txt(text.replace("budget vert", "premier repas partagé"))) == []
    assert axes(txt(text.replace("3. S’entourer des", "3. Notre cercle des"))) == []
    assert axes(txt(text + "\n1. Participer au vote\n")) == []
    assert axes(txt(text.replace("3. S’entourer des habitants ;\n\n4. Rendre", "Rendre"))) == []
    # a count of parts announced before them that is not theirs (the document going on after them)
    more = "\n" + "Un long texte sans autre étape numérotée. " * 80 + "\n"
    assert axes(txt(text + more)) != []
    assert axes(txt(text.replace("en quatre temps", "en cinq axes") + more)) == []


def test_a_heading_naming_a_strategy_over_lines_in_the_infinitive():
    page = ("# Les adresses de Valbois\n\nUn service pour toutes les communes.\n\n## Feuille de route\n\n"
            "Former les bénévoles du quartier\nsur\nS’entourer des associations locales\n"
            "Publier chaque adresse une fois,\navec le nom exact de la voie\n12\n\n## Contacts\n\nÉcrire à la mairie.\n")
    assert axes(md(page)) == ["Former les bénévoles du quartier", "S’entourer des associations locales",
                              "Publier chaque adresse une fois, avec le nom exact de la voie"]
    assert strategy(md(page))[0] == "Feuille de route"
    # nouns rather than verbs, a heading naming no strategy, an event's "Programme": no axes
    assert axes(md(page.replace("Former les bénévoles", "Les bénévoles"))) == []
    assert axes(md(page.replace("## Feuille de route", "## Nos services"))) == []
    assert axes(md(page.replace("## Feuille de route", "## Programme"))) == []


def test_the_strategy_a_title_names():
    steps = "\n\nLe conseil a voté.\n\n1. Compter les trajets\n\n2. Relier les écoles\n\n3. Former les enfants\n"
    # a headline: from the strategy word on, in the part that holds it
    assert strategy(txt("Valbois adopte son premier plan vélo : une première\n=====" + steps))[0] == "plan vélo"
    # a title that is the strategy's name, with its publication after a dash
    assert strategy(txt("Plan vélo de Valbois – Dossier de presse\n=====" + steps))[0] == "Plan vélo de Valbois"


def test_an_acronym_is_a_name_the_title_does_not_replace():
    text = ("# Plan climat de Valbois\n\nLe PCAET s'articule autour de trois axes.\n\n"
            "## 1. Sobriété\n\n## 2. Mobilités\n\n## 3. Adaptation\n")
    assert strategy(md(text))[0] == "PCAET"
    assert strategy(md(text.replace("Le PCAET", "Le plan")))[0] == "Plan climat de Valbois"


def test_the_horizon_of_a_strategy_named_without_a_period():
    page = ("# Stratégie Valbois Demain\n\nLa stratégie Valbois Demain donne un cap à l’horizon 2040, pour tous.\n\n"
            "Elle s'articule autour de trois axes.\n\n## 1. Relier\n\n## 2. Former\n\n## 3. Ouvrir\n")
    assert strategy(md(page))[1:] == (None, 2040)
    # a dated target after a colon is not its horizon
    targets = page.replace("donne un cap à l’horizon 2040, pour tous.",
                           "fixe un objectif : moins 20 % d’émissions d’ici 2030.")
    assert strategy(md(targets))[1:] == (None, None)


def test_a_table_of_contents_run_on_one_line():
    # the line breaks of the contents were lost: each section opens after the previous one's page
    doc = txt("Plan climat de Valbois\n\n"
              "Sommaire Introduction 2 Partie II. Nos choix 8 Axe transversal : Animer le plan 8 Axe 1 : Rénover "
              "les logements 10 Axe 2 : Relier les bourgs à vélo 13 Axe 3 : Nourrir le territoire 17 Annexe 1 : "
              "Glossaire 21\n\nLe territoire compte de nombreux villages.\n")
    assert axes(doc) == ["Animer le plan", "Rénover les logements", "Relier les bourgs à vélo",
                         "Nourrir le territoire"]
    # one section after a page number is no table of contents: the line is read as it stands
    single = txt("Plan climat de Valbois\n\nSommaire Introduction 2 Axe 1 : Rénover les logements 10 Annexe 21\n")
    assert axes(single) == []


def test_an_unnumbered_transversal_axis_beside_the_numbered_ones():
    doc = txt("Feuille de route de Valbois\n\nAxe 1 : Rénover les logements\nDes aides aux ménages.\n\n"
              "Axe 2 : Relier les bourgs\nDes pistes cyclables.\n\nAxe transversal : Évaluer chaque année\n")
    assert axes(doc) == ["Rénover les logements", "Relier les bourgs", "Évaluer chaque année"]
    # apart from numbered axes, a transversal label alone is no strategy's axis list
    alone = txt("Feuille de route de Valbois\n\nAxe transversal : Évaluer chaque année\nUn bilan.\n")
    assert axes(alone) == []


def test_sections_under_the_outline_numbers_of_a_report():
    # "3.1 Axe 1 – ...": the report's own numbering before the strategy's label
    doc = txt("Schéma numérique 2024-2028\n\n3.1 Axe 1 – Relier les quartiers\nUn texte.\n\n"
              "3.2 Axe 2 – Former les agents\n\n3.3 Axe 3 – Ouvrir les données\n")
    assert axes(doc) == ["Relier les quartiers", "Former les agents", "Ouvrir les données"]
    # numbers that skip are no sequence
    assert axes(txt(doc.text.replace("3.2 Axe 2", "3.2 Axe 4"))) == []


def test_a_table_of_contents_whose_outline_entries_run_on():
    doc = txt("Programme local de l'habitat\n\nSommaire\n\n"
              "4 LES ORIENTATIONS ... 17\n\n"
              "4.1 Axe 1 – Relier les quartiers 4.2 Axe 2 – Former les agents ... 19\n\n"
              "4.3 Axe 3 – Ouvrir les données ... 21\n")
    assert axes(doc) == ["Relier les quartiers", "Former les agents", "Ouvrir les données"]


def test_a_first_section_run_on_after_the_announcing_colon():
    doc = txt("Stratégie 2025\n\nUne stratégie en 3 axes :Axe 1 : Relier les quartiers\n\n"
              "Axe 2 : Former les agents\n\nAxe 3 : Ouvrir les données\n")
    assert axes(doc) == ["Relier les quartiers", "Former les agents", "Ouvrir les données"]
    # after a colon that announces no axes, "Axe 1" is not a section's opening
    assert axes(txt(doc.text.replace("en 3 axes :", "en 3 temps :"))) == []


def test_a_label_run_into_its_title_in_capitals():
    # a PDF's label box and title left with only a space between them
    doc = txt("Stratégie de l'eau 2025-2030 de Valbois\n\n"
              "AXE 1 ÉCONOMISER L’EAU DANS LES BÂTIMENTS\nLa commune posera des compteurs.\n\n"
              "AXE 2 PROTÉGER LES SOURCES\nLes captages seront clos.\n\n"
              "AXE 3 PARTAGER LA RESSOURCE\n")
    assert axes(doc) == ["ÉCONOMISER L’EAU DANS LES BÂTIMENTS", "PROTÉGER LES SOURCES", "PARTAGER LA RESSOURCE"]


def test_a_label_before_words_in_running_case_needs_its_separator():
    doc = txt("Stratégie de l'eau 2025-2030 de Valbois\n\n"
              "Axe 1 Économiser l'eau dans les bâtiments\nLa commune posera des compteurs.\n\n"
              "Axe 2 Protéger les sources\n\nAxe 3 Partager la ressource\n")
    assert axes(doc) == []


def test_issues_in_a_contents_with_spaced_dot_leaders():
    # "Enjeu" numbers the parts of anything: read in a named strategy with no other axes; the
    # contents' leaders are spaced dots, the entry's summary runs on after the page number
    doc = txt("Stratégie des haies 2024-2029\n\n"
              "ENJEU 1 CONNAÎTRE LES HAIES DU BOCAGE . . . . . . . . . 12 en réunissant les relevés\n\n"
              "ENJEU 2 REPLANTER LES HAIES . . . . . . . . 20 avec les exploitants\n\n"
              "ENJEU 3 VALORISER LE BOIS . . . . . . . . . . 31\n")
    assert axes(doc) == ["CONNAÎTRE LES HAIES DU BOCAGE", "REPLANTER LES HAIES", "VALORISER LE BOIS"]


def test_lettered_sections_announced_by_a_count():
    doc = txt("Le schéma des mobilités 2026-2031 de Valbois s'articule autour de trois axes.\n\n"
              "A. Relier les bourgs\nLes lignes de car seront renforcées.\n\n"
              "B. Partager la voirie\nDes bandes cyclables seront tracées.\n\n"
              "C. Accompagner les habitants\n")
    assert axes(doc) == ["Relier les bourgs", "Partager la voirie", "Accompagner les habitants"]


def test_lettered_lines_no_count_announces_are_not_axes():
    doc = txt("Le schéma des mobilités 2026-2031 de Valbois a été voté hier soir.\n\n"
              "A. Relier les bourgs\n\nB. Partager la voirie\n\nC. Accompagner les habitants\n")
    assert axes(doc) == []


def test_sub_parts_of_an_outline_part_naming_the_axes_run_on_one_line():
    # a table of contents whose line breaks were lost: part 3 names the axes, its sub-parts are they
    doc = txt("Programme local de l'habitat 2026-2031 de Valbois\n\n"
              "Sommaire 1. Préambule 1.1 Le cadre 2. Le diagnostic 2.1 La population 2.2 Le parc "
              "3. Les orientations du programme 3.1 Produire des logements abordables 3.2 Rénover le parc ancien "
              "3.3 Loger les jeunes actifs 4. Annexes 12\n")
    assert axes(doc) == ["Produire des logements abordables", "Rénover le parc ancien", "Loger les jeunes actifs"]


def test_sub_parts_of_an_outline_part_of_another_kind_are_not_axes():
    doc = txt("Programme local de l'habitat 2026-2031 de Valbois\n\n"
              "Sommaire 1. Préambule 1.1 Le cadre 2. Le diagnostic 2.1 La population 2.2 Le parc "
              "2.3 Les jeunes actifs 3. Annexes 12\n")
    assert axes(doc) == []
