"""The sessions a report's writer attended, counted after a verb of attending in the first person
singular ("J'ai pu assister à 4 conférences"), are the writer's share of the programme, not the
event's (headline_prose `_OWN_SHARE_BEFORE`; round 358, issue 15). Invented text only."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Retour sur le DevFest de Valbrune"
LEAD = "Le DevFest de Valbrune s'est tenu le 3 mai 2031 au palais des congrès de Kerval. "


@pytest.mark.parametrize("sentence", [
    "J'ai pu assister à 4 conférences passionnantes ce jour-là.",
    "J'ai donc assisté à 5 conférences avant la pause.",
])
def test_the_writers_own_sessions_are_not_the_events(sentence):
    assert not {f for f in headline_figures(LEAD + sentence + "\n", TITLE) if f[0] == "conferences"}


def test_the_events_sessions_counted_by_the_writer_are_kept():
    sentence = "Nous avons proposé 12 conférences sur deux jours."
    assert ("conferences", 12) in headline_figures(LEAD + sentence + "\n", TITLE)
