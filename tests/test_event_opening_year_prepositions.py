"""A bare year an opening writes after a preposition ("En 2029, l'association ...", "de 1850 à
2050", "fin 2030") tells another time than the event's: it does not date days written without a
year. Invented text."""

from __future__ import annotations

import pytest

from pipelines.document import Document, with_text_blocks
from pipelines.extract.events import extract_event


def _doc(text: str, title: str) -> Document:
    return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title))


@pytest.mark.parametrize("other_time", [
    "En 2029, l'association a réuni quarante communes à Brumes",
    "L'association n'avait pu réunir ses membres en 2029",
    "Une histoire des jardins de 1850 à 2050",
    "Le schéma sera achevé fin 2032",
])
def test_a_year_after_a_preposition_does_not_date_the_days(other_time):
    text = (f"Les Rencontres des Lucioles ont réuni les jardiniers le 14 mars à Valbrune. {other_time}.\n\n"
            "Les ateliers ont attiré un large public.\n")
    event = extract_event(_doc(text, "Rencontres des Lucioles"))
    assert event is not None and event.start_date is None


def test_the_year_tagging_the_edition_still_dates_the_days():
    text = ("Les Rencontres des Lucioles ont réuni les jardiniers le 14 mars à Valbrune. L'édition 2031 "
            "avait pour thème l'eau.\n\nLes ateliers ont attiré un large public.\n")
    event = extract_event(_doc(text, "Rencontres des Lucioles"))
    assert str(event.start_date) == "2031-03-14"
    from pipelines.extract.event_day_guess import _opening_years
    assert _opening_years("l'édition 2031, après un report en 2030 et une fin prévue vers 2040") == ["2031"]


def test_a_short_line_telling_another_year_gives_no_year_to_a_weekday_date():
    # a line of verse read out at the colloquium: its "en 2030" is a memory, not the event's year
    # (12 September 2030 is a Thursday: only the preposition tells the year off)
    text = ("Le colloque des Lucioles avait lieu ce jeudi 12 septembre au Sénat.\n\n"
            "Une poétesse a lu ces vers :\n\nJ'ai quitté mon île en 2030,\nJe la porte toujours.\n")
    event = extract_event(_doc(text, "Colloque des Lucioles : les îles et nous"))
    assert event is not None and event.start_date is None
