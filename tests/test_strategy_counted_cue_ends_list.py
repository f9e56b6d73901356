"""A sentence counting a strategy's parts and ending with a colon, run into the last item of a list
above it with no blank line ("- Recycler 60 % des déchets en 2030" then "Le plan compte trois axes :"),
ends that list at the item's own line; the list under the sentence is read on its own
(strategy_announced_lists.py). Invented texts only."""

from __future__ import annotations

from .support import axes

TARGETS = ("Plan déchets de Valbrune\n\n"
           "Le plan retient les objectifs réglementaires suivants :\n"
           "- La baisse de 12 % des ordures ménagères par habitant en 2031\n"
           "- Le tri de 70 % des emballages en 2028\n"
           "- La fin de l'enfouissement des biodéchets en 2027\n")


def test_a_counted_announcement_run_into_a_target_list_starts_the_axes():
    text = (TARGETS + "Le plan déchets de Valbrune\n"
            "Adopté par le conseil communautaire, le plan compte trois axes :\n"
            "- Agir sur le compostage de quartier\n"
            "- Agir sur le réemploi des meubles\n"
            "- Agir sur les achats des services\n")
    assert axes(text) == ["Agir sur le compostage de quartier", "Agir sur le réemploi des meubles",
                          "Agir sur les achats des services"]


def test_a_run_in_sentence_counting_no_parts_does_not_cut_the_list():
    # the sentence after the last target names no count of parts: it is read as that item's
    # wrapped lines, and the whole list, targets for most of its items, gives no axes
    text = (TARGETS + "Le plan déchets de Valbrune\n"
            "Adopté par le conseil communautaire, le plan prévoit les actions suivantes :\n"
            "- Agir sur le compostage de quartier\n"
            "- Agir sur le réemploi des meubles\n")
    assert "Agir sur le compostage de quartier" not in axes(text)
