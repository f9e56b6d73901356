"""Strategies as articles and slides write them: axes announced in a sentence without a count, a
strategy named without a period, and a heading naming a strategy over a list of its axes."""

from __future__ import annotations

from pipelines.document.markdown import read_markdown
from pipelines.extract.strategy import strategy_rows
from pipelines.document import Document, with_text_blocks

from .support import markdown_doc as md_of


def doc_of(text: str, blocks=None) -> Document:
    return with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                    text=text, page_starts=[0], blocks=blocks or []))


def axes(doc: Document) -> list[tuple]:
    return [(r["strategy_name"], r["period_start"], r["period_end"], r["axis"]) for r in strategy_rows([doc])]


def test_axes_announced_without_a_count():
    text = "Le président a présenté un plan avec plusieurs volets, pour l'économie locale, les écoles et les territoires.\n"
    assert axes(doc_of(text)) == [("plan", None, None, "l'économie locale"), ("plan", None, None, "les écoles"),
                                  ("plan", None, None, "les territoires")]


def test_semicolons_keep_an_item_with_et_whole():
    text = ("Le projet de territoire 2021-2026 porte sur les axes suivants : soutenir l'emploi ; "
            "préserver le climat et l'eau ; accueillir.\n")
    assert [a[3] for a in axes(doc_of(text))] == ["soutenir l'emploi", "préserver le climat et l'eau", "accueillir"]
    assert axes(doc_of(text))[0][1:3] == (2021, 2026)


def test_a_heading_over_a_list():
    built, _ = read_markdown("## Plan d'action 2024\n\n- Sobriété\n- Formation des agents\n- Achats durables\n")
    doc = doc_of(built.text(), built.blocks)
    assert axes(doc) == [("Plan d'action 2024", 2024, 2024, a) for a in ("Sobriété", "Formation des agents", "Achats durables")]


def test_a_timetable_under_a_programme_heading_is_not_a_strategy():
    built, _ = read_markdown("## Programme\n\n- 9h : accueil\n- 9h30 : ouverture\n- 10h : ateliers\n")
    assert axes(doc_of(built.text(), built.blocks)) == []


def test_an_enumeration_without_strategy_or_axis_word_is_nothing():
    assert axes(doc_of("Nos priorités du jour : la sécurité, la santé.\n")) == []


def test_a_count_and_axis_word_then_a_few_words_before_the_colon():
    text = ("Dans son plan pour les écoles, cinq ambitions ont été retenues comme essentielles : la lecture, "
            "le sport, la cantine, les sorties et le numérique.\n")
    assert [a[3] for a in axes(doc_of(text))] == ["la lecture", "le sport", "la cantine", "les sorties", "le numérique"]
    # the count still has to match the items
    wrong = text.replace("cinq ambitions", "six ambitions")
    assert axes(doc_of(wrong)) == []


def test_numbered_actions_grouped_under_the_headings_of_their_axes():
    source = ("# Plan vélo de la commune\n\n"
              "## Mieux circuler\n\n### Action n°1 : Tracer des pistes\n\nTexte.\n\n### Action n°2 : Poser des arceaux\n\nTexte.\n\n"
              "## Mieux apprendre\n\n### Action n°3 : Former les écoliers\n\nTexte.\n\n"
              "## Mieux réparer\n\n### Action n°4 : Ouvrir un atelier\n\nTexte.\n\n### Action n°5 : Aider les clubs\n\nTexte.\n")
    built, _ = read_markdown(source)
    assert [a[3] for a in axes(doc_of(built.text(), built.blocks))] == ["Mieux circuler", "Mieux apprendre", "Mieux réparer"]
    # numbers that restart in each group are sub-sections, not one run of actions
    restarted = source.replace("n°3", "n°1").replace("n°4", "n°1").replace("n°5", "n°2")
    built, _ = read_markdown(restarted)
    assert [a[3] for a in axes(doc_of(built.text(), built.blocks))] == []


