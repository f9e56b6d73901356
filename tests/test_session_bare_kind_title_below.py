"""A programme line that holds only a kind of session, with no number nor time ("- Table ronde"),
takes its title from the line below ("• Quelle place pour le vélo dans nos villes ?"), as a
numbered or timed one does; made-up text."""

from __future__ import annotations

from tests.support import doc_of
from pipelines.extract.documents import extract_document

PROGRAMME = ("Conférence régionale des mobilités\n\n"
             "Le 14 mars 2024 à l'hôtel de région de Valbrune.\n\n"
             "Ouverture de la conférence\n"
             "Claire Dufresne, vice-présidente de la Région\n\n"
             "- Conférence introductive\n"
             "Paul Martinet, géographe, directeur de l'observatoire des mobilités\n\n"
             "- Table ronde\n\n"
             "• Quelle place pour le vélo dans nos villes ?\n"
             "Anne Lebrun, directrice de l'agence des mobilités\n"
             "Marc Olivier, maire de Valbrune\n")


def test_a_bare_kind_line_takes_its_title_from_the_line_below():
    rows = extract_document(doc_of(PROGRAMME, title="Conférence régionale des mobilités"))
    titles = [r["title"] for r in rows["sessions"]]
    assert any("Quelle place pour le vélo dans nos villes ?" in t for t in titles), titles
