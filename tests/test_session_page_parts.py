"""Sessions: a heading that places a part of the page before, during or after the event ("Avant le
hackathon", "Pendant le salon") or presents the programme as a whole ("Aperçu des trois jours de
programme") names no session (programme.yaml `event_phase_words`, `programme_overview_words`;
round 227, issue 15). Invented text only."""

from .support import session_titles, written_doc

_TEXT = ("# Programme\n\n## Avant le hackathon\n\n"
         "| Jour | Heures | Description | Lieu |\n|---|---|---|---|\n"
         "| 19 mai | 10:00-11:00 | Session de formation aux données | En ligne |\n"
         "| 26 mai | 13:30-14:30 | Webinaire de constitution des équipes | En ligne |\n\n"
         "## Pendant le hackathon\n\n## Aperçu des trois jours de programme\n\n"
         "## Détail des trois jours de programme\n\n## Mardi 2 juin 2031\n\n"
         "| Heures | Description | Lieu |\n|---|---|---|\n"
         "| 13:00-13:30 | Accueil des participants | Hall |\n"
         "| 13:30-13:45 | Mot d'ouverture | Amphithéâtre |\n"
         "| 13:45-19:45 | Atelier de cadrage des défis | Amphithéâtre |\n")


def test_the_parts_of_the_page_are_no_sessions(tmp_path):
    found = session_titles(written_doc(tmp_path, "programme.md", _TEXT))
    assert "Atelier de cadrage des défis" in found
    assert not {"Avant le hackathon", "Pendant le hackathon", "Aperçu des trois jours de programme",
                "Détail des trois jours de programme"} & set(found)


def test_a_session_about_a_programme_stays(tmp_path):
    text = _TEXT.replace("Atelier de cadrage des défis", "Présentation du programme Territoires fertiles")
    assert "Présentation du programme Territoires fertiles" in session_titles(written_doc(tmp_path, "programme.md", text))
