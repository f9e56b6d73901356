"""A press article whose first counting sentence gives the visitors of a gathering, with no day
and no event noun ("La braderie, qui a vu passer 12 000 visiteurs, ...") reports on an event; a
count of visits over a season, or a place's visitors further on, does not (round 328). Invented
text only."""

from __future__ import annotations

import pytest

from pipelines.extract.documents import extract_document
from pipelines.extract.events import extract_event

from .support import doc_of

TITLE = "Valbrune : le maire veut recommencer"


def _rows(text: str) -> dict:
    return extract_document(doc_of(text, title=TITLE))


def test_visitors_counted_by_the_first_sentence_tell_an_event():
    text = (TITLE + "\n\nLa grande braderie, qui a vu passer 12 000 visiteurs, a tenu toutes ses promesses. "
            "Le maire en tire un bilan positif.\n")
    rows = _rows(text)
    assert rows["events"]
    assert [(k["metric"], k["value"]) for k in rows["key_figures"]] == [("visitors", 12000)]


@pytest.mark.parametrize("span", ["cet été", "en 2031", "depuis janvier", "en moyenne chaque mois"])
def test_visitors_over_a_span_of_time_tell_no_event(span):
    text = f"Le château de Brunois a accueilli 12 000 visiteurs {span}. Le maire en tire un bilan positif.\n"
    assert extract_event(doc_of(text, title=TITLE)) is None


def test_people_of_any_kind_without_a_day_tell_no_event():
    text = (TITLE + "\n\nLa grande braderie, qui a vu passer 12 000 personnes, a tenu toutes ses promesses. "
            "Le maire en tire un bilan positif.\n")
    assert extract_event(doc_of(text, title=TITLE)) is None


def test_a_places_visitors_after_another_count_tell_no_event():
    text = ("Les musées de Brunois ont accueilli 12 000 visiteurs cet été. Pour sa part, le château a "
            "accueilli 3 000 visiteurs.\n")
    assert extract_event(doc_of(text, title=TITLE)) is None
