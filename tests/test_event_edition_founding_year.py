"""A year written after the edition is read as a past edition's ("la dixième édition avait eu lieu
en 2019"), unless a founding participle (events.yaml `founding_participles`, "créé", "fondée")
dates it: then it is the event's birth, and the edition is the one reported. A first edition is as
old as the event, and stays a past one. Invented text."""

from __future__ import annotations

import pytest

from pipelines.extract.event_edition import find_edition


@pytest.mark.parametrize("text", [
    "Ce printemps, à Valbrune, c'était la 6e édition du forum des Lucioles créé à Trévanne en 2019. "
    "Le forum 2031 a réuni 120 jardiniers.",
    "La huitième édition des rencontres des Glaneurs fondées à Valbrune en 2020 s'est tenue le 3 mai 2031.",
])
def test_a_founding_year_after_the_edition_keeps_it(text):
    assert find_edition(text) in (6, 8)


@pytest.mark.parametrize("text", [
    # a first edition dated by the event's founding is a past one
    "La première édition du forum des Lucioles créé à Trévanne en 2019 avait réuni 40 jardiniers. Celui de 2031 en a "
    "accueilli 120.",
    # no founding participle: the year still dates a past edition
    "La sixième édition du forum des Lucioles à Trévanne en 2019 avait réuni 40 jardiniers. Celui de 2031 en a "
    "accueilli 120.",
])
def test_a_past_edition_stays_unread(text):
    assert find_edition(text) is None
