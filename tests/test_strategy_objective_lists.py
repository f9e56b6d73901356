"""Strategy axes on made-up texts (names and places invented): objectives written in the infinitive,
listed under the sentence or the title announcing them ("L'objectif est triple :", "Les 4 grands
objectifs du parc"), or run into the sentence after its colon (round r40a)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


def axes(text: str, title: str | None = None) -> list[str]:
    return [r["axis"] for r in rows(text, title)]


TRIPLE = ("La communauté de Valbois confie une mission d'appui à son agence technique.\n\n"
          "Une mission pour les écoles\n\n"
          "La mission vise d'abord les écoles du bassin. L'objectif est triple :\n"
          "- Recenser les besoins des écoles,\n"
          "- Équiper les classes de tableaux neufs,\n"
          "- Former les enseignants aux outils.\n\n"
          "Cette démarche durera deux ans.\n")


def test_an_aim_said_triple_over_infinitives_gives_the_axes_named_after_the_page():
    found = rows(TRIPLE, title="Valbois équipe ses écoles")
    assert [r["axis"] for r in found] == ["Recenser les besoins des écoles", "Équiper les classes de tableaux neufs",
                                          "Former les enseignants aux outils"]
    assert {r["strategy_name"] for r in found} == {"Valbois équipe ses écoles"}


def test_items_that_are_not_infinitives_or_too_few_or_a_bare_label_give_nothing():
    nouns = TRIPLE.replace("Recenser les besoins", "Le recensement des besoins")
    assert axes(nouns, title="Valbois équipe ses écoles") == []
    two = TRIPLE.replace("- Former les enseignants aux outils.\n", "")
    assert axes(two, title="Valbois équipe ses écoles") == []
    no_word = TRIPLE.replace("L'objectif est triple :", "Au menu :")
    assert axes(no_word, title="Valbois équipe ses écoles") == []
    label = TRIPLE.replace("La mission vise d'abord les écoles du bassin. L'objectif est triple :", "Objectifs :")
    assert axes(label, title="Valbois équipe ses écoles") == []


SHARES = ("La région a adopté son schéma des déchets.\n\n"
          "Le schéma fixe des objectifs pour la décennie :\n\n"
          "- Réduire de 15 % les déchets ménagers ;\n"
          "- Valoriser 60 % des déchets de chantier ;\n"
          "- Ouvrir une recyclerie par canton ;\n")


def test_objectives_in_the_infinitive_stating_shares_are_axes_of_the_strategy_named():
    found = rows(SHARES)
    assert [r["axis"] for r in found] == ["Réduire de 15 % les déchets ménagers", "Valoriser 60 % des déchets de chantier",
                                          "Ouvrir une recyclerie par canton"]
    assert all(r["strategy_name"].lower().startswith("schéma") for r in found)


TITLED = ("- Protéger les mares et leurs abords, grâce au suivi des gardes.\n"
          "- Restaurer les haies des bords de champs.\n"
          "Le parc aidera les communes qui le souhaitent. - Accueillir le public sur des sentiers balisés.\n"
          "- Confier les sites aux associations du pays.\n"
          "Sensibiliser les écoles aux richesses du parc, par des sorties.\n")


def test_a_page_of_objectives_under_a_title_counting_them():
    assert axes(TITLED, title="Les 5 grands objectifs du parc de Valbois") == [
        "Protéger les mares et leurs abords, grâce au suivi des gardes", "Restaurer les haies des bords de champs",
        "Accueillir le public sur des sentiers balisés", "Confier les sites aux associations du pays", "Sensibiliser les écoles aux richesses du parc, par des sorties"]


def test_a_title_with_another_count_or_no_objective_word_gives_nothing():
    assert axes(TITLED, title="Les 6 grands objectifs du parc de Valbois") == []
    assert axes(TITLED, title="Le parc de Valbois en été") == []


RUN_IN = ("La stratégie départementale pour les rivières se décline en deux parties. La première "
          "regroupe les grands objectifs du Département : protéger les berges, rouvrir les anciens\n"
          "moulins, mieux suivre la qualité de l'eau.\n")


def test_objectives_run_into_a_sentence_after_its_colon_under_a_strategy_named():
    found = rows(RUN_IN)
    assert [r["axis"] for r in found] == ["protéger les berges", "rouvrir les anciens moulins",
                                          "mieux suivre la qualité de l'eau"]
    assert {r["strategy_name"] for r in found} == {"stratégie départementale"}


def test_objectives_run_into_a_sentence_with_no_strategy_named_or_not_infinitives_give_nothing():
    # an association's aims ("parmi ses objectifs : ..."), no strategy named: not a strategy's axes
    club = ("Le club de Valbois fédère les randonneurs. Parmi ses objectifs : baliser les chemins, "
            "former les guides, accueillir les familles.\n")
    assert axes(club) == []
    nouns = RUN_IN.replace("protéger les berges, rouvrir", "la protection des berges, la réouverture des")
    assert axes(nouns) == []


def test_a_count_of_objectives_must_match_the_items():
    assert axes(TRIPLE.replace("triple", "double"), title="Valbois équipe ses écoles") == []
    assert axes(TRIPLE.replace("L'objectif est triple", "Elle poursuit quatre objectifs"), title="Valbois équipe ses écoles") == []
    assert axes(RUN_IN.replace("grands objectifs", "quatre objectifs")) == []


def test_a_label_naming_the_plans_objectives_over_infinitive_items():
    text = ("Le plan vélo de Valbrune\n\n"
            "Le Plan vélo est un projet ambitieux, avec une finalisation prévue à l'horizon 2033.\n\n"
            "Objectifs du plan\n"
            "• Répondre à la demande des familles.\n"
            "• Adapter les rues aux vélos.\n"
            "• Moderniser les parkings de la gare.\n\n"
            "Budget global\n• 10 millions d'euros sur 10 ans.\n")
    assert axes(text, title="Le plan vélo de Valbrune") == [
        "Répondre à la demande des familles", "Adapter les rues aux vélos", "Moderniser les parkings de la gare"]
    rows = strategy_rows([doc_of(text, "Le plan vélo de Valbrune")])
    assert rows[0]["strategy_name"] != "plan"          # the title names it better than the label's bare word
    # a bare label of anything's objectives announces no plan's parts
    assert axes(text.replace("Objectifs du plan", "Objectifs"), title="Le plan vélo de Valbrune") == []
