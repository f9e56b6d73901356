"""A date that opens a period ("à partir du 1er janvier 2024", "dès le 3 mars", "depuis le
12 mai") is when a rule starts or a state began, not when the event took place (events.yaml
`deadline_markers`). Invented texts only."""

from __future__ import annotations

import pytest

from pipelines.extract.event_dates import find_event_dates


@pytest.mark.parametrize("marker", ["à partir du", "dès le", "depuis le"])
def test_a_date_opening_a_period_is_not_the_events(marker):
    text = (f"Webinaire sur le tri des biodéchets\n\nLe tri devient obligatoire {marker} 1er janvier 2031 "
            "pour les établissements de santé.\n")
    assert find_event_dates(text) is None


def test_the_events_own_date_is_kept_beside_such_a_date():
    text = ("Webinaire sur le tri des biodéchets, le 14 mars 2030\n\nLe tri devient obligatoire à partir du "
            "1er janvier 2031 pour les établissements de santé.\n")
    first, _ = find_event_dates(text)
    assert first.isoformat() == "2030-03-14"
