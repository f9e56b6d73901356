"""A programme's slots whose start and end are parted by ">" or an arrow ("9h > 9h15 : Ouverture",
"14h → 15h30 : Atelier") are timed slots as "9h – 9h15" ones are; made-up text."""

from __future__ import annotations

import pytest

from tests.support import doc_of
from pipelines.extract.documents import extract_document

PROGRAMME = ("Journée départementale des jardins partagés\n\n"
             "Le 14 mars 2024, à la salle des fêtes de Valbrune. Voici le programme :\n\n"
             "MATINÉE\n"
             "9h {sep} 9h15 : Ouverture\n\n"
             "9h15 {sep} 9h45 : Intervention de Claire Dufresne, présidente du Département\n\n"
             "9h45 {sep} 11h : Table ronde sur les jardins partagés en ville\n\n"
             "11h {sep} 11h30 : Échanges avec la salle\n")


@pytest.mark.parametrize("sep", [">", "→"])
def test_slots_parted_by_an_arrow_are_sessions(sep):
    rows = extract_document(doc_of(PROGRAMME.format(sep=sep), title="Journée départementale des jardins partagés"))
    titles = [r["title"] for r in rows["sessions"]]
    assert "Ouverture" in titles
    assert "Table ronde sur les jardins partagés en ville" in titles
    assert not any(t.startswith((">", "→")) or "9h" in t for t in titles)