def test_numbered_actions_each_tagged_with_its_axis():
    items = [("Eau", "Réparer les fuites"), ("Eau", "Récupérer la pluie"), ("Énergie sobre", "Isoler les écoles"),
             ("Forêts et haies", "Planter des haies"), ("Énergie sobre", "Éteindre la nuit")]
    source = "# Toutes les fiches du plan climat\n\n" + "".join(
        f"{tag}\n\n## {n}. {title}\n\nBudget non renseigné\n\n" for n, (tag, title) in enumerate(items, start=1))
    built, _ = read_markdown(source)
    assert [a[3] for a in axes(doc_of(built.text(), built.blocks))] == ["Eau", "Énergie sobre", "Forêts et haies"]


def test_numbered_talks_grouped_by_parts_of_a_day_are_no_axes():
    source = ("# Programme du forum\n\n## Matinée\n\n### 1. Ouvrir les données\n\n### 2. Cartographier\n\n"
              "## Après-midi\n\n### 3. Publier\n\n## Ateliers\n\n### 4. Coder\n\n### 5. Tester\n")
    built, _ = read_markdown(source)
    assert axes(doc_of(built.text(), built.blocks)) == []
    themed = source.replace("Matinée", "Ouvrir").replace("Après-midi", "Publier").replace("Ateliers", "Coder ensemble")
    built, _ = read_markdown(themed)
    assert axes(doc_of(built.text(), built.blocks)) == []     # an event's programme, themed: no plan
    built, _ = read_markdown(themed.replace("Programme du forum", "Plan de la commune"))
    assert [a[3] for a in axes(doc_of(built.text(), built.blocks))] == ["Ouvrir", "Publier", "Coder ensemble"]


def test_priorities_announced_with_a_colon_over_headings_after_a_heading_that_repeats_the_count():
    source = ("# Feuille de route de la direction\n\n"
              "<p>Cette feuille de route est bâtie autour de trois priorités :</p>\n\n"
              "<h1>3 priorités</h1>\n\n"
              "<ol><li><h2>Ouvrir les données publiques de la collectivité à tous les habitants, aux associations, "
              "aux entreprises et aux chercheurs du territoire et au-delà.</h2><p>Texte.</p></li>\n\n"
              "<li><h2>Former les agents.</h2><p>Texte.</p></li>\n\n"
              "<li><h2>Mutualiser les outils.</h2><p>Texte.</p></li></ol>\n")
    built, _ = read_markdown(source)
    found = [a[3] for a in axes(doc_of(built.text(), built.blocks))]
    assert found[1:] == ["Former les agents", "Mutualiser les outils"]
    assert found[0].startswith("Ouvrir les données publiques") and len(found) == 3
    # without the colon, "trois priorités" only counts: no announcement of the headings
    built, _ = read_markdown(source.replace("trois priorités :", "trois priorités."))
    assert axes(doc_of(built.text(), built.blocks)) == []


LABELLED = ("Pour alléger ses factures, la commune lance un plan d'économies. Voici ce qui est déjà fait.\n\n"
            "Des écoles mieux isolées :\n- Isolation des combles de deux écoles\n- Pose de vannes thermostatiques\n"
            "Moins de lumière la nuit :\n- Extinction des lampadaires après minuit\n- Ampoules basse consommation\n"
            "Des trajets partagés :\n- Un parc de vélos pour les agents\n- Une plateforme de covoiturage\n"
            "La suite sera présentée au conseil.\n")


def test_actions_listed_under_short_labels_of_a_named_plan():
    assert axes(doc_of(LABELLED)) == [("plan d'économies", None, None, "Des écoles mieux isolées"),
                                      ("plan d'économies", None, None, "Moins de lumière la nuit"),
                                      ("plan d'économies", None, None, "Des trajets partagés")]
    # the same layout in a Markdown page: a paragraph over its list items
    assert [a[3] for a in axes(md_of(LABELLED.replace(":\n", ":\n\n").replace("\nDes", "\n\nDes").replace("\nMoins", "\n\nMoins")))] == [
        "Des écoles mieux isolées", "Moins de lumière la nuit", "Des trajets partagés"]


