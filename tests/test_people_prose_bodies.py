"""Speakers named in prose with the body they come from set between commas ("X, de l'Agence Y,
explique"), a talk announced in the future ("X interviendra"), a programme line ending on a name
set apart after its role, and a place with its room in brackets, which is no person. Sentences
written for these tests (names, bodies and places invented)."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people


def people(text: str) -> list[tuple]:
    return [(it.people[0].full, it.role, it.organization) for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # the body between commas, then a verb of speech
    ("Marie Dupont, de l'Agence Valbois Énergie, explique que le plan avance.",
     [("Marie Dupont", None, "Agence Valbois Énergie")]),
    # a bracket after the body, and a talk announced in the future
    ("Le 9 mars, le Pr. Jean Valmont, de l'Université de Valbois (département de géographie), animera une "
     "conférence ouverte à tous.",
     [("Jean Valmont", None, "Université de Valbois")]),
    ("Marie Dupont, de l'Agence Valbois Énergie, interviendra sur la rénovation des écoles.",
     [("Marie Dupont", None, "Agence Valbois Énergie")]),
])
def test_a_body_between_commas_then_a_verb_of_speech(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "Marie Dupont, de Valbois, aime les vélos.",                     # no verb of speech
    "Marie Dupont, de l'Agence Valbois Énergie, a signé la convention.",  # a verb, but not of speech
])
def test_a_body_between_commas_without_speech_is_no_speaker(text):
    assert people(text) == []


def test_a_programme_line_ending_on_a_name_set_apart_after_its_role():
    text = "10h – Discours du préfet de Valbois, Paul Terrier - 11h – Visite des stands\n"
    assert [p[0] for p in people(text)] == ["Paul Terrier"]


def test_a_place_with_its_room_in_brackets_is_no_person():
    # a place named after someone, its room in brackets: no person, no role "Amphi ..."
    text = "La conférence aura lieu sur le site de Claire Fontaine (Amphi Jean Moulin, Bât A Rue des Lilas).\n"
    assert people(text) == []
    # a body in brackets after a name still makes a speaker
    assert people("Marie Dupont (Agence Valbois Énergie) a présenté le plan.") == [
        ("Marie Dupont", None, "Agence Valbois Énergie")]
