"""An aim said to be double or triple, with the strategy named only after it in its paragraph:
"cette stratégie" names the aim's strategy, "une stratégie de ..." brings in another one (made-up
texts, names and places invented)."""

from __future__ import annotations

from .support import axes


_TEXT = ("Les Rencontres du jardin de Valbrune\n\n"
         "Chaque automne, ce rendez-vous des jardiniers poursuit une triple ambition : partager les semences, "
         "former les enfants et ouvrir les jardins. {} pour les prochaines saisons.\n\nLa suite en mai.\n")


def test_an_aim_before_this_strategy_gives_its_axes():
    text = _TEXT.format("Voilà le sens de cette stratégie")
    assert axes(text) == ["partager les semences", "former les enfants", "ouvrir les jardins"]


def test_an_aim_before_a_strategy_brought_in_by_an_indefinite_article_gives_no_axes():
    text = _TEXT.format("Le rendez-vous se fonde aussi sur une stratégie de certification des clubs")
    assert axes(text) == []
