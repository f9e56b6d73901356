"""An inline counted enumeration the sentence runs on after, with a clause announcing something
of its own with a colon ("quatre axes : A, B, C et D, la ville se fixe un but : E"), ends at the
comma before that clause: the clause is no axis, and the last item holding two parts is split at
its "et" (strategy_enumerations.py). Invented texts only."""

from __future__ import annotations

from .support import axes


def test_a_clause_with_its_own_colon_run_on_after_the_items_is_not_an_axis():
    text = ("Plan mobilité de Trévanne\n\n"
            "Le conseil a voté un plan mobilité en 4 axes : la desserte des hameaux, "
            "le partage de la voirie, les aides à l'achat et le stationnement des cycles, "
            "la commune se donne enfin un horizon : la moitié des trajets à pied d'ici la fin du mandat.\n")
    assert axes(text) == ["la desserte des hameaux", "le partage de la voirie",
                          "les aides à l'achat", "le stationnement des cycles"]


def test_a_colon_after_one_comma_at_most_labels_an_item_and_does_not_cut_the_enumeration():
    # a colon after one comma at most labels an item: the enumeration is read whole
    text = ("Plan mobilité de Trévanne\n\n"
            "Le conseil a voté un plan mobilité en 3 axes : la desserte des hameaux, "
            "la voirie : un partage apaisé et les aides à l'achat.\n")
    assert axes(text) == ["la desserte des hameaux", "la voirie : un partage apaisé", "les aides à l'achat"]
