"""A poll laid out as a table of results under its caption (poll_tables.py): the options and
their shares, when the shares add up to 100 and the caption asks a question or names a vote.
Invented texts only."""

from __future__ import annotations

from pipelines.extract.polls import find_polls

from .support import markdown_doc

TABLE = ("| Propositions | Votes | Pourcentage |\n| --- | --- | --- |\n| Tracé nord | 6 | 30 % |\n"
         "| Tracé sud | 10 | 50% |\n| Ne se prononce pas | 4 | 20 % |\n")


def polls(caption: str, table: str = TABLE) -> list[tuple]:
    doc = markdown_doc(f"# Atelier mobilités\n\nLes participants ont débattu des tracés.\n\n{caption}\n\n{table}\n"
                       "La séance a repris après le vote.\n")
    return [(p.question, [text for _, text in p.options], p.shares) for p in find_polls(doc)]


def test_a_table_of_results_under_a_vote_caption_is_a_poll():
    assert polls("**Résultat du vote**") == [
        ("Résultat du vote", ["Tracé nord", "Tracé sud", "Ne se prononce pas"], [30, 50, 20])]


def test_a_table_of_results_under_a_question_is_a_poll():
    assert polls("Quel tracé préférez-vous ?")[0][2] == [30, 50, 20]


def test_shares_of_a_budget_or_shares_that_do_not_add_up_are_no_poll():
    assert polls("Répartition du budget") == []
    assert polls("Résultat du vote", TABLE.replace("20 %", "35 %")) == []
