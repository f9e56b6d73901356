"""Strategy axes on made-up texts (names and places invented): orientations listed with their label and
headed without it, priorities gone through by ordinal, challenges counted, axes holding commas."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows
from pipelines.extract.strategy_text import _axis_key

from .support import axes, doc_of


# A page announcing the orientations and listing them labelled, one a line: read as a list (the
# label kept) and as numbered sections (the title alone), each orientation is one axis.
LABELLED_LINES = ("Le projet de territoire 2021-2027 de la communauté de Valbois fixe le cap des six prochaines "
                  "années pour les douze communes membres et leurs habitants.\n"
                  "Il fixe les orientations stratégiques en s'appuyant sur le diagnostic partagé avec les communes "
                  "et sur les priorités que les élus ont débattues au printemps.\n"
                  "Trois orientations stratégiques ont ainsi été fixées :\n"
                  "Orientation 1 : Vers un bourg plus vivant\n"
                  "Orientation 2 : Vers des rivières préservées\n"
                  "Orientation 3 : Vers une économie de proximité\n")


def test_an_axis_listed_with_its_label_and_headed_without_it_is_one_axis():
    found = axes(LABELLED_LINES)
    assert len(found) == 3
    assert [_axis_key(a) for a in found] == [_axis_key(t) for t in (
        "Vers un bourg plus vivant", "Vers des rivières préservées", "Vers une économie de proximité")]


def test_the_label_is_dropped_from_the_comparison_only_before_a_title():
    assert _axis_key("Axe 2 – Relier les quartiers") == _axis_key("Relier les quartiers")
    assert _axis_key("Orientation stratégique n°3 : Former") == _axis_key("Former")
    # a title that opens with a structure word but no number keeps it
    assert _axis_key("Axe vert des berges") != _axis_key("vert des berges")
    # a label alone is not emptied
    assert _axis_key("Axe 2") != ""


# A page going through its priorities by ordinal and axis word, one paragraph each, without
# counting them first.
NAMED_ORDINALS = ("La stratégie numérique de Valbois a été adoptée en mars par le conseil.\n\n"
                  "La première priorité est d'abord de former les habitants en aidant ceux qui débutent. "
                  "Il s'agit aussi de garder un accueil au guichet.\n\n"
                  "La deuxième priorité est l'économie locale : commerce, artisanat et tourisme.\n\n"
                  "La troisième priorité sera celle d'un numérique sobre, au service de la transition.\n")


def test_priorities_gone_through_by_ordinal_without_a_count_are_the_axes():
    assert axes(NAMED_ORDINALS) == ["former les habitants en aidant ceux qui débutent", "l'économie locale",
                                    "un numérique sobre"]


def test_ordinals_out_of_order_or_of_other_words_are_not_axes():
    # ordinals of another word than a part's ("étape" is a method's), or not in order
    assert axes(NAMED_ORDINALS.replace("priorité", "étape")) == []
    swapped = NAMED_ORDINALS.replace("La deuxième priorité", "La quatrième priorité")
    assert axes(swapped) == []
    # an ordinal inside a sentence does not open a part
    inside = NAMED_ORDINALS.replace("La deuxième priorité est", "Selon elle, la deuxième priorité est")
    assert axes(inside) == []


# "politique publique" names a strategy as a territory adopts it ("sa politique publique du sport").
NAMED_POLICY = NAMED_ORDINALS.replace("La stratégie numérique de Valbois a été adoptée",
                                      "La politique publique du numérique de Valbois a été adoptée")


def test_a_public_policy_gone_through_by_ordinal_is_a_strategy():
    rows = strategy_rows([doc_of(NAMED_POLICY)])
    assert [r["axis"] for r in rows][1:] == ["l'économie locale", "un numérique sobre"]
    assert rows[0]["strategy_name"].lower().startswith("politique publique")


def test_a_strategy_counting_its_challenges_lists_its_axes():
    text = ("Le plan climat 2024-2030 de Valbois s'articule autour de trois défis : réduire les émissions, "
            "protéger la ressource en eau et adapter les quartiers.\n")
    assert axes(text) == ["réduire les émissions", "protéger la ressource en eau", "adapter les quartiers"]
    # the same count of challenges with no strategy named: a club's season, no axes
    club = text.replace("Le plan climat 2024-2030 de Valbois", "La saison du club de Valbois")
    assert axes(club) == []


def test_two_axes_holding_commas_are_set_apart_by_a_comma_and_et():
    text = ("Le plan vélo de Valbois se déploie sur deux axes : les pistes, donc la voirie, "
            "et les services, avant tout la location et les ateliers.\n")
    assert axes(text) == ["les pistes, donc la voirie", "les services, avant tout la location et les ateliers"]
    # without a comma inside the items, ", et" alone sets nothing apart: three items for two axes
    plain = ("Le plan vélo de Valbois se déploie sur deux axes : les pistes, les parkings, "
             "et les services.\n")
    assert axes(plain) == []
