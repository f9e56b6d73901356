"""Strategy axes on made-up texts (names and places invented): a sentence naming a plan counts its
parts under a word of its own before a colon ("La feuille de route repose sur 4 engagements :"), over
exactly as many items in the infinitive (round 432)."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def axes(text: str) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc_of(text)])]


COUNTED = ("Valbrune adopte sa politique de l'eau\n\n"
           "Après un an d'ateliers avec les habitants de Trévanne et des hameaux, le conseil a voté ce texte. "
           "Cette feuille de route repose sur 4 engagements :\n"
           "- Protéger les sources du plateau\n"
           "- Réparer les fuites du réseau ancien\n"
           "- Informer les foyers de leur consommation\n"
           "- Planter des haies le long des ruisseaux\n\n"
           "Le maire présentera le bilan chaque printemps.\n")


def test_a_plan_counting_its_parts_under_any_word_over_as_many_infinitives_gives_the_axes():
    assert axes(COUNTED) == ["Protéger les sources du plateau", "Réparer les fuites du réseau ancien",
                             "Informer les foyers de leur consommation", "Planter des haies le long des ruisseaux"]


def test_a_count_that_the_items_do_not_match_gives_nothing():
    assert axes(COUNTED.replace("sur 4 engagements", "sur 5 engagements")) == []
