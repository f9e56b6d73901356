"""A strategy that counts its fields of action in a sentence and names them after a colon ("Le
projet couvre cinq grands champs d'intervention : A, B, ..."; strategy.yaml ``inline_axis_words``,
read after a size adjective only), an item maybe holding a remark in parentheses naming what it
includes ("les forêts (dont les haies)"; ``item_inclusion_words``) that does not end the
enumeration: the items are its axes when they number exactly the count (strategy_enumerations.py).
Invented texts only."""

from __future__ import annotations

from .support import axes

TITLE = "Projet alimentaire territorial de Valbrune"


def plan(count: str, adjective: str = "grands ", remark: str = "dont les haies") -> str:
    return ("Projet alimentaire territorial de Valbrune\n\n"
            "Le projet alimentaire territorial de Valbrune fait de la cantine un fil conducteur. Il couvre "
            f"{count} {adjective}champs d’intervention : les sols et les semences, le commerce, les forêts "
            f"({remark}), la culture, la mobilité.\n\nLa concertation reprendra en mai.\n")


def test_counted_fields_of_action_named_after_a_colon_are_the_axes():
    assert axes(plan("cinq"), title=TITLE) == ["les sols et les semences", "le commerce",
                                               "les forêts (dont les haies)", "la culture", "la mobilité"]


def test_fields_without_a_size_adjective_or_miscounted_give_no_axes():
    # "cinq champs" alone may be anything's range; a count the items do not match is no list of parts
    assert axes(plan("cinq", adjective=""), title=TITLE) == []
    assert axes(plan("six"), title=TITLE) == []
    # a remark explaining an item, not naming what it includes, ends the enumeration there
    assert axes(plan("cinq", remark="pour les protéger"), title=TITLE) == []
