"""A key figure of the reported event said again in the prose ("les organisateurs ont remercié
180 exposants" once 180 exhibitors are a key figure) is no cited figure; another count of the same
noun, or the same count of a qualified noun, stays one. Made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

REPORT = ("La foire de Valbrune 2024 en chiffres\n\n"
          "La 40e foire de Valbrune s’est tenue du 3 au 12 mai 2024 au parc des expositions.\n\n"
          "- 180 exposants\n"
          "- 52 000 visiteurs\n\n"
          "Pendant les dix jours de la foire, les organisateurs ont remercié {count}, mais aussi les "
          "bénévoles des animations.\n")


def cited(count: str) -> list[tuple[float, str]]:
    rows = extract_document(doc_of(REPORT.format(count=count), title="La foire de Valbrune 2024 en chiffres"))
    assert [(k["metric"], k["value"]) for k in rows["key_figures"]][:2] == [("exhibitors", 180), ("visitors", 52000)]
    return [(c["value"], c["measure"]) for c in rows["cited_figures"]]


def test_a_key_figure_said_again_is_no_cited_figure():
    assert cited("180 exposants") == []


def test_another_count_of_the_same_noun_stays_a_cited_figure():
    assert cited("150 exposants") == [(150, "exposants")]


def test_the_same_count_of_a_qualified_noun_stays_a_cited_figure():
    assert cited("180 exposants venus de toute la région") != []
