"""A slot joining the exchange with the room and a break ("Questions et pause", "Échanges –
Pause-café") is a break, not a session; the exchange word alone or followed by a subject stays a
session. Made-up titles."""

from __future__ import annotations

from pipelines.extract.programme_timetable import is_break


def test_exchange_then_break_is_a_break():
    assert is_break("Questions et pause")
    assert is_break("Échanges – Pause-café")
    assert is_break("Discussion puis déjeuner au cloître de Valbrune")


def test_exchange_alone_or_with_a_subject_stays_a_session():
    assert not is_break("Discussion")
    assert not is_break("Questions de la salle")
    assert not is_break("Débat et déjeuner-débat sur les halles de Trévanne")
    assert not is_break("Échanges et table ronde : la forêt de Trévanne")