def test_labelled_lists_need_a_named_strategy_and_labels_that_are_no_programme():
    # no strategy named before them: a report's lists, not a plan's axes
    assert axes(doc_of(LABELLED.replace("un plan d'économies", "une campagne d'économies"))) == []
    # labels of a day's programme: an event's sessions
    programme = ("La commune présente le plan de la journée.\nMatinée :\n- Accueil\n- Visite\n"
                 "Après-midi :\n- Ateliers\n- Débat\nSoirée :\n- Concert\n- Repas\n")
    assert axes(doc_of(programme)) == []
    # a label over a single item is a remark, not a group of actions
    single = LABELLED.replace("- Pose de vannes thermostatiques\n", "")
    assert axes(doc_of(single)) == []


THEMES = ("Notre avis sur le plan climat de Valbois, adopté au printemps.\n\n"
          "Le plan reste vague sur bien des points.\n\n"
          "Trois actions ont pour thème MOBILITÉS DOUCES et COVOITURAGE ,\n\n"
          "Elles sont utiles mais peu financées.\n\n"
          "Une action porte sur la RÉNOVATION DES ÉCOLES\n\n"
          "Le calendrier n'est pas fixé.\n\n"
          "Deux actions concernent la PRODUCTION D'ÉNERGIE LOCALE\n\n"
          "Nous demandons un bilan chaque année.\n")


def test_a_plan_gone_through_theme_by_theme_in_capitals():
    assert [a[3] for a in axes(doc_of(THEMES))] == ["MOBILITÉS DOUCES et COVOITURAGE", "RÉNOVATION DES ÉCOLES",
                                                    "PRODUCTION D'ÉNERGIE LOCALE"]


def test_capitals_that_are_no_review_of_a_plan():
    # a programme's lines in capitals after a time: no sentence leads to them
    programme = ("Le plan de la journée.\n\n9H30 – 11H ATELIERS THÉMATIQUES\n\n11H – 12H GRANDE PLÉNIÈRE\n\n"
                 "14H – 16H VISITES DE TERRAIN\n")
    assert axes(doc_of(programme)) == []
    # one word in capitals is a name or a stressed word, not a theme
    assert axes(doc_of(THEMES.replace("la RÉNOVATION DES ÉCOLES", "la rénovation des ÉCOLES"))) == []
    # no strategy named before the themes
    assert axes(doc_of(THEMES.replace("le plan climat", "la politique").replace("Le plan reste", "Elle reste"))) == []


CONTENTS = ("Stratégie mobilité de Valbois\n==========\n\n"
            "Sommaire\n\n"
            "Le mot du maire ..... 2\n\n"
            "I. Marcher en ville ..... 3\n\n"
            "Nos constats ..... 3\n\n"
            "II. Pédaler sans danger ..... 6\n\n"
            "1.1 Les pistes ..... 7\n\n"
            "III. Partager la voirie ..... 9\n\n"
            "Le texte commence ici.\n")


def test_the_parts_a_table_of_contents_numbers_in_a_named_strategy():
    assert axes(doc_of(CONTENTS)) == [("Stratégie mobilité de Valbois", None, None, a)
                                      for a in ("Marcher en ville", "Pédaler sans danger", "Partager la voirie")]


def test_a_table_of_contents_that_numbers_no_axes():
    # the parts of any report are no axes
    report = CONTENTS.replace("II. Pédaler sans danger", "II. Diagnostic du territoire")
    assert axes(doc_of(report)) == []
    # numbered lines without dot leaders and a page are no table of contents
    assert axes(doc_of(CONTENTS.replace(" ..... ", " "))) == []
    # parts that skip a number are not one run
    assert axes(doc_of(CONTENTS.replace("III. Partager", "IV. Partager"))) == []
    # no strategy named
    assert axes(doc_of(CONTENTS.replace("Stratégie mobilité de Valbois", "Bulletin de Valbois"))) == []


COUNTED = ("Les élus ont adopté une charte d'avenir articulée autour de trois engagements forts.\n\n"
           "L'effort portera sur la lecture publique, les jardins partagés et surtout la santé, priorité du mandat.\n")


def test_a_sentence_ending_on_a_count_then_an_enumeration_of_as_many_items():
    assert [a[3] for a in axes(doc_of(COUNTED))] == ["la lecture publique", "les jardins partagés", "la santé"]


