"""A race or a sports tournament reported on is an event, and its entrants its attendance ("le
trail des Crêtes s'est déroulé dimanche. Les organisateurs ont enregistré 140 participants");
made-up text."""

from __future__ import annotations

import pytest

from pipelines.extract.documents import extract_document
from tests.support import doc_of


@pytest.mark.parametrize("noun", ["trail", "triathlon", "tournoi"])
def test_a_race_reported_on_is_an_event_with_its_attendance(noun):
    text = (f"Belle réussite sous le soleil\n\nLe {noun} des Crêtes de Valbrune s'est déroulé dimanche. "
            "Les organisateurs ont enregistré 140 participants, dont 50 femmes. Tous ont salué "
            "l'accueil des bénévoles.\n")
    rows = extract_document(doc_of(text, title="Belle réussite sous le soleil"))
    assert rows["events"], "no event"
    assert ("participants", 140) in {(k["metric"], k["value"]) for k in rows["key_figures"]}


def test_a_race_only_named_in_passing_by_no_event_text_is_still_no_event():
    text = ("Le conseil municipal du 3 mars\n\nLe conseil a voté le budget de la voirie. Le chemin du trail "
            "sera balisé par les services techniques.\n")
    rows = extract_document(doc_of(text, title="Le conseil municipal du 3 mars"))
    assert not [e for e in rows["events"] if "trail" in (e["name"] or "").lower()]
