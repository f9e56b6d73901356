"""A timed slot of a programme whose text opens on a person's name and their role or organisation
("9h15 : Dr Prénom NOM, pédiatre") is given by that person; a slot naming a visit and its place
gives no one. Invented text (names and places made up)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

PROGRAMME = ("Journée régionale de la petite enfance\n\nProgramme du jeudi 12 mars 2026 à Valbois\n\n"
             "9h00 : Accueil des participants\n\n{slot}\n\n10h30 : Pause\n\n"
             "11h00 : Atelier sur le sommeil du nourrisson\n\n12h30 : Déjeuner\n")


def names(slot: str) -> list[str]:
    rows = extract_document(doc_of(PROGRAMME.format(slot=slot), title="Programme de la journée régionale"))
    return [r["full_name"] for r in rows["speakers"]]


def test_slot_opening_on_a_doctor_and_role():
    assert names("9h15 : Dr Armand QUEYREL, pédiatre au centre hospitalier de Valbois") == ["Armand QUEYREL"]


def test_slot_opening_on_a_name_in_ordinary_case_and_role():
    assert names("9h15 : Armand Queyrel, pédiatre") == ["Armand Queyrel"]


def test_two_names_then_their_service():
    assert names("9h15 : Lucie FERRAND, Armand QUEYREL Direction de la Qualité") == ["Lucie FERRAND", "Armand QUEYREL"]


def test_slot_naming_a_visit_and_its_place_gives_no_one():
    assert names("9h15 : Visite du Jardin Botanique, Office de Tourisme") == []
