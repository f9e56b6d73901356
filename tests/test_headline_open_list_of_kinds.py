"""A count of people described by an open list of their kinds that ends with three typed dots
("élus, agents, riverains... ont participé") before a gathering verb: the attendance, as with the
"…" character. Not three dots closing a description that is no list of kinds of people, nor a
sentence ended by them. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "La Rencontre des Glycines à Trévanne"


@pytest.mark.parametrize("sentence", [
    "Malgré l'orage, près de 180 personnes, apiculteurs, maraîchers, riverains... ont participé à la rencontre.",
    "Ce jeudi, 180 élus, agents, bénévoles... ont assisté aux débats de Trévanne.",
])
def test_an_open_list_of_kinds_in_typed_dots_keeps_the_attendance(sentence):
    assert ("participants", 180) in figures_between(_TITLE, sentence, "Les discussions ont été animées.")


@pytest.mark.parametrize("sentence", [
    "Ce jeudi, 180 personnes dans la grande salle de Trévanne... ont participé à la rencontre.",
    "Ce jeudi, 180 personnes, apiculteurs, maraîchers, riverains... Ils ont participé à la rencontre.",
])
def test_dots_after_no_list_of_kinds_or_ending_the_sentence_give_nothing(sentence):
    assert ("participants", 180) not in figures_between(_TITLE, sentence, "Les discussions ont été animées.")
