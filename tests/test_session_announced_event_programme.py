"""The announcement of the programme of the event it names ("Au programme du Forum des habitants
2031 :"), whatever the words of the name, opens the programme's list like "Au programme :"; made-up
text (names invented)."""

from __future__ import annotations

from pipelines.extract.programme_layout import _programme_intro
from tests.support import doc_of, session_titles

PAGE = ("FORUM DES HABITANTS DE VALBRUNE\n"
        "Samedi 30 septembre 2031 de 10h à 18h à la salle Jean Morel.\n"
        "La commune propose la 3e édition du Forum des habitants, un temps de rencontre entre voisins.\n"
        "Au programme du Forum des habitants 2031 :\n"
        "- Les stands des associations, composés d'une vingtaine de structures, proposeront des échanges.\n"
        "- Un temps de repas partagé est proposé pour le déjeuner.\n"
        "- Une conférence-débat,\n"
        "- Une pièce de théâtre clôturera l'évènement.\n")


def test_the_items_under_the_named_events_programme_are_sessions():
    titles = session_titles(doc_of(PAGE, title="Forum des habitants de Valbrune"))
    assert any(t.startswith("Les stands des associations") for t in titles)
    assert any(t.startswith("Une conférence-débat") for t in titles)
    assert any(t.startswith("Une pièce de théâtre") for t in titles)


def test_a_sentence_on_the_programme_is_no_announcement():
    assert not _programme_intro("Au programme du forum, les associations proposeront des ateliers et des stands.")
    assert not _programme_intro("Au programme de cette longue journée très attendue par les habitants de tout le quartier :")
    assert _programme_intro("Au programme du Forum des habitants 2031 :")
