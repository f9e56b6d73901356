"""Counts in people of any kind set forth by a presentative and "qui" with a past tense ("ce sont
3 000 personnes, néophytes ou licenciés qui ont ...") are the event's attendance; in the present
("c'est 400 étudiants qui interviennent") they say what a body is. Made-up text."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

REPORT = ("La fête du sport de Valbrune\n\n"
          "La fête du sport s'est tenue le samedi 21 mai 2011 au stade municipal de Valbrune.\n\n"
          "Samedi 21 mai sur le stade, ce sont 3 000 personnes, néophytes ou licenciés {verb} entre les "
          "stands des clubs, à la recherche d'informations.\n")


def attendance(verb: str) -> list[float]:
    rows = extract_document(doc_of(REPORT.format(verb=verb), title="La fête du sport de Valbrune"))
    return [k["value"] for k in rows["key_figures"] if k["metric"] in ("participants", "visitors")]


def test_people_set_forth_by_a_cleft_in_the_past_are_the_attendance():
    assert attendance("qui ont slalomé") == [3000]


def test_a_cleft_in_the_present_counts_no_attendance():
    assert attendance("qui slaloment") == []
