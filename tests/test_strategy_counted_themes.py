"""A strategy that counts its parts over a bulleted list, with a word for the parts of anything
("Il est organisé en quatre thèmes :", strategy.yaml ``counted_list_words``) or in a heading that
names the plan before the count ("Plan « Valbrune 2030 » en quatre axes"): the items are its axes
when they number exactly the count (strategy_announced_lists.py). Invented texts only."""

from __future__ import annotations

from .support import axes

ITEMS = ("- Renforcer l’aide alimentaire pour tous.\n- Développer une restauration collective exemplaire.\n"
         "- Développer l’agriculture urbaine.\n- Réduire les gaspillages.\n\nLa concertation reprendra en mai.\n")


def plan(count: str, word: str = "thèmes") -> str:
    return ("Projet alimentaire territorial de Valbrune 2030\n\nVoici le plan d’action du projet alimentaire "
            f"territorial. Il est organisé en {count} {word} :\n" + ITEMS)


def test_as_many_items_as_the_counted_themes_are_the_axes():
    assert axes(plan("quatre")) == ["Renforcer l’aide alimentaire pour tous",
                                    "Développer une restauration collective exemplaire",
                                    "Développer l’agriculture urbaine", "Réduire les gaspillages"]
    assert len(axes(plan("4", "grandes thématiques"))) == 4


def test_a_count_the_list_does_not_match_gives_no_axes():
    assert axes(plan("cinq")) == [] and axes(plan("trois")) == []


def headed(count: str) -> str:
    return ("Le conseil a adopté son plan pour l’alimentation.\n"
            f"Plan « Valbrune 2030 » en {count} axes\n" + ITEMS)


def test_a_heading_naming_the_plan_then_counting_its_axes_announces_them():
    assert len(axes(headed("quatre"))) == 4 and axes(headed("quatre"))[0] == "Renforcer l’aide alimentaire pour tous"
    assert axes(headed("six")) == []


def test_a_projects_demands_counted_over_their_list():
    text = ("Objectif 2030 : Projet de territoire\n\n"
            "Partager une vision commune du territoire de Valbrune à l'horizon 2030.\n\n"
            "4 exigences\n\n"
            "  • combattre les dérèglements climatiques ;\n"
            "  • garantir la qualité de vie pour tous ;\n"
            "  • anticiper les évolutions de la ville ;\n"
            "  • s'affirmer comme un territoire métropolitain.\n")
    assert axes(text, title="Objectif 2030 : Projet de territoire") == [
        "combattre les dérèglements climatiques", "garantir la qualité de vie pour tous",
        "anticiper les évolutions de la ville", "s'affirmer comme un territoire métropolitain"]


def test_directions_counted_in_a_sentence_and_named_after_its_colon():
    text = ("Le projet de territoire de la communauté de Valbrune\n\n"
            "Les élus ont choisi de définir deux grandes directions dans leurs réflexions : l'économie et la "
            "mutualisation.\n\nLe conseil se réunira en mai.\n")
    assert axes(text, title="Projet de territoire de Valbrune") == ["l'économie", "la mutualisation"]
