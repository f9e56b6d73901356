"""An agenda run into one paragraph (a PDF's text): a programme heading, then its numbered items."""

from __future__ import annotations

from pipelines.extract.session_inline_agenda import inline_agenda

from .support import written_column, written_doc as read

TEXT = ("Compte rendu de l'atelier de concertation du 3 mars 2021 à Valbrune\n\n"
        "Intervenants Le bureau d'études - Jeanne DURAND, cheffe de projet "
        "Déroulement de l'atelier 1. Accueil. Mot d'accueil par Paul MOREL, maire de Valbrune, "
        "2. Présentation du schéma par le bureau d'études. Présentation du diagnostic par Jeanne DURAND. "
        "3. Questions de la salle 4. Conclusion de la réunion 2\n\n"
        "1. Accueil Paul MOREL rappelle que la concertation durera jusqu'au 30 avril.\n")


def test_the_numbered_items_of_an_agenda_run_into_its_paragraph(tmp_path):
    expected = ["Accueil", "Présentation du schéma par le bureau d'études", "Questions de la salle",
                "Conclusion de la réunion"]
    assert [t for t, *_ in inline_agenda(read(tmp_path, "atelier.txt", TEXT))] == expected
    assert written_column(tmp_path, "atelier.txt", TEXT, "sessions", "title") == expected


def test_numbers_in_a_row_under_no_programme_heading_are_no_agenda(tmp_path):
    # the same numbers after words that announce no agenda; and two items only
    assert inline_agenda(read(tmp_path, "a.txt", TEXT.replace("Déroulement de l'atelier", "Nous retenons"))) == []
    assert inline_agenda(read(tmp_path, "b.txt", TEXT.replace(" 3. Questions de la salle 4. Conclusion", ""))) == []

