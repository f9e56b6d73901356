"""A timed session line ending with a colon ("9h30 - 10h45 : Table ronde n° 1 :") takes its title from
the line below, which may open on a year ("2023, année du vélo : bilan et perspectives"); made-up text."""

from __future__ import annotations

from tests.support import doc_of
from pipelines.extract.documents import extract_document

PROGRAMME = ("Colloque régional sur les mobilités douces\n\n"
             "Le 6 décembre 2023 à l'hôtel de région de Valbrune. Voici le programme :\n\n"
             "9h - 9h15 : Ouverture\n\n"
             "9h30 - 10h45 : Table ronde n° 1 :\n"
             "2023, ANNÉE DU VÉLO : BILAN ET PERSPECTIVES\n\n"
             "Claire Dufresne, vice-présidente de la Région, modératrice\n"
             "Paul Martinet, directeur de l'agence des mobilités\n\n"
             "10h45 - 11h : Échanges avec la salle\n")


def test_title_below_a_colon_may_open_on_a_year():
    rows = extract_document(doc_of(PROGRAMME, title="Colloque régional sur les mobilités douces"))
    titles = [r["title"] for r in rows["sessions"]]
    assert "Table ronde n° 1 : 2023, ANNÉE DU VÉLO : BILAN ET PERSPECTIVES" in titles