def test_a_count_then_a_sentence_that_enumerates_another_number_of_items():
    assert axes(doc_of(COUNTED.replace("trois engagements", "quatre engagements"))) == []
    # a count of anything ("trois réunions") announces no parts of a strategy
    assert axes(doc_of(COUNTED.replace("trois engagements forts", "trois réunions publiques"))) == []
    # the count does not end its sentence: the next one is no enumeration of it
    assert axes(doc_of(COUNTED.replace("engagements forts.", "engagements forts, votés hier."))) == []


RESTATED = ("Orientations budgétaires de Valbois\n"
            "Les mobilités, la lecture publique et les rivières. Voilà les trois axes majeurs votés hier par le conseil.\n")


def test_an_enumeration_restated_as_a_count_of_parts_by_the_next_sentence():
    # "orientations budgétaires" names the strategy the title stands for
    assert [a[3] for a in axes(doc_of(RESTATED))] == ["Les mobilités", "la lecture publique", "les rivières"]


def test_an_enumeration_restated_as_another_count_or_as_no_parts_is_no_axes():
    assert axes(doc_of(RESTATED.replace("trois axes", "quatre axes"))) == []
    assert axes(doc_of(RESTATED.replace("trois axes majeurs", "trois réunions publiques"))) == []


DETERMINED = ("Valbrune adopte son plan culture\n\n"
              "Le plan culture de Valbrune a été voté hier. Les priorités, déjà annoncées, seront partagées : "
              "soutenir la création, les résidences dans les villages et la médiation culturelle.\n")


def test_parts_named_with_an_article_then_an_enumeration_after_a_colon():
    assert [a[3] for a in axes(doc_of(DETERMINED))] == [
        "soutenir la création", "les résidences dans les villages", "la médiation culturelle"]


def test_an_enumeration_after_a_colon_under_no_parts_word_or_too_long_is_no_axes():
    assert axes(doc_of(DETERMINED.replace("Les priorités", "Les conclusions"))) == []
    longer = DETERMINED.replace("les résidences dans les villages", "les résidences d'artistes dans les villages "
                                "et les bourgs de tout le territoire départemental")
    assert axes(doc_of(longer)) == []


MISCOUNTED = ("Le plan de mandature 2031-2037 a été voté hier. Ce plan a été réalisé autour de huit axes : "
              "l'accès aux droits, la réussite des jeunes, la culture, l'agriculture durable, le sport, "
              "la santé et la simplification des démarches.\n")


def test_a_long_enumeration_counted_one_more_than_it_lists():
    assert [a[3] for a in axes(doc_of(MISCOUNTED))] == [
        "l'accès aux droits", "la réussite des jeunes", "la culture", "l'agriculture durable", "le sport",
        "la santé", "la simplification des démarches"]


def test_a_short_or_bare_enumeration_miscounted_is_no_axes():
    # three counted, two listed: too short to call it a slip
    assert axes(doc_of("Le plan vélo 2031-2037 a été voté. Il compte trois axes : les pistes et le stationnement.\n")) == []
    # items without articles: a list of anything
    bare = MISCOUNTED.replace("l'accès aux droits, la réussite", "accès aux droits, réussite")
    assert axes(doc_of(bare)) == []


RUN_IN = ("Présentation : Le plan santé de Valbrune a été construit autour de 3 axes et 12 fiches-actions : "
          "• Axe 1 : Agir dans les quartiers • Axe 2 : Petite enfance et familles • Axe 3 : Amélioration des "
          "connaissances Bilan du plan : Ce bilan met en avant les actions menées.\n")


def test_numbered_parts_run_into_one_paragraph_behind_bullets():
    assert [a[3] for a in axes(doc_of(RUN_IN))] == ["Agir dans les quartiers", "Petite enfance et familles",
                                                   "Amélioration des connaissances"]


def test_run_in_parts_out_of_order_are_no_axes():
    assert axes(doc_of(RUN_IN.replace("• Axe 2 :", "• Axe 4 :"))) == []


