"""The year a report compares its event with ("en hausse de 4 % par rapport à l'édition 2030",
"plus qu'en 2030") does not date the event's days written without a year. Invented text."""

from __future__ import annotations

import pytest

from pipelines.document import Document, with_text_blocks
from pipelines.extract.event_day_guess import _years
from pipelines.extract.events import extract_event


def _doc(text: str, title: str) -> Document:
    return with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title))


def test_the_year_compared_with_does_not_date_the_days():
    text = ("Les allées ont été bien remplies. L'édition 2031 du Salon des Lucioles a compté "
            "dix exposants de plus.\n\n"
            "Du 9 au 12 avril, le Salon des Lucioles a compté 9 000 entrées, en recul de 2 % par rapport à "
            "l'édition 2030.\n")
    event = extract_event(_doc(text, "Le Salon des Lucioles en petite baisse"))
    assert (str(event.start_date), str(event.end_date)) == ("2031-04-09", "2031-04-12")


@pytest.mark.parametrize("text", [
    "en recul de 2 % par rapport à l'édition 2030",
    "un public plus nombreux qu'en 2030",
    "un public nombreux comparé à 2030",
])
def test_a_year_of_comparison_is_no_year_of_the_event(text):
    assert _years(text) == []
