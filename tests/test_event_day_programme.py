"""A programme printed day by day (weekday lines, then lines opening with a time of day, "À 14
heures, ..." among them) is the schedule of one event, on made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

FETE = ("Le comité des fêtes a bouclé son programme pour le week-end.\n\n"
        "{first} :\n\n"
        "À 14 heures, concours de boules en doublettes ;\n\n"
        "À 21 h 30 : bal avec l'orchestre Les Galopins.\n\n"
        "{second} :\n\n"
        "À 10 heures : course des garçons de café ;\n\n"
        "À 16 heures : spectacle de marionnettes pour les enfants.\n")


def extracted(text: str) -> dict:
    return extract_document(doc_of(text, title="La Saint-Barnabé : le week-end prochain"))


def test_a_programme_day_by_day_is_an_event_and_its_timed_lines_its_sessions():
    rows = extracted(FETE.format(first="Samedi 13", second="Dimanche 14"))
    assert [e["name"] for e in rows["events"]] == ["La Saint-Barnabé"]
    assert [s["title"] for s in rows["sessions"]] == [
        "concours de boules en doublettes", "bal avec l'orchestre Les Galopins",
        "course des garçons de café", "spectacle de marionnettes pour les enfants"]


def test_weekdays_without_their_day_make_no_programme():
    # "Samedi :" / "Dimanche :" are the days of a weekly listing as well as of an event
    rows = extracted(FETE.format(first="Samedi", second="Dimanche"))
    assert rows["events"] == [] and rows["sessions"] == []
