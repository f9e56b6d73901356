"""Round r46b: a capital "M" after a number beside money is millions of euros (numbers.yaml
`million_letter_money_cues`), and the numbered parts of a plan ("la fiche 2.4", "l'action 12":
claims.yaml `label_nouns`) are labels, not figures. Invented sentences."""

from __future__ import annotations

import pytest

from pipelines.document import Document, with_text_blocks
from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.quantities import quantity_at


def figures(text: str) -> list[tuple]:
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text),
                                    sha256="0" * 64, text=text + "\n", page_starts=[0]))
    return [(r["value"], r["unit"]) for r in cited_figure_rows([doc], [], None)]


def _first(text: str):
    pos = next(i for i, c in enumerate(text) if c.isdigit())
    q = quantity_at(text, pos)
    return q and (q.value, q.unit)


@pytest.mark.parametrize("text, expected", [
    ("Le syndicat prévoit un budget de 8 M sur cinq ans.", (8000000.0, "eur")),
    ("Elle a investi 45 M € puis 6 M de plus l'an passé.", (45000000.0, "eur")),
    ("7M\nLe montant de l'enveloppe allouée aux communes", (7000000.0, "eur")),
    # not money: a length stays in metres, lower case "m" stays metres even beside money
    ("Une digue de 8 M de long borde la plage.", (8.0, "m")),
    ("Ils ont investi dans 5 m de câble.", (5.0, "m")),
    ("Une tour de 30 m coûte cher.", (30.0, "m")),
])
def test_capital_m_beside_money_is_millions_of_euros(text, expected):
    assert _first(text) == expected


def test_capital_m_in_a_sentence_with_money_in_figures():
    assert (6000000.0, "eur") in figures("Le département a voté 20 M € de crédits, en plus des 6 M déjà investis.")


@pytest.mark.parametrize("text", [
    "La fiche 2.4 décrit le chantier de la médiathèque.",
    "L'action 12 porte sur les cours d'école.",
])
def test_numbered_parts_of_a_plan_are_labels(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Le plan compte 24 fiches actions.", 24),
    ("Au total, 35 actions sont engagées par la commune.", 35),
    ("Le programme réunit 9 mesures nouvelles.", 9),
])
def test_counts_of_plan_parts_still_count(text, value):
    assert (value, "count") in figures(text)


def test_a_length_after_the_verb_mesurer_stays_a_figure():
    assert (40.0, "m") in figures("Le quai mesure 40 m de long.")
