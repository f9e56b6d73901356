"""A second person coordinated with a speaker, the second name carrying its own role word or
honorific: "les témoignages de la géographe A et du juriste B", "par A, préfète de région, et
M. B": both speak. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people


def names(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # a role word with its article before each name
    ("La matinée a été ponctuée par les témoignages de la géographe Inès Marlot et du juriste Rémi Vasseur.",
     ["Inès Marlot", "Rémi Vasseur"]),
    # the first person's role clause, "et", an honorific before the second name
    ("Débat avec l'intervention de Lucie Karmel, vice-présidente de la Région Ouest et M. Bruno Tessier, DDT.",
     ["Lucie Karmel", "Bruno Tessier"]),
])
def test_person_joined_with_own_role_or_honorific(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, second", [
    # a sentence ends before "et" and the role word: no coordination
    ("La matinée a été ponctuée par les témoignages de la géographe Inès Marlot. Et puis le juriste "
     "Rémi Vasseur a rangé la salle.", "Rémi Vasseur"),
    # an honorific but no role clause after the first person
    ("Débat avec l'intervention de Lucie Karmel, venue en train et M. Bruno Tessier est resté chez lui.",
     "Bruno Tessier"),
])
def test_no_join_across_a_clause(text, second):
    assert second not in names(text)
