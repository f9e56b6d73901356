"""The lead of a press report, "Les rencontres X, c'était ce lundi au Palais des Congrès de Y", says
an event took place: its name and venue are the event's. Made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

LEAD = ("Les rencontres territoriales de l'artisanat, {told} au Palais des Congrès de Valbrune. Un rendez-vous "
        "inédit initié par l'agglomération, qui voulait réunir tous les acteurs du territoire.\n")


def events(told: str) -> list[dict]:
    rows = extract_document(doc_of(LEAD.format(told=told), title="Valbrune : regagner en attractivité"))
    return [{k: e[k] for k in ("name", "venue")} for e in rows["events"]]


def test_a_press_lead_with_c_etait_names_the_event_and_its_venue():
    assert events("c’était ce lundi") == [
        {"name": "rencontres territoriales de l'artisanat", "venue": "Palais des Congrès de Valbrune"}]


def test_a_judgement_is_no_lead():
    assert events("c'est toujours une bonne idée, surtout") == []
