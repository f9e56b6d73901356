"""A second person coordinated with a speaker after the speaker's role ("avec l'intervention de A,
vice-présidente de la Région et B, ...", "par la voix de A, adjoint, et du directeur, B"): both
speak. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people


def names(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # a talk, the first person and a role clause, "et", the second person
    ("Table ronde avec l'intervention de Lucie Karmel, vice-présidente de la Région Ouest et Bruno Tessier, DDT.",
     ["Lucie Karmel", "Bruno Tessier"]),
    # the role clause wrapped over a line, the name in capitals
    ("Débat avec l'intervention de Lucie KARMEL,\nVice-Présidente du Conseil régional et Bruno TESSIER,\nDDT.",
     ["Lucie KARMEL", "Bruno TESSIER"]),
    # "et", an article and a role set apart by commas, then the second name
    ("Le syndicat, par la voix de Marc Oudin, vice-président et du directeur, Paul Ferrand, invite les communes à attendre.",
     ["Marc Oudin", "Paul Ferrand"]),
])
def test_person_joined_after_a_speakers_role(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, second", [
    # no role clause after the first person: nothing to join across
    ("Le syndicat, par la voix de Marc Oudin, invite les communes à attendre et Paul Ferrand prépare la salle.",
     "Paul Ferrand"),
    # the clause after the comma opens on no role word
    ("Débat avec l'intervention de Lucie Karmel, venue en train et Bruno Tessier est resté chez lui.", "Bruno Tessier"),
    # a sentence ends between them
    ("Débat avec l'intervention de Lucie Karmel, vice-présidente de la Région. Et Bruno Tessier est resté chez lui.",
     "Bruno Tessier"),
    # a blank line between them
    ("Débat avec l'intervention de Lucie Karmel, vice-présidente de la Région et\n\nBruno Tessier prépare le repas.",
     "Bruno Tessier"),
])
def test_no_join_without_a_role_clause_in_one_sentence(text, second):
    assert second not in names(text)
