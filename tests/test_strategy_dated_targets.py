"""A list under a sentence announcing aims whose items are, for most of them, a share or a deadline
year ("zéro déchet enfoui en 2045", "moins 30 % d'ici 2040"), at least one a share, lists a
strategy's targets, not its axes; the labels over them ("Énergie :") count among its items
(strategy_announced_lists.py). Invented texts only."""

from __future__ import annotations

from .support import axes

AXES = ("Plan climat de Valbrune\n\n"
        "Le plan climat de Valbrune s'articule autour des orientations suivantes :\n\n"
        "- La sobriété des bâtiments publics\n"
        "- Le développement des mobilités douces\n"
        "- La protection des zones humides\n\n")


def test_a_list_of_dated_targets_under_its_labels_gives_no_axes():
    targets = ("Quelles sont les ambitions du plan ?\n\n"
               "Les ambitions retenues par le plan sont les suivantes :\n\n"
               "- Climat :\n"
               "  - Zéro déchet enfoui en 2045,\n"
               "  - Baisse de 35 % des émissions d'ici 2035 par rapport à 2005,\n"
               "- Chaleur :\n"
               "  - Réseau de chaleur dans chaque bourg à l'horizon 2040,\n"
               "  - Moins 25 % de fioul domestique en 2032.\n")
    assert axes(AXES + targets) == ["La sobriété des bâtiments publics", "Le développement des mobilités douces",
                                    "La protection des zones humides"]


def test_a_list_with_one_dated_item_keeps_its_axes():
    # one item only sets a deadline: the list is still the plan's parts
    listed = ("Le plan climat de Trévanne s'articule autour des orientations suivantes :\n\n"
              "- Rénover les écoles d'ici 2030\n"
              "- Planter des haies le long des chemins\n"
              "- Partager les voitures entre voisins\n")
    assert axes("Plan climat de Trévanne\n\n" + listed) == [
        "Rénover les écoles d'ici 2030", "Planter des haies le long des chemins", "Partager les voitures entre voisins"]
