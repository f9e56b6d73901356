"""Moments of a day a press preview counts, then names after a colon, on made-up text (names and
places invented)."""

from __future__ import annotations

from pipelines.extract.session_counted_moments import counted_moments

from .support import doc_of


def moments(text: str) -> list[tuple[str, str]]:
    return [(kind, title) for title, _, _, kind in counted_moments(doc_of(text))]


def test_moments_counted_then_named():
    text = ("La foire de Valbois ouvre samedi. Deux moments forts rythmeront la journée : la visite "
            "du marché aux plants à 11h et le bal des pompiers à 21 heures.\n")
    assert moments(text) == [("other", "visite du marché aux plants"), ("other", "bal des pompiers")]


def test_a_part_of_the_day_opens_an_item():
    text = ("Le réseau a organisé trois rendez-vous : le matin, un échange régional réunissant élus et "
            "techniciens, l'après-midi un atelier sur les haies et le soir une projection en plein air.\n")
    assert moments(text) == [("other", "échange régional réunissant élus et techniciens"),
                             ("workshop", "atelier sur les haies"), ("other", "projection en plein air")]


def test_a_count_that_does_not_match_the_items_or_no_moment_noun_is_nothing():
    assert moments("Deux temps forts : la remise des trophées, la visite du chantier et l'inauguration.\n") == []
    assert moments("Deux élus sont attendus : le maire de Valbois et la présidente du syndicat.\n") == []


def test_a_quoted_title_is_one_item_whatever_its_commas():
    # the commas and the "et" of a quoted title part no moments: one title where three are counted
    text = ("L'après-midi se déroulait en trois temps forts :\n\nUne première table ronde intitulée : "
            "\"Les foyers, des lieux ouverts sur la ville, entre le domicile et l'établissement\".\n\n"
            "Un intermède théâtral.\n")
    assert moments(text) == []
    two = ("La soirée comptait deux temps forts : une table ronde « Les foyers, lieux de vie et de soins » "
           "et une projection en plein air.\n")
    assert moments(two) == [("round_table", "table ronde « Les foyers, lieux de vie et de soins »"),
                            ("other", "projection en plein air")]
