"""Two phrases of a programme that read like a person's name and are none: a street named after
someone ("12 rue Jeanne Malivel (accès bus 4 – arrêt Mairie)") and a State service before its
region ("DREAL Bretagne", "ARS Normandie", after the speaker it employs); made-up text."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

PROGRAMME = """Journée régionale de l'eau

Programme
Mardi 14 mars 2023
Valbrune, Maison des associations, 12 rue Jeanne Malivel (accès bus 4 – arrêt « Mairie »), grande salle
9h00 - accueil
- 9h30 La ressource en eau du bassin, Hervé Quelen, chargé de mission, DREAL Bretagne
- 10h15 Les captages prioritaires, Odile Marzin, ingénieure sanitaire, ARS Normandie
- 11h00 Débat avec la salle
"""


def _speakers() -> list[str]:
    rows = extract_document(doc_of(PROGRAMME, title="Journée régionale de l'eau"))
    return [s["full_name"] for s in rows["speakers"]]


def test_a_street_named_after_someone_is_no_speaker():
    names = _speakers()
    assert "Jeanne Malivel" not in names
    assert "Hervé Quelen" in names


def test_a_state_service_before_its_region_is_no_speaker():
    names = _speakers()
    assert "DREAL Bretagne" not in names and "ARS Normandie" not in names
    assert "Odile Marzin" in names
