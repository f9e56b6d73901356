"""Sessions of a programme a paragraph's last sentence announces ("Au programme ... :"), its items
the plain lines right under it, each opening on what the moment is (made-up texts)."""

from __future__ import annotations

from .support import session_titles, written_doc as read


def test_plain_lines_under_a_closing_au_programme_are_sessions(tmp_path):
    doc = read(tmp_path, "fete.txt", (
        "La bibliothèque de Valbrune rouvre le samedi 12 mars de 14h à 17h. Au programme de l'après-midi :\n"
        "Visite de la serre aux orchidées, qui accueille pour la première fois le public de Trévanne.\n"
        "Concert de la chorale des Tilleuls (entrée libre dans la limite des places).\n"
        "Goûter offert par la commune.\n"
        "Renseignements à l'accueil.\n"))
    titles = session_titles(doc)
    assert "Visite de la serre aux orchidées" in titles
    assert "Concert de la chorale des Tilleuls" in titles
    assert not any(t.startswith("Goûter") for t in titles)


def test_a_single_line_under_it_makes_no_programme(tmp_path):
    # one moment alone, then prose: no list, nothing read as a session
    doc = read(tmp_path, "fete.txt", (
        "La bibliothèque de Valbrune rouvre le samedi 12 mars de 14h à 17h. Au programme de l'après-midi :\n"
        "Visite de la serre aux orchidées, qui accueille pour la première fois le public de Trévanne.\n"
        "Les enfants de la commune seront les bienvenus toute la journée.\n"))
    assert "Visite de la serre aux orchidées" not in session_titles(doc)
