"""Strategy axes on made-up texts (names and places invented): a strategy's aims run into a sentence
whose subject is the strategy and whose verb is one of intent ("Le plan entend A, B et C.")."""

from __future__ import annotations

from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


INTENDED = ("La communauté de communes du Val d'Orbelle a adopté en mars son plan de mobilité rurale. "
            "Le plan ambitionne notamment de désenclaver les hameaux du plateau, de développer le "
            "covoiturage vers les gares, les zones d'activité et les collèges, mais aussi d'aider les "
            "jeunes à passer le permis.\n\nLes premières navettes circuleront dès l'été.\n")

PRONOUN = ("Le schéma directeur des sentiers de Montaudry a été voté en conseil. Il entend mieux baliser "
           "les boucles de randonnée, restaurer les passerelles et accueillir les cyclistes.\n")

# the verb of intent said of someone else than the strategy: not its aims
PERSON = ("Le plan de mobilité de Montaudry a été voté en conseil. Le maire, lui, entend rencontrer les "
          "habitants, visiter les hameaux et répondre aux questions.\n")


def test_aims_run_into_a_sentence_of_intent_are_the_axes():
    found = rows(INTENDED)
    assert [r["axis"] for r in found] == [
        "désenclaver les hameaux du plateau",
        "développer le covoiturage vers les gares, les zones d'activité et les collèges",
        "aider les jeunes à passer le permis"]


def test_a_pronoun_standing_for_the_strategy_is_its_subject():
    assert [r["axis"] for r in rows(PRONOUN)] == [
        "mieux baliser les boucles de randonnée", "restaurer les passerelles", "accueillir les cyclistes"]


def test_a_person_intending_is_not_the_strategy():
    assert [r["axis"] for r in rows(PERSON)] == []
