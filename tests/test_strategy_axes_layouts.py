"""Strategy axes as the genre writes them, one rule per test, on made-up texts (names, places and
titles invented): a strategy named in the paragraphs before its axes, a count of axes with a year
before its colon, a list whose bullets were lost, a table of contents' entry of axes over its
titles."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import axes, doc_of


# ------------------------------------------------------------------ strategy axes
def test_the_strategy_named_in_the_paragraphs_before_a_list_of_axes():
    text = ("Le plan vélo de Valbois fixe le cap des prochaines années.\n\n"
            "Après six mois de concertation, la commune retient trois axes :\n\n"
            "- Relier les quartiers\n\n- Sécuriser les carrefours\n\n- Garer les vélos\n")
    rows = strategy_rows([doc_of(text)])
    assert [r["axis"] for r in rows] == ["Relier les quartiers", "Sécuriser les carrefours", "Garer les vélos"]
    assert rows[0]["strategy_name"].startswith("plan vélo")


def test_a_list_of_axes_with_no_strategy_named_before_is_none():
    text = ("Après six mois de concertation, la commune retient trois axes :\n\n"
            "- Relier les quartiers\n\n- Sécuriser les carrefours\n\n- Garer les vélos\n")
    assert axes(text) == []


def test_a_count_of_axes_with_a_year_and_an_elision_before_its_colon():
    text = ("Le projet de mandat guide l'action municipale.\n\n"
            "Le diagnostic fait ressortir 3 enjeux que la commune devra relever d'ici 2035 : "
            "la mobilité, le logement et l'eau.\n")
    assert axes(text) == ["la mobilité", "le logement", "l'eau"]


def test_a_count_of_axes_that_the_items_do_not_match_is_no_enumeration():
    text = ("Le projet de mandat guide l'action municipale.\n\n"
            "Le diagnostic fait ressortir 3 enjeux que la commune devra relever d'ici 2035 : "
            "la mobilité et le logement.\n")
    assert axes(text) == []


def test_a_list_of_axes_whose_bullets_were_lost():
    text = ("Le plan local pour la jeunesse 2026-2032 a été adopté en mars.\n\n"
            "La municipalité organise son action en trois axes :\n\n"
            "la santé pour tous\n\nla ville verte\n\nla culture partagée\n\n"
            "Le plan sera présenté aux habitants en juin, lors de réunions dans chaque quartier.\n")
    assert axes(text) == ["la santé pour tous", "la ville verte", "la culture partagée"]


def test_short_paragraphs_more_than_the_count_are_not_axes():
    text = ("Le plan local pour la jeunesse 2026-2032 a été adopté en mars.\n\n"
            "La municipalité organise son action en trois axes :\n\n"
            "la santé pour tous\n\nla ville verte\n\nla culture partagée\n\nle sport\n\n"
            "Le plan sera présenté aux habitants en juin, lors de réunions dans chaque quartier.\n")
    assert axes(text) == []


def test_a_table_of_contents_entry_of_axes_over_their_titles():
    text = ("Schéma des sentiers de randonnée 2027-2031\n\nSommaire\n"
            "Préambule ............................ p. 3\n"
            "Les orientations stratégiques ........ p. 12\n"
            "Relier les villages\nAccueillir les randonneurs\nEntretenir les chemins\n"
            "Les fiches actions ................... p. 20\n")
    assert axes(text) == ["Relier les villages", "Accueillir les randonneurs", "Entretenir les chemins"]


def test_a_table_of_contents_entry_of_another_part_gives_no_axes():
    text = ("Schéma des sentiers de randonnée 2027-2031\n\nSommaire\n"
            "Préambule ............................ p. 3\n"
            "Le diagnostic du territoire .......... p. 12\n"
            "Relier les villages\nAccueillir les randonneurs\nEntretenir les chemins\n"
            "Les fiches actions ................... p. 20\n")
    assert axes(text) == []


def test_numbered_entries_under_an_entry_of_axes_with_their_pages_on_lines_of_their_own():
    # a PDF's table of contents whose right-aligned page numbers came out on lines of their own
    text = ("Programme local de l'habitat 2027-2032 de Valbois\n\nSOMMAIRE\nSynthèse du diagnostic\np.4\n"
            "Les orientations du programme local de l'habitat\np.6\n1. Valoriser le foncier\np.6\n"
            "2. Diversifier l'offre de logements\np.8\n3. Piloter la politique de l'habitat\np.9\n"
            "Le programme d'actions\np.10\n1. Valoriser le foncier\np.12\n")
    assert axes(text) == ["Valoriser le foncier", "Diversifier l'offre de logements", "Piloter la politique de l'habitat"]
    # ... under an entry of another part, the numbered entries are no axes
    assert axes(text.replace("Les orientations du programme", "Le diagnostic du programme")) == []


def test_a_sentence_opening_on_the_count_of_parts_that_make_up_the_strategy():
    text = ("Le schéma départemental de lecture publique de Valbois\n\nLES AXES DU SCHÉMA\n\n"
            "Trois grandes priorités constituent le cœur du schéma départemental.\n\n"
            "1. Former les équipes des bibliothèques\n\nLa formation des équipes est un levier. Elle doit être poursuivie.\n\n"
            "2. Renforcer les collections\n\nLes collections restent au cœur de l'offre. Elles doivent être renouvelées.\n\n"
            "3. Développer le numérique\n\nLe numérique change les usages. Les bibliothèques doivent s'adapter.\n")
    assert axes(text) == ["Former les équipes des bibliothèques", "Renforcer les collections", "Développer le numérique"]
    # a count opening a sentence whose verb says nothing of making up the strategy announces nothing
    assert axes(text.replace("constituent le cœur du", "ont été discutées avant le")) == []


def test_text_at_the_margin_after_an_item_ending_with_a_stop_ends_the_list():
    # lines with no blank between them: after "- ... la forêt." the text goes on, then another
    # list (the steps of the plan's making, no axes) follows
    text = ("Le plan paysage de Valbois agit sur quatre axes :\n"
            "- la trame verte,\n- les rivières,\n- les haies,\n- la forêt.\n"
            "Le plan couvre douze communes. Il est révisé tous les cinq ans.\n"
            "La démarche se déroule en trois étapes :\n"
            "- Réalisation d'un état des lieux par un bureau d'études.\n"
            "- Définition des actions avec les habitants.\n"
            "- Mise en oeuvre et suivi du programme.\n")
    assert axes(text) == ["la trame verte", "les rivières", "les haies", "la forêt"]


def test_a_wrapped_item_not_ending_with_a_stop_runs_on_to_the_next_line():
    text = ("Le plan paysage de Valbois agit sur trois axes :\n"
            "- la trame verte et les corridors\n"
            "Écologiques des vallées,\n- les rivières,\n- les haies.\n")
    assert axes(text)[0] == "la trame verte et les corridors Écologiques des vallées"


# ------------------------------------------------------------------ round 15: lines, quotes, dashes
def test_a_count_of_axes_over_as_many_lines_of_one_paragraph():
    text = ("Le plan vélo de Valbois fixe le cap des prochaines années.\n\n"
            "La commune articule son action autour de 3 axes principaux :\n"
            "Relier les quartiers\nSécuriser les carrefours\nGarer les vélos\n\n"
            "Le conseil municipal en suivra la mise en œuvre chaque année avec les habitants.\n")
    assert axes(text) == ["Relier les quartiers", "Sécuriser les carrefours", "Garer les vélos"]


def test_lines_of_one_paragraph_fewer_than_the_count_are_no_axes():
    text = ("Le plan vélo de Valbois fixe le cap des prochaines années.\n\n"
            "La commune articule son action autour de 4 axes principaux :\n"
            "Relier les quartiers\nSécuriser les carrefours\nGarer les vélos\n\n"
            "Le conseil municipal en suivra la mise en œuvre chaque année avec les habitants.\n")
    assert axes(text) == []


def test_a_count_of_axes_then_as_many_quoted_phrases():
    text = ("Le conseil a adopté le plan d'action 2025-2027 pour la mobilité.\n\n"
            "Trois axes de travail ont été retenus. La commune veut d'abord « relier les quartiers entre eux ». "
            "Elle souhaite aussi « sécuriser les abords des écoles ». Enfin, le dernier axe consiste à "
            "« mieux garer les vélos ».\n")
    assert axes(text) == ["relier les quartiers entre eux", "sécuriser les abords des écoles",
                          "mieux garer les vélos"]


def test_quoted_statements_after_a_count_are_no_axes():
    text = ("Le conseil a adopté le plan d'action 2025-2027 pour la mobilité.\n\n"
            "Trois axes de travail ont été retenus. « Nous voulons aller vite. Les habitants attendent », "
            "dit le maire. « Le vélo est une priorité », ajoute son adjointe. « Rien ne se fera sans "
            "vous. Merci », conclut-il.\n")
    assert axes(text) == []


# A long quoted part, and a paragraph counting two things before quoting three parts.
LONG_ITEM = ("ouvrir les données de la mobilité et les partager avec les communes voisines, au fil de "
             "l'eau, pour adapter l'offre de transport aux besoins des habitants des quartiers et des villages")
TWO_COUNTS = ("La métropole de Valbois a dévoilé sa feuille de route des mobilités (2025-2030), qui présente "
              "les 12 mesures de la collectivité, qui s'articulent autour de trois axes : « relier les "
              "quartiers{cut} » ; « sécuriser les abords des écoles{cut} » ; et « " + LONG_ITEM + " ».\n")


def test_quoted_phrases_listed_after_the_second_count_of_a_paragraph():
    # the first count (twelve measures) is not what the quotes list; the second (three axes) is, and
    # its items, listed one after the other after its colon, may be long
    assert axes(TWO_COUNTS.format(cut="")) == ["relier les quartiers", "sécuriser les abords des écoles", LONG_ITEM]


def test_quoted_phrases_cut_short_listed_after_the_second_count_of_a_paragraph():
    # a press article quotes each part cut short ("(…)"): no inline enumeration, the quoted
    # phrases after the count that matches them are the axes
    assert axes(TWO_COUNTS.format(cut=" (…)")) == [
        "relier les quartiers (…)", "sécuriser les abords des écoles (…)", LONG_ITEM]


def test_long_quotations_spread_over_sentences_after_a_count_are_no_axes():
    text = ("La métropole de Valbois a dévoilé sa feuille de route des mobilités (2025-2030).\n\n"
            "Trois axes de travail ont été retenus. La commune veut d'abord « relier les quartiers ». "
            f"Elle souhaite aussi « sécuriser les abords des écoles ». Enfin, elle entend « {LONG_ITEM} ».\n")
    assert axes(text) == []


def test_a_list_run_into_the_text_with_dashes_and_semicolons():
    text = ("Le contrat de plan 2025-2030 soutient le numérique.\n\n"
            "Les axes prioritaires de ce volet porteront sur : - les réseaux ; - les usages des données ; "
            "- la formation des agents.\n")
    assert axes(text) == ["les réseaux", "les usages des données", "la formation des agents"]


def test_a_run_of_items_without_their_dashes_is_not_read_as_dashed():
    text = ("Le contrat de plan 2025-2030 soutient le numérique.\n\n"
            "Les axes prioritaires de ce volet porteront sur : - les réseaux ; les usages des données qui "
            "seront ouverts ; enfin la formation des agents.\n")
    assert axes(text) == []


def test_a_count_of_items_then_as_many_between_semicolons():
    text = ("La région présente son plan climat 2025-2030.\n\n"
            "Le budget financera 80 mesures réparties en trois thèmes : se loger mieux ; "
            "relier les villes, les bourgs et les champs ; produire sobrement. La suite viendra.\n")
    assert axes(text) == ["se loger mieux", "relier les villes, les bourgs et les champs", "produire sobrement"]


def test_a_count_of_items_not_matching_the_semicolons_is_no_list_of_axes():
    text = ("La région présente son plan climat 2025-2030.\n\n"
            "Le budget financera 80 mesures réparties en quatre thèmes : se loger mieux ; "
            "relier les villes, les bourgs et les champs ; produire sobrement. La suite viendra.\n")
    assert axes(text) == []


def test_quoted_count_of_grand_principles_enumerated_inline():
    # a press article quoting the count with a size adjective, then the parts, the last two joined by "et"
    text = ("Avec son plan vélo, la commune de Valbois se dote d'une feuille de route «de 12 mesures», qui "
            "répondent à «3 grands principes» : relier les bourgs, partager la voirie et former les enfants.\n")
    assert axes(text) == ["relier les bourgs", "partager la voirie", "former les enfants"]
    # the count must match the items
    assert axes(text.replace("«3 grands", "«4 grands")) == []
    # principles with no size adjective may be a method's: no axes
    assert axes(text.replace("«3 grands principes»", "3 principes")) == []


def test_an_aim_said_to_be_triple_over_a_list_of_as_many_items():
    text = ("Le plan vélo de Valbois\n\nLe plan vélo confié au syndicat Valmob vise d'abord les communes rurales. "
            "L'objectif est triple :\n- Relier les bourgs par des pistes sûres,\n- Former les enfants au vélo,\n"
            "- Garer les vélos près des gares.\n\nLa suite en juin.\n")
    assert axes(text) == ["Relier les bourgs par des pistes sûres", "Former les enfants au vélo",
                          "Garer les vélos près des gares"]
    # the list must hold as many items as the aim says
    assert axes(text.replace("triple", "double")) == []


def test_a_heading_counting_the_axes_over_a_list_of_as_many_items():
    # a heading of its own ("Les trois axes du plan"), no colon, over exactly three bullets
    text = ("Le plan local de la marche 2030 de Valbois\n"
            "Les trois axes du plan\n"
            "- Élargir les trottoirs autour des écoles, notamment près des carrefours les plus fréquentés\n"
            "- Ombrager les places\n"
            "- Baliser les chemins entre les hameaux\n")
    assert axes(text) == ["Élargir les trottoirs autour des écoles, notamment près des carrefours les plus fréquentés",
                          "Ombrager les places", "Baliser les chemins entre les hameaux"]


def test_a_heading_counting_the_axes_over_more_items_gives_no_axes():
    text = ("Le plan local de la marche 2030 de Valbois\n"
            "Les trois axes du plan\n"
            "- Élargir les trottoirs\n- Ombrager les places\n- Baliser les chemins\n- Compter les piétons\n")
    assert axes(text) == []


def test_a_heading_counting_the_axes_over_as_many_short_paragraphs():
    # the same heading over a list whose bullets were lost (a web page read as paragraphs)
    text = ("La charte paysagère 2026-2032 de Valbois\n\n"
            "Nos trois priorités\n\n"
            "Protéger les vergers\n\nOuvrir les chemins de crête\n\nRestaurer les murets\n\n"
            "Ces priorités ont été adoptées après une année de concertation avec les habitants et les "
            "exploitants du plateau, commune par commune.\n")
    assert axes(text) == ["Protéger les vergers", "Ouvrir les chemins de crête", "Restaurer les murets"]


def test_a_heading_counting_the_axes_over_fewer_short_paragraphs_gives_no_axes():
    text = ("La charte paysagère 2026-2032 de Valbois\n\n"
            "Nos trois priorités\n\n"
            "Protéger les vergers\n\nOuvrir les chemins de crête\n\n"
            "Ces priorités ont été adoptées après une année de concertation avec les habitants et les "
            "exploitants du plateau, commune par commune.\n")
    assert axes(text) == []


# ------------------------------------------------------------------ lettered parts in capitals
def test_the_parts_an_outline_letters_in_capitals_are_the_axes():
    text = ("Schéma directeur numérique de Valbois\n\nSOMMAIRE\n\n"
            "A - RELIER LES HAMEAUX AU RÉSEAU A1 - Le diagnostic des réseaux\n\n12\n\n"
            "A2 - Les projets des opérateurs\n\n"
            "B - COUVRIR LES VALLÉES EN MOBILE\n\n20\n\n"
            "C - COORDONNER LES TRAVAUX\n\n28\n")
    assert axes(text, "Schéma directeur numérique de Valbois") == [
        "RELIER LES HAMEAUX AU RÉSEAU", "COUVRIR LES VALLÉES EN MOBILE", "COORDONNER LES TRAVAUX"]


def test_lettered_items_in_lower_case_are_no_parts():
    text = ("Schéma directeur numérique de Valbois\n\n"
            "A - relier les hameaux au réseau\n\nB - couvrir les vallées en mobile\n\n"
            "C - coordonner les travaux\n")
    assert axes(text, "Schéma directeur numérique de Valbois") == []


# ------------------------------------------------------------------ counted parts in parentheses
def test_a_count_of_objectives_then_as_many_items_in_parentheses():
    text = ("Le plan arbres de Valbois poursuit trois objectifs (planter, arroser et "
            "partager), chacun suivi par un comité.\n")
    assert axes(text) == ["planter", "arroser", "partager"]


def test_a_count_of_objectives_over_fewer_items_in_parentheses_gives_no_axes():
    text = ("Le plan arbres de Valbois poursuit trois objectifs (planter et "
            "arroser), chacun suivi par un comité.\n")
    assert axes(text) == []


# ------------------------------------------------------------------ a symbol font's bullets
def test_sections_behind_a_symbol_fonts_bullet_read_as_a_letter():
    # an arrow of a PDF's symbol font read as "è", glued to the label or not
    text = ("Plan de mobilité des agents de Valbois\n\n"
            "èAXE 1 :RELIER LES SITES À VÉLO\n\nè AXE 2 : PARTAGER LES VOITURES DE SERVICE\n\n"
            "èAXE 3 : INFORMER LES AGENTS\n")
    assert axes(text, "Plan de mobilité des agents de Valbois") == [
        "RELIER LES SITES À VÉLO", "PARTAGER LES VOITURES DE SERVICE", "INFORMER LES AGENTS"]


def test_a_letter_outside_the_symbol_bullets_before_a_label_is_no_section():
    text = ("Plan de mobilité des agents de Valbois\n\n"
            "xAXE 1 :RELIER LES SITES À VÉLO\n\nx AXE 2 : PARTAGER LES VOITURES DE SERVICE\n")
    assert axes(text, "Plan de mobilité des agents de Valbois") == []


# ------------------------------------------------------------------ long section titles in capitals
def test_a_long_section_title_in_capitals_stays_in_its_sequence():
    long_title = ("AMÉNAGER DES ABRIS SÉCURISÉS POUR LES VÉLOS DES AGENTS PRÈS DE CHAQUE BÂTIMENT ET OUVRIR UN "
                  "ATELIER DE RÉPARATION OUVERT AUX HABITANTS DU QUARTIER")
    assert len(long_title.split()) > 20
    text = ("Plan de mobilité des agents de Valbois\n\n"
            "AXE 1 : RELIER LES SITES À VÉLO\n\nAXE 2 : " + long_title + "\n\nAXE 3 : INFORMER LES AGENTS\n")
    assert axes(text, "Plan de mobilité des agents de Valbois") == [
        "RELIER LES SITES À VÉLO", long_title, "INFORMER LES AGENTS"]


def test_a_long_paragraph_after_a_label_in_lower_case_is_no_title():
    text = ("Plan de mobilité des agents de Valbois\n\n"
            "Axe 1 : Relier les sites à vélo\n\nAxe 2 : des abris sécurisés pour les vélos des agents seront "
            "construits près de chaque bâtiment et un atelier de réparation ouvrira aux habitants du quartier "
            "dès la rentrée\n\nAxe 3 : Informer les agents\n")
    assert "Informer les agents" not in axes(text, "Plan de mobilité des agents de Valbois")


def test_a_contrat_de_ville_and_its_counted_priorities_in_a_sentence():
    # "contrat de ville" names a strategy; the last of the counted items keeps its own "et"
    # ("l'accès à l'emploi et les domaines des mobilités et de la santé": the cut before the article)
    text = ("Valbrune signe son contrat de ville 2024-2030\n\n"
            "Ce vendredi, Valbrune Agglomération a signé son nouveau Contrat de Ville 2024-2030. Ce nouveau "
            "contrat comprend quatre priorités : la réussite éducative, la tranquillité publique, l’accès à "
            "l’emploi et les domaines des mobilités et de la santé. Deux quartiers s'ajoutent.\n")
    assert axes(text) == ["la réussite éducative", "la tranquillité publique", "l’accès à l’emploi",
                          "les domaines des mobilités et de la santé"]
