"""Strategy axes as press articles write them, on made-up texts (names and places invented): a
count of axes set off from its colon by a comma, a plan the law names ("projet alimentaire
territorial"), the strategy a title names over axes counted far below it, and the parts a plan is
said to have "comme A, B ou C"."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import axes, doc_of


def test_a_count_of_axes_set_off_from_its_colon_by_a_comma():
    text = ("Le contrat local de santé de la vallée du Brenon a été signé hier.\n\n"
            "Il s'articule autour de trois axes, jugés prioritaires par les élus : l'accès aux soins, "
            "la santé mentale, le sport sur ordonnance.\n")
    assert axes(text) == ["l'accès aux soins", "la santé mentale", "le sport sur ordonnance"]


def test_a_count_set_off_by_a_comma_must_still_match_the_items():
    text = ("Le contrat local de santé de la vallée du Brenon a été signé hier.\n\n"
            "Il s'articule autour de trois axes, jugés prioritaires par les élus : l'accès aux soins, "
            "la santé mentale.\n")
    assert axes(text) == []


def test_a_plan_the_law_names_is_a_strategy():
    text = ("Le projet alimentaire territorial de Valbois a été voté jeudi. Il compte trois axes : "
            "les circuits courts, les cantines et le gaspillage.\n")
    rows = strategy_rows([doc_of(text)])
    assert [r["axis"] for r in rows] == ["les circuits courts", "les cantines", "le gaspillage"]
    assert rows[0]["strategy_name"].startswith("projet alimentaire territorial")


def test_the_strategy_the_title_names_over_axes_counted_far_below():
    filler = "La réunion a rassemblé les clubs, les communes et les services de l'État autour de la table. " * 8
    text = (f"{filler}\n\nLe document, préparé pendant un an, définit ses objectifs autour de trois axes "
            "prioritaires : la pratique pour tous, l'équilibre des territoires et le haut niveau.\n")
    title = "La région Valmont adopte son plan sport"
    rows = strategy_rows([doc_of(text, title)])
    assert [r["axis"] for r in rows] == ["la pratique pour tous", "l'équilibre des territoires", "le haut niveau"]
    assert rows[0]["strategy_name"].startswith("plan sport")
    # no strategy in the title nor in the text: no axes
    assert axes(text, "La région Valmont réunit ses clubs") == []


def test_the_parts_a_plan_is_said_to_have_like_a_b_or_c():
    text = ("Le plan jeunesse de Valbois a été présenté vendredi. Se déclinant en plusieurs volets comme "
            "la santé, le logement ou la mobilité, il entre dans une phase concrète, explique son adjoint.\n")
    assert axes(text) == ["la santé", "le logement", "la mobilité"]


def test_examples_of_anything_else_are_not_parts_of_a_plan():
    # "comme" after a word that names no part of a strategy ("thèmes"), or no item closed by "ou"/"et"
    text = ("Le plan jeunesse de Valbois aborde plusieurs thèmes comme la santé, le logement ou la mobilité.\n\n"
            "Le plan jeunesse de Valbois compte des volets comme la santé, qui reste la priorité des élus.\n")
    assert axes(text) == []


def test_counted_axes_set_apart_by_semicolons_hold_commas():
    text = ("Le plan vélo de Valbois a été voté lundi. Il s'articule autour de trois axes : la sécurité des "
            "écoliers, des cyclistes et des piétons ; le stationnement en gare ; enfin, l'apprentissage, "
            "le prêt et la réparation.\n")
    assert axes(text) == ["la sécurité des écoliers, des cyclistes et des piétons", "le stationnement en gare",
                          "l'apprentissage, le prêt et la réparation"]


def test_semicolons_that_do_not_give_the_count_are_not_the_items():
    text = ("Le plan vélo de Valbois a été voté lundi. Il s'articule autour de deux axes : la sécurité ; "
            "le stationnement ; enfin, l'apprentissage.\n")
    assert axes(text) == []


def test_one_part_described_after_a_colon_is_not_a_list_of_parts():
    text = ("Le projet de territoire de Valbois a été approuvé. Enfin, il accorde un axe à la vie locale : "
            "celle des associations, des clubs et des comités de quartier.\n")
    assert axes(text) == []


def test_parts_of_a_plan_after_a_colon_are_its_axes():
    text = ("Le projet de territoire de Valbois a été approuvé. Il accorde ses volets : "
            "la vie locale, les associations et les comités de quartier.\n")
    assert axes(text) == ["la vie locale", "les associations", "les comités de quartier"]


def test_a_plan_in_several_parts_for_a_b_and_c():
    text = ("Le plan jeunesse de Valbois a été voté. Il se décline en plusieurs volets, pour loger les "
            "étudiants, former les apprentis et soigner les plus jeunes.\n")
    assert axes(text) == ["loger les étudiants", "former les apprentis", "soigner les plus jeunes"]


def test_a_purpose_after_the_word_ambitions_is_not_a_list_of_parts():
    text = ("La feuille de route de Valbois a été adoptée. Il faut la partager selon nos ambitions, pour "
            "donner un cap à notre action, et par là de la cohérence à nos projets.\n")
    assert axes(text) == []


def test_axes_given_in_parentheses_after_their_word():
    text = ("Le plan d'attractivité de Valbois a été présenté aux élus. Le département a défini ses axes "
            "stratégiques (accueil, proximité et innovation) avec les habitants.\n")
    assert axes(text) == ["accueil", "proximité", "innovation"]


def test_a_parenthesis_of_figures_or_after_one_axis_is_no_list_of_axes():
    text = ("Le plan d'attractivité de Valbois a été présenté aux élus. Le département a défini un axe "
            "prioritaire (accueil et proximité) et des volets chiffrés (12 actions et 3 millions).\n")
    assert axes(text) == []