def test_a_list_of_labelled_heads_over_their_bullets_keeps_the_heads():
    # a strategy's levels: the labelled orientations are its axes, the actions under each are not
    text = ("Notre feuille de route porte 2 orientations, déclinées en 5 ambitions :\n"
            "Orientation 1 : Relier les bourgs\n"
            "- Ouvrir une navette le samedi\n"
            "- Tracer des pistes cyclables\n"
            "Orientation 2 : Soigner les rivières\n"
            "- Planter des haies\n"
            "- Restaurer les berges\n"
            "- Suivre la qualité de l'eau\n")
    assert [a[3] for a in axes(doc_of(text))] == ["Relier les bourgs", "Soigner les rivières"]


def test_a_list_with_one_labelled_item_or_only_labelled_items_stays_whole():
    one = ("Le plan vélo s'articule autour des ambitions suivantes :\n"
           "- Objectif 1 : doubler les arceaux\n"
           "- Tracer des pistes cyclables\n"
           "- Former les enfants\n")
    assert [a[3] for a in axes(doc_of(one))] == ["doubler les arceaux", "Tracer des pistes cyclables", "Former les enfants"]
    heads = ("Le plan vélo s'articule autour des axes suivants :\n"
             "Axe 1 : Tracer des pistes\n"
             "Axe 2 : Former les enfants\n"
             "Axe 3 : Stationner\n")
    assert [a[3] for a in axes(doc_of(heads))] == ["Tracer des pistes", "Former les enfants", "Stationner"]


def test_parts_counted_then_said_set_with_a_comma():
    # "trois axes ont été retenus, A, B et C": the participle and its comma announce the items as a
    # colon would; items in the infinitive part at the "et" before the last verb
    text = ("Le plan climat de la commune a été voté. Trois axes ont été retenus, réduire les déchets, "
            "planter des haies et créer des parcs et des jardins. La suite au prochain conseil.")
    assert [a[3] for a in axes(doc_of(text))] == ["réduire les déchets", "planter des haies",
                                                  "créer des parcs et des jardins"]
    # a count that does not match the items, or no participle of setting: nothing
    assert axes(doc_of(text.replace("Trois axes", "Quatre axes"))) == []
    assert axes(doc_of(text.replace("ont été retenus", "sont importants"))) == []


def test_a_list_whose_items_each_have_a_paragraph_under_a_strategy_heading():
    text = ("Notre stratégie numérique\n\n"
            "Le département veut avancer autour de 3 orientations :\n\n"
            "  • Relier les quartiers\n\nUn paragraphe qui décrit la première.\n\n"
            "  • Former les agents\n\nUn paragraphe qui décrit la deuxième.\n\n"
            "  • Ouvrir les données\n\nUn paragraphe qui décrit la troisième.\n\n"
            "Sur cette base, des actions suivront.\n")
    rows = strategy_rows([doc_of(text)])
    assert [r["axis"] for r in rows] == ["Relier les quartiers", "Former les agents", "Ouvrir les données"]
    assert rows[0]["strategy_name"] == "stratégie numérique"
    # a heading that names no strategy: no strategy, no axes
    assert axes(doc_of(text.replace("Notre stratégie numérique", "Nos actualités du mois"))) == []


def test_a_sentence_back_at_the_margin_ends_an_indented_list_and_targets_are_not_axes():
    text = ("Plan climat 2020-2026\n\n"
            "Ce plan porte 3 enjeux prioritaires :\n"
            "  • relier les quartiers\n  • former les agents\n  • ouvrir les données\n"
            "Ces enjeux forment la trame du plan, qui fixe pour 2030 les objectifs de :\n"
            "  • réduction de 40% des déchets ;\n  • réduction de 20 % de l'énergie ;\n  • doublement des pistes\n")
    assert [a[3] for a in axes(doc_of(text))] == ["relier les quartiers", "former les agents", "ouvrir les données"]
    # a line in lower case at the margin is the item's own words, wrapped
    wrapped = text.replace("  • ouvrir les données\n", "  • ouvrir les données\net les archives\n")
    assert [a[3] for a in axes(doc_of(wrapped))][2] == "ouvrir les données et les archives"
