"""The stands the public went round ("un public qui a pu visiter plus de 30 stands") are the event's
exhibitors; made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

REPORT = ("La 4e journée de la santé de Valbrune\n\n"
          "La journée de la santé s'est tenue le samedi 14 octobre 2023 à la salle des fêtes de Valbrune. "
          "Un public {verb} plus de 30 stands sur des thèmes variés, de la diététique au sommeil.\n")


def exhibitors(verb: str) -> list[float]:
    rows = extract_document(doc_of(REPORT.format(verb=verb), title="La 4e journée de la santé de Valbrune"))
    return [k["value"] for k in rows["key_figures"] if k["metric"] == "exhibitors"]


def test_the_stands_the_public_could_visit_are_the_exhibitors():
    assert exhibitors("qui a pu visiter") == [30]
