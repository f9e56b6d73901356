"""Strategy axes on made-up texts (names and places invented): a plan's parts listed with their own axis
word, bullets run into a line, and a trajectory naming the strategy of its objectives."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows
from pipelines.extract.strategy_text import _before_inline_bullets

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


# A plan's parts listed with their own axis word and no count: the item's head before its colon.
WORDED_ITEMS = ("Élaboré pour les neuf communes du plateau, le schéma de cohésion de Valbois comprend :\n"
                "- un volet habitat : rénover les logements vacants et adapter les logements aux aînés ;\n"
                "- un volet mobilité : relier les bourgs par des navettes et des pistes cyclables ;\n"
                "- un nouveau volet santé : attirer des médecins et ouvrir une maison de santé.\n"
                "Le schéma sera soumis au conseil à l'automne.\n")


def test_items_opening_with_an_axis_word_are_axes_titled_by_their_head():
    found = rows(WORDED_ITEMS)
    assert [r["axis"] for r in found] == ["un volet habitat", "un volet mobilité", "un nouveau volet santé"]
    assert "schéma" in found[0]["strategy_name"].lower()


def test_items_without_an_axis_word_are_not_read_as_worded_axes():
    # "objectif" numbers the targets of anything: not a structure word
    text = WORDED_ITEMS.replace("un volet habitat", "un objectif habitat").replace(
        "un volet mobilité", "un objectif mobilité").replace("un nouveau volet santé", "un nouvel objectif santé")
    assert rows(text) == []
    # one item of the list without its axis word: the list is not one of parts
    assert rows(WORDED_ITEMS.replace("- un volet mobilité", "- des navettes")) == []


# A PDF export that ran a section's bullets into its heading line, the glyph read as a letter.
INLINE_BULLETS = ("Plan d'action pour des bourgs vivants\n\n"
                  "1er pilier – rénover les centres-bourgs f Aider les commerces à rouvrir f Embellir les places\n\n"
                  "2e pilier – relier les hameaux f Une navette par canton f Un chemin par village f Des bancs\n\n"
                  "3e pilier – accueillir les familles f Ouvrir une crèche f Agrandir l'école f Loger les apprentis\n")


def test_bullets_run_into_a_numbered_heading_end_its_title():
    assert [r["axis"] for r in rows(INLINE_BULLETS)] == [
        "rénover les centres-bourgs", "relier les hameaux", "accueillir les familles"]


def test_one_lone_letter_is_not_a_bullet():
    assert _before_inline_bullets("relier les hameaux f Une navette") == "relier les hameaux f Une navette"
    assert _before_inline_bullets("relier f Une f Deux") == "relier"


# A "trajectoire" a territory takes up, over its counted objectives.
TRAJECTORY = ("Trajectoire « zéro déchet »\n"
              "Le syndicat de Valbois s'engage sur cette trajectoire, qui se traduit en trois objectifs :\n"
              "• Zéro gaspillage : des cantines qui cuisinent les restes ;\n"
              "• Zéro plastique : des marchés sans emballage ;\n"
              "• Zéro décharge : des déchets tous triés et valorisés.\n")


def test_a_trajectory_names_the_strategy_of_its_objectives():
    found = rows(TRAJECTORY)
    assert len(found) == 3 and found[0]["strategy_name"].lower().startswith("trajectoire")
    assert found[1]["axis"].startswith("Zéro plastique")


def test_a_trajectory_alone_has_no_axes():
    assert rows("La trajectoire des émissions baisse depuis dix ans.\nLe syndicat publiera son bilan.\n") == []
