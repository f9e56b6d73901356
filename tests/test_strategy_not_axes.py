"""Lists a strategy document holds that are not its plan's parts: the means given to an action
(amounts of money, work time), a table of contents' report parts after a count of parts, and the
stakes listed in a sentence that names no strategy beside the parts a sentence naming it announces.
Texts invented."""

from __future__ import annotations

from pipelines.document import Document
from pipelines.extract.strategy import strategy_rows

from .support import doc_of as txt


def axes(doc: Document) -> list[str]:
    return [r["axis"] for r in strategy_rows([doc])]


def test_a_list_of_means_is_no_list_of_axes():
    doc = txt("Plan vélo 2024-2030 de Valbois\n\n"
              "Le plan manque de moyens au regard des enjeux du territoire :\n"
              "- Budget affiché équivalent à 2 500 € / an / action\n"
              "- soit 4 semaines de travail par an et par action\n")
    assert axes(doc) == []


def test_a_list_naming_parts_without_amounts_is_read():
    doc = txt("Plan vélo 2024-2030 de Valbois\n\n"
              "Le plan s'articule autour des enjeux suivants :\n"
              "- Relier les quartiers\n"
              "- Former les jeunes cyclistes\n")
    assert axes(doc) == ["Relier les quartiers", "Former les jeunes cyclistes"]


def test_a_contents_introduction_is_not_an_announced_part():
    doc = txt("Schéma des mobilités 2022-2026 de Valbois\n\n"
              "Le schéma devra répondre à 3 objectifs :\n\n"
              "   -   Relier les hameaux au bourg ;\n"
              "   -   Apaiser les abords des écoles ;\n"
              "   -   Partager la voirie.\n\n"
              "Sommaire\n"
              "I.        INTRODUCTION ........................................ 5\n"
              "     1.        ORIGINES......")
    assert axes(doc) == ["Relier les hameaux au bourg", "Apaiser les abords des écoles", "Partager la voirie"]


def test_a_numbered_contents_part_after_a_count_is_still_read():
    doc = txt("Schéma des mobilités 2022-2026 de Valbois\n\n"
              "Le schéma s'articule autour de trois axes :\n\n"
              "I. Relier les hameaux ........ 5\n"
              "II. Apaiser les écoles ........ 9\n"
              "III. Partager la voirie ........ 14\n")
    found = axes(doc)      # entries naming no report part: the parts the count announces
    assert [a.split(" ..")[0] for a in found] == ["Relier les hameaux", "Apaiser les écoles", "Partager la voirie"]


def test_stakes_of_the_domain_beside_the_strategy_s_own_aims():
    doc = txt("La mobilité partagée pose comme enjeux majeurs :\n"
              "- de réduire les trajets en voiture seule ;\n"
              "- de rapprocher les services des habitants.\n"
              "Pour y répondre, les communes ont bâti ensemble leur feuille de route.\n"
              "Le schéma directeur des mobilités a pour ambition de fixer un cadre commun pour :\n"
              "- relier les bourgs ;\n"
              "- ouvrir des aires de covoiturage ;\n"
              "- informer les voyageurs.\n")
    assert axes(doc) == ["relier les bourgs", "ouvrir des aires de covoiturage", "informer les voyageurs"]


def test_stakes_announced_in_a_sentence_naming_the_strategy_are_read():
    doc = txt("La feuille de route de Valbois répond aux enjeux suivants :\n"
              "- Relier les bourgs\n"
              "- Informer les voyageurs\n\n"
              "Le schéma directeur des mobilités repose sur 2 piliers : la marche et le vélo.\n")
    assert axes(doc)[:2] == ["Relier les bourgs", "Informer les voyageurs"]


def test_stakes_repeating_the_parts_the_strategy_names_are_kept():
    doc = txt("Le schéma directeur des mobilités repose sur 2 piliers : relier les bourgs et informer les voyageurs.\n\n"
              "Le territoire pose comme enjeux majeurs :\n"
              "- Relier les bourgs\n"
              "- Informer les voyageurs\n")
    assert [r["axis"] for r in strategy_rows([doc])] == ["Relier les bourgs", "Informer les voyageurs"]
